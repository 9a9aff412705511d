"""The Python API: ``rashomon.analyze(...)`` reads, analyses, stores and returns document analyses."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .models import Document, DocumentAnalysis, Incident, content_id

if TYPE_CHECKING:
    from .ledger import Ledger


@dataclass
class RunSummary:
    """What a run did: how many documents were analysed or skipped, and why."""

    analyzed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    rebuttals: int = 0
    claims: int = 0
    seconds: float = 0.0
    words: int = 0

    def add(self, a: DocumentAnalysis) -> None:
        if a.document.skip_reason is not None:
            self.skipped[a.document.skip_reason.code] += 1
            return
        self.analyzed += 1
        self.statements += len(a.statements)
        self.rebuttals += len(a.rebuttals)
        self.claims += len(a.claims)
        self.words += len(a.document.text.split())

    def line(self) -> str:
        skipped = sum(self.skipped.values())
        why = ", ".join(f"{n} {code}" for code, n in sorted(self.skipped.items()))
        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds > 0 and self.words else ""
        return (
            f"{self.analyzed} analysed, {skipped} skipped" + (f" ({why})" if why else "")
            + f"; {self.statements} statements, {self.rebuttals} rebuttals, {self.claims} facts"
            + f" in {self.seconds:.1f}s{rate}"
        )


def text_document(text: str, *, title: str | None = None, published: str | None = None,
                  outlet: str | None = None, language: str | None = "en") -> Document:
    """A Document from a string (id derived from its content)."""
    return Document(id=content_id("text", text), text=text, title=title, published=published, outlet=outlet,
                    language=language, source="<text>")


@dataclass(frozen=True)
class Run:
    """What :func:`analyze` returns: every document's analysis (in input order) and their incidents."""

    analyses: list[DocumentAnalysis]
    ledger: "Ledger | None" = None

    @property
    def incidents(self) -> tuple[Incident, ...]:
        return self.ledger.incidents if self.ledger is not None else ()


def analyze(
    inputs: str | os.PathLike[str] | Document | Sequence[str | os.PathLike[str] | Document],
    *,
    db: str | os.PathLike[str] | None = None,
    on_result: Callable[[DocumentAnalysis], None] | None = None,
    processes: int = 1,
    link: bool = True,
) -> Run:
    """Analyse files, folders or Documents, link them into incidents and compare the accounts.

    Paths are read with :func:`rashomon.ingest.iter_documents` (text, HTML, JSONL); bad inputs come back
    as skipped analyses with a reason. With ``db``, everything is stored in SQLite and new documents join
    the incidents stored by earlier runs. ``on_result`` is called after each document (progress bars).
    ``processes > 1`` runs that many worker processes, each with its own model.
    """
    from .ledger import build_ledger, update_stored_ledger
    from .pipeline import analyze_documents

    from .ingest.paths import check_inputs

    items = [inputs] if isinstance(inputs, (str, os.PathLike, Document)) else list(inputs)
    check_inputs([p for p in items if not isinstance(p, Document)])  # a typo fails before any work
    results: list[DocumentAnalysis] = []
    store = None
    if db is not None:
        from .store import open_store

        store = open_store(db)
    ledger = None
    try:
        for a in analyze_documents(_documents(items), processes=processes):
            if store is not None:
                store.save(a)
            results.append(a)
            if on_result is not None:
                on_result(a)
        if link:
            ledger = update_stored_ledger(store, results) if store is not None else build_ledger(results)
    finally:
        if store is not None:
            store.close()
    return Run(results, ledger)


def _documents(items: Iterable[str | os.PathLike[str] | Document]) -> Iterable[Document]:
    from .ingest import iter_documents

    paths: list[str | os.PathLike[str]] = []
    for it in items:
        if isinstance(it, Document):
            if paths:
                yield from iter_documents(paths)
                paths = []
            yield it
        else:
            paths.append(it)
    if paths:
        yield from iter_documents(paths)
