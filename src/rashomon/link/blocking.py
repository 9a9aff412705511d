"""Candidate blocking: an inverted index from keys (names, places, figures) to reports.

A report is compared only with reports that share a key with it. Keys:

* ``n:`` a name-like word or a specific place key, and each longer part of a hyphenated or
  multi-word one ("Varensk-Tolbali-Murssa dirt road" → varensk, tolbali, murssa): names and
  places share the namespace, so one report's name "Malukh" meets another's place "Malukh hill";
* ``f:`` the :func:`~rashomon.link.words.sound_key` of each word of a specific place, so
  transliterations of a place the gazetteer does not know meet ("Byelkyandor"/"Belkyandor",
  "Malukh"/"Mulukh"); a geocoded place's codes are scoped to its region (codes collide across a
  large corpus, the region keeps the candidates nearby); names have no sound keys (too many people's
  names share one);
* ``a:`` the regions the report's places lie in (or are);
* ``c:`` two casualty figures (2 or more) together on the report's day.

Keys of dated reports carry a week bucket (``c:`` keys a day bucket), and a report looks up its own
bucket and those either side, so a key common across the corpus ("Kyiv") stays cheap: only the
reports of about three weeks share a list. Undated reports look ``n:``/``f:``/``a:`` keys up across all
weeks; lists longer than :data:`MAX_POSTINGS` are skipped (a key that common tells nothing about one
incident), which bounds the cost per report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date as _date
from functools import lru_cache

from . import words
from .scoring import SPECIFIC
from .signature import LinkSignature, country_keys, place_key

MAX_POSTINGS = 1000
WEEK_SPREAD = 1  # look up this many weeks either side
DAY_SPREAD = 1  # day-bucketed keys: this many days either side
MAX_FIGURES = 6  # casualty-figure keys use the report's smallest figures only
_PARTS = re.compile(r"[\s\-\u2010\u2011]+")


@lru_cache(maxsize=65536)
def term_keys(term: str, sound: bool = False, scope: str = "") -> frozenset[str]:
    """The ``n:`` keys of one name or place key, and its ``f:`` keys if ``sound`` (within ``scope``:
    the region of a geocoded place, so sound codes, which many names share, only meet nearby places)."""
    out = {f"n:{term}"}
    parts = [p for p in _PARTS.split(term) if p]
    for part in parts:
        if len(part) < 4 or part in words.STOPWORDS or part in words.TITLE_WORDS:
            continue
        if part != term:
            out.add(f"n:{words._stem(part)}")
        code = words.name_code(part) if sound else None
        if code:
            out.add(f"f:{code}@{scope}" if scope else f"f:{code}")
    return frozenset(out)


def regions(sig: LinkSignature) -> set[str]:
    """Keys of the regions the report's places are in or are (not whole countries)."""
    out = {place_key(p.admin) for p in sig.places if p.admin}
    out |= {p.key for p in sig.places if p.precision == "region" and p.key}
    return {r for r in out if r and r not in country_keys()}


def keys(sig: LinkSignature) -> set[str]:
    """The week-bucketed blocking keys of a report (names, places, their sound codes, regions)."""
    out: set[str] = set()
    for name in sig.names:
        out |= term_keys(name)
    for p in sig.places:
        if p.precision in SPECIFIC and p.key:
            out |= term_keys(p.key, sound=True, scope=place_key(p.admin) if p.admin else "")
    out |= {f"a:{r}" for r in regions(sig)}
    return out


def day_keys(sig: LinkSignature) -> set[str]:
    """The day-bucketed keys: each pair of the report's casualty figures (2 or more; only with a day).

    One figure ("3 killed") is common to many reports of a day; two of them together are not.
    """
    if day(sig) is None:
        return set()
    figures = sorted({n for n in sig.casualties if n >= 2})[:MAX_FIGURES]
    return {f"c:{a}/{b}" for i, a in enumerate(figures) for b in figures[i + 1 :]}


def day(sig: LinkSignature) -> int | None:
    """The ordinal of the report's resolved day (None when undated, coarse or unreadable)."""
    if not sig.date or (sig.date_precision or "day") != "day":
        return None
    try:
        return _date.fromisoformat(sig.date[:10]).toordinal()
    except ValueError:
        return None


def week(sig: LinkSignature) -> int | None:
    """The week number of the report's resolved date (None when undated or unreadable)."""
    if not sig.date:
        return None
    try:
        return _date.fromisoformat(sig.date[:10]).toordinal() // 7
    except ValueError:
        return None


class BlockIndex:
    """Keys → report ids, bucketed by week; ``candidates`` never scans beyond the matching lists."""

    def __init__(self) -> None:
        self._dated: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._undated: dict[str, list[str]] = defaultdict(list)
        self._all: dict[str, list[str]] = defaultdict(list)
        self._daily: dict[tuple[str, int], list[str]] = defaultdict(list)

    def candidates(self, sig: LinkSignature) -> set[str]:
        """Ids of indexed reports that share a key with ``sig`` (within the date window if dated)."""
        found: set[str] = set()
        w = week(sig)
        for key in keys(sig):
            lists = []
            if w is None:
                lists.append(self._all.get(key, ()))
            else:
                lists.extend(self._dated.get((key, w + d), ()) for d in range(-WEEK_SPREAD, WEEK_SPREAD + 1))
                lists.append(self._undated.get(key, ()))
            for ids in lists:
                if len(ids) <= MAX_POSTINGS:
                    found.update(ids)
        d0 = day(sig)
        for key in day_keys(sig):
            for d in range(-DAY_SPREAD, DAY_SPREAD + 1):
                ids = self._daily.get((key, d0 + d), ())
                if len(ids) <= MAX_POSTINGS:
                    found.update(ids)
        found.discard(sig.document_id)
        return found

    def add(self, sig: LinkSignature) -> None:
        w = week(sig)
        for key in keys(sig):
            if w is None:
                self._undated[key].append(sig.document_id)
            else:
                self._dated[(key, w)].append(sig.document_id)
            self._all[key].append(sig.document_id)
        d0 = day(sig)
        for key in day_keys(sig):
            self._daily[(key, d0)].append(sig.document_id)
