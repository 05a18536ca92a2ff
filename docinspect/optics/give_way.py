"""Drawing done ahead gives way to the loupe.

A whole page drawn ahead (another light, a booklet's next page, a coming question's page) runs
in a render thread while the officer moves the loupe, whose frames are drawn on the GUI thread
in a few milliseconds. The two share Python's lock and, on a 2-core machine, the cores: every
time the loupe's frame hands the lock to OpenCV and wants it back, it may wait for the page
render's next QPainter call to end. A page render cannot be interrupted, but it can pause
between its stages: the GUI *holds* deferrable work for a moment at each loupe move, and the
painter calls ``give_way()`` between drawables and passes, which sleeps (without the lock)
until the hold has run out. Only threads inside ``deferrable()`` ever wait; the page on show
and the loupe's own frames never do. Pausing changes when pixels are drawn, never which.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

_local = threading.local()
#: Notified when a hold is released: the paused work goes on at once.
_released = threading.Condition(threading.Lock())
#: Until when (``time.monotonic()``) deferrable work waits.
_held_until = 0.0
#: Threads sleeping in ``give_way`` now, and threads inside ``deferrable()``.
_waiting = 0
_active = 0


def hold(seconds: float) -> None:
    """Hold deferrable work back for ``seconds`` from now (longer holds are kept)."""
    global _held_until
    with _released:
        _held_until = max(_held_until, time.monotonic() + seconds)


def release() -> None:
    """Let deferrable work go on now (someone is waiting for the thread it runs on)."""
    global _held_until
    with _released:
        _held_until = 0.0
        _released.notify_all()


def is_held() -> bool:
    return time.monotonic() < _held_until


def waiting() -> int:
    """How many threads are pausing in ``give_way`` now."""
    return _waiting


def drawing() -> bool:
    """True while deferrable work is drawing, not pausing: it may hold Python's lock for the
    rest of a QPainter call before it reaches the next ``give_way``."""
    return _active > _waiting


@contextlib.contextmanager
def deferrable() -> Iterator[None]:
    """Mark the drawing done inside as done ahead: it gives way while held."""
    global _active
    before = getattr(_local, "deferrable", False)
    _local.deferrable = True
    with _released:
        _active += 1
    try:
        yield
    finally:
        with _released:
            _active -= 1
        _local.deferrable = before


def give_way() -> float:
    """In deferrable work, wait while it is held; the seconds waited (0 elsewhere)."""
    if not getattr(_local, "deferrable", False) or not is_held():
        return 0.0
    global _waiting
    started = time.monotonic()
    with _released:
        _waiting += 1
        try:
            # Asleep without Python's lock until the hold runs out (a later move extends it)
            # or is released.
            while (left := _held_until - time.monotonic()) > 0:
                _released.wait(left)
        finally:
            _waiting -= 1
    return time.monotonic() - started
