"""The comparison lexicons of ``data/compare.json``, loaded once, with whole-word phrase matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from ..data import read_data

_WORD = re.compile(r"[\w\-]+(?:'[a-z]+)?", re.UNICODE)


def words(text: str) -> tuple[str, ...]:
    """Lower-cased words of ``text``, with plural ``-s`` kept (matching strips it on both sides)."""
    return tuple(w.strip("-") for w in _WORD.findall(text.lower().replace("\u2019", "'")) if w.strip("-"))


def _stem(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def stems(text: str) -> tuple[str, ...]:
    """Words of ``text`` with a light plural stripping, for lexicon lookups."""
    return tuple(_stem(w) for w in words(text))


def contains_phrase(haystack: tuple[str, ...], phrase: str) -> bool:
    """Whether the stemmed words of ``phrase`` occur contiguously in ``haystack`` (already stemmed)."""
    needle = stems(phrase)
    n = len(needle)
    if n == 0:
        return False
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def any_phrase(haystack: tuple[str, ...], phrases: Iterable[str]) -> bool:
    return any(contains_phrase(haystack, p) for p in phrases)


@dataclass(frozen=True)
class Exclusive:
    """Classes of phrases for one field and the pairs of classes that exclude each other."""

    classes: dict[str, tuple[str, ...]]
    contradict: frozenset[frozenset[str]]

    def classes_of(self, text: str) -> frozenset[str]:
        hay = stems(text)
        return frozenset(c for c, phrases in self.classes.items() if any_phrase(hay, phrases))

    def excludes(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.contradict


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]

    @property
    def tolerance(self) -> dict[str, float]:
        return self.raw["tolerance"]

    @property
    def time_words(self) -> dict[str, tuple[int, int]]:
        return {k: tuple(v) for k, v in self.raw["time_words"].items() if not k.startswith("_")}  # type: ignore[misc]

    def actor_words(self, kind: str) -> tuple[str, ...]:
        return tuple(self.raw["actors"][kind])

    def exclusive(self, field: str) -> Exclusive | None:
        spec = self.raw["exclusive"].get(field)
        if spec is None:
            return None
        return _exclusive(field)

    @property
    def outcome_events(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {k: {kk: tuple(vv) for kk, vv in v.items()} for k, v in self.raw["outcome"]["events"].items()}

    @property
    def demand_words(self) -> tuple[str, ...]:
        return tuple(self.raw["outcome"]["demand"])

    @property
    def generic_claimants(self) -> frozenset[str]:
        return frozenset(self.raw["generic_claimants"])

    @property
    def near_duplicates(self) -> dict[str, float]:
        return self.raw["near_duplicates"]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicons of ``data/compare.json`` (read once per process)."""
    return Lexicon(read_data("compare.json"))


@lru_cache(maxsize=None)
def _exclusive(field: str) -> Exclusive:
    spec = lexicon().raw["exclusive"][field]
    classes = {k: tuple(v) for k, v in spec["classes"].items() if not k.startswith("_")}
    pairs = frozenset(frozenset(p) for p in spec["contradict"])
    return Exclusive(classes, pairs)
