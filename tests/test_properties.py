"""Invariants of the whole analysis: spans index into the text; analysing twice changes nothing."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rashomon.models import Document, DocumentAnalysis, Span, content_id
from rashomon.pipeline import analyze_documents

pytestmark = pytest.mark.model
SAMPLE = Path(__file__).resolve().parent.parent / "sample"


def all_spans(a: DocumentAnalysis) -> list[Span]:
    spans: list[Span] = []
    for s in a.statements:
        spans += [x for x in (s.content, s.cue, s.speaker.span) if x is not None]
    spans += [r.evidence for r in a.rebuttals]
    spans += [c.evidence for c in a.claims]
    return spans


def assert_spans_index_text(a: DocumentAnalysis) -> None:
    text = a.document.text
    for sp in all_spans(a):
        assert 0 <= sp.start <= sp.end <= len(text)
        assert text[sp.start:sp.end] == sp.text, f"span {sp} does not index the text of {a.document.id}"


def test_spans_index_text_on_sample_and_dev(nlp) -> None:  # type: ignore[no-untyped-def]
    from rashomon.api import _documents

    docs = list(_documents([SAMPLE / "reports"]))
    corpus = Path(os.environ.get("RASHOMON_CORPUS", Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"))
    dev = corpus / "dev" / "docs.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            docs.append(Document(d["id"], d["text"], language=d.get("language"), published=d.get("published")))
    results = list(analyze_documents(docs, nlp=nlp))
    assert len(results) == len(docs)
    assert any(r.statements for r in results)
    for r in results:
        assert_spans_index_text(r)


SUBJECTS = ["The Northland Defence Ministry", "Southland's foreign ministry", "A spokesman, Ivo Brandt,",
            "Officials in the capital", "The regional governor", "He", "It"]
VERBS = ["said", "claimed", "denied", "stressed", "added", "noted", "reported"]
CONTENT = ["two soldiers were killed on Monday", "at least 12 civilians were wounded near the village",
           "the convoy carried weapons", "its forces did not open fire first", "the attack was a provocation"]


@st.composite
def reports(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 5))):
        subj, verb, content = draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(CONTENT))
        form = draw(st.integers(0, 3))
        if form == 0:
            sentences.append(f"{subj} {verb} that {content}.")
        elif form == 1:
            sentences.append(f"\u201c{content.capitalize()},\u201d {subj.lower() if subj in ('He', 'It') else subj} {verb}.")
        elif form == 2:
            sentences.append(f"According to {subj.lower() if subj in ('He', 'It') else subj}, {content}.")
        else:
            sentences.append(f"{content.capitalize()}, \"{draw(st.sampled_from(CONTENT))}\".")
    sep = draw(st.sampled_from([" ", "\n\n", "  \n"]))
    return sep.join(sentences)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=reports())
def test_spans_index_text_on_generated_reports(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = Document(content_id("gen", text), text, published="2024-05-06", language="en")
    (result,) = analyze_documents([doc], nlp=nlp)
    assert result.document.skip_reason is None, result.document.skip_reason
    assert_spans_index_text(result)


def _dump(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table' and name != 'migrations' order by name")]
        rows: list[tuple] = []
        for t in tables:
            rows += [(t, *r) for r in con.execute(f"select * from {t} order by 1")]
        return rows
    finally:
        con.close()


def test_analysing_twice_gives_same_ids_and_unchanged_db(tmp_path: Path) -> None:
    import rashomon

    db = tmp_path / "ledger.db"
    first = rashomon.analyze([SAMPLE / "reports"], db=db).analyses
    dump1 = _dump(db)
    second = rashomon.analyze([SAMPLE / "reports"], db=db).analyses
    assert [a.document.id for a in first] == [a.document.id for a in second]
    assert [[s.id for s in a.statements] for a in first] == [[s.id for s in a.statements] for a in second]
    assert [[c.id for c in a.claims] for a in first] == [[c.id for c in a.claims] for a in second]
    assert first == second
    assert _dump(db) == dump1
    assert len(dump1) > 0
