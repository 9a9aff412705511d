"""API contract: list envelopes, item schemas, pagination links, filters, exports (hand-built store, no model)."""

from __future__ import annotations

import csv
import io

from builders import XSS

PAGE = {"items", "total", "limit", "offset", "next", "previous"}
INCIDENT = {"id", "title", "date", "location", "event_type", "sub_event_type", "parties", "documents", "outlets",
            "disputes", "disputed_fields", "links"}
DOCUMENT = {"id", "url", "title", "outlet", "published", "language", "source", "status", "skip_reason", "links"}
STATEMENT = {"id", "document_id", "speaker", "cue", "content", "kind", "reported_by"}


def test_index_and_openapi(client) -> None:
    body = client.get("/api/").json()
    assert body["counts"]["documents"] == 3 and body["writes"] == {"allowed": True, "token_required": False}
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/documents", "/api/documents/{document_id}",
                 "/api/statements", "/api/export.json", "/api/export/incidents.csv", "/api/export/claims.csv"):
        assert path in spec["paths"], path
    assert "ErrorBody" in spec["components"]["schemas"]
    assert "post" in spec["paths"]["/api/documents"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/incidents" in docs.text and "cdn" not in docs.text.lower()


def test_incident_list_schema(client) -> None:
    body = client.get("/api/incidents").json()
    assert set(body) == PAGE and body["total"] == 1 and body["next"] is None and body["previous"] is None
    item = body["items"][0]
    assert set(item) == INCIDENT
    assert item["documents"] == 3 and item["disputes"] == 1 and item["disputed_fields"] == ["killed"]
    assert item["links"] == {"self": "/api/incidents/inc-test", "html": "/incidents/inc-test"}


def test_incident_filters(client) -> None:
    def ids(query: str) -> list[str]:
        return [i["id"] for i in client.get("/api/incidents?" + query).json()["items"]]

    assert ids("party=Borduria") == ["inc-test"] and ids("party=Ruritania") == []
    assert ids("disputed=true") == ["inc-test"] and ids("disputed=false") == []
    assert ids("date_from=2031-05-01&date_to=2031-05-31") == ["inc-test"] and ids("date_from=2031-06-01") == []
    assert ids("q=clash+may") == ["inc-test"] and ids("q=flood") == []
    assert ids("place=nowhere") == []
    assert ids("sort=-documents") == ["inc-test"]


def test_incident_detail_has_accounts_claims_and_disputes(client) -> None:
    body = client.get("/api/incidents/inc-test").json()
    assert {"accounts", "claims", "disputes", "documents", "links", "casualties"} <= set(body)
    killed = {a["party"]: a["values"] for a in body["accounts"] if a["field"] == "killed"}
    assert killed == {"Ministry of Defence of Avalia": [2], "Ministry of Defence of Borduria": [5]}
    (dispute,) = body["disputes"]
    assert dispute["field"] == "killed" and "Borduria" in dispute["explanation"]
    claim_ids = {c["id"] for c in body["claims"]}
    assert set(dispute["claim_ids"]) <= claim_ids


def test_pagination_links_walk_every_item(client) -> None:
    url, seen, totals = "/api/statements?limit=2", [], set()
    while url:
        body = client.get(url).json()
        assert set(body) == PAGE and body["limit"] == 2
        totals.add(body["total"])
        seen += [s["id"] for s in body["items"]]
        url = body["next"]
    assert totals == {3} and len(seen) == len(set(seen)) == 3
    last = client.get("/api/statements?limit=2&offset=2").json()
    assert last["previous"].endswith("offset=0") and last["next"] is None
    docs = client.get("/api/documents?limit=1&offset=1").json()
    assert docs["total"] == 3 and len(docs["items"]) == 1 and "offset=2" in docs["next"]
    assert set(docs["items"][0]) == DOCUMENT


def test_statements_filters_and_schema(client) -> None:
    body = client.get("/api/statements?side=Borduria").json()
    assert body["total"] == 1 and set(body["items"][0]) == STATEMENT
    assert body["items"][0]["speaker"]["name"] == "Ministry of Defence of Borduria"
    assert client.get("/api/statements?speaker=avalia").json()["total"] == 2
    assert client.get("/api/statements?incident_id=inc-test&document_id=doc-b").json()["total"] == 1
    assert client.get("/api/statements?document_id=zzz").json()["total"] == 0


def test_document_detail(client) -> None:
    body = client.get("/api/documents/doc-a").json()
    assert body["text"].endswith(XSS) and body["incident_ids"] == ["inc-test"]
    assert len(body["statements"]) == 1 and len(body["claims"]) == 2
    for c in body["claims"]:
        assert body["text"][c["evidence"]["start"]:c["evidence"]["end"]] == c["evidence"]["text"]


def test_exports(client) -> None:
    whole = client.get("/api/export.json").json()
    assert whole["format"] == "rashomon.analysis/1" and len(whole["documents"]) == 3 and len(whole["incidents"]) == 1
    one = client.get("/api/export.json?incident_id=inc-test").json()
    assert one["incidents"][0]["disputes"][0]["field"] == "killed"
    r = client.get("/api/export/incidents.csv")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id_cnty"] == "inc-test" and row["event_date"] == "2031-05-04" and row["year"] == "2031"
    assert row["fatalities"] == "2" and row["fatalities_high"] == "5" and row["disputed_fields"] == "killed"
    assert row["actor1"] == "Avalia" and row["actor2"] == "Borduria" and row["source_count"] == "3"
    claims = list(csv.DictReader(io.StringIO(client.get("/api/export/claims.csv").text)))
    assert len(claims) == 6 and {c["incident_id"] for c in claims} == {"inc-test"}
    assert {c["value"] for c in claims if c["field"] == "killed"} == {"2", "5"}
    assert client.get("/api/export/incidents.csv?disputed=false").text.count("\n") == 1  # header only
