"""The live class view: it shows each member's progress and follows new answers by polling."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_classroom_support import attempt

from docinspect.classroom import open_classroom
from docinspect.ui.presenter.class_view import ClassView


@pytest.fixture
def running_class(tmp_path):
    room = open_classroom(f"sqlite:///{tmp_path / 'class.sqlite3'}")
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    cohort = room.create_cohort(boss, "Morning")
    people = {}
    for name in ("Ann Berg", "Bo Chen", "Cara Diaz"):
        login = name.split()[0].lower()
        t = room.add_trainee(boss, name, username=login, password=f"{login}-password")
        room.add_to_cohort(boss, cohort.id, t.id)
        people[name] = (t, room.log_in(login, f"{login}-password"))
    a = room.assign(boss, cohort.id, exercise_id="ex-1", title="Light and UV", question_count=4)
    yield room, boss, a, people
    room.close()


def test_the_view_follows_the_class_as_answers_arrive(qtbot, running_class):
    room, boss, a, people = running_class
    view = ClassView(room, boss, a.id, title="Light and UV", poll_seconds=60)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        pass
    assert [r[1] for r in view.row_texts()] == ["0 of 4"] * 3

    ann, ann_login = people["Ann Berg"]
    later = a.created_at + timedelta(seconds=5)
    for i in range(4):
        room.record_attempt(
            ann_login, attempt(ann.id, question_id=f"q{i}", at=later, correct=i != 2)
        )
    bo, bo_login = people["Bo Chen"]
    room.record_attempt(bo_login, attempt(bo.id, question_id="q0", at=later))
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    assert view.row_texts() == [
        ("Ann Berg", "4 of 4", "3", "done"),
        ("Bo Chen", "1 of 4", "1", "working"),
        ("Cara Diaz", "0 of 4", "0", "working"),
    ]


def test_a_trainee_login_gets_a_refusal_not_the_class(qtbot, running_class):
    room, _boss, a, people = running_class
    _, ann_login = people["Ann Berg"]
    view = ClassView(room, ann_login, a.id, poll_seconds=60)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "Cannot read" in view.status.text(), timeout=10_000)
    assert "a trainee cannot watch the class" in view.status.text()
    assert view.table.rowCount() == 0
