"""A small hand-built analysis for store tests (our own sample sentence)."""

from __future__ import annotations

from rashomon.models import Claim, Document, DocumentAnalysis, Rebuttal, Span, Speaker, Statement


def make(doc_id: str, n: int = 2, text: str = "Officials said the village was shelled.") -> DocumentAnalysis:
    doc = Document(doc_id, text, title=f"Title {doc_id}", outlet="Outlet", published="2023-03-07", language="en")
    sp = Speaker("Officials", "Side A", Span(0, 9, text[0:9]))
    statements = tuple(
        Statement(f"{doc_id}-s{i}", doc_id, sp, Span(15, 38, text[15:38]), "indirect", Span(10, 14, text[10:14]))
        for i in range(n)
    )
    rebuttals = (Rebuttal(f"{doc_id}-r", doc_id, "Side B", "Side A", Span(0, 9, text[0:9]), f"{doc_id}-s0",
                          (f"{doc_id}-s1",)),)  # fmt: skip
    claims = tuple(Claim(f"{doc_id}-c{i}", doc_id, "perpetrator", "Side B", Span(0, 9, text[0:9]),
                         claimed_by="Side A") for i in range(n))  # fmt: skip
    return DocumentAnalysis(doc, statements, rebuttals, claims)
