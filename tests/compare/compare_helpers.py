"""Hand-built claims and analyses for the comparison tests (invented examples, no news text)."""

from __future__ import annotations

from itertools import count

from rashomon.models import Claim, Count, Document, DocumentAnalysis, Place, Rebuttal, Span, Speaker, Statement

_ids = count(1)


def claim(
    field: str,
    value: object,
    by: str | None = "Azerbaijani Ministry of Defence",
    *,
    doc: str = "d1",
    side: str | None = None,
    subject: str | None = None,
    precision: str | None = None,
    place: Place | None = None,
    evidence: str | None = None,
) -> Claim:
    text = evidence or str(value)
    return Claim(
        id=f"c{next(_ids)}",
        document_id=doc,
        field=field,
        value=value,  # type: ignore[arg-type]
        evidence=Span(0, len(text), text),
        claimed_by=by,
        side=side,
        subject=subject,
        precision=precision,
        place=place,
    )


def n(lo: int, hi: int | None = ...) -> Count:  # type: ignore[assignment]
    """Count(lo, lo) by default; ``n(3, None)`` is "at least 3"."""
    return Count(lo, lo if hi is ... else hi)


def analysis(doc_id: str, claims: list[Claim], *, outlet: str = "Outlet A", text: str | None = None,
             statements: tuple[Statement, ...] = (), rebuttals: tuple[Rebuttal, ...] = ()) -> DocumentAnalysis:
    body = text if text is not None else f"Report {doc_id}."
    fixed = tuple(Claim(**{**c.__dict__, "document_id": doc_id}) for c in claims)
    return DocumentAnalysis(Document(doc_id, body, outlet=outlet), statements, rebuttals, fixed)


def statement(sid: str, doc: str, speaker: str, side: str | None, reported_by: str | None = None) -> Statement:
    return Statement(sid, doc, Speaker(speaker, side), Span(0, 1, "x"), "indirect", reported_by=reported_by)


KHANKENDI = Place("Khankendi", "Karabakh", "AZ", 39.8153, 46.7519, "town")
KARABAKH = Place("Karabakh", None, "AZ", 39.82, 46.75, "region")
SHUSHA = Place("Shusha", "Karabakh", "AZ", 39.7578, 46.7481, "town")
KRAMATORSK = Place("Kramatorsk", "Donetsk Oblast", "UA", 48.7232, 37.5563, "town")
DONETSK_OBLAST = Place("Donetsk Oblast", None, "UA", 48.0, 37.8, "region")
KYIV = Place("Kyiv", None, "UA", 50.4501, 30.5234, "town")
BAKU = Place("Baku", None, "AZ", 40.3777, 49.892, "town")
