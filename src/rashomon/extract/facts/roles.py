"""Who did what to whom, with what: initiator, perpetrator, victim_identity, weapon, cargo, aid.

Dependency patterns over cue words from ``data/fact_cues.json``:

- initiator: the subject of *opened fire*, *fired on/at*, *attacked*, *ambushed*; the agent of *an
  ambush/attack/provocation by X*; "fire was opened from X";
- perpetrator: the subject (or *by*-agent) of *struck*, *shelled*, *hit*, *blew up*, *destroyed*; "blamed
  the attack on X", "accused X of"; the adjective of "a Russian strike";
- victim_identity: what was fired on or attacked ("fired on a car of police officers"), the victims of a
  casualty cue when they are described ("three police officers were killed");
- weapon: noun phrases headed by a weapon word ("automatic weapons", "Tochka-U missile"), or the means a
  verb implies ("blew up" → explosion) — not when they are cargo or equipment;
- cargo: what a vehicle was *carrying (out)/transporting/smuggling/loaded with*;
- aid: who gave *first aid* or *evacuated* (the *by*-agent or the subject);
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .base import Candidate, Context, cues

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJ = ("nsubj", "nsubjpass")
_PRON_SKIP = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who", "what", "them",
              "itself", "themselves", "one", "ones", "something", "nothing", "anything", "all", "both", "some"}
_UNIT_OF = {"force", "forces", "army", "military", "republic", "troops", "ministry", "side", "unit", "units",
            "formation", "formations"}
_VEHICLE = {"car", "vehicle", "vehicles", "bus", "microbus", "convoy", "truck", "minibus", "van", "column"}
_STOP_RIGHT_DEPS = {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "parataxis"}


@lru_cache(maxsize=1)
def _lex() -> dict[str, frozenset[str]]:
    c = cues()
    return {k: frozenset(v) for k, v in c.items() if isinstance(v, list)}


def _np(tok: "Token", max_tokens: int = 10) -> tuple[str, int, int] | None:
    """A short noun phrase for ``tok``: its left modifiers and *of/from/inside/with* complements.

    Relative clauses, appositions, coordination and parentheticals are cut; determiners dropped.
    """
    if tok.lower_ in _PRON_SKIP or tok.pos_ == "PRON" and tok.lower_ not in ("our",):
        return None
    keep = {tok.i}
    for t in tok.subtree:
        # walk up to tok: keep t if every step is allowed
        ok = True
        x = t
        while x.i != tok.i:
            if x.dep_ in _STOP_RIGHT_DEPS or (x.dep_ == "prep" and x.lower_ not in ("of", "from", "inside", "in", "with")
                                              and x.head.i == tok.i):
                ok = False
                break
            if x.dep_ == "prep" and x.lower_ in ("in", "at", "near") and any(
                    p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.ent_type_ in ("GPE", "LOC", "FAC")) for p in x.children):
                ok = False  # "forces in Karabakh": where they were is the location, not who they were
                break
            if x.dep_ in ("prep",) and x.head.i != tok.i and x.lower_ not in ("of",):
                ok = False
                break
            x = x.head
        if ok:
            keep.add(t.i)
    idx = sorted(keep)
    # contiguous run around the head
    lo = hi = tok.i
    s = set(idx)
    while lo - 1 in s:
        lo -= 1
    while hi + 1 in s:
        hi += 1
    doc = tok.doc
    # a hyphen-joined word split by the tokenizer ("Tochka-U", "short-range") is kept whole
    while lo >= 2 and doc[lo - 1].text in ("-", "\u2010", "\u2011") and not doc[lo - 2].whitespace_ \
            and not doc[lo - 1].whitespace_ and doc[lo - 2].is_alpha:
        lo -= 2
    while lo < tok.i and (doc[lo].dep_ in ("det", "predet") or doc[lo].is_punct or doc[lo].like_num or doc[lo].lower_ in ("at", "least", "all")):
        lo += 1
    if hi - lo + 1 > max_tokens:
        hi = max(tok.i, lo + max_tokens - 1)
    while hi > tok.i and (doc[hi].is_punct or doc[hi].dep_ in ("prep", "cc", "det")):
        hi -= 1
    span = doc[lo : hi + 1]
    text = span.text.strip()
    if not text or not any(ch.isalpha() for ch in text):
        return None
    return text, span.start_char, span.end_char


def noun_phrase(tok: "Token", max_tokens: int = 12) -> tuple[str, int, int] | None:
    """Public form of :func:`_np`: a short noun phrase for a token, with its character range."""
    return _np(tok, max_tokens)


def _canonical(ctx: Context, tok: "Token", phrase: str) -> str:
    """ "servicemen of the armed forces of the Republic of Azerbaijan" → "Azerbaijani servicemen"."""
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ == "of":
            obj = [p for p in k.children if p.dep_ == "pobj"]
            if not obj:
                continue
            sub = " ".join(x.text for x in obj[0].subtree)
            side = ctx.parties.side_of(sub)
            if side is None:
                continue
            low = sub.lower()
            if not (obj[0].lower_ in _UNIT_OF or obj[0].lemma_.lower() in _UNIT_OF or ctx.parties.is_side_word(obj[0].text)):
                continue
            for c in ctx.parties.countries:
                if any(n.lower() in low for n in (*c.names, *c.adjectives)):
                    left = " ".join(x.text for t in tok.lefts if t.dep_ in ("amod", "compound") for x in t.subtree)
                    return f"{c.adjectives[0]} {left + ' ' if left else ''}{tok.text}"
    return phrase


def _agent(verb: "Token") -> "Token | None":
    """The doer of a verb: active subject, else the *by*-agent of a passive."""
    for k in verb.children:
        if k.dep_ == "nsubj":
            return k
    for k in verb.children:
        if k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "by"):
            for p in k.children:
                if p.dep_ == "pobj":
                    return p
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.pos_ in ("VERB", "ADP"):
        head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        return _agent(head) if head.pos_ == "VERB" and head is not verb else None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _by_agent(tok: "Token") -> "Token | None":
    for k in tok.children:
        if (k.dep_ in ("agent", "prep")) and k.lower_ == "by":
            for p in k.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _target(verb: "Token") -> "Token | None":
    """What a verb of attack is aimed at: object, or *on/at/against* complement."""
    obj = next((k for k in verb.children if k.dep_ in ("dobj", "nsubjpass") and k.lower_ != "fire"), None)
    if obj is not None:  # "attacked a patrol on the highway": the object, not the road
        return obj
    for k in verb.children:
        if k.dep_ == "prep" and k.lower_ in ("on", "at", "against", "upon"):
            for p in k.children:
                if p.dep_ == "pobj":
                    return p
    for k in verb.children:
        if k.dep_ in ("dobj", "nsubjpass"):
            return k
    return None


def _people_in(tok: "Token") -> "Token":
    """For a vehicle target, the people in it: "a car of police officers", "a car with officers"."""
    if tok.lemma_.lower() in _VEHICLE:
        for k in tok.children:
            if k.dep_ == "prep" and k.lower_ in ("of", "with", "carrying"):
                for p in k.children:
                    if p.dep_ == "pobj":
                        return p
        for k in tok.lefts:
            if k.dep_ in ("compound",) and k.pos_ in ("NOUN", "PROPN"):
                return k
    return tok


def _emit(ctx: Context, out: list, field: str, tok: "Token | None", evidence: Iterable["Token"] = (),
          canonical: bool = True) -> None:
    if tok is None:
        return
    if field == "victim_identity" and not _is_people(tok):
        return  # the target was a place, a thing or an agreement, not people or a unit
    got = _np(tok)
    if got is None:
        return
    text, s, e = got
    if canonical:
        text = _canonical(ctx, tok, text)
    ev = [t for t in evidence]
    if ev:
        s = min(s, min(t.idx for t in ev))
        e = max(e, max(t.idx + len(t.text) for t in ev))
    out.append(Candidate(field, text, s, e))


def _is_people(tok: "Token") -> bool:
    """Does this noun name people or an armed unit (victim heads, unit words, a nationality)?"""
    if tok.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "MONEY", "PERCENT", "CARDINAL"):
        return False
    if tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS"):
        return True
    lex = _lex()
    lemma, low = tok.lemma_.lower(), tok.lower_
    return any(w in lex["victim_heads"] or w in lex["victim_units"] for w in (lemma, low))


_LIGHT_VERBS = {"carry", "deliver", "execute", "make", "inflict", "launch", "commit", "organize", "organise",
                "stage", "conduct", "mount", "perpetrate", "deliver", "unleash", "undertake", "use"}


def _light_verb_attack(ctx: Context, verb: "Token", out: list, lex: dict) -> bool:
    """ "X delivered/executed/committed a strike (on Y)", "strikes were inflicted by X", "X used a missile"."""
    lemma = verb.lemma_.lower()
    if lemma not in _LIGHT_VERBS:
        return False
    obj = next((k for k in verb.children if k.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    ol = obj.lemma_.lower()
    is_attack = ol in lex["initiator_nouns"] or ol in lex["perpetrator_nouns"]
    is_weapon = ol in lex["weapons"] or any(c.dep_ == "compound" and c.lemma_.lower() in lex["weapons"] for c in obj.lefts)
    if lemma == "carry" and not any(k.dep_ == "prt" and k.lower_ == "out" for k in verb.children):
        return False
    if not is_attack and not (is_weapon and lemma in ("use", "launch")):
        return False
    agent = _agent(verb)
    if agent is not None and (agent.lemma_.lower() in lex["weapons"]):
        _emit(ctx, out, "weapon", agent, [verb])
        return True
    _emit(ctx, out, "perpetrator", agent, [verb])
    if is_attack and ol in lex["initiator_nouns"]:
        _emit(ctx, out, "initiator", agent, [verb])
    for k in obj.children:
        if k.dep_ == "prep" and k.lower_ in ("on", "against"):
            p = next((x for x in k.children if x.dep_ == "pobj"), None)
            if p is not None:
                _emit(ctx, out, "victim_identity", _people_in(p), [verb])
    return True


def _governing_by_agent(tok: "Token") -> "Token | None":
    """The *by*-agent near an attack noun's governing verb: "subjected to fire from weapons by X"."""
    v = tok.head
    for _ in range(2):
        if v.pos_ == "VERB":
            break
        v = v.head
    if v.pos_ != "VERB":
        return None
    for t in v.subtree:
        if t.lower_ == "by" and t.dep_ in ("agent", "prep") and 0 < t.i - tok.i <= 8:
            return next((p for p in t.children if p.dep_ == "pobj"), None)
    return None


_QUOTES = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb`"


def _span_text(doc, lo: int, hi: int) -> tuple[str, int, int] | None:
    """Tokens lo..hi (inclusive) with quotes and punctuation trimmed at both ends."""
    while lo <= hi and (doc[lo].is_punct or doc[lo].text in _QUOTES):
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].text in _QUOTES or doc[hi].dep_ in ("cc",)):
        hi -= 1
    if hi < lo:
        return None
    span = doc[lo : hi + 1]
    return span.text.strip(), span.start_char, span.end_char


def _fire_instrument(ctx: Context, verb: "Token", out: list, lex: dict, preps: tuple[str, ...] = ("with",)) -> None:
    """The instrument of fire: "were fired (upon) with automatic weapons", "came under fire from mortars"."""
    for k in verb.children:
        if k.dep_ != "prep" or k.lower_ not in preps:
            continue
        p = next((x for x in k.children if x.dep_ == "pobj"), None)
        if p is None or p.pos_ not in ("NOUN", "PROPN") or _is_people(p) or p.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "ORG"):
            continue
        lem = p.lemma_.lower()
        if not (lem in lex["weapons"] or p.lower_ in lex["weapons"] or lem in lex["fire_instrument_nouns"]
                or p.lower_ in lex["fire_instrument_nouns"]
                or any(c.dep_ == "compound" and c.lemma_.lower() in lex["weapons"] for c in p.lefts)):
            continue
        got = _np(p, max_tokens=6)
        if got is not None:
            out.append(Candidate("weapon", got[0], got[1], got[2]))


def _cargo(ctx: Context, tok: "Token", out: list, lex: dict) -> None:
    """What a vehicle carries: "carrying (out) X", "transporting X", "loaded with X"; "X from Y" kept."""
    lemma = tok.lemma_.lower()
    if lemma not in lex["cargo_verbs"]:
        return
    out_prt = any(k.lower_ == "out" and k.dep_ == "prt" for k in tok.children)
    obj = next((k for k in tok.children if k.dep_ == "dobj"), None)
    if out_prt:
        if obj is None or obj.lemma_.lower() not in lex["cargo_nouns"]:
            return
    elif obj is None and tok.tag_ == "VBN":
        obj = next((k for k in tok.children if k.dep_ == "nsubjpass"), None)
        if lemma == "load":  # "a truck loaded with ammunition"
            w = next((k for k in tok.children if k.dep_ == "prep" and k.lower_ == "with"), None)
            obj = next((x for x in w.children if x.dep_ == "pobj"), None) if w is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in _VEHICLE \
            or obj.lemma_.lower() in lex["initiator_nouns"] or obj.lemma_.lower() in lex["perpetrator_nouns"]:
        return  # "delivered a strike" is an attack, not a load
    got = _np(obj)
    if got is None:
        return
    text, s, e = got
    # the origin on the verb after the object ("carrying out transports from Armenia") is part of the cargo
    frm = next((k for k in tok.children if k.dep_ == "prep" and k.lower_ == "from" and k.i > obj.i), None)
    p = next((x for x in frm.children if x.dep_ == "pobj"), None) if frm is not None else None
    if p is not None and p.i - obj.i <= 4 and not _is_people(p):
        last = max(x.i for x in p.subtree)
        if last - frm.i <= 5:
            text = f"{text} {tok.doc[frm.i : last + 1].text}"
            e = tok.doc[last].idx + len(tok.doc[last].text)
    s, e = min(s, tok.idx), max(e, tok.idx + len(tok.text))
    out.append(Candidate("cargo", text, s, e))


def _not_victim(tok: "Token", lex: dict) -> bool:
    return tok.lemma_.lower() in lex["not_victim_heads"] or tok.lower_ in lex["not_victim_heads"]


def _presented_as(ctx: Context, tok: "Token", out: list, lex: dict) -> None:
    """ "X's presentation of the units as 'police officers ...'", "described them as farmers": the identity a
    party gives the victims. Evidence is the identity phrase, so a reported claim's speaker claims it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        if lemma not in lex["presentation_nouns"]:
            return
        of = next((k for k in tok.children if k.dep_ == "prep" and k.lower_ == "of"), None)
        ent = next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None
    elif tok.pos_ == "VERB":
        if lemma not in lex["presentation_verbs"]:
            return
        ent = next((k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")), None)
        if ent is None and lemma == "refer":
            to = next((k for k in tok.children if k.dep_ == "prep" and k.lower_ == "to"), None)
            ent = next((x for x in to.children if x.dep_ == "pobj"), None) if to is not None else None
    else:
        return
    if ent is None or _not_victim(ent, lex) or not (_is_people(ent) or ent.lower_ in ("them", "they", "him", "her")):
        return
    as_ = next((k for k in tok.children if k.dep_ == "prep" and k.lower_ == "as" and k.i > ent.i), None)
    if as_ is None or not any(_is_people(x) for x in as_.subtree if x.i > as_.i):
        return
    last = max(x.i for x in as_.subtree)
    if last - as_.i > 14:
        return
    got = _span_text(tok.doc, as_.i + 1, last)
    if got is not None:
        out.append(Candidate("victim_identity", *got))


def _described_unit(ctx: Context, tok: "Token", out: list, lex: dict) -> None:
    """ "the X units were (fully) equipped with weapons", "the men were members of an armed group": a
    statement's description of who the victims or the other party's unit were → "X units, <predicate>"."""
    lemma = tok.lemma_.lower()
    if lemma != "be" and lemma not in lex["identity_states"]:
        return
    doc = tok.doc
    subj = next((k for k in tok.children if k.dep_ in _SUBJ), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not _is_people(subj) or _not_victim(subj, lex):
        return
    pred = None
    if tok.pos_ == "VERB" and tok.tag_ == "VBN" and lemma in lex["identity_states"] and subj.dep_ == "nsubjpass":
        pred = tok
    elif lemma == "be":
        for k in tok.children:
            if k.dep_ == "acomp" and (k.lemma_.lower() in lex["identity_states"] or k.lower_ in lex["identity_states"]):
                pred = k
            elif k.dep_ == "attr" and k.pos_ == "NOUN" and _is_people(k) and not _not_victim(k, lex) \
                    and any(c.dep_ == "prep" and c.lower_ == "of" for c in k.children):
                pred = k  # "were members of an armed group"
    if pred is None or any(k.dep_ == "neg" for k in tok.children):
        return
    lo = min(x.i for x in pred.subtree) if pred is not tok else min(
        [tok.i] + [k.i for k in tok.children if k.dep_ == "advmod" and k.i < tok.i])
    hi = max(x.i for x in pred.subtree) if pred is not tok else max(
        [tok.i] + [x.i for k in tok.children if k.i > tok.i and k.dep_ in ("prep", "advmod") for x in k.subtree])
    if hi - lo > 12:
        return
    got = _span_text(doc, lo, hi)
    head = _np(subj)
    if got is None or head is None:
        return
    out.append(Candidate("victim_identity", f"{head[0]}, {got[0]}", got[1], got[2]))


def _is_open_fire(verb: "Token") -> bool:
    return verb.lemma_.lower() == "open" and any(k.lower_ == "fire" and k.dep_ in ("dobj", "nsubjpass") for k in verb.children)


def find(ctx: Context) -> list[Candidate]:
    lex = _lex()
    out: list[Candidate] = []
    init_verbs = {w for w in lex["initiator_verbs"] if " " not in w} - {"fire", "shoot", "open", "start", "initiate"}
    perp_verbs = {"strike", "shell", "hit", "blow", "destroy", "bomb", "target", "damage", "undermine", "demolish",
                  "attack", "kill", "shoot", "fire"}
    weapon_words = lex["weapons"]
    weapon_skip = lex["weapon_context_skip"]
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        pos = tok.pos_
        if pos in ("VERB", "AUX"):
            _described_unit(ctx, tok, out, lex)
        if pos in ("VERB", "NOUN"):
            _presented_as(ctx, tok, out, lex)
        if pos == "VERB":
            _cargo(ctx, tok, out, lex)
            if _is_open_fire(tok):
                agent = _agent(tok)
                if agent is None:
                    for k in tok.children:
                        if k.dep_ == "prep" and k.lower_ == "from":
                            agent = next((p for p in k.children if p.dep_ == "pobj"), None)
                _emit(ctx, out, "initiator", agent, [tok])
                _fire_instrument(ctx, tok, out, lex)
                tgt = _target(tok)
                if tgt is not None and tgt.lower_ != "fire":
                    _emit(ctx, out, "victim_identity", _people_in(tgt), [tok])
                continue
            if lemma in ("fire", "shoot") and any(k.dep_ == "prep" and k.lower_ in ("on", "at", "upon") for k in tok.children):
                agent = _agent(tok)
                _emit(ctx, out, "initiator", agent, [tok])
                _emit(ctx, out, "perpetrator", agent, [tok])
                _fire_instrument(ctx, tok, out, lex)
                tgt = _target(tok)
                if tgt is not None:
                    _emit(ctx, out, "victim_identity", _people_in(tgt), [tok])
                continue
            if lemma == "fire" and tok.tag_ == "VBN" and any(k.dep_ == "nsubjpass" for k in tok.children):
                # "our servicemen were fired (on) with automatic weapons by the members of ..."
                _emit(ctx, out, "initiator", _by_agent(tok), [tok])
                _fire_instrument(ctx, tok, out, lex)
                continue
            if _light_verb_attack(ctx, tok, out, lex):
                continue
            if lemma == "be" and any(k.lower_ == "behind" for k in tok.children):
                _emit(ctx, out, "perpetrator", next((k for k in tok.children if k.dep_ == "nsubj"), None), [tok])
                continue
            if lemma in init_verbs:
                agent = _agent(tok)
                _emit(ctx, out, "initiator", agent, [tok])
                if lemma in perp_verbs:
                    _emit(ctx, out, "perpetrator", agent, [tok])
                tgt = _target(tok)
                if tgt is not None and tgt.lemma_.lower() not in ("ceasefire", "agreement", "regime", "truce"):
                    _emit(ctx, out, "victim_identity", _people_in(tgt), [tok])
                continue
            if lemma in perp_verbs or (lemma == "carry" and any(k.lower_ == "out" for k in tok.children)):
                agent = _agent(tok)
                if agent is not None and (agent.lemma_.lower() in weapon_words or agent.lower_ in weapon_words):
                    _emit(ctx, out, "weapon", agent, [tok])
                    agent = _by_agent(tok)
                if lemma == "carry" and not _is_attack_object(tok):
                    continue
                _emit(ctx, out, "perpetrator", agent, [tok])
                if lemma == "blow":
                    out.append(Candidate("weapon", "explosion", tok.idx, tok.idx + len(tok.text)))
                elif lemma == "shell":
                    out.append(Candidate("weapon", "shelling", tok.idx, tok.idx + len(tok.text)))
                continue
            if lemma in ("blame",):
                obj = [k for k in tok.children if k.dep_ == "dobj"]
                on = [k for o in [tok, *obj] for k in (o.subtree if o is not tok else o.children)
                      if k.dep_ == "prep" and k.lower_ == "on"]
                for k in on[:1]:
                    _emit(ctx, out, "perpetrator", next((p for p in k.children if p.dep_ == "pobj"), None), [tok])
                if not on and obj and obj[0].lemma_.lower() not in lex["perpetrator_nouns"] | lex["initiator_nouns"]:
                    _emit(ctx, out, "perpetrator", obj[0], [tok])
            if lemma in ("accuse",):
                obj = next((k for k in tok.children if k.dep_ == "dobj"), None)
                _emit(ctx, out, "perpetrator", obj, [tok])
        if pos == "NOUN":
            if lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ == "VERB":
                _fire_instrument(ctx, tok.head.head, out, lex, ("from", "with"))  # "came under fire from mortars"
            if lemma in lex["initiator_nouns"] or lemma in lex["perpetrator_nouns"]:
                agent = _by_agent(tok)
                if agent is None and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in ("subject", "expose", "come"):
                    agent = _governing_by_agent(tok)
                if agent is not None:
                    if lemma in lex["initiator_nouns"]:
                        _emit(ctx, out, "initiator", agent, [tok])
                    if lemma in lex["perpetrator_nouns"]:
                        _emit(ctx, out, "perpetrator", agent, [tok])
                else:
                    for k in tok.lefts:
                        if k.dep_ in ("amod", "compound", "poss") and ctx.parties.is_side_word(k.text):
                            field = "perpetrator" if lemma in lex["perpetrator_nouns"] else "initiator"
                            out.append(Candidate(field, k.text.replace("'s", "").replace("\u2019s", ""), k.idx, tok.idx + len(tok.text)))
                for k in tok.children:
                    if k.dep_ == "prep" and k.lower_ in ("on", "against"):
                        p = next((x for x in k.children if x.dep_ == "pobj"), None)
                        if p is not None and p.lemma_.lower() not in ("ceasefire",):
                            _emit(ctx, out, "victim_identity", _people_in(p), [tok])
            if lemma in lex["cargo_nouns"] and tok.lemma_.lower() != "supply" or lemma in ("delivery", "transportation", "smuggling", "supply"):
                for k in tok.children:
                    if k.dep_ == "prep" and k.lower_ == "of":
                        p = next((x for x in k.children if x.dep_ == "pobj"), None)
                        if p is not None:
                            _emit(ctx, out, "cargo", p, [tok], canonical=False)
        _weapon(ctx, tok, out, weapon_words, weapon_skip)
        _aid(ctx, tok, out)
    if not _exchange(ctx):
        # a one-sided strike (a missile on a station, a blown dam) has a perpetrator; who "started" only
        # means something where both sides used force
        out = [c for c in out if c.field != "initiator"]
    return out


def _exchange(ctx: Context) -> bool:
    """Does the report tell of an exchange between armed parties (fire opened, a clash, an ambush)?"""
    words = _lex()["exchange_words"]
    for tok in ctx.doc:
        if tok.lemma_.lower() in words or tok.lower_ in words:
            return True
        if tok.pos_ != "VERB":
            continue
        if _is_open_fire(tok) or tok.lemma_.lower() in ("return", "exchange") and any(k.lower_ == "fire" for k in tok.children):
            return True
        # direct fire at someone ("fired at a truck"), not a projectile launched at a target
        if tok.lemma_.lower() in ("fire", "shoot") and any(k.dep_ == "prep" and k.lower_ in ("on", "at", "upon")
                                                            for k in tok.children) \
                and not any(k.dep_ in ("dobj", "nsubjpass") for k in tok.children):
            return True
    return False


def _is_attack_object(verb: "Token") -> bool:
    for k in verb.children:
        if k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in ("attack", "strike", "shelling", "bombing", "explosion", "sabotage", "provocation", "assault"):
            return True
    return False


def _weapon(ctx: Context, tok: "Token", out: list, words: frozenset[str], skip: frozenset[str]) -> None:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod"):
        return
    low, lemma = tok.lower_, tok.lemma_.lower()
    hit = low in words or lemma in words or any(
        c.dep_ == "compound" and (c.lower_ in words or c.lemma_.lower() in words) for c in tok.lefts)
    if not hit:
        return
    if lemma in ("shell", "hits", "blast", "caliber", "calibre") and not any(c.dep_ in ("amod", "compound") for c in tok.lefts):
        if lemma != "shell":
            return
    # not cargo or equipment: "carrying weapons", "equipped with weapons"
    x = tok
    for _ in range(3):
        x = x.head
        if (x.lemma_.lower() in skip and not _is_attack_object(x)) or x.lemma_.lower() in ("ammunition",):
            return  # "carrying weapons" is cargo; "delivered a strike from an MLRS" is an attack
        if x.dep_ == "ROOT":
            break
    for c in tok.children:
        if c.dep_ == "conj" and c.lemma_.lower() in ("ammunition", "personnel", "equipment"):
            return
    got = _np(tok, max_tokens=6)
    if got is None:
        return
    text, s, e = got
    out.append(Candidate("weapon", text, s, e))


def _aid(ctx: Context, tok: "Token", out: list) -> None:
    lemma = tok.lemma_.lower()
    if not (lemma in ("evacuation", "evacuate", "aid") and (lemma != "aid" or any(c.lower_ in ("first", "medical") for c in tok.lefts))):
        return
    # the giver: "by X" on the cue, its head, or the verb that carries it out
    x = tok
    for _ in range(4):
        agent = _by_agent(x)
        if agent is not None:
            _emit(ctx, out, "aid", agent, [tok], canonical=False)
            return
        if x.pos_ == "VERB" and lemma == "evacuate" and x is tok:
            subj = next((k for k in x.children if k.dep_ == "nsubj"), None)
            if subj is not None:
                _emit(ctx, out, "aid", subj, [tok], canonical=False)
                return
        if x.dep_ == "ROOT":
            break
        x = x.head
    # "the evacuation ... was carried out by X": the cue is the subject of the verb with the agent
    for k in tok.head.children if tok.dep_ in _SUBJ else ():
        if k.dep_ == "agent":
            _emit(ctx, out, "aid", next((p for p in k.children if p.dep_ == "pobj"), None), [tok], canonical=False)
