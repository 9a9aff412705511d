"""The scorer follows ANALYSIS_FORMAT.md "Scoring" on small hand-built gold sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rashomon.evaluate import covers, load_gold, names_match, score, values_match

TEXT = ("The Northland Defence Ministry said two soldiers were killed on Monday. "
        "Southland denied the claim, calling it a blatant lie.")


def _write(tmp_path: Path, gold: dict) -> tuple[Path, Path]:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": TEXT, "language": "en"}) + "\n", encoding="utf-8")
    g = tmp_path / "gold.jsonl"
    g.write_text(json.dumps({"id": "d1", **gold}) + "\n", encoding="utf-8")
    return docs, g


GOLD = {
    "incident": None,
    "statements": [{"speaker": "Northland Ministry of Defence", "aliases": ["Northland"], "side": "Northland",
                    "kind": "indirect", "evidence": "two soldiers were killed"}],
    "reported_claims": [],
    "rebuttals": [{"by": "Southland", "target": "Northland Ministry of Defence", "evidence": "a blatant lie"}],
    "facts": [{"field": "killed", "side": "Northland", "victims": "soldiers", "value": 2,
               "claimed_by": "Northland Ministry of Defence", "evidence": "two soldiers were killed"}],
}


def _span(text: str) -> dict:
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text)}


def test_perfect_export_scores_one(tmp_path: Path) -> None:
    gs = load_gold(*_write(tmp_path, GOLD))
    export = {
        "statements": [{"document_id": "d1", "speaker": {"name": "Northland Ministry of Defence"},
                        "content": _span("two soldiers were killed on Monday"), "reported_by": None}],
        "rebuttals": [{"document_id": "d1", "by": "Southland", "target": "Northland Ministry of Defence"}],
        "incidents": [{"id": "i1", "document_ids": ["d1"], "disputes": [], "claims": [
            {"document_id": "d1", "field": "killed", "value": {"min": 2, "max": None},
             "claimed_by": "Northland Ministry of Defence"}]}],
    }
    m = score(export, gs)
    assert m["statements_recall"] == 1.0
    assert m["speaker_accuracy"] == 1.0
    assert m["rebuttals_recall"] == 1.0
    assert m["casualty_facts_recall"] == 1.0
    assert m["incidents_b3_f1"] is None  # n/a without linked incidents


def test_wrong_speaker_and_claimant_are_misses(tmp_path: Path) -> None:
    gs = load_gold(*_write(tmp_path, GOLD))
    export = {
        "statements": [{"document_id": "d1", "speaker": {"name": "Southland"},
                        "content": _span("two soldiers were killed"), "reported_by": None}],
        "rebuttals": [{"document_id": "d1", "by": "Northland", "target": "Southland"}],
        "incidents": [{"id": "i1", "document_ids": ["d1"], "disputes": [], "claims": [
            {"document_id": "d1", "field": "killed", "value": 2, "claimed_by": "Southland"}]}],
    }
    m = score(export, gs)
    assert m["statements_recall"] == 0.0
    assert m["speaker_accuracy"] == 0.0
    assert m["rebuttals_recall"] == 0.0
    assert m["casualty_facts_recall"] == 0.0
    assert len(m["misses"]["facts"]) == 1


def test_cover_needs_half_the_evidence() -> None:
    rng = [(10, 20)]
    assert covers({"start": 15, "end": 40}, rng)
    assert not covers({"start": 16, "end": 40}, rng)
    assert not covers(None, rng)


@pytest.mark.parametrize("system,gold,ok", [
    (3, 3, True), (3, 4, False), ({"min": 3, "max": None}, 5, True), ({"min": 3, "max": 4}, 5, False),
    ({"min": 10, "max": 15}, {"min": 12, "max": 20}, True),
])
def test_count_values(system: object, gold: object, ok: bool) -> None:
    assert values_match("killed", system, gold) is ok


def test_phrase_and_name_rules() -> None:
    assert values_match("aid", "Russian peacekeeping contingent", "the Russian peacekeeping contingent")
    assert values_match("location", "Karabakh", "the Karabakh region")
    assert not values_match("location", "Lachin", "Karabakh")
    assert names_match("Kremlin", "The Kremlin")
    assert names_match("Russia's Defence Ministry", "Russia Defence Ministry")
