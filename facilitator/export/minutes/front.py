"""The start of the minutes: title block, participants by cluster, programme planned vs actual."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from facilitator.domain.kinds import ItemKind
from facilitator.export.charts import ScheduleRow, schedule_chart_png
from facilitator.export.document import Style
from facilitator.export.minutes.planner import Writer
from facilitator.services.reading import ItemReading
from facilitator.services.setup import ParticipantView
from facilitator.services.workshops import WorkshopView


def contact_name(workshop: WorkshopView) -> str:
    """Who signs the minutes: the contact, else the minute-taker, else the facilitator."""
    return workshop.contact_name or workshop.minute_taker or workshop.facilitator


class FrontMatter(Writer):
    """Plans what comes before the first agenda item."""

    def write(self) -> None:
        self.title_block()
        self.participants()
        self.programme()

    def title_block(self) -> None:
        workshop = self.reading.workshop
        self.paragraph(workshop.title or self.tr("Workshop"), style=Style.TITLE)
        self.paragraph(self.tr("Minutes"), style=Style.SUBTITLE)
        place = [workshop.venue] if workshop.venue else []
        if workshop.date is not None:
            place.append(self.wording.date(workshop.date))
        if place:
            self.paragraph(", ".join(place))
        lines = [
            (self.tr("Organiser:"), workshop.organiser),
            (self.tr("Facilitator:"), workshop.facilitator),
            (self.tr("Minutes by:"), contact_name(workshop)),
            (self.tr("E-mail:"), workshop.contact_email),
            (self.tr("Phone:"), workshop.contact_phone),
            (self.tr("Date:"), self.wording.date(self.options.written_on or dt.date.today())),
        ]
        for label, text in lines:
            if text.strip():
                self.labelled(label, text, style=Style.COMPACT)

    def participants(self) -> None:
        people = self.reading.participants
        clusters = self.reading.clusters
        if not people and not clusters and not self.options.include_empty:
            return
        self.part("participants", self.tr("Participants"))
        self.heading(self.tr("Participants"), 1)
        if not people and not clusters:
            self.nothing_recorded()
            return
        self.count("people", len(people))
        self.count("clusters", len(clusters))
        for cluster in clusters:
            self.labelled(self.cluster_label(cluster), "")
            self._people([p for p in people if p.cluster_id == cluster.id])
        known = {c.id for c in clusters}
        others = [p for p in people if p.cluster_id not in known]
        if others:
            if clusters:
                self.labelled(self.tr("Other participants"), "")
            self._people(others)

    def _people(self, people: list[ParticipantView]) -> None:
        entries = []
        for person in people:
            details = [person.role, person.organisation]
            if self.options.include_emails:
                details.append(person.email)
            entries.append(", ".join(d.strip() for d in [person.name, *details] if d.strip()))
        self.bullets(entries)

    def programme(self) -> None:
        items = self.reading.items
        if not items and not self.options.include_empty:
            return
        self.part("programme", self.tr("Programme"))
        self.heading(self.tr("Programme"), 1)
        if not items:
            self.nothing_recorded()
            return
        self.count("items", len(items))
        actual = self.options.show_actual_times and any(i.actual_start for i in items)
        header = [self.tr("Planned")]
        if actual:
            header.append(self.tr("Actual"))
        header += [self.tr("Item"), self.tr("Presenter")]
        days = self.reading.days()
        for number, entries in days:  # a longer programme: a table (and chart) per day
            if len(days) > 1:
                self.heading(self.reading.day_title(number) or self.tr("Day {number}").format(number=number + 1), 2)
            rows = []
            for entry in entries:
                row = [self._planned(entry)]
                if actual:
                    row.append(self._actual(entry))
                row += [self.numbered_title(entry), entry.item.presenter]
                rows.append(row)
            self.table(header, rows, [2.8, 2.8, 6.8, 3.6] if actual else [2.8, 9.6, 3.6])
            if actual and self.options.programme_chart and any(entry.actual_start for entry in entries):
                self._chart(entries)

    def numbered_title(self, entry: ItemReading) -> str:
        item = entry.item
        title = item.title if item.kind != ItemKind.BREAK else item.title or self.tr("Break")
        return self.tr("{number}. {title}").format(number=entry.number, title=title or self.tr("Untitled item"))

    def _planned(self, entry: ItemReading) -> str:
        words = self.wording
        return words.time_range(words.time(entry.slot.start), words.time(entry.slot.end))

    def _actual(self, entry: ItemReading) -> str:
        if entry.actual_start is None:
            return ""
        tz = self.options.timezone
        start = self.wording.clock(entry.actual_start, tz)
        end = self.wording.clock(entry.actual_end, tz) if entry.actual_end is not None else ""
        return self.wording.time_range(start, end)

    def _chart(self, items: Sequence[ItemReading]) -> None:
        """One bar per item, planned beside actual, the overrun marked (held items only)."""
        rows = [
            ScheduleRow(
                self.numbered_title(entry),
                entry.slot.start,
                entry.slot.end,
                self._minutes_of_day(entry.actual_start),
                self._minutes_of_day(entry.actual_end) if entry.actual_end is not None else None,
            )
            for entry in items
            if entry.item.kind != ItemKind.BREAK or entry.actual_start is not None
        ]
        legend = (self.tr("Planned"), self.tr("Actual"), self.tr("Overrun"))
        self.picture(schedule_chart_png(rows, legend, self.wording.time))

    def _minutes_of_day(self, instant: dt.datetime | None) -> float | None:
        if instant is None:
            return None
        local = instant.astimezone(self.options.timezone)
        return local.hour * 60 + local.minute + local.second / 60
