"""Contract: every error, API or not, has one JSON shape {ok, status, error, message, details}."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_client

SHAPE = {"ok", "status", "error", "message", "details"}


def check(response, status: int, code: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == SHAPE
    assert body["ok"] is False and body["status"] == status and isinstance(body["message"], str) and body["message"]
    if code:
        assert body["error"] == code
    return body


def test_404_unknown_route_and_unknown_records(client) -> None:
    check(client.get("/api/nothing-here"), 404, "not-found")
    body = check(client.get("/api/incidents/inc-nope"), 404, "not-found")
    assert "inc-nope" in body["message"] and "/api/incidents" in body["message"]
    check(client.get("/api/documents/nope"), 404, "not-found")
    check(client.get("/api/statements?incident_id=nope"), 404, "not-found")
    check(client.get("/static/../app.py"), 404)
    check(client.get("/static/nothing.css"), 404, "not-found")


def test_405(client) -> None:
    check(client.delete("/api/incidents"), 405, "method-not-allowed")
    check(client.put("/api/documents"), 405, "method-not-allowed")


def test_422_lists_what_is_wrong(client) -> None:
    body = check(client.get("/api/incidents?limit=0"), 422, "invalid-request")
    assert body["details"][0]["location"] == ["query", "limit"]
    check(client.get("/api/incidents?date_from=May"), 422, "invalid-request")
    check(client.get("/api/incidents?sort=colour"), 422, "invalid-request")
    check(client.get("/api/documents?offset=-1"), 422, "invalid-request")
    check(client.post("/api/documents", json={"documents": []}), 422, "invalid-request")
    check(client.post("/api/documents", content=b"not json", headers={"content-type": "application/json"}), 422)


def test_413_by_declared_length_and_by_streamed_body(built_db: Path) -> None:
    c = make_client(built_db, max_body=2048)
    body = check(c.post("/api/documents", json={"documents": [{"text": "x" * 5000}]}), 413, "too-large")
    assert "2,048 bytes" in body["message"]

    def chunks():  # no content-length: the limit counts what arrives
        for _ in range(10):
            yield b"y" * 1000

    check(c.post("/api/documents", content=chunks(), headers={"content-type": "application/json"}), 413, "too-large")


def test_401_and_403(built_db: Path) -> None:
    c = make_client(built_db, token="s3cret-token")
    body = check(c.post("/api/documents", json={"documents": []}), 401, "token-required")
    assert "Authorization: Bearer" in body["message"]
    check(c.post("/api/documents", json={"documents": []}, headers={"authorization": "Bearer wrong-token"}), 403, "bad-token")
    ro = make_client(built_db, read_only=True)
    check(ro.post("/api/documents", json={"documents": []}), 403, "read-only")


def test_500_keeps_the_shape_and_hides_the_trace(built_db: Path) -> None:
    c = make_client(built_db)

    @c.app.get("/api/boom")  # type: ignore[attr-defined]
    def boom() -> None:
        raise RuntimeError("secret internals")

    body = check(c.get("/api/boom"), 500, "internal-error")
    assert "secret internals" not in body["message"]


@pytest.mark.parametrize("path", ["/incidents/nope", "/documents/nope", "/no-such-page"])
def test_pages_answer_html_errors_to_browsers_and_json_to_others(client, path: str) -> None:
    html = client.get(path, headers={"accept": "text/html"})
    assert html.status_code == 404 and html.headers["content-type"].startswith("text/html")
    assert "404" in html.text and "not-found" in html.text
    check(client.get(path), 404, "not-found")
