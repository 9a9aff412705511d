"""The facts stage: typed values of the closed vocabulary, each tied to the party that claims it.

``extract_claims(doc, document, statements)`` runs small extractors over one parsed document —
:mod:`.casualties` (killed, injured), :mod:`.when` (date, time), :mod:`.where` (location),
:mod:`.roles` (initiator, perpetrator, victim_identity, weapon, cargo, aid), :mod:`.outcomes` (outcome) — then gives
each fact its claimant (:mod:`.claimants`), drops repeats of the same value by the same claimant, and
derives deterministic ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ...models import Claim, Count, Document, Span, Statement, content_id
from ...parties import default_table, normalize
from . import casualties, outcomes, roles, when, where
from .base import Candidate, Context
from .claimants import Claimants
from .scope import out_of_scope

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_claims"]

_EXTRACTORS = (casualties.find, when.find, where.find, roles.find, outcomes.find)


def extract_claims(doc: "Doc", document: Document, statements: Sequence[Statement]) -> list[Claim]:
    """All fact claims of one document, in text order, one per (field, value, side, claimant)."""
    ctx = Context.make(doc, document)
    candidates: list[Candidate] = []
    for find in _EXTRACTORS:
        candidates.extend(find(ctx))
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    unasserted = {id(c) for c in candidates if out_of_scope(doc, c)}
    return build_claims(candidates, document, statements, sentences, unasserted)


_ROLE_FIELDS = {"initiator", "perpetrator", "victim_identity", "aid", "cargo"}
_OWN = ("our own ", "our ", "its own ", "their own ")


def _own_side(value: str, st: Statement, by_id: dict[str, Statement] | None = None) -> str:
    """ "our military personnel" in a statement by Azerbaijan's ministry → "Azerbaijani military personnel".

    Inside a reported claim the words are the reporter's paraphrase ("the claims of the other side that our
    soldiers attacked", said by X): "our" is the reporter's side."""
    low = value.lower()
    for own in _OWN:
        if low.startswith(own):
            table = default_table()
            if st.reported_by is not None and by_id is not None:
                rep = by_id.get(st.reported_by)
                if rep is None:
                    return value
                st = rep
            side = st.speaker.side or table.side_of(st.speaker.name)
            country = table.country_for_side(side) if side else None
            if country is not None and country.adjectives:
                return f"{country.adjectives[0]} {value[len(own):]}"
    return value


def _value_key(c: Candidate) -> object:
    if isinstance(c.value, Count):
        return ("n", c.value.min, c.value.max)
    if c.field in ("date", "time"):
        return c.value
    return normalize(str(c.value))


def _sentence_of(sentences: Sequence[tuple[int, int]], start: int) -> tuple[int, int] | None:
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid][1] <= start:
            lo = mid + 1
        else:
            hi = mid
    return sentences[lo] if lo < len(sentences) and sentences[lo][0] <= start else None


def build_claims(candidates: list[Candidate], document: Document, statements: Sequence[Statement],
                 sentences: Sequence[tuple[int, int]] = (), unasserted: set[int] = frozenset()) -> list[Claim]:
    """Attach claimants, drop repeats and vague figures superseded by a number, and make Claims.

    ``unasserted`` (ids of candidates in a negated or denied predicate) are kept only when a reported
    (nested) statement holds them: the reported party claims them, never the one who denies them."""
    text = document.text
    index = Claimants(statements)
    by_id = {s.id: s for s in statements}
    candidates = sorted(candidates, key=lambda c: (c.start, c.end, c.field))
    placed = []
    for c in candidates:
        st = index.of(c.start, c.end, _sentence_of(sentences, c.start) if sentences else None)
        if id(c) in unasserted and (st is None or st.reported_by is None):
            continue
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
        if st is not None and isinstance(value, str) and c.field in _ROLE_FIELDS:
            value = _own_side(value, st, by_id)
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
