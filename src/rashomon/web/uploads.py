"""Analyse documents sent to the server: pasted text from memory, uploaded files from a temporary folder we create.

No name or path from the request reaches the filesystem: an uploaded file is written under a name we
make up (``upload-<n><suffix>``, the suffix chosen from a closed list by the original name's ending).
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from ..models import Document, DocumentAnalysis, Incident

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_FILES = 50
_WRITE_LOCK = threading.Lock()  # one analysis at a time writes the store


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


@dataclass(frozen=True)
class Result:
    analyses: list[DocumentAnalysis]
    incidents: tuple[Incident, ...]


def safe_suffix(filename: str) -> str:
    name = filename.lower()
    return next((s for s in SUFFIXES if name.endswith(s)), ".txt")


def pasted(text: str, *, title: str | None = None, outlet: str | None = None, published: str | None = None) -> Document:
    """A Document from pasted text, language checked like any ingested report."""
    from ..api import text_document
    from ..ingest.documents import _check_language

    doc = text_document(text, title=title or None, outlet=outlet or None, published=published or None, language=None)
    return _check_language(replace(doc, source="pasted text"))


def analyse(db: str, documents: list[Document], uploads: list[Upload]) -> Result:
    """Analyse pasted documents and uploaded files into the store at ``db``; return what was analysed."""
    from ..api import analyze
    from ..ingest import iter_documents

    with _WRITE_LOCK, tempfile.TemporaryDirectory(prefix="rashomon-upload-") as tmp:
        inputs: list[Document] = list(documents)
        for i, up in enumerate(uploads):
            path = Path(tmp) / f"upload-{i:03d}{safe_suffix(up.filename)}"
            path.write_bytes(up.data)
            label = f"upload {i + 1}" + (f" ({_label(up.filename)})" if up.filename else "")
            for doc in iter_documents([path]):
                inputs.append(_relabel(doc, str(path), label))
        run = analyze(inputs, db=db)
    return Result(run.analyses, run.incidents)


def _label(filename: str) -> str:
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in name if ch.isprintable())[:80]


def _relabel(doc: Document, path: str, label: str) -> Document:
    """Name the upload, not our temporary file, in the document's source and skip message."""
    source = (doc.source or path).replace(path, label)
    skip = doc.skip_reason
    if skip is not None:
        skip = replace(skip, message=skip.message.replace(path, label))
    return replace(doc, source=source, skip_reason=skip)
