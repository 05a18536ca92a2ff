"""Class packs: an instructor's pack given to the class reaches the seats, whose trainees
practise its exercises on its own specimens (issue 21)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from support.databases import private_pg_schema
from test_classroom_support import give_class_pack

from docinspect.classroom import open_classroom
from docinspect.classroom.class_packs import ClassPackError
from docinspect.ui.classroom.seat_link import SeatLink, class_packs_dir
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend


@pytest.fixture
def room(tmp_path):
    room = open_classroom(f"sqlite:///{tmp_path / 'class.sqlite3'}")
    room.create_instructor("boss", "boss-password", by=None)
    yield room
    room.close()


def test_a_class_pack_is_checked_named_and_replaced_by_its_next_version(room, tmp_path):
    boss = room.log_in("boss", "boss-password")
    first = give_class_pack(room, boss, tmp_path / "v1", {"seized-1": 2})
    assert [(e.id, e.title, e.questions) for e in first.exercises] == [
        ("seized-1", "Exercise seized-1", 2)
    ]
    second = give_class_pack(room, boss, tmp_path / "v2", {"seized-1": 3, "seized-2": 1})
    assert second.digest != first.digest
    [kept] = room.class_packs(boss)
    assert {e.id: e.questions for e in kept.exercises} == {"seized-1": 3, "seized-2": 1}
    assert room.exercise_summary(boss, "seized-2").pack_id == "class-demo"
    # An id of the built-in curriculum would make two exercises of one name: refused.
    with pytest.raises(ValueError, match="'light-and-uv' is already used by the built-in"):
        give_class_pack(room, boss, tmp_path / "v3", {"light-and-uv": 1}, pack_id="other")
    with pytest.raises(ClassPackError, match="not a pack"):
        room.add_pack(boss, tmp_path)  # a folder without pack.json


@pytest.mark.postgres
def test_a_seat_fetches_the_pack_of_its_assignment_and_practises_it(qtbot, tmp_path):
    with private_pg_schema() as url:
        room = open_classroom(url)
        room.create_instructor("boss", "boss-password", by=None)
        boss = room.log_in("boss", "boss-password")
        ann = room.add_trainee(boss, "Ann Berg", username="ann", password="ann-password")
        cohort = room.create_cohort(boss, "Morning")
        room.add_to_cohort(boss, cohort.id, ann.id)
        give_class_pack(room, boss, tmp_path / "pack", {"seized-1": 1})
        room.assign(
            boss, cohort.id, exercise_id="seized-1", due_at=datetime.now(UTC) + timedelta(days=1)
        )

        seat = SeatLink(url, retry_seconds=0.3)
        backend = PracticeBackend(store_url=seat.local_url)  # real specimens: the pack's
        win = PracticeWindow(backend=backend, exercises=[], seat=seat)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.seat.offline is False and win.seat_panel.sign_in.isEnabled())
        win.seat_panel.username.setText("ann")
        win.seat_panel.password.setText("ann-password")
        qtbot.mouseClick(win.seat_panel.sign_in, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "seized-1" in win.catalogue, timeout=15_000)
        assert list(class_packs_dir().glob("class-demo--*.zip"))
        qtbot.waitUntil(lambda: len(win.seat_panel.assignment_texts()) == 1)
        assert win.seat_panel.assignment_texts()[0].startswith("Exercise seized-1 — due ")

        win.seat_panel.assignments.setCurrentRow(0)
        qtbot.mouseClick(win.seat_panel.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                win.pages.currentWidget() is win.question_page
                and win.panel.item is not None
                and win.panel.answer_box.isEnabled()
            ),
            timeout=20_000,
        )
        qtbot.mouseClick(
            win.panel.findChild(QPushButton, "answerForged"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: win.next.isVisible(), timeout=20_000)
        qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
        a = room.assignments(boss)[0]
        qtbot.waitUntil(lambda: room.class_progress(boss, a.id)[0].answered == 1, timeout=20_000)
        win.close()
        room.close()


def test_a_closed_seat_never_starts_pushing_again(qtbot, tmp_path):
    # A push that failed just before close() reports after it: the seat stays closed, with
    # no retry timer reopening the server for the rest of the process.
    seat = SeatLink("postgresql+psycopg://nobody@127.0.0.1:1/none", retry_seconds=0.05)
    seat.close()
    seat._push_failed("the server went away", RuntimeError("gone"))
    assert not seat._retry.isActive()
    seat.push_soon()
    assert not seat._pushing
