"""Incident linking: group reports of one incident across outlets, parties and days (issue 3).

Pipeline: :func:`signature` (a small record per analysed report) → blocking (an inverted index of
names and places bucketed by week) → pair scoring (shared places, dates, parties, figures, words)
→ clustering (components of linked pairs, split where reports conflict). :class:`Linker` does this
incrementally; :func:`incident_record` turns one incident's analyses into an :class:`Incident`.
"""

from .event_types import classify
from .linker import Linker, link
from .records import incident_record, neutral_title
from .scoring import PairScore, score
from .signature import LinkSignature, SigPlace, signature

__all__ = [
    "LinkSignature",
    "Linker",
    "PairScore",
    "SigPlace",
    "classify",
    "incident_record",
    "link",
    "neutral_title",
    "score",
    "signature",
]
