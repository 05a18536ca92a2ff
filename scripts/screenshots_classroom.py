"""Re-make the classroom screenshots of the docs: the live class view and a seat's practice window.

    /work/venv/bin/python scripts/screenshots_classroom.py [--db URL] [--out docs/images]

Writes ``class-view.png`` (Tools > Live class… as the instructor sees it: six trainees of a
cohort part-way through "Light sources and UV basics") and ``practice-seat.png`` (the practice
window at a classroom seat, Bo Chen signed in with three assignments, one overdue) to ``--out``.

Needs PostgreSQL (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``, the server the
tests use): the class — instructor, cohort, trainees, assignments, answers — is made for real in
a private schema, through the classroom and store APIs, and dropped afterwards. The windows are
the app's own, grabbed offscreen (no display needed); the app's settings and the seat's own
file go to a throw-away DOCINSPECT_HOME. Look at the pictures before committing them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Before Qt and the app's data folder are touched: offscreen, and nobody's real settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DOCINSPECT_HOME"] = tempfile.mkdtemp(prefix="docinspect-shots-")

import sqlalchemy as sa  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from docinspect.classroom import Classroom, Login, open_classroom  # noqa: E402
from docinspect.store import open_store  # noqa: E402
from docinspect.training import AttemptRecord  # noqa: E402
from docinspect.training.exercise_files import builtin_exercises  # noqa: E402
from docinspect.ui.app import prepare_application  # noqa: E402
from docinspect.ui.settings import AppSettings  # noqa: E402

DEFAULT_DB = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
COHORT = "Border course 14 — morning"
TRAINEES = ["Ann Berg", "Bo Chen", "Cara Diaz", "Dan Eriksen", "Eva Fischer", "Filip Novak"]
#: Per trainee: questions of the UV assignment answered, and how many of the first were wrong.
PROGRESS = {
    "Ann Berg": (None, 1),  # None: every question
    "Bo Chen": (5, 2),
    "Cara Diaz": (None, 0),
    "Dan Eriksen": (2, 1),
    "Eva Fischer": (0, 0),
    "Filip Novak": (4, 0),
}


def _spin(app: QApplication, done: Callable[[], bool], seconds: float) -> None:
    """Let the windows work (threads report through the event loop) until ``done`` or timeout."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.05)
    settle = time.monotonic() + 0.4  # the last repaint
    while time.monotonic() < settle:
        app.processEvents()
        time.sleep(0.02)


def _make_class(url: str) -> tuple[Classroom, Login, str]:
    """The class: an instructor, a cohort of six, three assignments, answers to one of them."""
    exercises = {e.id: e for e in builtin_exercises()}
    uv, printing, first = (
        exercises["light-and-uv"],
        exercises["printing-and-microprint"],
        exercises["first-line-check"],
    )
    room = open_classroom(url)
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    cohort = room.create_cohort(boss, COHORT)
    people = {}
    for name in TRAINEES:
        user = name.split()[0].lower()
        people[name] = room.add_trainee(boss, name, username=user, password=f"{user}-password")
        room.add_to_cohort(boss, cohort.id, people[name].id)
    now = datetime.now(UTC)
    room.assign(
        boss,
        cohort.id,
        exercise_id=printing.id,
        title="Printing and microprint",
        question_count=4,
        due_at=now - timedelta(days=1, hours=3),
    )
    on_now = room.assign(
        boss,
        cohort.id,
        exercise_id=uv.id,
        title=uv.title,
        question_count=len(uv.questions),
        due_at=now + timedelta(minutes=25),
    )
    room.assign(
        boss,
        cohort.id,
        exercise_id=first.id,
        title=first.title,
        question_count=len(first.questions),
        due_at=now + timedelta(days=2),
    )
    store = open_store(url)
    questions = [q.id for q in uv.questions]
    start = on_now.created_at + timedelta(seconds=30)
    for name, (answered, wrong) in PROGRESS.items():
        for i, question in enumerate(questions[:answered]):
            right = i >= wrong
            store.record_attempt(
                AttemptRecord(
                    id=uuid.uuid4(),
                    trainee_id=people[name].id,
                    session_id=None,
                    exercise_id=uv.id,
                    question_id=question,
                    question_type="verdict",
                    specimen_ref="recipe",
                    answer={"kind": "verdict", "forged": False},
                    score=1.0 if right else 0.0,
                    max_score=1.0,
                    correct=right,
                    mark="right" if right else "wrong",
                    time_ms=9000,
                    hints_used=0,
                    answered_at=start + timedelta(seconds=40 * i),
                    truth_verdict="genuine",
                    accepted=True,
                    timed_out=False,
                    features=(),
                    methods=(),
                    module=uv.module,
                )
            )
    store.close()
    return room, boss, uv.title


def _live_class(app: QApplication, url: str, assignment: str, out: Path) -> None:
    """Tools > Live class…, opened from the library window by the signed-in instructor."""
    from docinspect.ui.main_window import MainWindow

    os.environ["DOCINSPECT_DATABASE_URL"] = url
    window = MainWindow(AppSettings())
    window.show()
    _spin(app, lambda: window.roles.accounts_on is not None, 20)
    window.roles.sign_in("boss", "boss-password")
    live = window.open_live_class()
    if live is None:
        raise SystemExit("the live class view did not open (is the instructor signed in?)")
    live.resize(1280, 760)
    live.choose(COHORT, assignment)
    _spin(app, lambda: live.view is not None and len(live.view.row_texts()) == len(TRAINEES), 20)
    live.grab().save(str(out / "class-view.png"))
    print(f"{out / 'class-view.png'}: {live.view.row_texts() if live.view else 'no table'}")
    live.close()
    window.close()


def _practice_seat(app: QApplication, url: str, out: Path) -> None:
    """The practice window at a classroom seat, Bo Chen signed in, on the UV assignment."""
    from docinspect.ui.practice.opening import practice_window

    seat = practice_window(url)
    seat.resize(1200, 860)
    seat.show()
    _spin(app, lambda: seat.seat.offline is not None, 20)
    seat.seat_panel.username.setText("bo")
    seat.seat_panel.password.setText("bo-password")
    seat.seat_panel.sign_in.click()
    _spin(app, lambda: len(seat.seat_panel.assignment_texts()) == 3, 30)
    seat.seat_panel.assignments.setCurrentRow(1)  # Bo carries on with the UV assignment
    _spin(app, lambda: False, 0.2)
    seat.grab().save(str(out / "practice-seat.png"))
    print(f"{out / 'practice-seat.png'}: {seat.seat_panel.assignment_texts()}")
    seat.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_DB, help="a PostgreSQL server URL")
    parser.add_argument("--out", type=Path, default=Path("docs/images"), help="folder to write")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    schema = f"shots_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(args.db)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = f"{args.db}{'&' if '?' in args.db else '?'}options=-csearch_path%3D{schema}"
    app = QApplication(["docinspect"])
    prepare_application(app, AppSettings())
    try:
        room, _boss, assignment = _make_class(url)
        _live_class(app, url, assignment, args.out)
        _practice_seat(app, url, args.out)
        room.close()
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
