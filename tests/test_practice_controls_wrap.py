"""The practice desk's controls fit the window: on a 1,366 px laptop they wrap onto a second
row instead of running off its right edge (they need 1,730 px in one row in Bulgarian)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QApplication, QToolButton

from docinspect.model.taxonomy import load_taxonomy
from docinspect.ui.practice.panel import QuestionPanel
from docinspect.ui.translations import install_translations


@pytest.fixture(params=["bg", "en"])
def panel(request, qtbot, qapp):
    install_translations(qapp, QLocale(request.param))
    panel = QuestionPanel(load_taxonomy())
    qtbot.addWidget(panel)
    # Every control a question can show: the chip reader and the face comparison too.
    panel.read_chip.setVisible(True)
    panel.compare_faces.setVisible(True)
    yield panel
    install_translations(qapp, QLocale("en_US"))


def _buttons(panel: QuestionPanel) -> list[QToolButton]:
    return [b for b in panel.controls.findChildren(QToolButton) if b.isVisibleTo(panel)]


def _edges(panel: QuestionPanel) -> tuple[int, set[int]]:
    """The rightmost edge of any control, in the panel's coordinates, and the rows' tops."""
    right, rows = 0, set()
    for button in _buttons(panel):
        top_left = button.mapTo(panel, QPoint(0, 0))
        right = max(right, top_left.x() + button.width())
        rows.add(top_left.y() // 10)
    return right, rows


def test_on_a_laptop_screen_the_controls_wrap_inside_the_window(panel):
    panel.resize(1366 - 40, 700)  # the window's frame and the screen's edge
    panel.show()
    QApplication.processEvents()
    assert panel.width() <= 1366, "the controls force the window wider than the screen"
    right, rows = _edges(panel)
    assert right <= panel.width(), f"a control ends at {right} px, past the panel's edge"
    assert len(rows) >= 2
    # Every button is drawn whole, at the size its text asks for.
    for button in _buttons(panel):
        assert button.width() >= button.sizeHint().width(), button.objectName()


def test_on_a_wide_screen_they_stay_in_one_row(panel):
    panel.resize(2000, 900)
    panel.show()
    QApplication.processEvents()
    right, rows = _edges(panel)
    assert len(rows) == 1
    assert right <= panel.width()
