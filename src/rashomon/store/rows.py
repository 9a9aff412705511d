"""Records to rows and back: one function pair per table, nothing else.

Spans become ``*_start, *_end, *_text`` columns; a claim's value is stored as JSON (its export
shape) with a ``value_type`` (int, str, count) so that ``Count(2, 2)`` and ``2`` round-trip exactly.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..models import Claim, Count, Document, Place, Rebuttal, SkipReason, Span, Speaker, Statement

Row = tuple[Any, ...]

DOCUMENT_COLUMNS = (
    "id", "text", "title", "url", "outlet", "published", "language", "source",
    "status", "skip_stage", "skip_code", "skip_message", "fingerprint",
)  # fmt: skip
STATEMENT_COLUMNS = (
    "document_id", "id", "position", "speaker_name", "speaker_side", "speaker_start", "speaker_end",
    "speaker_text", "cue_start", "cue_end", "cue_text", "content_start", "content_end", "content_text",
    "kind", "reported_by",
)  # fmt: skip
REBUTTAL_COLUMNS = (
    "document_id", "id", "position", "by_party", "target", "statement_id",
    "evidence_start", "evidence_end", "evidence_text", "target_statement_ids",
)  # fmt: skip
CLAIM_COLUMNS = (
    "document_id", "id", "position", "field", "value", "value_type", "side", "subject", "claimed_by",
    "statement_id", "precision", "place_name", "place_admin", "place_country", "place_lat", "place_lon",
    "place_precision", "evidence_start", "evidence_end", "evidence_text",
)  # fmt: skip


def _span(span: Span | None) -> Row:
    return (None, None, None) if span is None else (span.start, span.end, span.text)


def _span_of(row: sqlite3.Row, prefix: str) -> Span | None:
    start = row[f"{prefix}_start"]
    if start is None:
        return None
    return Span(start, row[f"{prefix}_end"], row[f"{prefix}_text"])


def document_row(doc: Document, fingerprint: str) -> Row:
    skip = doc.skip_reason
    return (
        doc.id, doc.text, doc.title, doc.url, doc.outlet, doc.published, doc.language, doc.source,
        doc.status, skip and skip.stage, skip and skip.code, skip and skip.message, fingerprint,
    )  # fmt: skip


def document_of(row: sqlite3.Row) -> Document:
    skip = None
    if row["skip_code"] is not None:
        skip = SkipReason(row["skip_stage"], row["skip_code"], row["skip_message"])
    return Document(
        id=row["id"], text=row["text"], title=row["title"], url=row["url"], outlet=row["outlet"],
        published=row["published"], language=row["language"], source=row["source"], skip_reason=skip,
    )  # fmt: skip


def statement_row(s: Statement, position: int) -> Row:
    return (
        s.document_id, s.id, position, s.speaker.name, s.speaker.side, *_span(s.speaker.span),
        *_span(s.cue), *_span(s.content), s.kind, s.reported_by,
    )  # fmt: skip


def statement_of(row: sqlite3.Row) -> Statement:
    speaker = Speaker(row["speaker_name"], row["speaker_side"], _span_of(row, "speaker"))
    content = _span_of(row, "content")
    assert content is not None  # NOT NULL in the schema
    return Statement(
        id=row["id"], document_id=row["document_id"], speaker=speaker, content=content,
        kind=row["kind"], cue=_span_of(row, "cue"), reported_by=row["reported_by"],
    )  # fmt: skip


def rebuttal_row(r: Rebuttal, position: int) -> Row:
    return (
        r.document_id, r.id, position, r.by, r.target, r.statement_id, *_span(r.evidence),
        json.dumps(list(r.target_statement_ids), ensure_ascii=False),
    )  # fmt: skip


def rebuttal_of(row: sqlite3.Row) -> Rebuttal:
    evidence = _span_of(row, "evidence")
    assert evidence is not None
    return Rebuttal(
        id=row["id"], document_id=row["document_id"], by=row["by_party"], target=row["target"],
        evidence=evidence, statement_id=row["statement_id"],
        target_statement_ids=tuple(json.loads(row["target_statement_ids"])),
    )  # fmt: skip


def claim_row(c: Claim, position: int) -> Row:
    place = c.place
    place_cols: Row = (
        (None,) * 6
        if place is None
        else (place.name, place.admin, place.country, place.lat, place.lon, place.precision)
    )
    return (
        c.document_id, c.id, position, c.field, json.dumps(c.value_json(), ensure_ascii=False), _value_type(c.value),
        c.side, c.subject, c.claimed_by, c.statement_id, c.precision, *place_cols, *_span(c.evidence),
    )  # fmt: skip


def claim_of(row: sqlite3.Row) -> Claim:
    place = None
    if row["place_name"] is not None:
        place = Place(
            row["place_name"], row["place_admin"], row["place_country"],
            row["place_lat"], row["place_lon"], row["place_precision"],
        )  # fmt: skip
    evidence = _span_of(row, "evidence")
    assert evidence is not None
    return Claim(
        id=row["id"], document_id=row["document_id"], field=row["field"],
        value=_value_of(row["value"], row["value_type"]), evidence=evidence,
        claimed_by=row["claimed_by"], statement_id=row["statement_id"], side=row["side"],
        subject=row["subject"], precision=row["precision"], place=place,
    )  # fmt: skip


def _value_type(value: object) -> str:
    if isinstance(value, Count):
        return "count"
    return "int" if isinstance(value, int) else "str"


def _value_of(text: str, value_type: str) -> Any:
    value = json.loads(text)
    if value_type != "count":
        return value
    if isinstance(value, dict):
        return Count(value["min"], value["max"])
    return Count(value, value)
