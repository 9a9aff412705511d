"""The link signature: the small record of one analysed report that linking works from.

Built once per document from its :class:`~rashomon.models.DocumentAnalysis` (claims, statements,
title and lead text); linking never goes back to the text. Signatures serialise to JSON so the
store can keep them and a later run links new reports without re-analysing old ones.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from functools import lru_cache

from ..models import Count, DocumentAnalysis, Place
from ..parties import default_table
from . import words
from .event_types import event_words

PRECISION_RANK = {"point": 0, "town": 1, "district": 2, "region": 3, "country": 4}
_GENERIC_PLACE_WORDS = frozenset(
    "village settlement town city hill district region province oblast county area raion rayon "
    "municipality island the of road economic administrative autonomous".split()
)


@dataclass(frozen=True)
class SigPlace:
    """A place a report claims, with how often it claims it."""

    name: str
    admin: str | None = None
    country: str | None = None
    precision: str = "town"
    lat: float | None = None
    lon: float | None = None
    mentions: int = 1

    @property
    def key(self) -> str:
        """A spelling-tolerant key: lower-case, generic words ("village", "district") dropped."""
        return place_key(self.name)


@dataclass(frozen=True)
class LinkSignature:
    """What linking needs to know about one report."""

    document_id: str
    date: str | None = None  # resolved incident date (ISO), or None
    date_precision: str | None = None  # day | week | month | year
    date_claimed: bool = False  # False: ``date`` is the publication date (weaker evidence)
    dates: tuple[str, ...] = ()  # every incident date the report claims (day precision)
    places: tuple[SigPlace, ...] = ()
    sides: tuple[str, ...] = ()
    casualties: tuple[int, ...] = ()  # exact killed/injured figures and lower bounds
    names: tuple[str, ...] = ()  # name-like words of title + lead (parties' country words excluded)
    words: tuple[str, ...] = ()  # content words of title + lead
    numbers: tuple[str, ...] = ()  # figures written in digits in title + lead
    events: tuple[str, ...] = ()  # event words (shelling, clash, dam ...) of title + lead
    outlet: str | None = None
    language: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "LinkSignature":
        data = json.loads(text)
        data["places"] = tuple(SigPlace(**p) for p in data.get("places", ()))
        for key in ("dates", "sides", "casualties", "names", "words", "numbers", "events"):
            data[key] = tuple(data.get(key, ()))
        return cls(**data)


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """Lower-case words of a place name without generic words ("Parukh village" → "parukh")."""
    tokens = [words.normalize_word(t) for t in words._WORD.findall(name)]
    kept = [t for t in tokens if t and t not in _GENERIC_PLACE_WORDS]
    return " ".join(kept or tokens)


@lru_cache(maxsize=1)
def side_words() -> frozenset[str]:
    """Country names, adjectives and capitals: the parties' words, already carried by ``sides``."""
    out: set[str] = set()
    for c in default_table().countries:
        for w in (*c.names, *c.adjectives, *c.capitals):
            for t in w.split():
                out.add(words.normalize_word(t))
    return frozenset(out)


@lru_cache(maxsize=1)
def country_keys() -> frozenset[str]:
    """Place keys of the parties' own countries ("ukraine"): a region key that is one says nothing."""
    out: set[str] = set()
    for c in default_table().countries:
        if c.side == c.name:
            out |= {place_key(n) for n in c.names}
    return frozenset(out)


def _outlet_words(outlet: str | None) -> frozenset[str]:
    return frozenset(words.normalize_word(t) for t in words._WORD.findall(outlet or ""))


def signature(analysis: DocumentAnalysis) -> LinkSignature:
    """The link signature of one analysed document."""
    doc = analysis.document
    claims = analysis.claims
    date, precision, claimed, dates = _resolve_date(analysis)
    places = _places(analysis)
    sides = sorted(
        {c.side for c in claims if c.side}
        | {s.speaker.side for s in analysis.statements if s.speaker.side}
    )
    figures = sorted(
        {
            c.value.min if isinstance(c.value, Count) else c.value
            for c in claims
            if c.field in ("killed", "injured") and isinstance(c.value, (Count, int))
        }
        - {0}
    )
    text = words.lead(doc.title, doc.text)
    content = words.content_words(text)
    return LinkSignature(
        document_id=doc.id,
        date=date,
        date_precision=precision,
        date_claimed=claimed,
        dates=dates,
        places=places,
        sides=tuple(sides),
        casualties=tuple(int(f) for f in figures),
        names=tuple(sorted(words.name_words(text, exclude=side_words() | _outlet_words(doc.outlet), common_in=doc.text))),
        words=tuple(sorted(content)),
        numbers=tuple(sorted(words.numbers(text))),
        events=tuple(sorted(event_words(text))),
        outlet=doc.outlet or words.title_outlet(doc.title),
        language=doc.language,
    )


def _resolve_date(analysis: DocumentAnalysis) -> tuple[str | None, str | None, bool, tuple[str, ...]]:
    """The most claimed incident date (finest precision first, then earliest); else the publication date."""
    claimed = [(str(c.value), c.precision or "day") for c in analysis.claims if c.field == "date" and c.value]
    if claimed:
        counts = Counter(claimed)
        rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        (value, precision), _ = min(counts.items(), key=lambda kv: (rank.get(kv[0][1], 4), -kv[1], kv[0][0]))
        days = tuple(sorted({v for v, p in claimed if p == "day"}))
        return value, precision, True, days
    published = analysis.document.published
    if published:
        return published[:10], "day", False, ()
    return None, None, False, ()


def _places(analysis: DocumentAnalysis) -> tuple[SigPlace, ...]:
    counts: Counter[Place] = Counter()
    for c in analysis.claims:
        if c.field != "location":
            continue
        if c.place is not None:
            counts[c.place] += 1
        elif isinstance(c.value, str) and c.value.strip():
            counts[Place(name=c.value.strip())] += 1
    merged: dict[tuple[str, str | None], SigPlace] = {}
    for p, n in counts.items():
        key = (place_key(p.name), p.country)
        old = merged.get(key)
        if old is None or PRECISION_RANK.get(p.precision, 5) < PRECISION_RANK.get(old.precision, 5):
            merged[key] = SigPlace(p.name, p.admin, p.country, p.precision, p.lat, p.lon, n + (old.mentions if old else 0))
        else:
            merged[key] = SigPlace(old.name, old.admin, old.country, old.precision, old.lat, old.lon, old.mentions + n)
    return tuple(sorted(merged.values(), key=lambda s: (-s.mentions, s.name)))
