"""Party mentions in a parsed document: every token n-gram the :class:`PartyTable` knows.

One left-to-right pass with longest match over pre-normalised tokens (the table's own ``normalize``,
applied once per distinct token text), so "Azerbaijan's Defense Ministry", "the Ministry of Defense of
Azerbaijan" and "Baku" all become mentions of canonical parties. The party table wins over NER labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from ...models import Party
from ...parties import PartyTable, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NORM_CACHE: dict[str, str] = {}
_MAX_N = 8


def norm_token(text: str) -> str:
    """The table's normalisation of one token ('' for articles, 'of', possessive markers)."""
    hit = _NORM_CACHE.get(text)
    if hit is None:
        hit = normalize(text)
        if len(_NORM_CACHE) < 200_000:
            _NORM_CACHE[text] = hit
    return hit


@dataclass(frozen=True)
class Mention:
    """A party named by tokens ``start:end`` (token indices) of the document."""

    start: int
    end: int
    party: Party
    country_level: bool  # the mention names a country/capital/side, not an institution

    def __contains__(self, i: int) -> bool:  # token index inside the mention
        return self.start <= i < self.end


def _is_country_level(party: Party) -> bool:
    return party.kind == "government"


def find_mentions(doc: "Doc", parties: PartyTable, start: int = 0, end: int | None = None) -> list[Mention]:
    """Longest-match party mentions among tokens ``start:end``."""
    end = len(doc) if end is None else end
    words: list[tuple[str, int]] = []  # (normalised word, token index); dropped words are skipped
    for tok in doc[start:end]:
        n = norm_token(tok.text)
        if n:
            for w in n.split():
                words.append((w, tok.i))
        elif tok.is_punct and tok.text not in ("'", "’", "-"):
            words.append(("\x00", tok.i))  # punctuation breaks a mention
    out: list[Mention] = []
    i = 0
    while i < len(words):
        found = None
        for n in range(min(_MAX_N, parties.longest_alias, len(words) - i), 0, -1):
            key = " ".join(w for w, _ in words[i : i + n])
            party = parties.by_key(key)
            if party is not None:
                found = (n, party)
                break
        if found is None:
            i += 1
            continue
        n, party = found
        first, last = words[i][1], words[i + n - 1][1]
        out.append(Mention(first, last + 1, party, _is_country_level(party)))
        i += n
    return out


def mention_at(mentions: Sequence[Mention], start: int, end: int, head: int | None = None) -> Mention | None:
    """The best mention inside tokens ``start:end``: the one holding ``head``, else the longest."""
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    if not inside:
        return None
    if head is not None:
        for m in inside:
            if head in m:
                return m
    return max(inside, key=lambda m: (m.end - m.start, not m.country_level))
