"""Lesson plan files: the built-in plans, strict checking with file/field/reason, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docinspect.model.exercise import Recipe
from docinspect.model.lesson_plan import (
    LessonPlan,
    LessonPlanError,
    LoupeSetting,
    PackSpecimenRef,
    Step,
    StepKind,
    lesson_plan_files,
    lesson_plan_to_data,
    parse_lesson_plan,
    read_lesson_plan,
    write_lesson_plan,
)
from docinspect.model.light import Light
from docinspect.model.specimen import DocumentType
from docinspect.training.exercise_files import builtin_exercises

PLANS = Path(__file__).parent.parent / "exercises" / "lesson-plans"


def _valid() -> dict:
    return {
        "format": 1,
        "id": "demo",
        "title": "Demo",
        "steps": [
            {"id": "a", "kind": "lesson", "title": "Intro", "minutes": 5, "text": ["Hello"]},
            {
                "id": "b",
                "kind": "presenter",
                "title": "Walk",
                "minutes": 10,
                "specimen": {"pack": "p", "id": "s1"},
                "light": "uv365",
                "loupe": {"x_mm": 10, "y_mm": 20, "power": 8},
                "reveal": ["f-substrate", "uv_fibres"],
                "notes": "Point at the paper.",
            },
            {
                "id": "c",
                "kind": "exercise",
                "title": "Go",
                "minutes": 12,
                "exercise": "light-and-uv",
            },
            {"id": "d", "kind": "debrief", "title": "Debrief", "minutes": 8, "items": 3},
        ],
    }


def test_builtin_plans_are_valid_and_name_curriculum_exercises():
    ids = {e.id for e in builtin_exercises()}
    files = lesson_plan_files(PLANS)
    assert files, "no built-in lesson plan"
    for path in files:
        plan = read_lesson_plan(path, exercise_ids=ids)
        assert plan.steps
    uv = read_lesson_plan(PLANS / "uv-basics-45.lesson", exercise_ids=ids)
    assert uv.planned_minutes == 45
    assert [s.kind for s in uv.steps] == [
        StepKind.LESSON,
        StepKind.PRESENTER,
        StepKind.PRESENTER,
        StepKind.EXERCISE,
        StepKind.DEBRIEF,
    ]
    counterfeit = uv.steps[2]
    assert isinstance(counterfeit.specimen, Recipe)
    assert counterfeit.specimen.methods == ("office_paper",)
    assert counterfeit.light is Light.UV365


def test_builtin_plans_do_not_disturb_the_curriculum_folder():
    # exercises/ is read as "every *.json is an exercise": a plan there must not be one.
    assert not list(PLANS.glob("*.json"))
    builtin_exercises()  # still reads


def test_valid_plan_parses_every_kind():
    plan = parse_lesson_plan(_valid(), file="demo.lesson", exercise_ids={"light-and-uv"})
    lesson, walk, exercise, debrief = plan.steps
    assert lesson.text == ("Hello",)
    assert walk.specimen == PackSpecimenRef("p", "s1")
    assert walk.loupe == LoupeSetting(10, 20, 8)
    assert walk.reveal == ("f-substrate", "uv_fibres")
    assert walk.notes == "Point at the paper."
    assert exercise.exercise == "light-and-uv"
    assert debrief.items == 3
    assert plan.planned_minutes == 35


def test_every_problem_is_reported_with_file_field_and_reason():
    data = _valid()
    del data["title"]
    data["steps"][0]["minutes"] = -3
    data["steps"][1]["light"] = "infrared"
    data["steps"][1]["loupe"] = {"x_mm": 10, "power": 99}
    data["steps"][1]["tilt_away_deg"] = 60
    data["steps"][2]["exercise"] = "no-such-exercise"
    data["steps"][3]["kind"] = "quiz"
    data["steps"].append({"id": "a", "kind": "presenter", "title": "Dup", "minutes": 1,
                          "recipe": {"document_type": "td3", "seed": 1, "methods": ["glue"]}})  # fmt: skip
    with pytest.raises(LessonPlanError) as caught:
        parse_lesson_plan(data, file="bad.lesson", exercise_ids={"light-and-uv"})
    problems = {p.field: p.reason for p in caught.value.problems}
    assert {p.file for p in caught.value.problems} == {"bad.lesson"}
    assert problems["title"] == "missing"
    assert "at least" in problems["steps[0].minutes"] or "above" in problems["steps[0].minutes"]
    assert "unknown light 'infrared'" in problems["steps[1].light"]
    assert problems["steps[1].loupe.y_mm"] == "missing"
    assert "at most" in problems["steps[1].loupe.power"]
    assert "at most" in problems["steps[1].tilt_away_deg"]
    assert "no exercise 'no-such-exercise'" in problems["steps[2].exercise"]
    assert "unknown step kind 'quiz'" in problems["steps[3].kind"]
    assert "unknown forgery method 'glue'" in problems["steps[4].recipe.methods[0]"]
    assert "bad.lesson: steps[2].exercise:" in str(caught.value)


def test_presenter_step_needs_exactly_one_specimen():
    data = _valid()
    data["steps"][1]["recipe"] = {"document_type": "td3", "seed": 1}
    with pytest.raises(LessonPlanError) as caught:
        parse_lesson_plan(data, file="x.lesson")
    assert [(p.field, "not both" in p.reason) for p in caught.value.problems] == [
        ("steps[1]", True)
    ]
    del data["steps"][1]["recipe"], data["steps"][1]["specimen"]
    with pytest.raises(LessonPlanError) as caught:
        parse_lesson_plan(data, file="x.lesson")
    assert "needs a specimen" in caught.value.problems[0].reason


def test_unreadable_files_name_the_file(tmp_path):
    broken = tmp_path / "broken.lesson"
    broken.write_text('{"format": 1, "id": ', encoding="utf-8")
    with pytest.raises(LessonPlanError) as caught:
        read_lesson_plan(broken)
    (problem,) = caught.value.problems
    assert problem.file == str(broken) and "not valid JSON" in problem.reason
    with pytest.raises(LessonPlanError) as caught:
        read_lesson_plan(tmp_path / "missing.lesson")
    assert "cannot read" in caught.value.problems[0].reason
    latin1 = tmp_path / "latin1.lesson"
    latin1.write_bytes('{"title": "Leçon"}'.encode("latin-1"))
    with pytest.raises(LessonPlanError) as caught:  # read as exercise files are
        read_lesson_plan(latin1)
    assert "not UTF-8" in caught.value.problems[0].reason


def test_unknown_keys_survive_a_round_trip(tmp_path):
    data = _valid()
    data["x-author"] = "Academy"
    data["steps"][1]["x-slide"] = 7
    data["steps"][1]["recipe"] = None  # null is as absent
    plan = parse_lesson_plan(data, file="a.lesson")
    path = tmp_path / "a.lesson"
    write_lesson_plan(path, plan)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["x-author"] == "Academy" and saved["steps"][1]["x-slide"] == 7
    assert read_lesson_plan(path) == plan


_ident = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
_minutes = st.floats(min_value=0.5, max_value=240, allow_nan=False)


@st.composite
def _steps(draw, index: int) -> Step:
    kind = draw(st.sampled_from(list(StepKind)))
    common = {"id": f"s{index}", "kind": kind, "title": draw(_text.filter(bool)),
              "minutes": draw(_minutes), "notes": draw(_text),
              "text": tuple(draw(st.lists(_text, max_size=2)))}  # fmt: skip
    if kind is StepKind.EXERCISE:
        return Step(**common, exercise=draw(_ident))
    if kind is StepKind.DEBRIEF:
        return Step(**common, items=draw(st.integers(1, 50)))
    if kind is StepKind.PRESENTER:
        specimen = draw(
            st.one_of(
                st.builds(PackSpecimenRef, _ident, _ident),
                st.builds(
                    Recipe,
                    st.sampled_from([DocumentType.TD3, DocumentType.TD1]),
                    st.integers(0, 2**40),
                    st.just(()),
                    st.just("UTO"),
                    st.sampled_from([0.0, 0.25, 0.5, 1.0]),
                ),
            )
        )
        loupe = draw(
            st.none() | st.builds(LoupeSetting, _minutes, _minutes, st.sampled_from([2.0, 10.0]))
        )
        return Step(**common, specimen=specimen, light=draw(st.sampled_from(list(Light))),
                    tilt_deg=draw(st.sampled_from([0.0, -20.0, 35.5])),
                    tilt_away_deg=draw(st.sampled_from([0.0, 25.0, -45.0])), loupe=loupe,
                    reveal=tuple(draw(st.lists(_ident, max_size=4, unique=True))))  # fmt: skip
    return Step(**common)


@st.composite
def _plans(draw) -> LessonPlan:
    n = draw(st.integers(1, 5))
    return LessonPlan(
        id=draw(_ident), title=draw(_text.filter(bool)),
        steps=tuple(draw(_steps(i)) for i in range(n)), summary=draw(_text),
    )  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(_plans())
def test_any_plan_reads_back_as_written(plan):
    data = json.loads(json.dumps(lesson_plan_to_data(plan)))
    assert parse_lesson_plan(data, file="p.lesson") == plan


def test_a_towards_away_tilt_is_kept_and_written_only_when_set():
    # Plans without it stay readable by versions that refuse unknown keys.
    data = _valid()
    plan = parse_lesson_plan(data, file="p.lesson")
    assert plan.steps[1].tilt_away_deg == 0.0
    assert "tilt_away_deg" not in lesson_plan_to_data(plan)["steps"][1]
    data["steps"][1]["tilt_away_deg"] = 20
    plan = parse_lesson_plan(data, file="p.lesson")
    assert plan.steps[1].tilt_away_deg == 20.0
    assert lesson_plan_to_data(plan)["steps"][1]["tilt_away_deg"] == 20.0


def test_cli_validates_plans_with_exit_codes(tmp_path, capsys):
    from docinspect.cli import main

    assert main(["lesson", "validate", str(PLANS)]) == 0
    assert "valid" in capsys.readouterr().out
    data = _valid()
    data["steps"][2]["exercise"] = "nope"
    bad = tmp_path / "bad.lesson"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["lesson", "validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: steps[2].exercise: no exercise 'nope' in the curriculum" in err
    assert "Traceback" not in err
    assert main(["lesson", "validate", str(tmp_path / "missing")]) == 2


def test_a_card_back_in_a_presenter_step_keeps_its_side_when_saved(tmp_path):
    data = _valid()
    del data["steps"][1]["specimen"]
    data["steps"][1]["recipe"] = {
        "document_type": "td1",
        "side": "back",
        "seed": 12,
        "methods": ["mrz_check_digit"],
    }
    plan = parse_lesson_plan(data, file="a.lesson")
    assert plan.steps[1].specimen.side == "back"
    path = tmp_path / "a.lesson"
    write_lesson_plan(path, plan)
    assert json.loads(path.read_text(encoding="utf-8"))["steps"][1]["recipe"]["side"] == "back"
    assert read_lesson_plan(path) == plan


def test_a_plan_may_name_an_exercise_of_a_pack_given_to_validate(tmp_path, capsys):
    from hostile.packbuild import valid_pack

    from docinspect.cli import main

    data = _valid()
    data["steps"][2]["exercise"] = "e1"  # the instructor's own exercise, in their pack
    plan = tmp_path / "mine.lesson"
    plan.write_text(json.dumps(data), encoding="utf-8")
    assert main(["lesson", "validate", str(plan)]) == 1
    assert "no exercise 'e1'" in capsys.readouterr().err
    pack = valid_pack(tmp_path / "pack")
    assert main(["lesson", "validate", str(plan), "--pack", str(pack)]) == 0
