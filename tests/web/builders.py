"""Hand-built analyses and incidents for web tests (no model): two parties disagree about one clash."""

from __future__ import annotations

from pathlib import Path

from rashomon.ledger import describe_incident
from rashomon.models import Claim, Count, Document, DocumentAnalysis, Span, Speaker, Statement, content_id
from rashomon.store import Store, open_store

XSS = '<script>alert("x")</script> <img src=x onerror="alert(1)">'


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def report(doc_id: str, *, speaker: str, side: str, killed: int, outlet: str, published: str, extra: str = "") -> DocumentAnalysis:
    content = f"{killed} soldiers were killed when the other side opened fire near Marrow Vale"
    text = f"The {speaker} said that {content}. {extra}".strip()
    doc = Document(doc_id, text, title=f"{speaker} on the Marrow Vale clash {extra[:20]}".strip(), outlet=outlet,
                   published=published, language="en", source=f"{doc_id}.txt")
    st = Statement(content_id(doc_id, "s"), doc_id, Speaker(speaker, side, _span(text, speaker)), _span(text, content),
                   "indirect", _span(text, "said"))
    claims = (
        Claim(content_id(doc_id, "k"), doc_id, "killed", Count(killed, killed), _span(text, f"{killed} soldiers were killed"),
              claimed_by=speaker, statement_id=st.id, side="Avalia", subject="Avalian soldiers"),
        Claim(content_id(doc_id, "d"), doc_id, "date", "2031-05-04", _span(text, "Marrow Vale"), claimed_by=speaker,
              statement_id=st.id, precision="day"),
    )
    return DocumentAnalysis(doc, (st,), (), claims)


def analyses() -> list[DocumentAnalysis]:
    return [
        report("doc-a", speaker="Ministry of Defence of Avalia", side="Avalia", killed=2, outlet="Avalia Today",
               published="2031-05-05", extra=XSS),
        report("doc-b", speaker="Ministry of Defence of Borduria", side="Borduria", killed=5, outlet="Borduria Post",
               published="2031-05-06"),
        report("doc-c", speaker="Ministry of Defence of Avalia", side="Avalia", killed=2, outlet="Wire",
               published="2031-05-06"),
    ]


def build_store(path: Path) -> Path:
    """A store with the three reports above in one incident (positions and disputes computed by compare)."""
    members = analyses()
    incident = describe_incident("inc-test", members)
    with open_store(path) as store:
        store.save_many(members)
        store.save_incidents([incident])
    return path


def open_built(path: Path) -> Store:
    return open_store(build_store(path))
