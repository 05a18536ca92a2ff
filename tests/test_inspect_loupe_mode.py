"""The loupe follows the cursor on the GUI thread only when its frames are cheap to draw.

Frames are judged by the CPU time they cost, not the wall clock: on a busy machine a cheap
frame waits for a core, and that waiting must not keep the lens in the worker (where every
cursor move pays a hand-over), while a frame that really costs more than 8 ms must never
run on the GUI thread.
"""

from __future__ import annotations

import time

import numpy as np
from PIL import Image
from PySide6.QtCore import QPointF

from docinspect.model import DocumentType, Layer, Light, Specimen, Truth, Verdict
from docinspect.model.geometry import Bounds
from docinspect.model.light import Viewing
from docinspect.optics.page_source import open_page_source
from docinspect.ui.inspect.loupe import SYNC_BUDGET_S
from docinspect.ui.inspect.workstation import InspectionWindow


class TimedSource:
    """A captured page whose loupe windows cost ``cpu_s`` of CPU and ``wait_s`` of waiting."""

    def __init__(self, inner, *, cpu_s: float = 0.0, wait_s: float = 0.0) -> None:
        self._inner = inner
        self._cpu_s = cpu_s
        self._wait_s = wait_s

    @property
    def specimen(self) -> Specimen:
        return self._inner.specimen

    def has_light(self, light: Light) -> bool:
        return self._inner.has_light(light)

    def max_px_per_mm(self, light: Light) -> float | None:
        return self._inner.max_px_per_mm(light)

    def render(self, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]) -> np.ndarray:
        if window_mm.width < 40:  # a loupe window
            started = time.thread_time()
            while time.thread_time() - started < self._cpu_s:
                pass  # work, as a dense patch of print costs
            time.sleep(self._wait_s)  # waiting, as for a core on a busy machine
        return self._inner.render(viewing, window_mm, size_px)


def _sweep(qtbot, tmp_path, **cost) -> InspectionWindow:
    Image.fromarray(np.full((88 * 4, 125 * 4, 3), 210, np.uint8)).save(tmp_path / "white.png")
    specimen = Specimen(
        id="s",
        title="Scan",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(Verdict.GENUINE),
        layers={Light.WHITE: Layer(Light.WHITE, "white.png")},
    )
    win = InspectionWindow(TimedSource(open_page_source(specimen, tmp_path), **cost))
    qtbot.addWidget(win)
    win.resize(900, 650)
    win.show()
    qtbot.waitExposed(win)
    win.state.set_loupe_enabled(True)
    for i in range(24):
        before = win.view.lens.frame
        win.view.move_loupe_to(QPointF(10 + 4 * i, 20 + i))
        qtbot.waitUntil(lambda before=before: win.view.lens.frame is not before, timeout=5000)
    return win


def test_cheap_frames_that_wait_for_a_core_go_to_the_gui_thread(qtbot, tmp_path):
    win = _sweep(qtbot, tmp_path, wait_s=2 * SYNC_BUDGET_S)  # 16 ms wall, ~0 CPU
    assert win.view.lens.synchronous
    assert win.view.lens.p95() <= SYNC_BUDGET_S
    win.close()


def test_costly_frames_stay_in_the_worker(qtbot, tmp_path):
    win = _sweep(qtbot, tmp_path, cpu_s=1.5 * SYNC_BUDGET_S)  # 12 ms of real work
    assert not win.view.lens.synchronous
    assert win.view.lens.p95() > SYNC_BUDGET_S
    win.close()
