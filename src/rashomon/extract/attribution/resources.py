"""Cue and rebuttal vocabularies, read once from ``data/cues.json`` and ``data/rebuttals.json``.

Matchers that depend on a spaCy vocabulary are built once per vocabulary and cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ...data import read_data

if TYPE_CHECKING:
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.vocab import Vocab


@dataclass(frozen=True)
class Cues:
    """Word lists that signal attribution (all lower-cased)."""

    speech_verbs: frozenset[str]
    predicate_verbs: frozenset[str]
    gerund_cues: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    statement_nouns: frozenset[str]
    anaphor_heads: frozenset[str]
    person_anaphors: frozenset[str]
    institution_anaphors: frozenset[str]
    speaker_nouns: frozenset[str]
    titles: frozenset[str]
    name_spellings: tuple[tuple[str, str], ...]
    same_source_words: frozenset[str]
    bare_spokesman_roles: frozenset[str]
    org_words: frozenset[str]
    bare_institution_words: frozenset[str]
    source_line_markers: tuple[str, ...]
    bare_authority_nouns: frozenset[str]
    locative_preps: frozenset[str]
    translit_folds: tuple[tuple[str, str], ...]
    reciprocal_speakers: frozenset[str]
    demonstratives: frozenset[str]
    rebuttal_phrases: tuple[str, ...]
    rebuttal_lemmas: tuple[tuple[str, ...], ...]
    denial_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    account_participles: frozenset[str] = frozenset()
    statement_verbs: frozenset[str] = frozenset()
    account_verbs: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()

    def person_name(self, name: str) -> str:
        """A person's name with transliteration variants unified ("Zelenskyy" -> "Zelensky")."""
        out = []
        for w in name.split():
            low = w.lower()
            for end, repl in self.name_spellings:
                if low.endswith(end) and len(low) > len(end) + 2:
                    w = w[: len(w) - len(end)] + (repl if w[-1].islower() else repl.upper())
                    break
            out.append(w)
        return " ".join(out)

    def name_key(self, word: str) -> str:
        """A transliteration-blind key of one name word ("Gordeyev"/"Gordeiev", "Myrylenko"/"Mirilenko",
        "Kharkiv"/"Harkiv"): the ``translit_folds`` of ``cues.json`` applied in order, doubled letters single."""
        w = self.person_name(word).lower()
        for a, b in self.translit_folds:
            w = w.replace(a, b)
        out = []
        for ch in w:
            if not out or out[-1] != ch:
                out.append(ch)
        return "".join(out)

    @property
    def cue_verbs(self) -> frozenset[str]:
        return self.speech_verbs | self.predicate_verbs


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue vocabulary from the package data files."""
    c = read_data("cues.json")
    r = read_data("rebuttals.json")
    low = lambda xs: frozenset(x.lower() for x in xs)  # noqa: E731
    return Cues(
        speech_verbs=low(c["speech_verbs"]),
        predicate_verbs=low(c["predicate_verbs"]),
        gerund_cues=low(c["gerund_cues"]),
        according_to=tuple(tuple(p) for p in c["according_to"]),
        statement_nouns=low(c["statement_nouns"]),
        anaphor_heads=low(c["anaphor_heads"]),
        person_anaphors=low(c["person_anaphors"]),
        institution_anaphors=low(c["institution_anaphors"]),
        speaker_nouns=low(c["speaker_nouns"]),
        titles=low(c["titles"]),
        name_spellings=tuple((a.lower(), b.lower()) for a, b in c.get("name_spellings", ())),
        same_source_words=low(c.get("same_source_words", ())),
        bare_spokesman_roles=low(c.get("bare_spokesman_roles", ())),
        org_words=low(c.get("org_words", ())),
        bare_institution_words=low(c.get("bare_institution_words", ())),
        source_line_markers=tuple(c.get("source_line_markers", ())),
        bare_authority_nouns=low(c.get("bare_authority_nouns", ())),
        locative_preps=low(c.get("locative_preps", ())),
        translit_folds=tuple((a, b) for a, b in c.get("translit_folds", ())),
        reciprocal_speakers=low(c.get("reciprocal_speakers", ())),
        demonstratives=low(c.get("demonstratives", ())),
        rebuttal_phrases=tuple(p.lower() for p in r["phrases"]),
        rebuttal_lemmas=tuple(tuple(p) for p in r["lemma_patterns"]),
        denial_verbs=low(r["denial_verbs"]),
        claim_nouns=low(r["claim_nouns"]),
        account_participles=low(r.get("account_participles", ())),
        statement_verbs=low(c.get("statement_verbs", ())),
        account_verbs=low(r.get("account_verbs", ())),
        document_nouns=low(r.get("document_nouns", ())),
    )


_MATCHERS: dict[int, tuple["Vocab", "PhraseMatcher", "Matcher"]] = {}


def rebuttal_matchers(vocab: "Vocab") -> tuple["PhraseMatcher", "Matcher"]:
    """A PhraseMatcher (lower-cased phrases) and a Matcher (lemma sequences), built once per vocab."""
    hit = _MATCHERS.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1], hit[2]
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

    c = cues()
    phrases = PhraseMatcher(vocab, attr="LOWER")
    # Build pattern docs with a whitespace tokenizer approximation: split like spaCy on spaces and hyphens.
    docs = []
    for p in c.rebuttal_phrases:
        words = p.replace("-", " - ").split()
        docs.append(Doc(vocab, words=words))
    phrases.add("REBUT", docs)
    lemmas = Matcher(vocab)
    lemmas.add("REBUT", [[{"LEMMA": w} if i == 0 or w != "the" else {"LOWER": "the"} for i, w in enumerate(p)]
                         for p in c.rebuttal_lemmas])
    _MATCHERS[id(vocab)] = (vocab, phrases, lemmas)
    return phrases, lemmas
