"""Shared pieces of the facts stage: the candidate record, the per-document context, data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ...data import read_data
from ...models import Count, Document, Place
from ...parties import PartyTable, default_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token


@dataclass
class Candidate:
    """A fact found in the text, before its claimant and id are assigned.

    ``start``/``end`` are character offsets of the evidence; ``rank`` orders candidates of one field
    (lower is more specific, e.g. a number beats a vague plural).
    """

    field: str
    value: object  # Count | str
    start: int
    end: int
    side: str | None = None
    subject: str | None = None
    precision: str | None = None
    place: Place | None = None
    rank: int = 0


@dataclass
class Context:
    """What every extractor needs about one document."""

    doc: "Doc"
    document: Document
    parties: PartyTable = field(default_factory=default_table)
    published: date | None = None

    @classmethod
    def make(cls, doc: "Doc", document: Document) -> "Context":
        pub = None
        if document.published:
            try:
                pub = date.fromisoformat(document.published[:10])
            except ValueError:
                pub = None
        return cls(doc, document, default_table(), pub)


@lru_cache(maxsize=1)
def cues() -> dict:
    """The cue lexicons (``data/fact_cues.json``)."""
    return read_data("fact_cues.json")


@lru_cache(maxsize=1)
def quantities() -> dict:
    """Vague quantities and number modifiers (``data/quantities.json``)."""
    return read_data("quantities.json")


_DETS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}


def phrase(tokens: "list[Token] | SpacySpan", drop_det: bool = True) -> tuple[str, int, int] | None:
    """Text and character range of a run of tokens, trimmed of determiners and edge punctuation."""
    toks = list(tokens)
    while toks and (toks[0].is_punct or toks[0].is_space or (drop_det and toks[0].lower_ in _DETS)):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in (")",):
        toks = toks[:-1]
    if not toks:
        return None
    start = toks[0].idx
    end = toks[-1].idx + len(toks[-1].text)
    doc = toks[0].doc
    return doc.text[start:end], start, end


def count_value(c: Count) -> tuple:
    return (c.min, c.max)
