"""Comparing faces side by side with one zoom (issue 16): at the practice desk and the
workstation, the document's photo and the traveller at one height, zoomed and panned in step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from test_inspect_chip_reader import pack  # noqa: F401 (a fixture)
from test_practice_chip_reader import _start, window  # noqa: F401 (a fixture)

from docinspect.ui.inspect.face_compare import (
    FACE_HEIGHT_PX,
    MAX_ZOOM,
    FaceCompareDialog,
)


def _pixmap(w: int, h: int) -> QPixmap:
    pixmap = QPixmap(w, h)
    pixmap.fill(QColor("white"))
    return pixmap


def test_both_faces_at_one_height_and_one_zoom(qtbot):
    # A small document photo and a large live photo are shown equally tall.
    dialog = FaceCompareDialog(_pixmap(240, 300), _pixmap(840, 1080))
    qtbot.addWidget(dialog)
    dialog.resize(980, 620)
    dialog.show()
    heights = [v.transform().m22() * v.scene().itemsBoundingRect().height() for v in dialog.views]
    assert heights[0] == heights[1] == FACE_HEIGHT_PX
    dialog.zoom_by(2.0)
    scales = [v.transform().m22() * v.scene().itemsBoundingRect().height() for v in dialog.views]
    assert scales[0] == scales[1] == 2 * FACE_HEIGHT_PX
    for _ in range(20):
        dialog.zoom_by(2.0)
    assert dialog.zoom == MAX_ZOOM
    # One pan: moving one picture moves the other to the same place on the face.
    left, right = (v.verticalScrollBar() for v in dialog.views)
    left.setValue(left.maximum())
    assert right.value() == right.maximum() > 0
    dialog.fit()
    assert dialog.zoom == 1.0


def test_the_practice_desk_opens_the_faces_side_by_side(qtbot, window):  # noqa: F811
    _start(qtbot, window, 0)
    button = window.panel.compare_faces
    assert not button.isHidden()  # the traveller stands at the desk
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.panel.face_dialog
    assert isinstance(dialog, FaceCompareDialog)
    assert all(not v.scene().items()[0].pixmap().isNull() for v in dialog.views)


def test_the_workstation_compares_faces_with_v(qtbot, pack):  # noqa: F811
    from docinspect.ui.inspect.opening import open_inspection

    win = open_inspection(pack, "genuine")
    qtbot.addWidget(win)
    action = next(a for a in win.actions() if a.objectName() == "faceCompare")
    assert action.shortcut().toString() == "V"
    action.trigger()
    assert isinstance(win.property("faceCompare"), FaceCompareDialog)
