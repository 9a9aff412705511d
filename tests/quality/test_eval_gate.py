"""The quality gate: the full analysis of ../shared/corpus/dev scored against its gold files.

Floors live in floors.json; the seed case must be found in full.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rashomon.evaluate import analyze_gold_documents, load_gold, names_match, score

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))

pytestmark = [pytest.mark.model, pytest.mark.corpus]


@pytest.fixture(scope="module")
def dev_scored(dev_corpus: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    gs = load_gold(dev_corpus / "docs.jsonl", dev_corpus / "gold.jsonl", dev_corpus / "incidents.json")
    export = analyze_gold_documents(gs)
    return export, score(export, gs)


@pytest.mark.parametrize("metric", sorted(FLOORS["floors"]))
def test_metric_at_or_above_floor(dev_scored: tuple[dict[str, Any], dict[str, Any]], metric: str) -> None:
    _, metrics = dev_scored
    value = metrics[metric]
    assert value is not None, f"{metric} could not be computed"
    counts = metrics["counts"].get(metric)
    assert value >= FLOORS["floors"][metric], (
        f"{metric} = {value:.3f} fell below its floor {FLOORS['floors'][metric]}"
        + (f" ({counts['found']}/{counts['total']})" if counts else "")
    )


def test_every_document_accounted_for(dev_scored: tuple[dict[str, Any], dict[str, Any]], dev_corpus: Path) -> None:
    export, _ = dev_scored
    ids = [json.loads(line)["id"] for line in (dev_corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    out = {d["id"]: d for d in export["documents"]}
    assert sorted(out) == sorted(ids)
    for d in out.values():
        assert d["status"] in ("analyzed", "skipped")
        if d["status"] == "skipped":
            assert d["skip_reason"]["code"] and d["skip_reason"]["message"]


def test_seed_found_in_full(dev_scored: tuple[dict[str, Any], dict[str, Any]], dev_corpus: Path) -> None:
    """Every statement, reported claim, rebuttal and fact of the seed's gold entry is found."""
    _, metrics = dev_scored
    seed_misses = {kind: [m for m in items if m["doc"] == "seed"] for kind, items in metrics["misses"].items()}
    missing = {k: v for k, v in seed_misses.items() if v}
    assert not missing, f"seed items not found: {json.dumps(missing, ensure_ascii=False, indent=1)}"


def test_names_match_rule() -> None:
    assert names_match("Azerbaijani Ministry of Defence", "the Azerbaijani Ministry of Defence")
    assert names_match("Russian Ministry", "Russian Ministry of Defence")
    assert not names_match("Russian Ministry of Defence", "Armenian Ministry of Defence")
    assert names_match("Baku", "Azerbaijani Ministry of Defence", ["Baku"])
