"""Orchestration only: parse documents with spaCy, run the extractors, record skips.

Each stage is a plain function over plain records; this module calls them in order. A document that
fails in any stage is kept with a :class:`~rashomon.models.SkipReason` and the batch goes on.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from .models import Document, DocumentAnalysis, SkipReason

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en",)
DEFAULT_BATCH_SIZE = 32


def skip(document: Document, stage: str, code: str, message: str) -> DocumentAnalysis:
    """An analysis that records why ``document`` was not analysed."""
    return DocumentAnalysis(replace(document, skip_reason=SkipReason(stage, code, message)))


def _precheck(document: Document) -> DocumentAnalysis | None:
    """A skip for documents that must not reach the parser, else None."""
    if document.skip_reason is not None:
        return DocumentAnalysis(document)
    if not document.text.strip():
        return skip(document, "ingest", "empty", f"{document.source or document.id}: the document has no text")
    lang = (document.language or "en").lower()
    if lang not in SUPPORTED_LANGUAGES:
        return skip(
            document,
            "ingest",
            "unsupported-language",
            f"{document.source or document.id}: language {lang!r} is not supported yet "
            f"(supported: {', '.join(SUPPORTED_LANGUAGES)})",
        )
    return None


def extract(doc: "Doc", document: Document) -> DocumentAnalysis:
    """Run attribution and facts on one parsed document."""
    from .extract.attribution import extract_attribution
    from .extract.facts import extract_claims

    t0 = time.perf_counter()
    statements, rebuttals = extract_attribution(doc, document)
    t1 = time.perf_counter()
    claims = extract_claims(doc, document, statements)
    t2 = time.perf_counter()
    return DocumentAnalysis(
        document,
        tuple(statements),
        tuple(rebuttals),
        tuple(claims),
        timings={"attribution": t1 - t0, "facts": t2 - t1},
    )


def analyze_documents(
    documents: Iterable[Document],
    *,
    nlp: "Language | None" = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    processes: int = 1,
) -> Iterator[DocumentAnalysis]:
    """Analyse documents in input order; skipped ones come out with their reason.

    Parsing runs through ``nlp.pipe`` in batches (batch size 16-32 is fastest for the small English
    model); extraction runs on each parsed document as it comes out. With ``processes > 1`` each worker
    process loads the model once and sends back only the small records (order is kept).
    """
    if processes > 1:
        yield from _analyze_in_workers(documents, processes, batch_size)
        return
    if nlp is None:
        from .nlp import load_pipeline

        nlp = load_pipeline()
    pending: list[Document] = []
    for document in documents:
        pre = _precheck(document)
        if pre is not None:
            # Keep input order: flush what is waiting before emitting the skip.
            yield from _parse_and_extract(nlp, pending, batch_size)
            pending = []
            yield pre
            continue
        pending.append(document)
        if len(pending) >= batch_size:
            yield from _parse_and_extract(nlp, pending, batch_size)
            pending = []
    yield from _parse_and_extract(nlp, pending, batch_size)


def _parse_and_extract(nlp: "Language", documents: Sequence[Document], batch_size: int) -> Iterator[DocumentAnalysis]:
    if not documents:
        return
    try:
        docs = list(nlp.pipe((d.text for d in documents), batch_size=batch_size))
    except Exception:  # noqa: BLE001 - one bad document must not stop the batch: retry one by one
        log.exception("batch parse failed; retrying documents one by one")
        docs = []
        for d in documents:
            try:
                docs.append(nlp(d.text))
            except Exception as e:  # noqa: BLE001
                docs.append(e)  # type: ignore[arg-type]
    for document, doc in zip(documents, docs):
        if isinstance(doc, Exception):
            yield skip(document, "nlp", "parse-failed", f"{document.source or document.id}: spaCy failed: {doc}")
            continue
        try:
            yield extract(doc, document)
        except Exception as e:  # noqa: BLE001 - recorded as a skip, with the traceback in the log
            log.exception("extraction failed for %s", document.id)
            yield skip(
                document,
                "extract",
                "extract-failed",
                f"{document.source or document.id}: extraction failed ({type(e).__name__}: {e}); "
                "please report this document",
            )


def _worker_init() -> None:
    import os

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from .nlp import load_pipeline

    load_pipeline()


def _worker_chunk(args: tuple[list[Document], int]) -> list[DocumentAnalysis]:
    documents, batch_size = args
    return list(analyze_documents(documents, batch_size=batch_size))


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for d in documents:
        chunk.append(d)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _analyze_in_workers(documents: Iterable[Document], processes: int, batch_size: int) -> Iterator[DocumentAnalysis]:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")  # a clean interpreter per worker: no forked model or threads
    with ctx.Pool(processes, initializer=_worker_init) as pool:
        work = ((chunk, batch_size) for chunk in _chunks(documents, batch_size * 2))
        for results in pool.imap(_worker_chunk, work):
            yield from results
