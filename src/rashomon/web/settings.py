"""Server settings as data: name, default and help drive the CLI flags, validation and docs/web.md."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from ..errors import RashomonError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
DEFAULT_MAX_BODY = 5_000_000  # bytes: a POST larger than this gets a 413
MAX_PAGE = 500  # the largest ``limit`` a list accepts
DEFAULT_PAGE = 50


class WebConfigError(RashomonError):
    """The server settings are unsafe or inconsistent (e.g. a public host without a token)."""


@dataclass(frozen=True)
class Settings:
    """How the app serves one store."""

    db: str
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None
    read_only: bool = False
    max_body: int = DEFAULT_MAX_BODY

    def check(self) -> None:
        """Raise :class:`WebConfigError` when the settings are unsafe; return otherwise."""
        if self.token is not None and len(self.token) < 8:
            raise WebConfigError("the token is too short: use at least 8 characters (e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`)")
        if not is_loopback(self.host) and not self.token:
            raise WebConfigError(
                f"refusing to serve on {self.host} without a token: anyone who can reach it could write to the "
                "ledger. Pass --token T (clients send `Authorization: Bearer T`), or keep the default --host 127.0.0.1"
            )
        if self.max_body < 1024:
            raise WebConfigError(f"--max-body must be at least 1024 bytes (got {self.max_body})")
        if not 0 <= self.port <= 65535:
            raise WebConfigError(f"--port must be between 0 and 65535 (got {self.port})")

    @property
    def writes_allowed(self) -> bool:
        return not self.read_only

    @property
    def token_required(self) -> bool:
        return bool(self.token)


def is_loopback(host: str) -> bool:
    """True for localhost and addresses in 127.0.0.0/8 or ::1."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
