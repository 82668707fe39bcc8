"""Bad input a service refused, with the sentence to show the user; nothing was changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class InputError(ValueError):
    """A value the user gave cannot be stored as it is; ``message()`` says why in their language."""

    def __init__(self, text: str, **values: object) -> None:
        super().__init__(text.format(**values))
        self._text = text
        self._values = values

    def message(self) -> str:
        return QCoreApplication.translate("InputError", self._text).format(**self._values)
