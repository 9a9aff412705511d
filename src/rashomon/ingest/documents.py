"""iter_documents: files and directories in, Documents out, one per report (or per skipped input)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from ..models import Document, content_id
from . import formats
from .decode import SUPPORTED_FORMATS_HINT, check_not_binary, decode
from .language import detect_language
from .normalize import normalize_text
from .paths import Entry, check_inputs, iter_entries
from .readers import iter_json, iter_jsonl, read_html, read_text
from .skips import (
    DUPLICATE,
    EMPTY,
    TOO_LARGE,
    UNREADABLE,
    UNSUPPORTED_FORMAT,
    UNSUPPORTED_LANGUAGE,
    IngestSkip,
    reason,
    skipped,
)

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20_000_000
_HEAD_BYTES = 8192


def iter_documents(
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Read reports from files and directories, one Document each, in a deterministic order.

    Raises :class:`~rashomon.errors.InputNotFound` at once (before anything is read) when an input
    does not exist. Every other problem becomes a Document with ``skip_reason`` (stage ``ingest``)
    and the batch goes on. ``max_bytes`` limits each file (each record, for JSON Lines).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    checked = check_inputs(paths)
    return _generate(checked, max_bytes)


def _generate(paths: list[Path], max_bytes: int) -> Iterator[Document]:
    seen: dict[str, str] = {}
    for entry in iter_entries(paths):
        for document in _read_entry(entry, max_bytes):
            document = _dedup(_check_language(document), seen)
            if document.skip_reason:
                log.info("skipped %s", document.skip_reason.message)
            yield document


def _read_entry(entry: Entry, max_bytes: int) -> Iterator[Document]:
    if entry.error is not None:
        yield _unreadable(entry.source, entry.error)
        return
    try:
        yield from _read_file(entry.path, entry.source, max_bytes)
    except IngestSkip as skip:
        yield skipped(entry.source, skip.code, skip.message)
    except OSError as e:
        yield _unreadable(entry.source, e)


def _read_file(path: Path, source: str, max_bytes: int) -> Iterator[Document]:
    log.debug("reading %s", source)
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(_HEAD_BYTES)
    if not head.strip():
        if size <= len(head):
            raise IngestSkip(EMPTY, f"{source}: empty file (no text to analyse)")
    check_not_binary(head, source)
    fmt = formats.format_of(path, head)
    if fmt is None:
        raise IngestSkip(
            UNSUPPORTED_FORMAT,
            f"{source}: unsupported format {path.suffix!r}; {SUPPORTED_FORMATS_HINT}",
        )
    if fmt == formats.JSONL:
        yield from iter_jsonl(path, source, max_bytes)
        return
    if size > max_bytes:
        raise IngestSkip(
            TOO_LARGE,
            f"{source}: file is {size:,} bytes, above the limit of {max_bytes:,} bytes; "
            "split it or raise the limit (max_bytes)",
        )
    text = normalize_text(decode(path.read_bytes(), source))
    if not text.strip():
        raise IngestSkip(EMPTY, f"{source}: empty file (whitespace only, no text to analyse)")
    if fmt == formats.JSON:
        yield from iter_json(text, source)
    elif fmt == formats.HTML:
        yield read_html(text, source)
    else:
        yield read_text(text, source)


def _unreadable(source: str, error: OSError) -> Document:
    why = error.strerror or str(error)
    return skipped(source, UNREADABLE, f"{source}: cannot read it ({why}); check that you may read it")


def _check_language(document: Document) -> Document:
    """Skip documents that are not English: as declared by the record, else as detected."""
    if document.skip_reason:
        return document
    declared = document.language
    if declared is not None:
        if declared == "en":
            return document
        return replace(
            document,
            skip_reason=reason(
                UNSUPPORTED_LANGUAGE,
                f"{document.source}: language is {declared!r} (declared in the record), "
                "but Rashomon analyses English reports only",
            ),
        )
    detection = detect_language(document.text)
    if detection.language in (None, "en"):
        return replace(document, language="en")
    return replace(
        document,
        language=None if detection.language == "und" else detection.language,
        skip_reason=reason(
            UNSUPPORTED_LANGUAGE,
            f"{document.source}: does not look like English ({detection.evidence}); "
            "Rashomon analyses English reports only",
        ),
    )


def _dedup(document: Document, seen: dict[str, str]) -> Document:
    """A second document with an id already seen in this batch becomes a ``duplicate`` skip."""
    first = seen.get(document.id)
    if first is None:
        seen[document.id] = document.source or ""
        return document
    source = document.source or ""
    return skipped(
        source,
        DUPLICATE,
        f"{source}: duplicate of {first} (same document id {document.id!r}); analysed once",
        id=content_id("duplicate", source, document.id),
    )
