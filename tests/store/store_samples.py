"""Fixtures (a file store, a table dump) and a hand-built analysis for store tests.

Kept out of conftest.py on purpose: a second module named ``conftest`` breaks ``from conftest import``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rashomon.models import Claim, Document, DocumentAnalysis, Rebuttal, Span, Speaker, Statement
from rashomon.store import open_store


def make(doc_id: str, n: int = 2, text: str = "Officials said the village was shelled.") -> DocumentAnalysis:
    doc = Document(doc_id, text, title=f"Title {doc_id}", outlet="Outlet", published="2023-03-07", language="en")
    sp = Speaker("Officials", "Side A", Span(0, 9, text[0:9]))
    statements = tuple(
        Statement(f"{doc_id}-s{i}", doc_id, sp, Span(15, 38, text[15:38]), "indirect", Span(10, 14, text[10:14]))
        for i in range(n)
    )
    rebuttals = (Rebuttal(f"{doc_id}-r", doc_id, "Side B", "Side A", Span(0, 9, text[0:9]), f"{doc_id}-s0",
                          (f"{doc_id}-s1",)),)  # fmt: skip
    claims = tuple(Claim(f"{doc_id}-c{i}", doc_id, "perpetrator", "Side B", Span(0, 9, text[0:9]),
                         claimed_by="Side A") for i in range(n))  # fmt: skip
    return DocumentAnalysis(doc, statements, rebuttals, claims)


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
