"""Comparing faces: the document's photo and the traveller side by side, zoomed in step.

Morphological comparison goes trait by trait — the ears, the face outline, the eyes, the
nose, the mouth — so both faces are shown at the same height, as large as an officer holds
a passport at the desk, and one zoom (the wheel, + and −, 0 to fit) and one pan move both:
the trainee looks at the same ear in both pictures without hunting for it (issue 16).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QLabel,
    QMainWindow,
    QWidget,
)

from docinspect.model.specimen import Specimen
from docinspect.synth.documents import PORTRAIT_FILE
from docinspect.ui.inspect.traveller import traveller_photo_path
from docinspect.ui.inspect.window_actions import add_view_action

#: Both faces are first shown this tall (logical px): a face seen across the desk.
FACE_HEIGHT_PX: Final = 420
MIN_ZOOM: Final = 1.0
MAX_ZOOM: Final = 6.0
ZOOM_STEP: Final = 1.25


class _FaceView(QGraphicsView):
    """One face; its wheel zooms both views (the dialog keeps them in step)."""

    def __init__(self, pixmap: QPixmap, dialog: FaceCompareDialog) -> None:
        super().__init__()
        self._dialog = dialog
        scene = QGraphicsScene(self)
        item = QGraphicsPixmapItem(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        scene.addItem(item)
        self.setScene(scene)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setMinimumSize(320, FACE_HEIGHT_PX + 8)
        self.base = FACE_HEIGHT_PX / max(pixmap.height(), 1)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        self._dialog.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)


class FaceCompareDialog(QDialog):
    """The document's photo beside the traveller, zoomed and panned together."""

    def __init__(
        self, document_photo: QPixmap, traveller: QPixmap, *, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("faceCompare")
        self.setWindowTitle(self.tr("Compare the faces"))
        self.zoom = MIN_ZOOM
        self.views = [_FaceView(document_photo, self), _FaceView(traveller, self)]
        layout = QGridLayout(self)
        captions = (self.tr("Document photo"), self.tr("Traveller at the desk"))
        for column, (caption, view) in enumerate(zip(captions, self.views, strict=True)):
            title = QLabel(f"<b>{escape(caption)}</b>")
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(title, 0, column)
            layout.addWidget(view, 1, column)
        hint = QLabel(
            self.tr(
                "Trait by trait: the ears (size, height, lobe), the face outline, the eyes' "
                "spacing and axis, the nose, the mouth. The wheel or + and − zoom both, "
                "dragging moves both, 0 fits."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint, 2, 0, 1, 2)
        for key, factor in (("+", ZOOM_STEP), ("=", ZOOM_STEP), ("-", 1 / ZOOM_STEP)):
            QShortcut(QKeySequence(key), self).activated.connect(lambda f=factor: self.zoom_by(f))
        QShortcut(QKeySequence("0"), self).activated.connect(self.fit)
        # One pan: each scroll bar drives the other view's (the pictures are scaled to the
        # same height, so the same fraction is the same place on the face).
        for axis in ("horizontalScrollBar", "verticalScrollBar"):
            a, b = (getattr(v, axis)() for v in self.views)
            a.valueChanged.connect(lambda _v, s=a, t=b: _follow(s, t))
            b.valueChanged.connect(lambda _v, s=b, t=a: _follow(s, t))
        self._apply()

    def zoom_by(self, factor: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        self._apply()

    def fit(self) -> None:
        self.zoom = MIN_ZOOM
        self._apply()

    def _apply(self) -> None:
        for view in self.views:
            view.resetTransform()
            view.scale(view.base * self.zoom, view.base * self.zoom)


def _follow(source, target) -> None:
    span = max(source.maximum() - source.minimum(), 1)
    fraction = (source.value() - source.minimum()) / span
    value = target.minimum() + round(fraction * (target.maximum() - target.minimum()))
    if target.value() != value:
        target.blockSignals(True)
        target.setValue(value)
        target.blockSignals(False)


def document_photo(specimen: Specimen, folder: Path | None) -> QPixmap:
    """The document's photo: the portrait it was personalised with, or (a photo set, a scan)
    the page itself."""
    pixmap = QPixmap()
    if folder is None:
        return pixmap
    if PORTRAIT_FILE in specimen.assets:
        pixmap.load(str(folder / PORTRAIT_FILE))
    else:
        layer = next(iter(specimen.layers.values()), None)
        if layer is not None:
            pixmap.load(str(folder / layer.file))
    return pixmap


def open_face_compare(
    parent: QWidget, specimen: Specimen, folder: Path | None
) -> FaceCompareDialog | None:
    """Show the two faces of ``specimen`` side by side; None when it has no traveller."""
    traveller_path = traveller_photo_path(specimen, folder)
    if traveller_path is None:
        return None
    photo = document_photo(specimen, folder)
    traveller = QPixmap(str(traveller_path))
    if photo.isNull() or traveller.isNull():
        return None
    dialog = FaceCompareDialog(photo, traveller, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.resize(980, 620)
    dialog.show()
    return dialog


def compare_tooltip() -> str:
    return QCoreApplication.translate(
        "FaceCompareDialog", "The document's photo and the traveller side by side, zoomed together"
    )


def attach_face_compare(
    window: QMainWindow, specimen: Specimen, folder: Path | None
) -> QAction | None:
    """Add "Compare faces" (V) to a workstation window whose specimen has a traveller."""
    if traveller_photo_path(specimen, folder) is None:
        return None
    return add_view_action(
        window,
        text=QCoreApplication.translate("FaceCompareDialog", "Compare faces (V)"),
        key="V",
        tip=compare_tooltip(),
        name="faceCompare",
        slot=lambda: open_face_compare(window, specimen, folder),
    )
