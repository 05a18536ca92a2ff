"""The practice window for the database in use: a classroom seat's when it names a server.

Here, in ui/practice, which uses the seat's link (ui/classroom) one way: the factory once lived
in ui/classroom/practice.py and imported this package back.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from docinspect.classroom.seat_files import is_class_server
from docinspect.packs import Pack
from docinspect.ui.classroom.seat_link import SeatLink
from docinspect.ui.practice.backend import PracticeBackend
from docinspect.ui.practice.window import PracticeWindow
from docinspect.userdata import database_url


def practice_window(
    url: str | None = None,
    *,
    packs: Sequence[Pack] = (),
    retry_seconds: float | None = None,
    parent: QWidget | None = None,
) -> PracticeWindow:
    """A practice window on ``url`` (default: the app's database), offering the exercises of
    ``packs`` (the library's) beside the built-in curriculum.

    A server URL (the class's PostgreSQL) makes a classroom seat: answers are saved in this
    computer's own file first and pushed to the server, so a dropped network loses nothing.
    """
    url = url or database_url()
    if not is_class_server(url):
        return PracticeWindow(backend=PracticeBackend(store_url=url), packs=packs, parent=parent)
    kwargs = {} if retry_seconds is None else {"retry_seconds": retry_seconds}
    seat = SeatLink(url, **kwargs)
    backend = PracticeBackend(store_url=seat.local_url)
    return PracticeWindow(backend=backend, packs=packs, seat=seat, parent=parent)
