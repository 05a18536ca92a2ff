"""The language a trainee reads the curriculum in: gettext catalogues for the content.

The window chrome is translated with Qt (``ui/i18n/*.ts``); what a trainee actually reads —
module titles, lessons, question prompts — lives in the exercise files, in English, and is
translated by gettext PO catalogues beside them (``exercises/i18n/<language>.po``,
decision 0026). A catalogue maps the English text (``msgid``) to its translation
(``msgstr``); a text whose English changed has no entry and stays English until a translator
catches up, exactly as with Qt's .ts files. ``scripts/update-content-catalogues.py`` adds new
texts to every catalogue.

Qt-free on purpose: the CLI, the reports and the tests read the same catalogues.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from docinspect.i18n import (  # noqa: F401  (CatalogueError: this module's readers raise it)
    LANGUAGES,
    CatalogueError,
    environment_language,
    parse_po,
)
from docinspect.model.exercise import Exercise
from docinspect.model.lesson_plan import LessonPlan

CATALOGUE_FOLDER: Final = "i18n"

_language: str | None = None


def set_content_language(language: str | None) -> None:
    """Read the curriculum in ``language`` (``ru``, ``bg``; None or ``en``: English). The app
    calls this with the language its windows speak, before the curriculum is loaded."""
    global _language
    code = (language or "en").split("_")[0].split("-")[0].lower()
    _language = code if code in LANGUAGES else "en"


def content_language() -> str:
    """The language set by :func:`set_content_language`, else the environment's (LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG, as gettext reads them), else English."""
    if _language is not None:
        return _language
    return environment_language()


def exercise_texts(exercise: Exercise) -> list[str]:
    """Every text of ``exercise`` a trainee reads, in the order they meet them."""
    texts = [exercise.title, exercise.module, *exercise.lesson]
    texts += [q.prompt for q in exercise.questions]
    return [t for t in dict.fromkeys(texts) if t and t.strip()]


def exercise_data_texts(data: Mapping[str, object]) -> list[str]:
    """The texts a trainee reads of an exercise still in its JSON form (the studio's
    drafts), in the order of :func:`exercise_texts`."""
    lesson = data.get("lesson") or []
    texts = [
        data.get("title"),
        data.get("module"),
        *(lesson if isinstance(lesson, list) else [lesson]),
    ]
    for question in data.get("questions") or []:
        if isinstance(question, Mapping):
            texts.append(question.get("prompt"))
    return [t for t in dict.fromkeys(texts) if isinstance(t, str) and t.strip()]


def lesson_plan_texts(plan: LessonPlan) -> list[str]:
    """Every text of a lesson plan a class or its instructor reads: title, summary, and each
    step's title, paragraphs and notes."""
    texts = [plan.title, plan.summary]
    for step in plan.steps:
        texts += [step.title, *step.text, step.notes]
    return [t for t in dict.fromkeys(texts) if t and t.strip()]


def localized_plan(plan: LessonPlan, catalogue: Mapping[str, str]) -> LessonPlan:
    """``plan`` with every text ``catalogue`` translates in its translation; ids, specimens,
    lights and reveals never change."""
    if not catalogue:
        return plan

    def tr(text: str) -> str:
        return catalogue.get(text) or text

    steps = tuple(
        dataclasses.replace(
            s, title=tr(s.title), text=tuple(tr(t) for t in s.text), notes=tr(s.notes)
        )
        for s in plan.steps
    )
    return dataclasses.replace(plan, title=tr(plan.title), summary=tr(plan.summary), steps=steps)


def localized(exercise: Exercise, catalogue: Mapping[str, str]) -> Exercise:
    """``exercise`` with every text that ``catalogue`` translates in its translation."""
    if not catalogue:
        return exercise

    def tr(text: str) -> str:
        return catalogue.get(text) or text

    questions = tuple(
        dataclasses.replace(q, prompt=tr(q.prompt)) if q.prompt else q for q in exercise.questions
    )
    return dataclasses.replace(
        exercise,
        title=tr(exercise.title),
        module=tr(exercise.module),
        lesson=tuple(tr(p) for p in exercise.lesson),
        questions=questions,
    )


def missing(exercises: Iterable[Exercise], catalogue: Mapping[str, str]) -> list[str]:
    """The texts of ``exercises`` that ``catalogue`` does not translate (yet)."""
    return [t for e in exercises for t in exercise_texts(e) if not catalogue.get(t)]


@lru_cache(maxsize=8)
def builtin_catalogue(language: str) -> dict[str, str]:
    """The shipped catalogue of ``language`` (empty for English or an unknown language)."""
    if language not in LANGUAGES:
        return {}
    root = resources.files("docinspect.exercises").joinpath(CATALOGUE_FOLDER, f"{language}.po")
    if not root.is_file():
        return {}
    return parse_po(root.read_text("utf-8"), file=f"exercises/i18n/{language}.po")


def read_po(path: Path) -> dict[str, str]:
    return parse_po(path.read_text("utf-8"), file=str(path))


def po_entry(msgid: str, msgstr: str = "", *, comment: str = "") -> str:
    """One PO entry, wrapped as gettext tools write it."""
    lines = [f"#. {comment}"] if comment else []
    lines += [f"msgid {_po_quote(msgid)}", f"msgstr {_po_quote(msgstr)}"]
    return "\n".join(lines) + "\n"


def _po_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'
