"""The laptop's network addresses a phone could reach, for the facilitator to choose from."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface


class Link(StrEnum):
    WIFI = "wifi"
    WIRED = "wired"
    LOOPBACK = "loopback"  # this laptop only
    OTHER = "other"


@dataclass(frozen=True)
class NetworkAddress:
    address: str  # "192.168.1.23"
    interface: str  # the system's name for the interface ("wlan0", "Wi-Fi")
    link: Link

    @property
    def link_local(self) -> bool:
        """169.254.x.x: the laptop found no network that hands out addresses (no DHCP)."""
        return self.address.startswith("169.254.")


_LINKS = {
    QNetworkInterface.InterfaceType.Wifi: Link.WIFI,
    QNetworkInterface.InterfaceType.Ieee80211: Link.WIFI,
    QNetworkInterface.InterfaceType.Ethernet: Link.WIRED,
    QNetworkInterface.InterfaceType.Loopback: Link.LOOPBACK,
}


def local_addresses() -> list[NetworkAddress]:
    """IPv4 addresses of interfaces that are up: Wi-Fi first, this-laptop-only last."""
    found = []
    up = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    for interface in QNetworkInterface.allInterfaces():
        if (interface.flags() & up) != up:
            continue
        link = _LINKS.get(interface.type(), Link.OTHER)
        if interface.name().startswith(("wl", "wlan")) and link is Link.WIRED:
            link = Link.WIFI  # Linux reports some Wi-Fi cards as Ethernet
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(NetworkAddress(ip.toString(), interface.humanReadableName(), link))
    order = {Link.WIFI: 0, Link.WIRED: 1, Link.OTHER: 2, Link.LOOPBACK: 3}
    return sorted(found, key=lambda a: (order[a.link], a.link_local, a.address))
