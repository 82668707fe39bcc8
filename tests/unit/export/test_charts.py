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


def test_planned_beside_actual_with_the_overrun_in_red(qapp: QGuiApplication) -> None:
    from facilitator.export.charts import ACTUAL, OVERRUN, PLANNED, ScheduleRow, schedule_chart_png

    rows = [ScheduleRow("1. Velkomst", 540, 555, 545, 555),  # late start, on time length
            ScheduleRow("2. Oplæg", 555, 600, 555, 620),  # twenty minutes over
            ScheduleRow("3. Frokost", 600, 630)]  # not held
    image = QImage.fromData(schedule_chart_png(rows, ("Planlagt", "Faktisk", "Overskredet"), lambda m: f"{m // 60}.{m % 60:02}"))
    colours = [QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    assert colours.count(PLANNED) > 0 and colours.count(ACTUAL) > 0
    red = colours.count(OVERRUN)
    blue = colours.count(ACTUAL)
    assert 0 < red < blue  # 20 of 65 actual minutes are overrun (plus the legend's swatches)


def test_a_legend_of_eight_clusters_wraps_and_keeps_every_cluster(qapp: QGuiApplication) -> None:
    names = ["Syd", "Nord", "Midt", "Vest", "Øst", "Himmerland", "Vendsyssel", "Thy-Mors"]
    bars = [Bar("Fælles IT-platform", (Segment(3, "#4c78a8"),))]
    two = QImage.fromData(bar_chart_png(bars, [LegendEntry(f"Klynge {n}", "#4c78a8") for n in names[:2]]))
    eight = QImage.fromData(bar_chart_png(bars, [LegendEntry(f"Klynge {n}", "#4c78a8") for n in names]))
    assert eight.width() == two.width() and eight.height() > two.height()  # a second legend line
