"""What the projector's join screen shows, as plain data the console hands to the slide."""

from __future__ import annotations

from dataclasses import dataclass

Matrix = tuple[tuple[bool, ...], ...]  # a QR code's modules, quiet zone included


@dataclass(frozen=True)
class JoinTile:
    """One cluster on the join screen."""

    name: str
    colour: str
    matrix: Matrix
    address: str
    code: str


@dataclass(frozen=True)
class JoinScreen:
    """The network to join and one tile per cluster."""

    network: str
    tiles: tuple[JoinTile, ...]
