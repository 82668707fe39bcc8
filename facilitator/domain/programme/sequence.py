"""What neighbouring items say about each other, decided after every line is read.

Per day, in order: unmarked 12-hour times are read forward into the afternoon ("12:30 - 1:15",
then "2.00 - 3.30"); a span holding two or more later items is a block over them ("9:00 - 12:30
Morning block"); a last start-only line that says the day ends is the day's closing line; a
start-only item ends where the next begins (items at the same time are parallel: kept, marked).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from facilitator.domain.programme.clocks import HALF_DAY, MINUTES_PER_DAY, Clock
from facilitator.domain.programme.lines import Read
from facilitator.domain.programme.model import (
    Block,
    Closing,
    Entry,
    LineResult,
    LineRole,
    ParsedItem,
    Remark,
)
from facilitator.domain.programme.words import is_closing

_EARLIEST_MORNING_HOUR = 6  # an unmarked first time before this ("1.30", "kl. 2") is the afternoon
_MIN_BLOCK_CHILDREN = 2


class _Day:
    """The items of one day with their written clocks and the remarks they collect."""

    def __init__(self, indexes: list[int], entries: list[Entry], reads: dict[int, Read]) -> None:
        self.indexes = indexes
        self.entries = entries
        self.reads = reads
        self.remarks: dict[int, list[Remark]] = {index: [] for index in indexes}

    def item(self, index: int) -> ParsedItem:
        entry = self.entries[index]
        assert isinstance(entry, ParsedItem)
        return entry

    def timed(self) -> list[int]:
        return [i for i in self.indexes if isinstance(self.entries[i], ParsedItem) and self.item(i).start is not None]

    def mark(self, index: int, remark: Remark) -> None:
        if remark not in self.remarks[index]:
            self.remarks[index].append(remark)


def _forward_start(clock: Clock, previous: int | None) -> tuple[int, bool]:
    """The start, read into the afternoon when it is an unmarked 12-hour time going backwards."""
    start = clock.minutes
    if not clock.ambiguous or clock.hour >= 12:
        return start, False
    if previous is None:
        return (start + HALF_DAY, True) if clock.hour < _EARLIEST_MORNING_HOUR else (start, False)
    if start < previous <= start + HALF_DAY:
        return start + HALF_DAY, True
    return start, False


def _forward_end(clock: Clock, start: int) -> tuple[int, Remark | None]:
    end = clock.minutes
    if end >= start:
        return end, None
    if clock.ambiguous and clock.hour < 12 and end + HALF_DAY >= start:
        return end + HALF_DAY, Remark.AFTERNOON
    return end + MINUTES_PER_DAY, Remark.NEXT_DAY


def _read_times(day: _Day) -> None:
    previous: int | None = None
    for index in day.timed():
        read = day.reads.get(index)
        item = day.item(index)
        if read is None or read.start is None:
            previous = item.start
            continue
        start, afternoon = _forward_start(read.start, previous)
        start %= MINUTES_PER_DAY
        if afternoon:
            day.mark(index, Remark.AFTERNOON)
        elif previous is not None and start < previous:
            day.mark(index, Remark.BACKWARDS)
        end = None
        if read.end is not None:
            end, remark = _forward_end(read.end, start)
            if remark is not None:
                day.mark(index, remark)
        day.entries[index] = replace(item, start=start, end=end)
        previous = start


def _blocks(day: _Day) -> dict[int, tuple[int, int]]:
    """Turn umbrella spans into blocks; returns, per item inside one, the end of its innermost block."""
    timed = day.timed()
    inside_of: dict[int, tuple[int, int]] = {}
    for position, index in enumerate(timed):
        item = day.item(index)
        if item.end is None or item.start is None:
            continue
        inside: list[int] = []
        for later in timed[position + 1:]:
            child = day.item(later)
            assert child.start is not None
            if (child.start, child.end) == (item.start, item.end):
                continue  # the same span again: a parallel session, not a part
            if not item.start <= child.start < item.end or (child.end is not None and child.end > item.end):
                break
            inside.append(later)
        if len(inside) >= _MIN_BLOCK_CHILDREN:
            day.entries[index] = Block(item.title, item.start, item.end, item.description)
            inside_of.update({child: (item.start, item.end) for child in inside})
    day.indexes = [i for i in day.indexes if isinstance(day.entries[i], ParsedItem)]
    return inside_of


def _open_ended(item: ParsedItem) -> bool:
    return item.start is not None and item.end is None and item.minutes is None and not item.phases


def _closing(day: _Day) -> Closing | None:
    if not day.indexes:
        return None
    last = day.indexes[-1]
    item = day.item(last)
    if _open_ended(item) and not item.description and not item.presenter and is_closing(item.title):
        assert item.start is not None
        closing = Closing(item.title, item.start)
        day.entries[last] = closing
        day.indexes = day.indexes[:-1]
        return closing
    return None


def _ends(day: _Day, closing: Closing | None, inside_of: dict[int, tuple[int, int]]) -> None:
    """Start-only items end where the next begins (not past their block); items sharing a start are parallel."""
    items = day.indexes
    for position, index in enumerate(items):
        item = day.item(index)
        if item.start is None:
            continue
        later = items[position + 1:]
        if position and day.item(items[position - 1]).start == item.start:
            day.mark(index, Remark.PARALLEL)
        if later and day.item(later[0]).start == item.start:
            day.mark(index, Remark.PARALLEL)
        if not _open_ended(item):
            continue
        following = next((i for i in later if day.item(i).start != item.start), None)
        parallel_only = all(day.item(i).start == item.start for i in later[: later.index(following)]) \
            if following is not None else True
        end, remark = None, Remark.END_FROM_NEXT
        if following is not None and parallel_only:
            end = day.item(following).start
        elif following is None and closing is not None:
            end, remark = closing.at, Remark.END_FROM_CLOSING
        block = inside_of.get(index)
        if block is not None and (end is None or end > block[1]):
            # the last part of a block ends with it (but never spans the whole block: that is a parallel)
            end = block[1] if (item.start, block[1]) != block else None
        if end is not None and end > item.start:
            day.entries[index] = replace(item, end=end)
            day.mark(index, remark)
    for index in items:
        item = day.item(index)
        if item.end is None and item.minutes is None and not item.phases:
            day.mark(index, Remark.NO_LENGTH)


def resolve(entries: Sequence[Entry], reads: dict[int, Read],
            results: Sequence[LineResult]) -> tuple[list[Entry], list[LineResult]]:
    """The entries with neighbour-dependent readings applied, and the lines' account updated."""
    entries = list(entries)
    by_day: dict[int, list[int]] = {}
    for index, entry in enumerate(entries):
        if isinstance(entry, ParsedItem):
            by_day.setdefault(entry.day, []).append(index)
    remarks: dict[int, list[Remark]] = {}
    for indexes in by_day.values():
        day = _Day(indexes, entries, reads)
        _read_times(day)
        inside_of = _blocks(day)
        _ends(day, _closing(day), inside_of)
        remarks.update(day.remarks)
    updated: list[LineResult] = []
    for line in results:
        if line.role is LineRole.ITEM and line.entry is not None:
            entry = entries[line.entry]
            role = (LineRole.BLOCK if isinstance(entry, Block) else LineRole.CLOSING if isinstance(entry, Closing)
                    else LineRole.ITEM)
            line = replace(line, role=role, remarks=(*line.remarks, *remarks.get(line.entry, ())))
        updated.append(line)
    return entries, updated
