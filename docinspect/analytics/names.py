"""People's names for what the attempt log keys by id: exercises, questions, specimen templates.

The log keys attempts by exercise id, question id and specimen reference (``light-and-uv``,
``office-paper-verdict``, ``recipe:td3:UTO:genuine:0.300``): stable keys, unreadable in a
report. Every session keeps its exercise's title and definition (``exercise_sessions.extra``),
so an instructor's own exercise is named by its title even where its pack is not at hand;
the built-in curriculum fills in what no session recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from docinspect.model.exercise import Exercise, ExerciseError, parse_exercise
from docinspect.model.taxonomy import load_taxonomy
from docinspect.store import Store
from docinspect.store.schema import exercise_sessions as _s


@dataclass(frozen=True, slots=True)
class ExerciseNames:
    """Titles of exercises and the place and prompt of each question, by id."""

    titles: Mapping[str, str] = field(default_factory=dict)
    #: "<exercise id>/<question id>" -> (1-based place in the exercise, prompt or "").
    questions: Mapping[str, tuple[int, str]] = field(default_factory=dict)

    def exercise(self, exercise_id: str) -> str:
        return self.titles.get(exercise_id) or exercise_id

    def item(self, item: str) -> str:
        """``exercise/question`` as "Title, question 2" (the id when nothing is known)."""
        exercise_id, _, _question = item.partition("/")
        title = self.titles.get(exercise_id)
        place = self.questions.get(item)
        if title and place:
            return f"{title}, question {place[0]}"
        if title:
            return f"{title}, {_question}"
        return item


def names_of(exercises: Iterable[Exercise], titles: Mapping[str, str] = {}) -> ExerciseNames:  # noqa: B006 (read only)
    all_titles = dict(titles)
    questions: dict[str, tuple[int, str]] = {}
    for ex in exercises:
        all_titles.setdefault(ex.id, ex.title or ex.id)
        for n, q in enumerate(ex.questions, start=1):
            questions.setdefault(f"{ex.id}/{q.id}", (n, getattr(q, "prompt", "") or ""))
    return ExerciseNames(all_titles, questions)


def exercise_names_from_store(store: Store) -> ExerciseNames:
    """Names of every exercise a session in ``store`` was of, and of the built-in curriculum."""
    from docinspect.training.exercise_files import builtin_exercises

    # One session per exercise is enough: its title and definition name the questions.
    first = (
        sa.select(_s.c.exercise_id, sa.func.min(_s.c.started_at).label("first"))
        .group_by(_s.c.exercise_id)
        .subquery()
    )
    query = sa.select(_s.c.exercise_id, _s.c.exercise_title, _s.c.extra).join(
        first, (first.c.exercise_id == _s.c.exercise_id) & (first.c.first == _s.c.started_at)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
        # A seat's sessions reach the server without their definitions; the class packs
        # (docinspect.classroom.class_packs) keep those of the instructor's own exercises.
        packed = []
        if sa.inspect(conn).has_table("classroom_packs"):
            packed = conn.execute(sa.text("SELECT exercises FROM classroom_packs")).all()
    titles: dict[str, str] = {}
    exercises: list[Exercise] = []
    for exercise_id, title, extra in rows:
        titles.setdefault(exercise_id, title)
        definition = extra.get("exercise") if isinstance(extra, Mapping) else None
        parsed = _parse(definition)
        if parsed is not None:
            exercises.append(parsed)
    for (summaries,) in packed:
        if isinstance(summaries, str):  # a JSON column read as text by a plain query
            import json

            summaries = json.loads(summaries)
        for summary in summaries if isinstance(summaries, list) else []:
            parsed = _parse(summary.get("definition") if isinstance(summary, Mapping) else None)
            if parsed is not None:
                exercises.append(parsed)
    return names_of([*exercises, *builtin_exercises()], titles)


def _parse(definition: Any) -> Exercise | None:
    if not isinstance(definition, Mapping):
        return None
    try:
        return parse_exercise(definition, file="session")
    except (ExerciseError, ValueError, TypeError):
        return None  # an old or foreign definition: the title alone names the exercise


def template_name(template: str) -> str:
    """A specimen template (``recipe:td3:UTO:office_paper:0.500``) as people say it:
    "TD3 of UTO, office paper, subtlety 0.50"; ``pack:s01`` as "pack specimen s01"."""
    if template.startswith("pack:"):
        return f"pack specimen {template[5:]}"
    parts = template.split(":")
    worn = ""
    if parts and parts[-1].startswith("wear="):
        worn = f", wear {parts.pop()[5:]}"
    if template.startswith("recipe:") and len(parts) in (5, 6):
        doc, state, methods, subtlety = parts[1], parts[2], parts[-2], parts[-1]
        doc_name = "TD1 card back" if doc == "td1-back" else doc.upper()
        known = {m.id: m.name for m in load_taxonomy().methods.values()}
        how = (
            "genuine"
            if methods == "genuine"
            else " + ".join(known.get(m, m.replace("_", " ")) for m in methods.split("+"))
        )
        try:
            level = f", subtlety {float(subtlety):.2f}"
        except ValueError:
            level = ""
        return f"{doc_name} of {state}, {how}{level}{worn}"
    return template
