"""Fast light switches with the loupe out: the lens must never show a dark frame of a light that
is no longer on (last session saw it go black for seconds after a few quick switches).

On a busy machine a loupe frame can take a second to draw; meanwhile the lens kept showing the
frame of the previous light: after U then W, the near-black UV picture over a white-lit page.
The source here draws loupe windows slowly on purpose, as that machine did.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt

from docinspect.model import DocumentType, Layer, Light, Specimen, Truth, Verdict
from docinspect.model.geometry import Bounds
from docinspect.model.light import Viewing
from docinspect.optics.page_source import open_page_source
from docinspect.ui.inspect.imaging import rgb_from_qimage
from docinspect.ui.inspect.workstation import InspectionWindow

PAPER = (230, 220, 190)  # white light
UV_DARK = (18, 10, 36)  # UV in a dark room: the dull substrate is near black
IR_GREY = (120, 120, 120)
#: How long a loupe window takes to draw here: a loaded machine's slow frame.
SLOW_S = 0.6


class SlowLoupeSource:
    """A captured specimen whose small (loupe) windows take SLOW_S to draw."""

    def __init__(self, inner) -> None:
        self._inner = inner
        self.loupe_renders = 0

    @property
    def specimen(self) -> Specimen:
        return self._inner.specimen

    def has_light(self, light: Light) -> bool:
        return self._inner.has_light(light)

    def max_px_per_mm(self, light: Light) -> float | None:
        return self._inner.max_px_per_mm(light)

    def render(self, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]) -> np.ndarray:
        if window_mm.width < 40:  # a loupe window, not the page
            self.loupe_renders += 1
            time.sleep(SLOW_S)
        return self._inner.render(viewing, window_mm, size_px)


@pytest.fixture
def window(qtbot, tmp_path):
    folder = tmp_path / "scan"
    folder.mkdir()
    layers = {}
    for light, colour in ((Light.WHITE, PAPER), (Light.UV365, UV_DARK), (Light.IR, IR_GREY)):
        Image.fromarray(np.full((88 * 6, 125 * 6, 3), colour, np.uint8)).save(
            folder / f"{light.value}.png"
        )
        layers[light] = Layer(light, f"{light.value}.png")
    specimen = Specimen(
        id="s",
        title="Scan",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(Verdict.GENUINE),
        layers=layers,
    )
    source = SlowLoupeSource(open_page_source(specimen, folder))
    win = InspectionWindow(source)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
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
    folder = tmp_path / "scan"
    folder.mkdir()
    Image.fromarray(np.full((88 * 6, 125 * 6, 3), PAPER, np.uint8)).save(folder / "white.png")
    specimen = Specimen(
        id="s",
        title="Scan",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(Verdict.GENUINE),
        layers={Light.WHITE: Layer(Light.WHITE, "white.png")},
    )
    win = InspectionWindow(SlowLoupeSource(open_page_source(specimen, folder)))
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.view.shown_viewing() is not None)
    win.state.set_loupe_enabled(True)
    win.view.move_loupe_to(QPointF(60, 40))
    assert win.view.lens.frame is None  # the first frame is still being drawn
    qtbot.wait(30)
    assert _near(_lens_colour(win), PAPER)
    win.close()
