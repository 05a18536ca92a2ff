"""Rendering off the GUI thread: a queue of render jobs with stale ones dropped, and a cache.

Each job belongs to a *group* ("page", "detail", "ahead", "loupe"). Starting a new batch in a
group makes the group's older jobs stale: a stale job is skipped if it has not started, and
its result is ignored if it has. So dragging the tilt slider renders the last position, not
every one on the way.

A queue's *deferrable* groups are drawn ahead of need (the other lights, a booklet's next
page): while the loupe moves, ``hold_for_loupe`` makes a running one pause between its stages
(``optics.give_way``), unless a picture somebody waits for is queued behind it on the thread.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from docinspect.model.geometry import Bounds
from docinspect.model.light import Viewing
from docinspect.optics import give_way
from docinspect.optics.page_source import NoLayerError, PageSource
from docinspect.ui.inspect.imaging import qimage_from_rgb

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RenderRequest:
    """One picture to draw: a window of a page under a viewing, at a size in pixels."""

    source: PageSource
    viewing: Viewing
    window_mm: Bounds
    size_px: tuple[int, int]
    #: What the caller files the result under (e.g. a cache key).
    tag: Hashable = None


@dataclass(frozen=True, slots=True)
class RenderResult:
    request: RenderRequest
    group: str
    #: The picture, or None when the light has no layer (``missing``) or rendering failed.
    image: QImage | None
    missing: bool = False
    error: str = ""
    #: How long the rendering took in the worker (wall clock) ...
    seconds: float = 0.0
    #: ... and in the worker thread's own CPU time (the wall time includes waiting for a core
    #: or for the GIL while the GUI thread or other render threads run).
    cpu_seconds: float = 0.0


#: Jobs somebody is waiting for (not deferrable) queued or running on a render thread that
#: also runs deferrable ones (a paused one would hold them up).
_urgent = 0
_urgent_lock = threading.Lock()
#: The render threads (pools) deferrable jobs run on.
_DEFERRING_POOLS: set[str] = set()


def _count_urgent(change: int) -> None:
    global _urgent
    with _urgent_lock:
        _urgent += change
        if change > 0:
            give_way.release()  # work drawn ahead must not hold it up on the thread


def hold_for_loupe(seconds: float) -> None:
    """The loupe moved: deferrable render jobs pause for ``seconds`` from now, unless a job
    somebody waits for is queued (it would wait behind the paused one)."""
    with _urgent_lock:
        if _urgent == 0:
            give_way.hold(seconds)


class _Job(QRunnable):
    def __init__(
        self,
        queue: RenderQueue,
        group: str,
        batch: int,
        request: RenderRequest,
        *,
        deferrable: bool = False,
        urgent: bool = False,
    ):
        super().__init__()
        # Python owns the job (the queue keeps it until it has run), so the pool never deletes
        # a wrapper Python still refers to.
        self.setAutoDelete(False)
        self._queue = queue
        self._group = group
        self._batch = batch
        self._request = request
        self.deferrable = deferrable
        #: Counted among the jobs somebody waits for (see ``hold_for_loupe``).
        self.urgent = urgent

    def run(self) -> None:
        queue = self._queue
        try:
            if queue.is_current(self._group, self._batch):
                if self.deferrable:
                    with give_way.deferrable():
                        result = self._render()
                else:
                    result = self._render()
                queue.deliver(self._group, self._batch, result)
            # else stale: a newer batch replaced it before it started
        finally:
            queue.finished_job(self)

    def _render(self) -> RenderResult:
        request = self._request
        started = time.perf_counter()
        started_cpu = time.thread_time()
        try:
            array = request.source.render(request.viewing, request.window_mm, request.size_px)
            image = qimage_from_rgb(array)
            return RenderResult(
                request,
                self._group,
                image,
                seconds=time.perf_counter() - started,
                cpu_seconds=time.thread_time() - started_cpu,
            )
        except NoLayerError:
            return RenderResult(request, self._group, None, missing=True)
        except Exception as exc:  # a renderer bug must not kill the worker or the window
            log.exception("rendering failed")
            return RenderResult(request, self._group, None, error=str(exc))


#: The app's render threads, one per kind of work, shared by every view. Their threads never
#: expire: Qt keeps fonts per thread, and a render thread that exits takes with it font engines
#: the renderer may still hold (a crash in QRawFont). Two threads also suit a 2-core machine
#: better than two per open view.
_POOLS: dict[str, QThreadPool] = {}
_POOLS_LOCK = threading.Lock()


def render_pool(name: str) -> QThreadPool:
    """The process-wide one-thread pool ``name`` ("pages" or "loupe")."""
    with _POOLS_LOCK:
        pool = _POOLS.get(name)
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(1)
            pool.setExpiryTimeout(-1)
            _POOLS[name] = pool
        return pool


class RenderQueue(QObject):
    """Render jobs on a shared render thread; results arrive on the GUI thread via ``rendered``."""

    rendered = Signal(object)  # RenderResult
    _delivered = Signal(str, int, object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        pool: str = "pages",
        keep_stale: tuple[str, ...] = (),
        deferrable: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._pool = render_pool(pool)
        # Groups drawn ahead of need, which give way to the loupe (see ``hold_for_loupe``).
        self._deferrable = frozenset(deferrable)
        self._pool_name = pool
        if deferrable:
            _DEFERRING_POOLS.add(pool)
        # Groups whose finished-but-replaced results are still delivered: a picture that took
        # seconds is worth showing while its successor renders (the receiver checks the tag).
        self._keep_stale = frozenset(keep_stale)
        self._batches: dict[str, int] = {}
        self._counter = itertools.count(1)
        self._delivered.connect(self._on_delivered)
        self._closed = False
        self._jobs: set[_Job] = set()
        self._idle = threading.Condition()

    def is_current(self, group: str, batch: int) -> bool:
        return not self._closed and self._batches.get(group) == batch

    def submit(self, group: str, requests: list[RenderRequest], *, priority: int = 0) -> int:
        """Start a new batch in ``group`` (older ones go stale); returns the batch number."""
        batch = next(self._counter)
        self._batches[group] = batch
        if self._closed:
            return batch
        deferrable = group in self._deferrable
        urgent = not deferrable and self._pool_name in _DEFERRING_POOLS
        for request in requests:
            job = _Job(self, group, batch, request, deferrable=deferrable, urgent=urgent)
            with self._idle:
                self._jobs.add(job)
            if urgent:
                _count_urgent(1)
            self._pool.start(job, priority)
        return batch

    def cancel(self, group: str) -> None:
        """Make every job of ``group`` stale."""
        self._batches[group] = next(self._counter)

    def deliver(self, group: str, batch: int, result: RenderResult) -> None:
        # Called on the worker thread; the queued signal carries it to the GUI thread.
        # If the window closed while this job ran, nobody is waiting for the picture.
        with contextlib.suppress(RuntimeError):
            self._delivered.emit(group, batch, result)

    def finished_job(self, job: _Job) -> None:
        with self._idle:
            if job not in self._jobs:
                return
            self._jobs.discard(job)
            self._idle.notify_all()
        if job.urgent:
            _count_urgent(-1)

    def _on_delivered(self, group: str, batch: int, result: object) -> None:
        if self.is_current(group, batch) or (group in self._keep_stale and not self._closed):
            self.rendered.emit(result)

    def wait(self, msecs: int = -1) -> bool:
        """Wait until this queue's jobs have run (tests and benchmarks; never in the app)."""
        give_way.release()  # a paused job would keep the caller waiting for the hold
        timeout = None if msecs < 0 else msecs / 1000
        with self._idle:
            return self._idle.wait_for(lambda: not self._jobs, timeout)

    def close(self) -> None:
        """Take this queue's waiting jobs off the shared thread and wait for a running one."""
        self._closed = True
        with self._idle:
            waiting = list(self._jobs)
        for job in waiting:
            if self._pool.tryTake(job):
                self.finished_job(job)
        self.wait()


class ImageCache:
    """The last few rendered pages, least recently used dropped first."""

    def __init__(self, *, max_pixels: int = 60_000_000) -> None:
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._pixels: dict[Hashable, int] = {}
        self._max_pixels = max_pixels

    def get(self, key: Hashable) -> Any | None:
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
        return item

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def put(self, key: Hashable, item: Any, pixels: int) -> None:
        self._items[key] = item
        self._items.move_to_end(key)
        self._pixels[key] = pixels
        while sum(self._pixels.values()) > self._max_pixels and len(self._items) > 1:
            old, _ = self._items.popitem(last=False)
            del self._pixels[old]

    def keys_matching(self, predicate: Callable[[Hashable], bool]) -> list[Hashable]:
        return [k for k in self._items if predicate(k)]

    def clear(self) -> None:
        self._items.clear()
        self._pixels.clear()
