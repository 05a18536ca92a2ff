"""Python's cyclic garbage collected on the GUI thread only.

Python runs its cycle collector in whichever thread happens to allocate when a generation
fills up — often a render thread drawing a page ahead. A widget, a timer or a view caught in
a reference cycle is then destroyed there, outside the thread that owns it: Qt warns
("QBasicTimer::stop: Failed. Possibly trying to stop from a different thread") and may crash
later when the GUI thread touches what was freed (the test suite crashed once in Qt's event
processing right after such a warning). So the automatic collector is switched off and the
GUI thread collects, by the same generation thresholds, from a timer. Objects freed by their
reference count alone (nearly all of them) are not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks whether a generation is due (ms): often enough that garbage
#: never piles up, rarely enough to cost nothing (a look is three integer compares).
CHECK_INTERVAL_MS = 250

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects cycles on the thread it lives on (the GUI thread), from a timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        gc.disable()

    def check(self) -> int:
        """Collect the oldest generation that is due, as the automatic collector would;
        returns the objects found unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in range(3) if counts[g] > thresholds[g]]
        return gc.collect(due[-1]) if due else 0


def collect_garbage_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Switch Python's automatic cycle collector off and collect on ``app``'s thread instead
    (once per process; later calls return the same collector)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
