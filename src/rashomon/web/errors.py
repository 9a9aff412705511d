"""One JSON error shape for every API error (and an HTML page for browsers), pinned by tests/web/test_errors.py.

    {"ok": false, "status": 404, "error": "not-found", "message": "No incident 'x'. ...", "details": null}
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from ..errors import StoreError

log = logging.getLogger(__name__)

CODES = {400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found", 405: "method-not-allowed",
         413: "too-large", 415: "unsupported-media-type", 422: "invalid-request", 500: "internal-error"}
MESSAGES = {
    404: "Not found: {path}. The API index at /api/ lists what exists.",
    405: "Method {method} is not allowed on {path}.",
    500: "Internal error while handling {method} {path}; the server log has the details.",
}


class WebError(Exception):
    """An error with an HTTP status, a stable code and a message that says what to do."""

    def __init__(self, status: int, message: str, code: str | None = None, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = details
        self.headers = headers


def error_body(status: int, code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"ok": False, "status": status, "error": code, "message": message, "details": details}


def wants_html(request: Request) -> bool:
    if request.url.path == "/api" or request.url.path.startswith("/api/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> Response:
    if wants_html(request):
        templates = request.app.state.templates
        html = templates.get_template("error.html").render(
            status=status, code=code, message=message, settings=request.app.state.settings, request=request)
        return HTMLResponse(html, status_code=status, headers=headers)
    return JSONResponse(error_body(status, code, message, details), status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Route every error through :func:`error_response`."""

    @app.exception_handler(WebError)
    async def _web(request: Request, exc: WebError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        template = MESSAGES.get(status)
        message = template.format(path=request.url.path, method=request.method) if template else str(exc.detail)
        return error_response(request, status, CODES.get(status, "error"), message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [{"location": [str(p) for p in e.get("loc", ())], "message": e.get("msg", ""), "type": e.get("type", "")}
                   for e in exc.errors()]
        where = "; ".join(f"{'.'.join(d['location'])}: {d['message']}" for d in details)
        return error_response(request, 422, "invalid-request", f"Invalid request: {where}", details)

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return error_response(request, 500, "store-error", f"The store could not answer: {exc}")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal-error", MESSAGES[500].format(path=request.url.path, method=request.method))
