"""The class's most-missed questions (docinspect.analytics.missed), read from a real store
without Qt: ordered by share wrong, joined with the curriculum, pack specimens by their pack."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from support.attempts import T0, attempt

from docinspect.analytics.missed import most_missed
from docinspect.model.exercise import PackSpecimen
from docinspect.model.lesson_plan import PackSpecimenRef
from docinspect.store import open_store
from docinspect.training.exercise_files import builtin_exercises


@pytest.fixture
def curriculum():
    return [e for e in builtin_exercises() if e.id == "light-and-uv"]


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    store = open_store(url)
    ann, bob = store.add_trainee("Ann"), store.add_trainee("Bob")
    answers = [
        (ann.id, "office-paper-verdict", False), (bob.id, "office-paper-verdict", False),
        (ann.id, "genuine-verdict", True), (bob.id, "genuine-verdict", False),
        (ann.id, "fibres-verdict", True), (bob.id, "fibres-verdict", True),
        (ann.id, "mrz-ir", False), (bob.id, "mrz-ir", True), (bob.id, "mrz-ir", True),
    ]  # fmt: skip
    for k, (who, question, ok) in enumerate(answers):
        record = attempt(
            who, exercise_id="light-and-uv", question_id=question, correct=ok,
            at=T0 + timedelta(minutes=k),
        )  # fmt: skip
        assert store.record_attempt(record)
    store.close()
    return url


def test_the_most_missed_come_first_and_questions_nobody_missed_are_left_out(url, curriculum):
    items = most_missed(url, curriculum, limit=5)
    assert [(i.item, i.attempts, i.correct, i.trainees) for i in items] == [
        ("light-and-uv/office-paper-verdict", 2, 0, 2),
        ("light-and-uv/genuine-verdict", 2, 1, 2),
        ("light-and-uv/mrz-ir", 3, 2, 2),
    ]
    first = items[0]
    assert first.missed == 2 and first.missed_share == 1.0
    question = curriculum[0].questions[first.number - 1]
    assert question.id == "office-paper-verdict"
    assert first.exercise_title == curriculum[0].title
    assert first.prompt == question.prompt and first.specimen == question.specimen


def test_the_limit_keeps_the_worst(url, curriculum):
    assert [i.item for i in most_missed(url, curriculum, limit=1)] == [
        "light-and-uv/office-paper-verdict"
    ]


def test_a_question_outside_the_curriculum_is_listed_without_its_details(url):
    items = most_missed(url, [], limit=5)
    assert items[0].item == "light-and-uv/office-paper-verdict"
    assert (items[0].number, items[0].specimen, items[0].exercise_title) == (0, None, "")


def test_a_pack_specimen_is_looked_up_in_the_pack_of_its_exercise(url, curriculum):
    ex = curriculum[0]
    questions = tuple(
        dataclasses.replace(q, specimen=PackSpecimen("s01"))
        if q.id == "office-paper-verdict"
        else q
        for q in ex.questions
    )
    ex = dataclasses.replace(ex, questions=questions)
    first = most_missed(url, [ex], limit=1, packs={"light-and-uv": "class-demo"})[0]
    assert first.specimen == PackSpecimenRef("class-demo", "s01")
    first = most_missed(url, [ex], limit=1)[0]
    assert first.specimen == PackSpecimen("s01")  # no pack named: left as the exercise says
