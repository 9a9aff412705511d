"""View models shared by the pages and the API: incident filters, summaries, accounts side by side, timeline."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

from ..export import incident_head
from ..models import CASUALTY_FIELDS, FACT_FIELDS, Claim, Count, Document, DocumentAnalysis, Incident, Statement

OUTLET_PREFIX = "(outlet) "
OUTLETS_COLUMN = "Outlets (own voice)"
UNKNOWN_COLUMN = "Side not known"
PALETTE_SIZE = 8
SortKey = Literal["date", "-date", "documents", "-documents", "disputes", "-disputes", "title", "-title"]
SORTS: tuple[str, ...] = ("date", "-date", "documents", "-documents", "disputes", "-disputes", "title", "-title")


def side_class(side: str | None) -> str:
    """A stable colour class per side (``s0``..``s7``); ``sn`` for no side, ``so`` for an outlet's own voice."""
    if not side:
        return "sn"
    if side == OUTLETS_COLUMN:
        return "so"
    return f"s{int(hashlib.sha1(side.encode('utf-8')).hexdigest(), 16) % PALETTE_SIZE}"


def fmt_value(v: object) -> str:
    if isinstance(v, Count):
        v = v.to_json()
    if isinstance(v, dict):
        return f"{v['min']}+" if v.get("max") is None else f"{v['min']}–{v['max']}"
    return str(v)


# -- incidents list ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IncidentFilters:
    q: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    party: str | None = None
    disputed: bool | None = None
    sort: str = "-date"

    def params(self) -> dict[str, str]:
        """The filters as query parameters (for links that keep them)."""
        out = {k: v for k, v in (("q", self.q), ("date_from", self.date_from), ("date_to", self.date_to),
                                 ("place", self.place), ("party", self.party)) if v}
        if self.disputed is not None:
            out["disputed"] = "true" if self.disputed else "false"
        if self.sort != "-date":
            out["sort"] = self.sort
        return out


def _place_text(inc: Incident) -> str:
    p = inc.location
    return " ".join(x for x in (p.name, p.admin, p.country) if x) if p else ""


def filter_incidents(incidents: Iterable[Incident], f: IncidentFilters) -> list[Incident]:
    """The incidents matching every filter, sorted by ``f.sort`` (a leading ``-`` for descending)."""
    out = []
    q = (f.q or "").strip().lower()
    place = (f.place or "").strip().lower()
    party = (f.party or "").strip().lower()
    for inc in incidents:
        date = inc.date.value if inc.date else None
        if f.date_from and (date is None or date < f.date_from):
            continue
        if f.date_to and (date is None or date > f.date_to):
            continue
        if place and place not in _place_text(inc).lower():
            continue
        if party and not any(party == p.lower() for p in inc.parties) and not any(
                party in pos.party.lower() for pos in inc.positions):
            continue
        if f.disputed is not None and bool(inc.disputes) != f.disputed:
            continue
        if q:
            hay = " ".join([inc.title, _place_text(inc), " ".join(inc.parties), " ".join(inc.outlets),
                            inc.event_type or "", inc.sub_event_type or ""]).lower()
            if not all(word in hay for word in q.split()):
                continue
        out.append(inc)
    key_name = f.sort.lstrip("-")
    keys = {
        "date": lambda i: (i.date.value if i.date else "", i.id),
        "documents": lambda i: (len(i.document_ids), i.id),
        "disputes": lambda i: (len(i.disputes), i.id),
        "title": lambda i: (i.title.lower(), i.id),
    }
    out.sort(key=keys[key_name], reverse=f.sort.startswith("-"))
    return out


def incident_summary(inc: Incident) -> dict[str, Any]:
    """What a list shows of an incident."""
    return {
        **incident_head(inc),
        "documents": len(inc.document_ids),
        "outlets": len(inc.outlets),
        "disputes": len(inc.disputes),
        "disputed_fields": sorted({d.field for d in inc.disputes}),
        "links": {"self": f"/api/incidents/{inc.id}", "html": f"/incidents/{inc.id}"},
    }


# -- one incident ------------------------------------------------------------------------------------------
@dataclass
class ValueLink:
    text: str
    href: str | None
    claim_id: str | None
    more: list[tuple[str, str]] = field(default_factory=list)  # (label, href) of other reports of the same value
    victims: str | None = None  # killed/injured: whose


@dataclass
class Entry:
    party: str
    values: list[ValueLink]
    outlets: tuple[str, ...]


@dataclass
class Row:
    field: str
    disputed: bool
    explanation: str
    cells: list[list[Entry]]


@dataclass
class IncidentView:
    incident: Incident
    columns: list[str]
    rows: list[Row]
    disputes: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    outlets_by_party: list[tuple[str, str, list[str]]]  # (party, column, outlets)
    documents: list[Document]
    missing_documents: list[str]


def evidence_href(c: Claim) -> str:
    return f"/documents/{c.document_id}?claim={c.id}#claim-{c.id}"


def statement_href(s: Statement) -> str:
    return f"/documents/{s.document_id}?statement={s.id}#st-{s.id}"


def party_sides(inc: Incident, analyses: Iterable[DocumentAnalysis]) -> dict[str, str | None]:
    """Each claimant's side: from its non-casualty positions, else from its statements' speaker side."""
    sides: dict[str, str | None] = {}
    for p in inc.positions:
        if p.field not in CASUALTY_FIELDS and p.side and not sides.get(p.party):
            sides[p.party] = p.side
    for a in analyses:
        for s in a.statements:
            if s.speaker.side and not sides.get(s.speaker.name):
                sides[s.speaker.name] = s.speaker.side
    return sides


def column_of(party: str, sides: dict[str, str | None]) -> str:
    if party.startswith(OUTLET_PREFIX):
        return OUTLETS_COLUMN
    return sides.get(party) or UNKNOWN_COLUMN


def incident_view(inc: Incident, analyses: list[DocumentAnalysis]) -> IncidentView:
    """Everything the incident page shows, computed once."""
    claims = {c.id: c for a in analyses for c in a.claims}
    docs = {a.document.id: a.document for a in analyses}
    sides = party_sides(inc, analyses)
    used = {column_of(p.party, sides) for p in inc.positions}
    columns = [s for s in inc.parties if s in used]
    columns += sorted(c for c in used if c not in columns and c not in (OUTLETS_COLUMN, UNKNOWN_COLUMN))
    columns += [c for c in (UNKNOWN_COLUMN, OUTLETS_COLUMN) if c in used]
    disputes_by_field: dict[str, list[str]] = {}
    for d in inc.disputes:
        disputes_by_field.setdefault(d.field, []).append(d.explanation)
    rows = []
    for fld in FACT_FIELDS:
        positions = [p for p in inc.positions if p.field == fld]
        if not positions:
            continue
        cells: list[list[Entry]] = [[] for _ in columns]
        for p in positions:
            own = [claims[c] for c in p.claim_ids if c in claims]
            values = []
            for v in p.values:
                vj = v.to_json() if isinstance(v, Count) else v
                same = [c for c in own if c.value_json() == vj] or own[:1]
                first = same[0] if same else None
                more = [(str(i + 2), evidence_href(c)) for i, c in enumerate(same[1:6])]
                victims = p.side if fld in CASUALTY_FIELDS else None
                values.append(ValueLink(fmt_value(v), evidence_href(first) if first else None,
                                        first.id if first else None, more, victims))
            cells[columns.index(column_of(p.party, sides))].append(Entry(p.party, values, p.outlets))
        rows.append(Row(fld, fld in disputes_by_field, " / ".join(disputes_by_field.get(fld, [])), cells))
    disputes = []
    for d in inc.disputes:
        items = []
        for cid in d.claim_ids:
            c = claims.get(cid)
            if c is None:
                continue
            doc = docs.get(c.document_id)
            items.append({"claim": c, "party": c.claimed_by or "outlet's own voice", "href": evidence_href(c),
                          "column": column_of(c.claimed_by or OUTLET_PREFIX, sides),
                          "value": fmt_value(c.value), "outlet": (doc.outlet or doc.title or doc.id) if doc else c.document_id})
        disputes.append({"dispute": d, "claims": items})
    order = {d: i for i, d in enumerate(inc.document_ids)}
    timeline = []
    for a in sorted(analyses, key=lambda a: (a.document.published or "9999", order.get(a.document.id, 0))):
        for s in a.statements:
            timeline.append({"statement": s, "document": a.document, "href": statement_href(s),
                             "column": s.speaker.side or UNKNOWN_COLUMN, "reported": s.reported_by is not None})
    outlets: dict[str, set[str]] = {}
    for p in inc.positions:
        outlets.setdefault(p.party, set()).update(p.outlets)
    by_party = sorted(((party, column_of(party, sides), sorted(o)) for party, o in outlets.items()),
                      key=lambda t: (columns.index(t[1]) if t[1] in columns else 99, t[0]))
    present = [docs[d] for d in inc.document_ids if d in docs]
    return IncidentView(inc, columns, rows, disputes, timeline, by_party, present,
                        [d for d in inc.document_ids if d not in docs])
