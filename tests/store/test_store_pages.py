"""Store reads for the web faces: pages of documents and statements, one incident, incidents of a document."""

from __future__ import annotations

from dataclasses import replace

from rashomon.models import Incident, SkipReason
from rashomon.store import open_store

from store_samples import make


def test_document_and_statement_pages(tmp_path):
    skipped = make("z", 0)
    skipped = replace(skipped, document=replace(skipped.document, skip_reason=SkipReason("ingest", "empty", "empty")),
                      rebuttals=())
    with open_store(tmp_path / "r.db") as store:
        store.save_many([make("a", 2), make("b", 3), skipped])
        docs, total = store.document_page(2, 0)
        assert [d.id for d in docs] == ["a", "b"] and total == 3
        docs, total = store.document_page(10, 0, status="skipped")
        assert [d.id for d in docs] == ["z"] and total == 1
        page, total = store.statement_page(2, 1)
        assert total == 5 and [s.id for s in page] == ["a-s1", "b-s0"]
        page, total = store.statement_page(10, 0, document_ids=["b"], speaker="officIALS", side="Side A")
        assert total == 3 and {s.document_id for s in page} == {"b"}
        assert store.statement_page(10, 0, side="Side B") == ([], 0)


def test_one_incident_and_incidents_of_a_document(tmp_path):
    one = Incident(id="inc-1", title="One", document_ids=("a", "b"))
    two = Incident(id="inc-2", title="Two", document_ids=("c",))
    with open_store(tmp_path / "r.db") as store:
        store.save_incidents([one, two])
        assert store.incident("inc-2") == two and store.incident("nope") is None
        assert store.incident_ids_of("b") == ["inc-1"] and store.incident_ids_of("x") == []
