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

    def of(self, start: int, end: int, sentence: tuple[int, int] | None = None) -> Statement | None:
        """The innermost statement whose content span contains [start, end), or None (outlet's voice).

        With ``sentence`` (the character range of the evidence's sentence), evidence outside every content
        but in a sentence whose reporting cue belongs to a statement ("On March 5, X happened, the ministry
        said") is that statement's: the cue governs the whole sentence.
        """
        best = self._containing(start, end)
        if best is not None or sentence is None:
            return best
        s0, s1 = sentence
        for st in self._items:
            cue, spk = st.cue, st.speaker.span
            if cue is None or not (s0 <= cue.start and cue.end <= s1):
                continue
            if not (st.content.overlap(_Range(s0, s1)) > 0):
                continue
            if spk is not None and spk.start < end and start < spk.end:
                continue
            if cue.start < end and start < cue.end:
                continue
            if best is None or _inner(st, best):
                best = st
        return best

    def _containing(self, start: int, end: int) -> Statement | None:
        best: Statement | None = None
        hi = bisect_right(self._starts, start)
        for s in self._items[:hi]:
            c = s.content
            if c.start <= start and end <= c.end:
                if best is None or _inner(s, best):
                    best = s
        return best


class _Range:
    """A bare character range (for overlap tests)."""

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _inner(a: Statement, b: Statement) -> bool:
    """True when ``a`` is nested more deeply than ``b``."""
    la, lb = a.content.end - a.content.start, b.content.end - b.content.start
    if la != lb:
        return la < lb
    return a.reported_by is not None and b.reported_by is None
