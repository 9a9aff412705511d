"""Speaker resolution: from the words naming a speaker to a canonical :class:`Speaker`.

Order of evidence: a person named in the mention (NER PERSON, unless the party table knows the words,
e.g. "Baku"); a party the table knows (an institution, or a country/capital/"the X side"); a generic
mention ("the ministry", "the statement", "it", "he") resolved to the nearest compatible antecedent
(a person for he/she, an institution for it/the ministry/the statement); else the words themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...models import Party, Speaker, Span
from ...parties import PartyTable
from .mentions import Mention, mention_at, norm_token
from .resources import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DETS = {"the", "a", "an", "this", "that", "these", "those"}
_KIND_WORDS = {"defence", "foreign", "interior", "internal", "military", "army", "emergency", "security", "justice"}
_KIND_TO_CANON = {"military": "defence", "army": "defence", "interior": "internal", "internal": "internal"}


@dataclass
class _Antecedent:
    pos: int  # token index where it was named
    speaker: Speaker
    person: bool
    words: frozenset[str] = field(default_factory=frozenset)  # normalised words of its description


class SpeakerResolver:
    """Resolves speaker mentions of one document, remembering who was named before."""

    def __init__(self, doc: "Doc", parties: PartyTable, mentions: list[Mention]):
        self.doc = doc
        self.text = doc.text
        self.parties = parties
        self.mentions = mentions
        self.history: list[_Antecedent] = []
        self.blocked: list[tuple[int, int]] = []  # token ranges (quotes, contents) whose mentions are not antecedents
        self.persons = [e for e in doc.ents if e.label_ == "PERSON" and parties.resolve(e.text) is None]
        self.c = cues()

    # -- public -------------------------------------------------------------------------------------
    def remember(self, speaker: Speaker, pos: int, person: bool, words: frozenset[str] = frozenset()) -> None:
        """Record a resolved speaker as a possible antecedent for later mentions."""
        self.history.append(_Antecedent(pos, speaker, person, words))

    def block(self, start: int, end: int) -> None:
        """Token range whose party mentions are someone's words, not antecedents (quotes, contents)."""
        self.blocked.append((start, end))

    def resolve(self, start: int, end: int, head: "Token") -> tuple[Speaker, bool] | None:
        """The speaker named by tokens ``start:end`` with syntactic head ``head``; (speaker, is_person)."""
        for t in self.doc[start:end]:
            if t.text in _DASHES and _is_dateline(self.doc, t):
                # "BAKU, 12 June 2024 - The ministry said": the dateline is no speaker; the words after it are
                start = t.i + 1
                if head.i < start:
                    rest = [x for x in self.doc[start:end] if not (start <= x.head.i < end) or x.head.i == x.i]
                    if not rest:
                        return None
                    head = rest[0]
        start, end = self._trim(start, end, head)
        if start >= end:
            return None
        span = self._span(start, end)
        low = head.lower_
        c = self.c
        if head.pos_ == "PRON" or low in c.person_anaphors or low in c.institution_anaphors:
            if low in c.person_anaphors:
                return self._antecedent(head.i, person=True, span=span)
            if low in c.institution_anaphors:
                return self._antecedent(head.i, person=False, span=span)
            return None
        if head.lemma_.lower() in c.statement_nouns or low in c.statement_nouns:
            owner = _owner(head)
            if owner is not None:
                got = self.resolve(owner.left_edge.i, owner.right_edge.i + 1, owner)
                if got is not None:
                    return Speaker(got[0].name, got[0].side, span), got[1]
        person = self._person(start, end, head)
        if person is not None:
            return person
        if low in PERSON_ROLES:
            named = self._trailing_name(start, end)
            if named is not None:
                return named
        m = mention_at(self.mentions, start, end, head.i)
        if m is not None and (head.i in m or not m.country_level) and not (low in PERSON_ROLES and head.i not in m):
            return Speaker(m.party.name, m.party.side, span), False
        words = [norm_token(t.text) for t in self.doc[start:end]]
        words = [w for w in words if w]
        if (head.lemma_.lower() in c.anaphor_heads or low in c.anaphor_heads) and m is None and any(
                t.lower_ in c.same_source_words for t in self.doc[start:head.i]):
            last = next((a for a in reversed(self.history) if a.pos < head.i), None)  # "the same source"
            if last is not None:
                return Speaker(last.speaker.name, last.speaker.side, span), last.person
        if (head.lemma_.lower() in c.anaphor_heads or low in c.anaphor_heads) and _is_generic(self.doc, start, end, head, m):
            got = self._antecedent(head.i, person=low in PERSON_ROLES,
                                   span=span, words=frozenset(words), side=m.party.side if m else self.parties.side_of(span.text))
            if got is not None:
                return got
        if m is None and words and set(words) <= self.c.bare_institution_words and (
                head.lemma_.lower() in c.anaphor_heads or low in c.anaphor_heads):
            # "the Ministry of Defense said" with no country: the document's institution of that kind
            got = self._antecedent(head.i, person=False, span=span, words=frozenset(words))
            if got is not None:
                return got
        if end - start == 1 and head.text[:1].isupper() and head.text[1:].islower():
            full = self._full_name(head.text)  # "Zelenskyy wrote": a surname the tagger missed
            if full is not None:
                return Speaker(full.name, full.side, span), True
        if m is None and low in c.bare_authority_nouns and all(ch.dep_ == "det" for ch in head.children):
            local = self._local_state(head)
            if local is not None:
                return Speaker(local.name, local.side, span), False
        named = any(ch.dep_ == "appos" and ch.pos_ == "PROPN" and ch.i > head.i for ch in head.children)
        if head.pos_ == "PROPN" or head.lemma_.lower() in c.speaker_nouns or low in c.speaker_nouns or named:
            name = self._plain_name(start, end)
            if head.pos_ == "PROPN" and len(name.split()) <= 2:
                full = self._full_name(name)
                if full is not None:
                    return Speaker(full.name, full.side, span), True
            side = m.party.side if m else self.parties.side_of(span.text)
            return Speaker(name, side, span), low in PERSON_ROLES
        return None

    # -- helpers ------------------------------------------------------------------------------------
    def _span(self, start: int, end: int) -> Span:
        a = self.doc[start].idx
        b = self.doc[end - 1].idx + len(self.doc[end - 1].text)
        return Span.of(self.text, a, b)

    def _trim(self, start: int, end: int, head: "Token") -> tuple[int, int]:
        """Cut relative clauses and trailing punctuation off a subject span."""
        doc = self.doc
        for t in doc[head.i + 1 : end]:
            if t.dep_ in ("relcl", "acl") and t.head.i == head.i:
                end = t.left_edge.i
                break
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        return start, end

    def _person(self, start: int, end: int, head: "Token") -> tuple[Speaker, bool] | None:
        ents = [e for e in self.persons if e.start >= start and e.end <= end
                and (head.lower_ not in PERSON_ROLES or e.end == end or _names_head(e, head))]
        if not ents:
            return None
        ent = next((e for e in ents if e.start <= head.i < e.end), ents[-1])
        toks = [t for t in ent if t.lower_ not in self.c.titles and not t.is_punct]
        while toks and toks[-1].lower_ in ("'s", "’s"):
            toks.pop()
        if not toks:
            return None
        name = self.c.person_name(self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
        span = self._span(start, end)
        full = self._full_name(name)
        desc = self.text[self.doc[start].idx : ent.start_char] + self.text[ent.end_char : span.end]
        side = None
        m = mention_at(self.mentions, start, end)
        if m is not None and not (m.start >= ent.start and m.end <= ent.end):
            side = m.party.side
        if side is None:
            side = self.parties.side_of(desc) if desc.strip() else None
        if side is None and any(t.lower_ in self.c.bare_spokesman_roles for t in self.doc[start:end]):
            # "spokesman X" with no organisation named speaks for the institution that spoke last
            inst = next((a for a in reversed(self.history) if not a.person and a.pos < start and a.speaker.side), None)
            side = inst.speaker.side if inst is not None else None
        if full is not None:
            side = side or full.side
            name = full.name
        words = frozenset(w for w in (norm_token(t.text) for t in self.doc[start:end]) if w)
        return Speaker(name, side, span), True

    def _trailing_name(self, start: int, end: int) -> tuple[Speaker, bool] | None:
        """A role whose name the tagger merged into an organisation ("spokesman for the Security Service
        Artem Novak"): the last two title-case words, not organisation words nor a known party."""
        toks = [t for t in self.doc[start:end] if not t.is_punct]
        if len(toks) < 3:
            return None
        a, b = toks[-2], toks[-1]
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha
                   and t.lower_ not in self.c.org_words and t.lower_ not in self.c.titles for t in (a, b)):
            return None
        name = self.text[a.idx : b.idx + len(b.text)]
        if self.parties.resolve(name) is not None or self.parties.resolve(b.text) is not None:
            return None
        if mention_at(self.mentions, a.i, b.i + 1) is not None and any(
                m.start <= a.i < m.end for m in self.mentions):
            return None
        span = self._span(start, end)
        desc = self.text[self.doc[start].idx : a.idx]
        side = self.parties.side_of(desc) if desc.strip() else None
        return Speaker(self.c.person_name(name), side, span), True

    def _local_state(self, head: "Token") -> Party | None:
        """Bare "authorities said": the state of the one country its sentence places the events in
        ("... in eastern Ukraine, authorities said"), as a location, not an actor's adjective."""
        sent = head.sent
        sides = set()
        for mm in self.mentions:
            if not (sent.start <= mm.start and mm.end <= sent.end) or not mm.country_level:
                continue
            tok = self.doc[mm.end - 1]
            while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
                tok = tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ in self.c.locative_preps:
                sides.add(mm.party.side)
        if len(sides) != 1:
            return None
        country = self.parties.country_for_side(next(iter(sides)))
        if country is None or not country.names:
            return None
        p = self.parties.resolve(country.names[0])
        return p if p is not None and p.kind == "government" else None

    def _full_name(self, name: str) -> Speaker | None:
        """An earlier person whose name ends like this one ("Peskov" -> "Dmitry Peskov")."""
        last = self.c.name_key(name.split()[-1])
        for a in reversed(self.history):
            if a.person and self.c.name_key(a.speaker.name.split()[-1]) == last:
                return a.speaker
        return None

    def _plain_name(self, start: int, end: int) -> str:
        doc = self.doc
        while start < end - 1 and doc[start].lower_ in _DETS:
            start += 1
        # stop at an apposition/comma: "X, a state minister in ..." keeps X
        for t in doc[start:end]:
            if t.text == "," and t.i > start:
                rest = [x for x in doc[t.i + 1 : end] if not x.is_punct]
                if rest and len(rest) <= 4 and all(x.pos_ == "PROPN" for x in rest) and any(
                        x.is_lower for x in doc[start : t.i] if x.is_alpha):
                    # "Ukraine's hydropower company, Energoatom, said": the name the description stands for
                    return self.text[rest[0].idx : rest[-1].idx + len(rest[-1].text)]
                end = t.i
                break
        return self.text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]

    def _antecedent(self, pos: int, person: bool, span: Span, words: frozenset[str] = frozenset(),
                    side: str | None = None) -> tuple[Speaker, bool] | None:
        kinds = {_KIND_TO_CANON.get(w, w) for w in words if w in _KIND_WORDS}
        best: tuple[int, Speaker, bool] | None = None
        unknown: tuple[int, Speaker, bool] | None = None
        for a in reversed(self.history):
            if a.pos > pos or a.person != person:
                continue
            if not self._compatible(a.speaker, kinds, side, person, words, a.words):
                continue
            if person or self.parties.resolve(a.speaker.name) is not None:
                best = (a.pos, a.speaker, a.person)
                break
            if unknown is None:
                unknown = (a.pos, a.speaker, a.person)
        if not person and best is None:
            for m in reversed(self.mentions):
                if m.end > pos or (unknown is not None and m.start <= unknown[0]):
                    continue
                if self._is_blocked(m.start) or m.country_level:
                    continue
                sp = Speaker(m.party.name, m.party.side, None)
                if not self._compatible(sp, kinds, side, person, words, frozenset()):
                    continue
                best = (m.start, sp, False)
                break
        if best is None:
            best = unknown
        if best is None:
            return None
        return Speaker(best[1].name, best[1].side, span), best[2]

    def _compatible(self, sp: Speaker, kinds: set[str], side: str | None, person: bool,
                    words: frozenset[str], ante_words: frozenset[str]) -> bool:
        if side is not None and sp.side is not None and sp.side != side:
            return False
        if kinds:
            canon = {norm_token(w) for w in sp.name.split()}
            if not kinds <= canon:
                return False
        if person and words:
            roles = {w for w in words if w in PERSON_ROLES}
            if roles and ante_words and not roles <= ante_words:
                return False
        return True

    def _is_blocked(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.blocked)


_DASHES = {"-", "\u2013", "\u2014", "--"}


def _is_dateline(doc: "Doc", dash: "Token") -> bool:
    """The tokens from the line start to ``dash`` are a dateline: a place name, then a comma or an agency
    parenthesis, dates and numbers, and no verb ("BAKU, 12 June 2024 -", "KYIV (Reuters) -")."""
    text = doc.text
    line_start = text.rfind("\n", 0, dash.idx) + 1
    toks = [t for t in doc if line_start <= t.idx < dash.idx]
    if not toks or len(toks) > 12 or not toks[0].text[:1].isupper():
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.ent_type_ != "DATE" for t in toks):
        return False
    return any(t.text in (",", "(") for t in toks[1:4])


PERSON_ROLES = {"spokesman", "spokesperson", "spokeswoman", "minister", "mayor", "governor", "president",
                 "official", "representative", "head", "chief", "director", "commander", "sheriff", "officer"}


def _names_head(ent, head: "Token") -> bool:
    """A person entity that is the subject itself or attached to its head ("spokesman X", "X, the mayor"),
    not one inside a modifier ("the official in the city of X")."""
    if ent.start <= head.i < ent.end:
        return True
    root = ent.root
    return root.head.i == head.i and root.dep_ in ("compound", "appos", "poss", "nmod", "npadvmod")


def _owner(head: "Token") -> "Token | None":
    """Who a statement noun belongs to: "X's statement", "a statement by/of/from X"."""
    for ch in head.children:
        if ch.dep_ == "poss":
            return ch
    for ch in head.children:
        if ch.dep_ == "prep" and ch.lower_ in ("by", "of", "from"):
            for g in ch.children:
                if g.dep_ == "pobj":
                    return g
    for ch in head.children:  # "the statement released by X"
        if ch.dep_ == "acl":
            for p in ch.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in ("by", "from")):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            return g
    return None


def _is_generic(doc: "Doc", start: int, end: int, head: "Token", m: Mention | None) -> bool:
    """A generic mention ("the ministry", "the Defense Ministry", "the Russian side" without alias)."""
    if m is not None:
        return False
    if doc[start].lower_ not in ("the", "this", "that", "its", "their", "his", "her") and doc[start].i != head.i:
        return False
    if doc[start].i == head.i and head.lower_ not in ("it", "they"):
        return False
    if any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.pos_ in ("NOUN", "PROPN") for g in ch.children)
           for ch in head.children):
        return False  # "the command of the separatist units" names its own speaker
    return not any(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON",) for t in doc[start:end])
