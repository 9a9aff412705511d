"""Words of a report for linking: content words and name-like words of its title and lead.

Plain regular expressions (no spaCy): the linker works from records and text only. A *name* is a
capitalised word that does not start a sentence and is not a function word, a month or a weekday
(people, places, installations, weapons: the rare words that tell one incident from a look-alike).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.fuzz import ratio

LEAD_CHARS = 900  # the title plus about the first paragraph

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*|\d+(?:[.,]\d+)?", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;\"\u201c\u201d\n]\s*$")

STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself said says say told according reported reports report news also
    new one two three four five six seven eight nine ten first second third last year years day days
    week weeks month months time times today yesterday tomorrow tonight morning afternoon evening night
    mr mrs ms dr per via may might must shall near amid since around among across including include
    includes another many much several people man men woman women officials official statement
    statements spokesman spokesperson agency press update updated read video photo photos image images
    click share comment comments copyright rights reserved subscribe advertisement getty ap reuters afp
    s t don didn doesn isn wasn weren aren won wouldn couldn shouldn ll ve re d m o
    """.split()
)
# Capitalised words that name roles and institutions, not one incident ("the Defense Ministry").
TITLE_WORDS: frozenset[str] = frozenset(
    """ministry minister defense defence army armed forces force military president presidential prime
    general colonel major lieutenant captain sergeant commander command chief deputy head spokesman
    governor mayor council security police department office service services state government
    national federal regional region district province county city republic committee agency unit
    foreign internal interior affairs administration representative permanent ambassador embassy
    chairman secretary press telegram twitter facebook breaking update updated exclusive live watch
    north south east west northern southern eastern western central street avenue road home""".split()
)
MONTHS_DAYS: frozenset[str] = frozenset(
    """january february march april june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split()
)


_TITLE_TAIL = re.compile(r"\s+(?:\||\u2013|\u2014|\u00ab|-\s)\s*[^|\u2013\u2014\u00ab]{0,60}$")


def clean_title(title: str) -> str:
    """The title without a trailing "| Outlet" / "- Outlet" / "« Outlet" tail (repeatedly)."""
    prev = None
    while prev != title:
        prev, title = title, _TITLE_TAIL.sub("", title).strip()
    return title or prev


def title_outlet(title: str | None) -> str | None:
    """The outlet a title names in its tail ("... | 6abc.com" → "6abc.com"), or None."""
    if not title:
        return None
    cleaned = clean_title(title)
    tail = title[len(cleaned):].strip(" |-\u2013\u2014\u00ab")
    return tail.lower() or None


def lead(title: str | None, text: str, chars: int = LEAD_CHARS) -> str:
    """The (cleaned) title and the start of the text, cut at a word boundary."""
    title = clean_title(title) if title else title
    body = text[:chars]
    if len(text) > chars:
        body = body.rsplit(" ", 1)[0]
    return f"{title}.\n{body}" if title else body


def normalize_word(word: str) -> str:
    """Lower-case, unify apostrophes, drop a possessive ending."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.strip("'-")


def content_words(text: str) -> set[str]:
    """Lower-cased words of ``text`` that carry content (no function words, numbers or months)."""
    out = set()
    for m in _WORD.finditer(text):
        w = normalize_word(m.group())
        if len(w) < 3 or w in STOPWORDS or w in MONTHS_DAYS or w[0].isdigit():
            continue
        out.add(_stem(w))
    return out


def name_words(text: str, exclude: frozenset[str] = frozenset(), common_in: str = "") -> set[str]:
    """Lower-cased capitalised words that do not start a sentence (name-like words), minus ``exclude``.

    A word that ``common_in`` (the whole document) also writes in lower case is an ordinary word
    capitalised in a heading ("Street", "Hospital"), not a name, and is left out.
    """
    lowered = {normalize_word(w) for w in _WORD.findall(common_in) if w[0].islower()}
    out = set()
    for m in _WORD.finditer(text):
        raw = m.group()
        if not raw[0].isupper():
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        if m.start() == 0 or _SENTENCE_END.search(before):
            continue
        w = normalize_word(raw)
        if len(w) < 3 or w in STOPWORDS or w in MONTHS_DAYS or w in TITLE_WORDS or w in exclude or w in lowered:
            continue
        out.add(_stem(w))
    return out


def numbers(text: str) -> set[str]:
    """Numbers written with digits (figures, magnitudes, addresses), except years and 0/1."""
    out = set()
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isdigit() and w not in {"0", "1"} and not (len(w) == 4 and w[:2] in {"19", "20"}):
            out.add(w.replace(",", ""))
    return out


def _stem(word: str) -> str:
    """A light plural/tense folding so 'clashes'/'clash', 'killed'/'kill' share a key."""
    for suffix, keep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ing", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: -len(suffix)] + keep
    return word


_SOUND_CLASSES = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
}


@lru_cache(maxsize=65536)
def _ascii(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in folded if c.isascii() and c.isalpha())


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """A transliteration-tolerant code of a name: consonant classes, vowels and doubles dropped.

    Spellings of one name in different transliterations share it ("Byelkyandor"/"Belkyandor",
    "Mallukh"/"Malukh"/"Mulukh"): labials, sibilants-and-velars, dentals each make one class
    (as in Soundex), "kh"/"gh" are one sound and repeated classes collapse even across vowels.
    """
    w = _ascii(word).replace("kh", "k").replace("gh", "g").replace("ph", "f").replace("sh", "s").replace("ch", "c")
    out: list[str] = []
    for c in w:
        code = _SOUND_CLASSES.get(c)
        if code and (not out or out[-1] != code):
            out.append(code)
    return "".join(out)


@lru_cache(maxsize=65536)
def name_code(word: str) -> str | None:
    """The :func:`sound_key` of a name long enough to be matched by sound (else None)."""
    if len(word) < 5 or word[:1].isdigit():
        return None
    code = sound_key(word)
    return code if len(code) >= 3 else None


def similar_names(a: str, b: str) -> bool:
    """Two spellings of one name: equal, or the same :func:`sound_key` (3+ classes) and close letters
    (rapidfuzz ratio ≥ 75: "Malukh"/"Mulukh", "Gordeyev"/"Gordeiev"; not "Parker"/"Porter")."""
    if a == b:
        return True
    ka = name_code(a)
    if ka is None or ka != name_code(b):
        return False
    return ratio(_ascii(a), _ascii(b)) >= 75
