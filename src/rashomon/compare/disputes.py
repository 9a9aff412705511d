"""Finding disputes: accounts of different parties on one field that cannot all be true.

Who can dispute:
- only parties: an outlet's own voice and claimants that name no one and have no side ("officials",
  "witnesses") are shown as positions but take part in no dispute (GOLD_FORMAT: disputes are between
  parties' accounts);
- only parties of different sides: accounts of one side that differ are revisions or updates (a rising
  toll, an early and a later statement) and are not reported as disputes. A party whose side is unknown
  counts as a side of its own.

When two accounts contradict, by field type:
- phrases (initiator, perpetrator, victim identity, cargo, aid, weapon, outcome): when a value one party
  claims is contradicted by the other's account and has no compatible value in it (a party may name
  several things — several weapons — and only a value the other account has no room for counts);
- date, time, place: only when *no* value of one is compatible with any value of the other (these fields
  collect background dates and places; any overlap means the accounts can agree);
- killed, injured (per victim side): the figures of each side's claimants form one series of updates;
  two sides' series contradict when no figure of one is compatible with any figure of the other (so a
  toll that rose through the day is no dispute, while "no casualties" against "at least 5 killed" is).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Sequence

from ..models import CASUALTY_FIELDS, Dispute, Rebuttal, content_id
from ..parties import PartyTable
from .align import Account, group_by_field
from .explain import explain
from .rules import Relation, Valued, informative, relation

STRICT_FIELDS = ("date", "time", "location")
_OK: tuple[Relation, ...] = ("agree", "compatible")


def _unplaced(items: Sequence[Valued], others: Sequence[Valued], field: str, parties: PartyTable) -> list[tuple[Valued, Valued]]:
    """Pairs (a, b) where a contradicts b and a has no agreeing or compatible value among ``others``."""
    out = []
    for a in items:
        rels = [(b, relation(field, a, b, parties)) for b in others]
        if any(r in _OK for _, r in rels):
            continue
        out.extend((a, b) for b, r in rels if r == "contradict")
    return out


def contradiction(field: str, a: Sequence[Valued], b: Sequence[Valued], parties: PartyTable) -> list[tuple[Valued, Valued]]:
    """The contradicting pairs between two sets of claims (empty: no contradiction). Symmetric."""
    ia = [v for v in a if informative(field, v, parties)]
    ib = [v for v in b if informative(field, v, parties)]
    if not ia or not ib:
        return []
    if field in STRICT_FIELDS or field in CASUALTY_FIELDS:
        rels = [(x, y, relation(field, x, y, parties)) for x in ia for y in ib]
        if any(r in _OK for _, _, r in rels):
            return []
        return [(x, y) for x, y, r in rels if r == "contradict"]
    pairs = _unplaced(ia, ib, field, parties) + [(x, y) for y, x in _unplaced(ib, ia, field, parties)]
    seen: set[tuple[str, str]] = set()
    out = []
    for x, y in pairs:
        k = (x.claim.id, y.claim.id)
        if k not in seen:
            seen.add(k)
            out.append((x, y))
    return out


def _groups(field: str, accounts: Sequence[Account]) -> dict[str, list[Account]]:
    """The units that can dispute: per side for casualty figures (a side's series of updates), else per party."""
    out: dict[str, list[Account]] = defaultdict(list)
    for acc in accounts:
        if acc.disputes:
            out[acc.series if field in CASUALTY_FIELDS else acc.party].append(acc)
    return dict(sorted(out.items()))


def _side_key(group: list[Account]) -> str:
    return group[0].series


def find_disputes(
    incident_id: str,
    accounts: Sequence[Account],
    rebuttals: Sequence[Rebuttal],
    parties: PartyTable,
) -> list[Dispute]:
    """One dispute per field (per victim side for casualties) where parties' accounts contradict."""
    disputes: list[Dispute] = []
    dates = {acc.party: {str(v.claim.value) for v in acc.items} for acc in accounts if acc.field == "date"}
    for (field, victim_side), accs in sorted(group_by_field(accounts).items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        groups = _groups(field, accs)
        pairs: list[tuple[Valued, Valued]] = []
        for (ka, ga), (kb, gb) in combinations(groups.items(), 2):
            if _side_key(ga) == _side_key(gb):
                continue
            if field == "time" and not _same_single_day(dates.get(ka), dates.get(kb)):
                continue
            items_a = [v for acc in ga for v in acc.items]
            items_b = [v for acc in gb for v in acc.items]
            pairs.extend(contradiction(field, items_a, items_b, parties))
        if not pairs:
            continue
        involved = {v.claim.id for p in pairs for v in p}
        party_accs = [acc for acc in accs if acc.disputes and any(v.claim.id in involved for v in acc.items)]
        names = tuple(acc.party for acc in party_accs)
        claim_ids = tuple(v.claim.id for acc in party_accs for v in acc.items if v.claim.id in involved)
        reb = tuple(
            r.id for r in rebuttals if r.by in names and r.target in names and r.by != r.target
        )
        disputes.append(
            Dispute(
                id=content_id("dispute", incident_id, field, victim_side, names),
                incident_id=incident_id,
                field=field,
                parties=names,
                claim_ids=claim_ids,
                explanation=explain(field, victim_side, party_accs, involved),
                rebuttal_ids=reb,
            )
        )
    return merge_blame(disputes, accounts, parties)


def _same_single_day(a: set[str] | None, b: set[str] | None) -> bool:
    """Times of day are comparable only when both parties date the event to one and the same day
    (otherwise the times may belong to different days or episodes of the incident)."""
    return bool(a) and bool(b) and len(a) == 1 and a == b  # type: ignore[arg-type]


BLAME_FIELDS = ("initiator", "perpetrator")


def merge_blame(disputes: list[Dispute], accounts: Sequence[Account], parties: PartyTable) -> list[Dispute]:
    """Initiator and perpetrator disputes between the same parties are one disagreement about who is to
    blame: keep it once, under the field the parties' accounts use most (who fired first in a clash, who
    struck in a strike); on a tie keep both."""
    by_field = {d.field: d for d in disputes if d.field in BLAME_FIELDS}
    if len(by_field) < 2:
        return disputes
    a, b = by_field["initiator"], by_field["perpetrator"]
    if len(set(a.parties) & set(b.parties)) < 2:
        return disputes
    weight = {
        f: sum(1 for acc in accounts if acc.field == f and acc.disputes for v in acc.items if informative(f, v, parties))
        for f in BLAME_FIELDS
    }
    if weight["initiator"] == weight["perpetrator"]:
        return disputes
    drop = "perpetrator" if weight["initiator"] > weight["perpetrator"] else "initiator"
    return [d for d in disputes if d.field != drop]
