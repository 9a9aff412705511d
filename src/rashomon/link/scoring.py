"""Pair scoring: how likely two reports describe the same incident, from their signatures alone.

The score is a pure function of the two signatures (no corpus statistics), so it is symmetric and
independent of input order; a pair can only score above :data:`THRESHOLD` when the two share a name
or a specific place (a blocking key), which keeps blocking exact. A *conflict* marks pairs that must
never sit in one incident: each names a different day (that the other never claims) more than a day
apart, or their specific places are in different countries.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from datetime import date as _date

from .signature import LinkSignature, SigPlace
from .words import name_code, similar_names

THRESHOLD = 0.4  # pairs at or above are linked (edges of the incident graph)
SPECIFIC = ("point", "town", "district")


@dataclass(frozen=True)
class PairScore:
    score: float
    conflict: bool
    parts: tuple[tuple[str, float], ...] = ()


def _cosine(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    shared = len(set(a) & set(b))
    return shared / math.sqrt(len(a) * len(b))


def shared_names(a: tuple[str, ...] | set[str], b: tuple[str, ...] | set[str]) -> int:
    """How many names two sets share, counting two spellings of one name (:func:`similar_names`) as one.

    Symmetric: the fuzzy part counts the smaller of the two sides' numbers of names with a match.
    Only names with the same :func:`name_code` are compared letter by letter.
    """
    sa, sb = set(a), set(b)
    exact = sa & sb
    ca, cb = _by_code(tuple(sorted(sa))), _by_code(tuple(sorted(sb)))
    common = ca.keys() & cb.keys()
    if not common:
        return len(exact)
    left = right = 0
    for code in common:
        xs = [x for x in ca[code] if x not in exact]
        ys = [y for y in cb[code] if y not in exact]
        if xs and ys:
            left += sum(1 for x in xs if any(similar_names(x, y) for y in ys))
            right += sum(1 for y in ys if any(similar_names(x, y) for x in xs))
    return len(exact) + min(left, right)


@lru_cache(maxsize=65536)
def _by_code(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for n in names:
        code = name_code(n)
        if code:
            out.setdefault(code, []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def _name_cosine(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if not a or not b:
        return 0.0
    return shared_names(a, b) / math.sqrt(len(a) * len(b))


def _days(a: str, b: str) -> int | None:
    try:
        return abs((_date.fromisoformat(a[:10]) - _date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def date_part(a: LinkSignature, b: LinkSignature) -> tuple[float, bool]:
    """(contribution, conflict) of the two reports' incident dates."""
    if not a.date or not b.date:
        return -0.05, False  # no time evidence: ask a little more of the rest
    diff = _days(a.date, b.date)
    if diff is None:
        return 0.0, False
    coarse = a.date_precision != "day" or b.date_precision != "day"
    if coarse:
        return (0.0, False) if diff <= 31 else (-0.3, diff > 62)
    if a.date_claimed and b.date_claimed:
        if diff == 0:
            return 0.2, False
        mentioned = a.date in b.dates or b.date in a.dates
        if diff == 1:
            return (0.1 if mentioned else 0.0), False
        if mentioned:
            return -0.05, False
        return -0.4, True
    # one or both dates are publication dates: reports come out on the day or within days
    if diff <= 1:
        return 0.1, False
    if diff <= 4:
        return 0.0, False
    if diff <= 10:
        return -0.15, False
    return -0.4, diff > 30


def _specific(places: tuple[SigPlace, ...]) -> list[SigPlace]:
    return [p for p in places if p.precision in SPECIFIC]


def place_part(a: LinkSignature, b: LinkSignature) -> tuple[float, bool]:
    """(contribution, conflict) of the places: shared specific places, or different countries."""
    sa, sb = _specific(a.places), _specific(b.places)
    keys_a, keys_b = {p.key for p in sa}, {p.key for p in sb}
    shared = shared_names(keys_a, keys_b)
    if shared:
        return min(0.25, 0.15 * shared), False
    ca = {p.country for p in a.places if p.country}
    cb = {p.country for p in b.places if p.country}
    if ca and cb and not (ca & cb):
        return -0.2, False
    admins_a = {p.admin or p.name for p in a.places if p.country} | {p.name for p in a.places if p.precision == "region"}
    admins_b = {p.admin or p.name for p in b.places if p.country} | {p.name for p in b.places if p.precision == "region"}
    if admins_a & admins_b:
        return 0.05, False
    return 0.0, False


def score(a: LinkSignature, b: LinkSignature) -> PairScore:
    """The same-incident score of two reports (symmetric), with its parts and a conflict flag."""
    names = _name_cosine(a.names, b.names)
    content = _cosine(a.words, b.words)
    date, date_conflict = date_part(a, b)
    place, place_conflict = place_part(a, b)
    figures = len(set(a.casualties) & set(b.casualties) - {1})
    numbers = len(set(a.numbers) & set(b.numbers))
    sides = _cosine(a.sides, b.sides)
    events = _cosine(a.events, b.events)
    # one outlet's reports share its boilerplate (bylines, templates): its words count for less
    same_outlet = 0.5 if a.outlet and a.outlet == b.outlet else 1.0
    parts = (
        ("names", 0.55 * names * same_outlet),
        ("words", 0.45 * content * same_outlet),
        ("date", date),
        ("place", place),
        ("figures", min(0.15, 0.05 * figures)),
        ("numbers", min(0.1, 0.04 * numbers)),
        ("sides", 0.05 * sides),
        ("events", 0.1 * events),
    )
    total = sum(v for _, v in parts)
    return PairScore(round(total, 6), date_conflict or place_conflict, parts)
