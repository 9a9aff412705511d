"""Rashomon: who says what about an armed incident, and where the accounts disagree."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from .api import Run, RunSummary, analyze, text_document  # noqa: E402


def open_store(path: str = "rashomon.db"):  # type: ignore[no-untyped-def]
    """Open (or create) the SQLite store; see :mod:`rashomon.store`."""
    from .store import open_store as _open

    return _open(path)


__all__ = ["analyze", "open_store", "text_document", "Run", "RunSummary", "__version__"]
