"""Windows open no larger than their screen: on a 1,366 × 768 laptop the workstation and the
practice window opened with their status bar and answer buttons below the screen's edge.
(The offscreen screen of the tests is 800 × 800: smaller than those windows' sizes.)"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from docinspect.ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, fit_on_screen


def _free(window: QWidget):
    return window.screen().availableGeometry()


def test_a_window_larger_than_the_screen_is_made_to_fit_and_centred(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    free = _free(window)
    fit_on_screen(window, free.width() + 500, free.height() + 100)
    assert window.width() == free.width() - FRAME_WIDTH
    assert window.height() == free.height() - FRAME_HEIGHT
    assert free.contains(window.frameGeometry())


def test_a_window_that_fits_keeps_its_size(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    fit_on_screen(window, 600, 400)
    assert (window.width(), window.height()) == (600, 400)


def test_the_practice_window_opens_inside_the_screen(qtbot, tmp_path):
    from docinspect.store import open_store
    from docinspect.ui.practice import PracticeWindow
    from docinspect.ui.practice.backend import PracticeBackend

    store = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    window = PracticeWindow(backend=PracticeBackend(store=store))
    qtbot.addWidget(window)
    try:
        free = _free(window)
        assert window.width() <= free.width() and window.height() <= free.height()
    finally:
        window.backend.wait()
        store.close()
