"""Seats may add answers, not scores: the server computes a seat's session results.

Tried with psql as a seat's own login (c002), a trainee could still ``UPDATE
exercise_sessions SET score = 999, passed = true``, insert self-scored attempts (100 of 1,
NaN), insert an attempt into another trainee's session, and create temporary tables. Now:

- attempts: CHECK constraints keep every score finite and within 0..max_score, max_score
  within 0..1000, time_ms within a day (NOT VALID: rows already saved are not re-judged);
- a seat may add an attempt only to a session of its own trainee (the INSERT policy);
- a seat may change only a session's position and its finish; a trigger then computes the
  score from the attempt log, max_score from the attempts and the seat's claim (whichever is
  larger: a seat gains nothing by inflating it), and pass/fail against the pass mark stored
  with the session (docs/decisions/0014-classroom-security.md says what a seat still controls);
  a finished session cannot be changed by a seat; a seat cannot insert a finished session;
- TEMPORARY on the class database is revoked from PUBLIC (the app uses no temporary tables).

On SQLite nothing changes: a SQLite file is one seat's own, and bundles are checked on import.

Revision ID: c004
Revises: c003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c004"
down_revision = "c003"
branch_labels = None
depends_on = None

_FN = "docinspect_seat_trainee"
_GUARD = "docinspect_seat_session_guard"
_CHECKS = {
    "ck_attempts_score_in_range": (
        "attempts",
        "score >= 0 AND max_score > 0 AND max_score <= 1000 AND score <= max_score",
    ),
    "ck_attempts_time_in_range": ("attempts", "time_ms >= 0 AND time_ms <= 86400000"),
    "ck_attempts_hints_in_range": ("attempts", "hints_used >= 0 AND hints_used <= 1000"),
    "ck_exercise_sessions_score_in_range": (
        "exercise_sessions",
        "(score IS NULL OR (score >= 0 AND score <= 1000000)) "
        "AND (max_score IS NULL OR (max_score >= 0 AND max_score <= 1000000))",
    ),
}
#: What a seat may change in a session (column privileges); everything else is fixed at start.
SEAT_SESSION_COLUMNS = ("position", "finished_at", "score", "max_score", "passed")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    conn = op.get_bind()
    schema, database = conn.execute(sa.text("SELECT current_schema(), current_database()")).one()
    fn = f'"{schema}".{_FN}()'
    # PostgreSQL orders NaN above every number, so "score <= max_score" also refuses NaN.
    for name, (table, condition) in _CHECKS.items():
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID")
    op.execute("DROP POLICY seat_adds_own ON attempts")
    op.execute(
        f"CREATE POLICY seat_adds_own ON attempts FOR INSERT WITH CHECK (trainee_id = {fn} AND "
        "(session_id IS NULL OR EXISTS (SELECT 1 FROM exercise_sessions s "
        f"WHERE s.id = session_id AND s.trainee_id = {fn})))"
    )
    op.execute(
        f'CREATE FUNCTION "{schema}".{_GUARD}() RETURNS trigger LANGUAGE plpgsql '
        f'SET search_path = "{schema}", pg_temp AS $$ '
        "DECLARE got float8; most float8; n int; unscored bool; pass_mark float8; total int; "
        f"BEGIN IF {fn} IS NULL THEN RETURN NEW; END IF; "
        "IF TG_OP = 'INSERT' THEN "
        "  NEW.finished_at := NULL; NEW.score := NULL; NEW.max_score := NULL; "
        "  NEW.passed := NULL; NEW.position := 0; RETURN NEW; END IF; "
        "IF OLD.finished_at IS NOT NULL THEN "
        "  RAISE EXCEPTION 'a seat cannot change a finished session'; END IF; "
        "SELECT COALESCE(SUM(l.score), 0), COALESCE(SUM(l.max_score), 0), COUNT(*), "
        "  COALESCE(BOOL_OR(l.mark = 'unscored'), false) INTO got, most, n, unscored "
        "  FROM (SELECT DISTINCT ON (question_id) score, max_score, mark FROM attempts "
        "  WHERE session_id = NEW.id ORDER BY question_id, answered_at DESC) l; "
        "IF NEW.finished_at IS NULL THEN "
        "  NEW.score := NULL; NEW.max_score := NULL; NEW.passed := NULL; RETURN NEW; END IF; "
        "NEW.score := got; NEW.max_score := GREATEST(COALESCE(NEW.max_score, 0), most); "
        "total := json_array_length(NEW.question_order); "
        "pass_mark := COALESCE((NEW.extra->'exercise'->>'pass_mark')::float8, 0.8); "
        "IF unscored THEN NEW.passed := NULL; "
        "ELSE NEW.passed := n >= total AND NEW.max_score > 0 "
        "  AND got / NEW.max_score >= pass_mark - 1e-9; END IF; "
        "RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER exercise_sessions_seat_guard BEFORE INSERT OR UPDATE ON exercise_sessions "
        f'FOR EACH ROW EXECUTE FUNCTION "{schema}".{_GUARD}()'
    )
    # Seats granted before this revision had UPDATE on every column of a session.
    roles = [r for (r,) in conn.execute(sa.text("SELECT role_name FROM classroom_seat_roles"))]
    columns = ", ".join(SEAT_SESSION_COLUMNS)
    for role in roles:
        op.execute(f'REVOKE UPDATE ON exercise_sessions FROM "{role}"')
        op.execute(f'GRANT UPDATE ({columns}) ON exercise_sessions TO "{role}"')
    op.execute(f'REVOKE TEMPORARY ON DATABASE "{database}" FROM PUBLIC')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS exercise_sessions_seat_guard ON exercise_sessions")
    op.execute(f"DROP FUNCTION IF EXISTS {_GUARD}()")
    op.execute("DROP POLICY seat_adds_own ON attempts")
    op.execute(
        f"CREATE POLICY seat_adds_own ON attempts FOR INSERT WITH CHECK (trainee_id = {_FN}())"
    )
    for name, (table, _condition) in _CHECKS.items():
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {name}")
