"""Ingest: files and directories (plain text, HTML, JSON Lines, JSON) to :class:`Document` records.

Decisions (see docs and tests):

- **Ids.** A JSON record's own ``id`` is kept (gold files key on it); every other document's id is a
  hash of its normalised text, so ingesting the same input twice gives the same ids. Inputs that
  cannot be read get a hash of their source (``path`` or ``path:line``); a malformed JSON Lines line
  gets a hash of (path, line number, raw line).
- **Headlines.** For plain text the first line becomes ``title`` when it looks like a headline and
  stays in ``text``: ``text`` is always the whole file, so spans are offsets into the file as written.
- **Text.** Only a BOM is stripped and newlines normalised to ``\\n``; no other character changes.
- **Missing inputs** raise :class:`~rashomon.errors.InputNotFound` before anything is read.
- **Skips.** Everything else yields a Document with ``skip_reason`` (stage ``ingest``, a code of
  :data:`~rashomon.ingest.skips.CODES`); the batch goes on.
"""

from .documents import DEFAULT_MAX_BYTES, iter_documents
from .language import Detection, detect_language
from .skips import CODES as SKIP_CODES

__all__ = ["DEFAULT_MAX_BYTES", "SKIP_CODES", "Detection", "detect_language", "iter_documents"]
