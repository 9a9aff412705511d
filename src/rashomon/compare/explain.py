"""Plain-language, neutral explanations of disputes: who says what, never who is right."""

from __future__ import annotations

from typing import Sequence

from ..models import CASUALTY_FIELDS, Count, FactValue
from .align import Account

QUESTIONS = {
    "date": "On what day did it happen?",
    "time": "At what time did it happen?",
    "location": "Where did it happen?",
    "killed": "How many were killed",
    "injured": "How many were injured",
    "initiator": "Who attacked or opened fire first?",
    "perpetrator": "Who caused the harm?",
    "victim_identity": "Who were the victims?",
    "weapon": "What means were used?",
    "cargo": "What was the vehicle carrying?",
    "aid": "Who gave first aid or evacuated the wounded?",
    "outcome": "What was the result?",
}
MAX_VALUES = 3


def question(field: str, victim_side: str | None = None) -> str:
    """The question a dispute on ``field`` answers differently."""
    q = QUESTIONS.get(field, f"{field}?")
    if field in CASUALTY_FIELDS:
        return f"{q} ({victim_side} side)?" if victim_side else f"{q}?"
    return q


def render(value: FactValue) -> str:
    """A value as a reader would say it: "at least 5", "2 to 4", "3"."""
    if isinstance(value, Count):
        if value.exact:
            return str(value.min)
        if value.max is None:
            return f"at least {value.min}"
        return f"{value.min} to {value.max}"
    return str(value)


def explain(field: str, victim_side: str | None, accounts: Sequence[Account], claim_ids: set[str]) -> str:
    """E.g. "Who gave first aid or evacuated the wounded? Russian Ministry of Defence says: Russian
    peacekeepers; Azerbaijani Ministry of Defence says: Azerbaijani military personnel"."""
    parts = []
    for acc in accounts:
        values: list[str] = []
        for v in acc.items:
            if v.claim.id in claim_ids:
                text = render(v.claim.value)
                if text not in values:
                    values.append(text)
        if values:
            shown = " / ".join(values[:MAX_VALUES]) + (" / ..." if len(values) > MAX_VALUES else "")
            parts.append(f"{acc.party} says: {shown}")
    return f"{question(field, victim_side)} " + "; ".join(parts)
