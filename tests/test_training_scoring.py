"""Every scoring rule of docs/scoring.md, one test each (the locate tolerance included)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_training_support import TAXONOMY, specimen

from docinspect.model.exercise import (
    CompareQuestion,
    IdentifyQuestion,
    LocateInput,
    LocateQuestion,
    MrzQuestion,
    PackSpecimen,
    VerdictQuestion,
    WhichLightQuestion,
)
from docinspect.model.geometry import Bounds, Ellipse, Rect
from docinspect.model.light import Light
from docinspect.training import (
    BoxAnswer,
    ChoiceAnswer,
    Item,
    ItemError,
    Mark,
    PointAnswer,
    TimeOut,
    VerdictAnswer,
    answer_from_json,
    answer_to_json,
    click_hits,
    explain,
    iou,
    score_answer,
)

SRC = PackSpecimen("s")
FORGED = specimen("forged", ("office_paper",))
GENUINE = specimen("genuine")


def score(question, spec, answer):
    return score_answer(Item(question, spec), answer, taxonomy=TAXONOMY)


# --- verdict -----------------------------------------------------------------------------------


def test_verdict_right_method_gets_full_marks():
    out = score(VerdictQuestion("q", SRC, points=2), FORGED, VerdictAnswer(True, "office_paper"))
    assert (out.score, out.mark, out.correct, out.accepted) == (2, Mark.RIGHT, True, False)


def test_verdict_forged_with_a_wrong_method_gets_partial_credit():
    q = VerdictQuestion("q", SRC, points=2)
    wrong = score(q, FORGED, VerdictAnswer(True, "halftone_print"))
    assert wrong.score == 1.0 and wrong.mark is Mark.WRONG_METHOD
    assert not wrong.correct
    custom = score(VerdictQuestion("q", SRC, method_credit=0.25), FORGED, VerdictAnswer(True, "x"))
    assert custom.score == 0.25


def test_a_refusal_naming_no_method_is_right_as_the_lessons_teach():
    # "One clear sign is enough to refuse it" (exercises/05-counterfeits.json): refusing
    # without naming how the document was forged loses nothing, in practice or exam.
    for mode_points in (1, 2):
        out = score(VerdictQuestion("q", SRC, points=mode_points), FORGED, VerdictAnswer(True))
        assert (out.score, out.mark, out.correct) == (mode_points, Mark.RIGHT, True)


def test_verdict_without_method_asked_takes_forged_as_full_marks():
    q = VerdictQuestion("q", SRC, ask_method=False)
    assert score(q, FORGED, VerdictAnswer(True, "halftone_print")).score == 1


def test_forged_accepted_is_a_false_accept_with_zero():
    out = score(VerdictQuestion("q", SRC), FORGED, VerdictAnswer(False))
    assert (out.score, out.mark, out.accepted) == (0, Mark.FALSE_ACCEPT, True)


def test_genuine_refused_is_a_false_reject_and_genuine_accepted_is_right():
    q = VerdictQuestion("q", SRC)
    assert score(q, GENUINE, VerdictAnswer(True, "office_paper")).mark is Mark.FALSE_REJECT
    assert score(q, GENUINE, VerdictAnswer(True)).score == 0
    assert score(q, GENUINE, VerdictAnswer(False)).score == 1


def test_time_out_on_a_verdict_accepts_the_document():
    q = VerdictQuestion("q", SRC)
    forged = score(q, FORGED, TimeOut())
    genuine = score(q, GENUINE, TimeOut())
    assert (forged.mark, forged.score, forged.timed_out, forged.accepted) == (
        Mark.FALSE_ACCEPT,
        0,
        True,
        True,
    )
    assert (genuine.mark, genuine.score, genuine.timed_out) == (Mark.RIGHT, 1, True)


def test_compare_is_scored_on_the_questioned_specimen():
    q = CompareQuestion("q", SRC, PackSpecimen("ref"))
    assert score(q, FORGED, VerdictAnswer(True, "office_paper")).score == 1
    assert score(q, FORGED, VerdictAnswer(False)).mark is Mark.FALSE_ACCEPT


# --- locate ------------------------------------------------------------------------------------

# The office_paper indicator of FORGED is Rect(5, 5, 30, 20): x 5..35, y 5..25.


def test_click_inside_the_region_hits():
    assert score(LocateQuestion("q", SRC), FORGED, PointAnswer(20, 15)).mark is Mark.RIGHT


def test_click_within_the_tolerance_outside_the_region_hits_and_beyond_it_misses():
    q = LocateQuestion("q", SRC, tolerance_mm=2.0)
    assert score(q, FORGED, PointAnswer(36.9, 15)).correct  # 1.9 mm right of the edge
    assert score(q, FORGED, PointAnswer(37.1, 15)).mark is Mark.MISSED  # 2.1 mm
    # at a corner the distance is Euclidean: (1.5, 1.5) off is 2.12 mm
    assert not score(q, FORGED, PointAnswer(36.5, 26.5)).correct
    assert score(q, FORGED, PointAnswer(36.4, 26.4)).correct  # 1.98 mm
    strict = LocateQuestion("q", SRC, tolerance_mm=0.0)
    assert not score(strict, FORGED, PointAnswer(35.5, 15)).correct


def test_click_hits_on_ellipse_uses_distance_to_its_outline():
    e = Ellipse(50, 50, 10, 5)
    assert click_hits(e, 61.5, 50, 2.0) and not click_hits(e, 62.5, 50, 2.0)
    assert click_hits(e, 50, 56.9, 2.0) and not click_hits(e, 50, 57.1, 2.0)


def test_locate_counts_only_indicators_not_security_features():
    # The guilloche region of FORGED is a genuine feature, not the defect.
    assert not score(LocateQuestion("q", SRC), FORGED, PointAnswer(90, 40)).correct


def test_locate_narrowed_by_feature():
    two = specimen("two", ("office_paper", "halftone_print"))
    q = LocateQuestion("q", SRC, feature="guilloche")
    assert score(q, two, PointAnswer(90, 40)).correct
    assert not score(q, two, PointAnswer(20, 15)).correct  # the other defect does not count


def test_drag_box_scored_by_iou_threshold():
    q = LocateQuestion("q", SRC, input=LocateInput.DRAG, iou_threshold=0.5)
    assert score(q, FORGED, BoxAnswer(5, 5, 35, 25)).correct  # exact
    # box half the region: IoU = 300/600 = 0.5 → hit at the threshold
    assert score(q, FORGED, BoxAnswer(5, 5, 20, 25)).correct
    assert not score(q, FORGED, BoxAnswer(5, 5, 19, 25)).correct  # IoU 0.467
    # a huge box around everything does not hit: IoU = 600 / (125*88)
    assert not score(q, FORGED, BoxAnswer(0, 0, 125, 88)).correct


def test_box_dragged_backwards_is_normalised():
    assert BoxAnswer(35, 25, 5, 5) == BoxAnswer(5, 5, 35, 25)


def test_iou_values():
    a = Bounds(0, 0, 10, 10)
    assert iou(a, a) == 1.0
    assert iou(a, Bounds(5, 0, 15, 10)) == pytest.approx(50 / 150)
    assert iou(a, Bounds(10, 0, 20, 10)) == 0.0


def test_time_out_on_locate_is_a_false_accept():
    out = score(LocateQuestion("q", SRC), FORGED, TimeOut())
    assert (out.mark, out.score, out.accepted) == (Mark.FALSE_ACCEPT, 0, True)


def test_locate_on_a_genuine_specimen_cannot_be_scored():
    with pytest.raises(ItemError):
        score(LocateQuestion("q", SRC), GENUINE, PointAnswer(1, 1))


# --- identify, which light, MRZ ---------------------------------------------------------------


def test_identify_right_only_for_the_feature():
    q = IdentifyQuestion("q", SRC, "microprint", ("microprint", "guilloche"))
    assert score(q, GENUINE, ChoiceAnswer("microprint")).correct
    assert score(q, GENUINE, ChoiceAnswer("guilloche")).mark is Mark.WRONG
    assert Item(q, GENUINE).marked_region().feature == "microprint"


def test_which_light_accepts_any_light_of_the_taxonomy_or_the_given_answer():
    q = WhichLightQuestion("q", "ghost_image")  # taxonomy: white, uv365
    assert score(q, None, ChoiceAnswer("uv365")).correct
    assert score(q, None, ChoiceAnswer("white")).correct
    assert not score(q, None, ChoiceAnswer("ir")).correct
    only_uv = WhichLightQuestion("q", "ghost_image", answer=(Light.UV365,))
    assert not score(only_uv, None, ChoiceAnswer("white")).correct
    no_white = WhichLightQuestion(
        "q", "ghost_image", choices=(Light.UV365, Light.IR, Light.OBLIQUE)
    )
    assert score(no_white, None, ChoiceAnswer("uv365")).correct


def test_mrz_answer_from_question_or_from_specimen():
    spec = specimen("m", ("mrz_check_digit",), mrz_field="expiry_date_check")
    assert score(MrzQuestion("q", SRC), spec, ChoiceAnswer("expiry_date_check")).correct
    assert not score(MrzQuestion("q", SRC), spec, ChoiceAnswer("birth_date_check")).correct
    given = MrzQuestion("q", SRC, answer="document_number")
    assert score(given, spec, ChoiceAnswer("document_number")).correct
    with pytest.raises(ItemError, match="does not say which MRZ field"):
        score(MrzQuestion("q", SRC), GENUINE, ChoiceAnswer("name"))


def test_time_out_on_a_choice_question_scores_zero():
    q = IdentifyQuestion("q", SRC, "microprint", ("microprint", "guilloche"))
    out = score(q, GENUINE, TimeOut())
    assert (out.mark, out.score, out.timed_out) == (Mark.TIMED_OUT, 0, True)


def test_wrong_kind_of_answer_is_refused():
    with pytest.raises(ValueError):
        score(VerdictQuestion("q", SRC), FORGED, ChoiceAnswer("forged"))
    with pytest.raises(ValueError):
        score(LocateQuestion("q", SRC), FORGED, VerdictAnswer(True))


# --- feedback ----------------------------------------------------------------------------------


def test_feedback_explains_with_the_region_and_the_light_that_reveals_it():
    q = VerdictQuestion("q", SRC)
    out = score(q, FORGED, VerdictAnswer(False))
    fb = explain(Item(q, FORGED), out, taxonomy=TAXONOMY)
    assert fb.text.startswith("You let a forged document through.")
    assert "counterfeit: Counterfeit on office paper" in fb.text
    assert (
        "UV-dull substrate (top left) — look under the UV lamp (365 nm): UV-dull substrate fails here."
        in fb.text
    )
    assert fb.light is Light.UV365
    assert [r.feature for r in fb.regions] == ["uv_dull_substrate"]


def test_feedback_for_microprint_names_the_loupe_power():
    spec = specimen("h", ("halftone_print",))
    q = LocateQuestion("q", SRC, feature="microprint")
    fb = explain(Item(q, spec), score(q, spec, PointAnswer(0, 80)), taxonomy=TAXONOMY)
    assert fb.text.startswith("That is not where the defect is.")
    assert "with the loupe at 10× or more" in fb.text


def test_feedback_for_a_time_out_says_the_document_was_accepted():
    q = VerdictQuestion("q", SRC)
    fb = explain(Item(q, FORGED), score(q, FORGED, TimeOut()), taxonomy=TAXONOMY)
    assert "Time ran out, which at the booth means the document was accepted." in fb.text


def test_feedback_for_which_light_shows_the_revealing_light():
    q = WhichLightQuestion("q", "uv_dull_substrate")
    fb = explain(Item(q, None), score(q, None, ChoiceAnswer("white")), taxonomy=TAXONOMY)
    assert "UV-dull substrate shows under the UV lamp (365 nm)." in fb.text
    assert fb.light is Light.UV365


def test_rect_region_sanity():
    assert Rect(5, 5, 30, 20).distance_to(37, 15) == pytest.approx(2.0)


def test_mrz_wrong_check_digit_is_found_in_the_specimens_mrz():
    from dataclasses import replace
    from datetime import date

    from docinspect import mrz
    from docinspect.model.specimen import DocumentType

    lines = mrz.compose(
        mrz.MrzData(
            DocumentType.TD3,
            "P",
            "UTO",
            "ERIKSSON",
            "ANNA MARIA",
            "L898902C3",
            "UTO",
            date(1974, 8, 12),
            mrz.Sex("F"),
            date(2032, 4, 15),
        )
    )
    birth = next(c for c in mrz.check(lines).check_digits if c.name == "date of birth")
    line = lines[birth.line - 1]
    wrong = str((int(birth.printed) + 1) % 10)
    altered = list(lines)
    altered[birth.line - 1] = line[: birth.position - 1] + wrong + line[birth.position :]
    spec = replace(specimen("m", ("mrz_check_digit",)), mrz=tuple(altered))
    q = MrzQuestion("q", SRC)
    assert score(q, spec, ChoiceAnswer("birth_date_check")).correct
    assert not score(q, spec, ChoiceAnswer("composite_check")).correct


# --- answers in the attempt log ---------------------------------------------------------------


_mm = st.floats(-500, 500, allow_nan=False)
answers = st.one_of(
    st.builds(VerdictAnswer, st.booleans(), st.none() | st.sampled_from(["office_paper", "x"])),
    st.builds(PointAnswer, _mm, _mm),
    st.builds(BoxAnswer, _mm, _mm, _mm, _mm),
    st.builds(ChoiceAnswer, st.text(max_size=20)),
    st.just(TimeOut()),
)


@given(answers)
def test_answers_round_trip_through_their_json_form(answer):
    import json

    assert answer_from_json(json.loads(json.dumps(answer_to_json(answer)))) == answer


@given(st.dictionaries(st.text(max_size=6), st.integers() | st.text(max_size=4), max_size=4))
def test_malformed_answer_json_is_a_value_error(data):
    """Anything but a well-formed answer raises ValueError, never another exception."""
    with contextlib.suppress(ValueError):
        answer_from_json(data)
