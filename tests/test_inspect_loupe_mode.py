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
from docinspect.ui.inspect import loupe as loupe_module
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


def test_a_new_lens_after_cheap_frames_goes_to_the_gui_thread_after_its_warm_up(qtbot, tmp_path):
    # The next practice question's document: the lens before it drew cheap frames, so this
    # one does not pay twelve hand-overs to the worker before following the cursor directly.
    loupe_module._RECENT.clear()
    _sweep(qtbot, tmp_path / "first").close()
    win = shown_inspection(qtbot, TimedSource(plain_scan(tmp_path / "next", {Light.WHITE: 200})))
    win.state.set_loupe_enabled(True)
    lens = win.view.lens
    for i in range(4):  # two warm-up frames and one measured, all in the worker
        assert not lens.synchronous
        before = lens.frame
        win.view.move_loupe_to(QPointF(10 + 4 * i, 20 + i))
        qtbot.waitUntil(lambda before=before: lens.frame is not before, timeout=5000)
        if lens.synchronous:
            break
    assert lens.synchronous and i == 2
    win.close()


def test_a_new_lens_whose_own_frame_is_costly_stays_in_the_worker(qtbot, tmp_path):
    loupe_module._RECENT.clear()
    _sweep(qtbot, tmp_path / "first").close()  # cheap frames before
    win = _sweep(qtbot, tmp_path / "next", cpu_s=1.5 * SYNC_BUDGET_S)
    assert not win.view.lens.synchronous
    win.close()
