"""The table scribes' access tokens: random, typeable, stored only as a hash.

A token is 28 characters of Crockford's base32 (140 random bits): digits and capitals without
I, L, O and U, so a code read off the projector and typed on a phone survives the usual
confusions (``O``/``0``, ``I``/``l``/``1``) and any dashes, spaces or lower case.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 28  # 28 × 5 = 140 bits (the issue asks for at least 128)
GROUP = 4
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def new_token() -> str:
    """A fresh random token (the secrets module's CSPRNG)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str | None:
    """The token a person meant, or ``None`` when it cannot be one (wrong length or letters)."""
    if len(typed) > 4 * LENGTH:  # nobody types that much by hand: refuse before any work
        return None
    cleaned = "".join(_READ_AS.get(c, c) for c in typed.upper() if not c.isspace() and c != "-")
    if len(cleaned) != LENGTH or any(c not in ALPHABET for c in cleaned):
        return None
    return cleaned


def token_hash(token: str) -> str:
    """What the store keeps: the SHA-256 of the token, as 64 hex digits."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def same_hash(a: str, b: str) -> bool:
    """Compare two hashes in constant time (no early exit a timing probe could measure)."""
    return hmac.compare_digest(a.encode("ascii"), b.encode("ascii"))


def grouped(token: str) -> str:
    """``K7QM-2XD9-…``: the token as the projector and the console print it."""
    return "-".join(token[i:i + GROUP] for i in range(0, len(token), GROUP))
