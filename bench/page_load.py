"""Incident page load for an incident of 50 documents (target: under 300 ms on the project's 2-core machine).

Builds a synthetic store (no model): 50 generated reports about one invented clash, each with statements by
parties of four sides and claims of every field (casualty figures that disagree, so there are disputes);
the incident record (accounts side by side, disputes) is computed by ``rashomon.ledger.describe_incident``.
Then serves it with uvicorn on 127.0.0.1 and times ``GET /incidents/<id>`` (whole HTTP round trip, HTML
rendered) and the JSON ``GET /api/incidents/<id>``. Run: ``.venv/bin/python bench/page_load.py [N_DOCS]``.
"""

from __future__ import annotations

import random
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from rashomon.ledger import describe_incident
from rashomon.models import Claim, Count, Document, DocumentAnalysis, Span, Speaker, Statement, content_id
from rashomon.store import open_store

SPEAKERS = [("Ministry of Defence of Avalia", "Avalia"), ("Avalian border guard", "Avalia"),
            ("Ministry of Foreign Affairs of Borduria", "Borduria"), ("Bordurian army spokesman", "Borduria"),
            ("Syldavian peacekeeping command", "Syldavia"), ("Ruritanian observers", "Ruritania")]
OUTLETS = [f"Outlet {i}" for i in range(20)]
PHRASES = {"initiator": ["Bordurian troops", "an Avalian patrol", "a sabotage group"],
           "weapon": ["mortars", "small arms", "a drone"], "victim_identity": ["soldiers", "police officers", "civilians"],
           "aid": ["Syldavian peacekeepers", "Avalian medics"], "cargo": ["ammunition", "food"],
           "outcome": ["positions unchanged", "the patrol withdrew"]}


def report(i: int, rng: random.Random) -> DocumentAnalysis:
    doc_id = f"doc-{i:03d}"
    parts: list[str] = []
    statements, claims = [], []
    pos = 0
    for k in range(rng.randint(4, 8)):
        name, side = rng.choice(SPEAKERS)
        killed = rng.choice([2, 2, 3, 5])
        field = rng.choice(sorted(PHRASES))
        phrase = rng.choice(PHRASES[field])
        content = f"{killed} soldiers were killed near Marrow Vale on 4 May 2031 and {field.replace('_', ' ')} was {phrase}"
        sentence = f"The {name} said that {content}. "
        start = pos + len("The ")
        sp = Span(start, start + len(name), name)
        cue_at = pos + sentence.index("said")
        c_at = pos + sentence.index(content)
        st = Statement(content_id(doc_id, k), doc_id, Speaker(name, side, sp), Span(c_at, c_at + len(content), content),
                       "indirect", Span(cue_at, cue_at + 4, "said"))
        statements.append(st)
        kill = f"{killed} soldiers were killed"
        claims.append(Claim(content_id(doc_id, k, "killed"), doc_id, "killed", Count(killed, killed),
                            Span(c_at, c_at + len(kill), kill), claimed_by=name, statement_id=st.id, side="Avalia",
                            subject="Avalian soldiers"))
        p_at = c_at + content.rindex(phrase)
        claims.append(Claim(content_id(doc_id, k, field), doc_id, field, phrase, Span(p_at, p_at + len(phrase), phrase),
                            claimed_by=name, statement_id=st.id))
        d_at = c_at + content.index("4 May 2031")
        claims.append(Claim(content_id(doc_id, k, "date"), doc_id, "date", "2031-05-04",
                            Span(d_at, d_at + len("4 May 2031"), "4 May 2031"), claimed_by=name, statement_id=st.id,
                            precision="day"))
        parts.append(sentence)
        pos += len(sentence)
    text = "".join(parts)
    for c in claims:
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
    doc = Document(doc_id, text, title=f"Report {i} on the Marrow Vale clash", outlet=rng.choice(OUTLETS),
                   published=f"2031-05-{4 + i % 5:02d}", language="en", source=f"{doc_id}.txt")
    return DocumentAnalysis(doc, tuple(statements), (), tuple(claims))


def build(path: Path, n_docs: int) -> str:
    rng = random.Random(4)
    members = [report(i, rng) for i in range(n_docs)]
    incident = describe_incident("inc-bench", members)
    with open_store(path) as store:
        store.save_many(members)
        store.save_incidents([incident])
    return incident.id


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def timed(url: str, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        with urllib.request.urlopen(url) as r:
            body = r.read()
        out.append((time.perf_counter() - t0) * 1000)
        assert r.status == 200 and body
    return out


def main(n_docs: int = 50, runs: int = 30) -> None:
    import uvicorn

    from rashomon.web import Settings, create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        incident_id = build(db, n_docs)
        built = time.perf_counter() - t0
        port = _free_port()
        app = create_app(Settings(db=str(db), port=port))
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            base = f"http://127.0.0.1:{port}"
            with urllib.request.urlopen(f"{base}/api/incidents/{incident_id}") as r:
                import json

                inc = json.loads(r.read())
            timed(f"{base}/incidents/{incident_id}", 3)  # warm-up: templates compiled once
            html = timed(f"{base}/incidents/{incident_id}", runs)
            api = timed(f"{base}/api/incidents/{incident_id}", runs)
        finally:
            server.should_exit = True
            thread.join(10)
    claims = len(inc["claims"])
    print(f"store: {n_docs} documents, {claims} claims, {len(inc['accounts'])} positions, "
          f"{len(inc['disputes'])} disputes (built in {built:.1f}s)")
    for name, ms in (("incident page (HTML)", html), ("incident API (JSON)", api)):
        p95 = sorted(ms)[max(0, int(len(ms) * 0.95) - 1)]
        print(f"{name}: median {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms, max {max(ms):.0f} ms over {runs} requests"
              + (" — target < 300 ms" if "HTML" in name else ""))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
