"""Store fixtures: a file-backed store in tmp_path and a table dump to compare states."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rashomon.store import open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rashomon.db"


@pytest.fixture
def store(db_path: Path):
    with open_store(db_path) as s:
        yield s


@pytest.fixture
def dump():
    """dump(path) -> every table's rows (sorted) plus user_version: the database's whole state."""

    def _dump(path: Path) -> dict[str, object]:
        conn = sqlite3.connect(path)
        try:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            state: dict[str, object] = {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
                                        for t in tables}  # fmt: skip
            state["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
            return state
        finally:
            conn.close()

    return _dump
