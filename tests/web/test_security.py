"""Safety: document text renders inert, writes need the token off loopback, same-origin writes, limits, headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_client

from rashomon.web import Settings, WebConfigError, create_app, is_loopback
from rashomon.web.csvout import _cell
from rashomon.web.uploads import safe_suffix


def test_report_with_script_and_onerror_renders_inert(client) -> None:
    for url in ("/documents/doc-a", "/incidents/inc-test", "/documents/doc-a?claim=<script>x</script>"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img" not in html
        assert 'onerror="' not in html and "onerror=alert" not in html
    doc = client.get("/documents/doc-a").text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in doc
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in doc
    incidents = client.get("/incidents?q=<script>").text
    assert "<script>" not in incidents.replace('<script src="/static/app.js" defer></script>', "")


def test_map_data_cannot_close_its_script_element(built_db: Path, tmp_path: Path) -> None:
    from rashomon.web.pages import json_script

    assert "</script>" not in json_script({"title": "</script><script>alert(1)</script>"})


def test_security_headers(client) -> None:
    r = client.get("/incidents")
    assert "script-src 'self'" in r.headers["content-security-policy"] and "unsafe-inline" not in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.4", "example.org", "::"])
def test_refuses_a_public_host_without_token(built_db: Path, host: str) -> None:
    with pytest.raises(WebConfigError, match="without a token"):
        create_app(Settings(db=str(built_db), host=host))
    create_app(Settings(db=str(built_db), host=host, token="long-enough-token"))


def test_loopback_hosts() -> None:
    assert all(map(is_loopback, ["127.0.0.1", "127.3.2.1", "localhost", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["0.0.0.0", "10.0.0.1", "::", "host.local"]))


def test_short_token_refused(built_db: Path) -> None:
    with pytest.raises(WebConfigError, match="too short"):
        create_app(Settings(db=str(built_db), token="abc"))


def test_token_gates_writes_and_is_compared_in_constant_time(built_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    calls = []
    real = hmac.compare_digest
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: calls.append(1) or real(a, b))
    c = make_client(built_db, host="0.0.0.0", token="right-token")
    # authorised: the request gets past the gate and fails on its (empty) body instead
    ok = c.post("/api/documents", json={"documents": []}, headers={"authorization": "Bearer right-token"})
    assert ok.status_code == 422
    ok = c.post("/api/documents", json={"documents": []}, headers={"x-rashomon-token": "right-token"})
    assert ok.status_code == 422 and calls
    assert c.post("/api/documents", json={"documents": []}).status_code == 401
    assert c.post("/upload", data={"text": "x", "token": "nope"}).status_code == 403
    assert c.get("/api/incidents").status_code == 200  # reads stay open
    assert "Token" in c.get("/upload").text


def test_cross_origin_writes_refused(client) -> None:
    r = client.post("/upload", data={"text": "hello"}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403 and r.json()["error"] == "cross-origin"


def test_read_only_hides_upload(built_db: Path) -> None:
    c = make_client(built_db, read_only=True)
    assert 'href="/upload"' not in c.get("/incidents").text
    assert "read-only" in c.get("/upload").text


def test_no_request_path_reaches_the_filesystem(client) -> None:
    for path in ("/static/..%2f..%2fapp.py", "/static/%2e%2e/settings.py", "/static//etc/passwd", "/static/../../pyproject.toml"):
        assert client.get(path).status_code == 404
    assert client.get("/static/style.css").status_code == 200
    assert safe_suffix("../../etc/passwd") == ".txt" and safe_suffix("a.HTML") == ".html" and safe_suffix("x.jsonl") == ".jsonl"


def test_csv_cells_cannot_be_formulas() -> None:
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("Baku") == "Baku" and _cell(None) == "" and _cell(-3) == -3
