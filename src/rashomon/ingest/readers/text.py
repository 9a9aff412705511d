"""Plain text (and Markdown) files.

Headline policy: the first line becomes the document's ``title`` when it looks like a headline, and it
*stays in* ``text``: ``text`` is always the whole file (after BOM stripping and newline normalisation), so
span offsets are offsets into the file as written.
"""

from __future__ import annotations

import re

from ...models import Document
from ..ids import document_id

MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_SENTENCE_END = (".", ",", ";", ":")


def read_text(text: str, source: str) -> Document:
    """A document from normalised plain text; the headline (if any) becomes the title."""
    return Document(id=document_id(text), text=text, title=split_headline(text), source=source)


def split_headline(text: str) -> str | None:
    """The headline of a plain-text report, or None.

    The first non-blank line is a headline when more text follows it and it is short (at most
    200 characters and 30 words) and either is a Markdown heading (``# ...``), or does not end like
    a sentence (``.``, ``,``, ``;``, ``:``) and is followed by a blank line or written in title case.
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not any(line.strip() for line in lines[first + 1 :]):
        return None
    line = lines[first].strip()
    heading = _MARKDOWN_HEADING.match(line)
    title = line[heading.end() :].strip() if heading else line
    if not title or len(title) > MAX_HEADLINE_CHARS or len(title.split()) > MAX_HEADLINE_WORDS:
        return None
    if heading:
        return title
    if title.endswith(_SENTENCE_END):
        return None
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
    return title if followed_by_blank or _title_case(title) else None


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6
