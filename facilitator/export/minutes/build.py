"""The minutes' plan: built once from a workshop reading, then written as Word or PDF."""

from __future__ import annotations

from facilitator.export.document import DocumentPlan
from facilitator.export.minutes.back import BackMatter
from facilitator.export.minutes.front import FrontMatter, contact_name
from facilitator.export.minutes.items import ItemSections
from facilitator.export.minutes.options import MinutesOptions
from facilitator.export.minutes.planner import Context, Writer
from facilitator.export.minutes.sections import plan_sections
from facilitator.export.wording import Wording
from facilitator.services.reading import WorkshopReading


class MinutesBuilder(Writer):
    """Puts the parts together in the seeds' order and names the document."""

    def build(self) -> DocumentPlan:
        plan = self.context.plan
        workshop = self.reading.workshop
        plan.title = workshop.title
        plan.subject = self.tr("Minutes")
        plan.author = contact_name(workshop)
        plan.language = self.wording.word_language
        plan.footer = self.tr("Page {page} of {pages}")
        planned = plan_sections(self.reading, self.options.include_empty)
        back = BackMatter(self.context)
        sections = ItemSections(self.context)
        FrontMatter(self.context).write()
        for section in planned:
            sections.write(section)
            if section.hosts_evaluation:
                back.evaluation(own_heading=False)
            if section.hosts_actions:
                back.next_steps(own_heading=False)
        if not any(section.hosts_evaluation for section in planned):
            back.evaluation(own_heading=True)
        if not any(section.hosts_actions for section in planned):
            back.next_steps(own_heading=True)
        back.attachments()
        return plan


def build_plan(reading: WorkshopReading, options: MinutesOptions = MinutesOptions()) -> DocumentPlan:
    """The minutes of ``reading`` as a document plan, in the workshop's (or the chosen) language."""
    wording = Wording.for_language(options.language or reading.workshop.language)
    return MinutesBuilder(Context(DocumentPlan(), reading, options, wording)).build()
