"""Telling a server's address from a file name, and showing it without its password."""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres")


def is_server_url(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL database (``postgresql://user@host:port/name``)."""
    return urlsplit(text).scheme in SCHEMES and "://" in text


def without_password(url: str) -> str:
    """The URL as it may be shown or remembered: a password in it is left out."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}{host}{port}", parts.path, parts.query, parts.fragment))


def with_password(url: str, password: str) -> str:
    """The URL carrying ``password`` (percent-encoded), to connect with; never to be stored."""
    parts = urlsplit(url)
    user = quote(parts.username or "", safe="")
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{user}:{quote(password, safe='')}@{parts.hostname or ''}{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
