"""The database's own guards of the attempt log, as the newest migration leaves them.

The attempt log is append-only in the database itself (triggers), so that no program that
reaches the file or server — ours by mistake, or someone's SQL shell — can rewrite history.
Someone who can write the SQLite file can also drop a trigger; ``restore_guards`` runs at
every open and puts back whatever is missing, and the store reports what it restored.

The statements below are what migrations 0001 and 0002 create. A test compares them with a
freshly migrated database, so a later migration that changes a guard must change this too.
"""

from __future__ import annotations

from typing import Final

import sqlalchemy as sa
from sqlalchemy.engine import Connection

#: Columns an exam's scoring may not change (migration 0002).
_KEPT: Final = (
    "id",
    "trainee_id",
    "session_id",
    "exercise_id",
    "module",
    "question_id",
    "specimen_ref",
    "answer",
    "time_ms",
    "hints_used",
    "answered_at",
    "extra",
)

_SQLITE_KEPT: Final = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _KEPT)
_PG_KEPT: Final = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in _KEPT)

#: SQLite: trigger name -> CREATE statement.
SQLITE_TRIGGERS: Final[dict[str, str]] = {
    "attempts_no_update": (
        "CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts "
        f"WHEN OLD.mark <> 'unscored' OR NEW.mark = 'unscored' OR {_SQLITE_KEPT} "
        "BEGIN SELECT RAISE(ABORT, 'attempts is append-only'); END"
    ),
    "attempts_no_delete": (
        "CREATE TRIGGER attempts_no_delete BEFORE DELETE ON attempts "
        "BEGIN SELECT RAISE(ABORT, 'attempts is append-only'); END"
    ),
    "attempt_skills_no_update": (
        "CREATE TRIGGER attempt_skills_no_update BEFORE UPDATE ON attempt_skills "
        "BEGIN SELECT RAISE(ABORT, 'attempt_skills is append-only'); END"
    ),
    "attempt_skills_no_delete": (
        "CREATE TRIGGER attempt_skills_no_delete BEFORE DELETE ON attempt_skills "
        "BEGIN SELECT RAISE(ABORT, 'attempt_skills is append-only'); END"
    ),
}

#: PostgreSQL: the functions the triggers call, then trigger name -> (table, CREATE statement).
PG_FUNCTIONS: Final = (
    "CREATE OR REPLACE FUNCTION docinspect_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION docinspect_attempts_guard() RETURNS trigger AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' AND OLD.mark = 'unscored' AND NEW.mark <> 'unscored' "
    f"AND NOT ({_PG_KEPT}) THEN RETURN NEW; END IF; "
    "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql",
)
PG_TRIGGERS: Final[dict[str, tuple[str, str]]] = {
    "attempts_append_only": (
        "attempts",
        "CREATE TRIGGER attempts_append_only BEFORE UPDATE OR DELETE ON attempts "
        "FOR EACH ROW EXECUTE FUNCTION docinspect_attempts_guard()",
    ),
    "attempt_skills_append_only": (
        "attempt_skills",
        "CREATE TRIGGER attempt_skills_append_only BEFORE UPDATE OR DELETE ON attempt_skills "
        "FOR EACH ROW EXECUTE FUNCTION docinspect_append_only()",
    ),
}


def missing_guards(conn: Connection) -> list[str]:
    """Names of the guards this database lacks."""
    if conn.dialect.name == "postgresql":
        present = set(
            conn.execute(
                sa.text(
                    "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE c.relname IN ('attempts', 'attempt_skills') "
                    "AND pg_table_is_visible(c.oid) AND NOT t.tgisinternal"
                )
            ).scalars()
        )
        return [name for name in PG_TRIGGERS if name not in present]
    present = set(
        conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
    )
    return [name for name in SQLITE_TRIGGERS if name not in present]


def restore_guards(conn: Connection) -> list[str]:
    """Create the guards this database lacks; the names of those created."""
    missing = missing_guards(conn)
    if not missing:
        return []
    if conn.dialect.name == "postgresql":
        for statement in PG_FUNCTIONS:
            conn.execute(sa.text(statement))
        for name in missing:
            conn.execute(sa.text(PG_TRIGGERS[name][1]))
    else:
        for name in missing:
            conn.execute(sa.text(SQLITE_TRIGGERS[name]))
    return missing
