"""The bundled sample, analysed with the model: the API shows its incident; posting text and files analyses them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE, make_client

pytestmark = pytest.mark.model


def test_sample_incident_via_api_and_pages(sample_db: Path) -> None:
    c = make_client(sample_db)
    body = c.get("/api/incidents").json()
    assert body["total"] >= 1
    top = max(body["items"], key=lambda i: i["documents"])
    assert top["documents"] >= 3 and top["disputes"] >= 1 and {"Kestria", "Valdoria"} <= set(top["parties"])
    html = c.get(top["links"]["html"]).text
    assert 'class="accounts"' in html and " disputed" in html
    skipped = c.get("/api/documents?status=skipped").json()
    assert skipped["total"] == 2 and all(d["skip_reason"]["code"] for d in skipped["items"])
    assert c.get("/api/statements").json()["total"] > 10


def test_post_text_and_upload_files(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    c = make_client(db)
    text = ("The Valdorian Ministry of Defence said on Tuesday that two soldiers were killed when Kestrian troops "
            "opened fire near the border. Kestria's foreign ministry denied the claim, calling it a fabrication.")
    r = c.post("/api/documents", json={"documents": [{"text": text, "title": "Border fire", "published": "2024-06-12"}]})
    assert r.status_code == 201, r.text
    (doc,) = r.json()["documents"]
    assert doc["status"] == "analyzed" and doc["statements"] >= 1 and doc["source"] == "pasted text"
    assert c.get(doc["links"]["self"]).json()["title"] == "Border fire"
    files = [("files", ("../../evil.txt", (SAMPLE / "reports" / "kestria-rejects.txt").read_bytes(), "text/plain")),
             ("files", ("feed.jsonl", (SAMPLE / "reports" / "feed.jsonl").read_bytes(), "application/octet-stream"))]
    r = c.post("/api/documents/upload", files=files)
    assert r.status_code == 201, r.text
    docs = r.json()["documents"]
    assert len(docs) >= 3 and all("rashomon-upload" not in (d["source"] or "") for d in docs)
    assert any(d["status"] == "skipped" for d in docs)  # the feed's broken line and Spanish record
    assert not (tmp_path / "evil.txt").exists()
    page = c.post("/upload", data={"text": text + " Again."}, files=[("files", ("", b"", "application/octet-stream"))])
    assert page.status_code == 201 and 'id="upload-result"' in page.text
