"""The store round-trips exactly what was saved."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from rashomon.models import Claim, Count, Document, DocumentAnalysis, Place, SkipReason, Span, Speaker, Statement
from rashomon.store import open_store

from store_samples import db_path, store  # noqa: F401 (fixtures)
from store_strategies import analyses


@settings(max_examples=150, deadline=None)
@given(analyses())
def test_roundtrip_property(analysis):
    with open_store(":memory:") as store:
        store.save(analysis)
        assert store.analysis(analysis.document.id) == analysis
        assert store.documents() == [analysis.document]
        assert list(store.analyses()) == [analysis]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(analyses())
def test_roundtrip_through_a_file(tmp_path_factory, analysis):
    path = tmp_path_factory.mktemp("db") / "r.db"
    with open_store(path) as store:
        store.save(analysis)
    with open_store(path) as store:
        assert store.analysis(analysis.document.id) == analysis


def _doc(doc_id: str = "d1") -> Document:
    return Document(doc_id, "The ministry said two soldiers were killed.", title="T", published="2023-03-07")


def test_claim_values_keep_their_type(store):
    doc = _doc()
    ev = Span(0, 3, "The")
    claims = (
        Claim("c1", "d1", "killed", 2, ev),
        Claim("c2", "d1", "killed", Count(2, 2), ev),
        Claim("c3", "d1", "injured", Count(3, None), ev, side="Azerbaijan", subject="servicemen"),
        Claim("c4", "d1", "injured", Count(3, 5), ev),
        Claim("c5", "d1", "location", "near the village", ev, place=Place("Village", "Region", "AZ", 39.8, 46.7)),
        Claim("c6", "d1", "date", "2023-03-05", ev, precision="day", claimed_by="Ministry", statement_id="s1"),
    )
    analysis = DocumentAnalysis(doc, claims=claims)
    store.save(analysis)
    got = store.analysis("d1")
    assert got == analysis
    assert [type(c.value) for c in got.claims] == [int, Count, Count, Count, str, str]


def test_skipped_document_roundtrips(store):
    doc = Document("s1", "", source="a.bin", skip_reason=SkipReason("ingest", "binary", "a.bin: binary data"))
    store.save(DocumentAnalysis(doc))
    assert store.analysis("s1") == DocumentAnalysis(doc)
    assert store.documents()[0].status == "skipped"
    assert store.skip_counts() == {"ingest/binary": 1}


def test_unknown_document_is_none(store):
    assert store.analysis("nope") is None


def test_records_keep_their_order(store):
    speaker = Speaker("X")
    statements = tuple(
        Statement(f"s{i}", "d1", speaker, Span(i, i + 1, "x"), "direct") for i in (5, 1, 9, 3)
    )
    analysis = DocumentAnalysis(_doc(), statements=statements)
    store.save(analysis)
    assert store.analysis("d1").statements == statements


def test_counts(store):
    speaker = Speaker("X", "Side", Span(0, 3, "The"))
    statements = (Statement("s1", "d1", speaker, Span(4, 12, "ministry"), "indirect", Span(13, 17, "said")),)
    claims = (Claim("c1", "d1", "killed", 2, Span(0, 3, "The")),)
    store.save(DocumentAnalysis(_doc(), statements=statements, claims=claims))
    store.save(DocumentAnalysis(Document("d2", "", skip_reason=SkipReason("ingest", "empty", "m"))))
    assert store.counts() == {
        "documents": 2, "analyzed": 1, "skipped": 1, "statements": 1, "rebuttals": 0, "claims": 1,
    }  # fmt: skip
