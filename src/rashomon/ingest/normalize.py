"""Text and metadata normalisation.

The text of a document is kept exactly as given except for two changes, so that spans index into it:
a leading byte-order mark is removed and newlines are normalised (``\\r\\n`` and a lone ``\\r`` become
``\\n``). No other character is ever changed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_DATE_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d.%m.%Y",
)


def normalize_text(text: str) -> str:
    """Strip a leading BOM and normalise newlines to ``\\n``; nothing else changes."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_date(value: object) -> str | None:
    """An ISO ``YYYY-MM-DD`` date from common date spellings, or None when it cannot be read.

    Accepts ISO dates and datetimes (``2023-03-07``, ``2023-03-07T10:00:00Z``, ``2023-03-07 10:00``),
    RFC 2822 dates (``Tue, 07 Mar 2023 10:00:00 GMT``), a few written forms (``7 March 2023``,
    ``March 7, 2023``, ``2023/03/07``) and Unix timestamps (seconds, as a number).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    m = _ISO_DATE.match(text)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def clean_field(value: object) -> str | None:
    """A metadata value as a stripped one-line string, or None when absent or empty."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = " ".join(str(value).split())
    return text or None
