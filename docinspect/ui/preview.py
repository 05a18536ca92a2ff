"""The library's preview of a specimen's white-light picture, fitted to the view.

Kept apart from the inspection workstation (docinspect/ui/inspect/), which replaces it with
lights, tilt and the loupe; the window only calls ``show_picture`` and ``show_message``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget


class SpecimenPreview(QGraphicsView):
    """Shows one image scaled to fit (with a margin), or a centred message in its place."""

    MARGIN = 16.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#37474f"))
        self.setMinimumSize(200, 160)
        self._item: QGraphicsPixmapItem | None = None
        self.message = ""
        self.provisional = False
        self.show_message("")

    def show_picture(self, image: QImage | QPixmap, *, provisional: bool = False) -> None:
        """Show ``image`` fitted to the view. A provisional picture (a thumbnail shown while
        the real one is drawn) is scaled up to the same place and replaced later."""
        self._scene.clear()
        self.message = ""
        self.provisional = provisional
        pixmap = image if isinstance(image, QPixmap) else QPixmap.fromImage(image)
        self._item = self._scene.addPixmap(pixmap)
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._fit()

    def show_message(self, text: str) -> None:
        """Replace the picture by a line of text (loading, or why there is no picture)."""
        self._scene.clear()
        self._item = None
        self.provisional = False
        self.message = text
        if text:
            label = self._scene.addText(text)
            label.setDefaultTextColor(QColor("#eceff1"))
            label.setTextWidth(360)
        self._fit()

    def has_picture(self) -> bool:
        """True once the real picture (not a provisional one) is shown."""
        return self._item is not None and not self.provisional

    def picture(self) -> QImage | None:
        """The picture shown, at its own resolution (None while a message is shown)."""
        return self._item.pixmap().toImage() if self.has_picture() else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # fit mode is re-applied on every resize

    def _fit(self) -> None:
        rect = self._scene.itemsBoundingRect()
        if rect.isEmpty():
            self.resetTransform()
            return
        if self._item is None:
            # Text stays at its natural size, centred.
            self.resetTransform()
            self._scene.setSceneRect(rect)
            self.centerOn(rect.center())
            return
        m = self.MARGIN * max(rect.width() / max(self.viewport().width(), 1), 1e-3)
        self._scene.setSceneRect(rect.adjusted(-m, -m, m, m))
        self.fitInView(QRectF(rect.adjusted(-m, -m, m, m)), Qt.AspectRatioMode.KeepAspectRatio)
