"""Scope of negation and denial: facts the speaker does not assert.

"Our border guards did not open fire first" does not claim who opened fire; "X denied that its troops had
fired first" does not claim that its troops fired. A fact whose predicate is negated, or that sits in the
complement of a denial verb (``data/fact_cues.json`` ``denial_verbs``), is not asserted by the speaker: it
is dropped, unless a reported (nested) statement holds it, which then claims it for the reported party.
A zero figure ("no casualties", "denied reports of casualties") is the speaker's own and is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models import Count
from .base import Candidate, cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a weapon is often named in a negated clause that still asserts it ("X is not operational in A but is used by B")
NEGATABLE = {"initiator", "perpetrator", "victim_identity", "cargo", "aid", "killed", "injured"}
DENIABLE = NEGATABLE | {"weapon", "outcome"}


def _anchor(doc: "Doc", c: Candidate) -> "Token | None":
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _predicate(tok: "Token") -> "Token | None":
    """The verb of the clause a token belongs to."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def negated(tok: "Token") -> bool:
    """The token's own clause predicate carries a negation ("did not open fire", "never fired")."""
    v = _predicate(tok)
    return v is not None and any(ch.dep_ == "neg" for ch in v.children)


def denied(tok: "Token") -> bool:
    """The token is inside the complement of a denial verb ("denied that its troops had fired first")."""
    verbs = set(cues().get("denial_verbs", ()))
    stops = set(cues().get("denial_scope_stops", ()))
    t = tok
    for _ in range(16):
        h = t.head
        if h.i == t.i or t.dep_ in ("advcl", "conj", "parataxis") or h.lemma_.lower() in stops:
            return False  # "denied it, saying X attacked": X is asserted by the saying
        if h.lemma_.lower() in verbs and h.pos_ == "VERB" and t.dep_ in ("ccomp", "xcomp", "dobj") and t.i > h.i:
            return True
        if h.dep_ == "ROOT" and h.lemma_.lower() not in verbs:
            return False
        t = h
    return False


def out_of_scope(doc: "Doc", c: Candidate) -> bool:
    """The fact is negated or denied by its sentence (see the module doc)."""
    if c.field not in DENIABLE:
        return False
    if isinstance(c.value, Count) and c.value.min == 0 and c.value.max == 0:
        return False
    tok = _anchor(doc, c)
    if tok is None:
        return False
    if c.field in NEGATABLE and negated(tok):
        return True
    return denied(tok)
