"""A running scribe server over the seed workshop, and phones that talk to it (loopback only)."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx

from facilitator.scribes.limits import Limits, Rate
from facilitator.scribes.site import ScribeSite
from facilitator.services.bundle import Services
from facilitator.services.changes import Changes
from facilitator.services.scribes import ScribeService
from facilitator.storage.models import Contribution
from tests.capture_fixtures import World

WRITE = {"X-Scribe": "1"}
GENEROUS = Limits(requests_per_address=Rate(1000, 1000), writes_per_address=Rate(1000, 1000),
                  writes_per_access=Rate(1000, 1000), joins_per_address=Rate(1000, 1000))


@dataclass
class Running:
    site: ScribeSite
    world: World
    commits: list[Changes] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://{self.site.address}"

    def phone(self, cluster_index: int | None = None, *, local_address: str | None = None) -> httpx.Client:
        """An HTTP client; joined to the cluster's table when ``cluster_index`` is given."""
        transport = httpx.HTTPTransport(local_address=local_address) if local_address else None
        client = httpx.Client(base_url=self.base, transport=transport, timeout=10)
        if cluster_index is not None:
            card = self.site.cards()[cluster_index]
            response = client.post("/api/join", json={"code": card.code}, headers=WRITE)
            assert response.status_code == 200, response.text
        return client

    def stored(self) -> list[Contribution]:
        from sqlmodel import select

        with self.world.store.read() as session:
            return list(session.exec(select(Contribution).order_by(Contribution.id)).all())


@contextmanager
def running_site(world: World, limits: Limits = GENEROUS, language: str = "da") -> Iterator[Running]:
    services = Services.over(world.store)
    scribes = ScribeService(world.store, services.capture, services.run)
    commits: list[Changes] = []
    site = ScribeSite(scribes, services.change_log, world.workshop_id, language, "127.0.0.1", 0, commits.append, limits)
    assert site.server.wait_started()
    try:
        yield Running(site, world, commits)
    finally:
        site.stop()


def raw_request(address: str, method: str, path: str, headers: dict[str, str] | None = None,
                body: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    """Send ``path`` exactly as given (no client-side normalising of ``..`` or ``%2e``)."""
    host, port = address.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        sent = {"Host": address, **(headers or {})}
        if body is not None:
            sent.setdefault("Content-Length", str(len(body)))
        for name, value in sent.items():
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()
