"""Analytics over the store: a trainee's dashboard and a cohort's analysis, from the database.

The attempt log may hold millions of rows, so the database does the heavy work: a cohort's
figures come from ``GROUP BY`` queries whose results are a few thousand rows at most; a
trainee's dashboard reads only that trainee's attempts (an index on trainee and time), and only
the columns it needs, as tuples rather than ORM objects.

Cohorts: the schema has no cohort table yet (classroom issue). A cohort is the trainees whose
``trainees.extra`` JSON has ``"cohort": "<name>"``; a caller may instead pass trainee ids.
Timestamps are UTC; a period is ``start <= answered_at < end``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from docinspect.analytics.accuracy import Accuracy
from docinspect.analytics.cohort import CohortAnalysis, TraineeSummary, specimen_template
from docinspect.analytics.confusion import method_confusion, method_confusion_from_counts
from docinspect.analytics.dashboard import (
    GENUINE,
    AttemptFacts,
    SessionResult,
    SkillDue,
    TraineeDashboard,
    trainee_dashboard,
)
from docinspect.analytics.detection import SignalDetection
from docinspect.analytics.items import item_analysis_from_cells
from docinspect.analytics.passing import pass_summary
from docinspect.analytics.timing import DecisionTimes
from docinspect.model.taxonomy import load_taxonomy
from docinspect.store import Store
from docinspect.store.schema import attempt_skills, attempts, exercise_sessions, skills, trainees

#: Key in ``trainees.extra`` naming the trainee's cohort.
COHORT_KEY = "cohort"

_a = attempts.c
_s = exercise_sessions.c


class UnknownTraineeError(LookupError):
    """No trainee has the id asked for."""


@dataclass(frozen=True, slots=True)
class Period:
    """``start <= t < end``; either bound may be open. Both timezone-aware when given."""

    start: datetime | None = None
    end: datetime | None = None

    def __post_init__(self) -> None:
        for bound in (self.start, self.end):
            if bound is not None and bound.tzinfo is None:
                raise ValueError("period bounds must be timezone-aware")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError("the period ends before it starts")

    def where(self, column: Any) -> list[Any]:
        conditions = []
        if self.start is not None:
            conditions.append(column >= self.start)
        if self.end is not None:
            conditions.append(column < self.end)
        return conditions


@cache
def _categories() -> dict[str, str]:
    """Feature id → category (taxonomy)."""
    return {f.id: f.category.value for f in load_taxonomy().features.values()}


@cache
def builtin_pass_marks() -> dict[str, float]:
    """Pass marks of the built-in curriculum's exercises, by exercise id ({} if unreadable)."""
    try:
        from docinspect.training.exercise_files import builtin_exercises

        return {e.id: e.pass_mark for e in builtin_exercises()}
    except Exception:  # a broken shipped file must not stop a report; marks show as "–"
        return {}


# --- trainee dashboard ---------------------------------------------------------------------


def trainee_dashboard_from_store(
    store: Store,
    trainee_id: uuid.UUID,
    *,
    period: Period = Period(),
    now: datetime | None = None,
    pass_marks: Mapping[str, float] | None = None,
) -> TraineeDashboard:
    """Every figure of one trainee's dashboard over ``period``.

    Skills due are those due by ``now`` (default: the current time). Raises
    UnknownTraineeError when no trainee has ``trainee_id``.
    """
    now = now or datetime.now(UTC)
    marks = builtin_pass_marks() if pass_marks is None else pass_marks
    with store.engine.connect() as conn:
        name = conn.execute(
            sa.select(trainees.c.name).where(trainees.c.id == trainee_id)
        ).scalar_one_or_none()
        if name is None:
            raise UnknownTraineeError(f"no trainee with id {trainee_id}")
        in_period = [_a.trainee_id == trainee_id, *period.where(_a.answered_at)]
        rows = conn.execute(
            sa.select(
                _a.id,
                _a.answered_at,
                _a.correct,
                _a.time_ms,
                _a.exercise_id,
                _a.question_id,
                _a.specimen_ref,
                _a.truth_verdict,
                _a.accepted,
                _a.answer,
            ).where(*in_period)
        ).all()
        tags: dict[uuid.UUID, list[tuple[str, str]]] = {}
        for attempt_id, kind, skill in conn.execute(
            sa.select(attempt_skills.c.attempt_id, attempt_skills.c.kind, attempt_skills.c.skill)
            .join(attempts, attempts.c.id == attempt_skills.c.attempt_id)
            .where(*in_period)
        ):
            tags.setdefault(attempt_id, []).append((kind, skill))
        sessions = conn.execute(
            sa.select(_s.exercise_id, _s.finished_at, _s.score, _s.max_score, _s.passed).where(
                _s.trainee_id == trainee_id,
                _s.finished_at.is_not(None),
                *period.where(_s.finished_at),
            )
        ).all()
        due = conn.execute(
            sa.select(skills.c.skill, skills.c.due).where(
                skills.c.trainee_id == trainee_id, skills.c.due <= now
            )
        ).all()
    categories = _categories()
    facts = [_facts(r, tags.get(r.id, ()), categories) for r in rows]
    return trainee_dashboard(
        str(trainee_id),
        name,
        facts,
        sessions=[
            SessionResult(
                exercise=s.exercise_id,
                finished=s.finished_at,
                score=(s.score / s.max_score) if s.max_score else 0.0,
                pass_mark=marks.get(s.exercise_id),
                recorded_passed=s.passed,
            )
            for s in sessions
        ],
        skills_due=[SkillDue(skill, when) for skill, when in due],
        start=period.start,
        end=period.end,
    )


def _facts(
    row: Any, tags: Iterable[tuple[str, str]], categories: Mapping[str, str]
) -> AttemptFacts:
    methods = tuple(sorted(s for k, s in tags if k == "method"))
    cats = tuple(sorted({categories[s] for k, s in tags if k == "feature" and s in categories}))
    decided = row.truth_verdict is not None and row.accepted is not None
    return AttemptFacts(
        timestamp=row.answered_at,
        correct=bool(row.correct),
        time_ms=int(row.time_ms),
        exercise=row.exercise_id,
        question=row.question_id,
        specimen=row.specimen_ref,
        categories=cats,
        methods=methods,
        forged=(row.truth_verdict != GENUINE) if decided else None,
        refused=(not row.accepted) if decided else None,
        answered_method=_answered_method(row.answer, row.accepted),
    )


def _answered_method(answer: Any, accepted: bool | None) -> str | None:
    """The method a verdict answer named: "genuine" when it accepted the document."""
    if accepted is None or not isinstance(answer, Mapping) or answer.get("kind") != "verdict":
        return None
    if accepted:
        return GENUINE
    method = answer.get("method")
    return method if isinstance(method, str) and method else None


# --- cohorts -------------------------------------------------------------------------------


def cohort_names(store: Store) -> list[tuple[str, int]]:
    """Cohort names with their number of trainees, sorted by name."""
    cohort = trainees.c.extra[COHORT_KEY].as_string()
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(cohort, sa.func.count())
            .where(cohort.is_not(None))
            .group_by(cohort)
            .order_by(cohort)
        ).all()
    return [(name, int(n)) for name, n in rows]


def cohort_trainees(store: Store, cohort: str | None) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of the cohort's trainees by name; every trainee when ``cohort`` is None."""
    query = sa.select(trainees.c.id, trainees.c.name).order_by(trainees.c.name, trainees.c.id)
    if cohort is not None:
        query = query.where(trainees.c.extra[COHORT_KEY].as_string() == cohort)
    with store.engine.connect() as conn:
        return [(r.id, r.name) for r in conn.execute(query)]


def cohort_analysis_from_store(
    store: Store,
    *,
    cohort: str | None = None,
    trainee_ids: Sequence[uuid.UUID] | None = None,
    name: str | None = None,
    period: Period = Period(),
) -> CohortAnalysis:
    """The instructor's figures for a cohort (by name), a list of trainees, or everyone.

    With ``trainee_ids`` the cohort is those trainees (``cohort`` then only labels it).
    """
    if trainee_ids is not None:
        wanted = set(trainee_ids)
        members = [(i, n) for i, n in cohort_trainees(store, None) if i in wanted]
    else:
        members = cohort_trainees(store, cohort)
    names = {tid: n for tid, n in members}
    ids = list(names)
    label = cohort if cohort is not None else ("selected trainees" if trainee_ids else "all")
    with store.engine.connect() as conn:
        parts = _cohort_parts(conn, ids, period) if ids else None
    if parts is None:
        return _empty_cohort(label, name or label, period)
    return _assemble(label, name or label, period, names, parts)


@dataclass
class _Parts:
    per_trainee: list[Any]
    times: dict[uuid.UUID, np.ndarray]
    question_cells: list[Any]
    specimen_cells: list[Any]
    by_category: dict[str, Accuracy]
    by_method: dict[str, Accuracy]
    confusion_cells: list[tuple[str, str, int]]
    sessions: list[Any]
    exercises: set[str]
    span: tuple[datetime | None, datetime | None]


def _cohort_parts(conn: Connection, ids: list[uuid.UUID], period: Period) -> _Parts:
    who = _a.trainee_id.in_(ids)
    in_period = [who, *period.where(_a.answered_at)]
    decided = sa.and_(_a.truth_verdict.is_not(None), _a.accepted.is_not(None))
    forged = sa.and_(decided, _a.truth_verdict != GENUINE)
    genuine = sa.and_(decided, _a.truth_verdict == GENUINE)

    def count_if(condition: Any) -> Any:
        return sa.func.sum(sa.case((condition, 1), else_=0))

    per_trainee = conn.execute(
        sa.select(
            _a.trainee_id,
            sa.func.count().label("n"),
            count_if(_a.correct).label("right"),
            count_if(sa.and_(forged, _a.accepted.is_(False))).label("hits"),
            count_if(sa.and_(forged, _a.accepted.is_(True))).label("misses"),
            count_if(sa.and_(genuine, _a.accepted.is_(False))).label("fas"),
            count_if(sa.and_(genuine, _a.accepted.is_(True))).label("crs"),
            sa.func.avg(_a.time_ms).label("mean_ms"),
            sa.func.min(_a.answered_at).label("first"),
            sa.func.max(_a.answered_at).label("last"),
        )
        .where(*in_period)
        .group_by(_a.trainee_id)
    ).all()

    # Medians need the values; one integer column for the cohort is cheap to fetch.
    time_rows = conn.execute(sa.select(_a.trainee_id, _a.time_ms).where(*in_period)).all()
    times: dict[uuid.UUID, list[int]] = {}
    for tid, ms in time_rows:
        times.setdefault(tid, []).append(ms)

    question_cells = conn.execute(
        sa.select(
            _a.trainee_id, _a.exercise_id, _a.question_id, sa.func.count(), count_if(_a.correct)
        )
        .where(*in_period)
        .group_by(_a.trainee_id, _a.exercise_id, _a.question_id)
    ).all()
    specimen_cells = conn.execute(
        sa.select(_a.trainee_id, _a.specimen_ref, sa.func.count(), count_if(_a.correct))
        .where(*in_period, _a.specimen_ref != "")
        .group_by(_a.trainee_id, _a.specimen_ref)
    ).all()

    # Category per feature is taxonomy data: a CASE maps it in SQL, and DISTINCT counts an
    # attempt once per category even when it exercised two features of that category.
    cats = _categories()
    category = sa.case(
        {fid: cat for fid, cat in cats.items()}, value=attempt_skills.c.skill, else_=None
    )
    per_attempt = (
        sa.select(attempt_skills.c.attempt_id, category.label("category"), _a.correct)
        .join(attempts, attempts.c.id == attempt_skills.c.attempt_id)
        .where(*in_period, attempt_skills.c.kind == "feature")
        .distinct()
        .subquery()
    )
    by_category = {
        cat: Accuracy(int(right or 0), int(n))
        for cat, n, right in conn.execute(
            sa.select(per_attempt.c.category, sa.func.count(), count_if(per_attempt.c.correct))
            .where(per_attempt.c.category.is_not(None))
            .group_by(per_attempt.c.category)
            .order_by(per_attempt.c.category)
        )
    }
    skill_join = attempt_skills.join(attempts, attempts.c.id == attempt_skills.c.attempt_id)
    by_method = {
        method: Accuracy(int(right or 0), int(n))
        for method, n, right in conn.execute(
            sa.select(attempt_skills.c.skill, sa.func.count(), count_if(_a.correct))
            .select_from(skill_join)
            .where(*in_period, attempt_skills.c.kind == "method")
            .group_by(attempt_skills.c.skill)
            .order_by(attempt_skills.c.skill)
        )
    }

    # Confusion: (true method, accepted, named method) counted in SQL; genuine specimens have
    # no method rows, so they come from a second query.
    named = _a.answer["method"].as_string()
    verdict = sa.and_(decided, _a.answer["kind"].as_string() == "verdict")
    confusion_cells: list[tuple[str, str, int]] = []
    for true, accepted, said, n in conn.execute(
        sa.select(attempt_skills.c.skill, _a.accepted, named, sa.func.count())
        .select_from(skill_join)
        .where(*in_period, verdict, attempt_skills.c.kind == "method")
        .group_by(attempt_skills.c.skill, _a.accepted, named)
    ):
        answer = GENUINE if accepted else said
        if answer:
            confusion_cells.append((true, answer, int(n)))
    for accepted, said, n in conn.execute(
        sa.select(_a.accepted, named, sa.func.count())
        .where(*in_period, verdict, _a.truth_verdict == GENUINE)
        .group_by(_a.accepted, named)
    ):
        answer = GENUINE if accepted else said
        if answer:
            confusion_cells.append((GENUINE, answer, int(n)))

    sessions = conn.execute(
        sa.select(_s.trainee_id, _s.exercise_id, _s.passed).where(
            _s.trainee_id.in_(ids), _s.finished_at.is_not(None), *period.where(_s.finished_at)
        )
    ).all()
    exercises = {
        e for (e,) in conn.execute(sa.select(_a.exercise_id).where(*in_period).distinct())
    } | {s.exercise_id for s in sessions}
    firsts = [r.first for r in per_trainee if r.first is not None]
    lasts = [r.last for r in per_trainee if r.last is not None]
    return _Parts(
        per_trainee=per_trainee,
        times={tid: np.asarray(v, dtype=np.float64) for tid, v in times.items()},
        question_cells=question_cells,
        specimen_cells=specimen_cells,
        by_category=by_category,
        by_method=by_method,
        confusion_cells=confusion_cells,
        sessions=sessions,
        exercises=exercises,
        span=(min(firsts) if firsts else None, max(lasts) if lasts else None),
    )


def _assemble(
    label: str, name: str, period: Period, names: Mapping[uuid.UUID, str], parts: _Parts
) -> CohortAnalysis:
    stats = {r.trainee_id: r for r in parts.per_trainee}
    sessions: dict[uuid.UUID, list[bool]] = {}
    for s in parts.sessions:
        sessions.setdefault(s.trainee_id, []).append(bool(s.passed))
    summaries = []
    pooled = [0, 0, 0, 0]
    total = right = 0
    for tid, trainee_name in names.items():
        r = stats.get(tid)
        sd = SignalDetection(
            *(
                int(getattr(r, k) or 0) if r is not None else 0
                for k in ("hits", "misses", "fas", "crs")
            )
        )
        pooled = [
            p + v
            for p, v in zip(
                pooled, (sd.hits, sd.misses, sd.false_alarms, sd.correct_rejections), strict=True
            )
        ]
        n = int(r.n) if r is not None else 0
        ok = int(r.right or 0) if r is not None else 0
        total, right = total + n, right + ok
        t = parts.times.get(tid)
        times = (
            DecisionTimes(int(t.size), float(t.mean()), float(np.median(t)))
            if t is not None and t.size
            else DecisionTimes(0, None, None)
        )
        verdicts = sessions.get(tid, [])
        summaries.append(
            TraineeSummary(
                trainee=str(tid),
                name=trainee_name,
                overall=Accuracy(ok, n),
                detection=sd,
                times=times,
                sessions=len(verdicts),
                sessions_passed=sum(verdicts),
            )
        )

    q = parts.question_cells
    items = item_analysis_from_cells(
        [str(r[0]) for r in q],
        [f"{r[1]}/{r[2]}" for r in q],
        [r[3] for r in q],
        [r[4] or 0 for r in q],
    )
    # Many specimen refs share a template: sum their cells per (trainee, template) first.
    template_cells: dict[tuple[str, str], list[int]] = {}
    templates_of: dict[str, str] = {}
    for tid, ref, n, ok in parts.specimen_cells:
        template = templates_of.get(ref)
        if template is None:
            template = templates_of[ref] = specimen_template(ref)
        cell = template_cells.setdefault((str(tid), template), [0, 0])
        cell[0] += n
        cell[1] += ok or 0
    keys = list(template_cells)
    templates = item_analysis_from_cells(
        [k[0] for k in keys],
        [k[1] for k in keys],
        [template_cells[k][0] for k in keys],
        [template_cells[k][1] for k in keys],
    )
    return CohortAnalysis(
        cohort=label,
        name=name,
        start=period.start if period.start is not None else parts.span[0],
        end=period.end if period.end is not None else parts.span[1],
        trainees=tuple(summaries),
        overall=Accuracy(right, total),
        by_category=parts.by_category,
        by_method=parts.by_method,
        detection=SignalDetection(*pooled),
        items=tuple(items),
        templates=tuple(templates),
        confusion=method_confusion_from_counts(parts.confusion_cells),
        passes=pass_summary(
            [s.exercise_id for s in parts.sessions], [bool(s.passed) for s in parts.sessions]
        ),
        exercises=tuple(sorted(parts.exercises)),
    )


def _empty_cohort(label: str, name: str, period: Period) -> CohortAnalysis:
    return CohortAnalysis(
        cohort=label,
        name=name,
        start=period.start,
        end=period.end,
        trainees=(),
        overall=Accuracy(0, 0),
        by_category={},
        by_method={},
        detection=SignalDetection(0, 0, 0, 0),
        items=(),
        templates=(),
        confusion=method_confusion([], []),
        passes={},
        exercises=(),
    )
