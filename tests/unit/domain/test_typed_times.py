"""Dates and clock times typed the way Danish forms accept them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.typed_times import format_date, parse_clock, parse_date

TODAY = dt.date(2026, 11, 5)


@pytest.mark.parametrize("text, minutes", [
    ("7.30", 7 * 60 + 30), ("07.30", 7 * 60 + 30), ("07:30", 7 * 60 + 30), ("730", 7 * 60 + 30),
    ("0730", 7 * 60 + 30), ("7,30", 7 * 60 + 30), ("7", 7 * 60), ("12", 12 * 60), ("1215", 12 * 60 + 15),
    ("kl. 9.15", 9 * 60 + 15), ("Kl 9", 9 * 60), (" 23.59 ", 23 * 60 + 59), ("0.00", 0), ("00", 0),
    ("7 30", 7 * 60 + 30), ("7.30 ", 7 * 60 + 30), ("12.30.", 12 * 60 + 30),
])
def test_clock_times_as_typed(text: str, minutes: int) -> None:
    assert parse_clock(text) == minutes


@pytest.mark.parametrize("text", ["", "24.00", "7.3", "7.60", "25", "abc", "12.30-13.00", "12345", "-1", "7:5"])
def test_what_is_not_a_clock_time(text: str) -> None:
    assert parse_clock(text) is None


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_clock_time_reads_back_in_each_way_of_writing(hour: int, minute: int) -> None:
    for text in (f"{hour:02d}.{minute:02d}", f"{hour}:{minute:02d}", f"{hour}{minute:02d}"):
        assert parse_clock(text) == hour * 60 + minute


@pytest.mark.parametrize("text, expected", [
    ("23.01.2027", dt.date(2027, 1, 23)), ("23/1 2027", dt.date(2027, 1, 23)),
    ("23-1-2027", dt.date(2027, 1, 23)), ("23.1.27", dt.date(2027, 1, 23)), ("23 1 2027", dt.date(2027, 1, 23)),
    ("23012027", dt.date(2027, 1, 23)), ("230127", dt.date(2027, 1, 23)), ("2027-01-23", dt.date(2027, 1, 23)),
    ("23/1", dt.date(2026, 1, 23)), ("23.1.", dt.date(2026, 1, 23)),
    ("23. januar 2027", dt.date(2027, 1, 23)), ("23 jan. 2027", dt.date(2027, 1, 23)),
    ("30. Januar 2018", dt.date(2018, 1, 30)), ("d. 30. januar 2018", dt.date(2018, 1, 30)),
    ("torsdag d. 30. januar 2018", dt.date(2018, 1, 30)), ("1. maj", dt.date(2026, 5, 1)),
    ("23 January 2027", dt.date(2027, 1, 23)), ("5. okt 2027", dt.date(2027, 10, 5)),
    ("29.02.2028", dt.date(2028, 2, 29)), (" 1.12.2026 ", dt.date(2026, 12, 1)),
])
def test_dates_as_typed(text: str, expected: dt.date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["", "31.02.2027", "29.02.2027", "23.13.2027", "0.1.2027", "23", "abc",
                                  "23.01.20277", "32/1", "23 smarch 2027", "2027-13-01"])
def test_what_is_not_a_date(text: str) -> None:
    assert parse_date(text, TODAY) is None


@given(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)))
def test_a_formatted_date_reads_back(day: dt.date) -> None:
    assert parse_date(format_date(day), TODAY) == day
    assert format_date(day) == day.strftime("%d.%m.%Y")
