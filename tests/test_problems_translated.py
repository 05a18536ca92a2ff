"""The windows show the core's reasons (a pack's problems, a chip reader's finding) in the
language they speak: the reason is a template and values (decision 0032), translated when
shown; the file and the field stay as the pack names them."""

from __future__ import annotations

import pytest

from docinspect.i18n import Message, message_of, translate_message
from docinspect.packs import PackReadError, read_pack
from docinspect.training.content_language import set_content_language
from docinspect.ui.problems_dialog import ProblemsDialog


@pytest.fixture
def broken_pack(tmp_path):
    pack = tmp_path / "broken"
    pack.mkdir()
    (pack / "pack.json").write_text(
        '{"format": 1, "id": "bad id!", "title": 7, "version": "1", "specimens": ["s9"]}',
        encoding="utf-8",
    )
    return pack


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "bg",
            ["не е валиден идентификатор", "трябва да е текстов низ, получено 7", "файлът липсва"],
        ),
        (
            "ru",
            ["неправильный идентификатор", "должно быть строкой, получено 7", "файл отсутствует"],
        ),
        ("en", ["is not a valid id", "must be a string, got 7", "missing file"]),
    ],
)
def test_a_packs_problems_are_listed_in_the_windows_language(
    qtbot, broken_pack, language, expected
):
    with pytest.raises(PackReadError) as caught:
        read_pack(broken_pack)
    rows = _listed(qtbot, caught.value.problems, language)
    assert [row[:2] for row in rows] == [["pack.json", "id"], ["pack.json", "title"],
                                         ["s9/specimen.json", ""]]  # fmt: skip
    for row, text in zip(rows, expected, strict=True):
        assert text in row[2], row


def test_a_message_is_its_english_and_translates_by_template_not_by_parsing():
    reason = Message("must be a string, got {value}", value="7")
    assert reason == "must be a string, got 7"
    assert translate_message(reason, "ru") == "должно быть строкой, получено 7"
    # An English string that merely reads the same is not translated: nothing is guessed.
    assert translate_message("must be a string, got 7", "ru") == "must be a string, got 7"
    nested = Message("{path}: {first}", path="p", first=Message("missing file"))
    assert translate_message(nested, "bg") == "p: файлът липсва"
    assert message_of(ValueError(nested)) is nested


def test_a_chip_check_carries_its_data_groups_as_data(tmp_path):
    """The chip panel says "Holds DG1, DG2." in its own words from the check's data groups,
    not by cutting the core's English "holds " off its detail."""
    import datetime as dt

    from support.chips import with_chip_case

    from docinspect.chip.make import ChipCase
    from docinspect.chip.reader import read_chip
    from docinspect.packs.writer import write_pack

    made = with_chip_case(31, ChipCase.GENUINE, "genuine")
    write_pack(tmp_path / "p", pack_id="p", title="P", version="1", specimens=[made])
    pack = read_pack(tmp_path / "p")
    specimen = pack.specimen("genuine")
    reading = read_chip(pack.chip_files("genuine"), specimen.mrz, today=dt.date(2026, 12, 7))
    com = next(c for c in reading.checks if c.step == "com")
    assert com.data_groups == ("DG1", "DG2")
    assert translate_message(com.detail, "bg") == "съдържа DG1, DG2"
    assert com.detail == "holds DG1, DG2"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("bg", ["е извън [0, 1]", "непознато поле"]),
        ("ru", ["вне диапазона [0, 1]", "неизвестное поле"]),
        ("en", ["1.5 is outside [0, 1]", "unknown field"]),
    ],
)
def test_a_scenes_problems_name_the_field_and_give_the_reason_in_the_windows_language(
    qtbot, tmp_path, language, expected
):
    """A scene's problems keep the field apart from the reason (the pack reader lists them in
    columns) and the reason translates: the scene's checks keep it as a Message of its own."""
    import json
    import shutil

    from docinspect.synth.generate import generate_pack

    pack = tmp_path / "p"
    generate_pack(pack, count=1, seed=3)
    folder = next(p for p in (pack / "specimens").iterdir() if p.is_dir())
    scene_path = next(folder.glob("scene*.json"))
    scene = json.loads(scene_path.read_text("utf-8"))
    scene["items"][0]["material"]["alpha"] = 1.5
    scene["items"][1]["glow"] = True
    scene_path.write_text(json.dumps(scene), "utf-8")
    with pytest.raises(PackReadError) as caught:
        read_pack(pack)
    rows = _listed(qtbot, caught.value.problems, language)
    shutil.rmtree(pack)
    fields = {row[1]: row[2] for row in rows}
    assert expected[0] in fields["items[0].material.alpha"], rows
    assert expected[1] in fields["items[1].glow"], rows


def _listed(qtbot, problems, language: str) -> list[list[str]]:
    """The problems dialog's rows (file, field, reason) in ``language``."""
    set_content_language(language)
    try:
        dialog = ProblemsDialog("t", "m", problems)
        qtbot.addWidget(dialog)
        return [
            [dialog.table.item(r, c).text() for c in range(3)]
            for r in range(dialog.table.rowCount())
        ]
    finally:
        set_content_language(None)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("bg", ["трябва да е от 1 до 50, а не 99", "посочва една област два пъти"]),
        ("ru", ["должно быть от 1 до 50, а не 99", "называет область дважды"]),
        ("en", ["must be from 1 to 50, not 99", "names a region twice"]),
    ],
)
def test_a_lesson_plans_problems_read_in_the_windows_language(qapp, language, expected):
    """The presenter names what is wrong in a lesson plan file in its own language: the
    plan's checks keep their reasons as Messages, as a pack's do."""
    import json
    from pathlib import Path

    from docinspect.model.lesson_plan import LessonPlanError, parse_lesson_plan
    from docinspect.ui.problems_dialog import problem_lines

    plan = json.loads(Path("exercises/lesson-plans/uv-basics-45.lesson").read_text("utf-8"))
    drill = next(s for s in plan["steps"] if s.get("kind") == "debrief")
    drill["items"] = 99
    show = next(s for s in plan["steps"] if s.get("kind") == "presenter")
    show["reveal"] = ["uv_fibres", "uv_fibres"]
    with pytest.raises(LessonPlanError) as caught:
        parse_lesson_plan(plan, file="uv.lesson")
    set_content_language(language)
    try:
        text = problem_lines(caught.value.problems)
    finally:
        set_content_language(None)
    for phrase in expected:
        assert phrase in text, text
    assert "uv.lesson" in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [("bg", "повече от границата"), ("ru", "больше предела"), ("en", "more than the limit")],
)
def test_a_scenes_cost_limits_and_the_renderers_errors_read_in_the_language(
    qapp, language, expected
):
    """What the renderer refuses — a scene too costly to draw, an image it cannot read, an
    unknown font, a light a specimen has no image for — reads in the language shown, the
    field kept apart from the reason as for every scene problem."""
    from docinspect.model.light import Light
    from docinspect.model.scene import Material, Scene, Substrate, Text
    from docinspect.model.scene_cost import MAX_TEXT_CHARS, scene_cost_problems
    from docinspect.optics import NoLayerError, SceneAssetError, UnknownFontError
    from docinspect.optics.prepared import load_image

    long = Text(
        id="t",
        material=Material(),
        text="x" * (MAX_TEXT_CHARS + 1),
        x=1,
        y=1,
        font="ocrb",
        size_mm=2,
    )
    scene = Scene(width_mm=10, height_mm=10, substrate=Substrate(), items=(long,))
    (problem,) = scene_cost_problems(scene)
    assert problem.values["where"] == "items[0].text"
    assert expected in translate_message(problem.values["reason"], language)
    with pytest.raises(SceneAssetError) as asset:
        load_image(None, "portrait.png")
    errors = [asset.value, UnknownFontError("nofont", ["ocrb"]), NoLayerError("s1", Light.IR)]
    for error in errors:
        text = translate_message(message_of(error), language)
        assert (text == str(error)) == (language == "en"), text
        if language != "en":
            assert any("а" <= ch <= "я" for ch in text.lower()), text


def test_an_image_the_scene_cannot_read_is_listed_under_its_field(qtbot, tmp_path):
    """The pack's problems name the scene's field for an image it draws (items[N].file), the
    reason beside it, as for every other scene problem."""
    import json

    from docinspect.synth.generate import generate_pack

    pack = tmp_path / "p"
    generate_pack(pack, count=1, seed=3)
    folder = next(p for p in (pack / "specimens").iterdir() if p.is_dir())
    scene_path = next(folder.glob("scene*.json"))
    scene = json.loads(scene_path.read_text("utf-8"))
    index = next(i for i, item in enumerate(scene["items"]) if "file" in item)
    scene["items"][index]["file"] = "nowhere.png"
    scene_path.write_text(json.dumps(scene), "utf-8")
    with pytest.raises(PackReadError) as caught:
        read_pack(pack)
    rows = _listed(qtbot, caught.value.problems, "bg")
    fields = {row[1]: row[2] for row in rows}
    assert f"items[{index}].file" in fields, rows
    assert "'nowhere.png'" in fields[f"items[{index}].file"]
