"""Vote charts are PNG images drawn without any widget."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QImage

from facilitator.export.charts import (
    MARGIN,
    PALETTE,
    ROW,
    WIDTH,
    Bar,
    LegendEntry,
    Segment,
    bar_chart_png,
    distinct_colours,
    ensure_gui_application,
)


def test_stacked_bars_in_cluster_colours(qapp: QGuiApplication) -> None:
    bars = [Bar("Lighed 😀", (Segment(3, "#ff0000"), Segment(1, "#0000ff"))), Bar("שלום", (Segment(2, "#ff0000"),))]
    image = QImage.fromData(bar_chart_png(bars, [LegendEntry("Syd", "#ff0000"), LegendEntry("Nord", "#0000ff")]))
    assert (image.width(), image.height()) == (WIDTH, MARGIN * 2 + ROW * 3)
    first_row = [QColor(image.pixel(x, MARGIN + ROW // 2)).name() for x in range(WIDTH)]
    assert first_row.count("#ff0000") > 3 * first_row.count("#0000ff") * 0.9 > 0
    second_row = [QColor(image.pixel(x, MARGIN + ROW + ROW // 2)).name() for x in range(WIDTH)]
    assert second_row.count("#0000ff") == 0
    # The longest bar ends where the shorter one would, scaled: 4 dots against 2.
    assert abs(first_row.count("#ff0000") + first_row.count("#0000ff") - 2 * second_row.count("#ff0000")) < 4


def test_no_votes_still_draws(qapp: QGuiApplication) -> None:
    assert not QImage.fromData(bar_chart_png([Bar("Tom", ())])).isNull()
    assert not QImage.fromData(bar_chart_png([])).isNull()


def test_same_colours_are_replaced_by_the_palette() -> None:
    assert distinct_colours(["#111111", "#222222"]) == ["#111111", "#222222"]
    assert distinct_colours(["#4c78a8", "#4C78A8", "#000000"]) == list(PALETTE[:3])


def test_an_existing_gui_application_is_reused(qapp: QGuiApplication) -> None:
    assert ensure_gui_application() is qapp
