"""The inspection workstation driven as an officer would: keys, buttons, wheel, mouse."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolBar

from docinspect.model import (
    DocumentType,
    Layer,
    Light,
    Rect,
    Region,
    Role,
    Specimen,
    Truth,
    Verdict,
)
from docinspect.optics.page_source import PageSource, open_page_source
from docinspect.ui.inspect.imaging import rgb_from_qimage
from docinspect.ui.inspect.workstation import InspectionWindow

#: Colours of the captured layers, one per light, so a test can tell which one is shown.
WHITE_RGB = (230, 220, 190)
IR_RGB = (120, 120, 120)
OBLIQUE_RGB = (90, 150, 60)


def _scan(path, colour, *, px_per_mm=8, stripes=False) -> None:
    w, h = 125 * px_per_mm, 88 * px_per_mm
    array = np.empty((h, w, 3), np.uint8)
    array[:] = colour
    if stripes:  # 0.5 mm dark stripes in the top-left corner: detail for the loupe
        for x in range(0, 20 * px_per_mm, px_per_mm):
            array[: 20 * px_per_mm, x : x + px_per_mm // 2] = (20, 20, 20)
    Image.fromarray(array).save(path)


def _specimen(specimen_id: str, title: str, verdict: Verdict) -> Specimen:
    return Specimen(
        id=specimen_id,
        title=title,
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(verdict, ("office_paper",) if verdict is not Verdict.GENUINE else ()),
        layers={
            Light.WHITE: Layer(Light.WHITE, "white.png"),
            Light.IR: Layer(Light.IR, "ir.png"),
            Light.OBLIQUE: Layer(Light.OBLIQUE, "oblique.png"),
        },
        regions=(
            Region(
                "photo",
                Rect(60, 30, 30, 30),
                "ghost_image",
                Role.FORGERY_INDICATOR,
                frozenset({Light.WHITE}),
                explanation="The ghost image does not match the portrait.",
            ),
        ),
    )


def _captured(folder, specimen_id, title, verdict) -> PageSource:
    folder.mkdir()
    _scan(folder / "white.png", WHITE_RGB, stripes=True)
    _scan(folder / "ir.png", IR_RGB)
    _scan(folder / "oblique.png", OBLIQUE_RGB)
    return open_page_source(_specimen(specimen_id, title, verdict), folder)


@pytest.fixture
def window(qtbot, tmp_path):
    questioned = _captured(tmp_path / "q", "q1", "Questioned passport", Verdict.COUNTERFEIT)
    reference = _captured(tmp_path / "r", "r1", "Genuine reference", Verdict.GENUINE)
    win = InspectionWindow(questioned, reference=reference)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    _settle(qtbot, win)
    yield win
    win.close()


def _settle(qtbot, win) -> None:
    """Let queued renders finish and their results arrive."""
    for view in (win.view, win.reference_view):
        if view is not None:
            view.wait_for_renders()
    qtbot.wait(20)
    for view in (win.view, win.reference_view):
        if view is not None:
            view.wait_for_renders()
    qtbot.wait(20)


def _centre_colour(view) -> tuple[int, ...]:
    pixmap = view.page_pixmap()
    assert not pixmap.isNull()
    rgb = rgb_from_qimage(pixmap.toImage())
    return tuple(int(c) for c in rgb[rgb.shape[0] * 3 // 4, rgb.shape[1] // 2])


def _close(colour, expected, tol=3) -> bool:
    return max(abs(a - b) for a, b in zip(colour, expected, strict=True)) <= tol


def _wheel(widget, steps: int, *, ctrl: bool = False, pos: QPointF | None = None) -> None:
    pos = pos or QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_opens_fitted_under_white_light(window, qtbot):
    assert window.state.light is Light.WHITE
    assert _close(_centre_colour(window.view), WHITE_RGB)
    view = window.view
    page_px = view.px_per_mm() * 125
    assert page_px <= view.viewport().width()  # the whole page is in view, in the middle
    centre = view.mapFromScene(QPointF(62.5, 44.0))
    middle = view.viewport().rect().center()
    assert abs(centre.x() - middle.x()) <= 2 and abs(centre.y() - middle.y()) <= 2


def test_lights_by_key(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_I)
    _settle(qtbot, window)
    assert window.state.light is Light.IR
    assert window.light_action(Light.IR).isChecked()
    assert _close(_centre_colour(window.view), IR_RGB)
    qtbot.keyClick(window, Qt.Key.Key_W)
    _settle(qtbot, window)
    assert _close(_centre_colour(window.view), WHITE_RGB)


def test_lights_by_toolbar_button_with_clear_labels(window, qtbot):
    toolbar = window.findChild(QToolBar, "lightToolbar")
    labels = [a.text() for a in toolbar.actions() if a.text()]
    assert labels[:5] == ["White", "UV 365 nm", "IR", "Oblique", "Transmitted"]
    button = toolbar.widgetForAction(window.light_action(Light.OBLIQUE))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.state.light is Light.OBLIQUE
    assert _close(_centre_colour(window.view), OBLIQUE_RGB)
    assert "(O)" in window.light_action(Light.OBLIQUE).toolTip()


def test_oblique_again_turns_the_raking_light(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_O)
    before = window.state.oblique_azimuth_deg
    qtbot.keyClick(window, Qt.Key.Key_O)
    assert window.state.oblique_azimuth_deg == (before + 45) % 360
    assert window.direction_box.currentData() == window.state.oblique_azimuth_deg


def test_no_uv_image_is_said_plainly(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_U)
    _settle(qtbot, window)
    assert window.view.missing_message() == "No UV image for this specimen"
    assert window.view.page_pixmap().isNull()  # nothing invented
    assert "No UV image" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_W)
    _settle(qtbot, window)
    assert window.view.missing_message() == ""
    assert not window.view.page_pixmap().isNull()


def test_tilt_by_keys_and_slider(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    assert window.state.tilt_deg == 10
    assert window.tilt_slider.value() == 10
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert window.state.tilt_deg == 5
    window.tilt_slider.setValue(-30)
    assert window.state.tilt_deg == -30
    assert window.tilt_label.text() == "-30°"


def test_the_second_tilt_axis_by_keys_and_slider(window, qtbot):
    # ' and ; tilt the top edge away and towards; [ and ] keep to left-right.
    qtbot.keyClick(window, Qt.Key.Key_Apostrophe)
    qtbot.keyClick(window, Qt.Key.Key_Apostrophe)
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)
    assert (window.state.tilt_deg, window.state.tilt_away_deg) == (5, 10)
    assert window.tilt_away_slider.value() == 10 and window.tilt_slider.value() == 5
    qtbot.keyClick(window, Qt.Key.Key_Semicolon)
    assert window.state.tilt_away_deg == 5
    window.tilt_away_slider.setValue(-25)
    assert window.state.tilt_away_deg == -25 and window.state.tilt_deg == 5
    assert window.tilt_away_label.text() == "-25°"
    assert "tilt ↔ +5° ↕ -25°" in window.statusBar().currentMessage()
    assert window.state.viewing().tilt_away_deg == -25
    qtbot.keyClick(window, Qt.Key.Key_Backslash)  # lay flat: both axes
    assert (window.state.tilt_deg, window.state.tilt_away_deg) == (0, 0)
    assert window.tilt_away_slider.value() == 0


def test_wheel_zooms_about_the_cursor_and_is_clamped(window, qtbot):
    view = window.view
    before = view.px_per_mm()
    _wheel(view.viewport(), 2)
    assert view.px_per_mm() == pytest.approx(before * 1.25**2, rel=1e-3)
    assert not window.state.fit
    for _ in range(40):
        _wheel(view.viewport(), 3)
    assert view.zoom() == pytest.approx(40.0, rel=1e-3)  # MAX_ZOOM
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert view.px_per_mm() == pytest.approx(before, rel=1e-3)


def test_actual_size_uses_the_screen_calibration(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert window.view.px_per_mm() == pytest.approx(window.view.screen_px_per_mm())
    window.view.set_screen_px_per_mm(5.0)
    assert window.view.px_per_mm() == pytest.approx(5.0)


def test_loupe_follows_the_mouse_and_changes_power(window, qtbot):
    view = window.view
    qtbot.keyClick(window, Qt.Key.Key_L)
    assert window.state.loupe_enabled and window.loupe_action.isChecked()
    # No pointer over the middle of the lens, where the detail is.
    assert view.viewport().cursor().shape() == Qt.CursorShape.BlankCursor
    target = view.mapFromScene(QPointF(10, 10))
    qtbot.mouseMove(view.viewport(), target)
    pos = window.state.loupe_pos_mm
    assert pos is not None and abs(pos.x() - 10) < 1 and abs(pos.y() - 10) < 1
    _settle(qtbot, window)
    assert view.lens.frame is not None
    power = window.state.loupe_power
    _wheel(view.viewport(), 1, ctrl=True)
    assert window.state.loupe_power > power
    assert window.power_box.value() == round(window.state.loupe_power)
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    assert window.state.loupe_power < power
    zoom = view.px_per_mm()
    _wheel(view.viewport(), 1, ctrl=True)
    assert view.px_per_mm() == zoom  # Ctrl+wheel is the loupe's, not the page's


def test_loupe_renders_its_own_window_not_the_page_picture(window, qtbot):
    """The loupe frame comes from the source at loupe resolution: the 0.5 mm stripes of the
    scan span power x zoom x 0.5 pixels, sharp-edged, not a blur of page pixels."""
    view = window.view
    window.state.set_loupe_enabled(True)
    window.state.set_loupe_power(20)
    view.move_loupe_to(QPointF(10, 10))
    _settle(qtbot, window)
    frame = rgb_from_qimage(view.lens.frame)
    px_per_mm = view.loupe_px_per_mm() * view.devicePixelRatioF()
    row = frame[frame.shape[0] // 2, :, 0].astype(int)
    dark = row < 100
    runs = np.diff(np.flatnonzero(np.diff(dark.astype(int))))
    assert runs.size >= 2
    assert np.median(runs) == pytest.approx(0.5 * px_per_mm, rel=0.1)


def test_handheld_uv_lamp_only_inside_the_loupe(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)
    assert window.state.loupe_light is Light.UV365 and window.state.loupe_enabled
    assert window.state.light is Light.WHITE
    window.view.move_loupe_to(QPointF(60, 40))
    assert window.view.lens.frame_missing  # this scan has no UV capture: the loupe says so
    assert window.lamp_light() is Light.UV365


def test_reticle_toggles_by_key(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.state.reticle and window.reticle_action.isChecked()


def test_compare_keeps_light_zoom_and_pan_in_step(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_C)
    _settle(qtbot, window)
    assert window.comparing and window.reference_view.isVisible()
    questioned, reference = window.view, window.reference_view
    assert questioned.px_per_mm() == pytest.approx(reference.px_per_mm())
    _wheel(questioned.viewport(), 3)
    assert reference.px_per_mm() == pytest.approx(questioned.px_per_mm())
    # Pan the questioned view by dragging; the reference follows.
    start = QPoint(questioned.viewport().width() // 2, questioned.viewport().height() // 2)
    qtbot.mousePress(questioned.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(questioned.viewport(), start + QPoint(-120, -60))
    qtbot.mouseRelease(
        questioned.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(-120, -60)
    )
    centre_q = questioned.mapToScene(questioned.viewport().rect().center())
    centre_r = reference.mapToScene(reference.viewport().rect().center())
    assert abs(centre_q.x() - centre_r.x()) < 1.0 and abs(centre_q.y() - centre_r.y()) < 1.0
    # The arrow keys pan too, and the reference follows them.
    before = questioned.mapToScene(questioned.viewport().rect().center())
    questioned.setFocus()
    qtbot.keyClick(questioned, Qt.Key.Key_Right)
    centre_q = questioned.mapToScene(questioned.viewport().rect().center())
    centre_r = reference.mapToScene(reference.viewport().rect().center())
    assert centre_q.x() > before.x()
    assert abs(centre_q.x() - centre_r.x()) < 1.0
    qtbot.keyClick(window, Qt.Key.Key_I)
    _settle(qtbot, window)
    assert _close(_centre_colour(reference), IR_RGB)
    assert _close(_centre_colour(questioned), IR_RGB)


def test_overlay_toggle_and_explanation_on_click(window, qtbot):
    view = window.view
    window.show_regions(view.source.specimen.regions, highlight=["photo"])
    items = view.region_items()
    assert len(items) == 1 and items[0].isVisible() and items[0].highlighted
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert not window.state.overlay and not items[0].isVisible()
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert items[0].isVisible()
    assert "ghost image does not match" in items[0].toolTip()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(75, 45))
    )
    assert "ghost image does not match" in window.explanation_text()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(10, 80))
    )
    assert window.explanation_text() == ""  # a click beside the regions puts it away


def test_overlay_shows_the_regions_seen_under_the_current_light(window, qtbot):
    view = window.view
    window.show_regions(view.source.specimen.regions)  # the ghost image: white light only
    (item,) = view.region_items()
    assert item.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_I)
    assert not item.isVisible()
    window.show_regions(view.source.specimen.regions, highlight=["photo"])
    (item,) = view.region_items()
    assert item.isVisible()  # feedback: the highlighted region shows under any light
    qtbot.keyClick(window, Qt.Key.Key_U)
    _settle(qtbot, window)
    assert not item.isVisible()  # no UV picture: no outlines over an empty desk


def test_other_lights_are_rendered_ahead_so_switching_shows_them_at_once(window, qtbot):
    view = window.view
    qtbot.wait(300)  # the view renders the other lights once it has settled
    _settle(qtbot, window)
    for light in (Light.IR, Light.OBLIQUE, Light.WHITE):
        window.state.set_light(light)
        # No waiting: the picture for the new light is on screen in the same event.
        assert view.shown_viewing().light is light
        assert not view.is_provisional()


def test_set_the_model_check_the_widgets(window, qtbot):
    state = window.state
    state.set_light(Light.TRANSMITTED)
    state.set_oblique_azimuth(90)
    state.set_tilt(-15)
    state.set_tilt_away(20)
    state.set_loupe_enabled(True)
    state.set_loupe_power(20)
    state.set_loupe_light(Light.IR)
    state.set_reticle(True)
    state.set_overlay(True)
    assert window.light_action(Light.TRANSMITTED).isChecked()
    assert window.direction_box.currentData() == 90
    assert not window.direction_box.isEnabled()  # only under oblique light
    assert window.tilt_slider.value() == -15
    assert window.tilt_away_slider.value() == 20
    assert window.loupe_action.isChecked() and window.power_box.value() == 20
    assert window.lamp_light() is Light.IR and not window.uv_lamp_action.isChecked()
    assert window.reticle_action.isChecked() and window.overlay_action.isChecked()
    assert "Transmitted" in window.statusBar().currentMessage()
    assert "loupe 20×" in window.statusBar().currentMessage()


def _label_boxes(view):
    to_view = view.viewportTransform()
    return [
        item.label.deviceTransform(to_view).mapRect(item.label.boundingRect())
        for item in view.region_items()
        if item.isVisible()
    ]


def test_labels_of_regions_that_start_together_do_not_cover_one_another(window, qtbot):
    """The portrait and its frame, the data zone and the rainbow print: regions starting at the
    same corner put their labels in the same place; each label stays readable at any zoom."""
    view = window.view
    regions = [
        Region(f"r{k}", Rect(60, 30, 30 - k, 30), feature, Role.SECURITY_FEATURE, lights)
        for k, feature in enumerate(("ghost_image", "guilloche", "microprint"))
        for lights in [frozenset({Light.WHITE})]
    ]
    window.show_regions(regions)
    for factor in (1.0, 2.5, 0.5):
        view.zoom_by(factor)
        _settle(qtbot, window)
        boxes = _label_boxes(view)
        assert len(boxes) == 3
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.intersects(b), (factor, a, b)


def test_a_label_at_the_right_edge_stays_in_view(window, qtbot):
    view = window.view
    window.show_regions(
        [
            Region(
                "edge",
                Rect(124, 30, 0.8, 6),
                "optically_variable_ink",
                Role.SECURITY_FEATURE,
                frozenset({Light.WHITE}),
            )
        ]
    )
    _settle(qtbot, window)  # the whole page fitted: the region at the page's right edge
    qtbot.waitUntil(lambda: view.region_items()[0].isVisible())
    (box,) = _label_boxes(view)
    assert box.right() <= view.viewport().width()
    assert box.left() < view.mapFromScene(QPointF(124, 30)).x()  # moved left to stay in view


def test_regions_show_the_specimens_own_regions_without_being_given_them(window, qtbot):
    # Opened from the library, nobody passes the regions: Regions (A) still outlines them.
    view = window.view
    assert not window.state.overlay
    assert [i.region.id for i in view.region_items()] == [
        r.id for r in view.source.specimen.regions
    ]
    assert not any(i.isVisible() for i in view.region_items())
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert window.state.overlay and all(i.isVisible() for i in view.region_items())


@pytest.mark.parametrize("key", ["Esc", "Ctrl+W"])
def test_the_workstation_closes_with_esc_or_ctrl_w(window, qtbot, key):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    assert window.isVisible()
    QTest.keySequence(window, QKeySequence(key))
    assert not window.isVisible()
