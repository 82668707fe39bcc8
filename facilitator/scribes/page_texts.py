"""The phone page's words, in the workshop's language (the table reads them, not the user).

Extracted like every other text (``QT_TRANSLATE_NOOP``, area "scribes"); the server translates
them once when it starts and hands them to the page inside its HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.i18n import area_translation

CONTEXT = "ScribePage"

TEXTS: dict[str, str] = {
    "page_title": QT_TRANSLATE_NOOP("ScribePage", "Table scribe"),
    "join_title": QT_TRANSLATE_NOOP("ScribePage", "Write for your table"),
    "join_intro": QT_TRANSLATE_NOOP(
        "ScribePage", "Scan your table's QR code, or type the code shown on the screen."),
    "code_label": QT_TRANSLATE_NOOP("ScribePage", "Code"),
    "join": QT_TRANSLATE_NOOP("ScribePage", "Join"),
    "bad_code": QT_TRANSLATE_NOOP(
        "ScribePage", "That code is not valid (or it was replaced). Check the code on the screen."),
    "question": QT_TRANSLATE_NOOP("ScribePage", "Question"),
    "no_item": QT_TRANSLATE_NOOP("ScribePage", "Nothing is running right now."),
    "waiting": QT_TRANSLATE_NOOP("ScribePage", "Not started yet"),
    "empty": QT_TRANSLATE_NOOP("ScribePage", "No points yet. Add the first one."),
    "field": QT_TRANSLATE_NOOP("ScribePage", "Your table's point"),
    "placeholder": QT_TRANSLATE_NOOP("ScribePage", "Type a point and press Add"),
    "add": QT_TRANSLATE_NOOP("ScribePage", "Add"),
    "sub_point": QT_TRANSLATE_NOOP("ScribePage", "Sub-point"),
    "column": QT_TRANSLATE_NOOP("ScribePage", "Write in"),
    "edit": QT_TRANSLATE_NOOP("ScribePage", "Edit"),
    "save": QT_TRANSLATE_NOOP("ScribePage", "Save"),
    "cancel": QT_TRANSLATE_NOOP("ScribePage", "Cancel"),
    "delete": QT_TRANSLATE_NOOP("ScribePage", "Delete"),
    "confirm_delete": QT_TRANSLATE_NOOP("ScribePage", "Delete this line?"),
    "own": QT_TRANSLATE_NOOP("ScribePage", "from your table"),
    "pending": QT_TRANSLATE_NOOP("ScribePage", "not saved yet"),
    "connected": QT_TRANSLATE_NOOP("ScribePage", "Connected"),
    "saving": QT_TRANSLATE_NOOP("ScribePage", "Saving…"),
    "offline": QT_TRANSLATE_NOOP("ScribePage", "Not connected — your text is kept"),
    "kept": QT_TRANSLATE_NOOP(
        "ScribePage", "{count} kept on this phone: sent when the connection is back"),
    "error_401": QT_TRANSLATE_NOOP(
        "ScribePage", "This phone's access has ended. Scan your table's QR code again."),
    "error_403": QT_TRANSLATE_NOOP("ScribePage", "That is not allowed from this page."),
    "error_404": QT_TRANSLATE_NOOP("ScribePage", "There is nothing here."),
    "error_413": QT_TRANSLATE_NOOP(
        "ScribePage", "Too long to send as one line: please shorten it or split it in two."),
    "error_429": QT_TRANSLATE_NOOP("ScribePage", "Too fast: waiting a moment before sending the rest."),
    "error_other": QT_TRANSLATE_NOOP("ScribePage", "The laptop could not store it; your text is kept."),
}


def page_texts(language: str) -> dict[str, str]:
    """Every text of the page in ``language`` ("da" or "en").

    A counted text comes in two forms, ``key_one`` for a count of 1 and ``key`` for any other
    (the rule Danish and English share), with ``%n`` for the page to fill in.
    """
    translate = area_translation("scribes", language)
    texts = {key: translate(CONTEXT, text) for key, text in TEXTS.items()}
    for key, n in (("other_table_one", 1), ("other_table", 2)):  # the context spelled out for lupdate
        texts[key] = translate("ScribePage", "%n line(s) written for another table were not sent.", None, n)
    return texts
