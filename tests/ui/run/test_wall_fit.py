"""The wall's text size: big while the lists are short, never below the floor."""

from __future__ import annotations

from PySide6.QtGui import QFont

from facilitator.ui.run.wall_fit import WallColumn, column_height, fitting_point_size

LINE = "Det sammenhængende borgerforløb: før, under og efter en behandling"


def test_short_lists_get_the_largest_size_and_long_ones_the_floor(qapp):
    short = [WallColumn("Klynge Syd", ("1. Lige vilkår",)), WallColumn("Klynge Nord", ("1. Telemedicin",))]
    assert fitting_point_size(short, 1920, 800, QFont(), 24, 48) == 48
    long = [WallColumn("Klynge Syd", tuple(f"{n}. {LINE}" for n in range(40)))]
    assert fitting_point_size(long, 1920, 800, QFont(), 24, 48) == 24


def test_the_chosen_size_is_the_largest_that_fits(qapp):
    columns = [WallColumn(f"Klynge {n}", tuple(f"{i}. {LINE}" for i in range(4))) for n in range(4)]
    size = fitting_point_size(columns, 1920, 800, QFont(), 12, 48)
    assert 12 < size < 48
    width = (1920 - 22 - 18) / 4 - 8
    font = QFont()
    font.setPointSize(size)
    assert column_height(font, columns[0], width) <= 800 - 22
    font.setPointSize(size + 1)
    assert column_height(font, columns[0], width) > 800 - 22


def test_measuring_stops_past_the_limit_but_never_under_it(qapp):
    column = WallColumn("Klynge Syd", tuple(f"{n}. {LINE}" for n in range(200)))
    font = QFont()
    full = column_height(font, column, 400)
    stopped = column_height(font, column, 400, limit=800)
    assert 800 < stopped < full
    short = WallColumn("Klynge Syd", (LINE,))
    assert column_height(font, short, 400, limit=800) == column_height(font, short, 400)
