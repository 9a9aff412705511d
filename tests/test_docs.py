"""Docs that cannot go stale: the CLI reference matches --help; every documented file exists."""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_cli_reference_is_current() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from cli_reference import render
    finally:
        sys.path.pop(0)
    current = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is stale: run `.venv/bin/python scripts/cli_reference.py > docs/cli.md`"


def test_readme_links_exist() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\(([^)#:]+)\)", readme):
        assert (REPO / link).exists(), f"README links to missing {link}"


def test_readme_has_exactly_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    setup = [line for line in readme.splitlines() if line.startswith("python3.11 -m venv")]
    assert len(setup) == 2
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q -e \".[test]\"" in ci and "pytest" in ci
