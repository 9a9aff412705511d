"""Writes are idempotent, transactional, and replace a document's rows when its analysis changes."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from rashomon.errors import StoreError
from rashomon.store import open_store

from store_samples import db_path, dump, make, store  # noqa: F401 (fixtures)


def test_saving_twice_changes_nothing(store, db_path, dump):
    store.save(make("d1"))
    store.save(make("d2"))
    before = dump(db_path)
    store.save(make("d1"))
    store.save_many([make("d2"), make("d1")])
    assert dump(db_path) == before


def test_timings_do_not_count(store, db_path, dump):
    store.save(make("d1"))
    before = dump(db_path)
    store.save(replace(make("d1"), timings={"nlp": 1.5}))
    assert dump(db_path) == before


def test_changed_analysis_replaces_the_documents_rows(store, db_path, dump):
    store.save(make("d1", n=3))
    store.save(make("d2", n=2))
    other = dump(db_path)
    changed = make("d1", n=1, text="Officials said the village was shelled twice.")
    store.save(changed)
    assert store.analysis("d1") == changed
    assert store.counts()["statements"] == 1 + 2
    assert store.analysis("d2") == make("d2", n=2)
    assert [d.id for d in store.documents()] == ["d1", "d2"]  # keeps its place
    after = dump(db_path)
    assert [r for r in after["statements"] if r[1] == "d2"] == [r for r in other["statements"] if r[1] == "d2"]


def test_save_many_in_batches(store):
    store.save_many((make(f"d{i}", n=1) for i in range(7)), batch_size=3)
    assert [d.id for d in store.documents()] == [f"d{i}" for i in range(7)]
    assert list(store.analyses()) == [make(f"d{i}", n=1) for i in range(7)]


def test_failed_write_leaves_nothing(store, monkeypatch):
    from rashomon.store import rows

    store.save(make("d0"))

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(rows, "claim_row", broken)
    with pytest.raises(RuntimeError):
        store.save(make("d1"))
    monkeypatch.undo()
    assert [d.id for d in store.documents()] == ["d0"]
    assert store.counts()["statements"] == 2


def test_records_of_another_document_are_refused(store):
    bad = make("d1")
    bad = replace(bad, claims=(replace(bad.claims[0], document_id="d9"),))
    with pytest.raises(StoreError, match=r"^cannot save document 'd1': its claim 'd1-c0' belongs to document 'd9'$"):
        store.save(bad)
    assert store.counts()["documents"] == 0


def test_duplicate_ids_are_refused(store):
    bad = make("d1")
    bad = replace(bad, statements=bad.statements + bad.statements[:1])
    with pytest.raises(StoreError, match=r"^cannot save document 'd1': statement id 'd1-s0' appears twice$"):
        store.save(bad)


def test_deleting_a_document_cascades(store, db_path):
    store.save(make("d1"))
    store._conn.execute("DELETE FROM documents WHERE id = 'd1'")
    assert store.counts() == {"documents": 0, "analyzed": 0, "skipped": 0, "statements": 0, "rebuttals": 0, "claims": 0}


def test_usable_from_threads(db_path):
    with open_store(db_path) as store:
        threads = [threading.Thread(target=store.save, args=(make(f"t{i}"),)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert store.counts()["documents"] == 8


def test_closed_store_says_so(db_path):
    store = open_store(db_path)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="is closed; open it again"):
        store.counts()
