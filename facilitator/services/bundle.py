"""All services over one open workshop file, built in one place and passed to the UI."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.clock import SystemClock
from facilitator.services.capture import CaptureService
from facilitator.services.run import RunService
from facilitator.services.setup import SetupService
from facilitator.services.templates import TemplateService
from facilitator.services.workshops import WorkshopService
from facilitator.storage.database import Store


@dataclass(frozen=True)
class Services:
    store: Store
    workshops: WorkshopService
    setup: SetupService
    templates: TemplateService
    capture: CaptureService
    run: RunService

    @classmethod
    def over(cls, store: Store) -> Services:
        return cls(
            store=store,
            workshops=WorkshopService(store),
            setup=SetupService(store),
            templates=TemplateService(store),
            capture=CaptureService(store),
            run=RunService(store, SystemClock()),
        )
