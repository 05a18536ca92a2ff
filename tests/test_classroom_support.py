"""Shared fixtures of the classroom tests: a private PostgreSQL schema per test, attempts.

PostgreSQL tests are marked ``postgres`` and fail — never skip — when the server at
127.0.0.1:5432 cannot be reached.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import sqlalchemy as sa

from docinspect.training import AttemptRecord

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
T0 = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)


@contextmanager
def private_pg_schema() -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards."""
    schema = f"c_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def attempt(
    trainee_id, *, session_id=None, exercise_id="ex-1", question_id="q1", at=T0, correct=True
):
    return AttemptRecord(
        id=uuid.uuid4(),
        trainee_id=trainee_id,
        session_id=session_id,
        exercise_id=exercise_id,
        question_id=question_id,
        question_type="verdict",
        specimen_ref="recipe:td3:UTO:1:office_paper:0.500",
        answer={"kind": "verdict", "forged": True, "method": "office_paper"},
        score=1.0 if correct else 0.0,
        max_score=1.0,
        correct=correct,
        mark="right" if correct else "false_accept",
        time_ms=4200,
        hints_used=0,
        answered_at=at,
        truth_verdict="counterfeit",
        accepted=not correct,
        timed_out=False,
        features=("uv_dull_substrate",),
        methods=("office_paper",),
        module="Counterfeits",
    )


def give_class_pack(room, boss, folder, exercises, *, pack_id="class-demo"):
    """Give the class a pack holding ``exercises`` ({id: number of questions} or parsed
    Exercise objects) over one specimen ``s01``, as the studio would export it; the pack."""
    from hostile.packbuild import specimen_files

    from docinspect.model.exercise import exercise_to_data
    from docinspect.packs import ExerciseFile, write_pack

    files = []
    items = exercises.items() if isinstance(exercises, dict) else exercises
    for entry in items:
        if isinstance(entry, tuple):
            exercise_id, count = entry
            data = {
                "format": 1,
                "id": exercise_id,
                "title": f"Exercise {exercise_id}",
                "mode": "practice",
                "questions": [
                    {"id": f"q{i}", "type": "verdict", "specimen": "s01"} for i in range(count)
                ],
            }
        else:
            data = exercise_to_data(entry)
        files.append(ExerciseFile(f"exercises/{data['id']}.json", data))
    write_pack(
        folder,
        pack_id=pack_id,
        title="Seized at the border",
        version="1",
        specimens=[specimen_files()],
        exercises=files,
    )
    return room.add_pack(boss, folder)
