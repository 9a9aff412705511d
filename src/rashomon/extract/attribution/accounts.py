"""Rebutted accounts: the noun phrase or clause a rebuttal discredits, found by construction.

- the subject of a rebuttal predicate when it names an account: "The information spread about X does not
  reflect the truth", "The claims that ... are baseless", "The name of the village mentioned in the
  statement is not A but B" (a head noun in ``claim_nouns``, or a noun modified by an account participle
  such as "spread", "mentioned in the statement");
- the object of an account verb under an extraposed rebuttal: "It is hypocritical to present X as Y",
  "It is absurd to claim that ...".

Also a correction rebuttal: an account subject with "is not A but B".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJ = ("nsubj", "nsubjpass")


def _predicate(doc: "Doc", a: int, b: int) -> "Token":
    """The token of ``doc[a:b]`` whose head lies outside the span (the phrase's syntactic head)."""
    for t in doc[a:b]:
        if not (a <= t.head.i < b) or t.head is t:
            return t
    return doc[a]


def _clause_verb(t: "Token") -> "Token | None":
    """The verb or copula heading the clause of a predicate token ("true" -> "is", "lie" -> "is")."""
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _subject(v: "Token") -> "Token | None":
    """The subject of clause verb ``v``; through a conjunction ("X spread ... and does not reflect")."""
    for _ in range(2):
        s = next((c for c in v.children if c.dep_ in _SUBJ), None)
        if s is not None:
            return s
        cs = next((c for c in v.children if c.dep_ == "csubj"), None)
        if cs is not None:  # "The reports circulated about X are untrue" parsed as a clausal subject
            return next((c for c in cs.children if c.dep_ in _SUBJ), None)
        if v.dep_ != "conj":
            return None
        v = v.head
    return None


def _is_account(sj: "Token") -> bool:
    c = cues()
    if sj.pos_ not in ("NOUN", "PROPN"):
        return False
    if sj.lower_ in c.claim_nouns:
        return True
    for t in sj.subtree:  # "the name of the village mentioned in the statement"
        if t.dep_ in ("acl", "amod") and t.lemma_.lower() in c.account_participles and t.i != sj.i:
            if any(u.lower_ in c.claim_nouns or u.lower_ in c.statement_nouns for u in t.subtree if u.i != t.i):
                return True
    return False


def _misparsed_participle(sj: "Token") -> bool:
    """ "The information spread about X does not ..." parsed as a verb "spread" with subject "information"."""
    c = cues()
    h = sj.head
    return sj.lower_ in c.claim_nouns and h.pos_ == "VERB" and h.lemma_.lower() in c.account_participles and h.i == sj.i + 1


def account_span(doc: "Doc", a: int, b: int) -> tuple[int, int] | None:
    """Token range of the account a rebuttal phrase ``doc[a:b]`` discredits, by construction, else None."""
    p = _predicate(doc, a, b)
    v = _clause_verb(p)
    if v is None:
        return None
    sent = p.sent
    sj = _subject(v)
    if sj is not None and sj.i < a and sj.lower_ == "it" and not _is_account(sj):
        return _extraposed(p, v, sent)
    if sj is None or sj.i >= a:
        return None
    if _misparsed_participle(sj):
        # the whole stretch from the subject to the rebuttal predicate's auxiliaries
        pv = _clause_verb(p)
        first = min([pv.i] + [c.i for c in pv.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < pv.i])
        start, end = sj.left_edge.i, first
    elif _is_account(sj):
        start, end = sj.left_edge.i, min(sj.right_edge.i + 1, a)
    else:
        return None
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= 2 else None


def _extraposed(p: "Token", v: "Token", sent) -> tuple[int, int] | None:
    """ "It is hypocritical to present X as Y": the account verb's object through the sentence end."""
    c = cues()
    for x in (*p.children, *v.children):
        if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB" and x.lemma_.lower() in c.account_verbs and x.i > p.i:
            if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in x.children):
                continue
            start, end = x.i + 1, sent.end
            doc = x.doc
            while start < end and doc[start].lower_ in ("that",):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return (start, end) if end - start >= 2 else None
    return None


def corrections(doc: "Doc") -> list[tuple[int, int]]:
    """ "<account> is not A but B": a copula negated, with a "but" conjunct, whose subject is an account."""
    out = []
    for t in doc:
        if t.lower_ != "but" or t.dep_ != "cc":
            continue
        v = t.head
        conj = next((c for c in v.children if c.dep_ == "conj" and c.i > t.i), None)
        if v.dep_ in ("attr", "acomp") and v.head.pos_ in ("AUX", "VERB"):
            v = v.head  # "is not A but B" with "but B" hanging on A
        if v.pos_ not in ("AUX", "VERB") or not any(c.dep_ == "neg" for c in v.children):
            continue
        sj = _subject(v)
        if conj is None or sj is None or not _is_account(sj):
            continue
        end = conj.right_edge.i + 1
        while end > conj.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        out.append((v.i, end))
    return out


def anaphoric_account(doc: "Doc", a: int, b: int) -> bool:
    """Whether the account a rebuttal ``doc[a:b]`` discredits points back at a statement named before
    without its author ("the name mentioned in the statement", "the report"): then the rebuttal answers the
    latest statement of the other side."""
    got = account_span(doc, a, b)
    if got is None:
        return False
    c = cues()
    span = doc[got[0]:got[1]]
    if any(t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or t.dep_ == "poss" for t in span):
        return False
    return any(t.lower_ in c.statement_nouns and any(d.lower_ in ("the", "this", "that") for d in t.children)
               for t in span)
