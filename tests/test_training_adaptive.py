"""Adaptive practice: the subtlety staircase and FSRS scheduling of skills."""

from __future__ import annotations

import math
import random
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from support.attempts import attempt

from docinspect.training import (
    TARGET_SUCCESS,
    SkillKey,
    SkillKind,
    SkillSchedule,
    Staircase,
    due_skills,
    skills_of,
)

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_staircase_steps_up_after_right_and_down_after_wrong():
    s = Staircase(0.5, step_down=0.08)
    assert s.after(True).subtlety == pytest.approx(0.5 + 0.08 * 0.225 / 0.775)
    assert s.after(False).subtlety == pytest.approx(0.42)


def test_staircase_stays_within_0_and_1():
    assert Staircase(0.99).after(True).subtlety == 1.0
    assert Staircase(0.01).after(False).subtlety == 0.0


@pytest.mark.parametrize("ability", [0.3, 0.6, 0.85])
def test_staircase_holds_a_simulated_trainee_near_the_target(ability):
    """A trainee whose chance of spotting a forgery falls with subtlety (logistic around their
    ability) ends up succeeding about 77.5 % of the time, whatever their ability."""
    rng = random.Random(1234)
    s = Staircase(0.0)
    results = []
    for _ in range(6000):
        p = 1 / (1 + math.exp((s.subtlety - ability) / 0.08))
        correct = rng.random() < p
        results.append(correct)
        s = s.after(correct)
    rate = sum(results[1000:]) / len(results[1000:])
    assert 0.75 <= rate <= 0.80, rate
    # and it settled where this trainee's psychometric curve gives ~77.5 %
    expected = ability - 0.08 * math.log(TARGET_SUCCESS / (1 - TARGET_SUCCESS))
    assert abs(s.subtlety - expected) < 0.2


def test_staircase_rejects_nonsense():
    with pytest.raises(ValueError):
        Staircase(target=1.0)
    with pytest.raises(ValueError):
        Staircase(step_down=0)


def record(
    correct=True, score=None, at=T0, methods=("office_paper",), features=("uv_dull_substrate",)
):
    return attempt(
        uuid.uuid4(),
        exercise_id="e",
        question_id="q",
        at=at,
        correct=correct,
        specimen_ref="x",
        answer={},
        score=score if score is not None else float(correct),
        mark="right" if correct else "wrong",
        time_ms=3000,
        truth_verdict=None,
        accepted=None,
        methods=methods,
        features=features,
        module="",
    )


def test_skills_of_an_attempt_are_its_methods_and_features():
    assert skills_of(record()) == (
        SkillKey(SkillKind.METHOD, "office_paper"),
        SkillKey(SkillKind.FEATURE, "uv_dull_substrate"),
    )


def test_fsrs_schedules_a_known_skill_later_than_a_failed_one():
    sched = SkillSchedule(fuzz=False)
    states: dict = {}
    sched.apply(states, record(True, at=T0))
    good = sched.apply(states, record(True, at=T0 + timedelta(minutes=15)))[0]
    failing: dict = {}
    sched.apply(failing, record(False, at=T0))
    bad = sched.apply(failing, record(False, at=T0 + timedelta(minutes=15)))[0]
    assert good.due > bad.due
    assert good.reviews == 2 and good.lapses == 0 and bad.lapses == 2
    assert good.subtlety > 0.3 > bad.subtlety  # the skill's staircase moved too


def test_partial_credit_is_rated_hard_between_good_and_again():
    sched = SkillSchedule(fuzz=False)
    key = SkillKey(SkillKind.METHOD, "office_paper")
    start = sched.new(key, now=T0)
    graduated = start
    for minutes in (0, 15, 60 * 24):  # learn it first, then review
        graduated = sched.review(graduated, record(True, at=T0 + timedelta(minutes=minutes)))
    later = T0 + timedelta(days=5)
    dues = [
        sched.review(graduated, record(c, s, at=later)).due
        for c, s in ((True, 1.0), (False, 0.5), (False, 0.0))
    ]
    assert dues[0] > dues[1] > dues[2]


def test_due_skills_most_overdue_first():
    sched = SkillSchedule(fuzz=False)
    a = sched.new(SkillKey(SkillKind.FEATURE, "a"), now=T0)
    b = sched.new(SkillKey(SkillKind.FEATURE, "b"), now=T0 - timedelta(days=2))
    c = sched.new(SkillKey(SkillKind.FEATURE, "c"), now=T0 + timedelta(days=2))
    assert [s.key.id for s in due_skills([a, b, c], now=T0)] == ["b", "a"]
    assert due_skills([a, b, c], now=T0, limit=1)[0].key.id == "b"


def test_retrievability_falls_with_time():
    sched = SkillSchedule(fuzz=False)
    s = sched.new(SkillKey(SkillKind.METHOD, "m"), now=T0)
    for minutes in (0, 15, 60 * 24):
        s = sched.review(s, record(True, at=T0 + timedelta(minutes=minutes)))
    soon = sched.retrievability(s, now=T0 + timedelta(days=2))
    late = sched.retrievability(s, now=T0 + timedelta(days=60))
    assert 0 < late < soon <= 1


# --- practise my weak points -------------------------------------------------------------------


def _state(kind, skill_id, *, due, subtlety, reviews=3, lapses=0):
    sched = SkillSchedule(fuzz=False)
    s = sched.new(SkillKey(kind, skill_id), now=due, subtlety=subtlety)
    return type(s)(s.key, s.card_json, due, subtlety, reviews, lapses)


def test_first_practice_covers_methods_and_mixes_in_genuine_documents():
    from docinspect.model.exercise import Mode
    from docinspect.training.adaptive import practice_exercise
    from docinspect.training.exercise_files import generator_problems

    ex = practice_exercise([], now=T0, seed=1, count=8)
    assert ex.mode is Mode.PRACTICE and len(ex.questions) == 8
    recipes = [q.specimen for q in ex.questions]
    genuine = [r for r in recipes if r.genuine]
    assert len(genuine) == 2
    methods = [r.methods[0] for r in recipes if not r.genuine]
    assert len(set(methods)) == 6 and all(r.subtlety == 0.3 for r in recipes if not r.genuine)
    assert generator_problems(ex, file="x") == []
    assert practice_exercise([], now=T0, seed=1, count=8) == ex  # the seed fixes it
    # Nothing answered yet: the lesson does not claim to know what the trainee found hardest.
    assert "not answered any questions yet" in " ".join(ex.lesson)
    assert "found hardest and what is due" not in " ".join(ex.lesson)


def test_due_and_weak_skills_come_first_at_their_own_subtlety():
    from docinspect.training.adaptive import practice_exercise

    states = [
        _state(SkillKind.METHOD, "static_ovd", due=T0 + timedelta(days=9), subtlety=0.9),
        _state(SkillKind.METHOD, "office_paper", due=T0 - timedelta(days=1), subtlety=0.65),
        _state(
            SkillKind.FEATURE,
            "microprint",
            due=T0 + timedelta(days=5),
            subtlety=0.2,
            reviews=4,
            lapses=3,
        ),
    ]
    ex = practice_exercise(states, now=T0, seed=3, count=4)
    forged = [q.specimen for q in ex.questions if not q.specimen.genuine]
    assert forged[0].methods == ("office_paper",) and forged[0].subtlety == 0.65  # due first
    assert forged[1].subtlety == 0.2  # then the weakest: microprint, through a method showing it
    from docinspect.model.taxonomy import load_taxonomy

    assert "microprint" in load_taxonomy().methods[forged[1].methods[0]].indicator_features
    assert forged[2].methods == ("static_ovd",)
    assert sum(q.specimen.genuine for q in ex.questions) == 1
    assert "found hardest and what is due" in " ".join(ex.lesson)


def test_mrz_skills_are_practised_on_passports_and_on_id_card_backs():
    from docinspect.training.adaptive import practice_exercise
    from docinspect.training.exercise_files import generator_problems

    seen = set()
    for seed in range(12):
        states = [
            _state(SkillKind.METHOD, "mrz_check_digit", due=T0 - timedelta(days=1), subtlety=0.4)
        ]
        ex = practice_exercise(states, now=T0, seed=seed, count=2)
        assert generator_problems(ex, file="x") == []
        forged = next(q.specimen for q in ex.questions if not q.specimen.genuine)
        assert forged.methods == ("mrz_check_digit",)
        seen.add((forged.document_type.value, forged.side))
    # Never an ID card front: it prints no MRZ.
    assert seen == {("td3", "front"), ("td1", "back")}
