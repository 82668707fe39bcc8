"""Session cookies of the phones: signed, tied to one access, dead when the access is revoked.

The cookie carries ``ACCESS.NONCE.MAC``, where MAC is an HMAC-SHA256 of ``ACCESS.NONCE`` keyed
by the access's stored token hash. Nothing needs to be remembered in memory, so phones stay
joined when the laptop's app restarts; revoking the access (the row's ``revoked_at``) ends every
cookie made from it, because the key is no longer handed out. The nonce tells one phone from
another for the console's "who is connected".
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

COOKIE_NAME = "scribe"
_SHAPE = re.compile(r"^([1-9][0-9]{0,17})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True)
class SessionCookie:
    access_id: int
    nonce: str
    mac: str


def _mac(key: bytes, access_id: int, nonce: str) -> str:
    digest = hmac.new(key, f"{access_id}.{nonce}".encode("ascii"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def make_cookie(access_id: int, key: bytes) -> str:
    """A new session's cookie value for ``access_id``."""
    nonce = secrets.token_urlsafe(16)
    return f"{access_id}.{nonce}.{_mac(key, access_id, nonce)}"


def parse_cookie(value: str | None) -> SessionCookie | None:
    """The cookie's parts when it has the right shape (nothing is trusted yet)."""
    match = _SHAPE.match(value or "")
    if match is None:
        return None
    return SessionCookie(int(match.group(1)), match.group(2), match.group(3))


def is_signed(cookie: SessionCookie, key: bytes) -> bool:
    """Whether ``key`` made this cookie (compared in constant time)."""
    return hmac.compare_digest(cookie.mac, _mac(key, cookie.access_id, cookie.nonce))
