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

from ..models import Incident, IncidentDate, Place

INCIDENT_COLUMNS: tuple[str, ...] = (
    "id", "title", "date", "date_precision", "place_name", "place_admin", "place_country", "place_lat",
    "place_lon", "place_precision", "event_type", "sub_event_type", "parties", "outlets", "claim_ids",
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
    """Replace every stored incident by ``incidents`` (positions and disputes are not kept here)."""
    conn.execute("DELETE FROM incident_documents")
    conn.execute("DELETE FROM incidents")
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
    )


def incidents(conn: sqlite3.Connection) -> list[Incident]:
    docs: dict[str, list[str]] = {}
    for inc_id, doc_id in conn.execute("SELECT incident_id, document_id FROM incident_documents ORDER BY incident_id, position"):
        docs.setdefault(inc_id, []).append(doc_id)
    out = []
    for r in conn.execute(f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents ORDER BY id"):
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
            )
        )
    return out
