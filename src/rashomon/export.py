"""The JSON export (``rashomon.analysis/1``, see docs/export.md and ANALYSIS_FORMAT.md).

With a :class:`~rashomon.ledger.Ledger`, incidents group documents across outlets and carry the accounts
side by side and the disputes; without one, each analysed document's claims sit in an incident of its own.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any, Iterable

from .models import Claim, Dispute, Document, DocumentAnalysis, Incident, Place, Position, Rebuttal, Span, Statement, content_id

if TYPE_CHECKING:
    from .ledger import Ledger

FORMAT = "rashomon.analysis/1"


def span_json(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def document_json(d: Document) -> dict[str, Any]:
    skip = d.skip_reason
    return {
        "id": d.id,
        "url": d.url,
        "title": d.title,
        "outlet": d.outlet,
        "published": d.published,
        "language": d.language,
        "source": d.source,
        "status": d.status,
        "skip_reason": None if skip is None else {"stage": skip.stage, "code": skip.code, "message": skip.message},
    }


def statement_json(s: Statement) -> dict[str, Any]:
    speaker: dict[str, Any] = {"text": s.speaker.span.text if s.speaker.span else None,
                               "start": s.speaker.span.start if s.speaker.span else None,
                               "end": s.speaker.span.end if s.speaker.span else None,
                               "name": s.speaker.name, "side": s.speaker.side}
    return {
        "id": s.id,
        "document_id": s.document_id,
        "speaker": speaker,
        "cue": span_json(s.cue),
        "content": span_json(s.content),
        "kind": s.kind,
        "reported_by": s.reported_by,
    }


def rebuttal_json(r: Rebuttal) -> dict[str, Any]:
    return {
        "id": r.id,
        "document_id": r.document_id,
        "by": r.by,
        "target": r.target,
        "statement_id": r.statement_id,
        "evidence": span_json(r.evidence),
        "target_statement_ids": list(r.target_statement_ids),
    }


def claim_json(c: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "field": c.field,
        "value": c.value_json(),
        "side": c.side,
        "subject": c.subject,
        "claimed_by": c.claimed_by,
        "document_id": c.document_id,
        "statement_id": c.statement_id,
        "evidence": span_json(c.evidence),
    }
    if c.precision:
        out["precision"] = c.precision
    if c.place is not None:
        out["place"] = place_json(c.place)
    return out


def place_json(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "admin": p.admin, "country": p.country, "lat": p.lat, "lon": p.lon,
            "precision": p.precision}


def _value_json(v: object) -> object:
    to_json = getattr(v, "to_json", None)
    return to_json() if callable(to_json) else v


def position_json(p: Position) -> dict[str, Any]:
    return {"field": p.field, "party": p.party, "side": p.side, "values": [_value_json(v) for v in p.values],
            "claim_ids": list(p.claim_ids), "document_ids": list(p.document_ids), "outlets": list(p.outlets)}


def dispute_json(d: Dispute) -> dict[str, Any]:
    return {"id": d.id, "field": d.field, "parties": list(d.parties), "claim_ids": list(d.claim_ids),
            "explanation": d.explanation, "rebuttal_ids": list(d.rebuttal_ids)}


def incident_head(inc: Incident) -> dict[str, Any]:
    """What every view of an incident starts with: id, title, date, place, ACLED type, parties."""
    return {
        "id": inc.id,
        "title": inc.title,
        "date": None if inc.date is None else {"value": inc.date.value, "precision": inc.date.precision},
        "location": place_json(inc.location),
        "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type,
        "parties": list(inc.parties),
    }


def incident_json(inc: Incident, claims: Iterable[Claim]) -> dict[str, Any]:
    """One linked incident: its record, every claim of its documents, accounts side by side, disputes."""
    from .compare import casualty_summary

    return {
        **incident_head(inc),
        "outlets": list(inc.outlets),
        "document_ids": list(inc.document_ids),
        "claims": [claim_json(c) for c in claims],
        "accounts": [position_json(p) for p in inc.positions],
        "casualties": {f: casualty_summary(inc.positions, field=f) for f in ("killed", "injured")},
        "copies": [list(g) for g in inc.copies],
        "disputes": [dispute_json(d) for d in inc.disputes],
    }


def _first(claims: Iterable[Claim], field: str) -> Claim | None:
    return next((c for c in claims if c.field == field), None)


def single_document_incident(a: DocumentAnalysis) -> dict[str, Any]:
    """An incident holding one document's claims (used until cross-document linking exists)."""
    date = _first(a.claims, "date")
    place = next((c.place for c in a.claims if c.field == "location" and c.place is not None), None)
    location = None
    if place is not None:
        location = {"name": place.name, "admin": place.admin, "country": place.country,
                    "lat": place.lat, "lon": place.lon, "precision": place.precision}
    return {
        "id": content_id(a.document.id, "incident"),
        "title": a.document.title or a.document.id,
        "date": None if date is None else {"value": date.value, "precision": date.precision or "day"},
        "location": location,
        "event_type": None,
        "sub_event_type": None,
        "document_ids": [a.document.id],
        "claims": [claim_json(c) for c in a.claims],
        "disputes": [],
    }


def build_export(analyses: Iterable[DocumentAnalysis], ledger: "Ledger | None" = None) -> dict[str, Any]:
    """The export dictionary for a set of document analyses (and, with a ledger, their incidents)."""
    out: dict[str, Any] = {"format": FORMAT, "documents": [], "statements": [], "rebuttals": [], "incidents": []}
    analyses = list(analyses)
    targets = ledger.rebuttal_targets if ledger is not None else {}
    for a in analyses:
        out["documents"].append(document_json(a.document))
        out["statements"].extend(statement_json(s) for s in a.statements)
        out["rebuttals"].extend(
            rebuttal_json(replace(r, target_statement_ids=targets[r.id]) if r.id in targets else r) for r in a.rebuttals
        )
        if ledger is None and a.document.skip_reason is None and a.claims:
            out["incidents"].append(single_document_incident(a))
    if ledger is not None:
        claims_of = {a.document.id: a.claims for a in analyses}
        for inc in ledger.incidents:
            claims = [c for d in inc.document_ids for c in claims_of.get(d, ())]
            out["incidents"].append(incident_json(inc, claims))
    return out


def write_json(export: dict[str, Any], fp: IO[str]) -> None:
    json.dump(export, fp, ensure_ascii=False, indent=1)
    fp.write("\n")
