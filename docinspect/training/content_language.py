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
    po_quote,
)
from docinspect.model.exercise import Exercise
from docinspect.model.lesson_plan import LessonPlan, Step
from docinspect.model.region import Region
from docinspect.model.specimen import Specimen

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


def lesson_plan_texts(plan: LessonPlan) -> list[str]:
    """Every text of a lesson plan a class or its instructor reads: title, summary, and each
    step's title, paragraphs and notes."""
    texts = [plan.title, plan.summary]
    for step in plan.steps:
        texts += step_texts(step)
    return [t for t in dict.fromkeys(texts) if t and t.strip()]


def step_texts(step: Step) -> list[str]:
    """A lesson plan step's texts: its title, paragraphs and notes."""
    texts = [step.title, *step.text, step.notes]
    return [t for t in dict.fromkeys(texts) if t and t.strip()]


def localized_plan(
    plan: LessonPlan, catalogue: Mapping[str, str], *, language: str | None = None
) -> LessonPlan:
    """``plan`` with every text translated: by the plan's own translations into ``language``
    (an instructor's plan carries them, decision 0034), else by ``catalogue`` (the shipped
    plans'). Ids, specimens, lights and reveals never change. When ``language`` is given
    and is not English, the texts neither translates stay as written and are listed, step by
    step, in the result's ``untranslated`` (the plan's own title and summary under ""), so
    that the presenter can tell the instructor, never the class."""
    own = plan.translations.get(language or "", {}) if language else {}
    if not catalogue and not own and not language:
        return plan
    untranslated: dict[str, list[str]] = {}

    def tr(text: str, where: str) -> str:
        found = own.get(text) or catalogue.get(text)
        if found:
            return found
        if text and text.strip() and language and language != "en":
            untranslated.setdefault(where, []).append(text)
        return text

    steps = tuple(
        dataclasses.replace(
            s,
            title=tr(s.title, s.id),
            text=tuple(tr(t, s.id) for t in s.text),
            notes=tr(s.notes, s.id),
        )
        for s in plan.steps
    )
    title, summary = tr(plan.title, ""), tr(plan.summary, "")
    return dataclasses.replace(
        plan,
        title=title,
        summary=summary,
        steps=steps,
        untranslated={k: tuple(v) for k, v in untranslated.items()},
    )


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


def specimen_texts(specimen: Specimen) -> list[str]:
    """What an author wrote on a specimen for trainees: its title (unless the generator gave
    it, which translates itself), the explanation of its truth and of each region (a
    booklet's other pages' too), in that order."""
    title = "" if generated_title(specimen.title) else specimen.title
    texts = [title, specimen.truth.explanation, *(r.explanation for r in specimen.regions)]
    for page in specimen.pages:
        texts += [r.explanation for r in page.regions]
    return [t for t in dict.fromkeys(texts) if t and t.strip()]


def generated_title(title: str) -> bool:
    """Whether ``title`` is one the generator writes ("Utopia passport data page — SMITH"):
    its title templates translate it (decision 0029), so an author has nothing to do."""
    from docinspect.training.explanation_language import translate_title  # imports this

    return bool(title) and any(translate_title(title, code) != title for code in LANGUAGES)


def localized_specimen(specimen: Specimen, catalogue: Mapping[str, str]) -> Specimen:
    """``specimen`` with its author's title and explanations (truth, regions) in their
    translation where ``catalogue`` has one; ids, shapes, lights and the verdict never
    change. A text the
    catalogue lacks stays as written (the generator's sentences are then still translated by
    their templates when shown, training/explanation_language.py)."""
    if not catalogue:
        return specimen

    def tr(text: str) -> str:
        return (catalogue.get(text) or text) if text else text

    def regions(items: tuple[Region, ...]) -> tuple[Region, ...]:
        return tuple(dataclasses.replace(r, explanation=tr(r.explanation)) for r in items)

    pages = tuple(dataclasses.replace(p, regions=regions(p.regions)) for p in specimen.pages)
    truth = specimen.truth
    if truth.explanation:
        truth = dataclasses.replace(truth, explanation=tr(truth.explanation))
    return dataclasses.replace(
        specimen,
        title=tr(specimen.title),
        truth=truth,
        regions=regions(specimen.regions),
        pages=pages,
    )


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
    lines += [f"msgid {po_quote(msgid)}", f"msgstr {po_quote(msgstr)}"]
    return "\n".join(lines) + "\n"
