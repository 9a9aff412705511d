"""Candidate blocking: an inverted index from keys (name-like words, specific places) to reports.

A report is compared only with reports that share a key with it. Keys of dated reports carry a
week bucket, and a report looks up its own week and the weeks either side, so a key that is common
across the whole corpus ("Kyiv") stays cheap: only the reports of about three weeks share a list.
Undated reports look keys up across all weeks; lists longer than :data:`MAX_POSTINGS` are skipped
(a key that common tells nothing about one incident), which bounds the cost per report.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date as _date

from .signature import LinkSignature
from .scoring import SPECIFIC

MAX_POSTINGS = 1000
WEEK_SPREAD = 1  # look up this many weeks either side


def keys(sig: LinkSignature) -> set[str]:
    """The blocking keys of a report: its name-like words, its specific places and their regions."""
    out = {f"n:{n}" for n in sig.names}
    out |= {f"p:{p.key}" for p in sig.places if p.precision in SPECIFIC and p.key}
    out |= {f"a:{p.admin}" for p in sig.places if p.admin}
    out |= {f"a:{p.name}" for p in sig.places if p.precision == "region" and p.country}
    return out


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
