"""Which party of a side a bare country mention most likely stands for in this document.

"Azerbaijani allegations", "Kiev's claims", "Moscow distorted the facts": when the document has an
institution of that side that speaks or is reported (e.g. the Azerbaijani Ministry of Defence), the
country mention is taken to mean it; otherwise the country party itself.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ...models import Party, Statement
from ...parties import PartyTable


def party_for_side(side: str | None, statements: Sequence[Statement], parties: PartyTable) -> Party | None:
    """The most salient institution of ``side`` (reported claimants, then speakers, then mentions)."""
    if side is None:
        return None
    reported = Counter(s.speaker.name for s in statements if s.reported_by and s.speaker.side == side)
    speakers = Counter(s.speaker.name for s in statements if not s.reported_by and s.speaker.side == side)
    for counts in (reported, speakers):
        for name, _ in counts.most_common():
            p = parties.resolve(name)
            if p is not None and p.kind != "government":
                return p
    return None


def country_party(side: str | None, parties: PartyTable) -> Party | None:
    """The government-level party of a side ("Azerbaijan")."""
    if side is None:
        return None
    c = parties.country_for_side(side)
    if c is None:
        return None
    return parties.resolve(c.name) or Party(c.name, side, "government")
