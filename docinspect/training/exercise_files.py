"""Reading exercise files from disk: one file, a folder of them, or the built-in curriculum."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from docinspect.i18n import Message
from docinspect.model.exercise import (
    CompareQuestion,
    Exercise,
    ExerciseError,
    Problem,
    Recipe,
    parse_exercise,
)
from docinspect.model.json_file import read_json_file
from docinspect.model.taxonomy import Taxonomy
from docinspect.training.content_language import (
    builtin_catalogue,
    content_language,
    localized,
)

#: Exercise files are JSON (docs/decisions/0003-exercise-files-json.md).
SUFFIX: Final = ".json"
#: A hand-written exercise is a few kilobytes; anything this large is not one.
MAX_BYTES: Final = 4 * 1024 * 1024


def read_exercise_file(path: Path, *, taxonomy: Taxonomy | None = None) -> Exercise:
    """Read and validate one exercise file; raise ExerciseError naming the file on any problem."""
    name = str(path)
    data = read_json_file(path, max_bytes=MAX_BYTES, error=ExerciseError)
    exercise = parse_exercise(data, file=name, taxonomy=taxonomy)
    problems = generator_problems(exercise, file=name)
    if problems:
        raise ExerciseError(problems)
    return exercise


def generator_problems(exercise: Exercise, *, file: str) -> list[Problem]:
    """Recipes the generator cannot make: a document type or state it does not draw, or a
    forgery method the document type (or the side: a TD1 card back) cannot carry, e.g. an MRZ
    forgery on an ID card front or a photo substitution on its back."""
    from docinspect.synth.forgeries import available_methods
    from docinspect.synth.generate import DOC_TYPES
    from docinspect.synth.profiles import profile_refusal
    from docinspect.synth.states import STATES

    problems = []
    for i, q in enumerate(exercise.questions):
        sources = [("recipe", q.specimen)]
        if isinstance(q, CompareQuestion):
            sources.append(("reference_recipe", q.reference))
        for key, recipe in sources:
            if not isinstance(recipe, Recipe):
                continue
            where = f"questions[{i}].{key}"
            doc = recipe.generator_type
            if doc not in DOC_TYPES:
                problems.append(
                    Problem(
                        file,
                        f"{where}.document_type",
                        Message(
                            "the generator makes {value} documents, not {doc}",
                            value=" and ".join(DOC_TYPES),
                            doc=doc,
                        ),
                    )
                )
                continue
            if recipe.state not in STATES:
                problems.append(
                    Problem(
                        file,
                        f"{where}.state",
                        Message(
                            "the generator has no state {state}; it has {value}",
                            state=repr(recipe.state),
                            value=", ".join(sorted(STATES)),
                        ),
                    )
                )
            if recipe.profile:
                reason = profile_refusal(recipe.profile, doc)
                if reason is not None:
                    problems.append(Problem(file, f"{where}.profile", reason))
            # The state decides what a passport's data page is made of (paper or polycarbonate).
            allowed = available_methods(doc, recipe.state if recipe.state in STATES else None)
            for j, method in enumerate(recipe.methods):
                if method not in allowed:
                    problems.append(
                        Problem(
                            file,
                            f"{where}.methods[{j}]",
                            f"the generator cannot apply {method!r} to a {doc} document"
                            + _why_not(method, recipe),
                        )
                    )
    return problems


def _why_not(method: str, recipe: Recipe) -> str:
    """Why a method does not fit the recipe's side, in exercise-file terms ("" if unknown)."""
    from docinspect.synth.forgeries import BACK_REFUSALS, available_methods

    if recipe.side == "back":
        reason = BACK_REFUSALS.get(method)
        return f" (the back of an ID card): {reason}" if reason else ""
    if (
        recipe.document_type.value == "td3"
        and not recipe.booklet
        and method in available_methods("td3-booklet")
    ):
        return ': a data page alone has no other pages; for the whole passport add "booklet": true'
    if recipe.document_type.value == "td1" and method in available_methods("td1-back"):
        return ': the card front prints no MRZ; for its back add "side": "back" to the recipe'
    return ""


@dataclass(frozen=True, slots=True)
class FolderResult:
    exercises: tuple[Exercise, ...]
    problems: tuple[Problem, ...]


def read_exercise_folder(folder: Path, *, taxonomy: Taxonomy | None = None) -> FolderResult:
    """Read every ``*.json`` under ``folder`` (sorted), collecting every problem of every file.

    Exercise ids must be unique across the folder.
    """
    return _read_all(sorted(p for p in folder.rglob(f"*{SUFFIX}") if p.is_file()), taxonomy)


def _read_all(paths: Iterable[Path], taxonomy: Taxonomy | None) -> FolderResult:
    exercises: list[Exercise] = []
    problems: list[Problem] = []
    first_file: dict[str, str] = {}
    for path in paths:
        try:
            ex = read_exercise_file(path, taxonomy=taxonomy)
        except ExerciseError as exc:
            problems.extend(exc.problems)
            continue
        if ex.id in first_file:
            problems.append(
                Problem(
                    str(path),
                    "id",
                    Message(
                        "exercise id {id} is also used by {value}",
                        id=repr(ex.id),
                        value=first_file[ex.id],
                    ),
                )
            )
            continue
        first_file[ex.id] = str(path)
        exercises.append(ex)
    return FolderResult(tuple(exercises), tuple(problems))


def builtin_exercises(
    *, taxonomy: Taxonomy | None = None, language: str | None = None
) -> tuple[Exercise, ...]:
    """The built-in curriculum shipped in ``exercises/``, in file-name order, its texts in
    ``language`` (default: :func:`content_language`) where its catalogue translates them.

    Raises ExerciseError if a shipped file is invalid (a test keeps that from happening).
    """
    root = resources.files("docinspect.exercises")
    with resources.as_file(root) as folder:
        result = read_exercise_folder(Path(folder), taxonomy=taxonomy)
    if result.problems:
        raise ExerciseError(result.problems)
    catalogue = builtin_catalogue(language or content_language())
    return tuple(localized(e, catalogue) for e in result.exercises)
