"""Feedback, answers and right answers in the trainee's language.

``docinspect.training.feedback`` says *what* to tell the trainee as data (notes with feature
ids, lights, a place on the page, a distance); the sentences are made here, every one
through Qt's translate() with the context "Feedback", so a .qm file changes them with no code
change. Taxonomy names come through ``taxonomy_text`` (context "Taxonomy").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from docinspect.model.light import Light
from docinspect.model.truth import Verdict
from docinspect.training.explanation_language import translate_explanation, translate_page_label
from docinspect.training.feedback import Feedback, Note, NoteKind
from docinspect.training.scoring import Mark
from docinspect.ui.names import light_label, light_phrase, verdict_name
from docinspect.ui.taxonomy_text import feature_description, feature_name, method_name

_C = "Feedback"

HEADLINES = {
    Mark.RIGHT: QT_TRANSLATE_NOOP("Feedback", "Right."),
    Mark.WRONG: QT_TRANSLATE_NOOP("Feedback", "Not right."),
    Mark.WRONG_METHOD: QT_TRANSLATE_NOOP(
        "Feedback", "Right that it is forged — but not by that method."
    ),
    Mark.FALSE_ACCEPT: QT_TRANSLATE_NOOP("Feedback", "You let a forged document through."),
    Mark.FALSE_REJECT: QT_TRANSLATE_NOOP("Feedback", "This document is genuine: you refused it."),
    Mark.MISSED: QT_TRANSLATE_NOOP("Feedback", "That is not where the defect is."),
    Mark.TIMED_OUT: QT_TRANSLATE_NOOP("Feedback", "Time ran out."),
    Mark.UNSCORED: QT_TRANSLATE_NOOP("Feedback", "Your answer is saved."),
}

#: Where on the page a region lies (training.feedback.PLACES, and "page" for all of it).
PLACE_PHRASES = {
    "top_left": QT_TRANSLATE_NOOP("Feedback", "top left of the page"),
    "top": QT_TRANSLATE_NOOP("Feedback", "top of the page"),
    "top_right": QT_TRANSLATE_NOOP("Feedback", "top right of the page"),
    "left": QT_TRANSLATE_NOOP("Feedback", "left side of the page"),
    "centre": QT_TRANSLATE_NOOP("Feedback", "middle of the page"),
    "right": QT_TRANSLATE_NOOP("Feedback", "right side of the page"),
    "bottom_left": QT_TRANSLATE_NOOP("Feedback", "bottom left of the page"),
    "bottom": QT_TRANSLATE_NOOP("Feedback", "bottom of the page"),
    "bottom_right": QT_TRANSLATE_NOOP("Feedback", "bottom right of the page"),
    "page": QT_TRANSLATE_NOOP("Feedback", "the whole page"),
}

#: Same context and texts as the question panel's MRZ choices: one translation serves both.
MRZ_FIELDS = {
    "document_type": QT_TRANSLATE_NOOP("MrzField", "Document type"),
    "issuing_state": QT_TRANSLATE_NOOP("MrzField", "Issuing state"),
    "name": QT_TRANSLATE_NOOP("MrzField", "Name"),
    "document_number": QT_TRANSLATE_NOOP("MrzField", "Document number"),
    "document_number_check": QT_TRANSLATE_NOOP("MrzField", "Document number check digit"),
    "nationality": QT_TRANSLATE_NOOP("MrzField", "Nationality"),
    "birth_date": QT_TRANSLATE_NOOP("MrzField", "Date of birth"),
    "birth_date_check": QT_TRANSLATE_NOOP("MrzField", "Date of birth check digit"),
    "sex": QT_TRANSLATE_NOOP("MrzField", "Sex"),
    "expiry_date": QT_TRANSLATE_NOOP("MrzField", "Date of expiry"),
    "expiry_date_check": QT_TRANSLATE_NOOP("MrzField", "Date of expiry check digit"),
    "optional_data": QT_TRANSLATE_NOOP("MrzField", "Optional data"),
    "composite_check": QT_TRANSLATE_NOOP("MrzField", "Composite check digit"),
}


def _tr(text: str, context: str = _C) -> str:
    """Translate a string held in a table (a literal call is written out in full, so that
    pyside6-lupdate finds it)."""
    return QCoreApplication.translate(context, text)


def mrz_field_name(field: str) -> str:
    return _tr(MRZ_FIELDS[field], "MrzField") if field in MRZ_FIELDS else field.replace("_", " ")


def light_name(light: Light | str) -> str:
    """As the light buttons name it (the trainee answered by pressing one)."""
    try:
        return light_label(Light(light))
    except ValueError:
        return str(light)


def _either(parts: Iterable[str]) -> str:
    """ "a", "a or b", "a, b or c" — the joining words translated."""
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return QCoreApplication.translate("Feedback", "{list} or {last}").format(
        list=", ".join(items[:-1]), last=items[-1]
    )


def _lights(lights: Iterable[Light]) -> str:
    return _either(light_phrase(x) for x in lights)


def note_text(note: Note) -> str:
    """One note as a sentence (or a bullet for a region)."""
    k = note.kind
    if k is NoteKind.SEALED:
        return QCoreApplication.translate(
            "Feedback", "Answer key sealed — results are scored by your instructor."
        )
    if k is NoteKind.TIMED_OUT_ACCEPTED:
        return QCoreApplication.translate(
            "Feedback", "Time ran out, which at the booth means the document was accepted."
        )
    if k is NoteKind.FORGED:
        methods = ", ".join(method_name(m) for m in note.methods)
        if not methods:
            return QCoreApplication.translate("Feedback", "This document is {verdict}.").format(
                verdict=verdict_name(note.verdict)
            )
        return QCoreApplication.translate(
            "Feedback", "This document is {verdict}: {methods}."
        ).format(verdict=verdict_name(note.verdict), methods=methods)
    if k is NoteKind.GENUINE:
        return QCoreApplication.translate("Feedback", "This document is genuine.")
    if k is NoteKind.SAME_PERSON:
        return QCoreApplication.translate(
            "Feedback",
            "The traveller is the holder: the ears, the face outline, the eyes' spacing and the "
            "places of nose and mouth match the photo. Hair, glasses, a beard, weight, pose and "
            "light may differ between two photos of one person.",
        )
    if k is NoteKind.CLICK_DISTANCE:
        return QCoreApplication.translate(
            "Feedback", "Your click was {d:.0f} mm from the defect (within {t:g} mm counts)."
        ).format(d=note.distance_mm, t=note.tolerance_mm)
    if k is NoteKind.OTHER_PAGE:
        # The generator's page labels in the trainee's language; an author's as written.
        return QCoreApplication.translate(
            "Feedback", "The defect is on another page of the booklet: {page}."
        ).format(page=translate_page_label(note.text))
    if k is NoteKind.BOX_OVERLAP:
        return QCoreApplication.translate(
            "Feedback", "Your box overlapped the defect by {o:.0%} ({n:.0%} counts)."
        ).format(o=note.overlap, n=note.needed)
    if k is NoteKind.FLAW_MARKED:
        # The generator's explanation of the flaw is content, like the document's own words.
        return QCoreApplication.translate(
            "Feedback", "What you marked is not a forgery sign. {flaw}"
        ).format(flaw=note.text)
    if k is NoteKind.FEATURE_SHOWN:
        shown = QCoreApplication.translate(
            "Feedback", "The marked region shows: {feature}."
        ).format(feature=feature_name(note.feature))
        if note.chosen:
            shown += " " + QCoreApplication.translate("Feedback", "You chose: {feature}.").format(
                feature=feature_name(note.chosen)
            )
        return shown
    if k is NoteKind.FEATURE_LIGHTS:
        return QCoreApplication.translate("Feedback", "{feature} shows under {lights}.").format(
            feature=feature_name(note.feature), lights=_lights(note.lights)
        )
    if k is NoteKind.MRZ_FIELD:
        return QCoreApplication.translate("Feedback", "The wrong field is: {field}.").format(
            field=mrz_field_name(note.field)
        )
    if k is NoteKind.FEATURE_DESCRIPTION:
        return feature_description(note.feature)
    if k is NoteKind.EXPLANATION:
        # The generator's sentences in the trainee's language (decision 0029); an author's
        # own words stay as written.
        return translate_explanation(note.text)
    if k is NoteKind.REGION:
        return _region_text(note)
    return ""  # pragma: no cover - every kind is handled above


def _region_text(note: Note) -> str:
    if note.lights and note.magnification > 1:
        how = QCoreApplication.translate(
            "Feedback", "look under {lights} with the loupe at {power:g}× or more"
        ).format(lights=_lights(note.lights), power=note.magnification)
    elif note.lights:
        how = QCoreApplication.translate("Feedback", "look under {lights}").format(
            lights=_lights(note.lights)
        )
    elif note.magnification > 1:
        how = QCoreApplication.translate(
            "Feedback", "look with the loupe at {power:g}× or more"
        ).format(power=note.magnification)
    else:
        how = QCoreApplication.translate("Feedback", "look closely")
    name = feature_name(note.feature)
    if note.place in PLACE_PHRASES:
        what = QCoreApplication.translate("Feedback", "{feature}, {place}").format(
            feature=name, place=_tr(PLACE_PHRASES[note.place])
        )
    else:
        what = name
    if note.text:
        return QCoreApplication.translate("Feedback", "• {what} — {how}: {explanation}").format(
            what=what, how=how, explanation=translate_explanation(note.text)
        )
    return QCoreApplication.translate("Feedback", "• {what} — {how}.").format(what=what, how=how)


def _impostor(feedback: Feedback) -> bool:
    return any(n.kind is NoteKind.FORGED and n.verdict == "impostor" for n in feedback.notes)


def feedback_text(feedback: Feedback) -> str:
    """What the trainee reads after an answer: the mark, the truth, and where to see it."""
    if feedback.mark is Mark.FALSE_ACCEPT and _impostor(feedback):
        # The document is genuine: "a forged document" would contradict the very next line.
        headline = QCoreApplication.translate(
            "Feedback",
            "You let an impostor through: the document is genuine, "
            "but the traveller is not its holder.",
        )
    else:
        headline = _tr(HEADLINES[feedback.mark])
    lines = [headline]
    lines += [note_text(n) for n in feedback.notes]
    return "\n".join(line for line in lines if line)


# --- results: the trainee's answer and the right one ------------------------------------------


def answer_text(question_type: str, answer: Mapping[str, Any]) -> str:
    """A saved answer (its JSON form in the attempt log) as the trainee would say it."""
    kind = answer.get("kind")
    if kind == "verdict":
        if not answer.get("forged"):
            return QCoreApplication.translate("Feedback", "genuine — accepted")
        method = answer.get("method")
        if method:
            return QCoreApplication.translate("Feedback", "forged — refused ({method})").format(
                method=method_name(str(method))
            )
        return QCoreApplication.translate("Feedback", "forged — refused")
    if kind == "point":
        return QCoreApplication.translate("Feedback", "clicked at {x:.0f} mm, {y:.0f} mm").format(
            x=float(answer.get("x_mm", 0)), y=float(answer.get("y_mm", 0))
        )
    if kind == "box":
        return QCoreApplication.translate(
            "Feedback", "a box from {l:.0f}, {t:.0f} to {r:.0f}, {b:.0f} mm"
        ).format(
            l=float(answer.get("left", 0)),
            t=float(answer.get("top", 0)),
            r=float(answer.get("right", 0)),
            b=float(answer.get("bottom", 0)),
        )
    if kind == "choice":
        choice = str(answer.get("choice", ""))
        if question_type == "identify":
            return feature_name(choice)
        if question_type == "which_light":
            return light_name(choice)
        if question_type == "mrz":
            return mrz_field_name(choice)
        return choice
    if kind == "timeout":
        return QCoreApplication.translate("Feedback", "no answer (time ran out)")
    return "—"


def right_answer_text(question_type: str, feedback: Feedback) -> str:
    """The answer that was right, from the feedback's notes."""
    notes = {n.kind: n for n in feedback.notes}
    if NoteKind.SEALED in notes:
        return QCoreApplication.translate("Feedback", "sealed: your instructor scores it")
    if question_type == "locate":
        places = [
            QCoreApplication.translate("Feedback", "{feature}, {place}").format(
                feature=feature_name(n.feature), place=_tr(PLACE_PHRASES[n.place])
            )
            if n.place in PLACE_PHRASES
            else feature_name(n.feature)
            for n in feedback.notes
            if n.kind is NoteKind.REGION
        ]
        return "; ".join(dict.fromkeys(places)) or "—"
    if NoteKind.FORGED in notes and _impostor(feedback):
        return QCoreApplication.translate(
            "Feedback", "refuse: the document is genuine, the traveller is not its holder"
        )
    if NoteKind.FORGED in notes:
        n = notes[NoteKind.FORGED]
        methods = ", ".join(method_name(m) for m in n.methods)
        verdict = QCoreApplication.translate("Feedback", "forged ({verdict})").format(
            verdict=verdict_name(n.verdict)
        )
        return f"{verdict}: {methods}" if methods else verdict
    if NoteKind.GENUINE in notes:
        return verdict_name(Verdict.GENUINE)
    if NoteKind.FEATURE_SHOWN in notes:
        return feature_name(notes[NoteKind.FEATURE_SHOWN].feature)
    if NoteKind.FEATURE_LIGHTS in notes:
        return _either(light_name(x) for x in notes[NoteKind.FEATURE_LIGHTS].lights)
    if NoteKind.MRZ_FIELD in notes:
        return mrz_field_name(notes[NoteKind.MRZ_FIELD].field)
    return "—"
