"""The quiz state machine: legal transitions per mode, illegal ones refused, resume."""

from __future__ import annotations

import uuid

import pytest
from test_training_support import TAXONOMY, resolver

from docinspect.model.exercise import parse_exercise
from docinspect.training import (
    ChoiceAnswer,
    IllegalTransition,
    Phase,
    PointAnswer,
    Quiz,
    VerdictAnswer,
    question_order,
)

TRAINEE = uuid.uuid4()


def exercise(mode="practice", shuffle=False, **extra):
    recipe = {"document_type": "td3", "seed": 1, "methods": ["office_paper"]}
    genuine = {"document_type": "td3", "seed": 2}
    return parse_exercise(
        {
            "format": 1,
            "id": "ex",
            "title": "Ex",
            "mode": mode,
            "shuffle": shuffle,
            "pass_mark": 0.6,
            "questions": [
                {"id": "a", "type": "verdict", "recipe": recipe},
                {"id": "b", "type": "verdict", "recipe": genuine},
                {"id": "c", "type": "locate", "recipe": recipe},
                *(
                    []
                    if mode == "timed"
                    else [{"id": "d", "type": "which_light", "feature": "uv_dull_substrate"}]
                ),
            ],
            **extra,
        },
        file="ex.json",
        taxonomy=TAXONOMY,
    )


def quiz(ex, **kw):
    return Quiz(ex, resolver=resolver, trainee_id=TRAINEE, taxonomy=TAXONOMY, **kw)


def answer_and_save(q, answer, time_ms=1000):
    record = q.answer(answer, time_ms=time_ms)
    assert q.phase is Phase.ANSWERED
    assert q.begin_save() is record
    assert q.phase is Phase.SAVING
    q.saved()
    return record


def test_practice_goes_shown_answered_saving_feedback_next():
    q = quiz(exercise())
    assert q.phase is Phase.SHOWN and q.item.question.id == "a"
    record = answer_and_save(q, VerdictAnswer(True, "office_paper"))
    assert record.correct and record.question_id == "a"
    assert q.phase is Phase.FEEDBACK and q.feedback is not None
    assert "office paper" in q.feedback.text
    q.next()
    assert q.phase is Phase.SHOWN and q.item.question.id == "b"
    answer_and_save(q, VerdictAnswer(True))  # genuine refused
    q.next()
    answer_and_save(q, PointAnswer(10, 10))
    q.next()
    answer_and_save(q, ChoiceAnswer("uv365"))
    q.next()
    assert q.phase is Phase.DONE
    res = q.results()
    assert (res.score, res.max_score, res.answered) == (3, 4, 4)
    assert res.passed  # 0.75 >= 0.6
    assert (res.forged_shown, res.false_accepts) == (2, 0)
    assert res.mean_time_ms == 1000


def test_exam_skips_feedback_and_reviews_at_the_end():
    q = quiz(exercise("exam"))
    answer_and_save(q, VerdictAnswer(False))  # false accept
    assert q.phase is Phase.SHOWN and q.feedback is None and q.item.question.id == "b"
    for answer in (VerdictAnswer(False), PointAnswer(90, 80), ChoiceAnswer("ir")):
        answer_and_save(q, answer)
    assert q.phase is Phase.DONE
    res = q.results()
    assert res.score == 1 and not res.passed and res.false_accepts == 1
    assert res.false_accept_rate == 0.5
    assert q.review("a").text.startswith("You let a forged document through.")


def test_timed_time_out_accepts_the_document():
    ex = exercise("timed", document_time_s=8)
    q = quiz(ex)
    assert q.seconds_allowed == 8
    record = q.time_out(time_ms=8000)
    assert record.timed_out and record.accepted and record.mark == "false_accept"
    assert record.answer == {"kind": "timeout"}
    q.begin_save()
    q.saved()
    record = q.time_out(time_ms=8000)  # genuine document: accepting is right
    assert record.correct


@pytest.mark.parametrize(
    "phase_setup, action",
    [
        ("shown", lambda q: q.begin_save()),
        ("shown", lambda q: q.saved()),
        ("shown", lambda q: q.next()),
        ("shown", lambda q: q.save_failed("x")),
        ("answered", lambda q: q.answer(VerdictAnswer(False), time_ms=1)),
        ("answered", lambda q: q.next()),
        ("answered", lambda q: q.saved()),
        ("saving", lambda q: q.answer(VerdictAnswer(False), time_ms=1)),
        ("saving", lambda q: q.next()),
        ("saving", lambda q: q.begin_save()),
        ("save_failed", lambda q: q.next()),
        ("save_failed", lambda q: q.saved()),
        ("feedback", lambda q: q.answer(VerdictAnswer(False), time_ms=1)),
        ("feedback", lambda q: q.begin_save()),
        ("feedback", lambda q: q.saved()),
    ],
)
def test_illegal_transitions_are_refused_and_change_nothing(phase_setup, action):
    q = quiz(exercise())
    steps = {
        "answered": lambda: q.answer(VerdictAnswer(False), time_ms=1),
        "saving": lambda: (q.answer(VerdictAnswer(False), time_ms=1), q.begin_save()),
        "save_failed": lambda: (
            q.answer(VerdictAnswer(False), time_ms=1),
            q.begin_save(),
            q.save_failed("disk full"),
        ),
        "feedback": lambda: (q.answer(VerdictAnswer(False), time_ms=1), q.begin_save(), q.saved()),
    }
    if phase_setup in steps:
        steps[phase_setup]()
    assert q.phase.value == phase_setup
    before = (q.phase, q.position, q.pending, q.records)
    with pytest.raises(IllegalTransition):
        action(q)
    assert (q.phase, q.position, q.pending, q.records) == before


def test_failed_save_keeps_the_answer_for_a_retry():
    q = quiz(exercise())
    record = q.answer(VerdictAnswer(True, "office_paper"), time_ms=5)
    q.begin_save()
    q.save_failed("database is locked")
    assert q.phase is Phase.SAVE_FAILED and q.save_error == "database is locked"
    assert q.records == ()
    assert q.begin_save() is record  # retry saves the same attempt (same UUID)
    q.saved()
    assert q.records == (record,)


def test_done_quiz_has_no_current_question():
    q = quiz(exercise("exam"))
    for answer in (VerdictAnswer(False),) * 2 + (PointAnswer(1, 1), ChoiceAnswer("uv365")):
        answer_and_save(q, answer)
    with pytest.raises(IllegalTransition):
        _ = q.item
    with pytest.raises(IllegalTransition):
        q.answer(VerdictAnswer(False), time_ms=1)


def test_resume_skips_answered_questions_and_counts_them():
    ex = exercise("exam", shuffle=True)
    first = quiz(ex, seed=42)
    order = first.order
    kind = first.item.question.type
    answer = {"locate": PointAnswer(10, 10), "which_light": ChoiceAnswer("uv365")}.get(
        kind, VerdictAnswer(True, "office_paper")
    )
    done = [answer_and_save(first, answer)]
    resumed = quiz(ex, order=order, answered=done)
    assert resumed.position == 1 and resumed.item.question.id == order[1]
    assert resumed.results().answered == 1


def test_shuffle_is_a_permutation_fixed_by_the_seed():
    ex = exercise(shuffle=True)
    orders = {question_order(ex, seed) for seed in range(30)}
    assert len(orders) > 1
    assert all(sorted(o) == ["a", "b", "c", "d"] for o in orders)
    assert question_order(ex, 7) == question_order(ex, 7)
    assert question_order(exercise(), 7) == ("a", "b", "c", "d")


def test_order_must_name_every_question():
    with pytest.raises(ValueError):
        quiz(exercise(), order=("a", "b"))
