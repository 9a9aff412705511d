"""Check that a database is a Rashomon store this code understands, and apply missing migrations."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone

from ..errors import NewerStoreSchema, NotAStore
from .schema import MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION

log = logging.getLogger(__name__)


def migrate(conn: sqlite3.Connection, where: str) -> list[str]:
    """Apply the migrations ``conn`` lacks, each in its own transaction; return their names."""
    version, tables = _inspect(conn, where)
    if version == 0 and tables and "migrations" not in tables:
        listed = ", ".join(sorted(tables)[:5])
        raise NotAStore(
            f"{where} is a SQLite database but not a Rashomon store (it has tables {listed}); "
            "choose another file with --db"
        )
    applied = _applied(conn) if "migrations" in tables else set()
    known = {name for name, _ in MIGRATIONS}
    unknown = sorted(applied - known)
    if version > SCHEMA_VERSION or unknown:
        raise NewerStoreSchema(
            f"{where} was written by a newer Rashomon (schema version {version}"
            f"{', migrations ' + ', '.join(unknown) if unknown else ''}); this version knows up to "
            f"{SCHEMA_VERSION}. Upgrade rashomon, or use another file with --db"
        )
    done: list[str] = []
    for number, (name, sql) in enumerate(MIGRATIONS, start=1):
        if name in applied:
            continue
        _apply(conn, number, name, sql)
        done.append(name)
    return done


def _inspect(conn: sqlite3.Connection, where: str) -> tuple[int, set[str]]:
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.DatabaseError as e:
        raise NotAStore(
            f"{where} is not a SQLite database ({e}); choose another file with --db"
        ) from e
    return version, {name for (name,) in rows if not name.startswith("sqlite_")}


def _applied(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM migrations")}


def _apply(conn: sqlite3.Connection, number: int, name: str, sql: str) -> None:
    """One migration, the migrations row and the new user_version, atomically."""
    applied_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    log.info("applying store migration %s", name)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(MIGRATIONS_TABLE)
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, applied_at))
        conn.execute(f"PRAGMA user_version = {number:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (migrations contain no ``;`` inside literals or triggers)."""
    return [part.strip() for part in sql.split(";") if part.strip()]
