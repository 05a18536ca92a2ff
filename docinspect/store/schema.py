"""The database schema as SQLAlchemy Core tables (the target of the Alembic migrations).

Production code never calls ``metadata.create_all``: the schema is built and changed only by
the migrations in ``migrations/versions``; a test checks that they produce exactly this.

Analytics over a million attempts reads ``attempts`` by trainee and time, by exercise and
question, and ``attempt_skills`` by feature or method; the indexes are for those queries.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

#: Constraint names fixed by convention, so migrations can refer to them on every database.
metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every database (SQLite keeps no time zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


trainees = sa.Table(
    "trainees",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("extra", sa.JSON, nullable=False),
)

exercise_sessions = sa.Table(
    "exercise_sessions",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("trainee_id", sa.Uuid, sa.ForeignKey("trainees.id"), nullable=False),
    sa.Column("exercise_id", sa.String(64), nullable=False),
    sa.Column("exercise_title", sa.String(300), nullable=False),
    sa.Column("module", sa.String(200), nullable=False),
    sa.Column("mode", sa.String(16), nullable=False),
    sa.Column("seed", sa.BigInteger, nullable=False),
    #: Question ids in the order asked (shuffled by the seed), so a resume asks the same order.
    sa.Column("question_order", sa.JSON, nullable=False),
    #: Questions answered and saved so far (updated in the attempt's own transaction).
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("started_at", UtcDateTime, nullable=False),
    sa.Column("finished_at", UtcDateTime, nullable=True),
    sa.Column("score", sa.Float, nullable=True),
    sa.Column("max_score", sa.Float, nullable=True),
    sa.Column("passed", sa.Boolean, nullable=True),
    sa.Column("extra", sa.JSON, nullable=False),
    sa.Index(None, "trainee_id", "finished_at"),
)

attempts = sa.Table(
    "attempts",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("trainee_id", sa.Uuid, sa.ForeignKey("trainees.id"), nullable=False),
    sa.Column("session_id", sa.Uuid, sa.ForeignKey("exercise_sessions.id"), nullable=True),
    sa.Column("exercise_id", sa.String(64), nullable=False),
    sa.Column("module", sa.String(200), nullable=False),
    sa.Column("question_id", sa.String(64), nullable=False),
    sa.Column("question_type", sa.String(16), nullable=False),
    sa.Column("specimen_ref", sa.String(300), nullable=False),
    sa.Column("answer", sa.JSON, nullable=False),
    sa.Column("correct", sa.Boolean, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("max_score", sa.Float, nullable=False),
    sa.Column("mark", sa.String(16), nullable=False),
    sa.Column("time_ms", sa.Integer, nullable=False),
    sa.Column("hints_used", sa.Integer, nullable=False),
    sa.Column("answered_at", UtcDateTime, nullable=False),
    sa.Column("truth_verdict", sa.String(16), nullable=True),
    sa.Column("accepted", sa.Boolean, nullable=True),
    sa.Column("timed_out", sa.Boolean, nullable=False),
    sa.Column("extra", sa.JSON, nullable=False),
    sa.Index(None, "trainee_id", "answered_at"),
    sa.Index(None, "exercise_id", "question_id"),
    sa.Index(None, "session_id"),
)

#: The skills an attempt exercised: one row per forgery method and per feature.
attempt_skills = sa.Table(
    "attempt_skills",
    metadata,
    sa.Column("attempt_id", sa.Uuid, sa.ForeignKey("attempts.id"), primary_key=True),
    sa.Column("kind", sa.String(8), primary_key=True),
    sa.Column("skill", sa.String(64), primary_key=True),
    sa.Index(None, "kind", "skill"),
)

#: FSRS review state and subtlety per (trainee × feature or method).
skills = sa.Table(
    "skills",
    metadata,
    sa.Column("trainee_id", sa.Uuid, sa.ForeignKey("trainees.id"), primary_key=True),
    sa.Column("kind", sa.String(8), primary_key=True),
    sa.Column("skill", sa.String(64), primary_key=True),
    sa.Column("card", sa.Text, nullable=False),
    sa.Column("due", UtcDateTime, nullable=False),
    sa.Column("subtlety", sa.Float, nullable=False),
    sa.Column("reviews", sa.Integer, nullable=False),
    sa.Column("lapses", sa.Integer, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Index(None, "trainee_id", "due"),
)
