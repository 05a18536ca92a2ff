"""30 seats answering at once against the shared PostgreSQL database: nothing lost or doubled.

Each seat is a thread with its own Store (its own engine and connections), as 30 separate
workstations would be; every answer is saved through the store API.
"""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta

import pytest
import sqlalchemy as sa
from support.attempts import T0, attempt
from support.databases import private_pg_schema
from support.network import NetworkCable
from test_store import EXERCISE

from docinspect.classroom import export_bundle, import_bundle, open_classroom
from docinspect.classroom.seat import push_results
from docinspect.classroom.seat_roles import grant_seat
from docinspect.store import StoreError, open_store
from docinspect.training.quiz import Results

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


# --- incremental pushes from a seat's own file to the class server -----------------------------


def _attempt_inserts(store):
    """A list that receives one entry per INSERT INTO attempts the store's engine sends."""
    sent: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO ATTEMPTS"):
            sent.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", seen)
    return sent


_RESULTS = Results(3.0, 3.0, 3, 3, 0.8, 3, 0, 4200.0)


def _server_ids(url, trainee_id):
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        ids = conn.execute(
            sa.text("SELECT id FROM attempts WHERE trainee_id = :t"), {"t": trainee_id}
        ).scalars()
        found = list(ids)
    engine.dispose()
    return found


def _server_session(url, session_id):
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(
            sa.text("SELECT finished_at, position FROM exercise_sessions WHERE id = :s"),
            {"s": session_id},
        ).one()
    engine.dispose()
    return row


def _answer(store, trainee_id, n, session_id=None):
    record = attempt(
        trainee_id, session_id=session_id, question_id=f"q{n}", at=T0 + timedelta(seconds=n)
    )
    assert store.record_attempt(record)
    return record.id


@pytest.mark.postgres
def test_a_push_after_one_new_answer_sends_that_one_attempt(tmp_path):

    local = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    ann = local.add_trainee("Ann at this seat")
    session = local.start_session(ann.id, EXERCISE, order=["q0", "q1", "q2"], seed=3)
    for n in range(60):
        _answer(local, ann.id, n, session.id if n < 3 else None)
    with private_pg_schema() as url:
        server = open_store(url)
        inserts = _attempt_inserts(server)
        first = push_results(local, server)
        assert (first.trainees_added, first.sessions_added, first.attempts_sent) == (1, 1, 60)
        assert len(inserts) == 60

        again = push_results(local, server, since=first.marks)
        assert (again.attempts_sent, again.sessions_sent, again.attempts_added) == (0, 0, 0)
        assert len(inserts) == 60  # nothing went to the server

        newest = _answer(local, ann.id, 60)
        one = push_results(local, server, since=again.marks)
        assert (one.attempts_sent, one.attempts_added, one.sessions_sent) == (1, 1, 0)
        assert len(inserts) == 61 and server.attempts_for(ann.id)[-1].id == newest

        # The seat finishes the exercise: the finish is sent, once.
        local.finish_session(session.id, _RESULTS)
        done = push_results(local, server, since=one.marks)
        assert (done.sessions_sent, done.attempts_sent) == (1, 0)
        assert server.session(session.id).finished and server.session(session.id).position == 3
        assert push_results(local, server, since=done.marks).sessions_sent == 0
        assert server.attempts_for(ann.id) == local.attempts_for(ann.id)
        server.close()
    local.close()


@pytest.mark.postgres
def test_nothing_is_lost_or_doubled_when_the_network_drops_between_and_during_pushes(tmp_path):

    local = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    ann = local.add_trainee("Ann at this seat")
    session = local.start_session(ann.id, EXERCISE, order=["q0", "q1", "q2"], seed=3)
    answered = [_answer(local, ann.id, n) for n in range(10)]
    relay = NetworkCable()
    try:
        with private_pg_schema() as url:
            server = open_store(relay.url(url))
            inserts = _attempt_inserts(server)
            marks = push_results(local, server).marks
            assert len(inserts) == 10

            # Between pushes: the network goes, the seat keeps answering, the push fails.
            relay.unplug()
            answered += [_answer(local, ann.id, n, session.id) for n in range(10, 13)]
            with pytest.raises(StoreError):
                push_results(local, server, since=marks)
            local.finish_session(session.id, _RESULTS)
            answered += [_answer(local, ann.id, n) for n in range(13, 20)]

            # During a push: the network goes while the second of ten attempts is on its way
            # (its transaction never commits; the first one's did).
            relay.plug()

            def cut_after_two(*_args) -> None:
                if len(inserts) == 2:
                    relay.unplug()

            sa.event.listen(server.engine, "after_cursor_execute", cut_after_two)
            before = len(inserts)
            inserts.clear()
            with pytest.raises(StoreError):
                push_results(local, server, since=marks)
            sa.event.remove(server.engine, "after_cursor_execute", cut_after_two)
            assert before == 10 and len(_server_ids(url, ann.id)) == 11
            assert _server_session(url, session.id).finished_at is None  # its finish comes last

            relay.plug()
            inserts.clear()
            report = push_results(local, server, since=marks)
            assert report.attempts_sent == len(inserts) == 9  # the rest, and only the rest
            assert report.sessions_sent == 1
            assert push_results(local, server, since=report.marks).attempts_sent == 0
            ids = _server_ids(url, ann.id)
            assert sorted(ids) == sorted(answered) and len(ids) == len(set(ids)) == 20
            assert _server_session(url, session.id).finished_at is not None
            assert _server_session(url, session.id).position == 3
            server.close()
    finally:
        relay.close()
    local.close()


@pytest.mark.postgres
def test_a_seat_role_pushes_incrementally_and_sees_only_its_trainee(tmp_path, made_roles):
    role = f"seat_push_{uuid.uuid4().hex[:8]}"
    made_roles.append(role)
    with private_pg_schema() as url:
        room = open_classroom(url)
        station = open_store(url)
        ann, bob = station.add_trainee("Ann"), station.add_trainee("Bob")
        _answer(station, bob.id, 0)
        grant = grant_seat(station.engine, ann.id, role)
        try:
            local = _pulled(station, ann.id, tmp_path / "ann")  # as the seat link does
            seat = open_store(grant.url)
            first = push_results(local, seat, trainee_ids=[ann.id])  # nothing yet
            for n in range(5):
                _answer(local, ann.id, n)
            second = push_results(local, seat, trainee_ids=[ann.id], since=first.marks)
            _answer(local, ann.id, 5)
            third = push_results(local, seat, trainee_ids=[ann.id], since=second.marks)
            assert (first.attempts_sent, second.attempts_sent, third.attempts_sent) == (0, 5, 1)
            # Row-level security: the seat's login sees Ann's answers and nobody else's.
            assert len(seat.attempts_for(ann.id)) == 6 and seat.attempts_for(bob.id) == []
            with pytest.raises(StoreError):  # nor may it write Bob's
                push_results(_pulled(station, bob.id, tmp_path / "bob"), seat)
            seat.close()
            local.close()
        finally:
            station.close()
            room.close()


def _pulled(server, trainee_id, folder):
    """A seat's own file holding one trainee's results from the server."""
    folder.mkdir()
    export_bundle(server, folder / "mine.zip", trainee_ids=[trainee_id])
    local = open_store(f"sqlite:///{folder / 'seat.sqlite3'}")
    import_bundle(local, folder / "mine.zip")
    return local
