"""Ids derive from content: ingesting the same input twice gives the same ids."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.ingest import iter_documents
from rashomon.ingest.ids import document_id
from rashomon.ingest.normalize import normalize_text

from ingest_samples import ENGLISH, write  # noqa: F401 (fixture)


def test_ingesting_twice_gives_identical_documents(write, tmp_path):
    write("a.txt", ENGLISH)
    write("b.html", f"<html><body><article><p>{ENGLISH}</p></article></body></html>")
    write("c.jsonl", json.dumps({"text": "C. " + ENGLISH}) + "\n{broken\n")
    write("d.bin", b"\x00\x01")
    first = list(iter_documents([tmp_path]))
    second = list(iter_documents([tmp_path]))
    assert first == second
    assert len({d.id for d in first}) == len(first)


def test_id_is_a_hash_of_the_text_not_the_path(write):
    a = write("a.txt", ENGLISH)
    [doc] = iter_documents([a])
    assert doc.id == document_id(ENGLISH)


def test_jsonl_keeps_its_own_id_else_hashes_the_text(write):
    path = write("d.jsonl", json.dumps({"id": "gold-7", "text": ENGLISH}) + "\n"
                 + json.dumps({"text": "Other. " + ENGLISH}) + "\n")
    a, b = iter_documents([path])
    assert a.id == "gold-7"
    assert b.id == document_id("Other. " + ENGLISH)


@settings(max_examples=200)
@given(st.text())
def test_normalisation_only_touches_newlines_and_bom(text):
    out = normalize_text(text)
    assert "\r" not in out
    assert out.replace("\n", "") == text.removeprefix("\ufeff").replace("\r", "").replace("\n", "")
    assert normalize_text(out) == out
