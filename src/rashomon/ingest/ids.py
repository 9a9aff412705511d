"""Content-derived ids for ingested documents: the same input always gets the same id."""

from __future__ import annotations

from ..models import content_id


def document_id(text: str) -> str:
    """The id of a document without an id of its own: a hash of its normalised text."""
    return content_id("document", text)


def skip_id(source: str) -> str:
    """The id of an input that could not be read as a document: a hash of where it came from."""
    return content_id("ingest-skip", source)


def bad_line_id(path: str, line_number: int, raw_line: bytes | str) -> str:
    """The id of a malformed JSON Lines record: a hash of its file, line number and raw content."""
    return content_id(path, line_number, raw_line)
