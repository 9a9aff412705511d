"""Who claims a fact: the innermost statement whose content contains the fact's evidence."""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from ...models import Statement


class Claimants:
    """Index of statement contents for "which statement holds this span" lookups.

    A reported (nested) statement wins over its reporter; among statements that contain the span, the
    shortest content is the innermost one.
    """

    def __init__(self, statements: Sequence[Statement]):
        self._items = sorted(statements, key=lambda s: (s.content.start, -s.content.end))
        self._starts = [s.content.start for s in self._items]

    def of(self, start: int, end: int) -> Statement | None:
        """The innermost statement whose content span contains [start, end), or None (outlet's voice)."""
        best: Statement | None = None
        hi = bisect_right(self._starts, start)
        for s in self._items[:hi]:
            c = s.content
            if c.start <= start and end <= c.end:
                if best is None or _inner(s, best):
                    best = s
        return best


def _inner(a: Statement, b: Statement) -> bool:
    """True when ``a`` is nested more deeply than ``b``."""
    la, lb = a.content.end - a.content.start, b.content.end - b.content.start
    if la != lb:
        return la < lb
    return a.reported_by is not None and b.reported_by is None
