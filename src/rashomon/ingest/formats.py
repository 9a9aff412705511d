"""Which reader handles a file: by extension first, by sniffing the first bytes when it has none."""

from __future__ import annotations

import re
from pathlib import Path

TEXT = "text"
HTML = "html"
JSONL = "jsonl"
JSON = "json"

EXTENSIONS: dict[str, str] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".markdown": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".jsonlines": JSONL,
    ".json": JSON,
}

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:p|div|article|title|meta|br)\b[^>]*>", re.I)


def format_of(path: Path, head: bytes) -> str | None:
    """The format of ``path`` (text, html, jsonl, json) or None when Rashomon does not read it.

    Known extensions decide. Files without an extension (or with one Rashomon does not know, when
    the content is clearly HTML or JSON Lines) are sniffed from their first bytes ``head``.
    """
    ext = path.suffix.lower()
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    sniffed = sniff(head)
    if ext and not _plausible_extension(ext):
        return sniffed if sniffed != TEXT else None
    return sniffed


def sniff(head: bytes) -> str:
    """Guess html, jsonl or text from the first bytes of a file."""
    body = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(body) or len(_HTML_TAGS.findall(body)) >= 3:
        return HTML
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and all(line.startswith(b"{") for line in lines[:5]):
        return JSONL
    return TEXT


def _plausible_extension(ext: str) -> bool:
    """A suffix that is really part of the name (``report.2023-03-07``), not a file type."""
    return not ext[1:].isalpha()
