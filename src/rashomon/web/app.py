"""The ASGI app: one store, the API, the pages, bundled static files, errors in one shape, limits."""

from __future__ import annotations

import hashlib
import mimetypes
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.responses import Response

from .. import __version__
from ..errors import RashomonError
from ..store import Store, open_store
from . import api, errors, pages
from .errors import WebError
from .security import BodyLimit, SecurityHeaders
from .settings import Settings

PACKAGE = resources.files(__package__)


class NoSuchStore(RashomonError):
    """The database given to ``serve`` does not exist."""


def load_static() -> dict[str, tuple[bytes, str, str]]:
    """Every bundled static file, read once: name -> (bytes, media type, etag). Requests never touch the disk."""
    out: dict[str, tuple[bytes, str, str]] = {}
    root = PACKAGE / "static"

    def walk(node: Any, prefix: str) -> None:
        for child in node.iterdir():
            name = f"{prefix}{child.name}"
            if child.is_dir():
                walk(child, name + "/")
            elif child.is_file():
                data = child.read_bytes()
                media = mimetypes.guess_type(child.name)[0] or "application/octet-stream"
                if media.startswith("text/") or media in ("application/javascript", "application/json"):
                    media += "; charset=utf-8"
                out[name] = (data, media, '"' + hashlib.sha1(data).hexdigest()[:16] + '"')

    walk(root, "")
    return out


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(PACKAGE / "templates")), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["version"] = __version__
    return env


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    """The app over ``settings.db`` (or an already open ``store``). Raises WebConfigError for unsafe settings."""
    settings.check()
    if store is None:
        if settings.db != ":memory:" and not os.path.exists(settings.db):
            raise NoSuchStore(f"{settings.db}: no such database. Run `rashomon analyze PATH... --db {settings.db}` first.")
        store = open_store(settings.db)
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(lifespan=lifespan, title="Rashomon", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="Incidents, attributed statements, claims and disputes from one "
                  "Rashomon SQLite store. Every error has the shape of ErrorBody.")
    app.state.settings = settings
    app.state.store = store
    app.state.templates = templates()
    app.state.static = load_static()
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(request: Request, name: str) -> Response:
        found = request.app.state.static.get(name)
        if found is None:
            raise WebError(404, f"No static file {name!r}.")
        data, media, etag = found
        headers = {"etag": etag, "cache-control": "public, max-age=3600"}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(data, media_type=media, headers=headers)

    app.add_middleware(BodyLimit, max_body=settings.max_body)
    app.add_middleware(SecurityHeaders)
    return app
