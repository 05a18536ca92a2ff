"""Adaptive practice resumes like any exercise: the generated exercise is kept with its session.

On real databases (SQLite file and PostgreSQL, which must be reachable: these tests fail, not
skip, without it), with real generated specimens.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from docinspect.store import open_store
from docinspect.training import Quiz, SkillSchedule, VerdictAnswer, question_order
from docinspect.training.adaptive import ADAPTIVE_ID, practice_exercise
from docinspect.training.answers import BoxAnswer
from docinspect.training.specimens import SpecimenSupply

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def supply(tmp_path_factory):
    """Real generated specimens, shared by both databases' runs (generation takes seconds)."""
    return SpecimenSupply(cache_dir=tmp_path_factory.mktemp("recipes"))


def _answer_current(quiz: Quiz, store, schedule) -> None:
    """Answer the current question as a trainee who refuses everything, and save it."""
    item = quiz.item
    if item.question.type == "locate":
        quiz.answer(BoxAnswer(0, 0, 10, 10), time_ms=1500)
    else:
        quiz.answer(VerdictAnswer(True), time_ms=1500)
    record = quiz.begin_save()
    assert store.record_attempt(record, schedule=schedule)
    quiz.saved()
    if quiz.phase.value == "feedback":
        quiz.next()


def test_adaptive_session_resumes_after_the_window_closed(url, supply):
    schedule = SkillSchedule()
    store = open_store(url)
    trainee = store.add_trainee("Ada")
    exercise = practice_exercise([], now=NOW, seed=7, count=4)
    order = question_order(exercise, 7)
    session = store.start_session(trainee.id, exercise, order=order, seed=7)
    quiz = Quiz(
        exercise, resolver=supply, trainee_id=trainee.id, session_id=session.id, order=order
    )
    _answer_current(quiz, store, schedule)
    _answer_current(quiz, store, schedule)
    first_two = {r.question_id: r.id for r in quiz.records}
    store.close()  # the window is closed (or the app killed) mid-exercise

    store = open_store(url)
    try:
        (unfinished,) = store.sessions_for(trainee.id, unfinished=True)
        assert unfinished.id == session.id and unfinished.exercise_id == ADAPTIVE_ID
        assert unfinished.carries_exercise and unfinished.position == 2
        point = store.resume_point(session.id)
        # The same generated exercise comes back: same questions, same recipes.
        assert point.exercise == exercise
        resumed = Quiz(
            point.exercise,
            resolver=supply,
            trainee_id=trainee.id,
            session_id=session.id,
            order=point.session.question_order,
            answered=point.answered,
        )
        assert resumed.position == 2 and resumed.item.question.id == order[2]
        while resumed.phase.value != "done":
            _answer_current(resumed, store, schedule)
        store.finish_session(session.id, resumed.results())

        saved = store.attempts_for(trainee.id)
        # Every question answered exactly once; the answers before the close kept as they were.
        assert sorted(r.question_id for r in saved) == sorted(order)
        assert {r.question_id: r.id for r in saved if r.question_id in first_two} == first_two
        assert not store.sessions_for(trainee.id, unfinished=True)
        assert store.session(session.id).position == len(order)
    finally:
        store.close()


def test_every_session_keeps_its_exercise(url):
    """A built-in exercise too: its session resumes even if the exercise file changed."""
    from docinspect.training.exercise_files import builtin_exercises

    exercise = next(iter(builtin_exercises()))
    store = open_store(url)
    try:
        trainee = store.add_trainee("Bo")
        session = store.start_session(
            trainee.id, exercise, order=question_order(exercise, 1), seed=1
        )
        assert store.session(session.id).carries_exercise
        assert store.resume_point(session.id).exercise == exercise
    finally:
        store.close()
