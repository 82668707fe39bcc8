"""File names made safe for Windows, macOS and Linux from whatever a user once typed or stored.

An attachment's stored name may hold path parts ("..\\..\\x", "/etc/passwd"), characters Windows
forbids, a device name ("CON.txt"), trailing dots, or be empty; the send package must write every
file next to the minutes under a name that opens on the recipient's machine too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_NAME = 120
"""Characters kept of a name (well below every file system's limit, with room for a folder)."""

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def stored_file_name(name: str, fallback: str = "bilag") -> str:
    """A stored file's name without any path parts it came with ("..\\..\\x", "/etc/passwd")."""
    return safe_file_name(name.replace("\\", "/").split("/")[-1], fallback)


def safe_file_name(name: str, fallback: str = "bilag") -> str:
    """``name`` (a title, say) as a plain file name: nothing a system refuses, "/" a space."""
    text = unicodedata.normalize("NFC", name)
    text = " ".join(_FORBIDDEN.sub(" ", text).split())
    text = text.strip(" .") if text.strip(" .") else ""
    if not text:
        text = " ".join(_FORBIDDEN.sub(" ", unicodedata.normalize("NFC", fallback)).split()).strip(" .") or "bilag"
    if _RESERVED.match(text):
        text = "_" + text
    if len(text) > MAX_NAME:
        stem, dot, suffix = text.rpartition(".")
        if dot and 0 < len(suffix) <= 10:
            text = stem[: MAX_NAME - len(suffix) - 1].rstrip(" .") + "." + suffix
        else:
            text = text[:MAX_NAME].rstrip(" .")
    return text


def unique_names(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """``names`` made distinct as Windows and macOS see names (case-insensitively): "x (2).pdf"."""
    seen = {n.casefold() for n in taken}
    result = []
    for name in names:
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem:
            stem, suffix = name, ""
        candidate, number = name, 2
        while candidate.casefold() in seen:
            candidate = f"{stem} ({number}).{suffix}" if suffix else f"{stem} ({number})"
            number += 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result
