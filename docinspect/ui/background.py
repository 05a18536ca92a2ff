"""Work off the GUI thread, in one shape: run, hand the result back, drop stale answers, report
failures (Anki's collection operations).

A window asks ``Background.run(work, on_done, on_failed)``: ``work`` runs on a pool thread (it
may open the database, migrate it, import bundles — anything that would freeze the window);
``on_done(result)`` or ``on_failed(exc)`` then runs on the GUI thread. Requests of the same
``kind`` supersede each other: only the newest one's answer is delivered, so a slow answer to
an old question never overwrites a newer one. A failure without an ``on_failed`` is logged
and emitted as ``failed``, never swallowed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from shiboken6 import isValid

from docinspect.ui.jobs import Job

_log = logging.getLogger(__name__)


class Background(QObject):
    """Runs work for one window or object; see the module's docstring."""

    #: A request without ``on_failed`` failed: (kind or "", the error's first line).
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, threads: int | None = None) -> None:
        """On the app's shared pool, or with ``threads`` on a pool of this object's own (one
        thread runs requests one after another, in the order asked)."""
        super().__init__(parent)
        if threads is None:
            self._pool = QThreadPool.globalInstance()
        else:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(threads)
        self._tokens = 0
        self._jobs: dict[int, Job] = {}
        self._latest: dict[str, int] = {}

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        kind: str | None = None,
    ) -> None:
        """Run ``work()`` on a pool thread, then ``on_done(result)`` or ``on_failed(exc)`` on the
        GUI thread; with ``kind``, only if no newer request of that kind was made since."""
        self._tokens += 1
        token = self._tokens
        if kind is not None:
            self._latest[kind] = token
        job = Job(token, work)
        self._jobs[token] = job  # kept until it answers: its signals must outlive the run

        def current() -> bool:
            self._jobs.pop(token, None)
            if not isValid(self):  # the window that asked is gone
                return False
            return kind is None or self._latest.get(kind) == token

        def finished(_token: Any, result: Any) -> None:
            if current():
                on_done(result)

        def failed(_token: Any, exc: BaseException, trace: str) -> None:
            if not current():
                return
            if on_failed is not None:
                on_failed(exc)
                return
            _log.warning("background work failed: %s\n%s", exc, trace)
            self.failed.emit(kind or "", first_line(exc))

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        """Whether a request has not answered yet."""
        return bool(self._jobs)

    def stop(self, msecs: int = 30000) -> bool:
        """Drop the requests not started yet and wait for the running ones (a window closing:
        its answers would have nobody to go to). Only for an object with a pool of its own."""
        if self._pool is QThreadPool.globalInstance():
            raise RuntimeError("stop() is for a Background with a pool of its own")
        self._pool.clear()
        done = self._pool.waitForDone(msecs)
        self._jobs.clear()  # the cleared ones will never answer
        return done

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the pool's running work (this object's own pool, or the shared one)."""
        return self._pool.waitForDone(msecs)


def first_line(exc: BaseException) -> str:
    """The first line of an error (a database driver's own message where there is one)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
