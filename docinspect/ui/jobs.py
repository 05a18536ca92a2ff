"""Background jobs: work that would freeze the window (opening a pack, reading and scaling
images) runs on a QThreadPool and hands its result back to the GUI thread by a queued signal."""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class JobSignals(QObject):
    #: (token, result) when the work returned.
    finished = Signal(object, object)
    #: (token, exception, traceback text) when it raised: a bug, since work functions turn
    #: expected failures into results.
    failed = Signal(object, object, str)


class Job(QRunnable):
    """Run ``work()`` on a pool thread. The signals object is made here, in the GUI thread, so
    its slots run in the GUI thread; ``token`` tells the receiver which request this answers
    (stale answers are dropped by comparing tokens)."""

    def __init__(self, token: Any, work: Callable[[], Any]) -> None:
        super().__init__()
        self.token = token
        self.signals = JobSignals()
        self._work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            self._tell(self.signals.failed, exc, traceback.format_exc())
            return
        self._tell(self.signals.finished, result)

    def _tell(self, signal: Any, *args: Any) -> None:
        # The window that asked may be closed and its signals object deleted (or the app is
        # quitting): then nobody is left to tell, and the answer is stale anyway.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.token, *args)
