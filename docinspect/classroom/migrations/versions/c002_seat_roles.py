"""Seat roles: PostgreSQL's own access control for the class's seats (row-level security).

Each seat logs in to PostgreSQL as its own role, made by the instructor with
``docinspect classroom grant-seat`` (docinspect.classroom.seat_roles), and
``classroom_seat_roles`` maps that role to the trainee it answers as. Row-level security
on every table holding a trainee's data lets a role see and write only its own trainee's
rows; the table owner (the instructor's station, which ran these migrations) is not
subject to it. Privileges themselves (which tables a seat may touch at all) are granted per
role by grant-seat, so a role nobody granted anything sees nothing.

On SQLite only the mapping table is made: a SQLite file is one seat's own database, and
SQLite has no users to tell apart.

Revision ID: c002
Revises: c001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c002"
down_revision = "c001"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)
#: The seat's trainee, or NULL for any role that is not a seat (then no row matches).
_FN = "docinspect_seat_trainee"
#: table -> (policy name, command, USING / WITH CHECK condition).
_POLICIES = {
    "trainees": [("seat_reads_own", "SELECT", "id = {fn}()")],
    "attempts": [
        ("seat_reads_own", "SELECT", "trainee_id = {fn}()"),
        ("seat_adds_own", "INSERT", "trainee_id = {fn}()"),
    ],
    # Through the attempt, which the seat sees only when it is its own (RLS on attempts).
    "attempt_skills": [
        ("seat_reads_own", "SELECT", "EXISTS (SELECT 1 FROM attempts a WHERE a.id = attempt_id)"),
        ("seat_adds_own", "INSERT", "EXISTS (SELECT 1 FROM attempts a WHERE a.id = attempt_id)"),
    ],
    "exercise_sessions": [
        ("seat_reads_own", "SELECT", "trainee_id = {fn}()"),
        ("seat_adds_own", "INSERT", "trainee_id = {fn}()"),
        ("seat_moves_own", "UPDATE", "trainee_id = {fn}()"),
    ],
    "skills": [
        ("seat_reads_own", "SELECT", "trainee_id = {fn}()"),
        ("seat_adds_own", "INSERT", "trainee_id = {fn}()"),
        ("seat_reviews_own", "UPDATE", "trainee_id = {fn}()"),
    ],
    "classroom_cohort_members": [("seat_reads_own", "SELECT", "trainee_id = {fn}()")],
    # Never granted to a seat; RLS with no policy as a second wall.
    "classroom_accounts": [],
    "classroom_seat_roles": [],
}


def upgrade() -> None:
    op.create_table(
        "classroom_seat_roles",
        sa.Column("role_name", sa.String(63), nullable=False),
        sa.Column("trainee_id", sa.Uuid, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("role_name", name="pk_classroom_seat_roles"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_classroom_seat_roles_trainee_id_trainees"
        ),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar_one()
    # SECURITY DEFINER: a seat need not (and cannot) read the mapping table itself. The
    # search_path is fixed so a seat cannot slip its own classroom_seat_roles in front.
    # session_user, not current_user (which is the owner inside a SECURITY DEFINER function):
    # the login role, which a seat role (no memberships) cannot change; calling the function
    # tells a seat its own trainee id and nobody else's.
    op.execute(
        f'CREATE FUNCTION "{schema}".{_FN}() RETURNS uuid LANGUAGE sql STABLE '
        f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$ '
        "SELECT trainee_id FROM classroom_seat_roles WHERE role_name = session_user $$"
    )
    op.execute(f'REVOKE ALL ON FUNCTION "{schema}".{_FN}() FROM PUBLIC')
    for table, policies in _POLICIES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, command, condition in policies:
            condition = condition.replace("{fn}", f'"{schema}".{_FN}')
            clause = "WITH CHECK" if command == "INSERT" else "USING"
            extra = f" WITH CHECK ({condition})" if command == "UPDATE" else ""
            op.execute(
                f"CREATE POLICY {name} ON {table} FOR {command} {clause} ({condition}){extra}"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, policies in _POLICIES.items():
            for name, _command, _condition in policies:
                op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
            if table != "classroom_seat_roles":
                op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.drop_table("classroom_seat_roles")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {_FN}()")
