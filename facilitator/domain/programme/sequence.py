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
        if item.end is None or item.start is None or item.phases:
            continue  # an item with phases is a session of its own, never an umbrella
        inside: list[int] = []
        for later in (timed[i] for i in range(position + 1, len(timed))):
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


def _same_start(day: _Day, items: list[int], position: int) -> range:
    """The run of positions around ``position`` whose items start at the same time (parallel sessions)."""
    start = day.item(items[position]).start
    first, last = position, position + 1
    while first > 0 and day.item(items[first - 1]).start == start:
        first -= 1
    while last < len(items) and day.item(items[last]).start == start:
        last += 1
    return range(first, last)


def _partner_end(day: _Day, items: list[int], position: int, run: range) -> int | None:
    ends = (day.item(items[i]).end for i in run if i != position)
    return next((end for end in ends if end is not None), None)


def _set_end(day: _Day, index: int, end: int | None, remark: Remark, block: tuple[int, int] | None) -> None:
    item = day.item(index)
    assert item.start is not None
    if block is not None and (item.start, end) == block:
        return  # a part never spans its whole block: that would be a parallel of it, not a part
    if end is not None and end > item.start:
        day.entries[index] = replace(item, end=end, end_inferred=True)
        day.mark(index, remark)


def _ends(day: _Day, closing: Closing | None, inside_of: dict[int, tuple[int, int]]) -> None:
    """Start-only items end where the next begins (not past their block); items sharing a start are parallel.

    A start-only item beside a parallel session with a written end ends with it; the others end
    at the next start, the day's closing line or their block's end; any still open then take the
    end their parallel sessions got.
    """
    items = day.indexes
    runs = {}
    for position, index in enumerate(items):
        if day.item(index).start is None:
            continue
        runs[position] = _same_start(day, items, position)
        if len(runs[position]) > 1:
            day.mark(index, Remark.PARALLEL)
    open_ended = [p for p in runs if _open_ended(day.item(items[p]))]
    last_part = {inside_of[index]: position for position, index in enumerate(items) if index in inside_of}
    for position in open_ended:  # beside a parallel with a written end
        _set_end(day, items[position], _partner_end(day, items, position, runs[position]), Remark.PARALLEL,
                 inside_of.get(items[position]))
    for position in open_ended:
        index = items[position]
        item = day.item(index)
        if item.end is not None:
            continue
        following = runs[position].stop
        end, remark = None, Remark.END_FROM_NEXT
        if following < len(items):
            end = day.item(items[following]).start
        elif closing is not None:
            end, remark = closing.at, Remark.END_FROM_CLOSING
        block = inside_of.get(index)
        if block is not None and (end is not None and end > block[1]
                                  or end is None and runs[position].stop > last_part[block]):
            end = block[1]  # the last part of a block ends with it
        _set_end(day, index, end, remark, block)
    for position in open_ended:
        if day.item(items[position]).end is None:
            _set_end(day, items[position], _partner_end(day, items, position, runs[position]), Remark.PARALLEL,
                     inside_of.get(items[position]))
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
