"""Fixtures for the web tests: a hand-built store (no model), the bundled sample's store and the dev corpus' store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))

from builders import build_store  # noqa: E402

from rashomon.web import Settings, create_app  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample"


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("built") / "built.db")


@pytest.fixture
def client(built_db: Path):  # type: ignore[no-untyped-def]
    with TestClient(create_app(Settings(db=str(built_db)))) as c:
        yield c


def make_client(db: Path, **settings: object) -> TestClient:
    return TestClient(create_app(Settings(db=str(db), **settings)), raise_server_exceptions=False)  # type: ignore[arg-type]


def analyse_into(db: Path, inputs: list[str], parties: str | None = None) -> Path:
    import rashomon
    from rashomon.parties import PARTIES_ENV

    old = os.environ.get(PARTIES_ENV)
    if parties:
        os.environ[PARTIES_ENV] = parties
    try:
        rashomon.analyze(inputs, db=db)
    finally:
        if old is None:
            os.environ.pop(PARTIES_ENV, None)
        else:
            os.environ[PARTIES_ENV] = old
    return db


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample analysed into a store (loads the model: use it only from @pytest.mark.model tests)."""
    db = tmp_path_factory.mktemp("sample") / "sample.db"
    return analyse_into(db, [str(SAMPLE / "reports")], str(SAMPLE / "parties.json"))


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory: pytest.TempPathFactory, dev_corpus: Path) -> Path:
    """../shared/corpus/dev analysed into a store (skips when the corpus is absent, fails under CI=true)."""
    docs = dev_corpus / "docs.jsonl"
    return analyse_into(tmp_path_factory.mktemp("dev") / "dev.db", [str(docs)])
