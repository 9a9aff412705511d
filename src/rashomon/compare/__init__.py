"""Comparison of accounts (issue 3): positions side by side, typed rules, disputes, rebuttal links.

Entry points:

- :func:`compare_incident`: an incident's documents -> (positions, disputes, linked rebuttals);
- :func:`compare_values`: the typed relation of two claims on one field (symmetric);
- :func:`casualty_summary`: UCDP-like low / best / high per victim side from the positions;
- :func:`near_duplicates`: groups of documents that are copies of one another.

See docs/compare.md for the rules and the choices behind them.
"""

from __future__ import annotations

from typing import Literal, Sequence

from ..models import Claim, Dispute, DocumentAnalysis, Position, Rebuttal
from ..parties import PartyTable, default_table
from .align import OUTLET_PREFIX, Account, align, is_outlet_voice
from .disputes import find_disputes
from .rebuttals import link_rebuttals
from .relays import near_duplicates
from .rules import Valued, relation
from .summary import casualty_summary

__all__ = [
    "OUTLET_PREFIX",
    "casualty_summary",
    "compare_incident",
    "compare_values",
    "is_outlet_voice",
    "near_duplicates",
]


def compare_incident(
    incident_id: str,
    analyses: Sequence[DocumentAnalysis],
    parties: PartyTable | None = None,
) -> tuple[tuple[Position, ...], tuple[Dispute, ...], tuple[Rebuttal, ...]]:
    """Lay the accounts of one incident side by side and find where they conflict.

    ``analyses`` are the incident's documents. Returns the positions (one per field and party; for
    killed/injured one per field, victim side and party, whose ``side`` is the victim side), the disputes
    (one per field, per victim side for casualties) and the incident's rebuttals with
    ``target_statement_ids`` filled in. The result does not depend on the order of ``analyses``.
    """
    table = parties or default_table()
    analyses = [a for a in analyses if a.document.skip_reason is None]
    accounts: list[Account] = align(analyses, table)
    rebuttals = link_rebuttals(analyses, table)
    disputes = find_disputes(incident_id, accounts, rebuttals, table)
    return tuple(acc.position() for acc in accounts), tuple(disputes), rebuttals


def _claimant_side(claim: Claim, table: PartyTable) -> str | None:
    if not claim.claimed_by:
        return None
    party = table.resolve(claim.claimed_by) or table.find(claim.claimed_by)
    return party.side if party is not None and party.side else table.side_of(claim.claimed_by)


def compare_values(
    field: str, a: Claim, b: Claim, parties: PartyTable | None = None
) -> Literal["agree", "compatible", "contradict"]:
    """Whether two claims on ``field`` agree, are compatible (differ only in precision, or the rules cannot
    tell), or contradict. Symmetric: ``compare_values(f, a, b) == compare_values(f, b, a)``."""
    table = parties or default_table()
    rel = relation(field, Valued(a, _claimant_side(a, table)), Valued(b, _claimant_side(b, table)), table)
    return "compatible" if rel == "unrelated" else rel
