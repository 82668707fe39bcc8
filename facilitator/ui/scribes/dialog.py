""""Table scribes…": start the venue server, show each table its QR code, see who is connected.

A non-modal window beside the console: the facilitator picks the network (the laptop's
addresses; the last choice remembered) and the port, starts the server, and gets per cluster a
QR code, the short address and the code to type, the number of phones and the time of the last
line, and a button that replaces the cluster's code (the old one and its phones stop at once).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.scribes.addresses import Link, NetworkAddress, local_addresses
from facilitator.scribes.presence import Presence
from facilitator.scribes.server import ALL_INTERFACES, BindError, BindProblem
from facilitator.scribes.site import JoinCard
from facilitator.services.workshops import WorkshopService
from facilitator.storage.errors import StoreError
from facilitator.ui.change_feed import show_store_error
from facilitator.ui.scribes.host import ScribeHost
from facilitator.ui.scribes.qr import QrWidget

PRESENCE_MS = 2000
NO_PHONE_HINT_S = 60
CARD_COLUMNS = 3  # serving this long with no phone seen: say what usually blocks them


def _local_time(card_time) -> str:  # noqa: ANN001 (a datetime)
    return card_time.astimezone().strftime("%H.%M")


class ClusterCard(QFrame):
    """One table: colour, name, QR code, address and code, phones, "New code"."""

    reissue_requested = Signal(int)

    def __init__(self, card: JoinCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setFrameShape(QFrame.Shape.StyledPanel)
        band = QFrame()
        band.setFixedHeight(8)
        band.setStyleSheet(f"background: {card.colour};")
        name = QLabel(card.cluster_name)
        name.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.qr = QrWidget(side=172)
        self.qr.set_text(card.url)
        self.qr.setToolTip(card.url)
        address = QLabel(card.address)
        address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        address.setStyleSheet("font-size: 12pt;")
        self.code = QLabel(self.tr("Code: {code}").format(code=card.code).replace(": ", ":\n", 1))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("font-family: monospace; font-size: 9pt;")  # fits three cards abreast
        self.presence = QLabel()
        self.reissue_button = QPushButton(self.tr("New code…"))
        self.reissue_button.setToolTip(self.tr("The old QR code and every phone that joined with it stop at once"))
        self.reissue_button.clicked.connect(lambda: self.reissue_requested.emit(card.cluster_id))
        layout = QVBoxLayout(self)
        layout.addWidget(band)
        layout.addWidget(name)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(address)
        layout.addWidget(self.code)
        layout.addWidget(self.presence)
        layout.addWidget(self.reissue_button)

    def show_presence(self, presence: Presence | None) -> None:
        phones = presence.phones if presence is not None else 0
        text = self.tr("%n phone(s) connected", "", phones)
        if presence is not None and presence.last_line_at is not None:
            text += " · " + self.tr("last line {time}").format(time=_local_time(presence.last_line_at))
        self.presence.setText(text)


class ScribesDialog(QDialog):
    """The table scribes' server for one workshop.

    Signals:
        join_screen_requested(): the facilitator wants the join screen on the projector.
    """

    join_screen_requested = Signal()

    def __init__(self, host: ScribeHost, workshops: WorkshopService, workshop_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Table scribes"))
        self.setModal(False)
        self._host = host
        self._workshops = workshops
        self.workshop_id = workshop_id
        self.cards: list[ClusterCard] = []
        self._quiet_ticks = 0
        self.address_box = QComboBox()
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(host.remembered_port())
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.toggle)
        self.network_edit = QLineEdit(host.network_name())
        self.network_edit.setPlaceholderText(self.tr("e.g. Temadag-hotspot"))
        self.network_edit.editingFinished.connect(lambda: host.set_network_name(self.network_edit.text()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._hint_text = self.tr(
            "Phones must be on the same network as this laptop. If the page does not open on a "
            "phone, the venue Wi-Fi may keep devices apart or a firewall blocks the port: use "
            "your phone's hotspot or a travel router.")
        self.hint = QLabel(self._hint_text)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5b6470;")
        self.join_button = QPushButton(self.tr("Join screen on the projector   [J]"))
        self.join_button.clicked.connect(self.join_screen_requested)
        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_holder)
        self._build_layout(scroll)
        self._fill_addresses()
        self._timer = QTimer(self)
        self._timer.setInterval(PRESENCE_MS)
        self._timer.timeout.connect(self._show_presence)
        host.state_changed.connect(self.refresh)
        self.refresh()
        self.resize(1000, 760)

    def _build_layout(self, scroll: QScrollArea) -> None:
        network_label = QLabel(self.tr("&Network:"))
        network_label.setBuddy(self.address_box)
        port_label = QLabel(self.tr("&Port:"))
        port_label.setBuddy(self.port_box)
        name_label = QLabel(self.tr("Wi-Fi &name shown to the tables:"))
        name_label.setBuddy(self.network_edit)
        top = QHBoxLayout()
        top.addWidget(network_label)
        top.addWidget(self.address_box, 1)
        top.addWidget(port_label)
        top.addWidget(self.port_box)
        top.addWidget(self.start_button)
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.network_edit, 1)
        name_row.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(name_row)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)

    # --- the network choice ------------------------------------------------------------------

    def _fill_addresses(self) -> None:
        """The laptop's addresses now; the choice stays (else the remembered one, else Wi-Fi)."""
        current = self.address_box.currentData()
        self.address_box.clear()
        for address in local_addresses():
            self.address_box.addItem(self._address_label(address), address.address)
        self.address_box.addItem(self.tr("All networks of this laptop — 0.0.0.0 (not recommended)"),
                                 ALL_INTERFACES)
        wanted = current or self._host.remembered_host()
        index = self.address_box.findData(wanted) if wanted else -1
        self.address_box.setCurrentIndex(max(index, 0))

    def _address_label(self, address: NetworkAddress) -> str:
        kind = {
            Link.WIFI: self.tr("Wi-Fi"),
            Link.WIRED: self.tr("cable"),
            Link.LOOPBACK: self.tr("this laptop only"),
            Link.OTHER: self.tr("other network"),
        }[address.link]
        return f"{address.address} — {address.interface} ({kind})"

    # --- starting and stopping ---------------------------------------------------------------

    def toggle(self) -> None:
        if self._host.running:
            self._host.stop()
        else:
            self.start()

    def start(self) -> None:
        host = str(self.address_box.currentData())
        port = self.port_box.value()
        try:
            workshop = self._workshops.get(self.workshop_id)
            self._host.start(self.workshop_id, workshop.language, host, port)
        except BindError as error:
            self._show_error(self._bind_message(error))
            return
        except StoreError as error:
            show_store_error(self, error)
            return
        self._quiet_ticks = 0

    def _bind_message(self, error: BindError) -> str:
        if error.problem is BindProblem.IN_USE:
            return self.tr("Port {port} is already used by another program. Choose another port "
                           "(for example {other}).").format(port=error.port, other=error.port + 1)
        if error.problem is BindProblem.NO_ADDRESS:
            return self.tr("The address {address} is no longer on this laptop: the network has "
                           "changed. Choose the network again.").format(address=error.host)
        if error.problem is BindProblem.NOT_ALLOWED:
            return self.tr("This laptop does not allow listening on port {port}. Choose another "
                           "port.").format(port=error.port)
        return self.tr("The server could not start: {detail}").format(detail=str(error))

    def _show_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e; font-weight: bold;")

    def refresh(self) -> None:
        """Rebuild the cards from the running site (or show how to start)."""
        running = self._host.running
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        for widget in (self.address_box, self.port_box):
            widget.setEnabled(not running)
        self.join_button.setEnabled(running)
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        if not running:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Off. Start the server to give each table a QR code."))
            self._timer.stop()
            return
        try:
            cards = self._host.cards()
        except StoreError as error:
            show_store_error(self, error)
            return
        if not cards:
            self._show_error(self.tr("This workshop has no clusters yet: add them in Set-up; each "
                                     "table joins as its cluster."))
        for index, card in enumerate(cards):
            widget = ClusterCard(card)
            widget.reissue_requested.connect(self.reissue)
            self._grid.addWidget(widget, index // CARD_COLUMNS, index % CARD_COLUMNS)
            self.cards.append(widget)
        self._show_running_status()
        self._show_presence()
        self._timer.start()

    def _show_running_status(self) -> None:
        site = self._host.site
        assert site is not None
        chosen = str(self.address_box.currentData())
        address = next((a for a in local_addresses() if a.address == chosen), None)
        self.status.setStyleSheet("color: #1b6e20; font-weight: bold;")
        text = self.tr("Running on {address}. Phones on the same network open the address or scan "
                       "their table's code.").format(address=site.address)
        if chosen == ALL_INTERFACES:
            text += " " + self.tr("It listens on every network of this laptop, also ones you may not trust.")
        elif address is not None and address.link is Link.LOOPBACK:
            self.status.setStyleSheet("color: #9a5b00; font-weight: bold;")
            text = self.tr("Running for this laptop only ({address}): phones cannot reach it. Choose "
                           "the Wi-Fi to let the tables in.").format(address=site.address)
        elif address is not None and address.link_local:
            self.status.setStyleSheet("color: #9a5b00; font-weight: bold;")
            text = self.tr("This laptop has no proper address on that network ({address}): it is not "
                           "really connected. Use a phone hotspot or a travel router.").format(address=site.address)
        self.status.setText(text)

    def _show_presence(self) -> None:
        presences = self._host.presences()
        for card in self.cards:
            card.show_presence(presences.get(card.card.cluster_id))
        phones = sum(p.phones for p in presences.values())
        self._quiet_ticks = 0 if phones else self._quiet_ticks + 1
        if self._quiet_ticks * PRESENCE_MS // 1000 >= NO_PHONE_HINT_S:
            self.hint.setText(self.tr("No phone has reached this laptop yet.") + " " + self._hint_text)
            self.hint.setStyleSheet("color: #9a5b00; font-weight: bold;")
        else:
            self.hint.setText(self._hint_text)
            self.hint.setStyleSheet("color: #5b6470;")

    def reissue(self, cluster_id: int) -> None:
        card = next((c.card for c in self.cards if c.card.cluster_id == cluster_id), None)
        if card is None:
            return
        answer = QMessageBox.question(
            self, self.tr("New code"),
            self.tr("Give {name} a new code? Their QR code and every phone that joined with it stop "
                    "at once; the table scans the new code.").format(name=card.cluster_name))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self._host.reissue(cluster_id)
            except StoreError as error:
                show_store_error(self, error)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._host.running:
            self._fill_addresses()  # the laptop may have joined another network meanwhile

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()  # the server keeps running; "Stop" stops it
        super().closeEvent(event)
