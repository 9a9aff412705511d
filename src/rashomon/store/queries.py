"""Read queries shared by every face (CLI, API, web, export): plain functions over a connection."""

from __future__ import annotations

import sqlite3

from collections.abc import Sequence

from ..models import Document, DocumentAnalysis, Statement
from . import rows

_SELECT = {
    "statements": f"SELECT {', '.join(rows.STATEMENT_COLUMNS)} FROM statements",
    "rebuttals": f"SELECT {', '.join(rows.REBUTTAL_COLUMNS)} FROM rebuttals",
    "claims": f"SELECT {', '.join(rows.CLAIM_COLUMNS)} FROM claims",
}
_BY_DOCUMENT = " WHERE document_id = ? ORDER BY position"
_DOCUMENTS = f"SELECT {', '.join(rows.DOCUMENT_COLUMNS)} FROM documents"


def documents(conn: sqlite3.Connection) -> list[Document]:
    """Every document, in the order they were first saved."""
    return [rows.document_of(r) for r in conn.execute(_DOCUMENTS + " ORDER BY rowid")]


def document_ids(conn: sqlite3.Connection) -> list[str]:
    """Every document id, in the order they were first saved."""
    return [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY rowid")]


def fingerprint(conn: sqlite3.Connection, document_id: str) -> str | None:
    """The fingerprint of the analysis stored for ``document_id``, or None when absent."""
    row = conn.execute("SELECT fingerprint FROM documents WHERE id = ?", (document_id,)).fetchone()
    return None if row is None else str(row[0])


def analysis(conn: sqlite3.Connection, document_id: str) -> DocumentAnalysis | None:
    """The analysis stored for ``document_id`` (records in the order they were saved), or None."""
    row = conn.execute(_DOCUMENTS + " WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    key = (document_id,)
    return DocumentAnalysis(
        document=rows.document_of(row),
        statements=tuple(rows.statement_of(r) for r in conn.execute(_SELECT["statements"] + _BY_DOCUMENT, key)),
        rebuttals=tuple(rows.rebuttal_of(r) for r in conn.execute(_SELECT["rebuttals"] + _BY_DOCUMENT, key)),
        claims=tuple(rows.claim_of(r) for r in conn.execute(_SELECT["claims"] + _BY_DOCUMENT, key)),
    )


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts: documents (analyzed, skipped), statements, rebuttals, claims."""
    (total, analyzed), = conn.execute(
        "SELECT count(*), coalesce(sum(status = 'analyzed'), 0) FROM documents"
    ).fetchall()
    result = {"documents": total, "analyzed": analyzed, "skipped": total - analyzed}
    for table in ("statements", "rebuttals", "claims"):
        result[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return result


def skip_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many documents were skipped, per ``stage/code`` (e.g. ``ingest/bad-json``)."""
    query = (
        "SELECT skip_stage || '/' || skip_code, count(*) FROM documents "
        "WHERE status = 'skipped' GROUP BY 1 ORDER BY 2 DESC, 1"
    )
    return {key: n for key, n in conn.execute(query)}


def document_page(conn: sqlite3.Connection, limit: int, offset: int, status: str | None = None) -> tuple[list[Document], int]:
    """One page of documents (first-saved order) and the total, optionally only ``status`` ones."""
    where, args = ("WHERE status = ?", (status,)) if status else ("", ())
    total = conn.execute(f"SELECT count(*) FROM documents {where}", args).fetchone()[0]
    page = conn.execute(_DOCUMENTS + f" {where} ORDER BY rowid LIMIT ? OFFSET ?", (*args, limit, offset))
    return [rows.document_of(r) for r in page], int(total)


def statement_page(
    conn: sqlite3.Connection, limit: int, offset: int, *, document_ids: Sequence[str] | None = None,
    speaker: str | None = None, side: str | None = None,
) -> tuple[list[Statement], int]:
    """One page of statements (document order, then position) and the total matching the filters.

    ``speaker`` matches the canonical speaker name case-insensitively as a substring; ``side`` exactly.
    """
    clauses: list[str] = []
    args: list[object] = []
    if document_ids is not None:
        clauses.append(f"s.document_id IN ({', '.join('?' * len(document_ids))})")
        args.extend(document_ids)
    if speaker:
        clauses.append("instr(lower(s.speaker_name), lower(?)) > 0")
        args.append(speaker)
    if side:
        clauses.append("s.speaker_side = ?")
        args.append(side)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = conn.execute(f"SELECT count(*) FROM statements s{where}", args).fetchone()[0]
    cols = ", ".join(f"s.{c}" for c in rows.STATEMENT_COLUMNS)
    page = conn.execute(
        f"SELECT {cols} FROM statements s JOIN documents d ON d.id = s.document_id{where} "
        "ORDER BY d.rowid, s.position LIMIT ? OFFSET ?",
        (*args, limit, offset),
    )
    return [rows.statement_of(r) for r in page], int(total)
