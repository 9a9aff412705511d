"""The Store: one SQLite file (WAL), idempotent writes, and reads that round-trip exactly."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType

from ..errors import StoreError, StoreNotWritable
from ..models import Document, DocumentAnalysis, Incident, Statement, content_id
from . import incidents as incident_rows
from . import queries, rows
from .migrate import migrate

log = logging.getLogger(__name__)

MEMORY = ":memory:"
DEFAULT_PATH = "rashomon.db"
BATCH_SIZE = 100
BUSY_TIMEOUT_MS = 5000


def open_store(path: str | os.PathLike[str] = DEFAULT_PATH) -> "Store":
    """Open (or create) the store at ``path`` (``":memory:"`` for a throw-away one).

    Raises :class:`~rashomon.errors.StoreNotWritable`, :class:`~rashomon.errors.NotAStore` or
    :class:`~rashomon.errors.NewerStoreSchema` with a message that says what to do.
    """
    where = os.fspath(path)
    if where != MEMORY:
        _check_location(Path(where))
    try:
        conn = sqlite3.connect(where, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:
        raise StoreNotWritable(f"cannot open the store {where} ({e}); check the path and its permissions") from e
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA foreign_keys = ON")
        applied = migrate(conn, where)
        if where != MEMORY:
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as e:
        conn.close()
        raise StoreNotWritable(
            f"cannot write the store {where} ({e}); check that the file and its directory are writable"
        ) from e
    except BaseException:
        conn.close()
        raise
    if applied:
        log.info("store %s: applied migrations %s", where, ", ".join(applied))
    return Store(conn, where)


def _check_location(path: Path) -> None:
    if path.is_dir():
        raise StoreNotWritable(f"{path} is a directory; give a file name such as {path / DEFAULT_PATH}")
    parent = path.parent
    if not parent.is_dir():
        raise StoreNotWritable(f"cannot create the store {path}: the directory {parent} does not exist; create it first")


class Store:
    """A Rashomon SQLite store. Use :func:`open_store` to get one; close it (or use ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path

    # writes -------------------------------------------------------------------------------------

    def save(self, analysis: DocumentAnalysis) -> None:
        """Save one analysis in one transaction; saving the same analysis again changes nothing.

        A changed analysis of a document already stored replaces all of that document's rows.
        """
        self.save_many([analysis])

    def save_many(self, analyses: Iterable[DocumentAnalysis], *, batch_size: int = BATCH_SIZE) -> None:
        """Save analyses, one transaction per ``batch_size`` of them (the last one of an id wins)."""
        batch: dict[str, DocumentAnalysis] = {}
        for analysis in analyses:
            _validate(analysis)
            batch[analysis.document.id] = analysis
            if len(batch) >= batch_size:
                self._write(list(batch.values()))
                batch = {}
        if batch:
            self._write(list(batch.values()))

    def _write(self, analyses: list[DocumentAnalysis]) -> None:
        with self._lock, self._transaction() as conn:
            changed = []
            for a in analyses:
                fp = fingerprint(a)
                if queries.fingerprint(conn, a.document.id) != fp:
                    changed.append((a, fp))
            if not changed:
                return
            ids = [(a.document.id,) for a, _ in changed]
            for table in ("statements", "rebuttals", "claims"):
                conn.executemany(f"DELETE FROM {table} WHERE document_id = ?", ids)
            conn.executemany(_UPSERT_DOCUMENT, [rows.document_row(a.document, fp) for a, fp in changed])
            conn.executemany(
                _insert("statements", rows.STATEMENT_COLUMNS),
                [rows.statement_row(s, i) for a, _ in changed for i, s in enumerate(a.statements)],
            )
            conn.executemany(
                _insert("rebuttals", rows.REBUTTAL_COLUMNS),
                [rows.rebuttal_row(r, i) for a, _ in changed for i, r in enumerate(a.rebuttals)],
            )
            conn.executemany(
                _insert("claims", rows.CLAIM_COLUMNS),
                [rows.claim_row(c, i) for a, _ in changed for i, c in enumerate(a.claims)],
            )
            log.debug("store %s: wrote %d of %d analyses", self.path, len(changed), len(analyses))

    # reads --------------------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        """Every stored document, in the order they were first saved."""
        with self._lock, self._errors():
            return queries.documents(self._conn)

    def analysis(self, document_id: str) -> DocumentAnalysis | None:
        """The analysis saved for ``document_id`` (equal to what was saved), or None."""
        with self._lock, self._errors():
            return queries.analysis(self._conn, document_id)

    def analyses(self) -> Iterator[DocumentAnalysis]:
        """Every stored analysis, in the order the documents were first saved."""
        with self._lock, self._errors():
            ids = queries.document_ids(self._conn)
        for document_id in ids:
            found = self.analysis(document_id)
            if found is not None:  # deleted meanwhile by another writer
                yield found

    def counts(self) -> dict[str, int]:
        """Row counts: documents, analyzed, skipped, statements, rebuttals, claims."""
        with self._lock, self._errors():
            return queries.counts(self._conn)

    def skip_counts(self) -> dict[str, int]:
        """Skipped documents per ``stage/code``, most frequent first."""
        with self._lock, self._errors():
            return queries.skip_counts(self._conn)

    # incidents and link state (issue 3) --------------------------------------------------------

    def save_link_state(
        self, signatures: Iterable[tuple[str, str]], edges: Iterable[tuple[str, str, float]]
    ) -> None:
        """Keep the linker's state (``Linker.state()``: signature rows and linked pairs), idempotently."""
        with self._lock, self._transaction() as conn:
            incident_rows.save_link_state(conn, signatures, edges)

    def link_state(self) -> tuple[list[tuple[str, str]], list[tuple[str, str, float]]]:
        """The saved linker state, for ``Linker.from_state(*store.link_state())``."""
        with self._lock, self._errors():
            return incident_rows.link_state(self._conn)

    def save_incidents(self, incidents: Iterable[Incident]) -> None:
        """Replace the stored incidents by ``incidents`` in one transaction."""
        with self._lock, self._transaction() as conn:
            incident_rows.replace_incidents(conn, list(incidents))

    def update_incidents(self, incidents: Iterable[Incident], removed: Iterable[str] = ()) -> None:
        """Write ``incidents`` and delete the ids in ``removed``, leaving every other incident as it is."""
        with self._lock, self._transaction() as conn:
            incident_rows.update_incidents(conn, list(removed), list(incidents))

    def incident(self, incident_id: str) -> Incident | None:
        """One stored incident, or None."""
        with self._lock, self._errors():
            found = incident_rows.incidents(self._conn, incident_id)
        return found[0] if found else None

    def incident_ids_of(self, document_id: str) -> list[str]:
        """The ids of the stored incidents that hold ``document_id``."""
        with self._lock, self._errors():
            return incident_rows.incident_ids_of_document(self._conn, document_id)

    def document_page(self, limit: int, offset: int = 0, status: str | None = None) -> tuple[list[Document], int]:
        """One page of documents in first-saved order, and how many there are (of ``status``, if given)."""
        with self._lock, self._errors():
            return queries.document_page(self._conn, limit, offset, status)

    def statement_page(
        self, limit: int, offset: int = 0, *, document_ids: Sequence[str] | None = None,
        speaker: str | None = None, side: str | None = None,
    ) -> tuple[list[Statement], int]:
        """One page of statements (document order) and the total matching the filters (speaker: substring)."""
        with self._lock, self._errors():
            return queries.statement_page(self._conn, limit, offset, document_ids=document_ids, speaker=speaker, side=side)

    def incidents(self) -> list[Incident]:
        """Every stored incident record, by id."""
        with self._lock, self._errors():
            return incident_rows.incidents(self._conn)

    def migrations(self) -> list[tuple[str, str]]:
        """The applied migrations as (name, applied_at), in order."""
        with self._lock, self._errors():
            return [(r[0], r[1]) for r in self._conn.execute("SELECT name, applied_at FROM migrations ORDER BY rowid")]

    # lifecycle ----------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (closing twice is fine)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    # helpers ------------------------------------------------------------------------------------

    def _transaction(self) -> "_Transaction":
        return _Transaction(self._conn, self.path)

    def _errors(self) -> "_Transaction":
        return _Transaction(self._conn, self.path, begin=False)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error); sqlite errors become StoreError."""

    def __init__(self, conn: sqlite3.Connection, path: str, *, begin: bool = True) -> None:
        self.conn = conn
        self.path = path
        self.begin = begin

    def __enter__(self) -> sqlite3.Connection:
        if self.begin:
            self._run("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.begin:
            if exc_type is None:
                self._run("COMMIT")
                return
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise _store_error(exc, self.path) from exc

    def _run(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except sqlite3.Error as e:
            raise _store_error(e, self.path) from e


def _store_error(error: sqlite3.Error, path: str) -> StoreError:
    text = str(error)
    if "readonly" in text or "unable to open" in text:
        return StoreNotWritable(f"cannot write the store {path} ({text}); check that it is writable")
    if "closed" in text:
        return StoreError(f"the store {path} is closed; open it again with open_store()")
    return StoreError(f"store {path}: {text}")


def fingerprint(analysis: DocumentAnalysis) -> str:
    """A hash of everything saved for one analysis (timings excluded): equal analyses, equal hashes."""
    return content_id(analysis.document, analysis.statements, analysis.rebuttals, analysis.claims, length=32)


def _validate(analysis: DocumentAnalysis) -> None:
    doc_id = analysis.document.id
    for kind, records in (
        ("statement", analysis.statements),
        ("rebuttal", analysis.rebuttals),
        ("claim", analysis.claims),
    ):
        seen: set[str] = set()
        for record in records:
            if record.document_id != doc_id:
                raise StoreError(
                    f"cannot save document {doc_id!r}: its {kind} {record.id!r} belongs to document "
                    f"{record.document_id!r}"
                )
            if record.id in seen:
                raise StoreError(f"cannot save document {doc_id!r}: {kind} id {record.id!r} appears twice")
            seen.add(record.id)


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_UPSERT_DOCUMENT = (
    _insert("documents", rows.DOCUMENT_COLUMNS)
    + " ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in rows.DOCUMENT_COLUMNS if c != "id")
)
