"""A classroom seat's link to the class server: this computer's file first, then the server.

At a classroom seat every answer is saved first in the seat's own SQLite file (the practice
window's store), so a dropped network never loses or delays an answer; the seat then pushes
its results to the class's PostgreSQL server after each answer: only what the server lacks,
compared by id from where the last successful push left off (``docinspect.classroom.seat.
push_results``, for the trainees whose results changed). When a push fails the seat says plainly
that it is offline and tries again every ``retry_seconds``; the first push that succeeds
carries everything over. Signing in checks the password on the server; a trainee who has
signed in at this seat before can sign in while it is offline too, against a salted scrypt
hash of their password kept on the seat (never the password), and sees the assignments last
read here. A seat given its own PostgreSQL login by the instructor (``docinspect classroom
grant-seat``) is its trainee's: the database checked who it is, so the trainee is signed in
without an app password (``Classroom.seat_login``), and only that trainee's results are pushed
(PostgreSQL would refuse any other's).

All server work runs on one worker thread of its own: a slow or unreachable server never
freezes the window, and never holds up a save (those run on the practice backend's thread).
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import QObject, QTimer, Signal

from docinspect.classroom import (
    Assignment,
    Classroom,
    ImportReport,
    Login,
    NotAllowed,
    export_bundle,
    import_bundle,
    open_classroom,
)
from docinspect.classroom.class_packs import fetched_path, store_fetched
from docinspect.classroom.seat import PushReport, Signature, push_results, results_signature
from docinspect.classroom.seat_files import (
    cached_assignments,
    class_packs_dir,
    forget_seat_role,
    remember_login,
    remember_seat_role,
    remembered_seat_role,
    remembered_trainee_id,
    seat_file_url,
    with_connect_timeout,
    write_assignment_cache,
)

# Imported from here by the practice window (ui/practice) and the seat's tests.
from docinspect.classroom.seat_files import is_class_server as is_class_server
from docinspect.classroom.seat_files import seat_class_packs as seat_class_packs
from docinspect.store import Store, StoreError, Trainee, open_store
from docinspect.ui.background import Background
from docinspect.ui.background import first_line as _first_line

_log = logging.getLogger(__name__)

#: Seconds between two tries to reach the class server while the seat is offline.
RETRY_SECONDS = 15.0


class SeatLink(QObject):
    """The seat's state (connecting, online, offline), its signed-in trainee and assignments."""

    #: The seat went online or offline (read ``offline`` and ``reason``).
    state_changed = Signal()
    #: A trainee signed in (the Trainee, already copied into the seat's file).
    signed_in = Signal(object)
    #: Signing in was refused or could not be done; the message says why.
    sign_in_failed = Signal(str)
    #: The signed-in trainee's assignments (list[Assignment]), read or from the seat's cache.
    assignments_changed = Signal(list)
    #: A push reached the server (the PushReport: what was sent and what was added).
    pushed = Signal(object)

    def __init__(
        self,
        server_url: str,
        *,
        local_url: str | None = None,
        retry_seconds: float = RETRY_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.server_url = with_connect_timeout(server_url)
        self.local_url = local_url or seat_file_url()
        #: None while the first contact is being made; then True or False.
        self.offline: bool | None = None
        #: Why the server was not reached (the first line of the error), or "".
        self.reason = ""
        self.login: Login | None = None
        self.trainee: Trainee | None = None
        self.assignments: list[Assignment] = []
        #: True when the database login itself is the trainee's (a seat role): no sign-out.
        self.seat_role = False
        #: Whether the server has been asked if this seat's login is a seat role.
        self._seat_asked = False
        #: The seat role's trainee; pushes carry only theirs (read on the worker thread).
        self._seat_trainee: uuid.UUID | None = None
        # One thread: pushes, sign-ins and reads reach the server one after another.
        self._background = Background(self, threads=1)
        self._pushing = False
        self._push_again = False
        #: Per trainee of the seat's file, the results_signature its last push saw, and the
        #: mark the next push compares from; read and written on the worker thread only.
        self._pushed_marks: dict[uuid.UUID, Signature] = {}
        self._since: dict[uuid.UUID, datetime | None] = {}
        self._room: Classroom | None = None
        self._server: Store | None = None
        self._local: Store | None = None
        self._closed = False
        self._retry = QTimer(self)
        self._retry.setInterval(int(retry_seconds * 1000))
        self._retry.timeout.connect(self.push_soon)

    # --- what the window calls -----------------------------------------------------------------

    def start(self) -> None:
        """First contact: a seat role's trainee is signed in by the database login itself (or,
        offline, as remembered here); then push what the seat kept from last time."""
        remembered = remembered_seat_role()
        if remembered is not None:
            self._seat_trainee = remembered
        self._ask_seat_role()
        self.push_soon()

    def _ask_seat_role(self) -> None:
        self._run(self._seat_role_sign_in, self._seat_role_answered, self._seat_role_failed)

    def push_soon(self) -> None:
        """Push the seat's file to the server now, or right after the push under way."""
        if self._closed:
            return
        if self._pushing:
            self._push_again = True
            return
        self._pushing = True
        self._push_again = False
        self._run(self._push, self._pushed, self._push_failed)

    def sign_in(self, username: str, password: str) -> None:
        """Check the trainee's password on the server and copy their results to the seat;
        while the server cannot be reached, against what this seat remembers of it."""
        self._run(lambda: self._sign_in(username, password), self._signed_in, self._refused)

    def work_offline_as(self, trainee: Trainee) -> None:
        """An offline seat's new trainee (added at this seat): answers are kept under their
        name and reach the class with the next push; the instructor adds them to a cohort."""
        self.login, self.trainee = None, trainee
        self.assignments = []
        self.signed_in.emit(trainee)
        self.assignments_changed.emit([])

    def sign_out(self) -> None:
        login, room = self.login, self._room
        self.login, self.trainee, self.assignments = None, None, []
        if login is not None and room is not None:
            room.log_out(login)
        self.assignments_changed.emit([])

    def refresh_assignments(self) -> None:
        login = self.login
        if login is None:
            return
        self._run(
            lambda: self._read_assignments(login),
            lambda found: self._assignments_read(found, login),
            lambda _reason, _exc: None,  # keeps the cached list; the state line says offline
        )

    def cached_assignments(self, trainee_id: uuid.UUID) -> list[Assignment]:
        """The assignments last read for ``trainee_id`` at this seat (for an offline seat)."""
        return cached_assignments(trainee_id)

    def wait(self, msecs: int = 30000) -> bool:
        return self._background.wait(msecs)

    def close(self) -> None:
        """Stop, after a last push when the server is there (the window's saves are done by
        now, so the last answer and the finished exercise reach the class before it closes)."""
        # Closed for good: a push that failed just before (its answer arrives after this)
        # must not start the retry timer again, which would reopen the server every few
        # seconds for as long as the process lives.
        self._closed = True
        self._retry.stop()
        if self.login is not None and self._room is not None:
            self._room.log_out(self.login)
        self.wait()
        if self.offline is False:
            try:
                self._push()
            except Exception as exc:  # kept on the seat, and pushed at its next start
                _log.warning("last push to the class server failed: %s", _first_line(exc))
        for closable in (self._room, self._server, self._local):
            if closable is not None:
                closable.close()
        self._room = self._server = self._local = None

    # --- worker-thread work --------------------------------------------------------------------

    def _local_store(self) -> Store:
        if self._local is None:
            self._local = open_store(self.local_url)
        return self._local

    def _server_store(self) -> Store:
        if self._server is None:
            self._server = open_store(self.server_url)
        return self._server

    def _classroom(self) -> Classroom:
        if self._room is None:
            self._room = open_classroom(self.server_url)
        return self._room

    def _push(self) -> ImportReport:
        """``push_results`` for the trainees whose answers or sessions changed since the last
        push that reached the server (all of them at first), from the marks that push left:
        a push after one answer sends that one attempt, not the trainee's history, to a
        server 30 seats share (docs/decisions/0015)."""
        local, server = self._local_store(), self._server_store()
        now = results_signature(local)
        changed = [tid for tid, mark in now.items() if self._pushed_marks.get(tid) != mark]
        if self._seat_trainee is not None:  # a seat role may write its own trainee's only
            changed = [tid for tid in changed if tid == self._seat_trainee]
        if not changed:
            with server.engine.connect() as conn:  # still tells whether the server answers
                conn.execute(sa.text("SELECT 1"))
            return PushReport(0, 0, 0, 0)
        report = push_results(local, server, trainee_ids=changed, since=self._since)
        # Only now, the push having reached the server: a failed push is compared again
        # from the old marks, and finds there what it had already sent.
        self._since.update(report.marks)
        self._pushed_marks.update({tid: now[tid] for tid in changed})
        return report

    def _sign_in(
        self, username: str, password: str
    ) -> tuple[Login | None, Trainee, list[Assignment]]:
        try:
            room = self._classroom()
        except (StoreError, sa.exc.SQLAlchemyError, OSError) as exc:
            return self._sign_in_here(username, password, exc)
        try:
            login = room.log_in(username, password)
        except StoreError as exc:
            return self._sign_in_here(username, password, exc)
        if login.trainee_id is None:
            room.log_out(login)
            raise NotAllowed(
                "this is an instructor's account; trainees sign in here with their own"
            )
        # The trainee's earlier results (from any seat) come to this seat's file, so the
        # history is whole and an exercise begun elsewhere can be resumed here.
        trainee = self._pull(login.trainee_id)
        remember_login(username, trainee, password)
        return login, trainee, self._read_assignments(login)

    def _seat_role_sign_in(self) -> tuple[Login, Trainee, list[Assignment]] | None:
        """The seat role's trainee, signed in by the database login; None for a shared login."""
        try:
            room = self._classroom()
            login = room.seat_login()
        except (StoreError, sa.exc.SQLAlchemyError, OSError):
            return self._seat_role_here()
        if login is None or login.trainee_id is None:
            if self._seat_trainee is not None:  # the seat's URL is a shared login now
                self._seat_trainee = None
                forget_seat_role()
            return None
        self._seat_trainee = login.trainee_id
        trainee = self._pull(login.trainee_id)
        remember_seat_role(trainee)
        return login, trainee, self._read_assignments(login)

    def _seat_role_here(self) -> tuple[None, Trainee, list[Assignment]] | None:
        """Offline: the trainee this seat's role belonged to when it was last online."""
        if self._seat_trainee is None:
            raise _Unreachable("the class server cannot be reached")
        trainee = self._local_store().trainee(self._seat_trainee)
        return None, trainee, self.cached_assignments(trainee.id)

    def _pull(self, trainee_id: uuid.UUID) -> Trainee:
        """Copy the trainee's results from the server to the seat's file."""
        server = self._server_store()
        trainee = server.trainee(trainee_id)
        with tempfile.TemporaryDirectory(prefix="docinspect-seat-") as folder:
            path = Path(folder) / "mine.zip"
            export_bundle(server, path, trainee_ids=[trainee.id])
            import_bundle(self._local_store(), path)
        return trainee

    def _sign_in_here(
        self, username: str, password: str, why: BaseException
    ) -> tuple[None, Trainee, list[Assignment]]:
        """Sign in against the seat's memory of an earlier sign-in (the server is away)."""
        trainee_id = remembered_trainee_id(username, password)
        if trainee_id is None:
            raise _Unreachable(
                "the class server cannot be reached, and you have not signed in at this "
                "seat before: add your name with New trainee… and tell your instructor"
            ) from why
        trainee = self._local_store().trainee(trainee_id)
        return None, trainee, self.cached_assignments(trainee.id)

    def _read_assignments(self, login: Login) -> list[Assignment]:
        found = self._classroom().assignments(login)
        if login.trainee_id is not None:
            write_assignment_cache(login.trainee_id, found)
        self._fetch_class_packs(login, found)
        return found

    def _fetch_class_packs(self, login: Login, found: list[Assignment]) -> None:
        """Bring the packs of the assigned exercises to this seat (once per version), so an
        instructor's own exercise can be practised here, also while the server is away."""
        wanted = {a.exercise_id for a in found}
        folder = class_packs_dir()
        try:
            for pack in self._classroom().class_packs(login):
                if not wanted & {e.id for e in pack.exercises}:
                    continue
                if fetched_path(folder, pack).is_file():
                    continue
                data = self._classroom().class_pack_data(login, pack.pack_id)
                store_fetched(folder, pack, data)
        except (StoreError, sa.exc.SQLAlchemyError, OSError, KeyError, ValueError) as exc:
            # The assignments still show; their exercises wait for the next refresh.
            _log.warning("class packs not fetched: %s", _first_line(exc))

    # --- results, on the GUI thread ------------------------------------------------------------

    def _pushed(self, report: ImportReport) -> None:
        self._pushing = False
        was_offline = self.offline is not False
        self._set_state(False, "")
        self.pushed.emit(report)
        if not self._seat_asked:
            self._ask_seat_role()  # the seat started offline: ask now that the server is there
        elif was_offline and self.login is not None:
            self.refresh_assignments()
        if self._push_again:
            self.push_soon()

    def _push_failed(self, reason: str, _exc: BaseException) -> None:
        self._pushing = False
        self._set_state(True, reason)
        if self._push_again:
            self._push_again = False  # the retry timer carries it; no tight loop while down

    def _seat_role_answered(
        self, result: tuple[Login | None, Trainee, list[Assignment]] | None
    ) -> None:
        if result is None:  # a shared login: trainees sign in with their own passwords
            self._seat_asked = True
            return
        self._seat_asked = result[0] is not None
        self.seat_role = True
        self._signed_in(result)

    def _seat_role_failed(self, reason: str, exc: BaseException) -> None:
        self._set_state(True, _first_line(exc.__cause__ or exc))

    def _signed_in(self, result: tuple[Login | None, Trainee, list[Assignment]]) -> None:
        self.login, self.trainee, self.assignments = result
        if self.login is not None:
            self._set_state(False, "")
        elif not self.offline:
            self._set_state(True, self.tr("signed in at this seat: the class server is away"))
        self.signed_in.emit(self.trainee)
        self.assignments_changed.emit(list(self.assignments))

    def _refused(self, reason: str, exc: BaseException) -> None:
        if isinstance(exc, _Unreachable) or not isinstance(exc, (NotAllowed, ValueError, KeyError)):
            self._set_state(True, _first_line(exc.__cause__ or exc))
        self.sign_in_failed.emit(reason)

    def _assignments_read(self, found: list[Assignment], login: Login) -> None:
        if self.login is not login:  # signed out (or someone else in) while being read
            return
        self.assignments = found
        self.assignments_changed.emit(list(found))

    def _set_state(self, offline: bool, reason: str) -> None:
        changed = offline != self.offline or reason != self.reason
        self.offline, self.reason = offline, reason
        if offline and not self._retry.isActive() and not self._closed:
            self._retry.start()
        elif not offline:
            self._retry.stop()
        if changed:
            self.state_changed.emit()

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str, BaseException], None],
    ) -> None:
        self._background.run(work, on_done, lambda exc: on_error(_first_line(exc), exc))


class _Unreachable(NotAllowed):
    """Signing in needs the server (or an earlier sign-in at this seat) and has neither."""
