"""Fast light switches with the loupe out: the lens must never show a dark frame of a light that
is no longer on (last session saw it go black for seconds after a few quick switches).

On a busy machine a loupe frame can take a second to draw; meanwhile the lens kept showing the
frame of the previous light: after U then W, the near-black UV picture over a white-lit page.
The source here draws loupe windows slowly on purpose, as that machine did.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPointF, Qt
from support.scans import CostlyLoupeSource, plain_scan, shown_inspection

from docinspect.model import Light
from docinspect.ui.inspect.imaging import rgb_from_qimage

PAPER = (230, 220, 190)  # white light
UV_DARK = (18, 10, 36)  # UV in a dark room: the dull substrate is near black
IR_GREY = (120, 120, 120)
#: How long a loupe window takes to draw here: a loaded machine's slow frame.
SLOW_S = 0.6


class SlowLoupeSource(CostlyLoupeSource):
    """A captured specimen whose small (loupe) windows take SLOW_S to draw."""

    def loupe_cost(self) -> None:
        time.sleep(SLOW_S)


@pytest.fixture
def window(qtbot, tmp_path):
    colours = {Light.WHITE: PAPER, Light.UV365: UV_DARK, Light.IR: IR_GREY}
    source = SlowLoupeSource(plain_scan(tmp_path / "scan", colours, px_per_mm=6))
    win = shown_inspection(qtbot, source, size=(1000, 700))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    # Every light's page picture ready, as after the workstation rendered them ahead.
    for light in (Light.UV365, Light.IR, Light.WHITE):
        win.state.set_light(light)
        win.view.wait_for_renders()
        qtbot.waitUntil(
            lambda light=light: (
                win.view.shown_viewing() is not None and win.view.shown_viewing().light is light
            )
        )
    qtbot.keyClick(win, Qt.Key.Key_L)
    win.view.move_loupe_to(QPointF(60, 40))
    qtbot.waitUntil(lambda: win.view.lens.frame is not None, timeout=5000)
    yield win
    win.close()


def _lens_colour(win) -> tuple[int, ...]:
    """The colour in the middle of the loupe as it is on screen."""
    view = win.view
    image = view.viewport().grab().toImage()
    rgb = rgb_from_qimage(image)
    ratio = rgb.shape[1] / view.viewport().width()
    centre = view.mapFromScene(win.state.loupe_pos_mm)
    x, y = round(centre.x() * ratio), round(centre.y() * ratio)
    return tuple(int(c) for c in rgb[y - 20, x + 20])  # off the reticle's cross


def _near(colour, expected, tol=12) -> bool:
    return max(abs(a - b) for a, b in zip(colour, expected, strict=True)) <= tol


def _watch_until_fresh(qtbot, win, light: Light, timeout: float = 5.0) -> list[tuple[int, ...]]:
    """The lens colour every 40 ms until the lens has its frame under ``light`` (and once more)."""
    seen = []
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        qtbot.wait(40)
        seen.append(_lens_colour(win))
        if win.view.lens.frame_viewing is not None and win.view.lens.frame_viewing.light is light:
            qtbot.wait(20)
            seen.append(_lens_colour(win))
            return seen
    raise AssertionError(f"the lens never showed its {light.value} frame")


def test_quick_light_switches_never_leave_a_dark_lens_over_a_lit_page(window, qtbot):
    win = window
    assert _near(_lens_colour(win), PAPER)
    for key in (Qt.Key.Key_U, Qt.Key.Key_I, Qt.Key.Key_U, Qt.Key.Key_W, Qt.Key.Key_U):
        qtbot.keyClick(win, key)
        win.view.move_loupe_to(win.state.loupe_pos_mm + QPointF(0.4, 0))
        qtbot.wait(30)
    qtbot.waitUntil(lambda: win.view.lens.frame_viewing.light is Light.UV365, timeout=5000)
    qtbot.keyClick(win, Qt.Key.Key_W)  # back to white light while the lens shows UV
    # The white frame takes SLOW_S (or two, behind a frame already drawing) to arrive;
    # meanwhile the lens magnifies the white page picture, never the dark UV frame.
    seen = _watch_until_fresh(qtbot, win, Light.WHITE)
    assert len(seen) >= 3  # the white frame did take a while (as on a busy machine)
    assert all(_near(c, PAPER) for c in seen), seen


def test_the_uv_torch_switched_off_shows_the_lit_page_at_once(window, qtbot):
    win = window
    qtbot.keyClick(win, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)  # torch on
    assert win.state.loupe_light is Light.UV365
    qtbot.waitUntil(lambda: win.view.lens.frame_viewing.light is Light.UV365, timeout=5000)
    qtbot.wait(30)
    assert _near(_lens_colour(win), UV_DARK)  # the torch's UV spot on a white-lit page
    for _ in range(3):  # off and on again quickly, ending off
        qtbot.keyClick(win, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)
        qtbot.wait(25)
    assert win.state.loupe_light is None
    seen = _watch_until_fresh(qtbot, win, Light.WHITE)
    assert all(_near(c, PAPER) for c in seen), seen


def test_a_lens_with_no_frame_yet_magnifies_the_page_not_a_black_disc(qtbot, tmp_path):
    scan = plain_scan(tmp_path / "scan", {Light.WHITE: PAPER}, px_per_mm=6)
    win = shown_inspection(qtbot, SlowLoupeSource(scan), size=(1000, 700))
    qtbot.waitUntil(lambda: win.view.shown_viewing() is not None)
    win.state.set_loupe_enabled(True)
    win.view.move_loupe_to(QPointF(60, 40))
    assert win.view.lens.frame is None  # the first frame is still being drawn
    qtbot.wait(30)
    assert _near(_lens_colour(win), PAPER)
    win.close()
