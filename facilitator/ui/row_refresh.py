"""Re-reading a model's contents without closing the cell editor open in its view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel


def refresh_rows(model: QAbstractItemModel, same_rows: bool, replace: Callable[[], None]) -> None:
    """Put fresh contents in ``model`` with ``replace``; when they have ``same_rows``, the rows
    stay and only their cells are announced as changed.

    A reset would close the editor Tab opened in the next cell after the previous cell's
    commit re-read the model, and drop what is being typed there; a changed range of cells
    leaves it open (and, spanning more than one cell, does not overwrite what it holds).
    """
    if same_rows and model.rowCount():
        replace()
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        return
    model.beginResetModel()
    replace()
    model.endResetModel()
