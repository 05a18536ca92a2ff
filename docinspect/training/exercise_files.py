"""Reading exercise files from disk: one file, a folder of them, or the built-in curriculum."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from docinspect.model.exercise import Exercise, ExerciseError, Problem, parse_exercise
from docinspect.model.taxonomy import Taxonomy

#: Exercise files are JSON (docs/decisions/0003-exercise-files-json.md).
SUFFIX: Final = ".json"
#: A hand-written exercise is a few kilobytes; anything this large is not one.
MAX_BYTES: Final = 4 * 1024 * 1024


def read_exercise_file(path: Path, *, taxonomy: Taxonomy | None = None) -> Exercise:
    """Read and validate one exercise file; raise ExerciseError naming the file on any problem."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExerciseError([Problem(name, "", f"larger than {MAX_BYTES // 1024 // 1024} MB")])
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExerciseError([Problem(name, "", f"not UTF-8 text ({exc.reason})")]) from None
    except OSError as exc:
        raise ExerciseError([Problem(name, "", f"cannot read: {exc.strerror or exc}")]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExerciseError(
            [
                Problem(
                    name, "", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
                )
            ]
        ) from None
    except RecursionError:
        raise ExerciseError([Problem(name, "", "not valid JSON: nested too deeply")]) from None
    return parse_exercise(data, file=name, taxonomy=taxonomy)


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
                    str(path), "id", f"exercise id {ex.id!r} is also used by {first_file[ex.id]}"
                )
            )
            continue
        first_file[ex.id] = str(path)
        exercises.append(ex)
    return FolderResult(tuple(exercises), tuple(problems))


def builtin_exercises(*, taxonomy: Taxonomy | None = None) -> tuple[Exercise, ...]:
    """The built-in curriculum shipped in ``exercises/``, in file-name order.

    Raises ExerciseError if a shipped file is invalid (a test keeps that from happening).
    """
    root = resources.files("docinspect.exercises")
    with resources.as_file(root) as folder:
        result = read_exercise_folder(Path(folder), taxonomy=taxonomy)
    if result.problems:
        raise ExerciseError(result.problems)
    return result.exercises
