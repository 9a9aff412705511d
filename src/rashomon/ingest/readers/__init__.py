"""One reader per input format; each turns decoded content into :class:`~rashomon.models.Document`."""

from .html import read_html
from .records import iter_json, iter_jsonl, record_document
from .text import read_text, split_headline

__all__ = ["iter_json", "iter_jsonl", "read_html", "read_text", "record_document", "split_headline"]
