"""The specimen list of the library window: rows as wide as the list, never wider.

The model gives each row a fixed size hint (so laying out never asks for thumbnails); a fixed
width wider than a narrow list cut the titles off behind a horizontal scroll bar. Here each
row takes the list's own width instead, and its text wraps within it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: Narrower than this, a row stops shrinking (the list then scrolls sideways after all).
MIN_ROW_WIDTH = 200


class _RowWidth(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        width = self._view.viewport().width() - 2 * self._view.spacing()
        return QSize(max(MIN_ROW_WIDTH, width), hint.height())


class SpecimenList(QListView):
    """A list whose rows follow its width: resizing lays them out again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_RowWidth(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
