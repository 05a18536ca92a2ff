"""Exercise files: strict parsing that reports every problem, and loss-free round trips."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docinspect.model.exercise import (
    MRZ_FIELDS,
    CompareQuestion,
    ExerciseError,
    IdentifyQuestion,
    LocateInput,
    LocateQuestion,
    Mode,
    MrzQuestion,
    PackSpecimen,
    Recipe,
    VerdictQuestion,
    WhichLightQuestion,
    exercise_to_data,
    parse_exercise,
)
from docinspect.model.light import Light
from docinspect.model.specimen import DocumentType
from docinspect.model.taxonomy import parse_taxonomy

TAXONOMY = parse_taxonomy(
    {
        "features": [
            {
                "id": f,
                "name": f,
                "category": "printing",
                "description": f,
                "lights": lights,
                "min_magnification": 1,
            }
            for f, lights in [
                ("uv_dull_substrate", ["uv365"]),
                ("microprint", ["white"]),
                ("guilloche", ["white"]),
                ("mrz", ["white", "ir"]),
            ]
        ],
        "forgery_methods": [
            {
                "id": "office_paper",
                "name": "o",
                "verdict": "counterfeit",
                "description": "o",
                "indicator_features": ["uv_dull_substrate"],
            },
            {
                "id": "halftone_print",
                "name": "h",
                "verdict": "counterfeit",
                "description": "h",
                "indicator_features": ["guilloche"],
            },
            {
                "id": "mrz_check_digit",
                "name": "m",
                "verdict": "falsified",
                "description": "m",
                "indicator_features": ["mrz"],
            },
        ],
    }
)


def full_exercise() -> dict:
    recipe = {"document_type": "td3", "seed": 7, "methods": ["office_paper"], "subtlety": 0.2}
    return {
        "format": 1,
        "id": "uv-basics",
        "title": "UV basics",
        "module": "Light sources",
        "lesson": "First paragraph.\n\nSecond paragraph.",
        "mode": "exam",
        "shuffle": True,
        "time_limit_s": 60,
        "pass_mark": 0.75,
        "questions": [
            {"id": "v1", "type": "verdict", "recipe": recipe},
            {
                "id": "l1",
                "type": "locate",
                "recipe": recipe,
                "feature": "uv_dull_substrate",
                "input": "drag",
                "light": "uv365",
                "tolerance_mm": 3,
                "iou_threshold": 0.4,
            },
            {
                "id": "i1",
                "type": "identify",
                "specimen": "spec-1",
                "feature": "microprint",
                "choices": ["microprint", "guilloche"],
            },
            {"id": "w1", "type": "which_light", "feature": "uv_dull_substrate"},
            {"id": "m1", "type": "mrz", "specimen": "spec-2", "answer": "birth_date_check"},
            {
                "id": "c1",
                "type": "compare",
                "recipe": recipe,
                "reference_recipe": {"document_type": "td3", "seed": 7},
                "ask_method": False,
            },
        ],
    }


def parse(data, **kw):
    return parse_exercise(data, file="ex.json", taxonomy=TAXONOMY, **kw)


def test_every_question_type_parses_with_its_fields():
    ex = parse(full_exercise())
    assert ex.mode is Mode.EXAM and ex.shuffle and ex.pass_mark == 0.75
    assert ex.lesson == ("First paragraph.", "Second paragraph.")
    v, loc, ident, which, mrz, comp = ex.questions
    assert isinstance(v, VerdictQuestion) and v.ask_method and v.method_credit == 0.5
    assert v.specimen == Recipe(DocumentType.TD3, 7, ("office_paper",), "UTO", 0.2)
    assert isinstance(loc, LocateQuestion) and loc.input is LocateInput.DRAG
    assert loc.light is Light.UV365 and loc.tolerance_mm == 3.0 and loc.iou_threshold == 0.4
    assert isinstance(ident, IdentifyQuestion) and ident.specimen == PackSpecimen("spec-1")
    assert isinstance(which, WhichLightQuestion) and which.specimen is None
    assert which.choices == tuple(Light) and which.answer == ()
    assert isinstance(mrz, MrzQuestion) and mrz.choices == MRZ_FIELDS
    assert isinstance(comp, CompareQuestion) and comp.reference.genuine and not comp.ask_method
    assert ex.max_score == 6


def test_all_problems_are_reported_at_once_with_field_and_reason():
    data = full_exercise()
    data["mode"] = "quiz"
    data["pass_mark"] = 1.5
    data["questions"][0]["recipe"] = {
        "document_type": "td9",
        "seed": -1,
        "methods": ["glue"],
        "state": "uto",
    }
    data["questions"][1]["feature"] = "sparkles"
    data["questions"][2]["choices"] = ["guilloche", "mrz"]
    data["questions"][3]["type"] = "smell"
    data["questions"][4]["id"] = "c1"
    del data["questions"][5]["reference_recipe"]
    with pytest.raises(ExerciseError) as info:
        parse(data)
    fields = {p.field for p in info.value.problems}
    assert {
        "mode",
        "pass_mark",
        "questions[0].recipe.document_type",
        "questions[0].recipe.seed",
        "questions[0].recipe.methods[0]",
        "questions[0].recipe.state",
        "questions[1].feature",
        "questions[2].choices",
        "questions[3].type",
        "questions[5]",
    } <= fields
    assert all(p.file == "ex.json" for p in info.value.problems)
    assert "unknown forgery method 'glue'" in str(info.value)
    # one line per problem, each naming the file
    assert all(line.startswith("ex.json: ") for line in str(info.value).splitlines())


def test_duplicate_question_ids_are_refused():
    data = full_exercise()
    data["questions"][1]["id"] = "v1"
    with pytest.raises(ExerciseError, match=r"questions\[1\]\.id: duplicate question id 'v1'"):
        parse(data)


def test_timed_exercise_needs_seconds_per_document_and_document_questions():
    data = full_exercise()
    data["mode"] = "timed"
    with pytest.raises(ExerciseError) as info:
        parse(data)
    fields = [p.field for p in info.value.problems]
    assert "document_time_s" in fields
    assert "questions[2].type" in fields and "questions[3].type" in fields


def test_newer_format_is_refused_with_a_clear_reason():
    data = full_exercise()
    data["format"] = 99
    with pytest.raises(ExerciseError, match="newer than this DocInspect reads"):
        parse(data)


def test_locate_on_a_genuine_recipe_is_refused():
    data = full_exercise()
    data["questions"][1]["recipe"] = {"document_type": "td1", "seed": 1}
    with pytest.raises(ExerciseError, match="needs a forged specimen"):
        parse(data)


def test_a_question_needs_exactly_one_specimen_source():
    data = full_exercise()
    data["questions"][0]["specimen"] = "spec-1"
    with pytest.raises(ExerciseError, match="either 'specimen' or 'recipe', not both"):
        parse(data)


def test_unknown_keys_round_trip():
    data = full_exercise()
    data["x_author"] = "J. Instructor"
    data["questions"][0]["x_note"] = {"a": [1, 2]}
    data["questions"][0]["recipe"]["x_template"] = "uto-2024"
    ex = parse(data)
    out = exercise_to_data(ex)
    assert out["x_author"] == "J. Instructor"
    assert out["questions"][0]["x_note"] == {"a": [1, 2]}
    assert out["questions"][0]["recipe"]["x_template"] == "uto-2024"
    again = parse(json.loads(json.dumps(out)))
    assert again == ex
    assert exercise_to_data(again) == out


def test_parsing_does_not_modify_its_input():
    data = full_exercise()
    before = copy.deepcopy(data)
    parse(data)
    assert data == before


# --- properties ------------------------------------------------------------------------------

ids = st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True)
recipes = st.fixed_dictionaries(
    {
        "document_type": st.sampled_from(["td1", "td2", "td3", "mrva", "mrvb"]),
        "seed": st.integers(0, 2**40),
        "methods": st.lists(st.sampled_from(["office_paper", "halftone_print"]), unique=True),
        "subtlety": st.floats(0, 1),
    }
)


@st.composite
def exercises(draw):
    n = draw(st.integers(1, 5))
    questions = []
    for i in range(n):
        kind = draw(st.sampled_from(["verdict", "which_light", "identify", "mrz"]))
        q = {"id": f"q{i}", "type": kind, "points": draw(st.sampled_from([1, 2, 0.5]))}
        if kind == "which_light":
            q["feature"] = "uv_dull_substrate"
        else:
            q["recipe"] = draw(recipes)
        if kind == "identify":
            q.update(feature="microprint", choices=["guilloche", "microprint"])
        questions.append(q)
    return {
        "format": 1,
        "id": draw(ids),
        "title": draw(st.text(min_size=1).filter(str.strip)),
        "mode": draw(st.sampled_from(["practice", "exam"])),
        "pass_mark": draw(st.floats(0, 1)),
        "questions": questions,
        draw(st.sampled_from(["x_a", "x_b"])): draw(st.integers()),
    }


@settings(max_examples=60, deadline=None)
@given(exercises())
def test_round_trip_property(data):
    ex = parse(data)
    assert parse(json.loads(json.dumps(exercise_to_data(ex)))) == ex


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        json_values,
        exercises().flatmap(
            lambda d: st.fixed_dictionaries({k: st.just(v) | json_values for k, v in d.items()})
        ),
    )
)
def test_any_json_gives_an_exercise_or_an_exercise_error(data):
    try:
        parse(data)
    except ExerciseError as exc:
        assert exc.problems


class _Context:
    def __init__(self, file, specimen_ids):
        self.file = file
        self.specimen_ids = frozenset(specimen_ids)


def test_pack_seam_reports_problems_and_missing_specimens(monkeypatch):
    import docinspect.model.exercise as exercise_module

    monkeypatch.setattr(exercise_module, "load_taxonomy", lambda: TAXONOMY)
    data = full_exercise()
    assert (
        exercise_module.validate_pack_exercise(data, _Context("ex/a.json", {"spec-1", "spec-2"}))
        == []
    )
    assert exercise_module.validate_pack_exercise(data, _Context("ex/a.json", {"spec-1"})) == [
        ("questions[4].specimen", "no specimen 'spec-2' in this pack")
    ]
    data["mode"] = "quiz"
    problems = exercise_module.validate_pack_exercise(
        data, _Context("ex/a.json", {"spec-1", "spec-2"})
    )
    assert problems == [("mode", "unknown mode 'quiz'; expected practice, exam or timed")]


def test_packs_layer_finds_the_seam():
    from docinspect.model.exercise import validate_pack_exercise
    from docinspect.packs.reader import default_exercise_validator

    assert default_exercise_validator() is validate_pack_exercise


def test_a_pack_with_a_bad_exercise_is_refused_naming_file_and_field(tmp_path):
    import json

    from hostile.packbuild import valid_pack

    from docinspect.packs import PackReadError, read_pack

    root = valid_pack(tmp_path / "p", specimens=1, exercises=1)
    read_pack(root)  # valid as built
    path = root / "exercises" / "e1.json"
    data = json.loads(path.read_text("utf-8"))
    data["mode"] = "quiz"
    data["questions"][0]["type"] = "smell"
    data["questions"].append({"id": "q9", "type": "verdict", "specimen": "nowhere"})
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PackReadError) as info:
        read_pack(root)
    text = "\n".join(str(p) for p in info.value.problems)
    assert "exercises/e1.json" in text and "unknown mode 'quiz'" in text
    assert "unknown question type 'smell'" in text
    data["mode"] = "practice"
    data["questions"][0]["type"] = "verdict"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PackReadError) as info:
        read_pack(root)
    assert [str(p).split(": ", 1)[-1] for p in info.value.problems] == [
        "questions[1].specimen: no specimen 'nowhere' in this pack"
    ]


# --- ID-card backs ---------------------------------------------------------------------------


def _one_recipe(recipe: dict) -> dict:
    return dict(full_exercise(), questions=[{"id": "q", "type": "verdict", "recipe": recipe}])


def test_a_recipe_can_ask_for_the_back_of_an_id_card_and_round_trips():
    raw = {"document_type": "td1", "side": "back", "seed": 4, "methods": ["mrz_check_digit"]}
    ex = parse(_one_recipe(raw))
    recipe = ex.questions[0].specimen
    assert recipe.side == "back" and recipe.document_type is DocumentType.TD1
    assert recipe.generator_type == "td1-back"
    written = exercise_to_data(ex)["questions"][0]["recipe"]
    assert written["side"] == "back" and "side" not in recipe.extra
    assert parse(exercise_to_data(ex)) == ex
    # The back is another specimen than the front of the same card: another key.
    front = parse(_one_recipe(dict(raw, side="front"))).questions[0].specimen
    assert front.side == "front" and front.key() != recipe.key()
    assert recipe.key() == "recipe:td1-back:UTO:4:mrz_check_digit:0.500"


def test_front_recipes_keep_their_key_and_their_written_form():
    # Attempts in the log are keyed by these strings: they must not change.
    raw = {"document_type": "td1", "seed": 305, "methods": [], "state": "UTO", "subtlety": 0.3}
    recipe = parse(_one_recipe(raw)).questions[0].specimen
    assert recipe.side == "front" and recipe.generator_type == "td1"
    assert recipe.key() == "recipe:td1:UTO:305:genuine:0.300"
    assert exercise_to_data(parse(_one_recipe(raw)))["questions"][0]["recipe"] == raw


@pytest.mark.parametrize(
    ("recipe", "field", "reason"),
    [
        (
            {"document_type": "td3", "seed": 1, "side": "back"},
            "questions[0].recipe.side",
            "only an ID card (td1) has a back",
        ),
        (
            {"document_type": "td1", "seed": 1, "side": "reverse"},
            "questions[0].recipe.side",
            "unknown side 'reverse'; expected front or back",
        ),
        (
            {"document_type": "td1", "seed": 1, "side": True},
            "questions[0].recipe.side",
            "expected text",
        ),
        (
            {"document_type": "td1-back", "seed": 1},
            "questions[0].recipe.document_type",
            '"document_type": "td1", "side": "back"',
        ),
    ],
)
def test_a_bad_side_is_reported_with_field_and_reason(recipe, field, reason):
    with pytest.raises(ExerciseError) as exc:
        parse(_one_recipe(recipe))
    [problem] = exc.value.problems
    assert problem.file == "ex.json" and problem.field == field and reason in problem.reason
