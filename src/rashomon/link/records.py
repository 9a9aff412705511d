"""Incident records: date, place, ACLED type, parties, outlets and a neutral title from the reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date as _date

from ..models import DocumentAnalysis, Incident, IncidentDate, Place
from . import words
from .event_types import classify
from .signature import PRECISION_RANK

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def incident_record(incident_id: str, analyses: Sequence[DocumentAnalysis]) -> Incident:
    """The record of one incident from the analyses of its documents (any order gives the same record).

    Positions and disputes are left empty: the comparison of accounts fills them.
    """
    ordered = sorted(analyses, key=lambda a: a.document.id)
    when = incident_date(ordered)
    where = incident_place(ordered)
    texts = [words.lead(a.document.title, a.document.text) for a in ordered]
    event_type, sub_event_type = classify(texts)
    parties = sorted(
        {c.side for a in ordered for c in a.claims if c.side}
        | {s.speaker.side for a in ordered for s in a.statements if s.speaker.side}
    )
    outlets = sorted({a.document.outlet for a in ordered if a.document.outlet})
    return Incident(
        id=incident_id,
        title=neutral_title(sub_event_type or event_type, where, when),
        document_ids=tuple(a.document.id for a in ordered),
        date=when,
        location=where,
        event_type=event_type,
        sub_event_type=sub_event_type,
        parties=tuple(parties),
        outlets=tuple(outlets),
        claim_ids=tuple(c.id for a in ordered for c in a.claims),
    )


def incident_date(analyses: Sequence[DocumentAnalysis]) -> IncidentDate | None:
    """The date most documents claim (one vote per document and date), finest precision first;
    without any claimed date, the earliest publication date at week precision."""
    votes: Counter[tuple[str, str]] = Counter()
    for a in analyses:
        for value, precision in {(str(c.value), c.precision or "day") for c in a.claims if c.field == "date" and c.value}:
            votes[(value, precision)] += 1
    if votes:
        top = max(votes.values())
        # a finer date wins over a coarser one with as many votes; ties go to the earliest
        (value, precision), _ = min(
            ((k, n) for k, n in votes.items() if n == top), key=lambda kn: (_DATE_RANK.get(kn[0][1], 4), kn[0][0])
        )
        return IncidentDate(value, precision)
    published = sorted(a.document.published[:10] for a in analyses if a.document.published)
    if published:
        try:
            _date.fromisoformat(published[0])
        except ValueError:
            return None
        return IncidentDate(published[0], "week")
    return None


def incident_place(analyses: Sequence[DocumentAnalysis]) -> Place | None:
    """The most specific place that is well supported.

    Each geocoded place gets one vote per document that names it or a place inside it (containment
    through ``Place.admin``); among places named by at least half the documents that name any place
    (at least two when there are two or more), the most specific wins, then the most voted.
    """
    per_doc: list[set[Place]] = []
    for a in analyses:
        found = {c.place for c in a.claims if c.field == "location" and c.place is not None and c.place.country}
        if found:
            per_doc.append(found)
    if not per_doc:
        return None
    support: Counter[str] = Counter()
    best_of: dict[str, Place] = {}
    for found in per_doc:
        names = set()
        for p in found:
            names.add(p.name)
            if p.admin:
                names.add(p.admin)
            old = best_of.get(p.name)
            if old is None or (old.lat is None and p.lat is not None):
                best_of[p.name] = p
        for n in names:
            support[n] += 1
    need = max(1, min(2, len(per_doc)), (len(per_doc) + 1) // 2) if len(per_doc) > 2 else 1
    candidates = [n for n, v in support.items() if v >= need and n in best_of]
    if not candidates:
        candidates = [n for n in best_of]
    name = min(candidates, key=lambda n: (PRECISION_RANK.get(best_of[n].precision, 5), -support[n], n))
    return best_of[name]


def neutral_title(kind: str | None, place: Place | None, when: IncidentDate | None) -> str:
    """"<event kind> near <place>, <region>, <date>": no party's framing, only type, place and time."""
    head = _kind_phrase(kind)
    parts = [head]
    if place is not None:
        where = place.name
        if place.admin and place.admin != place.name:
            where += f", {place.admin}"
        parts[0] += f" {'in' if place.precision in ('region', 'country', 'district') else 'near'} {where}"
    if when is not None:
        parts.append(_date_phrase(when))
    return ", ".join(parts)


def _kind_phrase(kind: str | None) -> str:
    phrases = {
        "Armed clash": "Armed clash",
        "Shelling/artillery/missile attack": "Shelling or missile attack",
        "Air/drone strike": "Air or drone strike",
        "Remote explosive/landmine/IED": "Explosion",
        "Looting/property destruction": "Destruction of property",
        "Attack": "Attack",
    }
    if not kind:
        return "Incident"
    return phrases.get(kind, kind[0].upper() + kind[1:].lower().replace("/", " or "))


def _date_phrase(when: IncidentDate) -> str:
    try:
        d = _date.fromisoformat(when.value[:10])
    except ValueError:
        return when.value
    if when.precision == "year":
        return str(d.year)
    if when.precision == "month":
        return d.strftime("%B %Y")
    if when.precision == "week":
        return "week of " + f"{d.day} {d.strftime('%B %Y')}"
    return f"{d.day} {d.strftime('%B %Y')}"
