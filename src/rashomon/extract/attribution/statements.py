"""Find attributed statements: direct quotations and reported speech, resolved in document order.

Candidates come from three sources: quotations with an adjacent cue ("“...,” X said", "X said: “...”",
continuation quotes), cue verbs with a speaker subject ("X said (that) ...", "X denied ..."), and
"according to X" phrases. They are resolved left to right so that later generic mentions ("the
statement", "it", "he") find the party named before them.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...models import Speaker
from .candidates import MIN_QUOTE_WORDS, Cand, Found
from .continuation import demonstrative_candidates, impersonal_candidates, sandwiched
from .quote_cues import quote_candidates
from .quotes import Quote
from .reported import (according_candidates, colon_block_candidates, headline_candidates,
                       parenthetical_candidates, source_line_candidates, verb_candidates)
from .resources import cues
from .speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Found", "StatementFinder"]


class StatementFinder:
    """Collects and resolves the statements of one parsed document."""

    def __init__(self, doc: "Doc", resolver: SpeakerResolver, quotes: list[Quote]):
        self.doc = doc
        self.text = doc.text
        self.r = resolver
        self.quotes = quotes
        self.starts = [t.idx for t in doc]
        self.quote_tok = [self.tok_range(q.start, q.end) for q in quotes]
        self.c = cues()
        self.used_cues: set[int] = set()

    # -- geometry -----------------------------------------------------------------------------------
    def tok(self, char: int) -> int:
        """Index of the token holding character ``char`` (or the next one)."""
        i = bisect.bisect_right(self.starts, char) - 1
        return max(i, 0)

    def tok_range(self, a: int, b: int) -> tuple[int, int]:
        return self.tok(a), min(self.tok(max(b - 1, a)) + 1, len(self.doc))

    def chars(self, start: int, end: int) -> tuple[int, int]:
        return self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)

    def in_quote(self, i: int) -> int | None:
        for k, (a, b) in enumerate(self.quote_tok):
            if a <= i < b and self.words(k) >= MIN_QUOTE_WORDS:
                return k
        return None

    def words(self, k: int) -> int:
        q = self.quotes[k]
        return len(self.text[q.start : q.end].split())

    # -- candidates ---------------------------------------------------------------------------------
    def candidates(self) -> list[Cand]:
        out: list[Cand] = []
        out.extend(quote_candidates(self))
        out.extend(verb_candidates(self))
        out.extend(according_candidates(self))
        out.extend(parenthetical_candidates(self))
        out.extend(source_line_candidates(self))
        out.extend(headline_candidates(self))
        out.extend(colon_block_candidates(self))
        out.extend(demonstrative_candidates(self))
        out.extend(impersonal_candidates(self))
        out.sort(key=lambda c: c.pos)
        return out

    # -- resolution ---------------------------------------------------------------------------------
    def resolve(self) -> list[Found]:
        found: list[Found] = []
        for cand in self.candidates():
            for a, b in cand.block:
                self.r.block(a, b)
            if cand.continuation:
                prev = self._previous(found, cand.contents[0][0])
                if prev is None:
                    continue
                speaker, person = prev.speaker, prev.person
            else:
                subj = cand.subj
                s0, s1 = cand.subj_span or (subj.left_edge.i, subj.right_edge.i + 1)
                got = self.r.resolve(s0, s1, subj)
                if got is None:
                    continue
                speaker, person = got
                if speaker.span is not None and _overlaps(speaker.span.start, speaker.span.end, cand.contents):
                    continue
                if cand.cue is not None and self._relay(found, speaker, cand):
                    continue
                if self.in_quote(cand.pos) is None:
                    self.r.remember(speaker, subj.i, person, _desc_words(self.doc, s0, s1))
            for a, b in cand.contents:
                found.append(Found(speaker, person, cand.cue, (a, b), cand.kind, cand.pos))
        return found + sandwiched(self.doc, found)

    @staticmethod
    def _relay(found: list[Found], speaker: Speaker, cand: Cand) -> bool:
        """ "..., APA reports": the content holds another speaker's cue placed before this one."""
        a, b = cand.contents[0]
        return any(f.cue is not None and f.speaker.name != speaker.name and a <= f.cue[0] < b
                   and f.cue[0] < cand.cue[0] for f in found)

    def _previous(self, found: list[Found], at: int) -> Found | None:
        """The statement just before a free quotation, if close enough (same or previous paragraphs)."""
        before = [f for f in found if f.content[1] <= at]
        if not before:
            return None
        prev = max(before, key=lambda f: f.content[1])
        gap = self.text[prev.content[1] : at]
        if gap.count("\n") > 4 or len(gap) > 600:
            return None
        return prev


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(min(b, y) - max(a, x) > 0 for x, y in spans)


def _desc_words(doc: "Doc", start: int, end: int) -> frozenset[str]:
    from .mentions import norm_token

    return frozenset(w for w in (norm_token(t.text) for t in doc[start:end]) if w)
