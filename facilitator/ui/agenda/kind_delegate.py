"""A combo box with icons for choosing an item's (or a phase's) kind in a table cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from facilitator.domain.kinds import ItemKind
from facilitator.ui.agenda.kind_style import kind_icon, kind_label

Index = QModelIndex | QPersistentModelIndex


def kind_combo(parent: QWidget | None = None) -> QComboBox:
    """Every kind with its icon and translated name; the item data is the kind."""
    combo = QComboBox(parent)
    for kind in ItemKind:
        combo.addItem(kind_icon(kind), kind_label(kind), kind)
    return combo


class KindDelegate(QStyledItemDelegate):
    """Edits the cell's EditRole (an :class:`ItemKind`) with :func:`kind_combo`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = kind_combo(parent)
        combo.activated.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
