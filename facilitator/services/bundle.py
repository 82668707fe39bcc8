"""All services over one open store, built in one place and passed to the UI.

The bundle exposes services, never the :class:`Store` itself: widgets read and write only
through services (design.md), and the composition root (app.py) owns the store it opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.clock import SystemClock
from facilitator.services.aco import AcoService
from facilitator.services.agenda import AgendaService
from facilitator.services.attachments import AttachmentService
from facilitator.services.capture import CaptureService
from facilitator.services.change_log import ChangeLogService
from facilitator.services.copying import CopyOut
from facilitator.services.evaluation import EvaluationService
from facilitator.services.next_steps import NextStepsService
from facilitator.services.notes import NotesService
from facilitator.services.offline_lines import OfflineLines
from facilitator.services.qa import QaService
from facilitator.services.reading import ReadingService
from facilitator.services.run import RunService
from facilitator.services.scribes import ScribeService
from facilitator.services.setup import SetupService
from facilitator.services.synthesis import SynthesisService
from facilitator.services.templates import TemplateService
from facilitator.services.voting import VotingService
from facilitator.services.workshops import WorkshopService
from facilitator.storage.store import Store


@dataclass(frozen=True)
class Services:
    change_log: ChangeLogService
    workshops: WorkshopService
    setup: SetupService
    templates: TemplateService
    capture: CaptureService
    offline: OfflineLines
    agenda: AgendaService
    run: RunService
    qa: QaService
    synthesis: SynthesisService
    voting: VotingService
    aco: AcoService
    evaluation: EvaluationService
    next_steps: NextStepsService
    attachments: AttachmentService
    notes: NotesService
    reading: ReadingService
    scribes: ScribeService
    copies: CopyOut

    @classmethod
    def over(cls, store: Store) -> Services:
        capture = CaptureService(store)
        run = RunService(store, SystemClock())
        return cls(
            change_log=ChangeLogService(store),
            workshops=WorkshopService(store),
            setup=SetupService(store),
            templates=TemplateService(store),
            run=run,
            capture=capture,
            offline=OfflineLines(capture, getattr(store, "journal", None)),  # a server's only
            agenda=AgendaService(store),
            qa=QaService(store, capture),
            synthesis=SynthesisService(store),
            voting=VotingService(store),
            aco=AcoService(store),
            evaluation=EvaluationService(store),
            next_steps=NextStepsService(store),
            attachments=AttachmentService(store),
            notes=NotesService(store),
            reading=ReadingService(store),
            scribes=ScribeService(store, capture, run),
            copies=CopyOut(store),
        )
