"""Canonical parties: names, aliases and sides, built from data files (not code).

``data/countries.json`` lists states and de-facto entities (name, side, adjectives, capitals, aliases);
``data/institutions.json`` lists the institutions a state speaks through, as alias patterns. The table
expands the patterns for every country, so "Azerbaijan's Defense Ministry", "the Azerbaijani MoD" and
"Ministry of Defense of Azerbaijan" all resolve to the party "Azerbaijani Ministry of Defence" (side
Azerbaijan), and "Baku", "Azerbaijan" or "the Azerbaijani side" resolve to the state-level party
"Azerbaijani government officials" (the state speaking without a named institution).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .data import read_data
from .errors import PartiesFileError
from .models import Party

_SPELLINGS = {
    "defense": "defence",
    "ministry's": "ministry",
    "kiev": "kyiv",
    "azeri": "azerbaijani",
    "artsakh's": "artsakh",
}
_DROP = {"the", "of", "s", "a", "an"}
_TOKEN = re.compile(r"[\w\-\.]+", re.UNICODE)


def normalize(name: str) -> str:
    """Lower-case, unify spellings, drop articles, possessives and punctuation: a key for lookups."""
    text = name.lower().replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"'s\b|s'(?=\s|$)", "", text)
    words = []
    for w in _TOKEN.findall(text):
        w = w.strip(".-")
        if not w or w in _DROP:
            continue
        words.append(_SPELLINGS.get(w, w))
    return " ".join(words)


@dataclass(frozen=True)
class Country:
    name: str
    side: str
    code: str
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class PartyTable:
    """Lookup from a mention ("the Russian Defense Ministry") to a canonical :class:`Party`."""

    def __init__(self, countries: Iterable[Country], institutions: list[dict], standalone: list[dict]):
        self.countries = tuple(countries)
        self._by_alias: dict[str, Party] = {}
        self._side_words: dict[str, str] = {}
        self._by_name: dict[str, Party] = {}
        self._country_by_side: dict[str, Country] = {}
        for c in self.countries:
            self._country_by_side.setdefault(c.side, c)
            for word in (*c.names, *c.adjectives, *c.capitals):
                self._side_words.setdefault(normalize(word.replace("-", " ")), c.side)
        # Country-level names first so institution patterns that expand to the same key do not win.
        for c in self.countries:
            for inst in institutions:
                canonical = inst["canonical"].format(adj=c.adjectives[0], country=c.name)
                party = Party(canonical, c.side, inst.get("kind", "institution"))
                self._by_name.setdefault(canonical, party)
                for pattern in inst["aliases"]:
                    for alias in _expand(pattern, c):
                        self._by_alias.setdefault(normalize(alias), party)
        for row in standalone:
            party = Party(row["name"], row.get("side"), row.get("kind", "institution"))
            for alias in (row["name"], *row.get("aliases", ())):
                self._by_alias.setdefault(normalize(alias), party)
        self._longest = max((len(k.split()) for k in self._by_alias), default=1)

    # -- lookups -----------------------------------------------------------------------------------
    def resolve(self, mention: str) -> Party | None:
        """The party a whole mention names, or None when the table does not know it."""
        return self._by_alias.get(normalize(mention))

    def named(self, name: str) -> Party | None:
        """The party whose canonical name is ``name`` (e.g. "Azerbaijani government officials"), else
        :meth:`resolve`."""
        return self._by_name.get(name) or self.resolve(name)

    def by_key(self, key: str) -> Party | None:
        """The party whose alias normalises to ``key`` exactly (``key`` already :func:`normalize`-d)."""
        return self._by_alias.get(key)

    @property
    def longest_alias(self) -> int:
        """Number of words in the longest normalised alias (bounds n-gram lookups)."""
        return self._longest

    def find(self, text: str) -> Party | None:
        """The party named by the longest known alias inside ``text`` (e.g. in a longer noun phrase)."""
        words = normalize(text).split()
        for n in range(min(self._longest, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                party = self._by_alias.get(" ".join(words[i : i + n]))
                if party is not None:
                    return party
        return None

    def side_of(self, text: str) -> str | None:
        """The side a phrase points to through a country name, adjective or capital ("Azerbaijani servicemen")."""
        words = normalize(text.replace("-", " ")).split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                side = self._side_words.get(" ".join(words[i : i + n]))
                if side is not None:
                    return side
        return None

    def country_for_side(self, side: str) -> Country | None:
        return self._country_by_side.get(side)

    def is_side_word(self, word: str) -> bool:
        return normalize(word.replace("-", " ")) in self._side_words


def _expand(pattern: str, c: Country) -> list[str]:
    out = []
    fills = {
        "adj": c.adjectives,
        "country": c.names,
        "capital": c.capitals,
    }
    keys = [k for k in fills if "{" + k + "}" in pattern]
    if not keys:
        return [pattern]
    combos: list[dict[str, str]] = [{}]
    for k in keys:
        combos = [{**d, k: v} for d in combos for v in fills[k]]
    for d in combos:
        out.append(pattern.format(**{"adj": "", "country": "", "capital": "", **d}))
    return out


PARTIES_ENV = "RASHOMON_PARTIES"


def _extra_files() -> tuple[str, ...]:
    return tuple(x for x in os.environ.get(PARTIES_ENV, "").split(os.pathsep) if x)


def default_table() -> PartyTable:
    """The party table from the package's data files plus any files named in $RASHOMON_PARTIES.

    Extra files have the shape of ``data/countries.json`` (``countries``) and may add ``standalone``
    parties as in ``data/institutions.json``; analysts use them for parties the bundled table lacks.
    """
    return load_table(_extra_files())


@lru_cache(maxsize=8)
def load_table(extra_files: tuple[str, ...] = ()) -> PartyTable:
    """Build (once per set of files) the party table."""
    rows = list(read_data("countries.json")["countries"])
    inst = read_data("institutions.json")
    standalone = list(inst.get("standalone", []))
    for path in extra_files:
        try:
            with open(path, encoding="utf-8") as f:
                extra = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            raise PartiesFileError(f"cannot read parties file {path}: {e}") from e
        if not isinstance(extra, dict):
            raise PartiesFileError(f"parties file {path} must hold a JSON object with \"countries\" and/or \"standalone\"")
        rows.extend(extra.get("countries", []))
        standalone.extend(extra.get("standalone", []))
    countries = [
        Country(
            r["name"],
            r.get("side", r["name"]),
            r.get("code", ""),
            tuple(r.get("adjectives", ())) or (r["name"],),
            tuple(r.get("capitals", ())),
            tuple(r.get("aliases", ())),
        )
        for r in rows
    ]
    return PartyTable(countries, inst["institutions"], standalone)
