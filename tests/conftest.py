"""Shared fixtures: the spaCy pipeline (loaded once) and the shared corpus (skipped when absent, except in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("RASHOMON_CORPUS", REPO.parent / "shared" / "corpus"))
SAMPLE = REPO / "sample"


def corpus_path(*parts: str) -> Path:
    """A path inside ../shared/corpus; skips the test when absent, fails under CI=true."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        reason = f"shared corpus not found at {path} (set RASHOMON_CORPUS or place ../shared beside the repo)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + "; under CI=true the quality gate must not be skipped")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from rashomon.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    return corpus_path("dev")
