"""Assigning from the live class view (issue 21): the classroom's own checks, in a dialog."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime

from docinspect.classroom import open_classroom
from docinspect.training.exercise_files import builtin_exercises
from docinspect.ui.classroom.live import LiveClassWindow


def test_an_instructor_assigns_changes_and_withdraws_from_the_live_class_view(qtbot, tmp_path):
    room = open_classroom(f"sqlite:///{tmp_path / 'class.sqlite3'}")
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    room.create_cohort(boss, "Morning")
    live = LiveClassWindow(room, boss, poll_seconds=60)
    qtbot.addWidget(live)
    live.show()
    assert "no assignment yet" in live.message.text()

    dialog = live.open_assign()
    uv = next(e for e in builtin_exercises() if e.id == "light-and-uv")
    dialog.exercise.setCurrentIndex(dialog.exercise.findData("light-and-uv"))
    assert dialog.questions.value() == dialog.questions.maximum() == len(uv.questions)
    dialog.due.setDateTime(QDateTime(datetime.now().astimezone() - timedelta(days=1)))
    assert not live.save(dialog)  # refused, with the classroom's reason, and still open
    assert "has passed" in dialog.message.text() and dialog.isVisible()
    dialog.due.setDateTime(QDateTime(datetime.now().astimezone() + timedelta(days=3)))
    dialog.questions.setValue(3)
    assert live.save(dialog)
    [made] = room.assignments(boss)
    assert (made.exercise_id, made.title, made.question_count) == ("light-and-uv", uv.title, 3)
    assert live.assignment.currentText().startswith(uv.title)
    assert live.view is not None

    change = live.open_assign(change=True)
    assert not change.exercise.isEnabled() and change.questions.value() == 3
    change.title.setText("UV, Monday")
    change.has_due.setChecked(False)
    assert live.save(change)
    [changed] = room.assignments(boss)
    assert (changed.title, changed.due_at, changed.id) == ("UV, Monday", None, made.id)
    assert live.assignment.currentText() == "UV, Monday"

    assert live.withdraw(confirm=False)
    assert room.assignments(boss) == []
    assert live.assignment.count() == 0
    live.close()
    room.close()


@pytest.mark.postgres
def test_the_library_connects_to_a_class_server_without_a_restart(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from support.databases import private_pg_schema

    from docinspect.ui.main_window import MainWindow
    from docinspect.ui.settings import AppSettings
    from docinspect.userdata import database_url

    monkeypatch.delenv("DOCINSPECT_DATABASE_URL", raising=False)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text))
    )
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    assert window.roles.accounts_on is False  # this computer's own file: no accounts
    assert not window.live_class_action.isEnabled() and window.connect_action.isEnabled()
    assert "Connect to a class server" in window.live_class_action.statusTip()
    assert not window.connect_class_server(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert "is not a class server's URL" in warned[-1]
    with private_pg_schema() as url:
        room = open_classroom(url)
        room.create_instructor("boss", "boss-password", by=None)
        room.close()
        assert window.connect_class_server(url)
        assert database_url() == url  # kept in the settings: practice windows use it too
        qtbot.waitUntil(lambda: window.roles.accounts_on is True, timeout=15_000)
        assert not window.live_class_action.isEnabled()  # now an instructor signs in first
        window.roles.close()
