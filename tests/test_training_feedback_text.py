"""Feedback is data in training/ (no Qt) and sentences in the UI, through Qt's translate()."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from test_training_support import TAXONOMY, specimen

from docinspect.model.exercise import (
    IdentifyQuestion,
    LocateQuestion,
    MrzQuestion,
    PackSpecimen,
    VerdictQuestion,
    WhichLightQuestion,
)
from docinspect.model.geometry import Bounds
from docinspect.model.light import Light
from docinspect.training import (
    BoxAnswer,
    ChoiceAnswer,
    Item,
    Mark,
    PointAnswer,
    TimeOut,
    VerdictAnswer,
    explain,
    score_answer,
)
from docinspect.training.feedback import NoteKind, place_on_page
from docinspect.ui import names, taxonomy_text
from docinspect.ui.practice.feedback_text import (
    answer_text,
    feedback_text,
    right_answer_text,
)
from docinspect.ui.translations import install_translations

SRC = PackSpecimen("s")
FORGED = specimen("forged", ("office_paper",))
GENUINE = specimen("genuine")


def feedback(question, spec, answer):
    item = Item(question, spec)
    outcome = score_answer(item, answer, taxonomy=TAXONOMY)
    return explain(item, outcome, taxonomy=TAXONOMY, answer=answer)


def kinds(fb):
    return [n.kind for n in fb.notes]


def test_training_feedback_imports_no_qt():
    code = (
        "import sys, docinspect.training.feedback, docinspect.training.quiz\n"
        "qt = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not qt, qt\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_false_accept_says_the_truth_and_where_to_look_as_data():
    fb = feedback(VerdictQuestion("q", SRC), FORGED, VerdictAnswer(False))
    assert fb.mark is Mark.FALSE_ACCEPT
    assert kinds(fb) == [NoteKind.FORGED, NoteKind.EXPLANATION, NoteKind.REGION]
    forged, _, region = fb.notes
    assert (forged.verdict, forged.methods) == ("counterfeit", ("office_paper",))
    # The UV-dull substrate region is Rect(5, 5, 30, 20) on a 125 x 88 mm page: top left.
    assert (region.feature, region.lights, region.place) == (
        "uv_dull_substrate",
        (Light.UV365,),
        "top_left",
    )


def test_a_missed_click_says_how_far_off_it_was():
    q = LocateQuestion("q", SRC, tolerance_mm=3)
    # The defect is the substrate region, Rect(5, 5, 30, 20): (5, 45) is 20 mm below it.
    fb = feedback(q, FORGED, PointAnswer(20, 45))
    assert fb.mark is Mark.MISSED
    note = next(n for n in fb.notes if n.kind is NoteKind.CLICK_DISTANCE)
    assert note.distance_mm == pytest.approx(20.0)
    assert note.tolerance_mm == 3
    assert "Your click was 20 mm from the defect (within 3 mm counts)." in feedback_text(fb)


def _worn(spec):
    """``spec`` with a scratch across (40, 45)-(60, 47), as the generator records wear."""
    scratch = {
        "kind": "scratch",
        "box": [40.0, 45.0, 20.0, 2.0],
        "explanation": "A fine scratch in the surface: wear, not a forgery sign.",
    }
    # A shifted rosette spreads over a quarter of the page, the scratch included.
    rosette = {
        "kind": "misregistration",
        "box": [30.0, 30.0, 50.0, 50.0],
        "explanation": "The rosette sits a fraction off: register tolerance.",
    }
    flaws = [rosette, scratch]
    return replace(spec, truth=replace(spec.truth, extra={"benign_flaws": flaws}))


def test_a_click_on_a_flaw_of_use_says_it_is_not_a_forgery_sign():
    q = LocateQuestion("q", SRC, tolerance_mm=3)
    worn = _worn(FORGED)
    on_scratch = feedback(q, worn, PointAnswer(50, 46))
    assert on_scratch.mark is Mark.MISSED
    note = next(n for n in on_scratch.notes if n.kind is NoteKind.FLAW_MARKED)
    assert note.text == "A fine scratch in the surface: wear, not a forgery sign."
    assert "What you marked is not a forgery sign. A fine scratch in the surface" in feedback_text(
        on_scratch
    )
    assert "What you marked is not a forgery sign." in on_scratch.text  # and without Qt
    # A box drawn round the scratch says the same; a click elsewhere, or the right answer, not.
    boxed = feedback(q, worn, BoxAnswer(38, 43, 62, 49))
    assert NoteKind.FLAW_MARKED in kinds(boxed)
    assert NoteKind.FLAW_MARKED not in kinds(feedback(q, worn, PointAnswer(20, 60)))
    # Inside the rosette's wide box but on nothing in particular: no flaw named.
    assert NoteKind.FLAW_MARKED not in kinds(feedback(q, worn, PointAnswer(70, 70)))
    right = feedback(q, worn, PointAnswer(10, 10))
    assert right.mark is Mark.RIGHT and NoteKind.FLAW_MARKED not in kinds(right)


def test_a_missed_box_says_how_much_it_overlapped():
    q = LocateQuestion("q", SRC)
    fb = feedback(q, FORGED, BoxAnswer(5, 5, 12, 25))  # 7 x 20 of Rect(5, 5, 30, 20)
    note = next(n for n in fb.notes if n.kind is NoteKind.BOX_OVERLAP)
    assert note.overlap == pytest.approx(7 / 30)
    assert note.needed == q.iou_threshold


def test_identify_names_what_was_shown_and_what_was_chosen():
    q = IdentifyQuestion("q", SRC, "microprint", ("microprint", "guilloche"))
    fb = feedback(q, GENUINE, ChoiceAnswer("guilloche"))
    shown = fb.notes[0]
    assert (shown.kind, shown.feature, shown.chosen) == (
        NoteKind.FEATURE_SHOWN,
        "microprint",
        "guilloche",
    )
    text = feedback_text(fb)
    assert text.startswith("Not right.\nThe marked region shows: Microprint. You chose: Guilloche")
    assert taxonomy_text.FEATURE_DESCRIPTIONS["microprint"] in text
    assert "with the loupe at 10× or more" in text


def test_the_ui_text_says_what_to_see_and_where():
    text = feedback_text(feedback(VerdictQuestion("q", SRC), FORGED, VerdictAnswer(False)))
    assert text.splitlines() == [
        "You let a forged document through.",
        "This document is counterfeit: Counterfeit on office paper.",
        "Compare with the reference.",
        "• UV-dull substrate, top left of the page — look under the UV lamp (365 nm): "
        "UV-dull substrate fails here.",
    ]


def test_a_time_out_on_a_document_is_an_acceptance():
    text = feedback_text(feedback(VerdictQuestion("q", SRC), FORGED, TimeOut()))
    assert "Time ran out, which at the booth means the document was accepted." in text


def test_results_texts_give_the_trainees_answer_and_the_right_one():
    fb = feedback(VerdictQuestion("q", SRC), FORGED, VerdictAnswer(True, "photo_substitution"))
    assert right_answer_text("verdict", fb) == "forged (counterfeit): Counterfeit on office paper"
    assert answer_text("verdict", {"kind": "verdict", "forged": False}) == "genuine — accepted"
    assert answer_text("timed", {"kind": "timeout"}) == "no answer (time ran out)"
    light = feedback(WhichLightQuestion("q", "uv_dull_substrate"), None, ChoiceAnswer("white"))
    assert right_answer_text("which_light", light) == "UV 365 nm"
    assert answer_text("which_light", {"kind": "choice", "choice": "white"}) == "White"
    locate = feedback(LocateQuestion("q", SRC), FORGED, PointAnswer(100, 80))
    assert right_answer_text("locate", locate) == "UV-dull substrate, top left of the page"
    mrz = specimen("m", ("mrz_check_digit",), mrz_field="birth_date_check")
    fb = feedback(MrzQuestion("q", SRC), mrz, ChoiceAnswer("name"))
    assert right_answer_text("mrz", fb) == "Date of birth check digit"


def test_place_on_page_splits_it_in_nine():
    assert place_on_page(Bounds(0, 0, 10, 10), 90, 90) == "top_left"
    assert place_on_page(Bounds(40, 40, 50, 50), 90, 90) == "centre"
    assert place_on_page(Bounds(80, 80, 90, 90), 90, 90) == "bottom_right"


def test_taxonomy_strings_match_the_taxonomy():
    data = json.loads(Path("assets/taxonomy.json").read_text(encoding="utf-8"))
    assert {f["id"]: f["name"] for f in data["features"]} == taxonomy_text.FEATURE_NAMES
    assert {
        f["id"]: f["description"] for f in data["features"]
    } == taxonomy_text.FEATURE_DESCRIPTIONS
    assert {m["id"]: m["name"] for m in data["forgery_methods"]} == taxonomy_text.METHOD_NAMES
    verdicts = {m["verdict"] for m in data["forgery_methods"]} | {"genuine"}
    assert verdicts <= {v.value for v in names.VERDICT_NAMES}


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>Feedback</name>
<message><source>You let a forged document through.</source>
<translation>Вы пропустили поддельный документ.</translation></message>
<message><source>top left of the page</source>
<translation>в левом верхнем углу страницы</translation></message>
</context>
<context><name>Taxonomy</name>
<message><source>UV-dull substrate</source>
<translation>Основа без УФ-свечения</translation></message>
</context>
</TS>
"""


def test_feedback_goes_through_the_installed_translation(qapp, tmp_path):
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    ts = tmp_path / "docinspect_ru.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run(
        [str(tool), str(ts), "-qm", str(tmp_path / "docinspect_ru.qm")],
        check=True,
        capture_output=True,
    )
    fb = feedback(VerdictQuestion("q", SRC), FORGED, VerdictAnswer(False))
    try:
        install_translations(qapp, QLocale("ru_RU"), directory=tmp_path)
        text = feedback_text(fb)
    finally:
        install_translations(qapp, QLocale("en_US"), directory=tmp_path)
    assert text.startswith("Вы пропустили поддельный документ.")
    assert "• Основа без УФ-свечения, в левом верхнем углу страницы — " in text
    assert feedback_text(fb).startswith("You let a forged document through.")


def test_a_sealed_exam_answer_says_nothing_of_the_truth():
    """A seat without the answer key: no verdict, no regions — the instructor scores it."""
    q = VerdictQuestion("q", SRC, extra={"sealed": True})
    fb = feedback(q, FORGED, VerdictAnswer(False))
    assert fb.mark is Mark.UNSCORED
    assert kinds(fb) == [NoteKind.SEALED] and fb.regions == ()
    text = feedback_text(fb)
    assert text == (
        "Your answer is saved.\nAnswer key sealed — results are scored by your instructor."
    )
    assert right_answer_text("verdict", fb) == "sealed: your instructor scores it"


def test_an_impostor_let_through_is_not_called_a_forged_document():
    # An impostor's document is genuine: the headline and the right answer say who is wrong.
    from docinspect.training.feedback import Feedback, Note

    note = Note(NoteKind.FORGED, verdict="impostor", methods=("impostor",))
    fb = Feedback(Mark.FALSE_ACCEPT, (note,), (), Light.WHITE)
    text = feedback_text(fb)
    assert text.startswith("You let an impostor through: the document is genuine, but the")
    assert "forged document" not in text
    right = right_answer_text("verdict", fb)
    assert right == "refuse: the document is genuine, the traveller is not its holder"
    counterfeit = Note(NoteKind.FORGED, verdict="counterfeit", methods=("office_paper",))
    fb = Feedback(Mark.FALSE_ACCEPT, (counterfeit,), (), Light.WHITE)
    assert feedback_text(fb).startswith("You let a forged document through.")
    assert right_answer_text("verdict", fb).startswith("forged (")


def test_a_face_check_on_a_genuine_document_talks_about_the_face():
    # The traveller is the holder: feedback said where UV and the watermark are, not a word
    # about the face the question was about.
    from dataclasses import replace

    from docinspect.model.geometry import Rect
    from docinspect.model.region import Region, Role

    portrait = Region(
        id="r-portrait",
        shape=Rect(8, 20, 30, 40),
        feature="portrait",
        role=Role.SECURITY_FEATURE,
        lights=frozenset({Light.WHITE}),
        explanation="The holder's photo.",
    )
    spec = replace(
        GENUINE,
        regions=(*GENUINE.regions, portrait),
        extra={"traveller": "traveller.png"},
        truth=replace(GENUINE.truth, explanation="Genuine: UV dull, watermark as it should be."),
    )
    q = VerdictQuestion(id="face", specimen=SRC)
    fb = feedback(q, spec, VerdictAnswer(forged=False))
    assert NoteKind.SAME_PERSON in kinds(fb) and NoteKind.EXPLANATION not in kinds(fb)
    assert [r.feature for r in fb.regions] == ["portrait"]
    text = feedback_text(fb)
    assert "the ears" in text and "watermark" not in text and "UV" not in text


def test_feedback_names_a_loupe_power_the_loupe_offers():
    from docinspect.training.feedback import loupe_step

    # A region seen from 1.6x is looked at with the loupe at 2x; from 2.2x, at 3x.
    assert [loupe_step(p) for p in (1.0, 1.6, 2.0, 2.2, 8.0, 9.0, 40.0)] == [
        1.0,
        2.0,
        2.0,
        3.0,
        8.0,
        10.0,
        30.0,
    ]
