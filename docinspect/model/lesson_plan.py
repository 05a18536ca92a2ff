"""Lesson plans: an instructor's ordered agenda of lessons, exercises and presenter steps.

A lesson plan file is JSON with a ``format`` version (the same conventions as exercise files,
docs/decisions/0003-exercise-files-json.md). ``parse_lesson_plan`` checks everything at once
and raises ``LessonPlanError`` listing every problem with file, field and reason;
``lesson_plan_to_data`` writes the same form back, unknown keys included.

Plan files end in ``.lesson`` (not ``.json``): the curriculum folder ``exercises/`` is read as
"every ``*.json`` is an exercise", and the built-in plans live beneath it in
``exercises/lesson-plans/``.

Each step has a planned duration in minutes and instructor notes (never shown to the class).
A presenter step names the specimen to put on the projector — a pack specimen by pack id and
specimen id, or a generator recipe as in exercise files — with the light, tilt and loupe to
start with and the regions to reveal one by one (by region id or by feature id).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, TypeAlias

from docinspect.i18n import Message
from docinspect.model.exercise import Problem, Recipe, _Reader, _recipe, recipe_to_data
from docinspect.model.json_file import read_json_file
from docinspect.model.light import MAX_POWER, MAX_TILT_DEG, Light
from docinspect.model.taxonomy import Taxonomy, load_taxonomy

#: Version of the lesson plan file format written by this code.
FORMAT_VERSION: Final = 1
#: File name ending of a lesson plan.
SUFFIX: Final = ".lesson"
#: Longest planned duration of one step, in minutes (a whole training day).
MAX_STEP_MINUTES: Final = 8 * 60
#: A lesson plan is a few pages of steps and notes; exercise files have the same 4 MB limit.
MAX_PLAN_BYTES: Final = 4 * 1024 * 1024
#: Most-missed items a debrief lists unless the plan says otherwise.
DEFAULT_DEBRIEF_ITEMS: Final = 5


class StepKind(StrEnum):
    LESSON = "lesson"  # text the instructor presents
    EXERCISE = "exercise"  # trainees work an exercise at their seats
    PRESENTER = "presenter"  # a specimen on the projector, regions revealed one by one
    DEBRIEF = "debrief"  # the class's most-missed items


@dataclass(frozen=True, slots=True)
class PackSpecimenRef:
    """A specimen of a pack, by the pack's id and the specimen's id."""

    pack: str
    id: str

    def key(self) -> str:
        return f"pack:{self.pack}/{self.id}"


SpecimenRef: TypeAlias = PackSpecimenRef | Recipe


@dataclass(frozen=True, slots=True)
class LoupeSetting:
    """Where the loupe starts: a point on the page in millimetres and its power."""

    x_mm: float
    y_mm: float
    power: float = 10.0


@dataclass(frozen=True, slots=True)
class Step:
    """One item of the agenda. Which fields matter depends on ``kind``."""

    id: str
    kind: StepKind
    title: str
    minutes: float
    #: For the instructor only: the notes panel, never the projector.
    notes: str = ""
    #: Lesson: paragraphs shown in large type. Other kinds: an optional caption.
    text: tuple[str, ...] = ()
    #: Exercise: the id of an exercise of the curriculum.
    exercise: str | None = None
    #: Presenter: the specimen on the big screen, and how it is shown at first.
    specimen: SpecimenRef | None = None
    light: Light = Light.WHITE
    tilt_deg: float = 0.0
    #: Towards–away tilt (top edge away > 0); written only when not 0, so that plans without
    #: it stay readable by versions that refuse unknown keys.
    tilt_away_deg: float = 0.0
    loupe: LoupeSetting | None = None
    #: Presenter: region ids or feature ids, revealed in this order.
    reveal: tuple[str, ...] = ()
    #: Debrief: how many most-missed items to list.
    items: int = DEFAULT_DEBRIEF_ITEMS
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class LessonPlan:
    id: str
    title: str
    steps: tuple[Step, ...]
    summary: str = ""
    format: int = FORMAT_VERSION
    #: The author's own translations of the plan's texts, by language: English text →
    #: translation (decision 0034). Keyed by the English, as a PO catalogue is: a text whose
    #: English changes has no translation until its author gives one.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: Texts shown as written because the language the plan was opened in has no translation
    #: for them, by step id ("" for the plan's title and summary). Filled when a plan is put in
    #: a language (training/content_language.py ``localized_plan``); never saved.
    untranslated: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def planned_minutes(self) -> float:
        return sum(s.minutes for s in self.steps)


class LessonPlanError(ValueError):
    """A lesson plan file is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


_PLAN_KEYS: Final = frozenset({"format", "id", "title", "summary", "steps", "translations"})
_LANGUAGE_RE: Final = re.compile(r"^[a-z]{2,3}$")
_COMMON_KEYS: Final = frozenset({"id", "kind", "title", "minutes", "notes", "text"})
_KIND_KEYS: Final[Mapping[StepKind, frozenset[str]]] = {
    StepKind.LESSON: frozenset(),
    StepKind.EXERCISE: frozenset({"exercise"}),
    StepKind.PRESENTER: frozenset(
        {"specimen", "recipe", "light", "tilt_deg", "tilt_away_deg", "loupe", "reveal"}
    ),
    StepKind.DEBRIEF: frozenset({"items"}),
}
_LOUPE_KEYS: Final = frozenset({"x_mm", "y_mm", "power"})


def parse_lesson_plan(
    data: Any,
    *,
    file: str,
    exercise_ids: Collection[str] | None = None,
    taxonomy: Taxonomy | None = None,
) -> LessonPlan:
    """Check ``data`` (parsed JSON) and build the plan, or raise LessonPlanError with every problem.

    ``exercise_ids``, when given, are the exercises an exercise step may name.
    """
    r = _Reader(file, taxonomy or load_taxonomy())
    top = r.obj(data, "")
    if top is None:
        raise LessonPlanError(r.problems)
    version = r.get(top, "format", "", int, required=True, default=FORMAT_VERSION)
    if isinstance(version, int) and version > FORMAT_VERSION:
        r.problem(
            "format",
            Message(
                "version {version} is newer than this DocInspect reads ({known}); update it",
                version=version,
                known=FORMAT_VERSION,
            ),
        )
    plan_id = r.ident(top, "id", "")
    title = r.text(top, "title", "", required=True)
    summary = r.text(top, "summary", "")
    raw_steps = r.get(top, "steps", "", list, required=True, default=[])
    if isinstance(raw_steps, list) and not raw_steps and "steps" in top:
        r.problem("steps", Message("a lesson plan needs at least one step"))
    steps: list[Step] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_steps):
        path = f"steps[{i}]"
        step = _step(r, raw, path, exercise_ids)
        if step is None:
            continue
        if step.id in seen:
            r.problem(
                f"{path}.id",
                Message(
                    "{id} is already the id of {other}",
                    id=repr(step.id),
                    other=f"steps[{seen[step.id]}]",
                ),
            )
        seen.setdefault(step.id, i)
        steps.append(step)
    translations = _translations(r, top.get("translations"))
    if r.problems:
        raise LessonPlanError(r.problems)
    return LessonPlan(
        id=plan_id,
        title=title,
        steps=tuple(steps),
        summary=summary,
        format=FORMAT_VERSION,
        translations=translations,
        extra={k: v for k, v in top.items() if k not in _PLAN_KEYS},
    )


def _translations(r: _Reader, raw: Any) -> dict[str, dict[str, str]]:
    """``translations``: {language: {English text: translation}}; every problem reported."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        r.problem(
            "translations",
            Message('expected an object: {"bg": {"English text": "translation"}}'),
        )
        return {}
    out: dict[str, dict[str, str]] = {}
    for language, table in raw.items():
        where = f"translations.{language}"
        if not isinstance(language, str) or not _LANGUAGE_RE.match(language):
            r.problem(
                where, Message("a language is a code of two or three small letters, e.g. bg, ru")
            )
            continue
        if not isinstance(table, dict):
            r.problem(where, Message("expected an object: English text -> translation"))
            continue
        texts: dict[str, str] = {}
        for english, translation in table.items():
            if not isinstance(translation, str):
                r.problem(f"{where}[{english[:40]!r}]", Message("expected text (the translation)"))
            elif translation.strip():
                texts[english] = translation
        out[language] = texts
    return out


def _step(r: _Reader, raw: Any, path: str, exercise_ids: Collection[str] | None) -> Step | None:
    data = r.obj(raw, path)
    if data is None:
        return None
    before = len(r.problems)
    step_id = r.ident(data, "id", path)
    kind_text = r.get(data, "kind", path, str, required=True, default=None)
    kind: StepKind | None = None
    if kind_text is not None:
        try:
            kind = StepKind(kind_text)
        except ValueError:
            choices = ", ".join(k.value for k in StepKind)
            r.problem(
                f"{path}.kind",
                Message(
                    "unknown step kind {kind}; expected one of: {choices}",
                    kind=repr(kind_text),
                    choices=choices,
                ),
            )
    title = r.text(data, "title", path, required=True)
    minutes = r.number(
        data, "minutes", path, default=0.0, low=0, high=MAX_STEP_MINUTES, low_open=True,
        required=True,
    )  # fmt: skip
    notes = r.text(data, "notes", path)
    text = _paragraphs(r, data, path)
    if kind is None:
        return None
    fields: dict[str, Any] = {}
    if kind is StepKind.EXERCISE:
        exercise = r.ident(data, "exercise", path)
        if exercise and exercise_ids is not None and exercise not in exercise_ids:
            r.problem(
                f"{path}.exercise",
                Message("no exercise {exercise} in the curriculum", exercise=repr(exercise)),
            )
        fields["exercise"] = exercise
    elif kind is StepKind.PRESENTER:
        fields.update(_presenter(r, data, path))
    elif kind is StepKind.DEBRIEF:
        items = r.get(data, "items", path, int, default=DEFAULT_DEBRIEF_ITEMS)
        if not 1 <= items <= 50:
            r.problem(f"{path}.items", Message("must be from 1 to 50, not {n}", n=items))
        fields["items"] = items
    known = _COMMON_KEYS | _KIND_KEYS[kind]
    if len(r.problems) > before:
        return None
    return Step(
        id=step_id,
        kind=kind,
        title=title,
        minutes=float(minutes or 0.0),
        notes=notes,
        text=text,
        extra={k: v for k, v in data.items() if k not in known},
        **fields,
    )


def _paragraphs(r: _Reader, data: dict[str, Any], path: str) -> tuple[str, ...]:
    raw = r.get(data, "text", path, (list, str), default=[])
    if isinstance(raw, str):
        return (raw,)
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            out.append(item)
        else:
            r.problem(f"{path}.text[{i}]", Message("expected text (one paragraph)"))
    return tuple(out)


def _presenter(r: _Reader, data: dict[str, Any], path: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    has_pack = data.get("specimen") is not None
    has_recipe = data.get("recipe") is not None
    if has_pack and has_recipe:
        r.problem(path, Message("give either 'specimen' or 'recipe', not both"))
    elif has_pack:
        ref = r.obj(data["specimen"], f"{path}.specimen")
        if ref is not None:
            pack = r.ident(ref, "pack", f"{path}.specimen")
            spec = r.ident(ref, "id", f"{path}.specimen")
            out["specimen"] = PackSpecimenRef(pack, spec)
    elif has_recipe:
        out["specimen"] = _recipe(r, data["recipe"], f"{path}.recipe")
    else:
        r.problem(
            path,
            Message(
                'a presenter step needs a specimen: \'specimen\' ({"pack": ..., "id": ...})'
                " or 'recipe' (a generator recipe)"
            ),
        )
    if "light" in data:
        light = r.light(data["light"], f"{path}.light")
        if light is not None:
            out["light"] = light
    tilt = r.number(data, "tilt_deg", path, default=0.0, low=-MAX_TILT_DEG, high=MAX_TILT_DEG)
    out["tilt_deg"] = float(tilt or 0.0)
    away = r.number(data, "tilt_away_deg", path, default=0.0, low=-MAX_TILT_DEG, high=MAX_TILT_DEG)
    out["tilt_away_deg"] = float(away or 0.0)
    if data.get("loupe") is not None:
        loupe = r.obj(data["loupe"], f"{path}.loupe")
        if loupe is not None:
            where = f"{path}.loupe"
            x = r.number(loupe, "x_mm", where, default=None, low=0, required=True)
            y = r.number(loupe, "y_mm", where, default=None, low=0, required=True)
            power = r.number(loupe, "power", where, default=10.0, low=2, high=MAX_POWER)
            for key in sorted(set(loupe) - _LOUPE_KEYS):
                r.problem(f"{where}.{key}", Message("unknown key (expected x_mm, y_mm, power)"))
            if x is not None and y is not None:
                out["loupe"] = LoupeSetting(x, y, float(power or 10.0))
    raw = r.get(data, "reveal", path, list, default=[])
    reveal = []
    for i, item in enumerate(raw):
        if isinstance(item, str) and item:
            reveal.append(item)
        else:
            r.problem(f"{path}.reveal[{i}]", Message("expected a region id or a feature id"))
    if len(set(reveal)) != len(reveal):
        r.problem(f"{path}.reveal", Message("names a region twice"))
    out["reveal"] = tuple(reveal)
    return out


# --- files ------------------------------------------------------------------------------------


def read_lesson_plan(
    path: Path, *, exercise_ids: Collection[str] | None = None, taxonomy: Taxonomy | None = None
) -> LessonPlan:
    """Read and check a lesson plan file; LessonPlanError (naming the file) for any problem."""
    file = str(path)
    data = read_json_file(path, max_bytes=MAX_PLAN_BYTES, error=LessonPlanError)
    return parse_lesson_plan(data, file=file, exercise_ids=exercise_ids, taxonomy=taxonomy)


def lesson_plan_to_data(plan: LessonPlan) -> dict[str, Any]:
    """The JSON form of ``plan``, with the unknown keys it was read with."""
    data: dict[str, Any] = {"format": FORMAT_VERSION, "id": plan.id, "title": plan.title}
    if plan.summary:
        data["summary"] = plan.summary
    data["steps"] = [_step_to_data(s) for s in plan.steps]
    translations = {k: dict(v) for k, v in plan.translations.items() if v}
    if translations:
        data["translations"] = translations
    data.update(plan.extra)
    return data


def _step_to_data(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": step.id,
        "kind": step.kind.value,
        "title": step.title,
        "minutes": step.minutes,
    }
    if step.notes:
        data["notes"] = step.notes
    if step.text:
        data["text"] = list(step.text)
    if step.kind is StepKind.EXERCISE:
        data["exercise"] = step.exercise
    elif step.kind is StepKind.PRESENTER:
        if isinstance(step.specimen, PackSpecimenRef):
            data["specimen"] = {"pack": step.specimen.pack, "id": step.specimen.id}
        elif isinstance(step.specimen, Recipe):
            data["recipe"] = recipe_to_data(step.specimen)  # a card back keeps its side
        data["light"] = step.light.value
        data["tilt_deg"] = step.tilt_deg
        if step.tilt_away_deg:
            data["tilt_away_deg"] = step.tilt_away_deg
        if step.loupe is not None:
            data["loupe"] = {
                "x_mm": step.loupe.x_mm,
                "y_mm": step.loupe.y_mm,
                "power": step.loupe.power,
            }
        data["reveal"] = list(step.reveal)
    elif step.kind is StepKind.DEBRIEF:
        data["items"] = step.items
    data.update(step.extra)
    return data


def write_lesson_plan(path: Path, plan: LessonPlan) -> None:
    """Save ``plan`` atomically: a failed save leaves the previous file as it was."""
    path = Path(path)
    text = json.dumps(lesson_plan_to_data(plan), indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def lesson_plan_files(folder: Path) -> list[Path]:
    """The lesson plan files in ``folder`` (not below it), sorted by name."""
    return sorted(p for p in Path(folder).glob(f"*{SUFFIX}") if p.is_file())
