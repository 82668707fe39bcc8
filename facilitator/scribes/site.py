"""One workshop's scribe server with the tokens it handed out: what the console and the CLI run.

The tokens live in memory for as long as the site runs (only their hashes are stored), so the
console can draw each cluster's QR code. Starting a site issues a fresh token per cluster; phones
that joined in an earlier run keep their sessions (see :mod:`facilitator.scribes.sessions`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from facilitator.domain.access_tokens import grouped
from facilitator.scribes.addresses import Link, local_addresses
from facilitator.scribes.limits import Limits
from facilitator.scribes.news import ChangeSource
from facilitator.scribes.page_texts import page_texts
from facilitator.scribes.presence import Presence, PresenceBook
from facilitator.scribes.server import ALL_INTERFACES, ScribeServer, bind
from facilitator.scribes.web import ScribeContext, build_app
from facilitator.services.changes import Changes
from facilitator.services.scribes import AccessState, ScribeService


@dataclass(frozen=True)
class JoinCard:
    """What a table needs to join: its QR link, the short address and the code to type."""

    cluster_id: int
    cluster_name: str
    colour: str
    url: str  # http://HOST:PORT/#TOKEN (the QR code)
    address: str  # HOST:PORT
    code: str  # the token in groups of four


def public_host(host: str) -> str:
    """The address phones are told: the bound one, or the best local one when bound to all."""
    if host != ALL_INTERFACES:
        return host
    reachable = [a for a in local_addresses() if a.link is not Link.LOOPBACK and not a.link_local]
    return reachable[0].address if reachable else "127.0.0.1"


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The ``Host`` headers the server answers to (DNS rebinding gets a 403)."""
    names = [a.address for a in local_addresses()] + ["localhost"] if host == ALL_INTERFACES else [host]
    if host.startswith("127.") or host == ALL_INTERFACES:
        names += ["localhost", "127.0.0.1"]
    hosts = {f"{name}:{port}" for name in names}
    if port == 80:
        hosts |= set(names)
    return frozenset(hosts)


class ScribeSite:
    """The running server for ``workshop_id`` and one live token per cluster.

    Args:
        change_log: where the phones' pages learn what changed (the store's change log).
        on_commit: called (in the server's thread) with the :class:`Changes` of every phone write.
        limits: the rate limits (tests tighten them).
    """

    def __init__(self, scribes: ScribeService, change_log: ChangeSource, workshop_id: int, language: str,
                 host: str, port: int, on_commit: Callable[[Changes], None], limits: Limits = Limits()) -> None:
        self._scribes = scribes
        self.workshop_id = workshop_id
        self.presence = PresenceBook()
        self._tokens: dict[int, str] = {}
        sock = bind(host, port)  # first: a refusal is a BindError before anything else starts
        self.port = sock.getsockname()[1]  # port 0 (tests): the one the system chose
        self.host = public_host(host)
        try:
            context = ScribeContext(scribes, workshop_id, language, page_texts(language),
                                    allowed_hosts(host, self.port), on_commit, change_log, limits, self.presence)
            self.server = ScribeServer(build_app(context), sock)
            self._news = context.news
        except BaseException:
            sock.close()
            raise

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def clusters(self) -> list[AccessState]:
        return self._scribes.states(self.workshop_id)

    def card(self, cluster: AccessState) -> JoinCard:
        """The cluster's join card, issuing its token for this run the first time it is asked."""
        token = self._tokens.get(cluster.cluster_id)
        if token is None:
            token = self._tokens[cluster.cluster_id] = self._scribes.issue(self.workshop_id, cluster.cluster_id)
        return JoinCard(cluster.cluster_id, cluster.cluster_name, cluster.colour,
                        f"http://{self.address}/#{token}", self.address, grouped(token))

    def cards(self) -> list[JoinCard]:
        return [self.card(cluster) for cluster in self.clusters()]

    def reissue(self, cluster_id: int) -> None:
        """Revoke the cluster's access (its phones and QR code stop at once) and make a new one."""
        self._tokens[cluster_id] = self._scribes.reissue(self.workshop_id, cluster_id)
        self.presence.forget(cluster_id)

    def presences(self) -> dict[int, Presence]:
        return self.presence.snapshot()

    def stop(self) -> None:
        self._news.close()  # held reads answer at once, so the server stops without cutting them
        self.server.stop()
