"""Scoring one answer to one item. Every rule here is stated in docs/scoring.md."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import StrEnum

from docinspect import mrz
from docinspect.model.exercise import (
    CompareQuestion,
    IdentifyQuestion,
    LocateQuestion,
    MrzQuestion,
    VerdictQuestion,
    WhichLightQuestion,
)
from docinspect.model.geometry import Bounds, Shape
from docinspect.model.light import Light
from docinspect.model.region import Region
from docinspect.model.specimen import Specimen
from docinspect.model.taxonomy import Taxonomy
from docinspect.training.answers import (
    Answer,
    BoxAnswer,
    ChoiceAnswer,
    PointAnswer,
    TimeOut,
    VerdictAnswer,
)
from docinspect.training.items import Item, ItemError


class Mark(StrEnum):
    """Why an answer got the score it got (shown in feedback, kept in the attempt log)."""

    RIGHT = "right"
    WRONG = "wrong"
    #: Forged was right, but the method named was wrong (naming none is right).
    WRONG_METHOD = "wrong_method"
    #: A forged document passed as genuine — the error that matters most at a border.
    FALSE_ACCEPT = "false_accept"
    #: A genuine document refused.
    FALSE_REJECT = "false_reject"
    MISSED = "missed"  # a click or box not on the defect
    TIMED_OUT = "timed_out"  # no answer in time on a question that is not about a document
    #: Recorded on a seat that has no answer key (a sealed exam pack): the instructor's
    #: station scores it with the sealed key (docinspect.classroom.exams).
    UNSCORED = "unscored"


@dataclass(frozen=True, slots=True)
class Outcome:
    score: float
    max_score: float
    mark: Mark
    #: The answer stood for accepting (genuine) or refusing (forged) the document, when it did.
    accepted: bool | None = None
    timed_out: bool = False

    @property
    def correct(self) -> bool:
        """Full marks."""
        return self.score >= self.max_score


def score_answer(
    item: Item, answer: Answer, *, taxonomy: Taxonomy, time_out_accepts: bool = True
) -> Outcome:
    """Score ``answer`` to ``item`` (see docs/scoring.md). Raises ValueError for an answer of the
    wrong kind for the question, and ItemError when the item lacks what scoring needs.

    ``time_out_accepts``: a time-out on a document question counts as accepting the document
    (a timed first-line check: the traveller walked through). When False (the time limit of a
    practice or exam question), a time-out is what it is: no answer, 0 points, ``timed_out``.
    """
    q = item.question
    if item.sealed:
        return unscored(item, answer)
    if isinstance(answer, TimeOut) and not time_out_accepts:
        return Outcome(0.0, q.points, Mark.TIMED_OUT, timed_out=True)
    if isinstance(q, VerdictQuestion | CompareQuestion):
        return _score_verdict(item, answer, q.ask_method, q.method_credit, q.points)
    if isinstance(q, LocateQuestion):
        return _score_locate(item, answer)
    if isinstance(answer, TimeOut):
        return Outcome(0.0, q.points, Mark.TIMED_OUT, timed_out=True)
    if not isinstance(answer, ChoiceAnswer):
        raise ValueError(f"a {q.type} question takes a choice, not {type(answer).__name__}")
    if isinstance(q, IdentifyQuestion):
        right = answer.choice == q.feature
    elif isinstance(q, WhichLightQuestion):
        right = answer.choice in {light.value for light in expected_lights(item, taxonomy)}
    elif isinstance(q, MrzQuestion):
        right = answer.choice == expected_mrz_field(item)
    else:  # pragma: no cover - every question type is handled above
        raise TypeError(type(q).__name__)
    return Outcome(q.points if right else 0.0, q.points, Mark.RIGHT if right else Mark.WRONG)


def unscored(item: Item, answer: Answer) -> Outcome:
    """The outcome of an answer that cannot be scored here (the answer key is sealed).

    The answer is still checked to be of the question's kind, and a verdict's accept/refuse
    is kept; score and mark come later, from the instructor's station.
    """
    q = item.question
    timed_out = isinstance(answer, TimeOut)
    accepted = None
    if isinstance(q, VerdictQuestion | CompareQuestion):
        if not (timed_out or isinstance(answer, VerdictAnswer)):
            raise ValueError(f"a verdict takes genuine or forged, not {type(answer).__name__}")
        accepted = timed_out or not answer.forged  # type: ignore[union-attr]
    elif isinstance(q, LocateQuestion):
        if not (timed_out or isinstance(answer, PointAnswer | BoxAnswer)):
            raise ValueError(
                f"a locate question takes a click or a box, not {type(answer).__name__}"
            )
        accepted = timed_out
    elif not (timed_out or isinstance(answer, ChoiceAnswer)):
        raise ValueError(f"a {q.type} question takes a choice, not {type(answer).__name__}")
    return Outcome(0.0, q.points, Mark.UNSCORED, accepted, timed_out)


def _score_verdict(
    item: Item, answer: Answer, ask_method: bool, method_credit: float, points: float
) -> Outcome:
    if item.specimen is None:
        raise ItemError(f"question {item.question.id}: no specimen to judge")
    timed_out = isinstance(answer, TimeOut)
    if timed_out:
        answer = VerdictAnswer(forged=False)  # a time-out accepts the document
    if not isinstance(answer, VerdictAnswer):
        raise ValueError(f"a verdict takes genuine or forged, not {type(answer).__name__}")
    truth = item.specimen.truth
    accepted = not answer.forged
    if not truth.verdict.is_forged:
        if accepted:
            return Outcome(points, points, Mark.RIGHT, accepted, timed_out)
        return Outcome(0.0, points, Mark.FALSE_REJECT, accepted, timed_out)
    if accepted:
        return Outcome(0.0, points, Mark.FALSE_ACCEPT, accepted, timed_out)
    # The lessons teach that one clear sign is enough to refuse a document: a refusal that
    # names no method is a right answer (full marks, in practice and exams alike). Only a
    # method named and wrong costs points: the trainee read the traces wrongly.
    if not ask_method or answer.method is None or answer.method in truth.methods:
        return Outcome(points, points, Mark.RIGHT, accepted, timed_out)
    return Outcome(points * method_credit, points, Mark.WRONG_METHOD, accepted, timed_out)


def _score_locate(item: Item, answer: Answer) -> Outcome:
    q = item.question
    assert isinstance(q, LocateQuestion)
    located = item.truth_pages()
    if not located:
        raise ItemError(f"question {q.id}: no defect to locate on {item.specimen_ref}")
    if isinstance(answer, TimeOut):
        # Not finding the defect in time means the document passed the check.
        return Outcome(0.0, q.points, Mark.FALSE_ACCEPT, accepted=True, timed_out=True)
    # On a booklet a mark counts on the page it was made on: the same place of another page
    # is another piece of paper.
    page = answer.page if isinstance(answer, PointAnswer | BoxAnswer) else ""
    regions = [r for p, r in located if p == page]
    if isinstance(answer, PointAnswer):
        hit = any(click_hits(r.shape, answer.x_mm, answer.y_mm, q.tolerance_mm) for r in regions)
    elif isinstance(answer, BoxAnswer):
        box = Bounds(answer.left, answer.top, answer.right, answer.bottom)
        hit = any(iou(box, r.shape.bounds()) >= q.iou_threshold for r in regions)
    else:
        raise ValueError(f"a locate question takes a click or a box, not {type(answer).__name__}")
    return Outcome(
        q.points if hit else 0.0, q.points, Mark.RIGHT if hit else Mark.MISSED, accepted=False
    )


def click_hits(shape: Shape, x_mm: float, y_mm: float, tolerance_mm: float) -> bool:
    """True if the click lies inside the shape grown by ``tolerance_mm`` on every side."""
    return shape.distance_to(x_mm, y_mm) <= tolerance_mm


def iou(a: Bounds, b: Bounds) -> float:
    """Intersection over union of two boxes (0 when they do not overlap or one is empty)."""
    width = min(a.right, b.right) - max(a.left, b.left)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    if width <= 0 or height <= 0:
        return 0.0
    inter = width * height
    union = a.width * a.height + b.width * b.height - inter
    return inter / union if union > 0 else 0.0


def expected_lights(item: Item, taxonomy: Taxonomy) -> frozenset[Light]:
    """Lights accepted for a which-light question: its own answer, or the taxonomy's lights for
    the feature, limited to the offered choices."""
    q = item.question
    assert isinstance(q, WhichLightQuestion)
    lights = frozenset(q.answer) if q.answer else taxonomy.feature(q.feature).lights
    return lights & frozenset(q.choices)


def expected_mrz_field(item: Item) -> str:
    """The wrong MRZ field: the question's answer, else the one the specimen's MRZ indicator
    names (``mrz_field`` on the region, or on the specimen)."""
    q = item.question
    assert isinstance(q, MrzQuestion)
    if q.answer:
        return q.answer
    if item.specimen is not None:
        for region in item.specimen.forgery_indicators():
            if region.feature == "mrz" and isinstance(region.extra.get("mrz_field"), str):
                return region.extra["mrz_field"]
        field = item.specimen.extra.get("mrz_field")
        if isinstance(field, str):
            return field
        if item.specimen.mrz:
            # A wrong check digit shows in the MRZ itself: ask the MRZ reader which one fails.
            wrong = [c for c in mrz.check(item.specimen.mrz).check_digits if not c.ok]
            if len(wrong) > 1:
                # The composite digit covers the others: it fails with them, and is not the cause.
                wrong = [c for c in wrong if c.name != "composite"]
            if len(wrong) == 1 and wrong[0].name in _CHECK_DIGIT_FIELDS:
                return _CHECK_DIGIT_FIELDS[wrong[0].name]
            mismatch = visual_zone_mismatch(item.specimen)
            if mismatch is not None:
                return mismatch
    raise ItemError(
        f"question {q.id}: specimen {item.specimen_ref} does not say which MRZ field is wrong"
    )


#: Check digits as docinspect.mrz names them -> MRZ question fields.
_CHECK_DIGIT_FIELDS = {
    "document number": "document_number_check",
    "date of birth": "birth_date_check",
    "date of expiry": "expiry_date_check",
    "optional data": "optional_data",
    "composite": "composite_check",
}


def visual_zone_mismatch(specimen: Specimen) -> str | None:
    """The one MRZ field that disagrees with the printed (visual-zone) data, or None.

    Compares names letter by letter (the MRZ may cut a long name short), dates by day and
    year (the month is printed in the state's language), and the document number and sex.
    """
    try:
        data = mrz.parse(specimen.mrz)
    except mrz.MrzError:
        return None
    printed = specimen.data
    found = []

    def letters(text: str) -> str:
        # "NATIVE / LATIN": the Latin form is the one the MRZ spells.
        text = text.rsplit("/", 1)[-1]
        with contextlib.suppress(mrz.MrzError):  # a letter it cannot map: keep the text
            text = mrz.transliterate(text)
        return re.sub("[^A-Z]", "", text.upper())

    for key, part in (
        ("surname", data.primary_identifier),
        ("given_names", data.secondary_identifier),
    ):
        if key in printed:
            shown, coded = letters(printed[key]), letters(part)
            if coded and not shown.startswith(coded):
                found.append("name")
    for key, value, field in (
        ("date_of_birth", data.birth_date, "birth_date"),
        ("date_of_expiry", data.expiry_date, "expiry_date"),
    ):
        match = re.fullmatch(r"\s*(\d{1,2})\D.*?(\d{4})\s*", printed.get(key, ""))
        if (
            match
            and value is not None
            and (int(match[1]), int(match[2])) != (value.day, value.year)
        ):
            found.append(field)
    number = printed.get("document_number")
    if number and number.replace(" ", "") != data.document_number:
        found.append("document_number")
    sex = printed.get("sex")
    if sex and sex[:1] in "MF" and sex[:1] != data.sex.value:
        found.append("sex")
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def revealing_light(region: Region) -> Light:
    """The light to show a region under in feedback: the first that is not plain white light."""
    others = sorted((x for x in region.lights if x is not Light.WHITE), key=list(Light).index)
    return others[0] if others else Light.WHITE
