"""JSON Lines (one record per line) and JSON (a list of records) files.

A record has ``id, url, title, outlet, published, language, text``; common crawler names are
accepted too (``maintext``/``content``/``body``, ``date_publish``/``date``/``published_at``,
``source_domain``/``source``/``site_name``, ``headline``, ``lang``). A record's own ``id`` is kept as
the document id (gold files key on it); records without one get a hash of their text.

JSON Lines files are streamed line by line, so ``max_bytes`` limits each record, not the file.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from ...models import Document
from ..ids import bad_line_id, document_id, skip_id
from ..language import normalize_language
from ..normalize import clean_field, normalize_date, normalize_text
from ..skips import BAD_JSON, EMPTY, MISSING_TEXT, TOO_LARGE, UNDECODABLE, IngestSkip, skipped

TEXT_KEYS = ("text", "maintext", "content", "body")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
OUTLET_KEYS = ("outlet", "source_domain", "source", "site_name", "sitename")
PUBLISHED_KEYS = ("published", "date_publish", "date", "published_at", "publish_date")
LANGUAGE_KEYS = ("language", "lang")
_CHUNK = 1 << 20


def iter_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[Document]:
    """Documents from a JSON Lines file, one per non-blank line (a skipped one for each bad line)."""
    with open(path, "rb") as f:
        if f.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            yield from _iter_utf16(f, path, source, max_bytes)
            return
        f.seek(0)
        yield from _iter_lines(f, source, max_bytes)


def _iter_lines(f: BinaryIO, source: str, max_bytes: int) -> Iterator[Document]:
    seen_record = False
    line_no = 0
    while raw := f.readline(max_bytes + 1):
        line_no += 1
        if line_no == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        where = f"{source}:{line_no}"
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw) + _drain_line(f)
            seen_record = True
            yield skipped(
                where,
                TOO_LARGE,
                f"{where}: record is {size:,} bytes, above the limit of {max_bytes:,} bytes; "
                "shorten it or raise the limit (max_bytes)",
            )
            continue
        if not raw.strip():
            continue
        seen_record = True
        yield _line_document(raw, source, line_no)
    if not seen_record:
        yield skipped(source, EMPTY, f"{source}: no records (the JSON Lines file is empty)")


def _iter_utf16(f: BinaryIO, path: Path, source: str, max_bytes: int) -> Iterator[Document]:
    size = path.stat().st_size
    if size > max_bytes:
        yield skipped(
            source,
            TOO_LARGE,
            f"{source}: UTF-16 file of {size:,} bytes, above the limit of {max_bytes:,} bytes; "
            "save it as UTF-8 (then it is read line by line)",
        )
        return
    f.seek(0)
    try:
        text = f.read().decode("utf-16")
    except UnicodeDecodeError as e:
        yield skipped(source, UNDECODABLE, f"{source}: not valid UTF-16 ({e.reason}); save it as UTF-8")
        return
    lines = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not lines:
        yield skipped(source, EMPTY, f"{source}: no records (the JSON Lines file is empty)")
    for n, line in lines:
        yield _line_document(line.encode("utf-8"), source, n)


def _drain_line(f: BinaryIO) -> int:
    """Skip the rest of an over-long line without holding it in memory; return its length."""
    skipped_bytes = 0
    while chunk := f.readline(_CHUNK):
        skipped_bytes += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped_bytes


def _line_document(raw: bytes, source: str, line_no: int) -> Document:
    where = f"{source}:{line_no}"
    bad_id = bad_line_id(source, line_no, raw)
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return skipped(
            where,
            UNDECODABLE,
            f"{where}: not UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
            "save the file as UTF-8",
            id=bad_id,
        )
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        return skipped(
            where,
            BAD_JSON,
            f"{where}: not valid JSON: {_json_error(e)} at column {e.colno}; fix or remove this line",
            id=bad_id,
        )
    if not isinstance(obj, dict):
        return skipped(
            where,
            BAD_JSON,
            f"{where}: expected a JSON object ({{...}}) per line, got {_json_type(obj)}",
            id=bad_id,
        )
    return record_document(obj, where)


def iter_json(text: str, source: str) -> Iterator[Document]:
    """Documents from a JSON file: a list of records, one record, or ``{"documents": [...]}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield skipped(
            source,
            BAD_JSON,
            f"{source}: not valid JSON: {_json_error(e)} at line {e.lineno}, column {e.colno}; "
            "fix it, or use JSON Lines (.jsonl) with one record per line",
        )
        return
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        data = data["documents"]
    records = data if isinstance(data, list) else [data]
    if not records:
        yield skipped(source, EMPTY, f"{source}: no records (the JSON list is empty)")
    for i, obj in enumerate(records, start=1):
        where = f"{source}[{i}]"
        if not isinstance(obj, dict):
            yield skipped(where, BAD_JSON, f"{where}: expected a JSON object ({{...}}), got {_json_type(obj)}")
            continue
        yield record_document(obj, where)


def record_document(obj: Mapping[str, Any], source: str) -> Document:
    """A document from one JSON record (a skipped one when it has no usable text)."""
    own_id = _own_id(obj)
    try:
        text = _record_text(obj, source)
    except IngestSkip as skip:
        return skipped(source, skip.code, skip.message, id=own_id or skip_id(source))
    return Document(
        id=own_id or document_id(text),
        text=text,
        title=_first(obj, TITLE_KEYS),
        url=_first(obj, URL_KEYS),
        outlet=_outlet(obj),
        published=_published(obj),
        language=normalize_language(_first(obj, LANGUAGE_KEYS)),
        source=source,
    )


def _record_text(obj: Mapping[str, Any], source: str) -> str:
    present = [key for key in TEXT_KEYS if obj.get(key) is not None]
    if not present:
        raise IngestSkip(
            MISSING_TEXT,
            f"{source}: record has no text (looked for the fields {', '.join(TEXT_KEYS)}); "
            "put the article text in 'text'",
        )
    for key in present:
        value = obj[key]
        if isinstance(value, str) and value.strip():
            return normalize_text(value)
    key = present[0]
    if not isinstance(obj[key], str):
        raise IngestSkip(
            MISSING_TEXT,
            f"{source}: field {key!r} is {_json_type(obj[key])}, not a string; put the article text in 'text'",
        )
    raise IngestSkip(EMPTY, f"{source}: field {key!r} is empty or whitespace only")


def _own_id(obj: Mapping[str, Any]) -> str | None:
    value = obj.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text or None


def _first(obj: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = clean_field(obj.get(key))
        if value:
            return value
    return None


def _outlet(obj: Mapping[str, Any]) -> str | None:
    for key in OUTLET_KEYS:
        value = obj.get(key)
        if isinstance(value, dict):  # NewsAPI style: "source": {"id": ..., "name": "..."}
            value = value.get("name")
        cleaned = clean_field(value)
        if cleaned:
            return cleaned
    return None


def _published(obj: Mapping[str, Any]) -> str | None:
    for key in PUBLISHED_KEYS:
        value = normalize_date(obj.get(key))
        if value:
            return value
    return None


def _json_error(error: json.JSONDecodeError) -> str:
    return error.msg.removesuffix(" at")


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
