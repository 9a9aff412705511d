"""Typed comparison rules: one function per value type, each symmetric.

Every rule answers with a :data:`Relation`:

- ``agree``: the same value;
- ``compatible``: both can be true at once (differences of precision: "3" vs "at least 3", a village vs
  the region it is in, "morning" vs "10:00", a day inside the month);
- ``contradict``: both cannot be true;
- ``unrelated``: the rule cannot tell (a phrase names no side or class) or the two values are about
  different things (the dead of different sides). The public :func:`rashomon.compare.compare_values`
  reports it as ``compatible``: a contradiction needs positive evidence.
"""

from __future__ import annotations

import calendar

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ..models import CASUALTY_FIELDS, Claim, Count, FactValue, Place
from ..parties import PartyTable, normalize
from . import phrases
from .lexicon import lexicon

Relation = Literal["agree", "compatible", "contradict", "unrelated"]
ACTOR_FIELDS = ("initiator", "perpetrator", "aid")
CLASS_FIELDS = ("victim_identity", "cargo", "weapon")


@dataclass(frozen=True)
class Valued:
    """A claim seen from the comparison: the claim and the side of its claimant (None when unknown)."""

    claim: Claim
    claimant_side: str | None = None


# -- numbers ---------------------------------------------------------------------------------------
def interval(value: FactValue) -> tuple[float, float] | None:
    """A casualty figure as a closed interval; "at least n" is ``(n, inf)``."""
    if isinstance(value, Count):
        return float(value.min), math.inf if value.max is None else float(value.max)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return float(value), float(value)
    return None


def compare_counts(a: FactValue, b: FactValue, same_series: bool = False) -> Relation:
    """Figures agree when equal and exact, are compatible when their ranges overlap ("3" vs "at least 3",
    "2-4" vs "3"), and contradict otherwise — unless they are ``same_series`` (figures from claimants of
    one side: successive updates of a rising toll), which are compatible."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return "unrelated"
    if ia == ib and ia[0] == ia[1]:
        return "agree"
    if max(ia[0], ib[0]) <= min(ia[1], ib[1]):
        return "compatible"
    return "compatible" if same_series else "contradict"


# -- dates -----------------------------------------------------------------------------------------
def date_range(value: str, precision: str | None) -> tuple[date, date] | None:
    """The days an ISO date of some precision covers (week from its first day; month; year)."""
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    p = precision or "day"
    if p == "week":
        return d, (d + timedelta(days=6)) if d <= date.max - timedelta(days=6) else date.max
    if p == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if p == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    return d, d


def compare_dates(a: str, a_precision: str | None, b: str, b_precision: str | None) -> Relation:
    """Same day: agree; overlapping ranges (a day inside the week/month), or days within the tolerance
    (an event in the night straddles midnight; outlets and parties count days in different time
    zones): compatible; otherwise contradict."""
    ra, rb = date_range(a, a_precision), date_range(b, b_precision)
    if ra is None or rb is None:
        return "unrelated"
    if ra == rb and ra[0] == ra[1]:
        return "agree"
    tol = int(lexicon().tolerance["date_days"])
    if (ra[0] - rb[1]).days <= tol and (rb[0] - ra[1]).days <= tol:  # no date arithmetic near date.min/max
        return "compatible"
    return "contradict"


# -- times -----------------------------------------------------------------------------------------
def _minutes(value: str) -> int | None:
    try:
        h, m = str(value).split(":")
        return int(h) * 60 + int(m)
    except ValueError:
        return None


def _word_span(word: str) -> list[tuple[int, int]] | None:
    span = lexicon().time_words.get(str(value_word(word)))
    if span is None:
        return None
    lo, hi = span[0] * 60, span[1] * 60
    return [(lo, hi)] if lo < hi else [(lo, 24 * 60), (0, hi)]


def value_word(value: str) -> str:
    return str(value).strip().lower()


def _spans(value: str) -> list[tuple[int, int]] | None:
    m = _minutes(value)
    if m is not None:
        return [(m, m)]
    return _word_span(value)


def _gap(sa: list[tuple[int, int]], sb: list[tuple[int, int]]) -> int:
    """Smallest distance in minutes between two sets of intervals on the 24-hour circle (0 = overlap)."""
    best = 24 * 60
    for a0, a1 in sa:
        for b0, b1 in sb:
            if max(a0, b0) <= min(a1, b1):
                return 0
            d = min(abs(a0 - b1), abs(b0 - a1))
            best = min(best, d, 24 * 60 - d)
    return best


def compare_times(a: str, b: str) -> Relation:
    """Equal: agree; a clock time inside (or within the tolerance of) a time word, or clock times within
    the tolerance (rounding, time zones): compatible; otherwise contradict ("morning" vs "evening")."""
    if value_word(a) == value_word(b):
        return "agree"
    sa, sb = _spans(a), _spans(b)
    if sa is None or sb is None:
        return "unrelated"
    return "compatible" if _gap(sa, sb) <= int(lexicon().tolerance["time_minutes"]) else "contradict"


# -- places ----------------------------------------------------------------------------------------
def _km(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


_AREA = ("region", "country", "district")


def compare_places(a: Place | None, a_text: str, b: Place | None, b_text: str) -> Relation:
    """Same place: agree. One inside the other (its ``admin`` region, its country, a name containing the
    other's, a region or district against anything in its country) or both within the tolerance distance:
    compatible. Different countries, or two towns/points farther apart than the tolerance: contradict.
    Anything else (a place the gazetteer does not know): unrelated."""
    na, nb = normalize(a.name if a else a_text), normalize(b.name if b else b_text)
    if na and na == nb:
        return "agree"
    if na and nb and (f" {na} " in f" {nb} " or f" {nb} " in f" {na} "):
        return "compatible"
    if a is None or b is None:
        return "unrelated"
    if (a.admin and normalize(a.admin) == nb) or (b.admin and normalize(b.admin) == na):
        return "compatible"
    if a.admin and b.admin and normalize(a.admin) == normalize(b.admin) and (a.precision in _AREA or b.precision in _AREA):
        return "compatible"
    if a.country and b.country and a.country != b.country:
        return "contradict"
    if a.precision in _AREA or b.precision in _AREA:
        return "compatible" if a.country and a.country == b.country else "unrelated"
    km = _km(a, b)
    if km is None:
        return "unrelated"
    return "compatible" if km <= float(lexicon().tolerance["place_km"]) else "contradict"


# -- phrases ---------------------------------------------------------------------------------------
def compare_actors(a: phrases.ActorRef | None, b: phrases.ActorRef | None) -> Relation:
    """Who did it, by side: the same side (in any words) agrees; a side against "not that side"
    contradicts; different sides contradict; "not X" against another side is compatible."""
    if a is None or b is None:
        return "unrelated"
    if a.negated and b.negated:
        return "agree" if a.side == b.side else "unrelated"
    if a.negated or b.negated:
        return "contradict" if a.side == b.side else "compatible"
    return "agree" if a.side == b.side else "contradict"


def compare_classes(field: str, a: tuple[frozenset[str], bool], b: tuple[frozenset[str], bool]) -> Relation:
    """Phrases read as lexicon classes: shared classes agree ("weapons" vs "ammunition"); a negated class
    against the same class contradicts ("no weapons" vs "weapons"); classes the lexicon declares exclusive
    contradict ("police officers" vs "an armed detachment"; "Iskander" vs "Tochka-U")."""
    (ca, na), (cb, nb) = a, b
    ex = lexicon().exclusive(field)
    if not ca or not cb or ex is None:
        return "unrelated"
    if na != nb:
        return "contradict" if ca & cb else "unrelated"
    if na and nb:
        return "agree" if ca == cb else "unrelated"
    if ca & cb:
        return "agree" if ca == cb else "compatible"
    if any(ex.excludes(x, y) for x in ca for y in cb):
        return "contradict"
    return "compatible"


def compare_outcomes(a: frozenset[tuple[str, bool]], b: frozenset[tuple[str, bool]]) -> Relation:
    """Outcome events: the same event claimed as happened and as not happened contradicts."""
    if not a or not b:
        return "unrelated"
    ea, eb = dict(a), dict(b)
    shared = set(ea) & set(eb)
    if not shared:
        return "unrelated"
    if any(ea[e] != eb[e] for e in shared):
        return "contradict"
    return "agree" if a == b else "compatible"


# -- dispatch --------------------------------------------------------------------------------------
def _victim_classes(subject: str | None) -> frozenset[str]:
    if not subject:
        return frozenset()
    return phrases.classes("victim_identity", subject)[0]


def _no_casualties_at_all(c: Claim) -> bool:
    """A zero figure about no one in particular: a blanket "no casualties" / denial of any losses."""
    return not c.side and not c.subject and interval(c.value) == (0.0, 0.0)


def relation(field: str, a: Valued, b: Valued, parties: PartyTable) -> Relation:
    """The typed relation of two claims on one field (symmetric)."""
    ca, cb = a.claim, b.claim
    if field in CASUALTY_FIELDS:
        if _no_casualties_at_all(ca) or _no_casualties_at_all(cb):
            # "there were no casualties" (no victims named) excludes any dead or wounded, whoever they are
            return compare_counts(ca.value, cb.value, a.claimant_side is not None and a.claimant_side == b.claimant_side)
        if ca.side and cb.side and ca.side != cb.side:
            return "unrelated"
        va, vb = _victim_classes(ca.subject), _victim_classes(cb.subject)
        if va and vb and not (va & vb):
            return "unrelated"  # different kinds of victims (soldiers vs civilians): different people
        if not (ca.side and cb.side) and not (va & vb):
            return "unrelated"  # whose dead is unknown: a total may be set against one group's dead
        same_series = a.claimant_side is not None and a.claimant_side == b.claimant_side
        return compare_counts(ca.value, cb.value, same_series)
    if field == "date":
        return compare_dates(str(ca.value), ca.precision, str(cb.value), cb.precision)
    if field == "time":
        return compare_times(str(ca.value), str(cb.value))
    if field == "location":
        return compare_places(ca.place, str(ca.value), cb.place, str(cb.value))
    if not isinstance(ca.value, str) or not isinstance(cb.value, str):
        return "unrelated"
    if field in ACTOR_FIELDS:
        ra = phrases.actor(ca.value, a.claimant_side, parties, ca.evidence.text)
        rb = phrases.actor(cb.value, b.claimant_side, parties, cb.evidence.text)
        return compare_actors(ra, rb)
    if field == "victim_identity":
        sa = phrases.actor(ca.value, a.claimant_side, parties)
        sb = phrases.actor(cb.value, b.claimant_side, parties)
        if sa and sb and not sa.negated and not sb.negated and sa.side != sb.side:
            return "unrelated"  # victims of different sides: different people
    if field in CLASS_FIELDS:
        return compare_classes(field, phrases.classes(field, ca.value), phrases.classes(field, cb.value))
    if field == "outcome":
        return compare_outcomes(phrases.outcome_events(ca.value), phrases.outcome_events(cb.value))
    return "unrelated"


def informative(field: str, v: Valued, parties: PartyTable) -> bool:
    """Whether a claim can take part in a contradiction at all (it reads as a side, class, event, figure...)."""
    c = v.claim
    if field in CASUALTY_FIELDS:
        return interval(c.value) is not None
    if field == "date":
        return date_range(str(c.value), c.precision) is not None
    if field == "time":
        return _spans(str(c.value)) is not None
    if field == "location":
        return c.place is not None
    if not isinstance(c.value, str):
        return False
    if field in ACTOR_FIELDS:
        return phrases.actor(c.value, v.claimant_side, parties, c.evidence.text) is not None
    if field in CLASS_FIELDS:
        return bool(phrases.classes(field, c.value)[0])
    if field == "outcome":
        return bool(phrases.outcome_events(c.value))
    return False
