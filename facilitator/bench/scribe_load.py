"""Simulated table scribes: phones that join and add a line a second, for the load test and bench.

Each phone is a thread with one keep-alive HTTP connection from its own loopback address
(127.0.0.2, 127.0.0.3, …), so the server's per-address limits see distinct phones, as on a
venue network. Only loopback is ever contacted. Standard library only: the bench needs no
test dependencies.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

WRITE_HEADERS = {"Content-Type": "application/json", "X-Scribe": "1"}


@dataclass
class PhoneResult:
    """What one phone sent and heard."""

    cluster_index: int
    sent: list[str] = field(default_factory=list)  # texts acknowledged as stored (201)
    ack_ms: list[float] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)  # any status that was not 200/201/304
    errors: list[str] = field(default_factory=list)


class Phone:
    """One phone's connection, with the session cookie it got by joining."""

    def __init__(self, address: str, source_ip: str) -> None:
        host, port = address.rsplit(":", 1)
        self._address = address
        self._connection = http.client.HTTPConnection(host, int(port), timeout=10, source_address=(source_ip, 0))
        self._cookie = ""

    def request(self, method: str, path: str, body: object | None = None) -> tuple[int, bytes]:
        headers = {"Host": self._address, **(WRITE_HEADERS if body is not None else {})}
        if self._cookie:
            headers["Cookie"] = self._cookie
        data = json.dumps(body).encode("utf-8") if body is not None else None
        self._connection.request(method, path, body=data, headers=headers)
        response = self._connection.getresponse()
        payload = response.read()
        cookie = response.getheader("set-cookie")
        if cookie:
            self._cookie = cookie.split(";", 1)[0]
        return response.status, payload

    def close(self) -> None:
        self._connection.close()


def run_phones(address: str, codes: list[str], item_id: int, seconds: float, *, per_second: float = 1.0,
               poll_every_s: float = 2.0, on_sent: Callable[[str, float], None] | None = None) -> list[PhoneResult]:
    """``len(codes)`` phones, each joining with its code and adding ``per_second`` lines for ``seconds``.

    ``on_sent(text, perf_counter)`` is told the moment each line leaves (for the wall's latency).
    Every phone also reads its page every ``poll_every_s``, as the real page does.
    """
    results = [PhoneResult(index) for index in range(len(codes))]
    start = threading.Barrier(len(codes) + 1)
    threads = [
        threading.Thread(target=_phone, args=(address, code, index, len(codes), item_id, seconds, per_second,
                                              poll_every_s,
                                              results[index], start, on_sent), daemon=True)
        for index, code in enumerate(codes)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    for thread in threads:
        thread.join(seconds + 60)
    return results


def _phone(address: str, code: str, index: int, phones: int, item_id: int, seconds: float, per_second: float,
           poll_every_s: float, result: PhoneResult, start: threading.Barrier,
           on_sent: Callable[[str, float], None] | None) -> None:
    phone = Phone(address, f"127.0.0.{index + 2}")
    try:
        status, _ = phone.request("POST", "/api/join", {"code": code})
        start.wait()
        if status != 200:
            result.refused.append(status)
            return
        began = time.perf_counter()
        next_poll = began
        count = round(seconds * per_second)
        for number in range(count):
            due = began + (number + index / phones) / per_second  # phones spread over the second
            time.sleep(max(0.0, due - time.perf_counter()))
            text = f"Bord {index + 1}, linje {number + 1}"
            sent_at = time.perf_counter()
            if on_sent is not None:
                on_sent(text, sent_at)
            status, _ = phone.request("POST", "/api/lines", {"client_id": uuid.uuid4().hex, "item_id": item_id,
                                                             "column": 0, "text": text, "sub": False})
            if status == 201:
                result.ack_ms.append((time.perf_counter() - sent_at) * 1000)
                result.sent.append(text)
            else:
                result.refused.append(status)
            if time.perf_counter() >= next_poll:
                status, _ = phone.request("GET", "/api/page")
                if status != 200:
                    result.refused.append(status)
                next_poll += poll_every_s
    except (OSError, http.client.HTTPException, threading.BrokenBarrierError) as error:
        result.errors.append(repr(error))
        start.abort()  # nobody waits for a phone that never joined
    finally:
        phone.close()


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (0.5, 0.99) by the nearest-rank method."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def main() -> int:
    """``python -m facilitator.bench.scribe_load ADDRESS ITEM SECONDS CODE…``: the phones as their own
    process (as real phones are), printing one JSON object: acks, send instants, refusals, errors."""
    import sys

    address, item_id, seconds, *codes = sys.argv[1:]
    sent: dict[str, float] = {}
    results = run_phones(address, codes, int(item_id), float(seconds), on_sent=sent.__setitem__)
    print(json.dumps({
        "ack_ms": [ms for result in results for ms in result.ack_ms],
        "sent": sent,  # time.perf_counter() is the system's monotonic clock: comparable across processes
        "refused": [status for result in results for status in result.refused],
        "errors": [error for result in results for error in result.errors],
    }), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
