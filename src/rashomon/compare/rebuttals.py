"""Linking explicit rebuttals to the rebutted party's own statements found in the incident's documents."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..models import DocumentAnalysis, Rebuttal, Statement
from ..parties import PartyTable


def _party(name: str, parties: PartyTable) -> tuple[str, str | None, str]:
    p = parties.resolve(name)
    return (p.name, p.side, p.kind) if p is not None else (name, None, "unknown")


def speaks_for(statement: Statement, target: str, parties: PartyTable) -> bool:
    """Whether a statement is the target party's own: its speaker is the target, or the target is a state
    speaking as a whole ("Azerbaijani government officials") and the speaker is one of its institutions."""
    t_name, t_side, t_kind = _party(target, parties)
    s_name, s_side, s_kind = _party(statement.speaker.name, parties)
    if s_name == t_name:
        return True
    return t_kind == "government" and t_side is not None and s_side == t_side and s_kind in ("institution", "government")


def link_rebuttals(analyses: Sequence[DocumentAnalysis], parties: PartyTable) -> tuple[Rebuttal, ...]:
    """The incident's rebuttals with ``target_statement_ids`` filled in.

    A target statement is one the rebutted party makes itself, in any document of the incident — not a
    paraphrase of it inside the rebutting party's own statement (``reported_by`` a statement of the
    rebutter), which is how the denial quotes what it denies.
    """
    ordered = sorted(analyses, key=lambda a: a.document.id)
    statements = [s for a in ordered for s in sorted(a.statements, key=lambda s: (s.content.start, s.id))]
    by_id = {s.id: s for s in statements}
    out = []
    for a in ordered:
        for r in a.rebuttals:
            by_name = _party(r.by, parties)[0]
            ids = list(r.target_statement_ids)
            for s in statements:
                if s.id in ids or s.id == r.statement_id or not speaks_for(s, r.target, parties):
                    continue
                reporter = by_id.get(s.reported_by or "")
                if reporter is not None and _party(reporter.speaker.name, parties)[0] == by_name:
                    continue
                ids.append(s.id)
            out.append(replace(r, target_statement_ids=tuple(ids)))
    return tuple(out)
