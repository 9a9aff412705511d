"""Statements whose content is text around the cue rather than its clause.

- Demonstrative cues point back at what precedes: "This was announced by X", "X reports this in
  Telegram", "This is said in a report of X" — the content is the paragraph's earlier sentences, or the
  previous paragraph when the cue opens its paragraph.
- Impersonal cues continue the last speaker: "It is specified that ...", "It was noted that ...".
- Unattributed narration between two statements of the same speaker is that speaker's account
  (:func:`sandwiched`): "X said A. [B.] [C.] X added D." gives B and C to X.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .candidates import Cand, Found
from .content import is_cue_verb, subject_of, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .statements import StatementFinder

_QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb'
MAX_GAP_PARAGRAPHS = 3  # narration sandwiched between two statements, at most this many paragraphs
MIN_SENTENCE_WORDS = 5


def _demonstrative(t: "Token", deps: tuple[str, ...], words: frozenset[str]) -> "Token | None":
    return next((ch for ch in t.children if ch.dep_ in deps and ch.lower_ in words and ch.n_lefts + ch.n_rights == 0), None)


def _preceding_text(f: "StatementFinder", sent: "Span") -> tuple[int, int] | None:
    """Chars of the paragraph's sentences before ``sent``, else of the previous paragraph."""
    text = f.text
    para_start = text.rfind("\n", 0, sent.start_char) + 1
    if text[para_start : sent.start_char].strip():
        a, b = para_start, sent.start_char
    else:
        end = para_start - 1
        while end > 0 and not text[end - 1 : end].strip():
            end -= 1
        if end <= 0:
            return None
        a, b = text.rfind("\n", 0, end) + 1, end
    ta, tb = trim(f.doc, *f.tok_range(a, b))
    if tb - ta < MIN_SENTENCE_WORDS:
        return None
    return f.chars(ta, tb)


def demonstrative_candidates(f: "StatementFinder") -> list[Cand]:
    """ "This was announced by X", "X reports this", "This is said in a report of X"."""
    out: list[Cand] = []
    demo = f.c.demonstratives
    for t in f.doc:
        if not is_cue_verb(t) or t.dep_ not in ("ROOT",):
            continue
        if any(ch.dep_ in ("ccomp", "neg") for ch in t.children):
            continue
        subj = None
        if _demonstrative(t, ("nsubjpass",), demo) is not None and t.tag_ == "VBN":
            for ch in t.children:
                if ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ in ("in", "by")):
                    subj = next((g for g in ch.children if g.dep_ == "pobj"), None)
                    if subj is not None:
                        break
        elif _demonstrative(t, ("dobj",), demo) is not None:
            subj = subject_of(t)
        if subj is None:
            continue
        content = _preceding_text(f, t.sent)
        if content is None:
            continue
        block = [f.tok_range(*content)]
        out.append(Cand(t.i, subj, (t.idx, t.idx + len(t.text)), [content], "indirect", block))
    return out


def impersonal_candidates(f: "StatementFinder") -> list[Cand]:
    """ "It is specified that ...": the clause continues the previous statement's speaker."""
    out: list[Cand] = []
    for t in f.doc:
        if not is_cue_verb(t) or t.tag_ != "VBN":
            continue
        it = _demonstrative(t, ("nsubjpass",), frozenset({"it"}))
        comp = next((ch for ch in t.children if ch.dep_ == "ccomp" and ch.i > t.i), None)
        if it is None or comp is None or any(ch.dep_ in ("agent", "neg") for ch in t.children):
            continue
        a, b = trim(f.doc, comp.left_edge.i, comp.right_edge.i + 1)
        if b - a < 3:
            continue
        out.append(Cand(t.i, None, (t.idx, t.idx + len(t.text)), [f.chars(a, b)], "indirect", [(a, b)], True))
    return out


_FIRST_PERSON = {"we", "our", "us", "ours", "i", "my", "me"}


def _speaker_voice(s: "Span") -> bool:
    """Marks of the speaker's own voice: the first person ("our positions", "we")."""
    return any(t.lower_ in _FIRST_PERSON for t in s)


def _narration(s: "Span") -> bool:
    """A full sentence of running text (not a headline, dateline or parenthetical aside)."""
    t = s.text.strip()
    return t[-1:] in (".", "!", "?") and t[:1] not in "([" and t[:1].isupper()


def sandwiched(doc: "Doc", found: list[Found]) -> list[Found]:
    """Narration between two consecutive statements of the same speaker, one Found per paragraph piece."""
    text = doc.text
    top = sorted(found, key=lambda g: g.content[0])
    covered = [(g.content[0], g.content[1]) for g in found] + [g.cue for g in found if g.cue]
    covered += [(g.speaker.span.start, g.speaker.span.end) for g in found if g.speaker.span is not None]
    sents = list(doc.sents)
    out: list[Found] = []
    for prev, nxt in zip(top, top[1:]):
        if prev.speaker.name != nxt.speaker.name:
            continue
        lo = prev.content[1]
        hi = min([nxt.content[0]] + [x for x in (nxt.cue[0] if nxt.cue else None,
                                                  nxt.speaker.span.start if nxt.speaker.span else None) if x is not None])
        if hi <= lo or text.count("\n", lo, hi) > 2 * MAX_GAP_PARAGRAPHS:
            continue
        pieces: list[list[int]] = []
        ok = True
        between_quotes = prev.kind == "direct" and nxt.kind == "direct"
        # an institution's release paraphrased across a paragraph or two: no more than one break in between
        close = not prev.person and not nxt.person and len(re.findall(r"\n\s*", text[lo:hi])) <= 3
        for s in sents:
            if s.end_char <= lo or s.start_char >= hi:
                continue
            if s.start_char < lo or s.end_char > hi:
                continue  # a sentence straddling a statement edge
            words = s.text.split()
            if any(q in s.text for q in _QUOTE_MARKS) or any(min(s.end_char, y) > max(s.start_char, x) for x, y in covered):
                ok = False
                break
            if any(is_cue_verb(t) and subject_of(t) is not None for t in s):
                ok = False  # someone else's (unresolved) statement sits in between
                break
            if len(words) < MIN_SENTENCE_WORDS or not _narration(s):
                continue
            if not (between_quotes or close or _speaker_voice(s)):
                continue  # the outlet's own background between two statements
            a, b = trim(doc, s.start, s.end)
            if b <= a:
                continue
            ca, cb = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
            if pieces and "\n" not in text[pieces[-1][1] : ca]:
                pieces[-1][1] = cb
            else:
                pieces.append([ca, cb])
        if not ok:
            continue
        for ca, cb in pieces:
            out.append(Found(prev.speaker, prev.person, None, (ca, cb), "indirect", doc[doc[0].i].i))
    return out
