"""The library window's database work runs off the GUI thread, against the class's PostgreSQL:
importing results bundles and opening Progress and results run no SQL on the GUI thread, and
a heartbeat timer on the GUI thread keeps firing while the database work is under way."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import event
from sqlalchemy.engine import Engine
from support.attempts import attempt
from support.databases import private_pg_schema

from docinspect.classroom import export_bundle
from docinspect.store import open_store
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings


def _bundle(tmp_path):
    seat = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    cara = seat.add_trainee("Cara Diaz")
    seat.record_attempt(attempt(cara.id))
    path = tmp_path / "cara-seat.zip"
    export_bundle(seat, path)
    seat.close()
    return path


class Watch:
    """Every SQL statement's thread; the first statement off the GUI thread waits until the
    GUI thread's heartbeat has fired twice more (it never would, were the GUI thread the one
    waiting on the database)."""

    def __init__(self) -> None:
        self.beats = 0
        self.on_gui_thread: list[str] = []
        self.beats_seen_while_working: list[int] = []

    def beat(self) -> None:
        self.beats += 1

    def before_statement(self, _conn, _cursor, statement, *_args) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_gui_thread.append(statement)
            return
        if len(self.beats_seen_while_working) < self.operations:
            start = self.beats
            give_up = time.monotonic() + 30  # a stuck GUI thread fails the test, not hangs it
            while self.beats < start + 2 and time.monotonic() < give_up:
                time.sleep(0.001)
            self.beats_seen_while_working.append(self.beats - start)

    operations = 0


@pytest.mark.postgres
def test_importing_bundles_and_opening_progress_keep_the_gui_thread_free(
    qtbot, monkeypatch, tmp_path
):
    bundle = _bundle(tmp_path)
    with private_pg_schema() as url:
        monkeypatch.setenv("DOCINSPECT_DATABASE_URL", url)
        window = MainWindow(AppSettings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.is_busy())
        qtbot.waitUntil(lambda: window.roles.accounts_on is False, timeout=30_000)

        watch = Watch()
        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(watch.beat)
        heartbeat.start()
        event.listen(Engine, "before_cursor_execute", watch.before_statement)
        try:
            watch.operations = 1
            window.import_results([bundle])
            qtbot.waitUntil(
                lambda: getattr(window, "import_report", None) is not None, timeout=60_000
            )
            watch.operations = 2
            window.open_progress()
            qtbot.waitUntil(lambda: getattr(window, "_progress", None) is not None, timeout=60_000)
            progress = window._progress
            qtbot.waitUntil(lambda: progress.trainee_view.status.text() != "", timeout=30_000)
        finally:
            event.remove(Engine, "before_cursor_execute", watch.before_statement)
            heartbeat.stop()

        assert watch.on_gui_thread == []
        assert len(watch.beats_seen_while_working) == 2
        assert all(n >= 2 for n in watch.beats_seen_while_working)
        assert window.import_report.rows() == [["cara-seat.zip", "1", "0", "1", ""]]
        assert [progress.trainee_box.itemText(i) for i in range(progress.trainee_box.count())] == [
            "Cara Diaz"
        ]
        progress.close()
        window.import_report.close()
        window.close()


def test_progress_opened_after_the_instructor_signed_out_is_not_shown(qtbot, monkeypatch, tmp_path):
    from docinspect.classroom import open_classroom

    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    room = open_classroom(url)
    room.create_instructor("boss", "boss-password", by=None)
    room.close()
    monkeypatch.setenv("DOCINSPECT_DATABASE_URL", url)
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_busy())
    assert window.roles.accounts_on is True
    window.roles.sign_in("boss", "boss-password")

    window.open_progress()  # answers on the GUI thread, so not before the sign-out below
    window.roles.sign_out()
    runner = window._database_work()
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)
    assert getattr(window, "_progress", None) is None

    window.roles.sign_in("boss", "boss-password")
    window.open_progress()
    qtbot.waitUntil(lambda: getattr(window, "_progress", None) is not None, timeout=30_000)
    window._progress.close()
    window.close()
