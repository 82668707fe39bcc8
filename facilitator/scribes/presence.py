"""Who is connected per cluster: phones seen lately and the time of the last line.

The server notes every request (by the session's nonce) and every stored line; the console asks
for a snapshot. Kept in memory only: it describes this server's run, not the workshop.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

CONNECTED_S = 30.0  # a phone polls every few seconds; silent this long, it is gone


@dataclass(frozen=True)
class Presence:
    phones: int
    last_line_at: datetime | None


class PresenceBook:
    """Thread-safe notes of phones and lines per cluster."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._seen: dict[int, dict[str, float]] = {}
        self._last_line: dict[int, datetime] = {}
        self._lock = threading.Lock()

    def seen(self, cluster_id: int, phone: str) -> None:
        with self._lock:
            self._seen.setdefault(cluster_id, {})[phone] = self._clock()

    def line_stored(self, cluster_id: int, at: datetime) -> None:
        with self._lock:
            self._last_line[cluster_id] = at

    def forget(self, cluster_id: int) -> None:
        """Access revoked: its phones are no longer connected."""
        with self._lock:
            self._seen.pop(cluster_id, None)

    def snapshot(self) -> dict[int, Presence]:
        now = self._clock()
        with self._lock:
            clusters = set(self._seen) | set(self._last_line)
            result = {}
            for cluster_id in clusters:
                phones = self._seen.get(cluster_id, {})
                for phone in [p for p, at in phones.items() if now - at > CONNECTED_S]:
                    del phones[phone]
                result[cluster_id] = Presence(len(phones), self._last_line.get(cluster_id))
            return result
