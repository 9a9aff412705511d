"""Numbers in text: digits and number words, "at least N", ranges, and vague quantities ("dozens").

Conventions live in ``data/quantities.json`` (see docs/facts.md): "at least/more than N" → Count(N, None),
"N to M" → Count(N, M), "about N" → N, "dozens" → 12, "hundreds" → 100, "several" → 3.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...models import Count
from .base import quantities

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12, "both": 2, "twin": 2, "twins": 2,
}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_MAX_CASUALTIES = 1_000_000


@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """An integer from one token's text ("38", "1,200", "thirty-eight", "Fifty"), or None."""
    t = text.lower().strip()
    if not t:
        return None
    if _DIGITS.match(t):
        n = int(t.replace(",", ""))
        return n if n <= _MAX_CASUALTIES else None
    if t in _UNITS and t not in ("a", "an", "no", "both", "twin", "twins", "single"):
        return _UNITS[t]
    if "-" in t:
        parts = t.split("-")
        if all(p in _UNITS for p in parts) and len(parts) == 2:
            a, b = (_UNITS[p] for p in parts)
            if a % 10 == 0 and 20 <= a <= 90 and 1 <= b <= 9:
                return a + b
        return None
    try:
        from text_to_num import text2num

        return int(text2num(t, "en"))
    except (ValueError, ImportError, TypeError):
        return None


def is_number(tok: "Token") -> bool:
    """A token that spells a cardinal number (not an ordinal, a year in a date, or a time)."""
    if tok.ent_type_ in ("ORDINAL", "MONEY", "PERCENT"):
        return False
    if tok.ent_type_ in ("DATE", "TIME") and not (tok.dep_ == "nummod" and tok.head.ent_type_ not in ("DATE", "TIME")):
        return False
    return parse_number(tok.text) is not None


def _words_before(doc: "Doc", i: int, n: int) -> str:
    lo = max(0, i - n)
    return " ".join(t.lower_ for t in doc[lo:i])


def _match_suffix(text: str, options: list[str]) -> str | None:
    for opt in sorted(options, key=len, reverse=True):
        if text == opt or text.endswith(" " + opt):
            return opt
    return None


def count_at(doc: "Doc", i: int) -> tuple[Count, int, int] | None:
    """The quantity whose number is the token ``i``: (count, first token, end token exclusive).

    Reads compound numbers ("two hundred"), modifiers before ("at least", "more than", "about"),
    ranges ("10 to 15", "between 10 and 15", "10-15") and "N or more" after.
    """
    tok = doc[i]
    if not is_number(tok):
        # "10-15" as one token
        m = re.match(r"^(\d+)[-\u2013](\d+)$", tok.text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a <= b:
                return Count(a, b), i, i + 1
        return None
    q = quantities()
    start, end = i, i + 1
    value = parse_number(tok.text)
    # compound number words: "two hundred", "one thousand"
    while end < len(doc) and doc[end].lower_ in ("hundred", "thousand") and value is not None:
        value *= _UNITS[doc[end].lower_]
        end += 1
    while start > 0 and doc[start - 1].lower_ in ("hundred", "thousand"):
        break
    assert value is not None
    lo, hi = value, value
    if start > 0 and doc[start - 1].lower_ in ("a", "one") and tok.lower_ in ("hundred", "thousand", "dozen"):
        start -= 1
    before = _words_before(doc, start, 4)
    # ranges: "between 10 and 15", "10 to 15", "10 or 15"
    if end + 1 < len(doc) and doc[end].lower_ in q["range_joiners"] and parse_number(doc[end + 1].text) is not None \
            and doc[end + 1].ent_type_ not in ("ORDINAL", "MONEY", "PERCENT"):
        other = parse_number(doc[end + 1].text)
        if other is not None and other > value:
            return Count(value, other), (start - 1 if before.endswith("between") else start), end + 2
    for k, opt_list in (("at_least", q["at_least"]),):
        opt = _match_suffix(before, opt_list)
        if opt:
            return Count(value, None), start - len(opt.split()), end
    opt = _match_suffix(before, q["approximate"])
    if opt:
        start -= len(opt.split())
    after = " ".join(t.lower_ for t in doc[end : end + 2])
    for suf in q["or_more_suffix"]:
        if after == suf or after.startswith(suf + " "):
            return Count(value, None), start, end + len(suf.split())
    return Count(lo, hi), start, end


@lru_cache(maxsize=1)
def _vague_table() -> dict[tuple[str, ...], Count]:
    out = {}
    for k, v in quantities()["vague"].items():
        out[tuple(k.split())] = Count(v["min"], v["max"])
    return out


def vague_at(doc: "Doc", i: int) -> tuple[Count, int, int] | None:
    """A vague quantity starting at token ``i`` ("dozens of", "several", "hundreds")."""
    table = _vague_table()
    for n in (3, 2, 1):
        key = tuple(t.lower_ for t in doc[i : i + n])
        if len(key) == n and key in table:
            return table[key], i, i + n
    return None


def unspecified_plural() -> Count:
    v = quantities()["unspecified_plural"]
    return Count(v["min"], v["max"])


def singular() -> Count:
    v = quantities()["singular"]
    return Count(v["min"], v["max"])


def none_words() -> set[str]:
    return set(quantities()["none_words"])
