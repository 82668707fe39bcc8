"""The start of the minutes: title block, participants by cluster, programme planned vs actual."""

from __future__ import annotations

import datetime as dt

from facilitator.domain.kinds import ItemKind
from facilitator.export.minutes_data import ItemMinutes, ParticipantInfo
from facilitator.export.minutes_writer import Writer


class FrontMatter(Writer):
    """Writes what comes before the first agenda item."""

    def write(self) -> None:
        self.title_block()
        self.participants()
        self.programme()

    def title_block(self) -> None:
        workshop = self.data.workshop
        self.paragraph(workshop.title or self.tr("Workshop"), style="Title")
        self.paragraph(self.tr("Minutes"), style="Subtitle")
        place = [workshop.venue] if workshop.venue else []
        if workshop.date is not None:
            place.append(self.wording.date(workshop.date))
        if place:
            self.paragraph(", ".join(place))
        lines = [
            (self.tr("Organiser:"), workshop.organiser),
            (self.tr("Facilitator:"), workshop.facilitator),
            (self.tr("Minutes by:"), workshop.contact_name),
            (self.tr("E-mail:"), workshop.contact_email),
            (self.tr("Phone:"), workshop.contact_phone),
            (self.tr("Date:"), self.wording.date(self.options.written_on or dt.date.today())),
        ]
        for label, text in lines:
            if text.strip():
                self.labelled(label, text, style="No Spacing")

    def participants(self) -> None:
        people = self.data.participants
        clusters = self.data.clusters
        if not people and not clusters and not self.options.include_empty:
            return
        self.heading(self.tr("Participants"), 1)
        if not people and not clusters:
            self.nothing_recorded()
            return
        for cluster in clusters:
            self.labelled(self.cluster_label(cluster), "")
            self._people([p for p in people if p.cluster_id == cluster.id])
        known = {c.id for c in clusters}
        others = [p for p in people if p.cluster_id not in known]
        if others:
            if clusters:
                self.labelled(self.tr("Other participants"), "")
            self._people(others)

    def _people(self, people: list[ParticipantInfo]) -> None:
        if not people:
            return
        num_id = self.context.lists.new_bulleted()
        for person in people:
            details = [person.role, person.organisation]
            if self.options.include_emails:
                details.append(person.email)
            described = ", ".join(d.strip() for d in [person.name, *details] if d.strip())
            self.list_item(num_id, 0, described)

    def programme(self) -> None:
        items = self.data.items
        if not items:
            if self.options.include_empty:
                self.heading(self.tr("Programme"), 1)
                self.nothing_recorded()
            return
        self.heading(self.tr("Programme"), 1)
        actual = self.options.show_actual_times and any(i.actual_start for i in items)
        header = [self.tr("Planned")]
        if actual:
            header.append(self.tr("Actual"))
        header += [self.tr("Item"), self.tr("Presenter")]
        rows = []
        for item in items:
            row = [self._planned(item)]
            if actual:
                row.append(self._actual(item))
            title = item.title if item.kind != ItemKind.BREAK else item.title or self.tr("Break")
            row += [title, item.presenter]
            rows.append(row)
        self.table(header, rows, [3.1, 3.1, 6.4, 3.4] if actual else [3.1, 6.4, 3.4])

    def _planned(self, item: ItemMinutes) -> str:
        words = self.wording
        return words.time_range(words.time(item.planned_start_min), words.time(item.planned_end_min))

    def _actual(self, item: ItemMinutes) -> str:
        if item.actual_start is None:
            return ""
        tz = self.options.timezone
        start = self.wording.clock(item.actual_start, tz)
        end = self.wording.clock(item.actual_end, tz) if item.actual_end is not None else ""
        return self.wording.time_range(start, end)
