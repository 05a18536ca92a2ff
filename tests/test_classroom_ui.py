"""The classroom in the app: the live class view, a classroom seat's practice window (signed
in, assignments, answers reaching the server, offline and back), instructor sign-in."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from support.attempts import attempt
from support.databases import private_pg_schema
from support.network import NetworkCable
from test_classroom_support import give_class_pack
from test_training_ui_practice import PRACTICE, HandMadeSupply
from test_ui_library import build_pack, specimen

from docinspect.classroom import export_bundle, import_bundle, open_classroom
from docinspect.model.exercise import parse_exercise
from docinspect.store import open_store
from docinspect.ui.classroom.seat_link import SeatLink
from docinspect.ui.main_window import MainWindow
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend
from docinspect.ui.presenter import class_view
from docinspect.ui.presenter.class_view import ClassView
from docinspect.ui.settings import AppSettings
from docinspect.userdata import data_dir


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
    give_class_pack(room, boss, tmp_path / "pack", {"ex-1": 4})
    a = room.assign(boss, cohort.id, exercise_id="ex-1", title="Light and UV")
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


# --- a classroom seat: the practice window signed in to the class server -------------------


def _verdict(seed):
    return {
        "id": f"v{seed}",
        "type": "verdict",
        "recipe": {"document_type": "td3", "seed": seed, "methods": []},
    }


SEAT_EXAM = parse_exercise(
    {
        "format": 1,
        "id": "seat-check",
        "title": "Seat check",
        "module": "6. First line",
        "mode": "exam",
        "questions": [_verdict(11), _verdict(12)],
    },
    file="seat-check.json",
)


@pytest.fixture
def pg_class(tmp_path):
    """A class on the PostgreSQL server: Ann and Bo in the Morning cohort, two assignments."""
    with private_pg_schema() as url:
        room = open_classroom(url)
        room.create_instructor("boss", "boss-password", by=None)
        boss = room.log_in("boss", "boss-password")
        give_class_pack(room, boss, tmp_path / "pack", [SEAT_EXAM, PRACTICE])
        cohort = room.create_cohort(boss, "Morning")
        people = {}
        for name in ("Ann Berg", "Bo Chen"):
            login = name.split()[0].lower()
            t = room.add_trainee(boss, name, username=login, password=f"{login}-password")
            room.add_to_cohort(boss, cohort.id, t.id)
            people[login] = t
        now = datetime.now(UTC)
        late = room.assign(
            boss,
            cohort.id,
            exercise_id=SEAT_EXAM.id,
            title="Seat check",
            question_count=2,
            due_at=now - timedelta(minutes=1),
            now=now - timedelta(minutes=5),  # assigned a few minutes ago, due a minute ago
        )
        room.assign(
            boss,
            cohort.id,
            exercise_id=PRACTICE.id,
            title="Find the defect",
            question_count=2,
            due_at=now + timedelta(days=2),
        )
        yield url, room, boss, people, late
        room.close()


def _seat_window(qtbot, server_url, *, retry_seconds=0.3):
    seat = SeatLink(server_url, retry_seconds=retry_seconds)
    backend = PracticeBackend(store_url=seat.local_url, supply=HandMadeSupply())
    win = PracticeWindow(backend=backend, exercises=[SEAT_EXAM, PRACTICE], seat=seat)
    qtbot.addWidget(win)
    win.show()
    return win


def _sign_in(qtbot, win, user, password):
    qtbot.waitUntil(lambda: win.seat.offline is False and win.seat_panel.sign_in.isEnabled())
    win.seat_panel.username.setText(user)
    win.seat_panel.password.setText(password)
    qtbot.mouseClick(win.seat_panel.sign_in, Qt.MouseButton.LeftButton)


def _answer_assignment(qtbot, win, row):
    win.seat_panel.assignments.setCurrentRow(row)
    qtbot.mouseClick(win.seat_panel.start, Qt.MouseButton.LeftButton)
    for n in (1, 2):
        qtbot.waitUntil(
            lambda n=n: (
                win.pages.currentWidget() is win.question_page
                and win.progress.text().startswith(f"Question {n} ")
                and win.panel.answer_box.isEnabled()
                and win.panel.item is not None
            ),
            timeout=20_000,
        )
        qtbot.mouseClick(
            win.panel.findChild(QPushButton, "answerGenuine"), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results, timeout=20_000)


def _server_attempts(url, trainee_id):
    store = open_store(url)
    try:
        return store.attempts_for(trainee_id)
    finally:
        store.close()


@pytest.mark.postgres
def test_a_trainee_signs_in_at_a_seat_sees_assignments_and_answers_reach_the_server(
    qtbot, pg_class
):
    url, room, boss, people, late = pg_class
    win = _seat_window(qtbot, url)
    assert "Connected to the class server" in win.banner.text() or win.seat.offline is None
    assert not win.picker.new_trainee.isVisible()  # a class seat: no made-up trainees
    _sign_in(qtbot, win, "ann", "wrong")
    qtbot.waitUntil(lambda: "wrong user name or password" in win.seat_panel.message.text())
    _sign_in(qtbot, win, "ann", "ann-password")
    qtbot.waitUntil(lambda: len(win.seat_panel.assignment_texts()) == 2, timeout=15_000)
    assert "Ann Berg" in win.seat_panel.who.text()
    assert win.trainee is not None and win.trainee.id == people["ann"].id
    texts = win.seat_panel.assignment_texts()
    assert texts[0].startswith("Seat check — due ") and texts[0].endswith(
        "0 of 2 answered — OVERDUE"
    )
    assert texts[1].startswith("Find the defect — due ") and texts[1].endswith("0 of 2 answered")
    assert "Connected to the class server" in win.banner.text()

    _answer_assignment(qtbot, win, 0)
    qtbot.waitUntil(lambda: len(_server_attempts(url, people["ann"].id)) == 2, timeout=20_000)
    mine = _server_attempts(url, people["ann"].id)
    assert {a.question_id for a in mine} == {"v11", "v12"}
    # The instructor's figures (the live class view's source) count them, finished.
    progress = {p.name: p for p in room.class_progress(boss, late.id)}
    qtbot.waitUntil(
        lambda: {p.name: p for p in room.class_progress(boss, late.id)}["Ann Berg"].finished,
        timeout=20_000,
    )
    progress = {p.name: p for p in room.class_progress(boss, late.id)}
    assert progress["Ann Berg"].answered == 2 and progress["Bo Chen"].answered == 0
    assert progress["Bo Chen"].overdue

    # An exercise assigned meanwhile shows when the trainee is back at the list.
    cohort = room.cohorts(boss)[0]
    room.assign(boss, cohort.id, exercise_id=PRACTICE.id, title="Find it again", question_count=2)
    qtbot.mouseClick(win.results.done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(win.seat_panel.assignment_texts()) == 3)
    assert win.seat_panel.assignment_texts()[0].endswith("done")
    assert "Find it again — no due date — 0 of 2 answered" in win.seat_panel.assignment_texts()
    # Signing out leaves no trainee to answer as.
    qtbot.mouseClick(win.seat_panel.sign_out, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.trainee is None)
    assert win.seat_panel.assignment_texts() == []
    win.close()


@pytest.mark.postgres
def test_an_offline_seat_keeps_answers_and_pushes_them_when_the_server_is_back(
    qtbot, pg_class, tmp_path
):
    url, room, boss, people, late = pg_class
    cable = NetworkCable()
    try:
        through_cable = url.replace("127.0.0.1:5432", f"127.0.0.1:{cable.port}")
        win = _seat_window(qtbot, through_cable)
        _sign_in(qtbot, win, "bo", "bo-password")
        qtbot.waitUntil(lambda: len(win.seat_panel.assignment_texts()) == 2, timeout=15_000)

        cable.unplug()  # the network goes down in the middle of the class
        _answer_assignment(qtbot, win, 0)
        qtbot.waitUntil(lambda: win.seat.offline is True, timeout=20_000)
        assert win.banner.text() == (
            "Offline — your answers are kept on this computer and sent when the class "
            "server is back."
        )
        win.backend.wait()
        assert len(win.backend.store.attempts_for(people["bo"].id)) == 2  # kept on the seat
        assert _server_attempts(url, people["bo"].id) == []
        # The assignments still show (from the seat's own file and cache).
        qtbot.mouseClick(win.results.done, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.seat_panel.assignment_texts()[0].endswith("done"))
        # Offline, Bo signs out and in again: checked against what the seat remembers of his
        # password (a salted hash); a wrong one is refused, and nobody picks his name instead.
        qtbot.mouseClick(win.seat_panel.sign_out, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.trainee is None)
        assert win.picker.trainee.count() == 0 and not win.picker.trainee.isEnabled()
        for password, expected in (("bo-guess-1", None), ("bo-password", "Bo Chen")):
            win.seat_panel.username.setText("bo")
            win.seat_panel.password.setText(password)
            qtbot.mouseClick(win.seat_panel.sign_in, Qt.MouseButton.LeftButton)
            if expected is None:
                qtbot.waitUntil(
                    lambda: "wrong user name or password" in win.seat_panel.message.text()
                )
            else:
                qtbot.waitUntil(lambda: win.trainee is not None and win.trainee.name == "Bo Chen")
        qtbot.waitUntil(lambda: len(win.seat_panel.assignment_texts()) == 2)
        assert win.seat.offline is True
        remembered = (data_dir() / "classroom-seat-logins.json").read_text()
        assert "bo-password" not in remembered and "scrypt$" in remembered

        # A seat that stays offline hands its answers over in a file.
        bundle = tmp_path / "bo-seat.zip"
        win.export_results(bundle)
        qtbot.waitUntil(lambda: ": 2. Give this file" in win.statusBar().currentMessage())
        assert bundle.exists()

        cable.plug()  # the server is back: the seat notices and sends what it kept
        qtbot.waitUntil(lambda: win.seat.offline is False, timeout=20_000)
        qtbot.waitUntil(lambda: len(_server_attempts(url, people["bo"].id)) == 2, timeout=20_000)
        assert "Connected to the class server" in win.banner.text()
        assert room.class_progress(boss, late.id)[1].finished  # Bo Chen, done
        # The bundle, imported afterwards, adds nothing: the seat had pushed it all.
        store = open_store(url)
        report = import_bundle(store, bundle)
        store.close()
        assert (report.attempts_added, report.attempts_already_present) == (0, 2)
        win.close()
    finally:
        cable.close()


def test_the_app_opens_a_seat_when_the_database_is_a_server(qtbot, monkeypatch):
    from docinspect.ui.practice.opening import practice_window

    monkeypatch.setenv("DOCINSPECT_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:1/x")
    win = practice_window(retry_seconds=60)
    qtbot.addWidget(win)
    win.show()
    assert win.seat is not None and win.seat.local_url.endswith("classroom-seat.sqlite3")
    # Nothing listens there: the seat says it is offline and lets the trainee carry on.
    qtbot.waitUntil(lambda: win.seat.offline is True, timeout=20_000)
    assert win.banner.text().startswith("Offline — your answers are kept on this computer")
    assert "not signed in at this seat before" not in win.seat_panel.message.text()
    assert "New trainee" in win.seat_panel.message.text()
    win.seat_panel.username.setText("cara")
    win.seat_panel.password.setText("cara-password")
    qtbot.mouseClick(win.seat_panel.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not signed in at this seat before" in win.seat_panel.message.text())
    assert win.picker.new_trainee.isVisible() and not win.picker.trainee.isEnabled()
    win.add_trainee("Cara Diaz")
    qtbot.waitUntil(lambda: win.trainee is not None and win.trainee.name == "Cara Diaz")
    assert win.seat.trainee.name == "Cara Diaz" and "Cara Diaz" in win.seat_panel.who.text()
    win.close()
    monkeypatch.delenv("DOCINSPECT_DATABASE_URL")
    single = practice_window()
    qtbot.addWidget(single)
    assert single.seat is None and single.banner is None


# --- roles in the library window: instructor sign-in gates the instructor's parts ----------


def _library(qtbot):
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_busy())
    return window


def _instructor_actions(window):
    return [
        window.studio_action,
        window.presenter_action,
        window.progress_action,
        window.live_class_action,
        window.import_bundles_action,
    ]


def _imported(qtbot, window, paths):
    """Import ``paths`` from the library window; its report, once the import (off the GUI
    thread) is done and shown."""
    before = getattr(window, "import_report", None)
    window.import_results(paths)
    qtbot.waitUntil(lambda: getattr(window, "import_report", None) is not before, timeout=30_000)
    return window.import_report


def _bundle_of_one_answer(tmp_path):
    seat = open_store(f"sqlite:///{tmp_path / 'offline-seat.sqlite3'}")
    cara = seat.add_trainee("Cara Diaz")
    seat.record_attempt(attempt(cara.id, question_id="q1"))
    path = tmp_path / "cara-seat.zip"
    export_bundle(seat, path)
    seat.close()
    return path


@pytest.mark.postgres
def test_instructor_sign_in_gates_studio_answers_results_and_the_class_view(
    qtbot, pg_class, monkeypatch, tmp_path
):
    url, room, boss, people, late = pg_class
    monkeypatch.setenv("DOCINSPECT_DATABASE_URL", url)
    monkeypatch.setattr(class_view, "POLL_SECONDS", 0.3)
    pack = build_pack(tmp_path / "exam-pack", [specimen("uto-p-002", "Passport, UTO", forged=True)])
    window = _library(qtbot)
    qtbot.waitUntil(lambda: window.roles.accounts_on is True, timeout=15_000)
    window.open_pack_folder(pack)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 1)

    # A trainee at the window: every instructor's part is locked, and says how to unlock it.
    assert [a.isEnabled() for a in _instructor_actions(window)] == [False] * 5
    assert window.role_label.text() == "Trainee seat: instructor parts locked"
    assert not window.panel.answer_button.isEnabled()
    window.panel.answer_button.click()
    assert not window.panel.answer.isVisible()
    assert window.open_studio() is None  # a shortcut or script asking anyway is refused
    assert "The instructor studio is for instructors" in window.refusal.text()
    assert "Tools > Sign in as instructor" in window.refusal.text()
    assert window.open_live_class() is None and window.open_progress() is None

    # Wrong password, then a trainee's account: both refused in the dialog.
    window.sign_in_action.trigger()
    dialog = window.sign_in_dialog
    dialog.username.setText("boss")
    dialog.password.setText("guess")
    dialog.try_sign_in()
    assert dialog.isVisible() and "wrong user name or password" in dialog.message.text()
    dialog.username.setText("ann")
    dialog.password.setText("ann-password")
    dialog.try_sign_in()
    assert dialog.isVisible() and "ann is a trainee's account" in dialog.message.text()
    assert window.roles.login is None
    dialog.username.setText("boss")
    dialog.password.setText("boss-password")
    dialog.try_sign_in()
    assert not dialog.isVisible()

    assert window.role_label.text() == "Instructor: boss (signed in)"
    assert "instructor boss" in window.windowTitle()
    assert [a.isEnabled() for a in _instructor_actions(window)] == [True] * 5
    window.panel.answer_button.click()
    assert window.panel.answer.isVisible() and "counterfeit" in window.panel.answer.text().lower()
    studio = window.open_studio()
    assert studio is not None and studio.isVisible()
    studio.close()

    # The live class view, from the menu, follows two seats answering into the server.
    window.live_class_action.trigger()
    live = window._live_class
    live.choose("Morning", "Seat check")
    qtbot.waitUntil(lambda: live.view is not None and len(live.view.row_texts()) == 2)
    assert [r[1] for r in live.view.row_texts()] == ["0 of 2", "0 of 2"]
    assert live.view.row_texts()[0][3] == "overdue"

    def seat_answers(trainee, questions):
        store = open_store(url)
        for q in questions:
            store.record_attempt(
                attempt(trainee.id, exercise_id=SEAT_EXAM.id, question_id=q, at=datetime.now(UTC))
            )
        store.close()

    seats = [
        threading.Thread(target=seat_answers, args=(people["ann"], ["v11", "v12"])),
        threading.Thread(target=seat_answers, args=(people["bo"], ["v11"])),
    ]
    for t in seats:
        t.start()
    for t in seats:
        t.join(30)
    qtbot.waitUntil(
        lambda: (
            live.view.row_texts()
            == [("Ann Berg", "2 of 2", "2", "done"), ("Bo Chen", "1 of 2", "1", "overdue")]
        ),
        timeout=15_000,
    )
    live.close()

    # Import results bundles: each file imported, already there, or refused with the reason.
    bundle = _bundle_of_one_answer(tmp_path)
    junk = tmp_path / "not-a-bundle.zip"
    junk.write_text("hello")
    report = _imported(qtbot, window, [bundle, junk])
    assert report.rows() == [
        ["cara-seat.zip", "1", "0", "1", ""],
        ["not-a-bundle.zip", "—", "—", "—", "not a results bundle (not a readable zip file)"],
    ]
    assert "1 answers imported from 1 files; 1 refused." in report.summary.text()
    again = _imported(qtbot, window, [bundle])
    assert again.rows() == [["cara-seat.zip", "0", "1", "0", ""]]

    # Signing out locks everything again and hides a revealed answer.
    window.sign_out_action.trigger()
    assert window.roles.login is None
    assert [a.isEnabled() for a in _instructor_actions(window)] == [False] * 5
    assert not window.panel.answer.isVisible() and not window.panel.answer_button.isEnabled()
    window.close()


def test_a_single_seat_without_instructors_keeps_everything_open(qtbot):
    window = _library(qtbot)
    assert window.roles.accounts_on is False
    assert [a.isEnabled() for a in _instructor_actions(window)] == [True, True, True, False, True]
    assert not window.sign_in_action.isVisible() and window.role_label.text() == ""
    studio = window.open_studio()
    assert studio is not None
    studio.close()
    window.close()
    # `docinspect classroom init` on the seat's own database turns accounts on.
    room = open_classroom()
    room.create_instructor("boss", "boss-password", by=None)
    room.close()
    again = _library(qtbot)
    assert again.roles.accounts_on is True
    assert not again.studio_action.isEnabled() and again.sign_in_action.isVisible()
    again.close()


@pytest.mark.postgres
def test_a_push_after_an_answer_carries_only_the_trainee_whose_results_changed(qtbot, pg_class):
    url, room, boss, people, late = pg_class
    link = SeatLink(url, retry_seconds=60)
    local = open_store(link.local_url)
    ann, dan = local.add_trainee("Ann at this seat"), local.add_trainee("Dan at this seat")
    for i in range(5):
        local.record_attempt(attempt(ann.id, question_id=f"a{i}"))
        local.record_attempt(attempt(dan.id, question_id=f"d{i}"))
    with qtbot.waitSignal(link.pushed, timeout=20_000) as first:
        link.start()
    assert first.args[0].attempts_added == 10 and link.offline is False
    local.record_attempt(attempt(dan.id, question_id="d5"))
    with qtbot.waitSignal(link.pushed, timeout=20_000) as second:
        link.push_soon()
    report = second.args[0]
    # Dan's only, and of Dan's six answers only the new one is sent.
    assert set(report.marks) == {dan.id}
    assert (report.attempts_sent, report.attempts_added, report.attempts_already_present) == (
        1,
        1,
        0,
    )
    with qtbot.waitSignal(link.pushed, timeout=20_000) as third:
        link.push_soon()
    assert third.args[0].attempts_sent == third.args[0].attempts_added == 0
    assert len(_server_attempts(url, dan.id)) == 6 and len(_server_attempts(url, ann.id)) == 5
    # The window closing right after an answer: the seat's last push still carries it.
    local.record_attempt(attempt(ann.id, question_id="a5"))
    link.close()
    assert len(_server_attempts(url, ann.id)) == 6
    local.close()


@pytest.mark.postgres
def test_a_seat_with_its_own_database_login_answers_as_its_trainee(
    qtbot, pg_class, made_roles, monkeypatch
):
    url, room, boss, people, late = pg_class
    made_roles.append(f"seat_ann_{uuid.uuid4().hex[:8]}")
    grant = room.grant_seat(boss, people["ann"].id, made_roles[0])
    win = _seat_window(qtbot, grant.url)
    # The database login is Ann's: no password asked, no signing out to become someone else.
    qtbot.waitUntil(lambda: win.trainee is not None, timeout=15_000)
    assert win.trainee.name == "Ann Berg" and win.seat.seat_role
    assert not win.seat_panel.sign_out.isVisible() and not win.seat_panel.username.isVisible()
    qtbot.waitUntil(lambda: len(win.seat_panel.assignment_texts()) == 2)
    _answer_assignment(qtbot, win, 0)
    qtbot.waitUntil(lambda: len(_server_attempts(url, people["ann"].id)) == 2, timeout=20_000)
    win.close()

    # Next morning the network is down: the seat still knows whose it is.
    cable = NetworkCable()
    try:
        cable.unplug()
        offline = _seat_window(qtbot, grant.url.replace(":5432/", f":{cable.port}/"))
        qtbot.waitUntil(lambda: offline.trainee is not None, timeout=15_000)
        assert offline.trainee.name == "Ann Berg" and offline.seat.offline is True
        assert offline.banner.text().startswith("Offline — your answers are kept")
        qtbot.waitUntil(lambda: len(offline.seat_panel.assignment_texts()) == 2)
        assert offline.seat_panel.assignment_texts()[0].endswith("done")
        offline.close()
    finally:
        cable.close()

    # The library window at that seat: a class database, so the instructor's parts are locked.
    monkeypatch.setenv("DOCINSPECT_DATABASE_URL", grant.url)
    library = _library(qtbot)
    qtbot.waitUntil(lambda: library.roles.accounts_on is True, timeout=15_000)
    assert not library.studio_action.isEnabled() and not library.progress_action.isEnabled()
    library.close()


def _retitled(title):
    return lambda draft: dataclasses.replace(draft, title=title)


def _sign_in_instructor(window):
    window.sign_in_action.trigger()
    dialog = window.sign_in_dialog
    dialog.username.setText("boss")
    dialog.password.setText("boss-password")
    dialog.try_sign_in()
    assert window.roles.instructor == "boss"


@pytest.mark.postgres
def test_signing_out_closes_the_instructors_windows_and_keeps_unsaved_studio_work(
    qtbot, pg_class, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from docinspect.ui.studio import window as studio_window

    url, room, boss, people, late = pg_class
    monkeypatch.setenv("DOCINSPECT_DATABASE_URL", url)
    monkeypatch.setattr(class_view, "POLL_SECONDS", 0.3)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a: (items[0], True))
    window = _library(qtbot)
    qtbot.waitUntil(lambda: window.roles.accounts_on is True, timeout=15_000)
    _sign_in_instructor(window)

    # Everything an instructor opens from the library window, from its menus.
    window.studio_action.trigger()
    window.presenter_action.trigger()
    window.progress_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "_progress", None) is not None, timeout=30_000)
    window.live_class_action.trigger()
    studio, (presenter,), progress, live = (
        window._studio,
        window._presenters,
        window._progress,
        window._live_class,
    )
    live.choose("Morning", "Seat check")
    qtbot.waitUntil(lambda: live.view is not None and len(live.view.row_texts()) == 2)
    assert set(window.instructor_windows()) == {studio, presenter, progress, live}
    studio.document.edit("Rename", _retitled("Spring course"))  # saved as the studio closes
    saved = studio.document.revision
    assert saved > 0 and studio._saved_revision != saved

    window.sign_out_action.trigger()
    assert window.roles.login is None and window.instructor_windows() == []
    assert not studio.isVisible() and not progress.isVisible()
    assert studio._saved_revision == saved  # autosaved on the way out, nothing lost
    assert not window.studio_action.isEnabled()

    # The studio's work cannot be saved (the disk is full): it asks, the instructor keeps
    # it open, and so stays signed in; once it may close, the sign-out goes through.
    _sign_in_instructor(window)
    studio = window.open_studio()
    studio.document.edit("Rename", _retitled("Autumn course"))

    def disk_full(_draft):
        raise OSError("No space left on device")

    monkeypatch.setattr(studio.document.folder, "save", disk_full)
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(studio_window.QMessageBox, "question", lambda *_a: answers.pop(0))
    window.sign_out_action.trigger()
    assert studio.isVisible() and window.roles.instructor == "boss"
    assert "Still signed in" in window.statusBar().currentMessage()
    answers.append(QMessageBox.StandardButton.Yes)  # "Close anyway?" — yes
    window.sign_out_action.trigger()
    assert not studio.isVisible() and window.roles.login is None

    # Signed out some other way with the studio refusing to close: it is locked, not open.
    _sign_in_instructor(window)
    studio = window.open_studio()
    studio.document.edit("Rename", _retitled("Winter course"))
    monkeypatch.setattr(studio.document.folder, "save", disk_full)
    answers.append(QMessageBox.StandardButton.No)
    window.roles.sign_out()
    assert studio.isVisible() and not studio.isEnabled() and "locked" in studio.windowTitle()
    _sign_in_instructor(window)
    assert studio.isEnabled()
    answers.append(QMessageBox.StandardButton.Yes)
    studio.close()
    window.close()
