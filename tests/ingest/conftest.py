"""Inputs for ingest tests, written in tmp_path (sample text is our own, never copied news)."""

from __future__ import annotations

from pathlib import Path

import pytest



@pytest.fixture
def write(tmp_path: Path):
    """write(name, content) -> Path: create a file (str as UTF-8, bytes as they are) in tmp_path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return _write
