"""Plain records that cross stage boundaries.

No spaCy objects live here: every stage after ``nlp``/``extract`` works on these frozen dataclasses,
whose spans are character offsets into the document text as ingested
(``document.text[span.start:span.end] == span.text`` always holds).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal, Union

FACT_FIELDS: tuple[str, ...] = (
    "date",
    "time",
    "location",
    "killed",
    "injured",
    "initiator",
    "perpetrator",
    "victim_identity",
    "weapon",
    "cargo",
    "aid",
    "outcome",
)
CASUALTY_FIELDS: tuple[str, ...] = ("killed", "injured")
TIME_WORDS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

StatementKind = Literal["direct", "indirect"]


def content_id(*parts: object, length: int = 16) -> str:
    """A stable id derived from content: the same parts always give the same id."""
    h = hashlib.sha1()
    for part in parts:
        h.update(repr(part).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def overlap(self, other: "Span") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class SkipReason:
    """Why a document (or one input) could not be analysed."""

    stage: str  # ingest | nlp | extract | store
    code: str  # e.g. empty, binary, undecodable, bad-json, unsupported-language, too-large
    message: str


@dataclass(frozen=True)
class Document:
    """One report as ingested. ``id`` derives from its content, so ingesting twice adds nothing."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, or None
    language: str | None = None  # ISO 639-1
    source: str | None = None  # where it came from: a path, or path:line for JSONL
    skip_reason: SkipReason | None = None

    @property
    def status(self) -> str:
        return "skipped" if self.skip_reason else "analyzed"


@dataclass(frozen=True)
class Party:
    """A canonical party (institution, government or person) and the side it belongs to."""

    name: str
    side: str | None = None
    kind: str = "institution"  # institution | government | person | group


@dataclass(frozen=True)
class Speaker:
    """Who makes a statement: the words in the text, and the canonical party they resolve to."""

    name: str  # canonical party name, or the text itself when unknown
    side: str | None = None
    span: Span | None = None  # the mention as written (may be a pronoun resolved to ``name``)


@dataclass(frozen=True)
class Statement:
    """An attributed statement: a speaker, a cue (said, according to, denied ...) and its content."""

    id: str
    document_id: str
    speaker: Speaker
    content: Span
    kind: StatementKind
    cue: Span | None = None
    reported_by: str | None = None  # id of the statement that reports this one (nested claim)


@dataclass(frozen=True)
class Rebuttal:
    """A statement that denies or discredits another party's account."""

    id: str
    document_id: str
    by: str  # canonical name of the rebutting party
    target: str  # canonical name of the party whose account is rebutted
    evidence: Span
    statement_id: str | None = None
    target_statement_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Count:
    """A casualty figure: exact when ``min == max``; ``max is None`` for "at least min"."""

    min: int
    max: int | None

    @property
    def exact(self) -> bool:
        return self.max == self.min

    def to_json(self) -> Union[int, dict[str, int | None]]:
        return self.min if self.exact else {"min": self.min, "max": self.max}


@dataclass(frozen=True)
class Place:
    """A geocoded place (offline gazetteer)."""

    name: str  # canonical name (e.g. "Khankendi")
    admin: str | None = None  # region it is in (e.g. "Karabakh")
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    precision: str = "town"  # point | town | district | region | country


FactValue = Union[int, str, Count]


@dataclass(frozen=True)
class Claim:
    """One fact of the closed vocabulary, as claimed by a party (or the outlet's own voice)."""

    id: str
    document_id: str
    field: str  # one of FACT_FIELDS
    value: FactValue  # killed/injured: Count; date: ISO date; time: HH:MM or a time word; else phrase
    evidence: Span
    claimed_by: str | None = None  # canonical party; None = the outlet's own voice
    statement_id: str | None = None
    side: str | None = None  # killed/injured: whose dead or wounded
    subject: str | None = None  # killed/injured: who they were ("Azerbaijani servicemen")
    precision: str | None = None  # date: day | week | month | year
    place: Place | None = None  # location: the geocoded place

    def value_json(self) -> object:
        return self.value.to_json() if isinstance(self.value, Count) else self.value


@dataclass(frozen=True)
class DocumentAnalysis:
    """Everything extracted from one document."""

    document: Document
    statements: tuple[Statement, ...] = ()
    rebuttals: tuple[Rebuttal, ...] = ()
    claims: tuple[Claim, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)


# -- incidents and the comparison of accounts (issue 3) -------------------------------------------
ComparisonKind = Literal["agree", "compatible", "contradict", "single"]


@dataclass(frozen=True)
class IncidentDate:
    value: str  # ISO date
    precision: str = "day"  # day | week | month | year


@dataclass(frozen=True)
class Position:
    """One party's account of one field of an incident: its values, with the documents that carry them."""

    field: str
    party: str  # canonical claimant; "(outlet) <name>" for an outlet's own voice
    side: str | None
    values: tuple[FactValue, ...]
    claim_ids: tuple[str, ...]
    document_ids: tuple[str, ...]
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dispute:
    """Positions of two or more parties on one field that cannot all be true."""

    id: str
    incident_id: str
    field: str
    parties: tuple[str, ...]
    claim_ids: tuple[str, ...]
    explanation: str  # plain-language, neutral, names the parties
    rebuttal_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Incident:
    """Reports of one event grouped across outlets, parties and days."""

    id: str
    title: str
    document_ids: tuple[str, ...]
    date: IncidentDate | None = None
    location: Place | None = None
    event_type: str | None = None  # ACLED event type, e.g. "Battles"
    sub_event_type: str | None = None  # e.g. "Armed clash"
    parties: tuple[str, ...] = ()  # sides involved
    outlets: tuple[str, ...] = ()
    claim_ids: tuple[str, ...] = ()
    positions: tuple[Position, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    copies: tuple[tuple[str, ...], ...] = ()  # groups of near-duplicate documents (wire copies)
    rebuttal_targets: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (rebuttal id, rebutted party's statement ids)
