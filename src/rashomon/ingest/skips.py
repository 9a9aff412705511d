"""Skip codes of the ingest stage and the placeholder documents that record them.

An input that cannot be analysed never stops a batch: it comes out as a :class:`Document` whose
``skip_reason`` says why (stage ``ingest``), so it is counted and shown like any other document.
"""

from __future__ import annotations

from ..models import Document, SkipReason
from .ids import skip_id

STAGE = "ingest"

EMPTY = "empty"  # empty or whitespace-only file or text
BINARY = "binary"  # NUL bytes or control characters: not text
UNDECODABLE = "undecodable"  # not UTF-8 / UTF-16 with BOM / clean cp1252
BAD_JSON = "bad-json"  # a JSON Lines record that does not parse or is not an object
MISSING_TEXT = "missing-text"  # a JSON record without any text field
UNSUPPORTED_LANGUAGE = "unsupported-language"  # declared or detected language is not English
TOO_LARGE = "too-large"  # a file (or JSON Lines record) above max_bytes
UNREADABLE = "unreadable"  # the operating system refused (permissions, I/O error)
UNSUPPORTED_FORMAT = "unsupported-format"  # PDF, Word, images, unknown extensions
DUPLICATE = "duplicate"  # the same document id was already produced in this batch

CODES: tuple[str, ...] = (
    EMPTY,
    BINARY,
    UNDECODABLE,
    BAD_JSON,
    MISSING_TEXT,
    UNSUPPORTED_LANGUAGE,
    TOO_LARGE,
    UNREADABLE,
    UNSUPPORTED_FORMAT,
    DUPLICATE,
)


class IngestSkip(Exception):
    """Raised inside the ingest stage to turn one input into a skipped document (never escapes it)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def reason(code: str, message: str) -> SkipReason:
    """A SkipReason of the ingest stage."""
    return SkipReason(stage=STAGE, code=code, message=message)


def skipped(source: str, code: str, message: str, *, id: str | None = None) -> Document:
    """A document standing for an input that could not be read; its id derives from ``source``."""
    return Document(
        id=id or skip_id(source),
        text="",
        source=source,
        skip_reason=reason(code, message),
    )
