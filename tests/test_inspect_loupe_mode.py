"""The loupe follows the cursor on the GUI thread only when its frames are cheap to draw.

Frames are judged by the CPU time they cost, not the wall clock: on a busy machine a cheap
frame waits for a core, and that waiting must not keep the lens in the worker (where every
cursor move pays a hand-over), while a frame that really costs more than 8 ms must never
run on the GUI thread.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF
from support.scans import CostlyLoupeSource, plain_scan, shown_inspection

from docinspect.model import Light
from docinspect.ui.inspect.loupe import SYNC_BUDGET_S
from docinspect.ui.inspect.workstation import InspectionWindow


class TimedSource(CostlyLoupeSource):
    """A captured page whose loupe windows cost ``cpu_s`` of CPU and ``wait_s`` of waiting."""

    def __init__(self, inner, *, cpu_s: float = 0.0, wait_s: float = 0.0) -> None:
        super().__init__(inner)
        self._cpu_s = cpu_s
        self._wait_s = wait_s

    def loupe_cost(self) -> None:
        started = time.thread_time()
        while time.thread_time() - started < self._cpu_s:
            pass  # work, as a dense patch of print costs
        time.sleep(self._wait_s)  # waiting, as for a core on a busy machine


def _sweep(qtbot, tmp_path, **cost) -> InspectionWindow:
    win = shown_inspection(qtbot, TimedSource(plain_scan(tmp_path, {Light.WHITE: 210}), **cost))
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
