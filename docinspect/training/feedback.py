"""Feedback that explains: what the truth was, and where and under which light to see it.

Feedback is data, not sentences: a list of ``Note`` (a kind and its parameters — feature and
method ids, lights, a place on the page, a distance in mm). The UI composes the sentences
through Qt's tr() (``docinspect.ui.practice.feedback_text``), so a trainee reads them in
their own language; this layer has no Qt. ``Feedback.text`` is a plain-English rendering for
callers without a UI (tests, logs).

Texts written by a pack's or the generator's author (a specimen's explanation, a region's
explanation) are carried as they are: they are content, like the document itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from docinspect.model.exercise import (
    CompareQuestion,
    IdentifyQuestion,
    LocateQuestion,
    MrzQuestion,
    VerdictQuestion,
    WhichLightQuestion,
)
from docinspect.model.geometry import Bounds
from docinspect.model.light import LOUPE_STEPS, Light
from docinspect.model.region import Region
from docinspect.model.specimen import Specimen
from docinspect.model.taxonomy import Taxonomy
from docinspect.training.answers import Answer, BoxAnswer, PointAnswer
from docinspect.training.booklets import indicators_by_page, page_label
from docinspect.training.items import Item
from docinspect.training.scoring import (
    Mark,
    Outcome,
    expected_lights,
    expected_mrz_field,
    iou,
    revealing_light,
)


class NoteKind(StrEnum):
    #: A time-out on a document question: at the booth the document passed.
    TIMED_OUT_ACCEPTED = "timed_out_accepted"
    #: The document is forged: ``verdict`` (counterfeit, falsified, ...) by ``methods``.
    FORGED = "forged"
    GENUINE = "genuine"
    #: Locate, missed: the click was ``distance_mm`` from the nearest defect (``tolerance_mm``
    #: counts), or the box overlapped it by ``overlap`` (``needed`` counts).
    CLICK_DISTANCE = "click_distance"
    BOX_OVERLAP = "box_overlap"
    #: Locate, missed: what was marked is a benign flaw (wear, an issuer's error), whose
    #: explanation is ``text`` — the trainee took a flaw of use for a forgery sign.
    FLAW_MARKED = "flaw_marked"
    #: Identify: the marked region shows ``feature`` (the trainee chose ``chosen``).
    FEATURE_SHOWN = "feature_shown"
    #: Which light: ``feature`` shows under ``lights``.
    FEATURE_LIGHTS = "feature_lights"
    #: MRZ: the wrong field is ``field``.
    MRZ_FIELD = "mrz_field"
    #: A genuine document presented by its holder: the face in the photo is the traveller's
    #: (the traits that stay for life match; ``text``: the differences that do not matter).
    SAME_PERSON = "same_person"
    #: The taxonomy's description of ``feature``.
    FEATURE_DESCRIPTION = "feature_description"
    #: The specimen author's explanation, in ``text``.
    EXPLANATION = "explanation"
    #: The answer key is sealed (an exam from a sealed pack): the instructor scores it.
    SEALED = "sealed"
    #: Where to see it: ``feature`` at ``place`` on the page, under ``lights``, with the loupe
    #: at ``magnification`` (1 = no loupe), and the region's own explanation in ``text``.
    REGION = "region"
    #: Locate on a booklet, missed: the mark was on a page without the defect, which is on
    #: the page called ``text`` ("page 4", "data page").
    OTHER_PAGE = "other_page"


#: Nine parts of the page, for saying where a region is ("top left", "centre" ...).
PLACES = (
    "top_left",
    "top",
    "top_right",
    "left",
    "centre",
    "right",
    "bottom_left",
    "bottom",
    "bottom_right",
)


@dataclass(frozen=True, slots=True)
class Note:
    """One thing feedback says; which fields matter depends on ``kind``."""

    kind: NoteKind
    feature: str = ""
    verdict: str = ""
    methods: tuple[str, ...] = ()
    lights: tuple[Light, ...] = ()
    place: str = ""
    magnification: float = 1.0
    field: str = ""
    chosen: str = ""
    distance_mm: float = 0.0
    tolerance_mm: float = 0.0
    overlap: float = 0.0
    needed: float = 0.0
    text: str = ""


@dataclass(frozen=True, slots=True)
class Feedback:
    """What practice mode shows after an answer: the mark, what to say, the regions to outline
    and the light to show them under."""

    mark: Mark
    notes: tuple[Note, ...]
    regions: tuple[Region, ...]
    light: Light
    timed_out: bool = False
    #: Names for the ids in the notes, for ``text`` only (the UI translates its own).
    _names: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def text(self) -> str:
        """Plain English, for callers without a UI; the UI composes through tr()."""
        return plain_text(self)


def explain(
    item: Item, outcome: Outcome, *, taxonomy: Taxonomy, answer: Answer | None = None
) -> Feedback:
    """Feedback for one answered item, from the specimen's truth and its regions.

    With ``answer``, a missed locate says how far off the click (or how small the box's
    overlap) was, and an identify says what was chosen.
    """
    q = item.question
    if item.sealed or outcome.mark is Mark.UNSCORED:
        # The seat has no answer key: nothing about the truth can be said (or is known) here.
        return Feedback(outcome.mark, (Note(NoteKind.SEALED),), (), Light.WHITE, outcome.timed_out)
    notes: list[Note] = []
    if outcome.timed_out and outcome.mark is not Mark.TIMED_OUT:
        notes.append(Note(NoteKind.TIMED_OUT_ACCEPTED))
    regions: tuple[Region, ...] = ()
    specimen = item.specimen
    light: Light | None = None
    if isinstance(q, VerdictQuestion | CompareQuestion | LocateQuestion) and specimen is not None:
        truth = specimen.truth
        if truth.verdict is not None and truth.verdict.is_forged:
            notes.append(
                Note(NoteKind.FORGED, verdict=truth.verdict.value, methods=tuple(truth.methods))
            )
        else:
            notes.append(Note(NoteKind.GENUINE))
        # A booklet's indicators may all be on its other pages (a substituted visa page).
        regions = (
            item.truth_regions()
            if isinstance(q, LocateQuestion)
            else specimen.forgery_indicators() or tuple(r for _p, r in indicators_by_page(specimen))
        )
        if isinstance(q, LocateQuestion) and outcome.mark is Mark.MISSED:
            notes.extend(_miss(q, item.truth_pages(), answer, specimen))
            notes.extend(_flaw_marked(q, specimen, answer))
        genuine = not (truth.verdict is not None and truth.verdict.is_forged)
        portraits = tuple(r for r in specimen.regions if r.feature == "portrait")
        if genuine and specimen.extra.get("traveller") and not isinstance(q, LocateQuestion):
            # A face check: the feedback is about the face (the traveller is the holder), not
            # about UV and the watermark of a document nobody doubted.
            notes.append(Note(NoteKind.SAME_PERSON))
            regions = portraits[:1]
        else:
            if not regions and genuine:
                regions = specimen.security_features()[:3]
            if truth.explanation:
                notes.append(Note(NoteKind.EXPLANATION, text=truth.explanation))
        # Wear and issuer errors are named as what they are, on any document.
        flaws = benign_flaws_text(specimen)
        if flaws:
            notes.append(Note(NoteKind.EXPLANATION, text=flaws))
    elif isinstance(q, IdentifyQuestion):
        chosen = getattr(answer, "choice", "") if outcome.mark is not Mark.RIGHT else ""
        notes.append(Note(NoteKind.FEATURE_SHOWN, feature=q.feature, chosen=chosen))
        marked = item.marked_region()
        regions = (marked,) if marked else ()
        if q.feature in taxonomy.features:
            notes.append(Note(NoteKind.FEATURE_DESCRIPTION, feature=q.feature))
    elif isinstance(q, WhichLightQuestion):
        lights = tuple(sorted(expected_lights(item, taxonomy), key=list(Light).index))
        notes.append(Note(NoteKind.FEATURE_LIGHTS, feature=q.feature, lights=lights))
        if q.feature in taxonomy.features:
            notes.append(Note(NoteKind.FEATURE_DESCRIPTION, feature=q.feature))
        if specimen is not None:
            regions = tuple(r for r in specimen.taught_regions() if r.feature == q.feature)
        light = next(
            (x for x in lights if x is not Light.WHITE), lights[0] if lights else Light.WHITE
        )
    elif isinstance(q, MrzQuestion):
        notes.append(Note(NoteKind.MRZ_FIELD, field=expected_mrz_field(item)))
        if specimen is not None:
            regions = tuple(r for r in specimen.forgery_indicators() if r.feature == "mrz")
    # The specimen's explanation often quotes its regions': say each thing once.
    said = "\n".join(n.text for n in notes if n.text)
    seen: set[tuple] = set()
    for region in regions:
        note = _region_note(
            region, specimen, explain=bool(region.explanation) and region.explanation not in said
        )
        key = (note.feature, note.lights, note.place, note.magnification, note.text)
        if key not in seen:
            seen.add(key)
            notes.append(note)
    if light is None:
        light = revealing_light(regions[0]) if regions else Light.WHITE
    names = {f"feature:{k}": v.name for k, v in taxonomy.features.items()}
    names |= {f"feature_description:{k}": v.description for k, v in taxonomy.features.items()}
    names |= {f"method:{k}": v.name for k, v in taxonomy.methods.items()}
    return Feedback(outcome.mark, tuple(notes), regions, light, outcome.timed_out, names)


def benign_flaws_text(specimen: Specimen) -> str:
    """What the specimen shows that is *not* a forgery sign (wear, the press's tolerances,
    a rare issuer error), in the generator's words; "" when it lists none. A trainee who
    called a worn genuine document forged learns which of its flaws misled them."""
    flaws = specimen.truth.extra.get("benign_flaws") or []
    said = [f["explanation"] for f in flaws if isinstance(f, dict) and f.get("explanation")]
    if not said:
        return ""
    return "Not forgery signs on this document: " + " ".join(said)


def _miss(
    q: LocateQuestion,
    located: Iterable[tuple[str, Region]],
    answer: Answer | None,
    specimen: Specimen,
) -> list[Note]:
    located = list(located)
    page = answer.page if isinstance(answer, PointAnswer | BoxAnswer) else ""
    regions = [r for p, r in located if p == page]
    if located and not regions and isinstance(answer, PointAnswer | BoxAnswer):
        # A mark on a page of the booklet with no defect: say which page has it.
        return [Note(NoteKind.OTHER_PAGE, text=page_label(specimen, located[0][0]))]
    if isinstance(answer, PointAnswer) and regions:
        distance = min(r.shape.distance_to(answer.x_mm, answer.y_mm) for r in regions)
        return [Note(NoteKind.CLICK_DISTANCE, distance_mm=distance, tolerance_mm=q.tolerance_mm)]
    if isinstance(answer, BoxAnswer) and regions:
        box = Bounds(answer.left, answer.top, answer.right, answer.bottom)
        best = max(iou(box, r.shape.bounds()) for r in regions)
        return [Note(NoteKind.BOX_OVERLAP, overlap=best, needed=q.iou_threshold)]
    return []


def _flaw_marked(q: LocateQuestion, specimen: Specimen, answer: Answer | None) -> list[Note]:
    """The benign flaw the trainee marked instead of the defect, if any: on a worn document
    the wrong answer is most often a scratch or a rubbed corner, and saying so teaches the
    difference between use and forgery."""
    if isinstance(answer, PointAnswer):
        x, y = answer.x_mm, answer.y_mm
    elif isinstance(answer, BoxAnswer):
        x, y = (answer.left + answer.right) / 2, (answer.top + answer.bottom) / 2
    else:
        return []
    reach = q.tolerance_mm
    page_area = specimen.width_mm * specimen.height_mm
    marked: list[tuple[float, str]] = []
    for flaw in specimen.truth.extra.get("benign_flaws") or []:
        box, text = (
            (flaw.get("box"), flaw.get("explanation")) if isinstance(flaw, dict) else ("", "")
        )
        if not text or not isinstance(box, list | tuple) or len(box) != 4:
            continue
        left, top, width, height = (float(v) for v in box)
        # A flaw spread over much of the page (faded UV, a shifted rosette) is not a mark one
        # clicks on: a click inside it says nothing about it.
        if width * height > _MARKABLE_SHARE * page_area:
            continue
        if left - reach <= x <= left + width + reach and top - reach <= y <= top + height + reach:
            marked.append((width * height, str(text)))
    # Where flaws overlap, the smallest one is what the click was on.
    return [Note(NoteKind.FLAW_MARKED, text=min(marked)[1])] if marked else []


#: Largest share of the page a benign flaw may cover and still be named as what a click marked.
_MARKABLE_SHARE = 0.05


def place_on_page(bounds: Bounds, width_mm: float, height_mm: float) -> str:
    """Which ninth of the page the centre of ``bounds`` lies in (one of ``PLACES``)."""
    if width_mm <= 0 or height_mm <= 0:
        return ""
    cx = (bounds.left + bounds.right) / 2 / width_mm
    cy = (bounds.top + bounds.bottom) / 2 / height_mm
    col = min(2, max(0, int(cx * 3)))
    row = min(2, max(0, int(cy * 3)))
    return PLACES[row * 3 + col]


def loupe_step(power: float) -> float:
    """The loupe setting to use to see what shows from ``power`` on: the lowest of the loupe's
    steps that reaches it (a region visible from 1.6x is seen with the loupe at 2x, not "1.6x",
    which no loupe offers); 1 (the naked eye) stays 1."""
    if power <= 1:
        return power
    return next((step for step in LOUPE_STEPS if step >= power - 1e-9), LOUPE_STEPS[-1])


def _region_note(region: Region, specimen: Specimen | None, *, explain: bool) -> Note:
    place = ""
    if specimen is not None:
        bounds = region.shape.bounds()
        # A region covering most of the page is "the whole page", not a part of it.
        if bounds.width * bounds.height < 0.4 * specimen.width_mm * specimen.height_mm:
            place = place_on_page(bounds, specimen.width_mm, specimen.height_mm)
        else:
            place = "page"
    return Note(
        NoteKind.REGION,
        feature=region.feature,
        lights=tuple(sorted(region.lights, key=list(Light).index)),
        place=place,
        magnification=loupe_step(region.min_magnification),
        text=region.explanation if explain else "",
    )


# --- plain English (no UI) ----------------------------------------------------------------------

_HEADLINES = {
    Mark.RIGHT: "Right.",
    Mark.WRONG: "Not right.",
    Mark.WRONG_METHOD: "Right that it is forged — but not by that method.",
    Mark.FALSE_ACCEPT: "You let a forged document through.",
    Mark.FALSE_REJECT: "This document is genuine: you refused it.",
    Mark.MISSED: "That is not where the defect is.",
    Mark.TIMED_OUT: "Time ran out.",
    Mark.UNSCORED: "Your answer is saved.",
}

SAME_PERSON_TEXT = (
    "The traveller is the holder: the ears, the face outline, the eyes' spacing and the "
    "places of nose and mouth match the photo. Hair, glasses, a beard, weight, pose and light "
    "may differ between two photos of one person."
)

LIGHT_NAMES = {
    Light.WHITE: "white light",
    Light.UV365: "the UV lamp (365 nm)",
    Light.IR: "infrared (IR)",
    Light.OBLIQUE: "oblique (raking) light",
    Light.TRANSMITTED: "transmitted light (held against the light)",
}


def plain_text(feedback: Feedback) -> str:
    """The feedback as English sentences (the UI has its own, translated, composition)."""
    names = feedback._names

    def feature(fid: str) -> str:
        return names.get(f"feature:{fid}", fid.replace("_", " "))

    lines = [_HEADLINES[feedback.mark]]
    for n in feedback.notes:
        k = n.kind
        if k is NoteKind.TIMED_OUT_ACCEPTED:
            lines.append("Time ran out, which at the booth means the document was accepted.")
        elif k is NoteKind.SEALED:
            lines.append("Answer key sealed — results are scored by your instructor.")
        elif k is NoteKind.FORGED:
            methods = ", ".join(names.get(f"method:{m}", m) for m in n.methods) or "forged"
            lines.append(f"This document is {n.verdict}: {methods}.")
        elif k is NoteKind.GENUINE:
            lines.append("This document is genuine.")
        elif k is NoteKind.SAME_PERSON:
            lines.append(SAME_PERSON_TEXT)
        elif k is NoteKind.CLICK_DISTANCE:
            lines.append(
                f"Your click was {n.distance_mm:.0f} mm from the defect "
                f"(within {n.tolerance_mm:g} mm counts)."
            )
        elif k is NoteKind.OTHER_PAGE:
            lines.append(f"The defect is on another page of the booklet: {n.text}.")
        elif k is NoteKind.BOX_OVERLAP:
            lines.append(
                f"Your box overlapped the defect by {n.overlap:.0%} ({n.needed:.0%} counts)."
            )
        elif k is NoteKind.FLAW_MARKED:
            lines.append(f"What you marked is not a forgery sign. {n.text}")
        elif k is NoteKind.FEATURE_SHOWN:
            lines.append(f"The marked region shows: {feature(n.feature)}.")
        elif k is NoteKind.FEATURE_LIGHTS:
            lights = _join(LIGHT_NAMES[x] for x in n.lights)
            lines.append(f"{feature(n.feature)} shows under {lights}.")
        elif k is NoteKind.MRZ_FIELD:
            lines.append(f"The wrong field is: {n.field.replace('_', ' ')}.")
        elif k is NoteKind.FEATURE_DESCRIPTION:
            lines.append(names.get(f"feature_description:{n.feature}", ""))
        elif k is NoteKind.EXPLANATION:
            lines.append(n.text)
        elif k is NoteKind.REGION:
            how = f"look under {_join(LIGHT_NAMES[x] for x in n.lights)}" if n.lights else ""
            how = how or "look closely"
            if n.magnification > 1:
                how += f" with the loupe at {n.magnification:g}× or more"
            place = "whole page" if n.place == "page" else n.place.replace("_", " ")
            where = f" ({place})" if place else ""
            tail = f": {n.text}" if n.text else "."
            lines.append(f"• {feature(n.feature)}{where} — {how}{tail}")
    return "\n".join(line for line in lines if line)


def _join(parts: Iterable[str]) -> str:
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]
