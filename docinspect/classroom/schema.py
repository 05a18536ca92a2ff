"""The classroom's tables: accounts (roles), cohorts, their members, and assignments.

They live beside the store's tables in the same database but are migrated by the classroom's
own Alembic chain (version table ``classroom_alembic_version``, see ``migrations/``), so the
store's schema and its tests stay exactly as the store defines them.
"""

from __future__ import annotations

import sqlalchemy as sa

from docinspect.store.schema import UtcDateTime

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

#: Tables of the store referred to by foreign keys (declared, never created from here).
_trainees = sa.Table("trainees", metadata, sa.Column("id", sa.Uuid, primary_key=True))

accounts = sa.Table(
    "classroom_accounts",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("username", sa.String(100), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    #: The trainee a trainee account answers as (None for an instructor).
    sa.Column("trainee_id", sa.Uuid, sa.ForeignKey("trainees.id"), nullable=True),
    #: "scrypt$n$r$p$salt$hash" (docinspect.classroom.passwords): parameters kept per row.
    sa.Column("password_hash", sa.String(300), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
)

cohorts = sa.Table(
    "classroom_cohorts",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
)

cohort_members = sa.Table(
    "classroom_cohort_members",
    metadata,
    sa.Column("cohort_id", sa.Uuid, sa.ForeignKey("classroom_cohorts.id"), primary_key=True),
    sa.Column("trainee_id", sa.Uuid, sa.ForeignKey("trainees.id"), primary_key=True),
)

assignments = sa.Table(
    "classroom_assignments",
    metadata,
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("cohort_id", sa.Uuid, sa.ForeignKey("classroom_cohorts.id"), nullable=False),
    sa.Column("exercise_id", sa.String(64), nullable=False),
    sa.Column("title", sa.String(300), nullable=False),
    #: Questions in the exercise, so progress can be shown without loading the pack.
    sa.Column("question_count", sa.Integer, nullable=False),
    sa.Column("due_at", UtcDateTime, nullable=True),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Index(None, "cohort_id"),
)

#: Packs whose exercises the class is given (migration c003): the pack's zip file itself,
#: fetched by seats, and a summary of its exercises so assignments can be checked and named
#: without unpacking it.
class_packs = sa.Table(
    "classroom_packs",
    metadata,
    sa.Column("pack_id", sa.String(64), primary_key=True),
    sa.Column("title", sa.String(300), nullable=False),
    sa.Column("version", sa.String(64), nullable=False),
    #: SHA-256 of ``data``: a seat fetches the pack again only when it changed.
    sa.Column("digest", sa.String(64), nullable=False),
    #: [{"id", "title", "questions"}] of the pack's exercises.
    sa.Column("exercises", sa.JSON, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("added_at", UtcDateTime, nullable=False),
)

#: PostgreSQL login role of a seat -> the trainee it answers as (row-level security reads
#: it: migration c002, docinspect.classroom.seat_roles).
seat_roles = sa.Table(
    "classroom_seat_roles",
    metadata,
    sa.Column("role_name", sa.String(63), primary_key=True),
    sa.Column("trainee_id", sa.Uuid, sa.ForeignKey("trainees.id"), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
)

#: The tables this package creates (``_trainees`` belongs to the store).
OWN_TABLES = (
    "classroom_accounts",
    "classroom_cohorts",
    "classroom_cohort_members",
    "classroom_assignments",
    "classroom_seat_roles",
    "classroom_packs",
)
