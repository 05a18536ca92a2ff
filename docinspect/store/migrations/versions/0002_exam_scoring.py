"""Sealed exams: an unscored attempt may be given its score, once, and nothing else changes.

A seat sitting an exam from a sealed pack has no answer key, so it saves each answer with the
mark ``unscored``; the instructor's station scores it later with the key. The attempt log
stays append-only for everything else: only a row whose mark is ``unscored`` may be updated,
only its judgement (score, max_score, correct, mark, truth_verdict, accepted, timed_out,
question_type) may change, and the new mark must not be ``unscored``. Deleting stays refused.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Columns an exam's scoring may not change: what the trainee answered, when, as whom.
_KEPT = (
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


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        kept = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in _KEPT)
        op.execute(
            "CREATE OR REPLACE FUNCTION docinspect_attempts_guard() RETURNS trigger AS $$ BEGIN "
            "IF TG_OP = 'UPDATE' AND OLD.mark = 'unscored' AND NEW.mark <> 'unscored' "
            f"AND NOT ({kept}) THEN RETURN NEW; END IF; "
            "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
        )
        op.execute("DROP TRIGGER attempts_append_only ON attempts")
        op.execute(
            "CREATE TRIGGER attempts_append_only BEFORE UPDATE OR DELETE ON attempts "
            "FOR EACH ROW EXECUTE FUNCTION docinspect_attempts_guard()"
        )
    else:
        kept = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _KEPT)
        op.execute("DROP TRIGGER attempts_no_update")
        op.execute(
            "CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts "
            f"WHEN OLD.mark <> 'unscored' OR NEW.mark = 'unscored' OR {kept} "
            "BEGIN SELECT RAISE(ABORT, 'attempts is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER attempts_append_only ON attempts")
        op.execute(
            "CREATE TRIGGER attempts_append_only BEFORE UPDATE OR DELETE ON attempts "
            "FOR EACH ROW EXECUTE FUNCTION docinspect_append_only()"
        )
        op.execute("DROP FUNCTION docinspect_attempts_guard()")
    else:
        op.execute("DROP TRIGGER attempts_no_update")
        op.execute(
            "CREATE TRIGGER attempts_no_update BEFORE UPDATE ON attempts "
            "BEGIN SELECT RAISE(ABORT, 'attempts is append-only'); END"
        )
