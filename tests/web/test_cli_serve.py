"""`rashomon serve`: a thin call into rashomon.web; unsafe or impossible settings fail before binding."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.cli import build_parser, main


def test_public_host_without_token_is_refused(built_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(built_db), "--host", "0.0.0.0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: refusing to serve on 0.0.0.0 without a token") and "--token" in err


def test_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_defaults_bind_loopback() -> None:
    a = build_parser().parse_args(["serve"])
    assert a.host == "127.0.0.1" and a.port == 8001 and a.token is None and not a.read_only
