"""Opening stores: pragmas, recorded migrations, and clear errors for files that are not ours."""

from __future__ import annotations

import sqlite3

import pytest

from rashomon.errors import NewerStoreSchema, NotAStore, StoreError, StoreNotWritable
from rashomon.store import MIGRATIONS, SCHEMA_VERSION, open_store
from rashomon.store import migrate as migrate_module

from store_samples import db_path, make, store  # noqa: F401 (fixtures)


def test_wal_foreign_keys_and_version(store, db_path):
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persistent
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_migrations_recorded_once(db_path):
    with open_store(db_path) as store:
        first = store.migrations()
    assert [name for name, _ in first] == [name for name, _ in MIGRATIONS]
    assert all(applied_at.endswith("+00:00") for _, applied_at in first)
    with open_store(db_path) as store:
        assert store.migrations() == first


def test_only_missing_migrations_are_applied(db_path, monkeypatch):
    open_store(db_path).close()
    extra = MIGRATIONS + (("0099_test_notes", "CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)"),)
    monkeypatch.setattr(migrate_module, "MIGRATIONS", extra)
    monkeypatch.setattr(migrate_module, "SCHEMA_VERSION", len(extra))
    with open_store(db_path) as store:
        names = [name for name, _ in store.migrations()]
        assert names == [name for name, _ in extra]
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == len(extra)
        store._conn.execute("INSERT INTO notes VALUES ('a', 'b')")


def test_newer_schema_is_refused(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO migrations VALUES ('0099_future', '2030-01-01T00:00:00+00:00')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(NewerStoreSchema) as e:
        open_store(db_path)
    assert str(e.value) == (
        f"{db_path} was written by a newer Rashomon (schema version 99, migrations 0099_future); "
        f"this version knows up to {SCHEMA_VERSION}. Upgrade rashomon, or use another file with --db"
    )


def test_other_sqlite_database_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAStore) as e:
        open_store(db_path)
    assert str(e.value) == (
        f"{db_path} is a SQLite database but not a Rashomon store (it has tables customers); "
        "choose another file with --db"
    )
    conn = sqlite3.connect(db_path)  # untouched
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["customers"]
    conn.close()


def test_non_sqlite_file_is_refused(db_path):
    db_path.write_text("this is a text file, not a database\n" * 200)
    with pytest.raises(NotAStore, match=r"is not a SQLite database \(file is not a database\); choose another file"):
        open_store(db_path)


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreNotWritable) as e:
        open_store(tmp_path)
    assert str(e.value) == f"{tmp_path} is a directory; give a file name such as {tmp_path / 'rashomon.db'}"


def test_missing_directory_is_refused(tmp_path):
    path = tmp_path / "nope" / "r.db"
    with pytest.raises(StoreNotWritable) as e:
        open_store(path)
    assert str(e.value) == (
        f"cannot create the store {path}: the directory {path.parent} does not exist; create it first"
    )


def test_read_only_file_is_refused(db_path, monkeypatch):
    open_store(db_path).close()
    real_connect = sqlite3.connect

    def read_only(database, *args, **kwargs):  # root ignores file modes, so ask SQLite for read-only
        return real_connect(f"file:{database}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    db_path.with_name(db_path.name + "-wal").unlink(missing_ok=True)
    with open_store(db_path) as store:  # opening works (nothing to migrate) ...
        with pytest.raises(StoreNotWritable, match=r"^cannot write the store .* check that it is writable$"):
            store.save(make("d1"))  # ... writing says why it fails


def test_memory_store(tmp_path):
    with open_store(":memory:") as store:
        assert store.counts()["documents"] == 0
        assert store.path == ":memory:"
    assert not (tmp_path / ":memory:").exists()


def test_store_errors_are_rashomon_errors():
    assert issubclass(NotAStore, StoreError) and issubclass(NewerStoreSchema, StoreError)
