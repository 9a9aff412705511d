"""Outcome: a claimed result of the incident, as a short predicate phrase.

A result predicate (``fact_cues.json``: ``outcome_verbs``, ``outcome_states``, ``outcome_nouns``) is read
with its theme — what ended up so: the passive or intransitive subject ("900 people have been
evacuated", "the dam collapsed"), the object of an active verb ("recaptured the hill", "set up an
observation post"), the subject of a state ("the dam is intact", "the situation is under the control of
X") — and written as theme + predicate, without the agent: "900 people evacuated", "recaptured hill",
"dam intact", "situation unchanged" (a negated *change*), "power plant cannot be restored".

Not outcomes: what is wanted, asked or attempted rather than achieved ("called on X to withdraw",
"tried to stop a vehicle", "must leave"), modal futures, conditionals, processes still under way
("residents are being evacuated"), descriptions of a place ("the city, which is under Ukrainian
control") and background (a sentence that names an earlier year: "in 2020 Azerbaijan regained ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .base import Candidate, Context, cues

if TYPE_CHECKING:
    from spacy.tokens import Token

_MODALS = {"will", "would", "shall", "should", "must", "may", "might", "can", "could", "ought"}
_ABILITY = {"can", "could"}
_IRREALIS_MARKS = {"if", "unless", "whether", "lest"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_DROP_MODS = {"det", "poss", "punct", "predet", "quantmod", "advmod", "relcl", "acl", "appos", "cc", "conj"}
_MAX_CHARS = 160


@lru_cache(maxsize=1)
def _lex() -> dict:
    c = cues()
    return {
        "verbs": frozenset(c["outcome_verbs"]),
        "particles": {k: frozenset(v) for k, v in c["outcome_particles"].items()},
        "needs_object": {k: frozenset(v) for k, v in c["outcome_needs_object"].items()},
        "agentive": frozenset(c["outcome_agentive_intransitive"]),
        "only_negated": dict(c["outcome_only_negated"]),
        "states": frozenset(c["outcome_states"]),
        "unrepairable": frozenset(c["outcome_unrepairable"]),
        "degree": frozenset(c["outcome_degree_adverbs"]),
        "realis": frozenset(c["outcome_realis_heads"]),
        "nouns": frozenset(c["outcome_nouns"]),
        "noun_verbs": frozenset(c["outcome_noun_verbs"]),
        "skip_subjects": frozenset(c["outcome_skip_subjects"]),
        "harm": frozenset(c["outcome_harm_verbs"]),
        "documents": frozenset(c["dated_documents"]),
        # what may destroy in the active voice and still state a result: an event, a weapon, water
        "causes": frozenset(c["outcome_harm_causes"]) | frozenset(c["perpetrator_nouns"]) | frozenset(c["weapons"])
        | frozenset(c["event_words"]),
    }


def _negated(tok: "Token") -> bool:
    return any(k.dep_ == "neg" or k.lower_ in ("never",) for k in tok.children)


def _irrealis(tok: "Token") -> bool:
    """Wanted, asked, attempted, future or conditional rather than achieved."""
    lex = _lex()
    x = tok
    for _ in range(3):
        kids = list(x.children)
        neg = _negated(x)
        for k in kids:
            if k.dep_ == "aux" and k.lower_ in _MODALS and not (neg and k.lower_ in _ABILITY):
                return True
            if k.dep_ == "mark" and k.lower_ in _IRREALIS_MARKS:
                return True
        to = any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
        if x.dep_ in ("xcomp", "ccomp", "advcl", "acl") or to:
            head = x.head
            if head.lemma_.lower() in lex["realis"]:
                x = head
                continue
            if to or x.dep_ == "xcomp":
                return True  # "called on X to withdraw", "tried to stop", "an attempt to capture"
        if x.dep_ in ("relcl", "ccomp", "conj") and x.head is not x:
            x = x.head
            continue
        break
    return False


def _progressive(tok: "Token") -> bool:
    """ "are being evacuated", "are withdrawing": a process under way, not a result."""
    if tok.tag_ == "VBG" and any(k.dep_ == "aux" and k.lemma_ == "be" for k in tok.children):
        return True
    return any(k.dep_ == "auxpass" and k.lower_ == "being" for k in tok.children)


def _background(ctx: Context, tok: "Token") -> bool:
    """A year before the report's dates this clause: history, not the incident ("in 2020 X regained ...").

    A year that dates a document ("the statement of November 9, 2020") does not date the clause.
    """
    if ctx.published is None:
        return False
    clause = {tok.i, *(a.i for a in tok.ancestors)}
    for y in tok.sent:
        m = _YEAR.fullmatch(y.text)
        if not m or int(m.group(1)) >= ctx.published.year:
            continue
        x = y
        while x.head is not x:
            h = x.head
            if h.pos_ in ("VERB", "AUX"):
                if h.i in clause:
                    return True
                break
            if h.lemma_.lower() in _lex()["documents"]:
                break  # the date of a document, not of this clause
            x = h
    return False


def _theme_tokens(ctx: Context, head: "Token", max_tokens: int = 9) -> list["Token"]:
    """The theme's head with its number, compound and adjective modifiers and an *of* chain, no determiners
    or side adjectives ("the Armenian village of X" → village of X; "11 of the 28 sections of the dam")."""
    out: list[Token] = []

    def walk(t: "Token", depth: int) -> None:
        if len(out) >= max_tokens:
            return
        out.append(t)
        for k in t.children:
            if k.dep_ in _DROP_MODS or k.pos_ == "PRON" and k.lower_ not in ("itself",):
                continue
            if k.dep_ in ("amod", "compound", "nmod") and k.i < t.i and ctx.parties.is_side_word(k.text):
                continue
            if k.dep_ in ("nummod", "amod", "compound", "nmod") and k.i < t.i:
                walk(k, depth + 1)
            elif k.dep_ == "prep" and k.lower_ == "of" and depth < 3:
                pobj = next((p for p in k.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    out.append(k)
                    walk(pobj, depth + 1)

    if head.pos_ == "PRON" and head.lower_ not in ("nothing",):
        return []
    walk(head, 0)
    return out


def _text(toks: Iterable["Token"]) -> tuple[str, int, int]:
    toks = sorted(set(toks), key=lambda t: t.i)
    parts: list[str] = []
    for n, t in enumerate(toks):
        parts.append(t.text)
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if nxt is not None:
            parts.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    s = toks[0].idx
    e = toks[-1].idx + len(toks[-1].text)
    return "".join(parts).strip(), s, e


def _emit(out: list, value_toks: list["Token"], extra: str | None = None) -> None:
    if not value_toks:
        return
    text, s, e = _text(value_toks)
    if e - s > _MAX_CHARS:
        return
    if extra:
        text = f"{text} {extra}".strip()
    out.append(Candidate("outcome", text, s, e))


def _verb(ctx: Context, tok: "Token", out: list) -> None:
    lex = _lex()
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    prt = [k for k in kids if k.dep_ == "prt"]
    if lemma in lex["particles"] and not any(k.lower_ in lex["particles"][lemma] for k in prt):
        return
    if lemma not in lex["particles"] and prt and lemma not in ("withdraw", "retreat"):
        return  # "stop by", "hold on": another verb
    neg = _negated(tok)
    if lemma in lex["only_negated"] and not neg:
        return
    if tok.tag_ == "VBG" or _irrealis(tok) or _progressive(tok) or _background(ctx, tok):
        return  # a gerund names an activity ("measures for neutralizing X"), not a result
    subj = next((k for k in kids if k.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in lex["skip_subjects"]:
        return
    passive = any(k.dep_ in ("nsubjpass", "auxpass") for k in kids)
    dobj = next((k for k in kids if k.dep_ == "dobj"), None)
    if lemma in lex["harm"] and not passive and dobj is not None and (
            subj is None or subj.lemma_.lower() not in lex["causes"]):
        return  # "X destroyed the dam" tells who did it (perpetrator); "the shelling destroyed the valves" a result
    if lemma in lex["needs_object"]:
        theme = dobj if not passive else next((k for k in kids if k.dep_ == "nsubjpass"), None)
        if theme is None or theme.lemma_.lower() not in lex["needs_object"][lemma]:
            return
    if passive:
        theme = next((k for k in kids if k.dep_ == "nsubjpass"), None)
    elif dobj is not None:
        theme = dobj
    elif lemma in lex["agentive"]:
        theme = None  # "the Armenians were forced to retreat": the agent is no result
    else:
        theme = subj
    parts: list[Token] = [tok, *prt]
    if theme is not None:
        got = _theme_tokens(ctx, theme)
        if not got and theme.pos_ == "PRON" and theme.lower_ not in ("nothing",) and lemma not in lex["agentive"]:
            if not passive and dobj is theme:
                return  # "destroyed it": nothing to say what
        parts.extend(got)
    elif lemma not in lex["agentive"] and not (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex["realis"]):
        return
    if neg:
        parts.extend(k for k in kids if k.dep_ == "neg")
        parts.extend(k for k in kids if k.dep_ == "aux" and k.lower_ in _ABILITY)
        if any(k.lower_ in _ABILITY for k in parts):
            parts.extend(k for k in kids if k.dep_ == "auxpass")
    for k in kids:
        if k.dep_ == "advmod" and k.lower_ in lex["degree"]:
            parts.append(k)
            parts.extend(c for c in k.children if c.dep_ in ("cc", "conj") and (c.dep_ == "cc" or c.lower_ in lex["degree"]))
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex["realis"]:
        parts.append(tok.head)
        parts.extend(k for k in kids if k.dep_ == "aux" and k.lower_ == "to")
    replacement = lex["only_negated"].get(lemma) if neg else None
    if replacement:
        keep = [t for t in parts if t is not tok and t.dep_ not in ("neg", "aux", "auxpass")]
        text_toks = keep or [tok]
        value, s, e = _text(text_toks) if keep else ("", tok.idx, tok.idx + len(tok.text))
        lo, hi = min([s, tok.idx] + [k.idx for k in kids if k.dep_ == "neg"]), max(e, tok.idx + len(tok.text))
        if hi - lo <= _MAX_CHARS:
            out.append(Candidate("outcome", f"{value} {replacement}".strip(), lo, hi))
        return
    if len(parts) < 2 and lemma not in lex["agentive"]:
        return
    _emit(out, parts)


def _state(ctx: Context, tok: "Token", out: list) -> None:
    """ "the dam is intact", "the situation is under the control of X", "the damage is impossible to repair"."""
    lex = _lex()
    if tok.lemma_ != "be" or _background(ctx, tok) or tok.dep_ in ("relcl", "acl"):
        return
    kids = list(tok.children)
    if any(k.dep_ == "aux" and k.lower_ in _MODALS for k in kids) or any(k.dep_ == "mark" and k.lower_ in _IRREALIS_MARKS for k in kids):
        return
    subj = next((k for k in kids if k.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in lex["skip_subjects"]:
        return
    theme = _theme_tokens(ctx, subj)
    for k in kids:
        if k.dep_ == "acomp" and k.lower_ in lex["states"]:
            parts = [*theme, k, *[n for n in kids if n.dep_ == "neg"]]
            _emit(out, parts)
            return
        if k.dep_ == "acomp" and k.lower_ in lex["unrepairable"]:
            x = next((c for c in k.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex["only_negated"]), None)
            if x is not None:
                _emit(out, [*theme, k, *[c for c in x.children if c.dep_ == "aux"], x])
                return
        if k.dep_ == "prep" and k.lower_ == "under":
            ctl = next((p for p in k.children if p.dep_ == "pobj" and p.lemma_.lower() == "control"), None)
            if ctl is not None:
                rest = [t for t in ctl.subtree if t.i > ctl.i][:6]
                _emit(out, [*theme, k, *[c for c in ctl.children if c.dep_ == "det"], ctl, *rest])
                return


def _noun(ctx: Context, tok: "Token", out: list) -> None:
    """ "the ceasefire held", "violated the truce"."""
    lex = _lex()
    verb = tok.head
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lex["noun_verbs"] and not _irrealis(verb) \
            and not _background(ctx, verb):
        parts = [tok, verb, *[k for k in verb.children if k.dep_ == "neg"]]
        _emit(out, parts)


def _took_control(ctx: Context, tok: "Token", out: list) -> None:
    """ "took / gained / seized control of X"."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in ("take", "gain", "seize", "establish", "regain", "assume"):
        return
    if _irrealis(verb) or _background(ctx, verb) or _progressive(verb):
        return
    rest = [t for t in tok.subtree if t.i > tok.i][:6]
    _emit(out, [verb, tok, *rest, *[k for k in verb.children if k.dep_ == "neg"]])


def find(ctx: Context) -> list[Candidate]:
    """Outcome candidates of one document."""
    lex = _lex()
    out: list[Candidate] = []
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lex["verbs"]:
            _verb(ctx, tok, out)
        elif tok.lemma_ == "be":
            _state(ctx, tok, out)
        elif tok.pos_ == "NOUN" and lemma in lex["nouns"]:
            _noun(ctx, tok, out)
        elif tok.pos_ == "NOUN" and lemma == "control":
            _took_control(ctx, tok, out)
    return out
