"""Exercise files in a pack: kept raw, unique ids, and a seam for deep validation."""

from __future__ import annotations

from pathlib import Path

from hostile.packbuild import read_json, valid_pack, write_json

from docinspect.packs import ExerciseContext, PackReadError, read_pack, validate_pack


def test_validator_problems_are_reported_with_the_file(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=2, exercises=2)
    seen: list[tuple[str, ExerciseContext]] = []

    def check(data, context):
        seen.append((data["id"], context))
        if data["id"] == "e2":
            yield "questions[0].specimen", "no specimen 's99' in this pack"

    problems = validate_pack(pack, exercise_validator=check)
    assert [str(p) for p in problems] == [
        "exercises/e2.json: questions[0].specimen: no specimen 's99' in this pack"
    ]
    assert [(i, c.file, c.specimen_ids) for i, c in seen] == [
        ("e1", "exercises/e1.json", frozenset({"s01", "s02"})),
        ("e2", "exercises/e2.json", frozenset({"s01", "s02"})),
    ]


def test_a_failing_validator_does_not_hide_other_problems(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=1, exercises=1)
    (pack / "specimens/s01/uv365.png").unlink()

    def broken(data, context):
        raise KeyError("questions")

    files = sorted(p.file for p in validate_pack(pack, exercise_validator=broken))
    assert files == ["exercises/e1.json", "specimens/s01/uv365.png"]


def test_exercise_needs_an_object_with_an_id(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=1, exercises=2)
    (pack / "exercises/e1.json").write_text("[1, 2]")
    write_json(pack / "exercises/e2.json", {"title": "no id"})
    try:
        read_pack(pack)
    except PackReadError as exc:
        assert [str(p) for p in exc.problems] == [
            "exercises/e1.json: must be a JSON object, got a list",
            "exercises/e2.json: id: must be a non-empty string, got null",
        ]
    else:
        raise AssertionError("invalid exercises accepted")


def test_exercise_keeps_every_key(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=1, exercises=1)
    data = read_json(pack / "exercises/e1.json")
    data["questions"] = [{"id": "q1", "type": "verdict", "specimen": "s01", "later": [1]}]
    write_json(pack / "exercises/e1.json", data)
    assert read_pack(pack, exercise_validator=lambda d, c: ()).exercise("e1").data == data


def test_a_broken_specimen_is_still_known_to_exercises(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=2, exercises=1)
    spec = read_json(pack / "specimens/s02/specimen.json")
    spec["size_mm"] = "wrong"
    write_json(pack / "specimens/s02/specimen.json", spec)
    seen = []

    def check(data, context):
        seen.append(context.specimen_ids)
        return ()

    problems = validate_pack(pack, exercise_validator=check)
    assert [p.file for p in problems] == ["specimens/s02/specimen.json"]
    assert seen == [frozenset({"s01", "s02"})]
