"""Pages: incidents list, the accounts side by side, evidence links, highlighted documents, map, upload (no model)."""

from __future__ import annotations

import re


def test_incidents_page_lists_filters_and_sorts(client) -> None:
    html = client.get("/incidents").text
    assert 'href="/incidents/inc-test"' in html and 'class="list sortable"' in html and "≠ 1" in html
    assert "No incidents match" in client.get("/incidents?party=Ruritania").text
    assert client.get("/").headers.get("location") is None  # followed
    assert client.get("/", follow_redirects=False).headers["location"] == "/incidents"


def test_incident_page_puts_accounts_side_by_side(client) -> None:
    html = client.get("/incidents/inc-test").text
    head = re.search(r'<table class="accounts".*?</thead>', html, re.S).group(0)
    assert [c for c in re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', head)] == ["Field", "Avalia", "Borduria"]
    row = re.search(r'<tr class="field-killed disputed".*?</tr>', html, re.S).group(0)
    assert "≠" in row and "Ministry of Defence of Borduria" in row
    links = re.findall(r'href="(/documents/[^"]+)"', row)
    assert any(link.startswith("/documents/doc-b?claim=") and "#claim-" in link for link in links)
    assert 'class="field-date"' in html  # undisputed rows are not marked
    assert "How many were killed" in html  # the dispute's neutral explanation
    assert 'id="timeline"' in html and "2031-05-05" in html and "Avalia Today" in html and 'id="outlets"' in html


def test_evidence_link_lands_on_the_highlighted_span(client) -> None:
    claim = client.get("/api/incidents/inc-test").json()["disputes"][0]["claim_ids"][0]
    html = client.get(f"/documents/{claim and client.get('/api/incidents/inc-test').json()['claims'][0]['document_id']}?claim={claim}").text
    assert f'id="claim-{claim}"' in html
    target = re.search(r'<span class="([^"]*\btarget\b[^"]*)" title="([^"]*)">([^<]*)</span>', html)
    assert target and "fact" in target.group(1) and "killed" in target.group(2)


def test_document_page_highlights_speaker_cue_statement_and_fact(client) -> None:
    html = client.get("/documents/doc-b").text
    assert re.search(r'class="[^"]*\bsp\b[^"]*"[^>]*>Ministry of Defence of Borduria<', html)
    assert re.search(r'class="cue"[^>]*>said<', html)
    assert re.search(r'class="st bg-s\d[^"]*"', html) and re.search(r'\bfact bd-s\d\b', html)


def test_skipped_document_shows_its_reason(tmp_path) -> None:
    from dataclasses import replace

    from builders import analyses
    from conftest import make_client

    from rashomon.models import DocumentAnalysis, SkipReason
    from rashomon.store import open_store

    doc = replace(analyses()[0].document, id="skipped-1", skip_reason=SkipReason("ingest", "unsupported-language",
                  "x.txt: does not look like English"))
    with open_store(tmp_path / "s.db") as store:
        store.save(DocumentAnalysis(doc))
    html = make_client(tmp_path / "s.db").get("/documents/skipped-1").text
    assert 'id="skip-reason"' in html and "unsupported-language" in html and "does not look like English" in html


def test_map_uses_only_bundled_assets(client) -> None:
    html = client.get("/map").text
    assert 'data-atlas="/static/vendor/world-atlas/countries-50m.json"' in html and 'id="map-data"' in html
    assert not re.search(r'(src|href)="https?://', html)
    atlas = client.get("/static/vendor/world-atlas/countries-50m.json")
    assert atlas.status_code == 200 and atlas.json()["type"] == "Topology"
    js = client.get("/static/map.js").text
    assert "http" not in js.replace("http://www.w3.org/2000/svg", "")


def test_upload_page_and_documents_page(client) -> None:
    assert 'enctype="multipart/form-data"' in client.get("/upload").text
    assert client.post("/upload", data={"text": "  "}).status_code == 422
    html = client.get("/documents?limit=2").text
    assert "1–2 of 3" in html and 'rel="next"' in html
