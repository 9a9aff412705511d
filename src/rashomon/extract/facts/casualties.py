"""Killed and injured figures, per side, with who the victims were.

Each casualty cue (a verb like *killed*/*wounded*, an adjective like *dead*, a noun like *deaths*,
*death toll*, *martyrs*) is followed through the dependency parse to its victims: the passive or
intransitive subject ("two servicemen were killed", "thirty died"), the object of an active verb
("killed three police officers"), the number it modifies or that modifies it ("five killed",
"left 3 dead"), the figure a toll reaches ("the death toll rose to 50"). The victims' quantity is read by
:mod:`.numbers`; their side comes from the victim phrase ("Azerbaijani servicemen") or a locative in the
sentence ("on the Azerbaijani side", "among the Armenian units").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from ...models import Count
from .base import Candidate, Context, cues
from .roles import noun_phrase
from .numbers import count_at, is_number, none_words, parse_number, singular, unspecified_plural, vague_at

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

_SUBJ = ("nsubj", "nsubjpass")
_RANK_NUMBER, _RANK_SINGULAR, _RANK_VAGUE = 0, 1, 2
_GENERIC_VICTIMS = {"people", "person", "man", "men", "woman", "women", "individual", "victim", "adult"}
_TOLL_NOUNS = {"toll", "number", "count", "tally"}
_NON_VICTIM = {"year", "day", "hour", "minute", "week", "month", "time", "km", "kilometer", "kilometre",
               "meter", "metre", "mile", "percent", "round", "shot", "shell", "missile", "rocket", "strike",
               "attack", "vehicle", "car", "building", "house", "home", "incident", "bullet", "side", "it",
               "that", "which", "this", "what", "who", "they", "we", "i", "you", "report"}


@lru_cache(maxsize=1)
def _lex() -> dict[str, dict[str, set[str]]]:
    c = cues()
    out: dict[str, dict[str, set[str]]] = {}
    for f in ("killed", "injured"):
        out[f] = {k: set(v) for k, v in c[f].items() if isinstance(v, list)}
    out["victims"] = {"heads": set(c["victim_heads"])}
    out["hospital"] = {"verbs": set(c["hospital_verbs"]), "nouns": set(c["hospital_nouns"])}
    out["suffer"] = set(c["suffer_verbs"])
    return out


def _cue_field(tok: "Token") -> str | None:
    """killed | injured | None for one token, from its lemma and part of speech."""
    lex = _lex()
    lemma, low, pos = tok.lemma_.lower(), tok.lower_, tok.pos_
    if pos in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        if lemma in lex["killed"]["verbs"] or low in lex["killed"]["adjectives"]:
            return "killed"
        if lemma in lex["injured"]["verbs"] or low in lex["injured"]["adjectives"]:
            return "injured"
        if lemma == "shoot":
            return "shot"
        if _to_hospital(tok):
            return "injured"
    if pos == "ADJ":
        if low in lex["killed"]["adjectives"]:
            return "killed"
        if low in lex["injured"]["adjectives"]:
            return "injured"
    if pos in ("NOUN", "PROPN", "ADJ"):
        sing = low[:-1] if low.endswith("s") else low
        if lemma in lex["killed"]["nouns"] or low in lex["killed"]["nouns"] or sing in lex["killed"]["nouns"]:
            return "killed"
        if lemma in lex["injured"]["nouns"] or low in lex["injured"]["nouns"] or sing in lex["injured"]["nouns"]:
            return "injured"
    return None


def _is_fatal_shot(tok: "Token") -> bool:
    """'shot' that is fatal or paired with a killing cue (so it is not a separate injury)."""
    near = [*tok.children, tok.head] + [c for c in tok.children if c.dep_ == "conj"]
    for t in near:
        if t.lower_ in ("dead", "fatally", "death") or _cue_field(t) == "killed":
            return True
    return False


def _paired_with_kill(tok: "Token") -> bool:
    """ "shot and killed", "killed ... shot": a killing verb coordinated with this "shot"."""
    for t in [*tok.children, tok.head]:
        if t.dep_ == "conj" or t is tok.head and tok.dep_ == "conj":
            if _cue_field(t) == "killed" and t.pos_ in ("VERB", "AUX"):
                return True
    return False


def _hyphen_number(tok: "Token") -> tuple[int, int] | None:
    """Value and start index of a number written as "Thirty - eight" (three tokens)."""
    doc = tok.doc
    i = tok.i
    if i >= 2 and doc[i - 1].text == "-" and parse_number(doc[i - 2].text) is not None:
        a, b = parse_number(doc[i - 2].text), parse_number(tok.text)
        if a is not None and b is not None and a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9:
            return a + b, i - 2
    return None


def _number_quantity(tok: "Token") -> tuple[Count, int, int, int] | None:
    """The quantity whose number is ``tok`` ("Thirty - eight", "at least 12"), ranked as a number."""
    hy = _hyphen_number(tok)
    if hy:
        return Count(hy[0], hy[0]), hy[1], tok.i + 1, _RANK_NUMBER
    got = count_at(tok.doc, tok.i)
    return (*got, _RANK_NUMBER) if got else None


def _quantity(v: "Token") -> tuple[Count, int, int, int] | None:
    """The quantity of a victim token: (count, first token, end token, rank) or None."""
    doc = v.doc
    if v.lemma_.lower() in _NON_VICTIM or v.lower_ in _NON_VICTIM:
        return None
    # "no one was hurt"
    if v.lower_ == "one" and v.i > 0 and doc[v.i - 1].lower_ in none_words():
        return Count(0, 0), v.i - 1, v.i + 1, _RANK_NUMBER
    # the victim is itself a number ("one was injured", "Thirty-eight died")
    if is_number(v) and v.lower_ not in ("a", "an"):
        got = _number_quantity(v)
        if got:
            return got
    if v.lower_ in ("none", "nobody"):
        return Count(0, 0), v.i, v.i + 1, _RANK_NUMBER
    if v.lower_ in ("himself", "herself", "he", "she", "him", "her"):
        return Count(1, 1), v.i, v.i + 1, _RANK_SINGULAR
    vague = vague_at(doc, v.i)
    if vague:
        return (*vague, _RANK_VAGUE)
    if _year_old(v):  # "the murder of a 19-year-old"
        return Count(1, 1), v.left_edge.i, v.i + 1, _RANK_SINGULAR
    kids = list(v.children)
    for k in kids:
        if k.dep_ == "nummod" or (k.dep_ in ("amod", "compound", "quantmod") and is_number(k)):
            got = _number_quantity(k)
            if got:
                return got
    for k in kids:
        if k.i < v.i and k.lower_ in none_words() and k.dep_ in ("det", "neg", "amod"):
            return Count(0, 0), k.i, v.i + 1, _RANK_NUMBER
    for k in kids:
        if k.i < v.i:
            vg = vague_at(doc, k.i)
            if vg:
                return vg[0], vg[1], v.i + 1, _RANK_VAGUE
    if v.tag_ in ("NNS", "NNPS") and v.lemma_.lower() in _lex()["victims"]["heads"] | {"person", "man", "woman", "child"}:
        if not any(k.dep_ in ("det", "poss") for k in kids):
            return unspecified_plural(), v.i, v.i + 1, _RANK_VAGUE
        return None
    if v.tag_ in ("NN", "NNP") or v.ent_type_ == "PERSON":
        if v.lower_ in _NON_VICTIM or v.lemma_.lower() in _NON_VICTIM:
            return None
        human = v.ent_type_ == "PERSON" or v.lemma_.lower() in _lex()["victims"]["heads"] or _year_old(v) or v.lower_ in (
            "one", "someone", "somebody") or (v.pos_ == "NOUN" and any(k.lower_ in ("a", "an") for k in kids))
        if human:
            n = 1 + (_name_conjuncts(v) if v.ent_type_ == "PERSON" or v.pos_ == "PROPN" else _person_conjuncts(v))
            first = min([v.i] + [k.i for k in kids if k.i < v.i])
            return Count(n, n), first, v.i + 1, _RANK_SINGULAR
    return None


def _year_old(v: "Token") -> bool:
    """ "a 15-year-old", "the 22-year-old": an age standing for a person."""
    return v.lower_ in ("old", "year-old") and any(t.lower_ in ("year", "years") for t in v.lefts) or v.lower_.endswith("-year-old")


def _to_hospital(tok: "Token") -> bool:
    """ "was taken / rushed / airlifted to (a) hospital": the person was hurt."""
    lex = _lex()
    if tok.lemma_.lower() not in lex["hospital"]["verbs"] or not any(k.dep_ == "nsubjpass" for k in tok.children):
        return False
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ == "to":
            for p in k.children:
                if p.dep_ == "pobj":
                    words = " ".join(x.lemma_.lower() for x in p.subtree)
                    if any(n in words for n in lex["hospital"]["nouns"]):
                        return True
    return False


def _person_conjuncts(v: "Token") -> int:
    """Singular people conjoined to a singular victim ("a man and a 16-year-old boy were shot")."""
    n = 0
    heads = _lex()["victims"]["heads"]
    for c in v.children:
        if c.dep_ == "conj" and c.tag_ in ("NN", "NNP") and (c.lemma_.lower() in heads or _year_old(c)) \
                and any(k.lower_ in ("a", "an", "another") for k in c.children):
            n += 1 + _person_conjuncts(c)
    return n


def _name_conjuncts(v: "Token") -> int:
    """How many further names are conjoined to a named victim ("A, B and C were killed")."""
    n = 0
    for c in v.children:
        if c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
            n += 1 + _name_conjuncts(c)
    return n


def _victim(cue: "Token", kind: str) -> "Token | None":
    """The token naming the victims of a casualty cue."""
    kids = list(cue.children)
    by_dep = {}
    for k in kids:
        by_dep.setdefault(k.dep_, k)
    if cue.pos_ in ("VERB", "AUX") or cue.tag_ in ("VBN", "VBD", "VBG"):
        if "nsubjpass" in by_dep:
            return by_dep["nsubjpass"]
        if "dobj" in by_dep and cue.lemma_.lower() not in ("die", "perish"):
            return by_dep["dobj"]
        if "nsubj" in by_dep:
            subj = by_dep["nsubj"]
            # active transitive with an agent subject and no object: "gunmen killed" → nothing
            if cue.tag_ in ("VBN",) or cue.lemma_.lower() in ("die", "perish") or is_number(subj):
                return subj
            if cue.lemma_.lower() not in ("kill", "wound", "injure", "shoot", "hurt", "murder", "execute"):
                return subj
            return None
        if cue.dep_ in ("acl", "amod", "relcl") and cue.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            return cue.head
        if cue.dep_ == "conj" and cue.head.pos_ in ("VERB",):
            # "was shot and killed" shares the subject of "shot"
            for k in cue.head.children:
                if k.dep_ in _SUBJ:
                    return k
        return None
    if cue.pos_ == "ADJ":
        for k in kids:
            if k.dep_ == "nummod" or is_number(k):
                return k
        if cue.dep_ == "amod" and cue.head.pos_ in ("NOUN", "PROPN"):
            return cue.head
        if cue.dep_ in ("oprd", "acomp", "xcomp") and cue.head.pos_ == "VERB":
            for k in cue.head.children:
                if k.dep_ in ("dobj", "nsubjpass") or (k.dep_ == "nsubj" and cue.dep_ == "acomp"):
                    if k.pos_ != "PRON" or k.lower_ in ("none", "nobody"):
                        return k
        return None
    # nouns: "five deaths", "the dead", "martyrs"
    for k in kids:
        if k.dep_ == "nummod" or (is_number(k) and k.i < cue.i):
            return k
    if cue.dep_ == "attr" and cue.head.lemma_ in ("become", "be"):
        for k in cue.head.children:
            if k.dep_ == "nsubj":
                return k
    if cue.dep_ == "dobj" and cue.head.lemma_.lower() in _lex()["suffer"] and cue.lower_ not in ("life", "lives"):
        # "the victim suffered a gunshot wound", "he sustained injuries"
        subj = next((k for k in cue.head.children if k.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    if cue.lemma_.lower() in ("death", "murder", "killing", "slaying") and cue.tag_ == "NN":
        for k in kids:
            if k.dep_ == "prep" and k.lower_ == "of":
                p = next((x for x in k.children if x.dep_ == "pobj"), None)
                if p is not None and (p.ent_type_ == "PERSON" or p.lemma_.lower() in _lex()["victims"]["heads"] or _year_old(p)
                                      or any(d.lower_ in ("a", "an") for d in p.children)):
                    return p
    if cue.lower_ in ("lives",):
        for k in kids:
            if k.dep_ == "prep" and k.lower_ == "of":
                for p in k.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def _toll_number(tok: "Token") -> "Token | None":
    """The figure a toll/number reaches: "the death toll rose to 50", "the number ... reached three"."""
    sent = tok.sent
    for t in sent:
        if t.i <= tok.i or t.i > tok.i + 14:
            continue
        if is_number(t) and t.dep_ in ("pobj", "dobj", "attr", "nummod", "appos", "npadvmod", "ROOT", "conj"):
            return t
    return None


def _victim_phrase(v: "Token") -> tuple[str | None, "list[Token]"]:
    """A short phrase for the victims ("Azerbaijani servicemen") and the tokens that describe them."""
    if is_number(v) or v.pos_ in ("NUM",):
        for k in v.children:
            if k.dep_ == "prep" and k.lower_ == "of":
                for p in k.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                        return _victim_phrase(p)
        return None, [v]
    if v.pos_ == "PRON":
        return None, [v]
    if v.ent_type_ == "PERSON":
        ent = [e for e in v.doc.ents if e.start <= v.i < e.end]
        if ent:
            return ent[0].text, list(ent[0])
    left = [k for k in v.lefts if k.dep_ in ("amod", "compound", "nmod", "poss") and not is_number(k)
            and k.lower_ not in none_words()]
    toks = sorted([*left, v], key=lambda t: t.i)
    # include compound chains of the modifiers ("Artsakh police officers")
    words = []
    for t in toks:
        sub = [x for x in t.subtree if x.i <= t.i] if t is not v else [v]
        for x in sub:
            if x not in words and not is_number(x) and x.dep_ not in ("det", "punct", "advmod", "quantmod") \
                    and x.lower_ not in ("least", "more", "than", "about", "over", "at"):
                words.append(x)
    words.sort(key=lambda t: t.i)
    # the "of"/"from" complement names who they were ("officials from the Karabakh interior ministry")
    desc = list(words)
    for k in v.rights:
        if k.dep_ == "prep" and k.lower_ in ("of", "from") and k.i - v.i <= 2:
            desc.extend(x for x in k.subtree if x.i - v.i <= 8)
    text = " ".join(t.text for t in words) if words else None
    return text, desc


def _side(ctx: Context, desc: "list[Token]", sent: "SpacySpan") -> str | None:
    """The side of the victims: from their own words, else a locative in the sentence."""
    if desc:
        side = ctx.parties.side_of(" ".join(t.text for t in desc))
        if side:
            return side
    for t in sent:
        if t.lower_ in ("among", "on") and t.dep_ == "prep":
            objs = [c for c in t.children if c.dep_ == "pobj"]
            for o in objs:
                if t.lower_ == "among" or o.lemma_.lower() == "side":
                    side = ctx.parties.side_of(" ".join(x.text for x in o.subtree))
                    if side:
                        return side
        if t.dep_ == "poss" and t.head.lemma_.lower() == "loss":
            side = ctx.parties.side_of(t.text)
            if side:
                return side
    return None


def _casualty_cues(ctx: Context) -> Iterator[tuple["Token", str]]:
    for tok in ctx.doc:
        kind = _cue_field(tok)
        if kind:
            yield tok, kind


def find(ctx: Context) -> list[Candidate]:
    """Killed/injured candidates of one document."""
    out: list[Candidate] = []
    doc = ctx.doc
    used: set[tuple[int, str]] = set()
    denied = _denied_objects(ctx)
    hits: list[tuple["Token", str]] = []
    for cue, kind in _casualty_cues(ctx):
        if cue.i in denied:
            continue  # "denied reports of five deaths": the denier claims none (below)
        field = kind
        if kind == "shot":
            if _paired_with_kill(cue):
                continue  # "shot and killed": the killing cue counts it
            passive = any(k.dep_ == "nsubjpass" for k in cue.children)
            active = any(k.dep_ == "dobj" for k in cue.children)
            if not (passive or active):
                continue
            field = "killed" if _is_fatal_shot(cue) else "injured"
        if cue.lemma_.lower() in ("death", "number", "count") or cue.lower_ in ("toll",):
            pass
        victim = None
        if cue.dep_ == "compound" and cue.head.lemma_.lower() in _TOLL_NOUNS:
            victim = _toll_number(cue.head)
        elif cue.dep_ in ("acl", "relcl") and cue.head.lemma_.lower() in _TOLL_NOUNS:
            victim = _toll_number(cue.head)
        elif cue.dep_ == "pobj" and cue.head.head.lemma_.lower() in _TOLL_NOUNS:
            victim = _toll_number(cue.head.head)
        if victim is None:
            victim = _victim(cue, field)
        if victim is None:
            continue
        if victim.lemma_.lower() in _TOLL_NOUNS:
            num = _toll_number(victim)
            if num is None:
                continue
            victim = num
        for cand in _victims_with_conjuncts(victim):
            made = _candidate(ctx, cue, cand, field, used)
            out.extend(made)
            if made:
                hits.append((cue, field))
    out.extend(_subcounts(ctx, hits, used))
    out.extend(_no_casualties(ctx, used))
    out.extend(_denials(ctx, denied))
    return out


def _victims_with_conjuncts(v: "Token") -> list["Token"]:
    """The victim and the victims conjoined to it when each has its own number ("3 police and 2 soldiers")."""
    out = [v]
    if v.ent_type_ == "PERSON":
        return out
    for c in v.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM") and any(k.dep_ == "nummod" for k in c.children):
            out.extend(_victims_with_conjuncts(c))
    return out


def _candidate(ctx: Context, cue: "Token", victim: "Token", field: str, used: set) -> list[Candidate]:
    """The candidates for one cue and one victim token."""
    doc = ctx.doc
    out: list[Candidate] = []
    if True:
        q = _quantity(victim)
        if q is None:
            return out
        count, qs, qe, rank = q
        if (victim.i, field) in used:
            return out
        used.add((victim.i, field))
        subject, desc = _victim_phrase(victim)
        if subject is None and cue.dep_ == "conj":
            # "two servicemen were killed and one was injured": the bare number inherits its sibling's victims
            for k in cue.head.children:
                if k.dep_ in _SUBJ + ("dobj",) and k is not victim:
                    subject, desc = _victim_phrase(k)
                    break
        side = _side(ctx, desc, cue.sent)
        lo = min(qs, cue.i, victim.i)
        hi = max(qe, cue.i + 1)
        if hi - lo > 14:
            lo, hi = (min(qs, cue.i), max(qe, cue.i + 1))
        span = doc[lo:hi]
        out.append(Candidate(field, count, span.start_char, span.end_char, side=side, subject=subject, rank=rank))
        who = victim
        if is_number(victim):
            who = next((p for k in victim.children if k.dep_ == "prep" and k.lower_ == "of"
                        for p in k.children if p.dep_ == "pobj"), victim)
        if who.pos_ in ("NOUN", "PROPN") and who.lemma_.lower() in _lex()["victims"]["heads"] - _GENERIC_VICTIMS:
            got = noun_phrase(who)
            if got is not None:
                out.append(Candidate("victim_identity", got[0], got[1], got[2]))
        if cue.lemma_.lower() == "casualty" or (victim.lemma_.lower() == "casualty"):
            other = "injured" if field == "killed" else "killed"
            out.append(Candidate(other, count, span.start_char, span.end_char, side=side, subject=subject, rank=rank))
    return out


def _no_casualties(ctx: Context, used: set) -> list[Candidate]:
    """ "no casualties/losses among X", "no one was hurt": zero killed and injured."""
    out = []
    for tok in ctx.doc:
        if tok.lemma_.lower() in ("casualty", "loss", "victim") and tok.pos_ == "NOUN":
            neg = [k for k in tok.children if k.lower_ in ("no",) and k.dep_ in ("det", "neg")]
            if not neg:
                continue
            side = _side(ctx, [x for x in tok.subtree if x.i > tok.i], tok.sent)
            s, e = neg[0].idx, tok.idx + len(tok.text)
            subj = None
            for k in tok.children:
                if k.dep_ == "prep" and k.lower_ == "among":
                    sub = list(k.subtree)
                    e = sub[-1].idx + len(sub[-1].text)
                    subj = " ".join(x.text for x in sub[1:] if x.lower_ not in ("the",))
            for f in ("killed", "injured"):
                out.append(Candidate(f, Count(0, 0), s, e, side=side, subject=subj, rank=_RANK_NUMBER))
    return out


@lru_cache(maxsize=1)
def _denial_lex() -> tuple[set[str], dict[str, str], list[tuple[str, ...]]]:
    c = cues()
    nouns = {w: f for f, ws in c["denied_casualty_nouns"].items() for w in ws}
    markers = sorted((tuple(m.split()) for m in c["subcount_markers"]), key=len, reverse=True)
    return set(c["denial_verbs"]), nouns, markers


def _denied_objects(ctx: Context) -> dict[int, tuple["Token", str]]:
    """Casualty nouns in the object of a denial ("denied reports of casualties"): token index → (verb, field)."""
    verbs, nouns, _ = _denial_lex()
    out: dict[int, tuple["Token", str]] = {}
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        if any(k.dep_ == "neg" for k in tok.children):
            continue  # "did not deny"
        for k in tok.children:
            if k.dep_ not in ("dobj", "nsubjpass"):
                continue
            for t in k.subtree:
                if t.i - tok.i > 12:
                    break
                f = nouns.get(t.lemma_.lower())
                if f and t.pos_ == "NOUN":
                    out[t.i] = (tok, f)
    return out


def _denials(ctx: Context, denied: dict[int, tuple["Token", str]]) -> list[Candidate]:
    """A party denying casualties claims none: killed 0 (and injured 0 for casualties/losses)."""
    out: list[Candidate] = []
    done: set[tuple[int, str]] = set()
    for i, (verb, f) in sorted(denied.items()):
        noun = ctx.doc[i]
        lo, hi = min(verb.i, noun.i), max(verb.i, noun.i) + 1
        span = ctx.doc[lo:hi]
        side = _side(ctx, [x for x in noun.subtree if x.i > noun.i], noun.sent)
        for field in (("killed", "injured") if f == "both" else (f,)):
            if (verb.i, field) in done:
                continue
            done.add((verb.i, field))
            out.append(Candidate(field, Count(0, 0), span.start_char, span.end_char, side=side, rank=_RANK_NUMBER))
    return out


def _marker_at(doc, i: int, markers: list[tuple[str, ...]]) -> int:
    """Length of the sub-count marker ("including", "of them") starting at token ``i``, or 0."""
    for m in markers:
        if tuple(t.lower_ for t in doc[i : i + len(m)]) == m:
            return len(m)
    return 0


def _subcounts(ctx: Context, hits: list[tuple["Token", str]], used: set) -> list[Candidate]:
    """Parts of a toll: "50 were killed, including five children", "of them five are children",
    "Among them were three soldiers" (after a toll in the sentence before)."""
    doc = ctx.doc
    _, _, markers = _denial_lex()
    heads = _lex()["victims"]["heads"]
    by_sent: dict[int, list[tuple["Token", str]]] = {}
    for cue, field in hits:
        by_sent.setdefault(cue.sent.start, []).append((cue, field))
    sents = list(doc.sents)
    out: list[Candidate] = []
    for n, sent in enumerate(sents):
        own = by_sent.get(sent.start, [])
        prev = by_sent.get(sents[n - 1].start, []) if n > 0 else []
        if not own and not prev:
            continue
        for t in sent:
            size = _marker_at(doc, t.i, markers)
            if not size:
                continue
            field = None
            before = [f for c, f in own if c.i < t.i]
            after = [f for c, f in own if c.i > t.i]
            if before:
                field = before[-1]
            elif after:
                field = after[0]
            elif prev and t.i - sent.start <= 1:
                field = prev[-1][1]
            if field is None:
                continue
            j = t.i + size
            # skip "were"/"are" and a determiner: "among them were three children"
            while j < sent.end and doc[j].lemma_ == "be" and j - t.i - size < 2:
                j += 1
            if j >= sent.end or not is_number(doc[j]) or (doc[j].i, field) in used:
                continue
            got = count_at(doc, j)
            if got is None:
                continue
            count, qs, qe = got
            noun = None
            for k in range(qe, min(qe + 4, sent.end)):
                w = doc[k]
                if w.lemma_.lower() in heads or w.lower_ in heads:
                    noun = w
                    break
                if w.pos_ not in ("ADJ", "AUX", "NOUN", "PROPN") and w.lemma_ != "be":
                    break
            if noun is None:
                continue
            used.add((doc[j].i, field))
            subject, desc = _victim_phrase(noun)
            span = doc[t.i : noun.i + 1]
            out.append(Candidate(field, count, span.start_char, span.end_char, side=_side(ctx, desc, sent),
                                 subject=subject, rank=_RANK_NUMBER))
    return out
