"""Token-level helpers: the subject of a cue verb and the content span of a statement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJ = ("nsubj",)


def subject_of(verb: "Token") -> "Token | None":
    """The speaker head of a cue verb: its nsubj, a conjoined/participial verb's subject, or the
    object of "cited X as saying"."""
    subjects = [ch for ch in verb.children if ch.dep_ in _SUBJ]
    if subjects:
        # two subjects is a parse error ("KYIV (Reuters) - The ministry said"): the one nearest the verb
        before = [ch for ch in subjects if ch.i < verb.i]
        return before[-1] if len(subjects) > 1 and before else subjects[0]
    head = verb.head
    if verb.dep_ in ("pcomp", "advcl") and head.lower_ == "as" and head.head.lemma_ in ("cite", "quote"):
        for ch in head.head.children:
            if ch.dep_ == "dobj":
                return ch
    if verb.dep_ == "conj" and head is not verb:
        return next((ch for ch in head.children if ch.dep_ in _SUBJ), None)
    if verb.dep_ in ("advcl", "xcomp", "pcomp") and head is not verb:
        # "..., adding that ..." / "Noting that ..., X said": the subject of the nearest cue verb above
        up = head
        for _ in range(6):
            if is_cue_verb(up):
                return next((ch for ch in up.children if ch.dep_ in _SUBJ), None)
            if up.head is up:
                break
            up = up.head
        if verb.dep_ == "xcomp":
            return next((ch for ch in head.children if ch.dep_ in _SUBJ), None)
    return None


def complement_of(verb: "Token") -> "Token | None":
    """The clause a speech verb introduces (ccomp, or a parataxis clause placed before it)."""
    for ch in verb.children:
        if ch.dep_ == "ccomp":
            return ch
    for ch in verb.children:
        if ch.dep_ == "parataxis" and ch.i < verb.i:
            return ch
    return None


def clause_bounds(tok: "Token") -> tuple[int, int]:
    """Token range ``[start, end)`` of a token's subtree."""
    return tok.left_edge.i, tok.right_edge.i + 1


def predicate_bounds(verb: "Token") -> tuple[int, int]:
    """The verb and everything it governs to its right ("denied reports of a firefight")."""
    end = verb.i + 1
    for ch in verb.children:
        if ch.i > verb.i and ch.dep_ not in ("punct", "cc") and ch.dep_ != "conj":
            end = max(end, ch.right_edge.i + 1)
    return verb.i, end


def trim(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and spaces at both ends of a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in '"“':
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in '"”':
        end -= 1
    return start, end


def is_cue_verb(tok: "Token") -> bool:
    c = cues()
    return tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in c.cue_verbs or tok.lower_ in c.gerund_cues)
