"""Initial schema: trainees, exercise sessions, append-only attempts, attempt skills, skills.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "trainees",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("extra", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_trainees"),
    )
    op.create_table(
        "exercise_sessions",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("trainee_id", sa.Uuid, nullable=False),
        sa.Column("exercise_id", sa.String(64), nullable=False),
        sa.Column("exercise_title", sa.String(300), nullable=False),
        sa.Column("module", sa.String(200), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("seed", sa.BigInteger, nullable=False),
        sa.Column("question_order", sa.JSON, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("started_at", _TS, nullable=False),
        sa.Column("finished_at", _TS, nullable=True),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("max_score", sa.Float, nullable=True),
        sa.Column("passed", sa.Boolean, nullable=True),
        sa.Column("extra", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exercise_sessions"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_exercise_sessions_trainee_id_trainees"
        ),
    )
    op.create_index(
        "ix_exercise_sessions_trainee_id_finished_at",
        "exercise_sessions",
        ["trainee_id", "finished_at"],
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("trainee_id", sa.Uuid, nullable=False),
        sa.Column("session_id", sa.Uuid, nullable=True),
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
        sa.Column("answered_at", _TS, nullable=False),
        sa.Column("truth_verdict", sa.String(16), nullable=True),
        sa.Column("accepted", sa.Boolean, nullable=True),
        sa.Column("timed_out", sa.Boolean, nullable=False),
        sa.Column("extra", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attempts"),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainees.id"], name="fk_attempts_trainee_id_trainees"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["exercise_sessions.id"], name="fk_attempts_session_id_exercise_sessions"
        ),
    )
    op.create_index("ix_attempts_trainee_id_answered_at", "attempts", ["trainee_id", "answered_at"])
    op.create_index("ix_attempts_exercise_id_question_id", "attempts", ["exercise_id", "question_id"])
    op.create_index("ix_attempts_session_id", "attempts", ["session_id"])
    op.create_table(
        "attempt_skills",
        sa.Column("attempt_id", sa.Uuid, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("skill", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", "kind", "skill", name="pk_attempt_skills"),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name="fk_attempt_skills_attempt_id_attempts"
        ),
    )
    op.create_index("ix_attempt_skills_kind_skill", "attempt_skills", ["kind", "skill"])
    op.create_table(
        "skills",
        sa.Column("trainee_id", sa.Uuid, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("skill", sa.String(64), nullable=False),
        sa.Column("card", sa.Text, nullable=False),
        sa.Column("due", _TS, nullable=False),
        sa.Column("subtlety", sa.Float, nullable=False),
        sa.Column("reviews", sa.Integer, nullable=False),
        sa.Column("lapses", sa.Integer, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("trainee_id", "kind", "skill", name="pk_skills"),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainees.id"], name="fk_skills_trainee_id_trainees"),
    )
    op.create_index("ix_skills_trainee_id_due", "skills", ["trainee_id", "due"])
    _append_only("attempts")
    _append_only("attempt_skills")


def _append_only(table: str) -> None:
    """The attempt log is append-only in the database itself, not only in our API."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION docinspect_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION docinspect_append_only()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def downgrade() -> None:
    for table in ("skills", "attempt_skills", "attempts", "exercise_sessions", "trainees"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS docinspect_append_only()")
