"""Loupe size: small, medium, large, by key, toolbar and menu; remembered; large on a projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QToolBar
from support.scans import plain_scan, shown_inspection

from docinspect.model import Light
from docinspect.ui.inspect.imaging import rgb_from_qimage
from docinspect.ui.inspect.preferences import LOUPE_SIZE_KEY
from docinspect.ui.inspect.state import InspectionState, LoupeSize
from docinspect.ui.inspect.workstation import InspectionWindow
from docinspect.ui.presenter.stage import PresenterStage
from docinspect.userdata import settings_file

PAPER_RGB = (235, 228, 200)


def _page(tmp_path):
    return plain_scan(tmp_path / "page", {Light.WHITE: PAPER_RGB}, px_per_mm=8)


def _open(qtbot, tmp_path) -> InspectionWindow:
    win = shown_inspection(qtbot, _page(tmp_path), size=(1100, 760))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.view.wait_for_renders()
    qtbot.wait(30)
    return win


def _loupe_at_centre(qtbot, win) -> QPointF:
    win.state.set_loupe_enabled(True)
    centre = QPointF(62.5, 44.0)
    win.view.move_loupe_to(centre)
    win.view.wait_for_renders()
    qtbot.waitUntil(lambda: win.view.lens.frame is not None)
    return centre


def _is_rim(rgb) -> bool:
    """The loupe's dark metal rim, not the pale page or the lens showing it."""
    return max(int(c) for c in rgb) < 90


def _rim_radius(win) -> int:
    """The lens rim's distance from the lens centre, found on the screen right of the centre."""
    view = win.view
    shot = rgb_from_qimage(view.viewport().grab().toImage())
    ratio = shot.shape[1] / view.viewport().width()
    centre = view.mapFromScene(win.state.loupe_pos_mm)
    row = shot[round(centre.y() * ratio)]
    start = round(centre.x() * ratio) + 20  # past the reticle-free middle of the lens
    for x in range(start, row.shape[0]):
        if _is_rim(row[x]):
            return round((x - centre.x() * ratio) / ratio)
    raise AssertionError("no loupe rim on screen")


def test_loupe_size_by_key_toolbar_and_menu(qtbot, tmp_path):
    win = _open(qtbot, tmp_path)
    assert win.state.loupe_size is LoupeSize.MEDIUM
    _loupe_at_centre(qtbot, win)
    medium = _rim_radius(win)
    assert medium == pytest.approx(LoupeSize.MEDIUM.radius_px, abs=5)

    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)  # next size: large
    assert win.state.loupe_size is LoupeSize.LARGE
    win.view.wait_for_renders()
    qtbot.waitUntil(
        lambda: (
            win.view.lens.frame is not None
            and win.view.lens.frame.width()
            == round(2 * LoupeSize.LARGE.radius_px * win.view.devicePixelRatioF())
        )
    )
    qtbot.wait(20)
    large = _rim_radius(win)
    assert large == pytest.approx(LoupeSize.LARGE.radius_px, abs=5)
    assert large > medium
    # The lens still shows true detail at its own resolution, only more of it.
    assert win.loupe_size_actions[LoupeSize.LARGE].isChecked()

    box = win.findChild(QToolBar, "loupeToolbar").findChild(QComboBox, "loupeSize")
    assert box.currentData() == LoupeSize.LARGE.value
    box.setCurrentIndex(box.findData(LoupeSize.SMALL.value))
    assert win.state.loupe_size is LoupeSize.SMALL
    qtbot.waitUntil(lambda: win.view.lens.frame is not None)
    win.view.wait_for_renders()
    qtbot.wait(20)
    assert _rim_radius(win) == pytest.approx(LoupeSize.SMALL.radius_px, abs=5)

    win.loupe_size_actions[LoupeSize.MEDIUM].trigger()  # the Loupe menu's entry
    assert win.state.loupe_size is LoupeSize.MEDIUM
    assert box.currentData() == LoupeSize.MEDIUM.value
    loupe_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "L&oupe")
    texts = [a.text() for a in loupe_menu.actions()]
    assert {"Small loupe", "Medium loupe", "Large loupe"} <= set(texts)
    win.close()


def test_the_chosen_size_is_remembered_for_the_next_inspection(qtbot, tmp_path):
    first = _open(qtbot, tmp_path)
    first.loupe_size_actions[LoupeSize.LARGE].trigger()
    first.close()
    assert LoupeSize.LARGE.value in settings_file().read_text()
    second = _open(qtbot, tmp_path)
    assert second.state.loupe_size is LoupeSize.LARGE
    assert second.size_box.currentData() == LoupeSize.LARGE.value
    second.close()


def test_an_unknown_saved_size_falls_back_to_medium(qtbot, tmp_path):
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    section, key = LOUPE_SIZE_KEY.split("/")
    settings_file().write_text(f"[{section}]\n{key}=gigantic\n")
    win = _open(qtbot, tmp_path)
    assert win.state.loupe_size is LoupeSize.MEDIUM
    win.close()


def test_presenter_stage_uses_the_large_loupe(qtbot, tmp_path):
    state = InspectionState()
    stage = PresenterStage(state, scale=1.6)
    qtbot.addWidget(stage)
    stage.resize(1280, 800)
    stage.show()
    stage.show_specimen(_page(tmp_path), loupe=(62.5, 44.0, 8.0))
    qtbot.waitExposed(stage)
    assert state.loupe_size is LoupeSize.LARGE
    view = stage.view
    view.wait_for_renders()
    qtbot.waitUntil(lambda: view.lens.frame is not None)
    assert view.loupe_radius_px() == LoupeSize.LARGE.radius_px
    assert view.lens.frame.width() == round(
        2 * LoupeSize.LARGE.radius_px * view.devicePixelRatioF()
    )
    stage.clear()
