"""Write access (token, constant-time), same-origin writes, request size limits and security headers."""

from __future__ import annotations

import hmac
import json
from urllib.parse import urlsplit

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import WebError, error_body
from .settings import Settings

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


def token_of(request: Request, form_token: str | None = None) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-rashomon-token") or form_token or None


def check_write(request: Request, form_token: str | None = None) -> None:
    """Raise a WebError unless this request may write: not read-only, same origin, right token (if one is set)."""
    settings: Settings = request.app.state.settings
    if settings.read_only:
        raise WebError(403, "This server is read-only (started with --read-only); restart it without that flag to add documents.",
                       "read-only")
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise WebError(403, f"Cross-origin write refused (Origin {origin}); send writes from this server's own pages or without an Origin header.",
                       "cross-origin")
    if not settings.token:
        return
    given = token_of(request, form_token)
    if not given:
        raise WebError(401, "This server needs a token to write: send `Authorization: Bearer <token>` "
                            "(or the token field of the upload form).", "token-required",
                       headers={"WWW-Authenticate": 'Bearer realm="rashomon"'})
    if not hmac.compare_digest(given.encode("utf-8"), settings.token.encode("utf-8")):
        raise WebError(403, "The token is wrong; use the one the server was started with (--token).", "bad-token")


class BodyLimit:
    """ASGI middleware: a request body larger than ``max_body`` bytes gets a 413 before the app sees it."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await self._too_large(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body:
                await self._too_large(send)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        whole = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send) -> None:
        body = json.dumps(error_body(413, "too-large", f"Request body too large: the limit is {self.max_body:,} bytes "
                                     "(--max-body); send fewer or smaller documents per request.")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close"), *HEADERS]})
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """ASGI middleware: CSP (no inline script or style), nosniff, no framing, same-origin referrer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, with_headers)
