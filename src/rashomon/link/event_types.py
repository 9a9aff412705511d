"""ACLED event type and sub-event type from cue words (rules in ``data/event_types.json``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import read_data


@dataclass(frozen=True)
class EventRule:
    event_type: str
    sub_event_type: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (cue, compiled)
    weight: float


def _compile(cue: str) -> re.Pattern[str]:
    stem = cue.rstrip("*")
    tail = r"\w*" if cue.endswith("*") else ""
    return re.compile(r"\b" + re.escape(stem).replace(r"\ ", r"[\s\-]+") + tail + r"\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> tuple[tuple[EventRule, ...], tuple[str, ...]]:
    """The event rules and the extra event words, read once from the package data."""
    data = read_data("event_types.json")
    out = tuple(
        EventRule(r["event_type"], r["sub_event_type"], tuple((c, _compile(c)) for c in r["cues"]), float(r["weight"]))
        for r in data["rules"]
    )
    return out, tuple(data.get("event_words_extra", ()))


def event_words(text: str) -> set[str]:
    """The cue words (by cue, e.g. "missile*") and generic event words that occur in ``text``."""
    found = set()
    rule_list, extra = rules()
    for rule in rule_list:
        for cue, pattern in rule.patterns:
            if pattern.search(text):
                found.add(cue.rstrip("*"))
    lowered = text.lower()
    for w in extra:
        if re.search(r"\b" + re.escape(w) + r"\b", lowered):
            found.add(w)
    return found


def classify(texts: list[str]) -> tuple[str | None, str | None]:
    """The (event_type, sub_event_type) whose cues weigh most over ``texts`` (one vote per text per cue)."""
    rule_list, _ = rules()
    best: tuple[float, int] | None = None
    chosen: EventRule | None = None
    for order, rule in enumerate(rule_list):
        score = sum(rule.weight for text in texts for _, p in rule.patterns if p.search(text))
        if score > 0 and (best is None or (score, -order) > best):
            best, chosen = (score, -order), rule
    return (chosen.event_type, chosen.sub_event_type) if chosen else (None, None)
