"""Read queries shared by every face (CLI, API, web, export): plain functions over a connection."""

from __future__ import annotations

import sqlite3

from ..models import DocumentAnalysis, Document
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
