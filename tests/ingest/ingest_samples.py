"""Sample text and the ``write`` fixture for ingest tests (our own words, never copied news).

Kept out of conftest.py on purpose: a second module named ``conftest`` breaks ``from conftest import``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ENGLISH = (
    "The ministry said that two of its soldiers were wounded in an exchange of fire near the "
    "village on Sunday evening, and that the other side had opened fire first.\n"
)
HEADLINE = "Two Soldiers Wounded in Border Clash"


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
