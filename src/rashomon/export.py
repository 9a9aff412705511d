"""The JSON export (``rashomon.analysis/1``, see docs/export.md and ANALYSIS_FORMAT.md).

Until incidents are linked across documents, each analysed document's claims sit in an incident of its
own (one document per incident), as the format allows.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable

from .models import Claim, Document, DocumentAnalysis, Rebuttal, Span, Statement, content_id

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
        p = c.place
        out["place"] = {"name": p.name, "admin": p.admin, "country": p.country, "lat": p.lat, "lon": p.lon,
                        "precision": p.precision}
    return out


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


def build_export(analyses: Iterable[DocumentAnalysis]) -> dict[str, Any]:
    """The export dictionary for a set of document analyses."""
    out: dict[str, Any] = {"format": FORMAT, "documents": [], "statements": [], "rebuttals": [], "incidents": []}
    for a in analyses:
        out["documents"].append(document_json(a.document))
        out["statements"].extend(statement_json(s) for s in a.statements)
        out["rebuttals"].extend(rebuttal_json(r) for r in a.rebuttals)
        if a.document.skip_reason is None and a.claims:
            out["incidents"].append(single_document_incident(a))
    return out


def write_json(export: dict[str, Any], fp: IO[str]) -> None:
    json.dump(export, fp, ensure_ascii=False, indent=1)
    fp.write("\n")
