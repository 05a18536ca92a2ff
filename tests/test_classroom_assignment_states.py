"""Where a trainee stands on their assignments (docinspect.classroom.assignment_states), read
from a seat's own file without Qt: each question once, from the moment it was assigned."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from support.attempts import T0, attempt

from docinspect.classroom import Assignment
from docinspect.classroom.assignment_states import assignment_states
from docinspect.store import open_store
from docinspect.training.exercise_files import builtin_exercises
from docinspect.training.quiz import Results


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    yield s
    s.close()


def _assigned(exercise_id, *, questions=2, due=None, at=T0):
    return Assignment(uuid.uuid4(), uuid.uuid4(), exercise_id, exercise_id, questions, due, at)


def test_each_question_counts_once_and_only_after_it_was_assigned(store):
    ann = store.add_trainee("Ann")
    early = attempt(ann.id, question_id="q0", at=T0 - timedelta(hours=1))
    for record in (early, attempt(ann.id), attempt(ann.id, at=T0 + timedelta(minutes=1))):
        assert store.record_attempt(record)
    late = T0 + timedelta(days=1)
    (state,) = assignment_states(store, ann.id, [_assigned("ex-1", due=late)], now=T0)
    assert (state.answered, state.done, state.overdue) == (1, False, False)
    after = late + timedelta(minutes=1)
    (state,) = assignment_states(store, ann.id, [_assigned("ex-1", due=late)], now=after)
    assert (state.answered, state.done, state.overdue) == (1, False, True)  # due, not done


def test_every_question_answered_is_done_and_never_overdue(store):
    ann = store.add_trainee("Ann")
    for q in ("q1", "q2"):
        assert store.record_attempt(attempt(ann.id, question_id=q, correct=False))
    (state,) = assignment_states(
        store, ann.id, [_assigned("ex-1", due=T0)], now=T0 + timedelta(days=3)
    )
    assert (state.answered, state.done, state.overdue) == (2, True, False)


def test_a_finished_session_of_the_exercise_is_done_though_questions_are_left(store):
    ann, bob = store.add_trainee("Ann"), store.add_trainee("Bob")
    exercise = builtin_exercises()[0]
    session = store.start_session(ann.id, exercise, order=["q1"], seed=1, now=T0)
    results = Results(
        score=0.0, max_score=1.0, answered=0, total=1, pass_mark=0.8,
        forged_shown=0, false_accepts=0, mean_time_ms=None,
    )  # fmt: skip
    store.finish_session(session.id, results, now=T0 + timedelta(minutes=5))
    assigned = [_assigned(exercise.id, questions=9), _assigned("ex-other")]
    done, other = assignment_states(store, ann.id, assigned, now=T0 + timedelta(hours=1))
    assert done.done and done.answered == 0 and done.assignment is assigned[0]
    assert not other.done
    (bobs,) = assignment_states(store, bob.id, assigned[:1], now=T0)
    assert not bobs.done  # Ann's session is not Bob's
