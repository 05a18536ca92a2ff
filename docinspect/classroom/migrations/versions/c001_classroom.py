"""Classroom: accounts with roles, cohorts, cohort members, assignments.

Revision ID: c001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "classroom_accounts",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("trainee_id", sa.Uuid, nullable=True),
        sa.Column("password_hash", sa.String(300), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_classroom_accounts"),
        sa.UniqueConstraint("username", name="uq_classroom_accounts_username"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_classroom_accounts_trainee_id_trainees"
        ),
    )
    op.create_table(
        "classroom_cohorts",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_classroom_cohorts"),
        sa.UniqueConstraint("name", name="uq_classroom_cohorts_name"),
    )
    op.create_table(
        "classroom_cohort_members",
        sa.Column("cohort_id", sa.Uuid, nullable=False),
        sa.Column("trainee_id", sa.Uuid, nullable=False),
        sa.PrimaryKeyConstraint("cohort_id", "trainee_id", name="pk_classroom_cohort_members"),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["classroom_cohorts.id"],
            name="fk_classroom_cohort_members_cohort_id_classroom_cohorts",
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_classroom_cohort_members_trainee_id_trainees"
        ),
    )
    op.create_table(
        "classroom_assignments",
        sa.Column("id", sa.Uuid, nullable=False),
        sa.Column("cohort_id", sa.Uuid, nullable=False),
        sa.Column("exercise_id", sa.String(64), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("question_count", sa.Integer, nullable=False),
        sa.Column("due_at", _TS, nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_classroom_assignments"),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["classroom_cohorts.id"],
            name="fk_classroom_assignments_cohort_id_classroom_cohorts",
        ),
    )
    op.create_index("ix_classroom_assignments_cohort_id", "classroom_assignments", ["cohort_id"])


def downgrade() -> None:
    op.drop_index("ix_classroom_assignments_cohort_id", table_name="classroom_assignments")
    op.drop_table("classroom_assignments")
    op.drop_table("classroom_cohort_members")
    op.drop_table("classroom_cohorts")
    op.drop_table("classroom_accounts")
