"""A layout that lays its items in a row and wraps them onto the next row when the row is
too narrow.

The practice desk's controls (five lights, two tilt axes, the loupe, zoom, regions, compare,
the chip reader, compare faces) need 1,540 px in one row in English and 1,730 px in
Bulgarian: on a 1,366 px classroom laptop the window could not be made narrow enough to fit
the screen, and the last buttons were cut off. Wrapped, they take a second row only when the
window is narrow. Items are groups of controls (a light row, a tilt axis with its keys), so a
group is never split across rows.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        # One row: what the items would take side by side.
        visible = [item for item in self._items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802
        # As narrow as the widest group: the rest wraps.
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []

        def place_row() -> None:
            # Each item centred on the row's height (a slider beside taller buttons).
            left = area.x()
            for item, size in row:
                top = y + (row_height - size.height()) // 2
                item.setGeometry(QRect(QPoint(left, top), size))
                left += size.width() + self._spacing

        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint()
            if row and x + size.width() > area.right() + 1:
                if move:
                    place_row()
                y += row_height + self._spacing // 2
                x, row_height, row = area.x(), 0, []
            row.append((item, size))
            x += size.width() + self._spacing
            row_height = max(row_height, size.height())
        if move and row:
            place_row()
        return y + row_height - rect.y() + margins.bottom()


def control_group(*widgets: QWidget, spacing: int = 4) -> QWidget:
    """Widgets kept together on one row of a FlowLayout."""
    group = QWidget()
    group.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return group
