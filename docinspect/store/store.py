"""The store: trainees, exercise sessions, the append-only attempt log and skill states.

Every public method opens its own connection from the engine's pool and commits before it
returns, so any thread (the GUI's save worker, 30 classroom seats) can call it; nothing holds
a connection between calls. Errors come out as StoreError with a readable message.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any, Final

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from docinspect.i18n import Message
from docinspect.model.exercise import Exercise, ExerciseError, exercise_to_data, parse_exercise
from docinspect.store.guards import missing_guards, restore_guards
from docinspect.store.schema import attempt_skills, attempts, exercise_sessions, skills, trainees
from docinspect.training.attempt import AttemptRecord
from docinspect.training.quiz import Results
from docinspect.training.scoring import Mark
from docinspect.training.skills import SkillKey, SkillKind, SkillSchedule, SkillState, skills_of

#: An attempt's mark until the instructor scores it (training.scoring.Mark.UNSCORED).
UNSCORED = Mark.UNSCORED.value

_log = logging.getLogger(__name__)

#: Held while migrating a PostgreSQL database, so seats starting together migrate once.
_PG_MIGRATION_LOCK = 0x0D0C_1A5E


#: Key in ``exercise_sessions.extra`` of the exercise's definition (exercise_to_data form).
_EXERCISE_KEY = "exercise"
#: Marks a session the trainee discarded (``Store.discard_session``).
_DISCARDED_KEY = "discarded"


class StoreError(RuntimeError):
    """The database could not be opened, read or written; the message says why."""


@dataclass(frozen=True, slots=True)
class Trainee:
    id: uuid.UUID
    name: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ExerciseSession:
    id: uuid.UUID
    trainee_id: uuid.UUID
    exercise_id: str
    exercise_title: str
    module: str
    mode: str
    seed: int
    question_order: tuple[str, ...]
    position: int
    started_at: datetime
    finished_at: datetime | None = None
    score: float | None = None
    max_score: float | None = None
    passed: bool | None = None
    #: The session holds its exercise's definition, so it can be resumed without the file it
    #: came from (an adaptive exercise is generated and has no file at all).
    carries_exercise: bool = False
    #: The trainee discarded it (not finished, no longer offered for resume); its answers stay
    #: in the attempt log, which is append-only.
    discarded: bool = False

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True, slots=True)
class ResumePoint:
    """Where an interrupted exercise stands: its session and every answer saved in it."""

    session: ExerciseSession
    answered: tuple[AttemptRecord, ...]
    #: The exercise as it was when the session started (None for sessions saved before
    #: sessions kept it, or if it no longer reads): resume asks exactly those questions.
    exercise: Exercise | None = None

    @property
    def position(self) -> int:
        """Index in ``session.question_order`` of the first question not yet answered."""
        done = {a.question_id for a in self.answered}
        for i, qid in enumerate(self.session.question_order):
            if qid not in done:
                return i
        return len(self.session.question_order)


def _now() -> datetime:
    return datetime.now(UTC)


def _describe(exc: BaseException) -> str:
    original = getattr(exc, "orig", None)
    return str(original or exc).strip().splitlines()[0]


def open_store(url: str | None = None, *, echo: bool = False) -> Store:
    """Open (creating if needed) the database at ``url`` and upgrade it to the newest schema.

    ``url`` defaults to the user's SQLite database (``userdata.database_url()``); a classroom
    passes ``postgresql+psycopg://...``. SQLite runs in WAL mode with foreign keys on.
    Raises StoreError if the database cannot be opened or migrated.
    """
    if url is None:
        from docinspect.userdata import database_url

        url = database_url()
    backend = _backend(url)
    if backend not in _BACKENDS:
        raise StoreError(
            Message(
                "cannot open the database {value}: DocInspect keeps results in SQLite (sqlite:///FILE) or PostgreSQL (postgresql+psycopg://…), not {value2}",
                value=_safe(url),
                value2=backend or "this",
            )
        )
    try:
        engine = _make_engine(url, echo=echo)
        _upgrade(engine, url)
        restored = _guard(engine)
    except SQLAlchemyError as exc:
        raise StoreError(
            Message(
                "cannot open the database {value}: {value2}",
                value=_safe(url),
                value2=_describe(exc),
            )
        ) from exc
    except (OSError, ValueError, ImportError) as exc:
        raise StoreError(
            Message("cannot open the database {value}: {exc}", value=_safe(url), exc=exc)
        ) from exc
    store = Store(engine)
    store.restored_guards = tuple(restored)
    return store


#: The databases DocInspect's migrations and queries are written and tested for.
_BACKENDS: Final = ("sqlite", "postgresql")


def _backend(url: str) -> str:
    try:
        return sa.make_url(url).get_backend_name()
    except Exception:  # an unparsable URL names no backend; _make_engine says why
        return "sqlite" if url.startswith("sqlite") else ""


def _guard(engine: Engine) -> list[str]:
    """Put back any append-only guard someone removed, and say so in the log.

    A seat's own PostgreSQL login may not create triggers: then the missing guards are only
    reported (the instructor's login restores them at its next open).
    """
    try:
        with engine.begin() as conn:
            restored = restore_guards(conn)
    except SQLAlchemyError as exc:
        with engine.connect() as conn:
            missing = missing_guards(conn)
        _log.warning(
            "attempt-log guards %s are missing and could not be restored: %s",
            ", ".join(missing),
            _describe(exc),
        )
        return []
    if restored:
        _log.warning(
            "the database %s lacked its attempt-log guards %s; they were restored",
            engine.url.render_as_string(hide_password=True),
            ", ".join(restored),
        )
    return restored


def _safe(url: str) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: show it as given, it holds no parsed password
        return url


def _make_engine(url: str, *, echo: bool) -> Engine:
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = sa.create_engine(parsed, echo=echo, connect_args={"timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL: readers never block the writer; a killed process loses no committed row.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return sa.create_engine(parsed, echo=echo, pool_pre_ping=True)


def migrations_config() -> Config:
    """Alembic configuration pointing at the migrations shipped inside this package."""
    config = Config()
    location = resources.files("docinspect.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(migrations_config()).get_current_head() or ""


def _upgrade(engine: Engine, url: str) -> None:
    config = migrations_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        current = MigrationContext.configure(conn).get_current_revision()
        head = head_revision()
        if current == head:
            return
        if current is not None and not _known_revision(current):
            raise StoreError(
                Message(
                    "cannot open the database {value}: it was written by a newer DocInspect (schema {current}; this version knows up to {head}). Update DocInspect; the database was not changed",
                    value=_safe(url),
                    current=current,
                    head=head,
                )
            )
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(migrations_config()).get_revision(revision) is not None
    except AlembicError:
        return False


class Store:
    """Persistence of DocInspect's training data. Safe to call from any thread."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        #: Append-only guards that were missing at open and were put back (see guards.py).
        self.restored_guards: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def engine(self) -> Engine:
        """For read-only queries of the layers above (analytics); never for writing attempts."""
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def schema_revision(self) -> str | None:
        with self._connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        """One connection and one transaction per call; errors become StoreError."""
        try:
            with self._engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(Message("database error: {value}", value=_describe(exc))) from exc

    # --- trainees ----------------------------------------------------------------------------

    def add_trainee(self, name: str, *, now: datetime | None = None) -> Trainee:
        name = name.strip()
        if not name:
            raise ValueError("a trainee needs a name")
        if len(name) > 200:
            raise ValueError("a trainee's name is at most 200 characters")
        trainee = Trainee(uuid.uuid4(), name, now or _now())
        with self._connect() as conn:
            conn.execute(
                trainees.insert().values(
                    id=trainee.id, name=name, created_at=trainee.created_at, extra={}
                )
            )
        return trainee

    def trainees(self) -> list[Trainee]:
        with self._connect() as conn:
            rows = conn.execute(
                sa.select(trainees).order_by(trainees.c.name, trainees.c.created_at)
            )
            return [Trainee(r.id, r.name, r.created_at) for r in rows]

    def trainee(self, trainee_id: uuid.UUID) -> Trainee:
        with self._connect() as conn:
            row = conn.execute(sa.select(trainees).where(trainees.c.id == trainee_id)).first()
        if row is None:
            raise KeyError(trainee_id)
        return Trainee(row.id, row.name, row.created_at)

    def find_trainees(self, text: str) -> list[uuid.UUID]:
        """The ids of the trainees ``text`` names: by id when it is one, else by exact name
        (several trainees may share a name; the caller says which to choose)."""
        text = text.strip()
        try:
            wanted = trainees.c.id == uuid.UUID(text)
        except ValueError:
            wanted = trainees.c.name == text
        with self._connect() as conn:
            return list(conn.scalars(sa.select(trainees.c.id).where(wanted)))

    # --- exercise sessions -------------------------------------------------------------------

    def start_session(
        self,
        trainee_id: uuid.UUID,
        exercise: Exercise,
        *,
        order: Sequence[str],
        seed: int,
        now: datetime | None = None,
    ) -> ExerciseSession:
        """Record that a trainee started an exercise, with the question order asked.

        The exercise's definition is kept with the session (a few kB of JSON), so a resume
        asks the same questions even when the exercise was generated (adaptive practice) or
        its file has changed since.
        """
        session = ExerciseSession(
            id=uuid.uuid4(),
            trainee_id=trainee_id,
            exercise_id=exercise.id,
            exercise_title=exercise.title,
            module=exercise.module,
            mode=exercise.mode.value,
            seed=seed,
            question_order=tuple(order),
            position=0,
            started_at=now or _now(),
            carries_exercise=True,
        )
        with self._connect() as conn:
            conn.execute(
                exercise_sessions.insert().values(
                    id=session.id,
                    trainee_id=trainee_id,
                    exercise_id=session.exercise_id,
                    exercise_title=session.exercise_title[:300],
                    module=session.module[:200],
                    mode=session.mode,
                    seed=seed,
                    question_order=list(session.question_order),
                    position=0,
                    started_at=session.started_at,
                    extra={_EXERCISE_KEY: exercise_to_data(exercise)},
                )
            )
        return session

    def session(self, session_id: uuid.UUID) -> ExerciseSession:
        with self._connect() as conn:
            return _session(_session_row(conn, session_id))

    def sessions_for(
        self, trainee_id: uuid.UUID, *, unfinished: bool = False
    ) -> list[ExerciseSession]:
        """A trainee's sessions, newest first; only those not finished (and not discarded) when
        ``unfinished``. A discarded session with no answer is left out altogether: it holds
        nothing a history could show."""
        query = sa.select(exercise_sessions).where(exercise_sessions.c.trainee_id == trainee_id)
        if unfinished:
            query = query.where(exercise_sessions.c.finished_at.is_(None))
        with self._connect() as conn:
            rows = conn.execute(query.order_by(exercise_sessions.c.started_at.desc()))
            found = [_session(r) for r in rows]
        if unfinished:
            return [s for s in found if not s.discarded]
        return [s for s in found if not (s.discarded and s.position == 0)]

    def discard_session(self, session_id: uuid.UUID) -> None:
        """The trainee gives up an interrupted exercise: it is no longer offered for resume.

        Its saved answers stay (the attempt log is append-only, and skills learnt from them
        count); the session is only marked, in its ``extra``, so no schema change is needed.
        A finished session is left as it is.
        """
        with self._connect() as conn:
            row = conn.execute(
                sa.select(exercise_sessions.c.extra, exercise_sessions.c.finished_at).where(
                    exercise_sessions.c.id == session_id
                )
            ).first()
            if row is None:
                raise KeyError(session_id)
            if row.finished_at is not None:
                return
            extra = dict(row.extra or {})
            extra[_DISCARDED_KEY] = True
            conn.execute(
                exercise_sessions.update()
                .where(exercise_sessions.c.id == session_id)
                .values(extra=extra)
            )

    def finish_session(
        self, session_id: uuid.UUID, results: Results, *, now: datetime | None = None
    ) -> None:
        """Mark a session finished with its results (a finished session is not offered for resume).

        A session with unscored answers (a sealed exam) gets no pass/fail and the score the
        seat could give (0: nothing scored yet, so readers that divide by max_score keep
        working); the instructor's station sets both when it scores the exam
        (``set_session_result``).
        """
        with self._connect() as conn:
            unscored = conn.execute(
                sa.select(attempts.c.id)
                .where((attempts.c.session_id == session_id) & (attempts.c.mark == UNSCORED))
                .limit(1)
            ).first()
            conn.execute(
                exercise_sessions.update()
                .where(exercise_sessions.c.id == session_id)
                .values(
                    finished_at=now or _now(),
                    score=results.score,
                    max_score=results.max_score,
                    passed=None if unscored else results.passed,
                )
            )

    def set_session_result(self, session_id: uuid.UUID, results: Results) -> None:
        """Score and pass/fail of a finished exam session, once its answers are scored."""
        with self._connect() as conn:
            conn.execute(
                exercise_sessions.update()
                .where(exercise_sessions.c.id == session_id)
                .values(score=results.score, max_score=results.max_score, passed=results.passed)
            )

    def sessions_of_exercise(self, exercise_id: str) -> list[ExerciseSession]:
        """Every trainee's sessions of one exercise, oldest first (for scoring an exam)."""
        query = (
            sa.select(exercise_sessions)
            .where(exercise_sessions.c.exercise_id == exercise_id)
            .order_by(exercise_sessions.c.started_at, exercise_sessions.c.id)
        )
        with self._connect() as conn:
            return [_session(r) for r in conn.execute(query)]

    def resume_point(self, session_id: uuid.UUID) -> ResumePoint:
        """The session and every attempt saved in it, in the order answered."""
        with self._connect() as conn:
            row = _session_row(conn, session_id)
            records = self._attempts(conn, attempts.c.session_id == session_id)
        return ResumePoint(_session(row), tuple(records), _stored_exercise(row))

    # --- attempts: append-only ---------------------------------------------------------------

    def record_attempt(
        self, record: AttemptRecord, *, schedule: SkillSchedule | None = None
    ) -> bool:
        """Append one attempt; True if it was new, False if this UUID was already saved.

        In the same transaction: the attempt's skills are logged, its session's position
        moves on, and with ``schedule`` the skills it exercised are reviewed (FSRS). Saving
        the same attempt twice (a retry after an unclear failure) changes nothing.
        """
        with self._connect() as conn:
            return self.append_attempt(conn, record, schedule=schedule)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction for several writes that must land together or not at all (a
        results bundle's import); errors become StoreError and nothing is kept."""
        with self._connect() as conn:
            yield conn

    def append_attempt(
        self, conn: Connection, record: AttemptRecord, *, schedule: SkillSchedule | None = None
    ) -> bool:
        """``record_attempt`` inside the caller's transaction (see ``transaction``)."""
        values = _attempt_values(record)
        insert = _insert_ignore(conn, attempts, values, ["id"]).returning(attempts.c.id)
        # RETURNING, not rowcount: drivers disagree on rowcount after ON CONFLICT DO NOTHING.
        if conn.execute(insert).first() is None:
            return False
        keys = skills_of(record)
        if keys:
            conn.execute(
                attempt_skills.insert(),
                [{"attempt_id": record.id, "kind": k.kind.value, "skill": k.id[:64]} for k in keys],
            )
        if record.session_id is not None:
            answered = conn.execute(
                sa.select(sa.func.count(sa.distinct(attempts.c.question_id))).where(
                    attempts.c.session_id == record.session_id
                )
            ).scalar_one()
            conn.execute(
                exercise_sessions.update()
                .where(exercise_sessions.c.id == record.session_id)
                .values(position=answered)
            )
        if schedule is not None and keys:
            states = self._skill_states(conn, record.trainee_id, keys)
            changed = schedule.apply(states, record)
            self._save_skills(conn, record.trainee_id, changed)
        return True

    def attempts_for(
        self,
        trainee_id: uuid.UUID,
        *,
        exercise_id: str | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> list[AttemptRecord]:
        """A trainee's attempts, oldest first (optionally one exercise's, or since a time)."""
        condition = attempts.c.trainee_id == trainee_id
        if exercise_id is not None:
            condition &= attempts.c.exercise_id == exercise_id
        if since is not None:
            condition &= attempts.c.answered_at >= since
        with self._connect() as conn:
            return self._attempts(conn, condition, limit=limit)

    def attempts_of_exercise(self, exercise_id: str) -> list[AttemptRecord]:
        """Every trainee's attempts at one exercise, oldest first (for scoring an exam)."""
        with self._connect() as conn:
            return self._attempts(conn, attempts.c.exercise_id == exercise_id)

    def score_sealed_attempts(self, scored: Sequence[AttemptRecord]) -> None:
        """Write the instructor's scores of sealed-exam attempts (one transaction).

        The one change ever made to a saved attempt: an exam's answers are recorded unscored on
        a seat without the key, and judged here from the sealed key. Only the judgement
        (score, mark, truth, skills) is written; the answer, time and trainee stay as saved.
        The database enforces it (migration 0002): only an ``unscored`` row may be updated,
        once; any other record in ``scored`` makes the whole call fail with StoreError.
        """
        if not scored:
            return
        with self._connect() as conn:
            for r in scored:
                conn.execute(
                    attempts.update()
                    .where(attempts.c.id == r.id)
                    .values(
                        score=r.score,
                        max_score=r.max_score,
                        correct=r.correct,
                        mark=r.mark,
                        truth_verdict=r.truth_verdict,
                        accepted=r.accepted,
                        timed_out=r.timed_out,
                        question_type=r.question_type,
                    )
                )
                keys = skills_of(r)
                if keys:
                    conn.execute(
                        attempt_skills.insert(),
                        [
                            {"attempt_id": r.id, "kind": k.kind.value, "skill": k.id[:64]}
                            for k in keys
                        ],
                    )

    def attempt_count(self) -> int:
        with self._connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(attempts)).scalar_one()

    def _attempts(
        self, conn: Connection, condition: Any, *, limit: int | None = None
    ) -> list[AttemptRecord]:
        query = sa.select(attempts).where(condition).order_by(attempts.c.answered_at, attempts.c.id)
        if limit is not None:
            query = query.limit(limit)
        rows = conn.execute(query).all()
        tags: dict[uuid.UUID, list[tuple[str, str]]] = {}
        ids = [r.id for r in rows]
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            for t in conn.execute(
                sa.select(attempt_skills).where(attempt_skills.c.attempt_id.in_(chunk))
            ):
                tags.setdefault(t.attempt_id, []).append((t.kind, t.skill))
        return [_record(r, tags.get(r.id, [])) for r in rows]

    # --- skills ------------------------------------------------------------------------------

    def skill_states(self, trainee_id: uuid.UUID) -> dict[SkillKey, SkillState]:
        with self._connect() as conn:
            return self._skill_states(conn, trainee_id, None)

    def save_skills(self, trainee_id: uuid.UUID, states: Iterable[SkillState]) -> None:
        with self._connect() as conn:
            self._save_skills(conn, trainee_id, list(states))

    def _skill_states(
        self, conn: Connection, trainee_id: uuid.UUID, keys: Sequence[SkillKey] | None
    ) -> dict[SkillKey, SkillState]:
        query = sa.select(skills).where(skills.c.trainee_id == trainee_id)
        result = {}
        for r in conn.execute(query):
            key = SkillKey(SkillKind(r.kind), r.skill)
            if keys is None or key in keys:
                result[key] = SkillState(key, r.card, r.due, r.subtlety, r.reviews, r.lapses)
        return result

    def _save_skills(
        self, conn: Connection, trainee_id: uuid.UUID, states: Sequence[SkillState]
    ) -> None:
        now = _now()
        for s in states:
            where = (
                (skills.c.trainee_id == trainee_id)
                & (skills.c.kind == s.key.kind.value)
                & (skills.c.skill == s.key.id)
            )
            values = {
                "card": s.card_json,
                "due": s.due,
                "subtlety": s.subtlety,
                "reviews": s.reviews,
                "lapses": s.lapses,
                "updated_at": now,
            }
            if not conn.execute(skills.update().where(where).values(**values)).rowcount:
                conn.execute(
                    skills.insert().values(
                        trainee_id=trainee_id, kind=s.key.kind.value, skill=s.key.id, **values
                    )
                )


def _insert_ignore(
    conn: Connection, table: sa.Table, values: dict[str, Any], keys: list[str]
) -> Any:
    """INSERT that does nothing when a row with the same key exists (SQLite and PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise StoreError(Message("unsupported database {name}", name=conn.dialect.name))
    return insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)


def _attempt_values(r: AttemptRecord) -> dict[str, Any]:
    if r.answered_at.tzinfo is None:
        raise ValueError("answered_at must be timezone-aware")
    return {
        "id": r.id,
        "trainee_id": r.trainee_id,
        "session_id": r.session_id,
        "exercise_id": r.exercise_id,
        "module": r.module[:200],
        "question_id": r.question_id,
        "question_type": r.question_type,
        "specimen_ref": r.specimen_ref[:300],
        "answer": dict(r.answer),
        "correct": r.correct,
        "score": r.score,
        "max_score": r.max_score,
        "mark": r.mark,
        "time_ms": r.time_ms,
        "hints_used": r.hints_used,
        "answered_at": r.answered_at,
        "truth_verdict": r.truth_verdict,
        "accepted": r.accepted,
        "timed_out": r.timed_out,
        "extra": dict(r.extra),
    }


def _record(r: Any, tags: list[tuple[str, str]]) -> AttemptRecord:
    return AttemptRecord(
        id=r.id,
        trainee_id=r.trainee_id,
        session_id=r.session_id,
        exercise_id=r.exercise_id,
        module=r.module,
        question_id=r.question_id,
        question_type=r.question_type,
        specimen_ref=r.specimen_ref,
        answer=r.answer,
        correct=r.correct,
        score=r.score,
        max_score=r.max_score,
        mark=r.mark,
        time_ms=r.time_ms,
        hints_used=r.hints_used,
        answered_at=r.answered_at,
        truth_verdict=r.truth_verdict,
        accepted=r.accepted,
        timed_out=r.timed_out,
        methods=tuple(s for k, s in tags if k == SkillKind.METHOD.value),
        features=tuple(s for k, s in tags if k == SkillKind.FEATURE.value),
        extra=r.extra,
    )


def _session_row(conn: sa.Connection, session_id: uuid.UUID) -> Any:
    """The session's row, or KeyError."""
    row = conn.execute(
        sa.select(exercise_sessions).where(exercise_sessions.c.id == session_id)
    ).first()
    if row is None:
        raise KeyError(session_id)
    return row


def _session(r: Any) -> ExerciseSession:
    return ExerciseSession(
        id=r.id,
        trainee_id=r.trainee_id,
        exercise_id=r.exercise_id,
        exercise_title=r.exercise_title,
        module=r.module,
        mode=r.mode,
        seed=r.seed,
        question_order=tuple(r.question_order),
        position=r.position,
        started_at=r.started_at,
        finished_at=r.finished_at,
        score=r.score,
        max_score=r.max_score,
        passed=r.passed,
        carries_exercise=isinstance((r.extra or {}).get(_EXERCISE_KEY), dict),
        discarded=bool((r.extra or {}).get(_DISCARDED_KEY)),
    )


def _stored_exercise(r: Any) -> Exercise | None:
    data = (r.extra or {}).get(_EXERCISE_KEY)
    if not isinstance(data, dict):
        return None
    try:
        return parse_exercise(data, file=f"<session {r.id}>")
    except ExerciseError:
        # The taxonomy changed under it: the caller falls back to the exercise by its id.
        return None
