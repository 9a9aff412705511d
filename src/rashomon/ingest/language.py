"""A light, dependency-free language check: is this text English?

Two signals, no models: the share of letters in each script (Cyrillic, Arabic, CJK, Greek, Hebrew,
Armenian, Georgian ...) and, for Latin-script text, the share of words that are common function words
of English and of a few other languages. It answers one question reliably - "is this English?" - and
names the most likely other language when it is not. Texts too short to tell are left undecided.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_WORDS = 8  # below this, a text is too short to tell
MIN_LETTERS = 20
SCRIPT_MAJORITY = 0.5  # share of letters in one non-Latin script that makes a text non-English
MIN_STOPWORD_SHARE = 0.12  # English news prose is usually 35-50% function words

# Unicode name prefix of a letter -> (script, representative ISO 639-1 code)
_SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("CYRILLIC", "Cyrillic", "ru"),
    ("ARABIC", "Arabic", "ar"),
    ("GREEK", "Greek", "el"),
    ("HEBREW", "Hebrew", "he"),
    ("ARMENIAN", "Armenian", "hy"),
    ("GEORGIAN", "Georgian", "ka"),
    ("CJK", "Chinese (Han)", "zh"),
    ("HIRAGANA", "Japanese (kana)", "ja"),
    ("KATAKANA", "Japanese (kana)", "ja"),
    ("HANGUL", "Korean (Hangul)", "ko"),
    ("DEVANAGARI", "Devanagari", "hi"),
    ("THAI", "Thai", "th"),
)
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is that for on was with as by at from it be are were has have had "
        "said not this which but an or its their his her they he she we been will would after "
        "who there also more than into about other over two one".split()
    ),
    "fr": frozenset("le la les des du de et un une est que qui dans pour sur pas par avec au aux ce".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den dem von mit sich des auf für im wurde".split()),
    "es": frozenset("el la los las de y en que un una por con para es del se no al lo como".split()),
    "it": frozenset("il la di che e un una per con non sono del della al le gli è nel dei".split()),
    "pt": frozenset("o a os as de do da em que um uma para com não por dos das no na é".split()),
    "nl": frozenset("de het een en van in is dat op te met voor zijn niet door aan er ook".split()),
    "tr": frozenset("ve bir bu da de için ile olarak olan gibi daha çok ancak sonra ise kadar".split()),
    "az": frozenset("və bir bu da də üçün ilə olaraq olan kimi daha çox isə sonra tərəfindən".split()),
    "pl": frozenset("i w na z się nie do że jest to o jak po przez dla od oraz".split()),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Detection:
    """The outcome of a language check: a code (None = undecided) and how it was reached."""

    language: str | None
    evidence: str


def detect_language(text: str) -> Detection:
    """Guess the language of ``text``: ``"en"``, another ISO 639-1 code, or None when undecided."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return Detection(None, "too little text to tell")
    script = _dominant_script(letters)
    if script is not None:
        name, code, share = script
        if code == "ru" and any(ch in _UKRAINIAN_LETTERS for ch in letters):
            code = "uk"
        return Detection(code, f"{share:.0%} of letters are {name}")
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < MIN_WORDS:
        return Detection(None, "too few words to tell")
    shares = {lang: sum(w in stop for w in words) / len(words) for lang, stop in _STOPWORDS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    english = shares["en"]
    if best == "en" or english >= MIN_STOPWORD_SHARE and english >= shares[best] * 0.8:
        return Detection("en", f"{english:.0%} common English words")
    if shares[best] >= MIN_STOPWORD_SHARE:
        return Detection(best, f"{shares[best]:.0%} common {best!r} words, {english:.0%} English")
    if len(words) >= 3 * MIN_WORDS:
        return Detection("und", f"only {english:.0%} common English words")
    return Detection(None, "too few common words to tell")


def _dominant_script(letters: list[str]) -> tuple[str, str, float] | None:
    counts: dict[tuple[str, str], int] = {}
    for ch in letters:
        if ch < "\u0250":  # Basic Latin .. Latin Extended-B
            continue
        name = unicodedata.name(ch, "")
        for prefix, script, code in _SCRIPTS:
            if name.startswith(prefix):
                counts[(script, code)] = counts.get((script, code), 0) + 1
                break
    if not counts:
        return None
    (script, code), n = max(counts.items(), key=lambda item: item[1])
    share = n / len(letters)
    return (script, code, share) if share >= SCRIPT_MAJORITY else None


_LANGUAGE_NAMES = {
    "english": "en",
    "eng": "en",
    "russian": "ru",
    "rus": "ru",
    "ukrainian": "uk",
    "ukr": "uk",
    "armenian": "hy",
    "arm": "hy",
    "hye": "hy",
    "azerbaijani": "az",
    "aze": "az",
    "french": "fr",
    "fra": "fr",
    "fre": "fr",
    "german": "de",
    "deu": "de",
    "ger": "de",
    "spanish": "es",
    "spa": "es",
    "arabic": "ar",
    "ara": "ar",
}


def normalize_language(value: object) -> str | None:
    """A declared language (``en``, ``en-US``, ``EN_gb``, ``eng``, ``English``) as a lower-case code."""
    if not isinstance(value, str) or not value.strip():
        return None
    tag = value.strip().lower().replace("_", "-")
    if tag in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[tag]
    primary = tag.split("-", 1)[0]
    return _LANGUAGE_NAMES.get(primary, primary)
