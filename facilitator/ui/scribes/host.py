"""The scribe server inside the window app: started on demand, stopped with the workshop.

Phones write in server threads through the same services as the keyboard, so every write is in
the change log like any other. Its :class:`Changes` also comes back to the GUI thread through a
queued signal and is published on the change feed at once (the feed's own poll would find it
within 200 ms, and skips it now): the capture screen, the console's preview and the wall
re-read the one list as if the line had been typed on the laptop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal

from facilitator.scribes import DEFAULT_PORT
from facilitator.scribes.limits import Limits
from facilitator.scribes.news import ChangeSource
from facilitator.scribes.presence import Presence
from facilitator.services.changes import Changes
from facilitator.services.scribes import ScribeService
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.scribes.join_screen import JoinScreen, JoinTile
from facilitator.ui.scribes.qr import qr_matrix

if TYPE_CHECKING:  # the web stack is imported when the server first starts, not at start-up
    from facilitator.scribes.site import JoinCard, ScribeSite

HOST_SETTING = "scribes/host"
PORT_SETTING = "scribes/port"
NETWORK_SETTING = "scribes/network_name"


class ScribeHost(QObject):
    """Owns the running :class:`ScribeSite` of the open workshop, if any.

    Signals:
        committed(Changes): a phone's write was stored (emitted in a server thread, delivered
            queued to the GUI thread).
        state_changed(): the server started or stopped, or a cluster's code was replaced.
    """

    committed = Signal(object)
    state_changed = Signal()

    def __init__(self, scribes: ScribeService, change_log: ChangeSource, feed: ChangeFeed, settings: QSettings,
                 limits: Limits = Limits(), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scribes = scribes
        self._change_log = change_log
        self._settings = settings
        self._limits = limits
        self.site: ScribeSite | None = None
        self._join: JoinScreen | None = None
        self.committed.connect(feed.publish, Qt.ConnectionType.QueuedConnection)
        feed.changed.connect(self._on_changed)

    # --- remembered choices ------------------------------------------------------------------

    def remembered_host(self) -> str | None:
        value = self._settings.value(HOST_SETTING, "")
        return str(value) or None

    def remembered_port(self) -> int:
        try:
            port = int(self._settings.value(PORT_SETTING, DEFAULT_PORT))
        except (TypeError, ValueError):
            return DEFAULT_PORT
        return port if 1 <= port <= 65535 else DEFAULT_PORT

    def network_name(self) -> str:
        return str(self._settings.value(NETWORK_SETTING, ""))

    def set_network_name(self, name: str) -> None:
        self._settings.setValue(NETWORK_SETTING, name.strip())
        self._join = None
        self.state_changed.emit()

    # --- running -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.site is not None

    def start(self, workshop_id: int, language: str, host: str, port: int) -> ScribeSite:
        """Serve ``workshop_id`` on ``host``:``port``; raises :class:`BindError` when it cannot."""
        from facilitator.scribes.site import ScribeSite

        self.stop()
        self.site = ScribeSite(self._scribes, self._change_log, workshop_id, language, host, port,
                               self.committed.emit, self._limits)
        self._settings.setValue(HOST_SETTING, host)
        self._settings.setValue(PORT_SETTING, port)
        self._join = None
        self.state_changed.emit()
        return self.site

    def stop(self) -> None:
        if self.site is None:
            return
        self.site.stop()
        self.site = None
        self._join = None
        self.state_changed.emit()

    def workshop_closed(self, workshop_id: int | None = None) -> None:
        """Another workshop (or none) is shown: this one's tables lose their server."""
        if self.site is not None and self.site.workshop_id != workshop_id:
            self.stop()

    def reissue(self, cluster_id: int) -> None:
        if self.site is not None:
            self.site.reissue(cluster_id)
            self._join = None
            self.state_changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.clusters and self.site is not None:  # renamed, recoloured, added, removed
            self._join = None
            self.state_changed.emit()

    # --- what the console and the projector show ---------------------------------------------

    def cards(self) -> list[JoinCard]:
        return self.site.cards() if self.site is not None else []

    def presences(self) -> dict[int, Presence]:
        return self.site.presences() if self.site is not None else {}

    def join_screen(self) -> JoinScreen | None:
        """The projector's join screen (one object while nothing changes: cheap to compare)."""
        if self.site is None:
            return None
        if self._join is None:
            tiles = tuple(JoinTile(card.cluster_name, card.colour, qr_matrix(card.url), card.address, card.code)
                          for card in self.site.cards())
            self._join = JoinScreen(self.network_name(), tiles)
        return self._join
