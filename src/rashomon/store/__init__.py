"""The SQLite store: schema and migrations, idempotent writes, read queries shared by all faces.

Depends only on :mod:`rashomon.models`. See :func:`open_store` and :class:`Store`.
"""

from .schema import MIGRATIONS, SCHEMA_VERSION
from .sqlite import Store, fingerprint, open_store

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Store", "fingerprint", "open_store"]
