"""Reference cycles are collected on the GUI thread, never in a render thread: a widget or a
timer caught in a cycle must be destroyed by the thread that owns it."""

from __future__ import annotations

import gc
import threading

from docinspect.ui.gui_gc import collect_garbage_on_gui_thread


class _InACycle:
    def __init__(self, record: list[int]) -> None:
        self.me = self  # a cycle: only the collector frees it
        self.record = record

    def __del__(self) -> None:
        self.record.append(threading.get_ident())


def test_a_cycle_dropped_in_a_worker_is_collected_on_the_gui_thread(qapp):
    collector = collect_garbage_on_gui_thread(qapp)
    assert not gc.isenabled()
    freed: list[int] = []

    def worker() -> None:
        _InACycle(freed)
        # Enough new containers to fill the youngest generation several times over: the
        # automatic collector would have run here, in this thread.
        junk = [[i] for i in range(50 * gc.get_threshold()[0])]
        del junk

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert freed == []  # nothing collected in the worker
    collector.check()
    gc.collect()  # whatever generation the cycle has reached by now
    assert freed == [threading.get_ident()]
