"""One table of what the windows call the lights and the verdicts.

Every window names a light or a verdict through these functions, so a translator meets each
name once (in the context "Names") and a trainee reads the same word on the workstation's
toolbar, in the studio and in the practice feedback. Two forms each, because a button and a
sentence need different ones: a label ("Oblique", "Counterfeit") and a name that sits inside
a sentence or a list ("oblique light", "counterfeit"); lights have a third, the phrase
feedback uses to say where to look ("oblique (raking) light").
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from docinspect.model.light import Light
from docinspect.model.truth import Verdict

_C: Final = "Names"

#: On buttons, menus, tabs and lists of choices.
LIGHT_LABELS: Final = {
    Light.WHITE: QT_TRANSLATE_NOOP("Names", "White"),
    Light.UV365: QT_TRANSLATE_NOOP("Names", "UV 365 nm"),
    Light.IR: QT_TRANSLATE_NOOP("Names", "IR"),
    Light.OBLIQUE: QT_TRANSLATE_NOOP("Names", "Oblique"),
    Light.TRANSMITTED: QT_TRANSLATE_NOOP("Names", "Transmitted"),
}

#: Inside a sentence or a list ("Lights: white light, UV 365 nm, ...").
LIGHT_NAMES: Final = {
    Light.WHITE: QT_TRANSLATE_NOOP("Names", "white light"),
    Light.UV365: QT_TRANSLATE_NOOP("Names", "UV 365 nm"),
    Light.IR: QT_TRANSLATE_NOOP("Names", "infrared (IR)"),
    Light.OBLIQUE: QT_TRANSLATE_NOOP("Names", "oblique light"),
    Light.TRANSMITTED: QT_TRANSLATE_NOOP("Names", "transmitted light"),
}

#: Where feedback says where to look ("look under the UV lamp (365 nm)").
LIGHT_PHRASES: Final = {
    Light.WHITE: QT_TRANSLATE_NOOP("Names", "white light"),
    Light.UV365: QT_TRANSLATE_NOOP("Names", "the UV lamp (365 nm)"),
    Light.IR: QT_TRANSLATE_NOOP("Names", "infrared (IR)"),
    Light.OBLIQUE: QT_TRANSLATE_NOOP("Names", "oblique (raking) light"),
    Light.TRANSMITTED: QT_TRANSLATE_NOOP("Names", "transmitted light (held against the light)"),
}

#: As a heading, a choice or a specimen's answer.
VERDICT_LABELS: Final = {
    Verdict.GENUINE: QT_TRANSLATE_NOOP("Names", "Genuine"),
    Verdict.COUNTERFEIT: QT_TRANSLATE_NOOP("Names", "Counterfeit"),
    Verdict.FALSIFIED: QT_TRANSLATE_NOOP("Names", "Falsified"),
    Verdict.IMPOSTOR: QT_TRANSLATE_NOOP("Names", "Impostor (look-alike)"),
    Verdict.FANTASY: QT_TRANSLATE_NOOP("Names", "Fantasy document"),
    Verdict.STOLEN_BLANK: QT_TRANSLATE_NOOP("Names", "Stolen blank"),
}

#: After "the document is ..." in feedback and results.
VERDICT_NAMES: Final = {
    Verdict.GENUINE: QT_TRANSLATE_NOOP("Names", "genuine"),
    Verdict.COUNTERFEIT: QT_TRANSLATE_NOOP("Names", "counterfeit"),
    Verdict.FALSIFIED: QT_TRANSLATE_NOOP("Names", "falsified"),
    Verdict.IMPOSTOR: QT_TRANSLATE_NOOP("Names", "used by an impostor"),
    Verdict.FANTASY: QT_TRANSLATE_NOOP("Names", "a fantasy document"),
    Verdict.STOLEN_BLANK: QT_TRANSLATE_NOOP("Names", "a stolen blank"),
}


def light_label(light: Light) -> str:
    """The light as its button names it: "Oblique"."""
    return QCoreApplication.translate(_C, LIGHT_LABELS[light])


def light_name(light: Light) -> str:
    """The light inside a sentence or a list: "oblique light"."""
    return QCoreApplication.translate(_C, LIGHT_NAMES[light])


def light_phrase(light: Light) -> str:
    """Where to look, in feedback: "oblique (raking) light"."""
    return QCoreApplication.translate(_C, LIGHT_PHRASES[light])


def verdict_label(verdict: Verdict | str) -> str:
    """The verdict as a heading or a choice: "Counterfeit"; an unknown one as it is."""
    try:
        return QCoreApplication.translate(_C, VERDICT_LABELS[Verdict(verdict)])
    except ValueError:
        return str(verdict)


def verdict_name(verdict: Verdict | str) -> str:
    """The verdict inside a sentence: "used by an impostor"; an unknown one as it is."""
    try:
        return QCoreApplication.translate(_C, VERDICT_NAMES[Verdict(verdict)])
    except ValueError:
        return str(verdict)
