"""In a real browser (Playwright driving Debian's Chromium): the dev corpus' Karabakh 2023 incident, side by side.

Never downloads a browser: it uses /usr/bin/chromium (`apt-get install chromium`); without it the tests skip,
except under CI=true where they fail.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.model, pytest.mark.corpus]

CHROMIUM = Path(os.environ.get("RASHOMON_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} not found: install Debian's Chromium (apt-get install -y chromium) to run the browser tests"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason + "; under CI=true they must not be skipped")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(dev_db: Path) -> Iterator[str]:
    import uvicorn

    from rashomon.web import Settings, create_app

    port = _free_port()
    app = create_app(Settings(db=str(dev_db), port=port))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def page(server: str, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    _need_chromium()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(profile), executable_path=str(CHROMIUM), args=ARGS,
                                                         headless=True, viewport={"width": 1500, "height": 1000})
        context.route(lambda url: not url.startswith(server), lambda route: route.abort())  # nothing leaves the machine
        try:
            yield context.new_page()
        finally:
            context.close()


def _karabakh(server: str, page) -> dict:  # type: ignore[no-untyped-def]
    body = page.request.get(f"{server}/api/incidents?sort=-documents&limit=5").json()
    top = body["items"][0]
    assert "Karabakh" in top["title"] and top["date"]["value"].startswith("2023-03"), top
    return top


def test_incident_page_side_by_side_and_click_to_evidence(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inc = _karabakh(server, page)
    page.goto(server + inc["links"]["html"])
    table = page.locator("table.accounts")
    table.wait_for()
    columns = table.locator("thead th").all_inner_texts()
    assert {"Armenia", "Azerbaijan", "Russia"} <= set(columns), columns
    disputed = table.locator("tbody tr.disputed")
    assert disputed.count() >= 1
    row = disputed.first
    background = row.locator("td").first.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = table.locator("tbody tr:not(.disputed) td").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background != plain  # the disputed row is highlighted
    assert row.locator(".badge").inner_text() == "≠"
    page.screenshot(path=str(tmp_path / "incident.png"), full_page=True)
    assert (tmp_path / "incident.png").stat().st_size > 10_000
    if os.environ.get("RASHOMON_SCREENSHOT"):
        page.screenshot(path=os.environ["RASHOMON_SCREENSHOT"], full_page=True,
                        clip={"x": 0, "y": 0, "width": 1500, "height": 1900})

    link = row.locator("a.evidence").first
    value = link.inner_text()
    link.click()
    page.wait_for_url("**/documents/**")
    assert "#claim-" in page.url
    target = page.locator(".doctext .target").first
    target.wait_for()
    assert target.is_visible()
    anchor = page.url.split("#", 1)[1]
    assert page.locator(f"#{anchor}").count() == 1
    assert value.split()[0].lower().strip(";") in page.locator(".doctext").inner_text().lower()
    page.screenshot(path=str(tmp_path / "evidence.png"))


def test_incidents_list_filters_sort_and_map(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/incidents?disputed=true")
    rows = page.locator("table#incidents tbody tr")
    assert rows.count() >= 3
    page.locator("table#incidents th", has_text="Sources").click()
    first = int(rows.first.locator("td.num").first.inner_text())
    last = int(rows.last.locator("td.num").first.inner_text())
    assert first <= last  # client-side sort, ascending
    page.goto(server + "/map")
    page.locator("#map svg circle.incident").first.wait_for()
    assert page.locator("#map svg path.country").count() > 5
