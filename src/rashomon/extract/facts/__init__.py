"""The facts stage: typed values of the closed vocabulary, each tied to the party that claims it.

``extract_claims(doc, document, statements)`` runs small extractors over one parsed document —
:mod:`.casualties` (killed, injured), :mod:`.when` (date, time), :mod:`.where` (location),
:mod:`.roles` (initiator, perpetrator, victim_identity, weapon, cargo, aid, outcome) — then gives
each fact its claimant (:mod:`.claimants`), drops repeats of the same value by the same claimant, and
derives deterministic ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...models import Claim, Count, Document, Span, Statement, content_id
from ...parties import normalize
from . import casualties, roles, when, where
from .base import Candidate, Context
from .claimants import Claimants

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_claims"]

_EXTRACTORS = (casualties.find, when.find, where.find, roles.find)


def extract_claims(doc: "Doc", document: Document, statements: Sequence[Statement]) -> list[Claim]:
    """All fact claims of one document, in text order, one per (field, value, side, claimant)."""
    ctx = Context.make(doc, document)
    candidates: list[Candidate] = []
    for find in _EXTRACTORS:
        candidates.extend(find(ctx))
    return build_claims(candidates, document, statements)


def _value_key(c: Candidate) -> object:
    if isinstance(c.value, Count):
        return ("n", c.value.min, c.value.max)
    if c.field in ("date", "time"):
        return c.value
    return normalize(str(c.value))


def build_claims(candidates: list[Candidate], document: Document, statements: Sequence[Statement]) -> list[Claim]:
    """Attach claimants, drop repeats and vague figures superseded by a number, and make Claims."""
    text = document.text
    index = Claimants(statements)
    candidates = sorted(candidates, key=lambda c: (c.start, c.end, c.field))
    placed = []
    for c in candidates:
        st = index.of(c.start, c.end)
        placed.append((c, st))
    # a vague figure ("soldiers were killed") yields to a number for the same field/side/claimant
    numeric = {(c.field, c.side, st.speaker.name if st else None) for c, st in placed
               if isinstance(c.value, Count) and c.rank == 0}
    seen: set[tuple] = set()
    claims: list[Claim] = []
    for c, st in placed:
        by = st.speaker.name if st else None
        if isinstance(c.value, Count) and c.rank >= 2 and (c.field, c.side, by) in numeric:
            continue
        key = (c.field, c.side if c.field in ("killed", "injured") else None, by, _value_key(c))
        if key in seen:
            continue
        seen.add(key)
        value = c.value
        claims.append(
            Claim(
                id=content_id(document.id, "claim", c.field, c.start, c.end, str(value)),
                document_id=document.id,
                field=c.field,
                value=value,  # type: ignore[arg-type]
                evidence=Span.of(text, c.start, c.end),
                claimed_by=by,
                statement_id=st.id if st else None,
                side=c.side,
                subject=c.subject,
                precision=c.precision,
                place=c.place,
            )
        )
    return claims
