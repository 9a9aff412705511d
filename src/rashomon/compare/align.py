"""Aligning claims into accounts: one account per field and party (and, for casualties, per victim side).

The same party's claim carried by several documents and outlets (relays, wire copies) becomes *one*
account listing every document and outlet. Claims made in an outlet's own voice (``claimed_by`` None)
become the outlet's account, flagged as outlet voice (``party`` = ``"(outlet) <name>"``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from rapidfuzz import fuzz

from ..models import CASUALTY_FIELDS, Claim, DocumentAnalysis, FactValue, Party, Position, Statement
from ..parties import PartyTable, normalize
from .lexicon import lexicon, words
from .rules import Valued

OUTLET_PREFIX = "(outlet) "


def is_outlet_voice(party: str) -> bool:
    """Whether a position's party is an outlet speaking in its own voice, not a party to the incident."""
    return party.startswith(OUTLET_PREFIX)


@dataclass
class Account:
    """A party's claims on one field (and victim side): what a :class:`Position` is built from."""

    field: str
    party: str
    claimant_side: str | None
    victim_side: str | None = None
    outlet_voice: bool = False
    generic: bool = False  # a claimant that names no one ("officials", "witnesses") and has no side
    items: list[Valued] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)

    @property
    def series(self) -> str:
        """Who this account's figures are updates of: the claimant's side, else the party itself."""
        return self.claimant_side or self.party

    @property
    def disputes(self) -> bool:
        """Whether this account may take part in a dispute (a party's voice, not an outlet's or a nobody's)."""
        return not self.outlet_voice and not self.generic

    def position(self) -> Position:
        values: list[FactValue] = []
        for v in self.items:
            if v.claim.value not in values:
                values.append(v.claim.value)
        side = self.victim_side if self.field in CASUALTY_FIELDS else self.claimant_side
        return Position(
            field=self.field,
            party=self.party,
            side=side,
            values=tuple(values),
            claim_ids=tuple(v.claim.id for v in self.items),
            document_ids=tuple(self.documents),
            outlets=tuple(self.outlets),
        )


def _is_generic(name: str) -> bool:
    ws = words(name)
    return bool(ws) and ws[-1] in lexicon().generic_claimants


def _same_person(a: str, b: str) -> bool:
    """Spelling variants of one name: the same surname ("Myrylenko", "Pavlo Myrylenko") or a close
    transliteration ("Gordeiev" / "Gordeyev")."""
    wa, wb = normalize(a).split(), normalize(b).split()
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if wa[-1] == wb[-1] and len(wa[-1]) > 3:
        return True
    return fuzz.ratio(" ".join(wa), " ".join(wb)) >= 85 and wa[-1][:3] == wb[-1][:3]


class PartyNames:
    """Canonical names and sides of the claimants of one incident, with spelling variants unified.

    Names the party table knows resolve to their canonical party; other names (persons, units) are
    clustered by :func:`_same_person` and each cluster is named by its longest spelling.
    """

    def __init__(self, parties: PartyTable, claimants: Sequence[str]):
        self.parties = parties
        self._map: dict[str, str] = {}
        unresolved = sorted({c for c in claimants if self.resolve(c) is None}, key=lambda n: (-len(n), n))
        clusters: list[list[str]] = []
        for name in unresolved:
            for cl in clusters:
                if _same_person(cl[0], name) and not _is_generic(name) and not _is_generic(cl[0]):
                    cl.append(name)
                    break
            else:
                clusters.append([name])
        for cl in clusters:
            for name in cl:
                self._map[name] = cl[0]

    def canonical(self, claimed_by: str) -> str:
        party = self.resolve(claimed_by)
        if party is not None:
            return party.name
        return self._map.get(claimed_by, claimed_by)

    def resolve(self, claimed_by: str) -> Party | None:
        """The known party, also for a bare side word ("Azerbaijani"): the state speaking as a whole."""
        party = self.parties.resolve(claimed_by)
        if party is None and self.parties.is_side_word(claimed_by):
            party = self.parties.resolve(f"the {claimed_by} side") or self.parties.resolve(f"{claimed_by} government officials")
        return party

    def side(self, claimed_by: str, statement: Statement | None) -> str | None:
        party = self.resolve(claimed_by)
        if party is not None and party.side:
            return party.side
        if statement is not None and statement.speaker.side:
            return statement.speaker.side
        found = self.parties.find(claimed_by)
        if found is not None and found.side:
            return found.side
        return self.parties.side_of(claimed_by)


def align(analyses: Sequence[DocumentAnalysis], parties: PartyTable) -> list[Account]:
    """Group the claims of an incident's documents into accounts (input order does not matter)."""
    ordered = sorted(analyses, key=lambda a: a.document.id)
    names = PartyNames(parties, [c.claimed_by for a in ordered for c in a.claims if c.claimed_by])
    statements: dict[str, Statement] = {s.id: s for a in ordered for s in a.statements}
    raw: list[tuple[DocumentAnalysis, Claim, str, str | None, bool]] = []
    for a in ordered:
        for c in sorted(a.claims, key=lambda c: (c.evidence.start, c.id)):
            if c.claimed_by:
                party = names.canonical(c.claimed_by)
                side = names.side(c.claimed_by, statements.get(c.statement_id or ""))
                raw.append((a, c, party, side, False))
            else:
                outlet = a.document.outlet or a.document.id
                raw.append((a, c, OUTLET_PREFIX + outlet, None, True))
    sides: dict[str, str | None] = {}
    for _, _, party, side, _ in raw:
        if sides.get(party) is None:
            sides[party] = side
    accounts: dict[tuple[str, str, str | None], Account] = {}
    for a, c, party, _, outlet_voice in raw:
        side = sides.get(party)
        victim = c.side if c.field in CASUALTY_FIELDS else None
        key = (c.field, party, victim)
        acc = accounts.get(key)
        if acc is None:
            acc = accounts[key] = Account(
                c.field, party, side, victim, outlet_voice, generic=(side is None and _is_generic(party))
            )
        acc.items.append(Valued(c, side))
        if a.document.id not in acc.documents:
            acc.documents.append(a.document.id)
        outlet = a.document.outlet or a.document.id
        if outlet not in acc.outlets:
            acc.outlets.append(outlet)
    return sorted(accounts.values(), key=lambda x: (x.field, x.victim_side or "", x.outlet_voice, x.party))


def group_by_field(accounts: Sequence[Account]) -> dict[tuple[str, str | None], list[Account]]:
    """Accounts that speak of the same thing: by field, and for casualties by victim side."""
    out: dict[tuple[str, str | None], list[Account]] = defaultdict(list)
    for acc in accounts:
        out[(acc.field, acc.victim_side)].append(acc)
    return out
