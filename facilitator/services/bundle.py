"""All services over one open workshop file, built in one place and passed to the UI."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.services.capture import CaptureService
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

    @classmethod
    def over(cls, store: Store) -> Services:
        return cls(
            store=store,
            workshops=WorkshopService(store),
            setup=SetupService(store),
            templates=TemplateService(store),
            capture=CaptureService(store),
        )
