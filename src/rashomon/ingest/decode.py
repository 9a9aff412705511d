"""Bytes to text: recognise binary files and document formats we do not read, then decode.

Decoding tries, in order: UTF-8 (a UTF-8 BOM is allowed), UTF-16 when the data starts with a UTF-16
BOM, and Windows-1252 only when it decodes cleanly *and* the result looks like text. Anything else
is reported as undecodable with the first offending byte, so the user knows what to fix.
"""

from __future__ import annotations

import codecs
import unicodedata

from .skips import BINARY, EMPTY, UNDECODABLE, UNSUPPORTED_FORMAT, IngestSkip

SUPPORTED_FORMATS_HINT = (
    "Rashomon reads plain text (.txt, .text, .md, or no extension), HTML (.html, .htm) "
    "and JSON Lines (.jsonl, .ndjson) or JSON (.json) records"
)

# Magic numbers of document and media formats that are not text.
_MAGIC: tuple[tuple[bytes, str, bool], ...] = (
    # (prefix, what it is, is it a document format one could convert)
    (b"%PDF-", "a PDF document", True),
    (b"PK\x03\x04", "a ZIP archive (e.g. a .docx, .odt or .epub document)", True),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc/.xls)", True),
    (b"{\\rtf", "an RTF document", True),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", False),
    (b"\xff\xd8\xff", "a JPEG image", False),
    (b"GIF8", "a GIF image", False),
    (b"\x1f\x8b", "a gzip archive", False),
)
_SNIFF_BYTES = 8192
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_MAX_CONTROL_SHARE = 0.01


def sniff_magic(head: bytes) -> tuple[str, bool] | None:
    """What a file is when its first bytes are a known non-text signature: (description, convertible)."""
    for prefix, what, convertible in _MAGIC:
        if head.startswith(prefix):
            return what, convertible
    return None


def check_not_binary(data: bytes, source: str) -> None:
    """Raise an ingest skip when ``data`` is a known non-text format or contains NUL bytes."""
    magic = sniff_magic(data[:16])
    if magic:
        what, convertible = magic
        if convertible:
            raise IngestSkip(
                UNSUPPORTED_FORMAT,
                f"{source}: looks like {what}, which Rashomon does not read; "
                f"convert it to text or HTML first ({SUPPORTED_FORMATS_HINT})",
            )
        raise IngestSkip(BINARY, f"{source}: binary data ({what}), not text; {SUPPORTED_FORMATS_HINT}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    nul = data.find(b"\x00", 0, _SNIFF_BYTES * 4)
    if nul >= 0:
        raise IngestSkip(
            BINARY,
            f"{source}: binary data (NUL byte at offset {nul}), not text; {SUPPORTED_FORMATS_HINT}",
        )


def decode(data: bytes, source: str) -> str:
    """Decode ``data`` as text, or raise an ingest skip (binary, undecodable, empty)."""
    if not data.strip():
        raise IngestSkip(EMPTY, f"{source}: empty file (no text to analyse)")
    check_not_binary(data, source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise IngestSkip(
                UNDECODABLE,
                f"{source}: starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                f"({e.reason} at offset {e.start}); save it as UTF-8",
            ) from e
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            text = _cp1252_or_raise(data, e, source)
    _check_controls(text, source)
    return text


def _cp1252_or_raise(data: bytes, error: UnicodeDecodeError, source: str) -> str:
    bad = data[error.start]
    message = (
        f"{source}: not UTF-8 text (byte 0x{bad:02x} at offset {error.start}); save it as UTF-8"
    )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as e:
        raise IngestSkip(UNDECODABLE, message) from e
    if not looks_like_text(text):
        raise IngestSkip(UNDECODABLE, message)
    return text


def looks_like_text(text: str) -> bool:
    """True when almost every character is a letter, digit, space, punctuation or symbol."""
    if not text:
        return False
    odd = sum(1 for ch in text if _is_odd(ch))
    return odd / len(text) <= _MAX_CONTROL_SHARE


def _is_odd(ch: str) -> bool:
    if ch in _ALLOWED_CONTROLS:
        return False
    return unicodedata.category(ch) in ("Cc", "Co", "Cn")


def _check_controls(text: str, source: str) -> None:
    sample = text[: _SNIFF_BYTES * 4]
    if sample and not looks_like_text(sample):
        raise IngestSkip(
            BINARY,
            f"{source}: mostly control characters, not text; {SUPPORTED_FORMATS_HINT}",
        )
