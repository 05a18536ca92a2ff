"""The classroom: instructor and trainee accounts, cohorts, assignments and the live class view.

``open_classroom(url)`` opens the store (SQLite for one seat, PostgreSQL shared by a class),
upgrades the store's schema and then the classroom's own tables. Every operation takes the
``Login`` of whoever asks and refuses (``NotAllowed``) what that role may not do: a trainee
saves and reads only their own attempts and never manages accounts, cohorts or assignments.
"""

from __future__ import annotations

import functools
import hmac
import secrets
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from docinspect.classroom.access import Action, Login, NotAllowed, Role
from docinspect.classroom.answer_keys import open_answer_key
from docinspect.classroom.class_packs import (
    ClassPack,
    ExerciseSummary,
    builtin_summaries,
    prepare_upload,
    summaries_from_json,
    summaries_to_json,
)
from docinspect.classroom.exams import ExamScoreReport, score_exam
from docinspect.classroom.passwords import hash_password, verify_password
from docinspect.classroom.schema import (
    accounts,
    assignments,
    class_packs,
    cohort_members,
    cohorts,
)
from docinspect.classroom.seat_roles import SeatGrant, grant_seat, revoke_seat
from docinspect.i18n import Message
from docinspect.store import Store, StoreError, Trainee, open_store
from docinspect.store.schema import attempts, exercise_sessions, trainees
from docinspect.training.attempt import AttemptRecord

#: Held while migrating the classroom tables on PostgreSQL (the store uses another key).
_PG_MIGRATION_LOCK = 0x0D0C_C1A5


@functools.cache
def _dummy_hash() -> str:
    """Checked when the user name is unknown, so that case takes as long as a wrong password."""
    return hash_password(secrets.token_urlsafe(16))


@dataclass(frozen=True, slots=True)
class Cohort:
    id: uuid.UUID
    name: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Assignment:
    id: uuid.UUID
    cohort_id: uuid.UUID
    exercise_id: str
    title: str
    question_count: int
    due_at: datetime | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TraineeProgress:
    """Where one trainee stands on one assignment (a row of the live class view)."""

    trainee_id: uuid.UUID
    name: str
    answered: int
    correct: int
    question_count: int
    finished: bool
    last_answer_at: datetime | None
    overdue: bool

    @property
    def fraction_done(self) -> float:
        return min(1.0, self.answered / self.question_count) if self.question_count else 0.0


def classroom_migrations_config() -> Config:
    config = Config()
    location = resources.files("docinspect.classroom").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    return config


def classroom_head_revision() -> str:
    return ScriptDirectory.from_config(classroom_migrations_config()).get_current_head() or ""


def open_classroom(url: str | None = None) -> Classroom:
    """Open the classroom on ``url`` (default: the user's own SQLite database), migrating it.

    Raises StoreError with a readable message if the database cannot be opened or migrated.
    """
    store = open_store(url)
    try:
        _upgrade(store.engine)
    except SQLAlchemyError as exc:
        store.close()
        raise StoreError(
            Message("cannot prepare the classroom tables in {url}: {exc}", url=store.url, exc=exc)
        ) from exc
    return Classroom(store)


def _upgrade(engine: sa.Engine) -> None:
    config = classroom_migrations_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        context = MigrationContext.configure(
            conn, opts={"version_table": "classroom_alembic_version"}
        )
        if context.get_current_revision() == classroom_head_revision():
            return
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _now() -> datetime:
    return datetime.now(UTC)


class Classroom:
    """Accounts, cohorts and assignments over one store. Safe to call from any thread."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._engine = store.engine
        # Logins issued by this process, by account id. Only these are believed: the role and
        # trainee of a Login passed in are never read from it, only from here.
        self._issued: dict[uuid.UUID, Login] = {}
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return self._store.url

    @contextmanager
    def _transaction(self) -> Iterator[sa.Connection]:
        """One transaction; database failures become StoreError (IntegrityError is the caller's)."""
        try:
            with self._engine.begin() as conn:
                yield conn
        except IntegrityError:
            raise
        except SQLAlchemyError as exc:
            message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise StoreError(Message("database error: {message}", message=message)) from exc

    def close(self) -> None:
        self._store.close()

    # --- accounts and logins -------------------------------------------------------------------

    def has_instructor(self) -> bool:
        with self._transaction() as conn:
            query = sa.select(sa.func.count()).where(accounts.c.role == Role.INSTRUCTOR.value)
            return conn.execute(query.select_from(accounts)).scalar_one() > 0

    def create_instructor(self, username: str, password: str, *, by: Login | None) -> None:
        """Add an instructor account. Without ``by`` only while the classroom has none yet."""
        if by is None:
            if self.has_instructor():
                raise NotAllowed(Message("only an instructor can add another instructor"))
        else:
            self._require_instructor(by, "add an instructor")
        self._add_account(username, password, Role.INSTRUCTOR, None)

    def add_trainee(
        self, by: Login, name: str, *, username: str | None = None, password: str | None = None
    ) -> Trainee:
        """Add a trainee (an instructor's operation), with a login when ``username`` is given."""
        self._require_instructor(by, "add a trainee")
        if username is not None and password is None:
            raise ValueError("a trainee login needs a password")
        if username is not None and self._username_taken(username):
            raise ValueError(f"the user name {username.strip()!r} is already taken")
        trainee = self._store.add_trainee(name)
        if username is not None and password is not None:
            self._add_account(username, password, Role.TRAINEE, trainee.id)
        return trainee

    def _username_taken(self, username: str) -> bool:
        with self._transaction() as conn:
            query = sa.select(accounts.c.id).where(accounts.c.username == username.strip())
            return conn.execute(query).first() is not None

    def _add_account(
        self, username: str, password: str, role: Role, trainee_id: uuid.UUID | None
    ) -> None:
        username = username.strip()
        if not username or len(username) > 100:
            raise ValueError("a user name needs 1 to 100 characters")
        row = {
            "id": uuid.uuid4(),
            "username": username,
            "role": role.value,
            "trainee_id": trainee_id,
            "password_hash": hash_password(password),
            "created_at": _now(),
        }
        try:
            with self._transaction() as conn:
                conn.execute(accounts.insert().values(**row))
        except IntegrityError as exc:
            raise ValueError(f"the user name {username!r} is already taken") from exc

    def log_in(self, username: str, password: str) -> Login:
        """The login of ``username``; NotAllowed (one message for every failure) otherwise."""
        with self._transaction() as conn:
            row = conn.execute(
                sa.select(accounts).where(accounts.c.username == username.strip())
            ).first()
        stored = row.password_hash if row is not None else _dummy_hash()
        if not verify_password(password, stored) or row is None:
            raise NotAllowed(Message("wrong user name or password"))
        return self._issue(row.id, row.username, Role(row.role), row.trainee_id)

    def seat_login(self) -> Login | None:
        """The login of a seat connected as its own PostgreSQL role (``grant-seat``), or None.

        The database has already checked who this is (the role's password), and row-level
        security limits the connection to that trainee's rows, so no app password is asked:
        the seat cannot read ``classroom_accounts`` to check one anyway.
        """
        with self._transaction() as conn:
            if conn.dialect.name != "postgresql":
                return None
            try:
                with conn.begin_nested():
                    found = conn.execute(
                        sa.text("SELECT session_user, docinspect_seat_trainee()")
                    ).first()
            except SQLAlchemyError:  # not a seat role (no EXECUTE on the lookup)
                return None
        if found is None or found[1] is None:
            return None
        role_name, trainee_id = found
        account = uuid.uuid5(uuid.NAMESPACE_URL, f"docinspect-seat:{role_name}")
        return self._issue(account, role_name, Role.TRAINEE, trainee_id)

    def _issue(
        self, account_id: uuid.UUID, username: str, role: Role, trainee_id: uuid.UUID | None
    ) -> Login:
        login = Login(account_id, username, role, trainee_id, secrets.token_bytes(32))
        with self._lock:
            self._issued[account_id] = login
        return login

    def log_out(self, login: Login) -> None:
        with self._lock:
            issued = self._issued.get(login.account_id)
            if issued is not None and hmac.compare_digest(issued.token, login.token):
                del self._issued[login.account_id]

    def require(self, by: Login, action: Action) -> None:
        """Raise NotAllowed unless ``by`` is a valid login that may do ``action``.

        For windows (the studio, answer keys, the class view) to call before they open.
        """
        self._require_instructor(by, action.value)  # every Action is an instructor's

    def may(self, by: Login, action: Action) -> bool:
        """Whether ``by`` may do ``action`` (for enabling menu entries; ``require`` enforces)."""
        try:
            self.require(by, action)
        except NotAllowed:
            return False
        return True

    def _check(self, login: Login) -> Login:
        """The login as this classroom issued it; NotAllowed for a forged or ended one."""
        with self._lock:
            issued = self._issued.get(login.account_id)
        if issued is None or not hmac.compare_digest(issued.token, login.token):
            raise NotAllowed(Message("not logged in (or the login has ended)"))
        if (issued.role, issued.trainee_id) != (login.role, login.trainee_id):
            raise NotAllowed(Message("not logged in (the login was altered)"))
        return issued

    def _require_instructor(self, login: Login, what: str) -> Login:
        issued = self._check(login)
        if not issued.is_instructor:
            raise NotAllowed(Message("a trainee cannot {what}", what=Message(what)))
        return issued

    def _require_self_or_instructor(self, login: Login, trainee_id: uuid.UUID) -> Login:
        issued = self._check(login)
        if not issued.is_instructor and issued.trainee_id != trainee_id:
            raise NotAllowed(Message("a trainee can only see their own results"))
        return issued

    # --- attempts ----------------------------------------------------------------------------

    def record_attempt(self, by: Login, record: AttemptRecord) -> bool:
        """Save an attempt answered by ``by``'s trainee (True if new, False if already saved)."""
        by = self._check(by)
        if by.trainee_id is None or record.trainee_id != by.trainee_id:
            raise NotAllowed(Message("an attempt can only be saved by the trainee who answered it"))
        return self._store.record_attempt(record)

    def attempts_for(self, by: Login, trainee_id: uuid.UUID) -> list[AttemptRecord]:
        self._require_self_or_instructor(by, trainee_id)
        return self._store.attempts_for(trainee_id)

    def trainees(self, by: Login) -> list[Trainee]:
        self._require_instructor(by, "list the trainees")
        return self._store.trainees()

    def answer_key(self, by: Login, pack: Path, passphrase: str) -> dict[str, Any]:
        """The sealed answer key of an exam pack, for scoring on the instructor's station."""
        self._require_instructor(by, "open an answer key")
        return open_answer_key(pack, passphrase)

    def score_exam(self, by: Login, pack: Path, passphrase: str) -> ExamScoreReport:
        """Score every answer to the sealed exam ``pack`` with its key (an instructor's job)."""
        self._require_instructor(by, "score an exam")
        return score_exam(self._store, pack, passphrase)

    # --- the database's own access control (PostgreSQL) --------------------------------------

    def grant_seat(
        self, by: Login, trainee_id: uuid.UUID, role_name: str, password: str | None = None
    ) -> SeatGrant:
        """A PostgreSQL login for one trainee's seat that sees only that trainee's rows."""
        self._require_instructor(by, "give a seat a database login")
        try:
            return grant_seat(self._engine, trainee_id, role_name, password)
        except SQLAlchemyError as exc:
            message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise StoreError(Message("database error: {message}", message=message)) from exc

    def revoke_seat(self, by: Login, role_name: str) -> None:
        self._require_instructor(by, "remove a seat's database login")
        try:
            revoke_seat(self._engine, role_name)
        except SQLAlchemyError as exc:
            message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise StoreError(Message("database error: {message}", message=message)) from exc

    # --- cohorts and assignments -------------------------------------------------------------

    def create_cohort(self, by: Login, name: str) -> Cohort:
        self._require_instructor(by, "create a cohort")
        name = name.strip()
        if not name or len(name) > 200:
            raise ValueError("a cohort needs a name of 1 to 200 characters")
        cohort = Cohort(uuid.uuid4(), name, _now())
        try:
            with self._transaction() as conn:
                conn.execute(
                    cohorts.insert().values(id=cohort.id, name=name, created_at=cohort.created_at)
                )
        except IntegrityError as exc:
            raise ValueError(f"a cohort named {name!r} exists already") from exc
        return cohort

    def cohorts(self, by: Login) -> list[Cohort]:
        by = self._check(by)
        query = sa.select(cohorts).order_by(cohorts.c.name)
        if not by.is_instructor:
            query = query.join(cohort_members).where(cohort_members.c.trainee_id == by.trainee_id)
        with self._transaction() as conn:
            return [Cohort(r.id, r.name, r.created_at) for r in conn.execute(query)]

    def add_to_cohort(self, by: Login, cohort_id: uuid.UUID, trainee_id: uuid.UUID) -> None:
        """Make a trainee a member of a cohort (adding them twice changes nothing)."""
        self._require_instructor(by, "change a cohort")
        with self._transaction() as conn:
            exists = conn.execute(
                sa.select(cohort_members).where(
                    (cohort_members.c.cohort_id == cohort_id)
                    & (cohort_members.c.trainee_id == trainee_id)
                )
            ).first()
            if exists is None:
                try:
                    conn.execute(
                        cohort_members.insert().values(cohort_id=cohort_id, trainee_id=trainee_id)
                    )
                except IntegrityError as exc:
                    raise ValueError("no such cohort or trainee") from exc

    def members(self, by: Login, cohort_id: uuid.UUID) -> list[Trainee]:
        self._require_instructor(by, "list a cohort's members")
        query = (
            sa.select(trainees)
            .join(cohort_members, cohort_members.c.trainee_id == trainees.c.id)
            .where(cohort_members.c.cohort_id == cohort_id)
            .order_by(trainees.c.name)
        )
        with self._transaction() as conn:
            return [Trainee(r.id, r.name, r.created_at) for r in conn.execute(query)]

    def assign(
        self,
        by: Login,
        cohort_id: uuid.UUID,
        *,
        exercise_id: str,
        title: str = "",
        question_count: int | None = None,
        due_at: datetime | None = None,
        now: datetime | None = None,
    ) -> Assignment:
        """Assign an exercise to every member of a cohort, optionally due by ``due_at``.

        The exercise must be one the class has (the built-in curriculum or a class pack's);
        the question count is the exercise's unless fewer are asked for; the title defaults
        to the exercise's; a due date must lie ahead. Raises ValueError saying why not.
        """
        self._require_instructor(by, "assign exercises")
        exercise = self.exercise_summary(by, exercise_id)
        count, due_at = self._checked(exercise, question_count, due_at, now or _now())
        assignment = Assignment(
            uuid.uuid4(),
            cohort_id,
            exercise_id,
            (title.strip() or exercise.title)[:300],
            count,
            due_at,
            _now(),
        )
        try:
            with self._transaction() as conn:
                conn.execute(
                    assignments.insert().values(
                        id=assignment.id,
                        cohort_id=cohort_id,
                        exercise_id=exercise_id,
                        title=assignment.title,
                        question_count=count,
                        due_at=due_at,
                        created_at=assignment.created_at,
                    )
                )
        except IntegrityError as exc:
            raise ValueError("no such cohort") from exc
        return assignment

    @staticmethod
    def _checked(
        exercise: ExerciseSummary,
        question_count: int | None,
        due_at: datetime | None,
        now: datetime,
    ) -> tuple[int, datetime | None]:
        if due_at is not None and due_at.tzinfo is None:
            raise ValueError("a due date must be timezone-aware")
        if due_at is not None and due_at <= now:
            raise ValueError(
                f"the due date {due_at:%Y-%m-%d %H:%M} UTC has passed; give one still ahead"
            )
        count = exercise.questions if question_count is None else question_count
        if count < 1:
            raise ValueError("an assigned exercise needs at least one question")
        if exercise.questions and count > exercise.questions:
            raise ValueError(
                f"exercise {exercise.id!r} has {exercise.questions} questions, not {count}"
            )
        return count, due_at

    def edit_assignment(
        self,
        by: Login,
        assignment_id: uuid.UUID,
        *,
        title: str | None = None,
        question_count: int | None = None,
        due_at: datetime | None = None,
        clear_due: bool = False,
        now: datetime | None = None,
    ) -> Assignment:
        """Change an assignment's title, question count or due date (``clear_due``: none).

        Answers already given keep counting: the exercise and the moment it was assigned
        stay. Raises KeyError for an unknown assignment, ValueError for a bad value.
        """
        self._require_instructor(by, "edit assignments")
        current = self._assignment_by_id(assignment_id)
        exercise = self.exercise_summary(by, current.exercise_id, missing_ok=True)
        count, due = self._checked(
            exercise,
            current.question_count if question_count is None else question_count,
            due_at,
            now or _now(),
        )
        values: dict[str, Any] = {"question_count": count}
        if title is not None and title.strip():
            values["title"] = title.strip()[:300]
        if due_at is not None or clear_due:
            values["due_at"] = None if clear_due else due
        with self._transaction() as conn:
            conn.execute(
                assignments.update().where(assignments.c.id == assignment_id).values(**values)
            )
        return self._assignment_by_id(assignment_id)

    def remove_assignment(self, by: Login, assignment_id: uuid.UUID) -> None:
        """Withdraw an assignment; the answers given to it stay in the attempt log."""
        self._require_instructor(by, "remove assignments")
        with self._transaction() as conn:
            gone = conn.execute(assignments.delete().where(assignments.c.id == assignment_id))
        if gone.rowcount == 0:
            raise KeyError(assignment_id)

    def _assignment_by_id(self, assignment_id: uuid.UUID) -> Assignment:
        with self._transaction() as conn:
            return _assignment(_assignment_row(conn, assignment_id))

    # --- class packs: the instructor's own exercises for the seats ---------------------------

    def add_pack(self, by: Login, path: Path) -> ClassPack:
        """Give the class the pack at ``path``: its exercises can then be assigned, and seats
        fetch it to practise them. A pack with the same id is replaced (a new version).

        Raises ClassPackError when the pack cannot be used, ValueError when one of its
        exercise ids is the built-in curriculum's or another class pack's.
        """
        self._require_instructor(by, "give packs to the class")
        upload = prepare_upload(Path(path))
        pack_id = upload.pack.id
        taken = {e.id: "the built-in curriculum" for e in builtin_summaries()}
        for other in self.class_packs(by):
            if other.pack_id != pack_id:
                taken.update({e.id: f"class pack {other.pack_id!r}" for e in other.exercises})
        for e in upload.exercises:
            if e.id in taken:
                raise ValueError(
                    f"{path}: exercise id {e.id!r} is already used by {taken[e.id]}; "
                    "give the exercise another id in the studio"
                )
        row = {
            "title": (upload.pack.title or pack_id)[:300],
            "version": str(upload.pack.version)[:64],
            "digest": upload.digest,
            "exercises": summaries_to_json(upload.exercises),
            "data": upload.data,
            "added_at": _now(),
        }
        with self._transaction() as conn:
            conn.execute(class_packs.delete().where(class_packs.c.pack_id == pack_id))
            conn.execute(class_packs.insert().values(pack_id=pack_id, **row))
        return ClassPack(
            pack_id, row["title"], row["version"], upload.digest, upload.exercises, row["added_at"]
        )

    def class_packs(self, by: Login) -> list[ClassPack]:
        """The packs given to the class (without their files), for anyone signed in."""
        self._check(by)
        columns = [c for c in class_packs.c if c.name != "data"]
        with self._transaction() as conn:
            rows = conn.execute(sa.select(*columns).order_by(class_packs.c.pack_id)).all()
        return [
            ClassPack(
                r.pack_id,
                r.title,
                r.version,
                r.digest,
                summaries_from_json(r.exercises, r.pack_id),
                r.added_at,
            )
            for r in rows
        ]

    def class_pack_data(self, by: Login, pack_id: str) -> bytes:
        """The zip file of a class pack (a seat fetches it); KeyError when there is none."""
        self._check(by)
        with self._transaction() as conn:
            data = conn.execute(
                sa.select(class_packs.c.data).where(class_packs.c.pack_id == pack_id)
            ).scalar()
        if data is None:
            raise KeyError(pack_id)
        return bytes(data)

    def known_exercises(self, by: Login) -> list[ExerciseSummary]:
        """Every exercise the class can be given: the built-in curriculum, then class packs'."""
        out = list(builtin_summaries())
        for pack in self.class_packs(by):
            out.extend(pack.exercises)
        return out

    def exercise_summary(
        self, by: Login, exercise_id: str, *, missing_ok: bool = False
    ) -> ExerciseSummary:
        """The exercise ``exercise_id`` of the class; ValueError naming what there is."""
        known = self.known_exercises(by)
        for e in known:
            if e.id == exercise_id:
                return e
        if missing_ok:  # an assignment made before its pack was withdrawn
            return ExerciseSummary(exercise_id, exercise_id, 0)
        ids = ", ".join(e.id for e in known)
        raise ValueError(
            Message(
                "no exercise {id} in the built-in curriculum or the class's packs "
                "(add its pack with 'docinspect classroom add-pack'); exercises: {ids}",
                id=repr(exercise_id),
                ids=ids,
            )
        )

    def assignments(self, by: Login) -> list[Assignment]:
        """All assignments for an instructor; a trainee's own cohorts' assignments otherwise."""
        by = self._check(by)
        query = sa.select(assignments).order_by(assignments.c.due_at, assignments.c.created_at)
        if not by.is_instructor:
            mine = sa.select(cohort_members.c.cohort_id).where(
                cohort_members.c.trainee_id == by.trainee_id
            )
            query = query.where(assignments.c.cohort_id.in_(mine))
        with self._transaction() as conn:
            return [_assignment(r) for r in conn.execute(query)]

    def class_progress(
        self, by: Login, assignment_id: uuid.UUID, *, now: datetime | None = None
    ) -> list[TraineeProgress]:
        """The live class view: every cohort member's progress on the assignment, by name.

        Read fresh from the database at every call (the view polls it); answers count from
        the moment the exercise was assigned, each question once.
        """
        self._require_instructor(by, "watch the class")
        now = now or _now()
        with self._transaction() as conn:
            a = _assignment(_assignment_row(conn, assignment_id))
            since = (attempts.c.exercise_id == a.exercise_id) & (
                attempts.c.answered_at >= a.created_at
            )
            answered = (
                sa.select(
                    attempts.c.trainee_id,
                    sa.func.count(sa.distinct(attempts.c.question_id)).label("answered"),
                    sa.func.max(attempts.c.answered_at).label("last"),
                )
                .where(since)
                .group_by(attempts.c.trainee_id)
            )
            correct = (
                sa.select(
                    attempts.c.trainee_id,
                    sa.func.count(sa.distinct(attempts.c.question_id)).label("correct"),
                )
                .where(since & attempts.c.correct)
                .group_by(attempts.c.trainee_id)
            )
            finished = (
                sa.select(exercise_sessions.c.trainee_id)
                .where(
                    (exercise_sessions.c.exercise_id == a.exercise_id)
                    & (exercise_sessions.c.finished_at >= a.created_at)
                )
                .distinct()
            )
            counts = {r.trainee_id: r for r in conn.execute(answered)}
            rights = {r.trainee_id: r.correct for r in conn.execute(correct)}
            done = {r.trainee_id for r in conn.execute(finished)}
            members = conn.execute(
                sa.select(trainees.c.id, trainees.c.name)
                .join(cohort_members, cohort_members.c.trainee_id == trainees.c.id)
                .where(cohort_members.c.cohort_id == a.cohort_id)
                .order_by(trainees.c.name)
            ).all()
        progress = []
        for m in members:
            count = counts.get(m.id)
            n = count.answered if count else 0
            is_done = m.id in done or n >= a.question_count
            progress.append(
                TraineeProgress(
                    trainee_id=m.id,
                    name=m.name,
                    answered=n,
                    correct=rights.get(m.id, 0),
                    question_count=a.question_count,
                    finished=is_done,
                    last_answer_at=count.last if count else None,
                    overdue=a.due_at is not None and now > a.due_at and not is_done,
                )
            )
        return progress


def _assignment_row(conn: sa.Connection, assignment_id: uuid.UUID) -> sa.Row:
    """The assignment's row, or KeyError."""
    row = conn.execute(sa.select(assignments).where(assignments.c.id == assignment_id)).first()
    if row is None:
        raise KeyError(assignment_id)
    return row


def _assignment(r: sa.Row) -> Assignment:
    return Assignment(
        r.id, r.cohort_id, r.exercise_id, r.title, r.question_count, r.due_at, r.created_at
    )
