"""The web face: an ASGI app (FastAPI) with server-rendered pages and a REST API over one store.

``create_app(Settings(db=...))`` builds it; ``serve(settings)`` runs it with uvicorn (``rashomon serve``).
See docs/web.md.
"""

from .app import NoSuchStore, create_app
from .server import serve
from .settings import Settings, WebConfigError, is_loopback

__all__ = ["NoSuchStore", "Settings", "WebConfigError", "create_app", "is_loopback", "serve"]
