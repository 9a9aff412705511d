"""The command line: runs the sample end to end, reports skips, turns errors into messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "sample"


@pytest.mark.model
def test_analyze_sample_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RASHOMON_PARTIES", "")  # restored after the test
    out = tmp_path / "analysis.json"
    db = tmp_path / "ledger.db"
    code = main(["analyze", str(SAMPLE / "reports"), "--parties", str(SAMPLE / "parties.json"),
                 "--db", str(db), "--json", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert "Statements" in captured.out and "Facts by party" in captured.out
    assert "skipped" in captured.err and "unsupported-language" in captured.err and "bad-json" in captured.err
    export = json.loads(out.read_text(encoding="utf-8"))
    assert export["format"] == "rashomon.analysis/1"
    statuses = {d["status"] for d in export["documents"]}
    assert statuses == {"analyzed", "skipped"}
    for d in export["documents"]:
        if d["status"] == "skipped":
            assert d["skip_reason"]["code"] in {"unsupported-language", "bad-json"}
            assert d["skip_reason"]["message"]
    names = {s["speaker"]["name"] for s in export["statements"]}
    assert "Valdorian Ministry of Defence" in names
    assert "Kestrian Ministry of Defence" in names
    assert any(r["by"] == "Kestrian Ministry of Defence" for r in export["rebuttals"])
    assert db.exists()


def test_missing_path_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["analyze", str(tmp_path / "nope.txt"), "--no-db"])
    assert code == 1
    assert "Error:" in capsys.readouterr().err


def test_bad_parties_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RASHOMON_PARTIES", "")  # restored after the test
    bad = tmp_path / "parties.json"
    bad.write_text("{not json", encoding="utf-8")
    (tmp_path / "r.txt").write_text("Nothing happened.", encoding="utf-8")
    code = main(["analyze", str(tmp_path / "r.txt"), "--no-db", "--parties", str(bad)])
    assert code == 1
    assert "cannot read parties file" in capsys.readouterr().err


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "analyze" in capsys.readouterr().out


@pytest.mark.model
def test_incidents_show_and_export_read_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RASHOMON_PARTIES", "")  # restored after the test
    db = tmp_path / "ledger.db"
    assert main(["analyze", str(SAMPLE / "reports"), "--parties", str(SAMPLE / "parties.json"), "--db", str(db), "-q"]) == 0
    capsys.readouterr()
    assert main(["incidents", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    ids = [line.split()[0] for line in listing.splitlines()[1:]]
    assert ids and all(i.startswith("inc-") for i in ids)
    assert main(["show", ids[0][:10], "--db", str(db)]) == 0
    shown = capsys.readouterr().out
    assert "Accounts by field" in shown and ids[0] in shown
    out = tmp_path / "all.json"
    assert main(["export", "--db", str(db), "--json", str(out)]) == 0
    export = json.loads(out.read_text(encoding="utf-8"))
    assert {i["id"] for i in export["incidents"]} == set(ids)
    linked = [i for i in export["incidents"] if len(i["document_ids"]) > 1]
    assert linked, "the sample's reports of one incident are linked"
    for inc in export["incidents"]:
        for d in inc["disputes"]:
            assert d["explanation"] and len(d["parties"]) >= 2


def test_show_unknown_incident_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rashomon.store import open_store

    db = tmp_path / "empty.db"
    open_store(db).close()
    assert main(["show", "inc-nope", "--db", str(db)]) == 1
    assert "rashomon incidents" in capsys.readouterr().err
    assert main(["incidents", "--db", str(tmp_path / "missing.db")]) == 1
    assert "no such database" in capsys.readouterr().err
