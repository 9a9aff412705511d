"""Find attributed statements: direct quotations and reported speech, resolved in document order.

Candidates come from three sources: quotations with an adjacent cue ("“...,” X said", "X said: “...”",
continuation quotes), cue verbs with a speaker subject ("X said (that) ...", "X denied ..."), and
"according to X" phrases. They are resolved left to right so that later generic mentions ("the
statement", "it", "he") find the party named before them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...models import Speaker
from .content import clause_bounds, complement_of, is_cue_verb, predicate_bounds, subject_of, trim
from .quotes import Quote
from .resources import cues
from .speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MIN_QUOTE_WORDS = 3  # shorter quotations are scare quotes inside someone's sentence
MIN_FREE_QUOTE_WORDS = 4  # an unattributed quotation continues the previous speaker only if this long
_END = {".", "!", "?"}


@dataclass
class Found:
    """A statement before ids: char spans and the resolved speaker."""

    speaker: Speaker
    person: bool
    cue: tuple[int, int] | None
    content: tuple[int, int]
    kind: str
    cue_tok: int  # token index of the cue (or of the content start)


@dataclass
class _Cand:
    pos: int
    subj: "Token | None"
    cue: tuple[int, int] | None
    contents: list[tuple[int, int]]  # char spans
    kind: str
    block: list[tuple[int, int]]  # token ranges to block before resolving
    continuation: bool = False


class StatementFinder:
    """Collects and resolves the statements of one parsed document."""

    def __init__(self, doc: "Doc", resolver: SpeakerResolver, quotes: list[Quote]):
        self.doc = doc
        self.text = doc.text
        self.r = resolver
        self.quotes = quotes
        self._starts = [t.idx for t in doc]
        self.quote_tok = [self._tok_range(q.start, q.end) for q in quotes]
        self.c = cues()
        self.used_cues: set[int] = set()

    # -- geometry -----------------------------------------------------------------------------------
    def _tok(self, char: int) -> int:
        """Index of the token holding character ``char`` (or the next one)."""
        i = bisect.bisect_right(self._starts, char) - 1
        return max(i, 0)

    def _tok_range(self, a: int, b: int) -> tuple[int, int]:
        return self._tok(a), min(self._tok(max(b - 1, a)) + 1, len(self.doc))

    def _chars(self, start: int, end: int) -> tuple[int, int]:
        return self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)

    def _in_quote(self, i: int) -> int | None:
        for k, (a, b) in enumerate(self.quote_tok):
            if a <= i < b and self._words(k) >= MIN_QUOTE_WORDS:
                return k
        return None

    def _words(self, k: int) -> int:
        q = self.quotes[k]
        return len(self.text[q.start : q.end].split())

    # -- candidates ---------------------------------------------------------------------------------
    def candidates(self) -> list[_Cand]:
        out: list[_Cand] = []
        out.extend(self._quote_candidates())
        out.extend(self._verb_candidates())
        out.extend(self._according_candidates())
        out.extend(self._headline_candidates())
        out.extend(self._colon_block_candidates())
        out.sort(key=lambda c: c.pos)
        return out

    def _quote_candidates(self) -> list[_Cand]:
        out = []
        chains: list[list[int]] = []
        for k, q in enumerate(self.quotes):
            if q.continues is not None and chains and chains[-1][-1] == q.continues:
                chains[-1].append(k)
            else:
                chains.append([k])
        for chain in chains:
            words = sum(self._words(k) for k in chain)
            if words < MIN_QUOTE_WORDS:
                continue
            first, last = self.quotes[chain[0]], self.quotes[chain[-1]]
            contents = [(self.quotes[k].start, self.quotes[k].end) for k in chain]
            block = [self.quote_tok[k] for k in chain]
            found = self._cue_after(last) if last.close is not None else None
            if found is None:
                found = self._cue_before(first)
            if found is not None:
                verb, subj = found
                self.used_cues.add(verb.i)
                out.append(_Cand(verb.i, subj, (verb.idx, verb.idx + len(verb.text)), contents, "direct", block))
            elif words >= MIN_FREE_QUOTE_WORDS and self._starts_sentence(first):
                out.append(_Cand(self.quote_tok[chain[0]][0], None, None, contents, "direct", block, True))
        return out

    def _starts_sentence(self, q: Quote) -> bool:
        before = self.text[max(0, q.open - 3) : q.open].strip()
        return not before or before[-1] in ".!?:\n" or self.text[q.open - 1 : q.open] == "\n"

    def _cue_after(self, q: Quote) -> tuple["Token", "Token"] | None:
        """ "“...,” X said" / "“...,” said X": a cue verb right after the closing mark."""
        inner = self.text[q.start : q.end].rstrip()
        after = self.text[q.close + 1 : q.close + 3]
        if not ((inner and inner[-1] in ",.!?…") or after[:1] in (",",) or after.strip()[:1] in ("-", "\u2013", "\u2014")):
            return None
        i = self._tok(q.close + 1)
        if i < len(self.doc) and self.doc[i].idx <= q.close:
            i += 1
        doc = self.doc
        limit = min(len(doc), i + 14)
        for j in range(i, limit):
            t = doc[j]
            if t.text in _END or t.text in ('"', "\u201c") or "\n" in t.text:
                break
            if t.lemma_ in ("cite", "quote"):
                obj = next((ch for ch in t.children if ch.dep_ == "dobj"), None)
                if obj is not None:
                    return t, obj
            if is_cue_verb(t) or t.lemma_ == "read":
                subj = subject_of(t)
                if subj is None:
                    # "..., said X": the speaker follows the verb
                    subj = next((ch for ch in t.children if ch.i > t.i and ch.dep_ in ("nsubj", "dobj", "attr")), None)
                if subj is not None and subj.i >= i:
                    return t, subj
                if subj is not None and t.lemma_ in ("cite", "quote"):
                    return t, subj
        return None

    def _cue_before(self, q: Quote) -> tuple["Token", "Token"] | None:
        """ "X said: “...”" / "According to X: “...”": a cue right before the opening mark."""
        prefix = self.text[max(0, q.open - 3) : q.open].rstrip()
        if not prefix or prefix[-1] not in ":,":
            return None
        j = self._tok(q.open) - 1
        doc = self.doc
        stop = max(0, j - 40)
        for k in range(j, stop - 1, -1):
            t = doc[k]
            if t.text in _END or "\n" in t.text:
                break
            if t.lower_ == "according" and k + 1 < len(doc) and doc[k + 1].lower_ == "to":
                pobj = next((g for g in doc[k + 1].children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return t, pobj
            if is_cue_verb(t):
                subj = subject_of(t)
                if subj is not None:
                    return t, subj
        return None

    def _verb_candidates(self) -> list[_Cand]:
        out = []
        doc = self.doc
        c = self.c
        for t in doc:
            if not is_cue_verb(t):
                continue
            lemma = t.lemma_.lower()
            if t.i in self.used_cues and complement_of(t) is None and lemma not in c.predicate_verbs:
                continue
            if t.dep_ in ("amod", "acl", "relcl") and t.tag_ == "VBN":
                continue  # "the statement released by ..."
            subj = subject_of(t)
            if subj is None:
                continue
            comp = complement_of(t)
            if comp is not None:
                a, b = clause_bounds(comp)
                if a <= subj.i < b:  # the speaker sits inside the clause: parse went wrong
                    continue
                if lemma in c.predicate_verbs and lemma not in ("say",) and comp.i > t.i:
                    a, b = t.i, b
            elif lemma in c.predicate_verbs or t.lower_ in c.gerund_cues:
                a, b = predicate_bounds(t)
                if b - a < 3:
                    continue
            else:
                continue
            if t.i in self.used_cues:
                # the verb attributes a quotation; keep only content outside it
                qk = self._in_quote(a)
                if qk is not None:
                    continue
            a, b = trim(doc, a, b)
            if b - a < 2:
                continue
            q_in = self._in_quote(t.i)
            if q_in is not None and not self._named(subj):
                continue  # "we said" / "police report" inside someone's quote
            out.append(_Cand(t.i, subj, (t.idx, t.idx + len(t.text)), [self._chars(a, b)], "indirect", [(a, b)]))
        return out

    def _named(self, subj: "Token") -> bool:
        """A subject that names a known party or a person (worth reporting from inside a quote)."""
        a, b = subj.left_edge.i, subj.right_edge.i + 1
        if any(m.start >= a and m.end <= b for m in self.r.mentions):
            return True
        return any(t.ent_type_ == "PERSON" for t in self.doc[a:b])

    def _according_candidates(self) -> list[_Cand]:
        out = []
        doc = self.doc
        for t in doc:
            if t.lower_ != "according" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
                continue
            to = doc[t.i + 1]
            pobj = next((g for g in to.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            sent = t.sent
            pa, pb = t.i, max(pobj.right_edge.i + 1, to.i + 1)
            left = trim(doc, sent.start, pa)
            right = trim(doc, pb, sent.end)
            a, b = right if (right[1] - right[0]) >= (left[1] - left[0]) else left
            if b - a < 3:
                continue
            cue = (t.idx, to.idx + len(to.text))
            out.append(_Cand(t.i, pobj, cue, [self._chars(a, b)], "indirect", [(a, b)]))
        return out

    def _colon_block_candidates(self) -> list[_Cand]:
        """ "The statement reads:" ending a paragraph: the following unquoted paragraphs are the statement."""
        out = []
        doc, text = self.doc, self.text
        for t in doc:
            if t.text != ":":
                continue
            nl = text.find("\n", t.idx)
            if nl < 0 or text[t.idx + 1 : nl].strip():
                continue
            verb = next((v for v in reversed(doc[max(0, t.i - 8) : t.i]) if is_cue_verb(v) or v.lemma_ == "read"), None)
            subj = subject_of(verb) if verb is not None else None
            if subj is None:
                continue
            contents, pos = [], nl
            while len(contents) < 6 and pos < len(text):
                end = text.find("\n", pos + 1)
                end = len(text) if end < 0 else end
                para = text[pos:end]
                if para.strip():
                    if any(q in para for q in '"\u201c\u201d\u00ab'):
                        break
                    a = pos + len(para) - len(para.lstrip())
                    b = pos + len(para.rstrip())
                    contents.append((a, b))
                pos = end
            if contents:
                block = [self._tok_range(a, b) for a, b in contents]
                out.append(_Cand(verb.i, subj, (verb.idx, verb.idx + len(verb.text)), contents, "direct", block))
        return out

    def _headline_candidates(self) -> list[_Cand]:
        """ "Azerbaijani MoD: Russian peacekeepers did not ..." at the start of a line."""
        out = []
        doc = self.doc
        for t in doc:
            if t.text != ":" or t.i == 0:
                continue
            line_start = self.text.rfind("\n", 0, t.idx) + 1
            s = self._tok(line_start)
            if t.i - s > 6 or t.i - s < 1:
                continue
            m = next((m for m in self.r.mentions if m.start == s or (m.start == s + 1 and doc[s].lower_ == "the")), None)
            if m is None or m.end != t.i:
                continue
            line_end = self.text.find("\n", t.idx)
            line_end = len(self.text) if line_end < 0 else line_end
            a, b = trim(doc, t.i + 1, self._tok(line_end - 1) + 1)
            if b - a < 4:
                continue
            head = doc[m.end - 1]
            out.append(_Cand(t.i, head, (t.idx, t.idx + 1), [self._chars(a, b)], "indirect", [(a, b)]))
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
                s0, s1 = subj.left_edge.i, subj.right_edge.i + 1
                got = self.r.resolve(s0, s1, subj)
                if got is None:
                    continue
                speaker, person = got
                if speaker.span is not None and _overlaps(speaker.span.start, speaker.span.end, cand.contents):
                    continue
                if cand.cue is not None and self._relay(found, speaker, cand):
                    continue
                if self._in_quote(cand.pos) is None:
                    self.r.remember(speaker, subj.i, person, _desc_words(self.doc, s0, s1))
            for a, b in cand.contents:
                found.append(Found(speaker, person, cand.cue, (a, b), cand.kind, cand.pos))
        return found

    @staticmethod
    def _relay(found: list[Found], speaker: Speaker, cand: _Cand) -> bool:
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
