"""Role descriptions linked to the person they describe.

"A state minister in the region's de facto government said ..." followed later by "John Doe, a state
minister in the region's government, said ..." names one person: the description takes the name. A
singular role description ("the official", "a minister") goes to a named person described with the same
role word; failing that, to a named person with a role who speaks right after it ("the mayor, John Doe").
"""

from __future__ import annotations

from ...models import Speaker
from .candidates import Found
from .speakers import PERSON_ROLES

MAX_AHEAD = 400  # chars after a role description within which the person it introduces must speak


def _roles(text: str) -> set[str]:
    return {w.strip(",.").lower() for w in text.split()} & PERSON_ROLES


def _is_description(f: Found) -> bool:
    return f.person and bool(_roles(f.speaker.name))


def link_roles(found: list[Found]) -> list[Found]:
    """Give role-description speakers the name of the person they describe, when the document names them."""
    named = [g for g in found if g.person and not _roles(g.speaker.name) and g.speaker.span is not None]
    out = []
    for f in found:
        if _is_description(f):
            person = _same_role(f, named) or _introduced(f, named)
            if person is not None and (person.speaker.side is None or f.speaker.side in (None, person.speaker.side)):
                f = Found(Speaker(person.speaker.name, person.speaker.side, f.speaker.span), True, f.cue, f.content,
                          f.kind, f.cue_tok)
        out.append(f)
    return out


def _same_role(f: Found, named: list[Found]) -> Found | None:
    roles = _roles(f.speaker.name)
    hits = {g.speaker.name: g for g in named if roles & _roles(g.speaker.span.text)}
    if len(hits) != 1:
        return None
    return next(iter(hits.values()))


def _introduced(f: Found, named: list[Found]) -> Found | None:
    after = [g for g in named if f.content[1] <= min(g.content[0], g.speaker.span.start) <= f.content[1] + MAX_AHEAD
             and _roles(g.speaker.span.text)]
    return min(after, key=lambda g: g.content[0], default=None)
