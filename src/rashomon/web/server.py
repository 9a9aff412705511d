"""``rashomon serve``: check the settings, build the app and run it with uvicorn."""

from __future__ import annotations

import logging

from .settings import Settings

log = logging.getLogger(__name__)


def serve(settings: Settings) -> None:
    """Serve ``settings.db`` until interrupted. Raises WebConfigError / NoSuchStore before binding anything."""
    import uvicorn

    from .app import create_app

    app = create_app(settings)
    writes = "read-only" if settings.read_only else ("writes need the token" if settings.token else "writes allowed from this machine")
    print(f"Serving {settings.db} on http://{_url_host(settings.host)}:{settings.port}/ ({writes}); Ctrl-C stops it.", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", server_header=False,
                limit_concurrency=64, timeout_keep_alive=5)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
