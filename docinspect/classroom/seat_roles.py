"""PostgreSQL login roles for a class's seats: the database's own access control.

The classroom's role checks (docinspect.classroom.access) guard the app; they cannot stop
someone who has the database URL and types SQL. So each seat gets its own PostgreSQL login
role, made by the instructor, that may only:

- read the exercises' assignments and cohorts (not secret);
- read and add its own trainee's sessions, attempts and skills, and move its own sessions on
  (row-level security, migration c002, keyed on the role through ``classroom_seat_roles``);
  an attempt only into its own trainee's session, with a finite score within its maximum,
  and a session's score and pass/fail are computed by the server when it finishes (c004);
- nothing else: no UPDATE or DELETE of attempts, no other trainee's rows, no accounts or
  password hashes, no DDL, no temporary tables.

The instructor's station connects as the role that owns the tables (the one that ran
``docinspect classroom init``), which row-level security does not restrict.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from psycopg import sql as psql
from sqlalchemy.engine import Connection

from docinspect.classroom.schema import seat_roles
from docinspect.i18n import Message

#: A role name we create: plain lower-case, so it never needs quoting in a URL or psql.
_ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{2,62}$")

#: What a seat may do, table by table (row-level security narrows it to its own rows).
SEAT_PRIVILEGES: dict[str, str] = {
    "alembic_version": "SELECT",
    "classroom_alembic_version": "SELECT",
    "trainees": "SELECT",
    # Only a session's progress and finish (migration c004: the server computes the score).
    "exercise_sessions": "SELECT, INSERT, UPDATE (position, finished_at, score, max_score, passed)",
    "attempts": "SELECT, INSERT",
    "attempt_skills": "SELECT, INSERT",
    "skills": "SELECT, INSERT, UPDATE",
    "classroom_cohorts": "SELECT",
    "classroom_cohort_members": "SELECT",
    "classroom_assignments": "SELECT",
    "classroom_packs": "SELECT",
}


class SeatRoleError(ValueError):
    """A seat role cannot be made or removed; the message says why."""


@dataclass(frozen=True, slots=True)
class SeatGrant:
    role_name: str
    trainee_id: uuid.UUID
    #: The password the seat logs in with (generated when none was given).
    password: str
    #: The URL to give the seat (DOCINSPECT_DATABASE_URL or [database] url in settings.ini).
    url: str


def _require_postgres(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise SeatRoleError(
            Message(
                "seat roles need the class's PostgreSQL database; a SQLite file is one seat's own"
            )
        )


def _check_name(role_name: str) -> str:
    if not _ROLE_NAME.match(role_name):
        raise SeatRoleError(
            Message(
                "{role_name} is not a usable role name: 3-63 lower-case letters, digits or _, starting with a letter",
                role_name=repr(role_name),
            )
        )
    return role_name


def grant_seat(
    engine: sa.Engine, trainee_id: uuid.UUID, role_name: str, password: str | None = None
) -> SeatGrant:
    """Make ``role_name`` a PostgreSQL login for the seat of ``trainee_id``.

    Needs a connection allowed to create roles (the instructor's station, as owner of the
    tables with CREATEROLE). Raises SeatRoleError for SQLite, a bad name, a taken name or an
    unknown trainee.
    """
    _check_name(role_name)
    password = password or secrets.token_urlsafe(18)
    if len(password) < 12:
        raise SeatRoleError(Message("a seat password needs at least 12 characters"))
    with engine.begin() as conn:
        _require_postgres(conn)
        if (
            conn.execute(sa.text("SELECT 1 FROM trainees WHERE id = :t"), {"t": trainee_id}).first()
            is None
        ):
            raise SeatRoleError(Message("no trainee with id {trainee_id}", trainee_id=trainee_id))
        exists = conn.execute(
            sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role_name}
        ).first()
        if exists is not None:
            raise SeatRoleError(
                Message(
                    "a database role named {role_name} exists already", role_name=repr(role_name)
                )
            )
        schema, database = conn.execute(
            sa.text("SELECT current_schema(), current_database()")
        ).one()
        q = conn.dialect.identifier_preparer.quote
        # NOINHERIT and no other attribute: the role can do only what is granted below. The
        # password is quoted by the driver (DDL takes no bound parameters).
        create = psql.SQL(
            "CREATE ROLE {} LOGIN NOINHERIT NOCREATEDB NOCREATEROLE PASSWORD {}"
        ).format(psql.Identifier(role_name), psql.Literal(password))
        with conn.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
            cursor.execute(create)
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {q(database)} TO {q(role_name)}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {q(schema)} TO {q(role_name)}")
        for table, privileges in SEAT_PRIVILEGES.items():
            conn.exec_driver_sql(f"GRANT {privileges} ON {q(table)} TO {q(role_name)}")
        conn.exec_driver_sql(
            f"GRANT EXECUTE ON FUNCTION {q(schema)}.docinspect_seat_trainee() TO {q(role_name)}"
        )
        conn.execute(
            seat_roles.insert().values(
                role_name=role_name, trainee_id=trainee_id, created_at=datetime.now(UTC)
            )
        )
        url = conn.engine.url.set(username=role_name, password=password)
    return SeatGrant(role_name, trainee_id, password, url.render_as_string(hide_password=False))


def revoke_seat(engine: sa.Engine, role_name: str) -> None:
    """Remove a seat's login role and everything granted to it (its saved results stay)."""
    _check_name(role_name)
    with engine.begin() as conn:
        _require_postgres(conn)
        deleted = conn.execute(seat_roles.delete().where(seat_roles.c.role_name == role_name))
        if not deleted.rowcount:
            raise SeatRoleError(
                Message("{role_name} is not a seat role of this class", role_name=repr(role_name))
            )
        schema, database = conn.execute(
            sa.text("SELECT current_schema(), current_database()")
        ).one()
        q = conn.dialect.identifier_preparer.quote
        for table in SEAT_PRIVILEGES:
            conn.exec_driver_sql(f"REVOKE ALL ON {q(table)} FROM {q(role_name)}")
        conn.exec_driver_sql(
            f"REVOKE ALL ON FUNCTION {q(schema)}.docinspect_seat_trainee() FROM {q(role_name)}"
        )
        conn.exec_driver_sql(f"REVOKE ALL ON SCHEMA {q(schema)} FROM {q(role_name)}")
        conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {q(database)} FROM {q(role_name)}")
        conn.exec_driver_sql(f"DROP ROLE {q(role_name)}")


def seat_roles_of(engine: sa.Engine) -> dict[str, uuid.UUID]:
    """Role name -> trainee, for the instructor's list of seats."""
    with engine.begin() as conn:
        return {r.role_name: r.trainee_id for r in conn.execute(sa.select(seat_roles))}
