"""Store reads and writes for incident linking: link signatures, linked pairs and incident records.

The store keeps what :class:`rashomon.link.Linker` needs to resume (its ``state()``: signature JSON
per document and the linked pairs with their scores), so a later run links new documents to the
incidents of earlier runs without re-analysing or re-scoring old documents. Incident records are
saved as a whole (the current grouping replaces the previous one). Depends only on models.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from typing import Any

from ..models import Count, Dispute, FactValue, Incident, IncidentDate, Place, Position

INCIDENT_COLUMNS: tuple[str, ...] = (
    "id", "title", "date", "date_precision", "place_name", "place_admin", "place_country", "place_lat",
    "place_lon", "place_precision", "event_type", "sub_event_type", "parties", "outlets", "claim_ids",
    "positions", "disputes", "copies", "rebuttal_targets",
)


def save_link_state(conn: sqlite3.Connection, signatures: Iterable[tuple[str, str]], edges: Iterable[tuple[str, str, float]]) -> None:
    """Upsert signature rows ``(document_id, json)`` and pair rows ``(a, b, score)`` (stored with a < b)."""
    conn.executemany(
        "INSERT INTO link_signatures (document_id, signature) VALUES (?, ?) "
        "ON CONFLICT (document_id) DO UPDATE SET signature = excluded.signature",
        list(signatures),
    )
    conn.executemany(
        "INSERT INTO link_edges (a, b, score) VALUES (?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET score = excluded.score",
        [(min(a, b), max(a, b), float(s)) for a, b, s in edges],
    )


def link_state(conn: sqlite3.Connection) -> tuple[list[tuple[str, str]], list[tuple[str, str, float]]]:
    sigs = [(r[0], r[1]) for r in conn.execute("SELECT document_id, signature FROM link_signatures ORDER BY document_id")]
    edges = [(r[0], r[1], r[2]) for r in conn.execute("SELECT a, b, score FROM link_edges ORDER BY a, b")]
    return sigs, edges


def replace_incidents(conn: sqlite3.Connection, incidents: Iterable[Incident]) -> None:
    """Replace every stored incident by ``incidents``."""
    conn.execute("DELETE FROM incident_documents")
    conn.execute("DELETE FROM incidents")
    _insert_incidents(conn, incidents)


def update_incidents(conn: sqlite3.Connection, removed: Iterable[str], incidents: Iterable[Incident]) -> None:
    """Delete the incidents ``removed`` (ids that no longer exist or changed) and write ``incidents``."""
    incidents = list(incidents)
    gone = sorted(set(removed) | {inc.id for inc in incidents})
    conn.executemany("DELETE FROM incident_documents WHERE incident_id = ?", [(i,) for i in gone])
    conn.executemany("DELETE FROM incidents WHERE id = ?", [(i,) for i in gone])
    _insert_incidents(conn, incidents)


def _insert_incidents(conn: sqlite3.Connection, incidents: Iterable[Incident]) -> None:
    rows, members = [], []
    for inc in incidents:
        rows.append(incident_row(inc))
        members.extend((inc.id, d, i) for i, d in enumerate(inc.document_ids))
    cols = ", ".join(INCIDENT_COLUMNS)
    conn.executemany(f"INSERT INTO incidents ({cols}) VALUES ({', '.join('?' * len(INCIDENT_COLUMNS))})", rows)
    conn.executemany("INSERT INTO incident_documents (incident_id, document_id, position) VALUES (?, ?, ?)", members)


def incident_row(inc: Incident) -> tuple[object, ...]:
    p = inc.location
    return (
        inc.id, inc.title, inc.date.value if inc.date else None, inc.date.precision if inc.date else None,
        p.name if p else None, p.admin if p else None, p.country if p else None, p.lat if p else None,
        p.lon if p else None, p.precision if p else None, inc.event_type, inc.sub_event_type,
        json.dumps(list(inc.parties)), json.dumps(list(inc.outlets)), json.dumps(list(inc.claim_ids)),
        _dumps([_position_json(p) for p in inc.positions]), _dumps([_dispute_json(d) for d in inc.disputes]),
        _dumps([list(g) for g in inc.copies]), _dumps([[r, list(t)] for r, t in inc.rebuttal_targets]),
    )


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _value_json(v: FactValue) -> dict[str, Any]:
    """A fact value with its type, so that ``2`` and ``Count(2, 2)`` come back as saved."""
    if isinstance(v, Count):
        return {"count": [v.min, v.max]}
    return {"int": v} if isinstance(v, int) else {"str": v}


def _value_of(d: dict[str, Any]) -> FactValue:
    if "count" in d:
        return Count(d["count"][0], d["count"][1])
    return d["int"] if "int" in d else d["str"]


def _position_json(p: Position) -> dict[str, Any]:
    return {"field": p.field, "party": p.party, "side": p.side, "values": [_value_json(v) for v in p.values],
            "claim_ids": list(p.claim_ids), "document_ids": list(p.document_ids), "outlets": list(p.outlets)}


def _position_of(d: dict[str, Any]) -> Position:
    return Position(d["field"], d["party"], d["side"], tuple(_value_of(v) for v in d["values"]),
                    tuple(d["claim_ids"]), tuple(d["document_ids"]), tuple(d["outlets"]))


def _dispute_json(d: Dispute) -> dict[str, Any]:
    return {"id": d.id, "incident_id": d.incident_id, "field": d.field, "parties": list(d.parties),
            "claim_ids": list(d.claim_ids), "explanation": d.explanation, "rebuttal_ids": list(d.rebuttal_ids)}


def _dispute_of(d: dict[str, Any]) -> Dispute:
    return Dispute(d["id"], d["incident_id"], d["field"], tuple(d["parties"]), tuple(d["claim_ids"]),
                   d["explanation"], tuple(d["rebuttal_ids"]))


def incidents(conn: sqlite3.Connection, incident_id: str | None = None) -> list[Incident]:
    """Every stored incident by id (only ``incident_id`` when given)."""
    where, args = ("WHERE incident_id = ? ", (incident_id,)) if incident_id is not None else ("", ())
    docs: dict[str, list[str]] = {}
    for inc_id, doc_id in conn.execute(
        f"SELECT incident_id, document_id FROM incident_documents {where}ORDER BY incident_id, position", args
    ):
        docs.setdefault(inc_id, []).append(doc_id)
    out = []
    where = "WHERE id = ? " if incident_id is not None else ""
    for r in conn.execute(f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents {where}ORDER BY id", args):
        place = None
        if r["place_name"] is not None:
            place = Place(r["place_name"], r["place_admin"], r["place_country"], r["place_lat"], r["place_lon"], r["place_precision"] or "town")
        out.append(
            Incident(
                id=r["id"],
                title=r["title"],
                document_ids=tuple(docs.get(r["id"], ())),
                date=IncidentDate(r["date"], r["date_precision"] or "day") if r["date"] else None,
                location=place,
                event_type=r["event_type"],
                sub_event_type=r["sub_event_type"],
                parties=tuple(json.loads(r["parties"])),
                outlets=tuple(json.loads(r["outlets"])),
                claim_ids=tuple(json.loads(r["claim_ids"])),
                positions=tuple(_position_of(p) for p in json.loads(r["positions"])),
                disputes=tuple(_dispute_of(d) for d in json.loads(r["disputes"])),
                copies=tuple(tuple(g) for g in json.loads(r["copies"])),
                rebuttal_targets=tuple((rid, tuple(t)) for rid, t in json.loads(r["rebuttal_targets"])),
            )
        )
    return out


def incident_ids_of_document(conn: sqlite3.Connection, document_id: str) -> list[str]:
    """The ids of the incidents that hold ``document_id``."""
    rows = conn.execute("SELECT incident_id FROM incident_documents WHERE document_id = ? ORDER BY incident_id", (document_id,))
    return [r[0] for r in rows]
