"""HTML pages: trafilatura extracts the main text and the metadata (title, date, site name, url)."""

from __future__ import annotations

import logging
from typing import Any

from ...models import Document
from ..ids import document_id
from ..normalize import clean_field, normalize_date, normalize_text
from ..skips import EMPTY, IngestSkip

log = logging.getLogger(__name__)


def read_html(markup: str, source: str) -> Document:
    """A document from an HTML page: trafilatura's main text, title, date, site name and url.

    The text is trafilatura's extraction (boilerplate removed, one paragraph per line), normalised
    like every other text; spans index into it, not into the HTML.
    """
    meta = _extract(markup, source)
    text = normalize_text(str(meta.get("text") or ""))
    if not text.strip():
        raise IngestSkip(
            EMPTY,
            f"{source}: no article text found in the HTML page; "
            "check that it is the article page itself and not an index or a login page",
        )
    return Document(
        id=document_id(text),
        text=text,
        title=clean_field(meta.get("title")),
        url=clean_field(meta.get("url")),
        outlet=clean_field(meta.get("sitename")) or clean_field(meta.get("hostname")),
        published=normalize_date(meta.get("date")),
        source=source,
    )


def _extract(markup: str, source: str) -> dict[str, Any]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura is robust, but a parser crash must not stop a batch
        log.warning("%s: trafilatura failed (%s); falling back to the page's plain text", source, e)
        result = None
    meta: dict[str, Any] = result.as_dict() if result is not None else {}
    if not str(meta.get("text") or "").strip():
        meta["text"] = trafilatura.html2txt(markup) or ""
    return meta
