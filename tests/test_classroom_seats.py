"""30 seats answering at once against the shared PostgreSQL database: nothing lost or doubled.

Each seat is a thread with its own Store (its own engine and connections), as 30 separate
workstations would be; every answer is saved through the store API.
"""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta

import pytest
from test_classroom_support import T0, attempt, private_pg_schema

from docinspect.store import open_store

SEATS = 30
ANSWERS_PER_SEAT = 20


@pytest.mark.postgres
def test_thirty_seats_answering_concurrently_lose_and_duplicate_nothing():
    with private_pg_schema() as url:
        instructor_station = open_store(url)
        trainees = [instructor_station.add_trainee(f"Seat {i:02d}") for i in range(SEATS)]
        start = threading.Barrier(SEATS)
        saved: list[list[uuid.UUID]] = [[] for _ in range(SEATS)]
        errors: list[BaseException] = []

        def seat(i: int) -> None:
            try:
                store = open_store(url)  # every seat its own engine and connections
                start.wait(timeout=60)
                for n in range(ANSWERS_PER_SEAT):
                    record = attempt(
                        trainees[i].id,
                        question_id=f"q{n}",
                        at=T0 + timedelta(seconds=n),
                        correct=n % 3 != 0,
                    )
                    assert store.record_attempt(record) is True
                    # A retry after an unclear failure: the same UUID again changes nothing.
                    if n % 5 == 0:
                        assert store.record_attempt(record) is False
                    saved[i].append(record.id)
                store.close()
            except BaseException as exc:  # reported by the main thread
                errors.append(exc)

        threads = [threading.Thread(target=seat, args=(i,)) for i in range(SEATS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert not errors, errors
        assert all(not t.is_alive() for t in threads)

        expected = {a for seat_ids in saved for a in seat_ids}
        assert len(expected) == SEATS * ANSWERS_PER_SEAT
        store = instructor_station
        assert store.attempt_count() == SEATS * ANSWERS_PER_SEAT
        in_db = {a.id for t in trainees for a in store.attempts_for(t.id)}
        assert in_db == expected
        for i, t in enumerate(trainees):
            assert [a.id for a in store.attempts_for(t.id)] == saved[i]
        instructor_station.close()


@pytest.mark.postgres
def test_seats_opening_the_classroom_together_migrate_it_once():
    from docinspect.classroom import classroom_head_revision, open_classroom

    with private_pg_schema() as url:
        start = threading.Barrier(10)
        rooms, errors = [], []

        def seat() -> None:
            try:
                start.wait(timeout=60)
                rooms.append(open_classroom(url))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=seat) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors, errors
        assert len(rooms) == 10
        import sqlalchemy as sa

        with rooms[0]._engine.connect() as conn:
            versions = conn.execute(
                sa.text("SELECT version_num FROM classroom_alembic_version")
            ).all()
        assert [v[0] for v in versions] == [classroom_head_revision()]
        for r in rooms:
            r.close()
