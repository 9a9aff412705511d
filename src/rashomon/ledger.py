"""The incident ledger: link analysed reports into incidents and compare the accounts in each.

Orchestration only (like :mod:`rashomon.pipeline`): :mod:`rashomon.link` groups documents and describes
each incident; :mod:`rashomon.compare` lays the accounts side by side and finds the disputes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from .compare import compare_incident, near_duplicates
from .link import Linker, incident_record, signature
from .models import DocumentAnalysis, Incident, Rebuttal


@dataclass(frozen=True)
class Ledger:
    """Incidents with their accounts and disputes, and every rebuttal linked across documents."""

    incidents: tuple[Incident, ...]
    rebuttals: Mapping[str, Rebuttal]  # rebuttal id -> the rebuttal with cross-document target statements
    copies: Mapping[str, tuple[tuple[str, ...], ...]]  # incident id -> groups of near-duplicate documents


def describe_incident(incident_id: str, members: Sequence[DocumentAnalysis]) -> tuple[Incident, tuple[Rebuttal, ...]]:
    """The full record of one incident: date, place, type, parties, positions and disputes."""
    record = incident_record(incident_id, members)
    positions, disputes, rebuttals = compare_incident(incident_id, members)
    return replace(record, positions=positions, disputes=disputes), rebuttals


def build_ledger(analyses: Iterable[DocumentAnalysis], linker: Linker | None = None) -> Ledger:
    """Link the analysed documents (joining ``linker``'s existing incidents, if given) and compare accounts.

    Only incidents that hold at least one of ``analyses`` are described; documents known to the linker
    but absent from ``analyses`` are left out of the descriptions (the store-backed flow in
    :func:`rashomon.api.analyze` loads them).
    """
    analysed = {a.document.id: a for a in analyses if a.document.skip_reason is None}
    linker = linker or Linker()
    linker.add(signature(a) for a in analysed.values())
    return describe(linker, analysed, touched=set(analysed))


def describe(linker: Linker, analyses: Mapping[str, DocumentAnalysis], touched: set[str]) -> Ledger:
    """Describe the linker's incidents that hold a document of ``touched``, from ``analyses``."""
    incidents: list[Incident] = []
    rebuttals: dict[str, Rebuttal] = {}
    copies: dict[str, tuple[tuple[str, ...], ...]] = {}
    for incident_id, doc_ids in linker.incidents().items():
        if not touched.intersection(doc_ids):
            continue
        members = [analyses[d] for d in doc_ids if d in analyses]
        if not members:
            continue
        incident, linked = describe_incident(incident_id, members)
        incidents.append(incident)
        rebuttals.update((r.id, r) for r in linked)
        groups = near_duplicates(members)
        if groups:
            copies[incident_id] = tuple(tuple(g) for g in groups)
    return Ledger(tuple(incidents), rebuttals, copies)
