"""Reading a claimed phrase into something comparable: the side of an actor, lexicon classes, outcome events.

All readings are conservative: a phrase that names no side, no class and no event reads as ``None`` /
empty, and such values are *uninformative* — they never make a contradiction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..parties import PartyTable
from .lexicon import any_phrase, contains_phrase, lexicon, stems


@dataclass(frozen=True)
class ActorRef:
    """Who a phrase names: a side, or (``negated``) anyone but that side."""

    side: str
    negated: bool = False

    def describe(self) -> str:
        return f"not {self.side}" if self.negated else self.side


@lru_cache(maxsize=65536)
def _negation_near(value: str, evidence: str | None, window: int = 3) -> bool:
    """Whether a negation word sits in the value itself or within ``window`` words of it in the evidence."""
    neg = lexicon().actor_words("negation")
    if any_phrase(stems(value), neg):
        return True
    if not evidence:
        return False
    ev = stems(evidence)
    val = stems(value)
    if not val:
        return False
    for i in range(len(ev) - len(val) + 1):
        if ev[i : i + len(val)] == val:
            around = ev[max(0, i - window) : i] + ev[i + len(val) : i + len(val) + window]
            if any_phrase(tuple(around), neg):
                return True
    return False


@lru_cache(maxsize=65536)
def actor(value: str, claimant_side: str | None, parties: PartyTable, evidence: str | None = None) -> ActorRef | None:
    """The side a phrase names ("Azerbaijani servicemen" -> Azerbaijan; "our personnel" -> the claimant's side;
    "the opposite side" -> not the claimant's side; "Russia denies ..." -> not Russia), or None."""
    negated = _negation_near(value, evidence)
    side = parties.side_of(value)
    if side is None:
        party = parties.find(value)
        side = party.side if party is not None else None
    hay = stems(value)
    if side is None and claimant_side is not None:
        lex = lexicon()
        if any_phrase(hay, lex.actor_words("other_side")):
            return ActorRef(claimant_side, not negated)
        if any_phrase(hay, lex.actor_words("own_side")):
            side = claimant_side
    if side is None:
        return None
    return ActorRef(side, negated)


@lru_cache(maxsize=65536)
def classes(field: str, value: str) -> tuple[frozenset[str], bool]:
    """The lexicon classes of a phrase for ``field`` and whether the phrase negates them ("no weapons")."""
    ex = lexicon().exclusive(field)
    if ex is None:
        return frozenset(), False
    found = ex.classes_of(value)
    hay = stems(value)
    negated = bool(found) and any_phrase(hay, lexicon().actor_words("negation")) and not contains_phrase(hay, "nothing but")
    return found, negated


@lru_cache(maxsize=65536)
def outcome_events(value: str) -> frozenset[tuple[str, bool]]:
    """The outcome events a phrase claims, as ``(event, happened)``; demands and intentions claim none."""
    hay = stems(value)
    if not hay:
        return frozenset()
    lex = lexicon()
    demand = lex.demand_words
    if hay[0] == "to" or any_phrase(hay, [d for d in demand if d != "to"]):
        return frozenset()
    negated = any_phrase(hay, lex.actor_words("negation"))
    out: set[tuple[str, bool]] = set()
    for event, spec in lex.outcome_events.items():
        if any_phrase(hay, spec.get("denied", ())):
            out.add((event, False))
            continue
        asserted = any_phrase(hay, spec.get("asserted", ()))
        base = any_phrase(hay, spec.get("base", ()))
        if negated and (asserted or base):
            out.add((event, False))
        elif asserted:
            out.add((event, True))
    return frozenset(out)
