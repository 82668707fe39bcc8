"""Rate limits: a token bucket per key (an access or a client address).

Buckets allow a burst (a phone sending the lines it kept while offline) and then a sustained
rate. The number of keys is capped, so a flood of made-up addresses cannot grow memory.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rate:
    per_second: float
    burst: float


@dataclass(frozen=True)
class Limits:
    """The server's limits; tests pass tighter ones."""

    requests_per_address: Rate = Rate(20.0, 60.0)  # every request, reads included
    writes_per_address: Rate = Rate(2.0, 20.0)
    writes_per_access: Rate = Rate(2.0, 20.0)  # "2 lines/s sustained, bursts allowed"
    joins_per_address: Rate = Rate(0.5, 10.0)  # a wrong code is typed a few times, not thousands


class RateLimiter:
    """Token buckets by key; :meth:`take` answers 0 when allowed, else seconds to wait."""

    MAX_KEYS = 4096

    def __init__(self, rate: Rate, clock: Callable[[], float] = time.monotonic) -> None:
        self._rate = rate
        self._clock = clock
        self._buckets: OrderedDict[object, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: object) -> float:
        now = self._clock()
        with self._lock:
            tokens, stamp = self._buckets.pop(key, (self._rate.burst, now))
            tokens = min(self._rate.burst, tokens + (now - stamp) * self._rate.per_second)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self._rate.per_second
            self._buckets[key] = (tokens, now)
            while len(self._buckets) > self.MAX_KEYS:
                self._buckets.popitem(last=False)  # the least recently seen key
            return wait
