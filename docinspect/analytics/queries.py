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

import dataclasses
import itertools
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from docinspect.analytics.accuracy import Accuracy
from docinspect.analytics.cohort import (
    CohortAnalysis,
    ItemAnalysis,
    TraineeSummary,
    specimen_template,
)
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
from docinspect.analytics.names import exercise_names_from_store
from docinspect.analytics.passing import pass_summary
from docinspect.analytics.timing import DecisionTimes
from docinspect.classroom.schema import cohort_members, cohorts
from docinspect.model.taxonomy import load_taxonomy
from docinspect.store import Store
from docinspect.store.schema import attempt_skills, attempts, exercise_sessions, skills, trainees
from docinspect.store.store import UNSCORED

#: Key in ``trainees.extra`` naming the trainee's cohort.
COHORT_KEY = "cohort"

_a = attempts.c
_s = exercise_sessions.c

#: An answer to a sealed exam is recorded without the key (mark "unscored", score 0) and judged
#: only when the instructor's station scores it (``docinspect classroom score-exam``). Until then
#: it counts nowhere: not as a miss, not as a false accept, not in item analysis.
_JUDGED = _a.mark != UNSCORED
#: A finished session still waiting for that scoring has no pass/fail yet; it is left out of the
#: pass figures rather than shown as "not passed".
_SCORED_SESSION = ~sa.exists().where((_a.session_id == _s.id) & (_a.mark == UNSCORED))


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


#: The whole log, no bounds.
ALL_TIME = Period()


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


# --- reading rows cheaply ------------------------------------------------------------------
#
# A million-row log makes per-value result processing the cost that matters: SQLAlchemy turns
# every UUID into a uuid.UUID and parses every SQLite timestamp with a regex. The queries
# below select ids and timestamps raw (type_coerce: no conversion) and booleans as 0/1/-1
# through CASE, which reads the same on SQLite and PostgreSQL, and normalise here.


def _tune(conn: Connection) -> None:
    """Let SQLite read the file through a memory map for these large reads.

    The join from attempts to attempt_skills does one index search per attempt; through
    mmap each costs a memory access instead of a read() call (about a third less time on
    the benchmark's million attempts). A no-op on PostgreSQL.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA mmap_size=1073741824")


def _raw(column: Any) -> Any:
    return sa.type_coerce(column, sa.String)


def _flag(column: Any) -> Any:
    """1 true, 0 false, -1 NULL, as an integer on every database."""
    return sa.case((column.is_(None), -1), (column, 1), else_=0)


def _key(value: Any) -> str:
    """A UUID as 32 hex digits, whether the driver gives text (SQLite) or uuid.UUID."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()


def _when(value: Any) -> datetime:
    """A UTC datetime from a raw SQLite timestamp text or a driver's datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


#: The method a refusing answer named. Only refusals are decoded: JSON extraction is the
#: dearest part of reading a row, and an acceptance names no method. ``accepted`` is set only
#: for answers that accept or refuse a document (verdict-like questions).
_REFUSED_METHOD = sa.case(
    (attempts.c.accepted.is_(False), attempts.c.answer["method"].as_string()), else_=None
)


def _answered(accepted: int, method: str | None) -> str | None:
    """The method a verdict answer named: "genuine" when it accepted the document."""
    if accepted < 0:
        return None
    if accepted:
        return GENUINE
    return method or None


# --- trainee dashboard ---------------------------------------------------------------------


def trainee_dashboard_from_store(
    store: Store,
    trainee_id: uuid.UUID,
    *,
    period: Period = ALL_TIME,
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
        _tune(conn)
        name = conn.execute(
            sa.select(trainees.c.name).where(trainees.c.id == trainee_id)
        ).scalar_one_or_none()
        if name is None:
            raise UnknownTraineeError(f"no trainee with id {trainee_id}")
        in_period = [_a.trainee_id == trainee_id, _JUDGED, *period.where(_a.answered_at)]
        rows = conn.execute(
            sa.select(
                _raw(_a.id),
                _raw(_a.answered_at),
                _flag(_a.correct),
                _a.time_ms,
                _a.exercise_id,
                _a.question_id,
                _a.specimen_ref,
                _a.truth_verdict,
                _flag(_a.accepted),
                _REFUSED_METHOD,
            ).where(*in_period)
        ).all()
        tags: dict[str, list[tuple[str, str]]] = {}
        for attempt_id, kind, skill in conn.execute(
            sa.select(
                _raw(attempt_skills.c.attempt_id), attempt_skills.c.kind, attempt_skills.c.skill
            )
            .join(attempts, attempts.c.id == attempt_skills.c.attempt_id)
            .where(*in_period)
        ):
            tags.setdefault(attempt_id, []).append((kind, skill))
        sessions = conn.execute(
            sa.select(_s.exercise_id, _s.finished_at, _s.score, _s.max_score, _s.passed).where(
                _s.trainee_id == trainee_id,
                _s.finished_at.is_not(None),
                _SCORED_SESSION,
                *period.where(_s.finished_at),
            )
        ).all()
        due = conn.execute(
            sa.select(skills.c.skill, skills.c.due).where(
                skills.c.trainee_id == trainee_id, skills.c.due <= now
            )
        ).all()
    categories = _categories()
    facts = []
    for r in rows:
        skill_tags = tags.get(r[0], ())
        decided = r[7] is not None and r[8] >= 0
        facts.append(
            AttemptFacts(
                timestamp=_when(r[1]),
                correct=r[2] == 1,
                time_ms=int(r[3]),
                exercise=r[4],
                question=r[5],
                specimen=r[6],
                categories=tuple(
                    sorted(
                        {categories[s] for k, s in skill_tags if k == "feature" and s in categories}
                    )
                ),
                methods=tuple(sorted(s for k, s in skill_tags if k == "method")),
                forged=(r[7] != GENUINE) if decided else None,
                refused=(r[8] == 0) if decided else None,
                answered_method=_answered(r[8], r[9]),
                verdict=r[7] if decided else None,
            )
        )
    dashboard = trainee_dashboard(
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
    return dataclasses.replace(dashboard, names=exercise_names_from_store(store))


# --- cohorts -------------------------------------------------------------------------------


def cohort_names(store: Store) -> list[tuple[str, int]]:
    """Cohort names with their number of trainees, sorted by name.

    A cohort is a classroom cohort (docinspect.classroom's tables, where the classroom has
    been set up on this database) or a name in a trainee profile's ``cohort`` key.
    """
    cohort = trainees.c.extra[COHORT_KEY].as_string()
    with store.engine.connect() as conn:
        names = set(conn.scalars(sa.select(cohort).where(cohort.is_not(None)).distinct()))
        if _has_classroom(store):
            names |= set(conn.scalars(sa.select(cohorts.c.name)))
    return [(name, len(cohort_trainees(store, name))) for name in sorted(names)]


def cohort_trainees(store: Store, cohort: str | None) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of the cohort's trainees by name; every trainee when ``cohort`` is None."""
    query = sa.select(trainees.c.id, trainees.c.name).order_by(trainees.c.name, trainees.c.id)
    if cohort is not None:
        member = trainees.c.extra[COHORT_KEY].as_string() == cohort
        if _has_classroom(store):
            in_classroom_cohort = sa.select(cohort_members.c.trainee_id).join(
                cohorts, cohorts.c.id == cohort_members.c.cohort_id
            )
            member = sa.or_(
                member, trainees.c.id.in_(in_classroom_cohort.where(cohorts.c.name == cohort))
            )
        query = query.where(member)
    with store.engine.connect() as conn:
        return [(r.id, r.name) for r in conn.execute(query)]


def _has_classroom(store: Store) -> bool:
    """True when the classroom's cohort tables exist on this database (not on a lone seat)."""
    return sa.inspect(store.engine).has_table(cohorts.name)


def _members(
    store: Store, cohort: str | None, trainee_ids: Sequence[uuid.UUID] | None
) -> tuple[list[tuple[uuid.UUID, str]], list[Any]]:
    """The cohort's (id, name) list and the WHERE condition selecting its attempts."""
    if trainee_ids is not None:
        wanted = set(trainee_ids)
        members = [(i, n) for i, n in cohort_trainees(store, None) if i in wanted]
    else:
        members = cohort_trainees(store, cohort)
    # Every trainee in the database: no IN list (500 ids) for the database to check.
    everyone = trainee_ids is None and cohort is None
    return members, [] if everyone else [_a.trainee_id.in_([m[0] for m in members])]


def cohort_item_analysis_from_store(
    store: Store,
    *,
    cohort: str | None = None,
    trainee_ids: Sequence[uuid.UUID] | None = None,
    period: Period = ALL_TIME,
) -> ItemAnalysis:
    """Item analysis alone (questions and specimen templates), for the instructor's view.

    Reads only the five columns it needs; ``cohort_analysis_from_store`` computes the same
    items along with every other cohort figure.
    """
    members, who = _members(store, cohort, trainee_ids)
    if not members:
        return ItemAnalysis(0, 0, (), ())
    with store.engine.connect() as conn:
        _tune(conn)
        rows = conn.execute(
            sa.select(
                _raw(_a.trainee_id),
                _a.exercise_id,
                _a.question_id,
                _a.specimen_ref,
                _flag(_a.correct),
            ).where(*who, _JUDGED, *period.where(_a.answered_at))
        ).all()
    cols = list(zip(*rows, strict=True)) if rows else [()] * 5
    trainee, _ = _codes(cols[0])
    correct = np.fromiter(cols[4], dtype=np.int64, count=len(rows)) == 1
    items, templates = _item_figures(trainee, cols[1], cols[2], cols[3], correct)
    return ItemAnalysis(len(members), len(rows), tuple(items), tuple(templates))


def _item_figures(
    trainee: np.ndarray,
    exercises: Sequence[str],
    questions: Sequence[str],
    specimens: Sequence[str],
    correct: np.ndarray,
) -> tuple[list[Any], list[Any]]:
    question_code, question_names = _codes(list(zip(exercises, questions, strict=True)))
    items = _cells(trainee, question_code, [f"{e}/{q}" for e, q in question_names], correct)
    template_code, template_names = _codes([specimen_template(r) for r in specimens])
    templates = _cells(trainee, template_code, template_names, correct, skip="")
    return items, templates


def cohort_analysis_from_store(
    store: Store,
    *,
    cohort: str | None = None,
    trainee_ids: Sequence[uuid.UUID] | None = None,
    name: str | None = None,
    period: Period = ALL_TIME,
) -> CohortAnalysis:
    """The instructor's figures for a cohort (by name), a list of trainees, or everyone.

    With ``trainee_ids`` the cohort is those trainees (``cohort`` then only labels it).
    """
    members, who = _members(store, cohort, trainee_ids)
    label = cohort if cohort is not None else ("selected trainees" if trainee_ids else "all")
    if not members:
        return _empty_cohort(label, name or label, period)
    ids = [m[0] for m in members]
    with store.engine.connect() as conn:
        _tune(conn)
        in_period = [*who, _JUDGED, *period.where(_a.answered_at)]
        rows = conn.execute(
            sa.select(
                _SKILL_TAGS,
                _raw(_a.trainee_id),
                _a.exercise_id,
                _a.question_id,
                _a.specimen_ref,
                _flag(_a.correct),
                _flag(_a.accepted),
                _a.truth_verdict,
                _a.time_ms,
                _REFUSED_METHOD,
                _raw(_a.answered_at),
            ).where(*in_period)
        ).all()
        session_rows = conn.execute(
            sa.select(_raw(_s.trainee_id), _s.exercise_id, _s.passed).where(
                *([_s.trainee_id.in_(ids)] if who else []),
                _s.finished_at.is_not(None),
                _SCORED_SESSION,
                *period.where(_s.finished_at),
            )
        ).all()
    result = _analyse(label, name or label, period, members, rows, session_rows)
    return dataclasses.replace(result, names=exercise_names_from_store(store))


def _codes(values: Sequence[Any]) -> tuple[np.ndarray, list[Any]]:
    """Factorise: a dense integer code per value, and the distinct values (code order).

    The dictionary work runs through ``map`` at C speed: each value first gets the position
    where it was first seen, and numpy makes those positions dense.
    """
    first_seen: dict[Any, int] = {}
    first = np.fromiter(
        map(first_seen.setdefault, values, itertools.count()), dtype=np.int64, count=len(values)
    )
    if not first.size:
        return first, []
    positions, codes = np.unique(first, return_inverse=True)
    return codes, [values[i] for i in positions.tolist()]


def _analyse(
    label: str,
    name: str,
    period: Period,
    members: Sequence[tuple[uuid.UUID, str]],
    rows: Sequence[Any],
    session_rows: Sequence[Any],
) -> CohortAnalysis:
    """Every cohort figure from the fetched columns, vectorised with numpy."""
    m = len(members)
    position = {_key(tid): k for k, (tid, _) in enumerate(members)}
    n = len(rows)
    cols = list(zip(*rows, strict=True)) if rows else [()] * 11
    # Factorise the raw ids first: 25 conversions instead of one per attempt.
    raw_trainee, raw_ids = _codes(cols[1])
    trainee = np.array([position[_key(v)] for v in raw_ids], dtype=np.int64)[raw_trainee]
    correct = np.fromiter(cols[5], dtype=np.int64, count=n) == 1
    accepted = np.fromiter(cols[6], dtype=np.int64, count=n)
    truth_code, truth_names = _codes(cols[7])
    genuine = np.isin(truth_code, [k for k, v in enumerate(truth_names) if v == GENUINE])
    has_truth = np.isin(truth_code, [k for k, v in enumerate(truth_names) if v is not None])
    time_ms = np.fromiter(cols[8], dtype=np.float64, count=n)
    decided = has_truth & (accepted >= 0)
    forged = decided & ~genuine

    def per_trainee(mask: np.ndarray) -> np.ndarray:
        return np.bincount(trainee[mask], minlength=m)

    counts = np.bincount(trainee, minlength=m)
    right = per_trainee(correct)
    hits, misses = per_trainee(forged & (accepted == 0)), per_trainee(forged & (accepted == 1))
    fas = per_trainee(decided & genuine & (accepted == 0))
    crs = per_trainee(decided & genuine & (accepted == 1))
    # Medians per trainee: sort by (trainee, time) once, then take each trainee's middle.
    order = np.lexsort((time_ms, trainee))
    bounds = np.concatenate(([0], np.cumsum(counts)))
    sorted_times = time_ms[order]

    verdicts: dict[str, list[bool]] = {}
    for tid, _exercise, passed in session_rows:
        verdicts.setdefault(_key(tid), []).append(bool(passed))
    summaries = []
    for k, (tid, trainee_name) in enumerate(members):
        mine = sorted_times[bounds[k] : bounds[k + 1]]
        sessions = verdicts.get(_key(tid), [])
        summaries.append(
            TraineeSummary(
                trainee=str(tid),
                name=trainee_name,
                overall=Accuracy(int(right[k]), int(counts[k])),
                detection=SignalDetection(int(hits[k]), int(misses[k]), int(fas[k]), int(crs[k])),
                times=DecisionTimes(int(mine.size), float(mine.mean()), float(np.median(mine)))
                if mine.size
                else DecisionTimes(0, None, None),
                sessions=len(sessions),
                sessions_passed=sum(sessions),
            )
        )

    items, templates = _item_figures(trainee, cols[2], cols[3], cols[4], correct)

    # Skills: attempts share few distinct skill sets, so each set is parsed once, then
    # expanded to one (attempt row, (kind, skill) code) entry per skill.
    categories = _categories()
    cat_names = sorted(set(categories.values()))
    at, pair_code, pairs = _skill_entries(cols[0])
    method_names = sorted({s for k, s in pairs if k == "method"})
    cat_of = np.array(
        [
            cat_names.index(categories[s]) if k == "feature" and s in categories else -1
            for k, s in pairs
        ]
        or [-1],
        dtype=np.int64,
    )
    method_of = np.array(
        [method_names.index(s) if k == "method" else -1 for k, s in pairs] or [-1], dtype=np.int64
    )
    row_cat = cat_of[pair_code]
    f = row_cat >= 0
    # An attempt counts once per category, however many of its features fall in it.
    attempt_cats = np.unique(at[f] * len(cat_names) + row_cat[f])
    pair_rows, pair_cats = np.divmod(attempt_cats, len(cat_names))
    cat_total = np.bincount(pair_cats, minlength=len(cat_names))
    cat_right = np.bincount(pair_cats, weights=correct[pair_rows], minlength=len(cat_names))
    by_category = {
        c: Accuracy(int(cat_right[j]), int(cat_total[j]))
        for j, c in enumerate(cat_names)
        if cat_total[j]
    }
    row_method = method_of[pair_code]
    mm = row_method >= 0
    method_total = np.bincount(row_method[mm], minlength=len(method_names))
    method_right = np.bincount(row_method[mm], weights=correct[at[mm]], minlength=len(method_names))
    by_method = {
        meth: Accuracy(int(method_right[j]), int(method_total[j]))
        for j, meth in enumerate(method_names)
    }

    # Confusion: answered label per attempt (-1 none), true label per method row or genuine.
    answer_names = [GENUINE]
    said = np.full(n, -1, dtype=np.int64)
    said[decided & (accepted == 1)] = 0
    refused = np.flatnonzero(decided & (accepted == 0))
    refused_code, refused_names = _codes([cols[9][k] for k in refused.tolist()])
    refused_map = []
    for method in refused_names:
        if not method:
            refused_map.append(-1)
            continue
        if method not in answer_names:
            answer_names.append(method)
        refused_map.append(answer_names.index(method))
    if refused.size:
        said[refused] = np.asarray(refused_map, dtype=np.int64)[refused_code]
    width = len(answer_names)
    method_said = said[at[mm]]
    keys = [
        row_method[mm][method_said >= 0] * width + method_said[method_said >= 0],
        np.full(int(np.count_nonzero(decided & genuine & (said >= 0))), len(method_names) * width)
        + said[decided & genuine & (said >= 0)],
    ]
    cell_keys, cell_counts = np.unique(np.concatenate(keys), return_counts=True)
    true_names = [*method_names, GENUINE]
    cells = [
        (true_names[key // width], answer_names[key % width], int(c))
        for key, c in zip(cell_keys.tolist(), cell_counts.tolist(), strict=True)
    ]

    stamps = [_when(v) for v in (min(cols[10]), max(cols[10]))] if n else [None, None]
    exercises = set(cols[2]) | {s[1] for s in session_rows}
    return CohortAnalysis(
        cohort=label,
        name=name,
        start=period.start if period.start is not None else stamps[0],
        end=period.end if period.end is not None else stamps[1],
        trainees=tuple(summaries),
        overall=Accuracy(int(right.sum()), n),
        by_category=by_category,
        by_method=by_method,
        detection=SignalDetection(
            int(hits.sum()), int(misses.sum()), int(fas.sum()), int(crs.sum())
        ),
        items=tuple(items),
        templates=tuple(templates),
        confusion=method_confusion_from_counts(cells),
        passes=pass_summary([s[1] for s in session_rows], [bool(s[2]) for s in session_rows]),
        exercises=tuple(sorted(exercises)),
    )


#: The attempt's skills as one text, "kind:skill|kind:skill" (in no particular order). A
#: correlated subquery rather than a join: the database does the same index search per
#: attempt, but the result stays one row per attempt and carries no attempt ids to match.
_SKILL_TAGS = (
    sa.select(sa.func.aggregate_strings(attempt_skills.c.kind + ":" + attempt_skills.c.skill, "|"))
    .where(attempt_skills.c.attempt_id == attempts.c.id)
    .scalar_subquery()
)


def _skill_entries(tags: Sequence[str | None]) -> tuple[np.ndarray, np.ndarray, list[Any]]:
    """(attempt row, skill code) per skill of each attempt, and the (kind, skill) per code."""
    tag_code, tag_texts = _codes(tags)
    index: dict[tuple[str, str], int] = {}
    per_set = []
    for text in tag_texts:
        skills_of_set = {tuple(tag.split(":", 1)) for tag in (text or "").split("|") if ":" in tag}
        per_set.append(
            np.array([index.setdefault(s, len(index)) for s in sorted(skills_of_set)], np.int64)
        )
    rows_at, codes = [], []
    order = np.argsort(tag_code, kind="stable")
    bounds = np.searchsorted(tag_code[order], np.arange(len(tag_texts) + 1))
    for g, set_codes in enumerate(per_set):
        members = order[bounds[g] : bounds[g + 1]]
        if set_codes.size and members.size:
            rows_at.append(np.repeat(members, set_codes.size))
            codes.append(np.tile(set_codes, members.size))
    if not rows_at:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), list(index)
    return np.concatenate(rows_at), np.concatenate(codes), list(index)


def _cells(
    trainee: np.ndarray,
    item: np.ndarray,
    names: Sequence[str],
    correct: np.ndarray,
    *,
    skip: str | None = None,
) -> list[Any]:
    """Item statistics of coded attempts, summed per (trainee, item) cell first."""
    keep = np.ones(item.size, dtype=bool)
    if skip is not None and skip in names:
        keep = item != list(names).index(skip)
    width = max(len(names), 1)
    cells, inverse = np.unique(trainee[keep] * width + item[keep], return_inverse=True)
    attempts_per = np.bincount(inverse)
    right_per = np.bincount(inverse, weights=correct[keep])
    cell_trainee, cell_item = np.divmod(cells, width)
    return item_analysis_from_cells(
        cell_trainee.tolist(), [names[i] for i in cell_item.tolist()], attempts_per, right_per
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
