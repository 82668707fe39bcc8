"""Display names of the item kinds, shared by the agenda editor and the Word exports.

The source strings are marked for lupdate here once; the caller translates them with whatever
translator fits (the interface language on screen, the workshop's language in documents).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.domain.kinds import ItemKind

CONTEXT = "ItemKind"
KIND_NAMES: dict[ItemKind, str] = {
    ItemKind.PRESENTATION: QT_TRANSLATE_NOOP("ItemKind", "Presentation"),
    ItemKind.PLENARY: QT_TRANSLATE_NOOP("ItemKind", "Plenary discussion"),
    ItemKind.GROUP_WORK: QT_TRANSLATE_NOOP("ItemKind", "Group work"),
    ItemKind.SUMMARY: QT_TRANSLATE_NOOP("ItemKind", "Summary"),
    ItemKind.ACO: QT_TRANSLATE_NOOP("ItemKind", "Accept, criticise, offer"),
    ItemKind.BREAK: QT_TRANSLATE_NOOP("ItemKind", "Break"),
    ItemKind.NEXT_STEPS: QT_TRANSLATE_NOOP("ItemKind", "Next steps"),
    ItemKind.EVALUATION: QT_TRANSLATE_NOOP("ItemKind", "Evaluation"),
    ItemKind.OTHER: QT_TRANSLATE_NOOP("ItemKind", "Other"),
}
# One colour per kind: calm, distinguishable on a projector and in a black-and-white print.
KIND_COLOURS: dict[ItemKind, str] = {
    ItemKind.PRESENTATION: "#4c78a8",
    ItemKind.PLENARY: "#f58518",
    ItemKind.GROUP_WORK: "#54a24b",
    ItemKind.SUMMARY: "#b279a2",
    ItemKind.ACO: "#e45756",
    ItemKind.BREAK: "#9d9d9d",
    ItemKind.NEXT_STEPS: "#72b7b2",
    ItemKind.EVALUATION: "#9d755d",
    ItemKind.OTHER: "#bab0ac",
}


def kind_name(kind: ItemKind, translate: Callable[[str, str], str]) -> str:
    """The kind's name through ``translate(context, source)``."""
    return translate(CONTEXT, KIND_NAMES[kind])
