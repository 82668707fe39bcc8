"""The outermost layer of the scribe server: host check, address rate limit, security headers.

It wraps the Starlette app as plain ASGI so that every response, errors included, carries the
same headers, and so that a request for a host name we do not serve (DNS rebinding: a page on
the internet whose name suddenly points at the laptop) is refused before any route runs.
Nothing the server sends ever carries a stack trace.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from facilitator.scribes.limits import RateLimiter

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOG = logging.getLogger("facilitator.scribes")

# No inline script or style anywhere: the page's script and style are files of this server.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "manifest-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode("ascii")),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)


def error_body(code: str, message: str) -> bytes:
    return json.dumps({"error": code, "message": message}, ensure_ascii=False).encode("utf-8")


async def send_json_error(send: Send, status: int, code: str, message: str,
                          extra: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    body = error_body(code, message)
    headers = [(b"content-type", b"application/json; charset=utf-8"),
               (b"content-length", str(len(body)).encode("ascii")),
               (b"cache-control", b"no-store"), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def retry_after(wait: float) -> bytes:
    """Whole seconds for a ``Retry-After`` header, never 0."""
    return str(max(1, round(wait + 0.5))).encode("ascii")


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return ""


class Guard:
    """Wraps ``app``; ``allowed_hosts`` are the ``Host`` header values the server answers to.

    Args:
        messages: the refusal sentences by status ("403", "429", "500"), in the page's language.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: frozenset[str], requests: RateLimiter,
                 messages: dict[str, str]) -> None:
        self._app = app
        self._hosts = allowed_hosts
        self._requests = requests
        self._messages = messages

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._app(scope, receive, send)
            return
        if scope["type"] != "http":
            return  # no websockets: the connection is simply closed
        if _header(scope, b"host").lower() not in self._hosts:
            await self._refuse(send, 403, "host")
            return
        client = scope.get("client") or ("", 0)
        wait = self._requests.take(client[0])
        if wait > 0:
            await self._refuse(send, 429, "too_many", wait)
            return
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"server"]
                message["headers"] = [*headers, *SECURITY_HEADERS]
            await send(message)

        try:
            await self._app(scope, receive, guarded_send)
        except Exception:  # logged here, never shown: the phone gets a plain sentence
            LOG.exception("scribe request failed: %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await self._refuse(send, 500, "internal")

    async def _refuse(self, send: Send, status: int, code: str, wait: float = 0.0) -> None:
        extra = ((b"retry-after", retry_after(wait)),) if wait else ()
        message = self._messages.get(str(status), self._messages.get("500", ""))
        await send_json_error(self._with_headers(send), status, code, message, extra)

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        return wrapped
