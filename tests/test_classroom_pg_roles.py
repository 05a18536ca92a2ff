"""PostgreSQL's own access control for seats, tried as a trainee with the database URL would.

Each test runs in a private schema and drops every role it made. A seat connects as its own
login role and types SQL directly, past the app: it must see and add only its own trainee's
rows and nothing else.
"""

from __future__ import annotations

import dataclasses
import uuid

import pytest
import sqlalchemy as sa
from support.attempts import T0, attempt
from support.databases import private_pg_schema
from test_classroom_support import give_class_pack

from docinspect.classroom import SeatRoleError, open_classroom
from docinspect.classroom.seat_roles import SEAT_PRIVILEGES
from docinspect.model.exercise import Exercise, Mode, PackSpecimen, VerdictQuestion
from docinspect.store import StoreError, open_store

pytestmark = pytest.mark.postgres


@pytest.fixture
def schema_url():
    with private_pg_schema() as url:
        yield url


@pytest.fixture
def classroom(schema_url, made_roles, tmp_path):
    """A class on PostgreSQL with Ann and Bob, each with a seat role, and Bob's results."""
    room = open_classroom(schema_url)
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    ann = room.add_trainee(boss, "Ann")
    bob = room.add_trainee(boss, "Bob")
    cohort = room.create_cohort(boss, "Morning")
    room.add_to_cohort(boss, cohort.id, ann.id)
    room.add_to_cohort(boss, cohort.id, bob.id)
    give_class_pack(room, boss, tmp_path / "pack", {"ex-1": 2})
    room.assign(boss, cohort.id, exercise_id="ex-1", title="UV")
    suffix = uuid.uuid4().hex[:8]
    made_roles += [f"seat_ann_{suffix}", f"seat_bob_{suffix}"]
    ann_seat = room.grant_seat(boss, ann.id, made_roles[0])
    bob_seat = room.grant_seat(boss, bob.id, made_roles[1])
    bob_seat_store = open_store(bob_seat.url)
    bob_seat_store.record_attempt(attempt(bob.id, question_id="q1"))
    bob_seat_store.close()
    yield dataclasses.make_dataclass("Class", ["room", "boss", "ann", "bob", "ann_url", "bob_url"])(
        room, boss, ann, bob, ann_seat.url, bob_seat.url
    )
    room.close()


def _refused(engine, sql, params=None, match="permission denied|row-level security"):
    with pytest.raises(sa.exc.DBAPIError, match=match), engine.begin() as conn:
        conn.execute(sa.text(sql), params or {})


def test_a_seat_sees_and_adds_only_its_own_trainees_rows(classroom):
    seat = open_store(classroom.ann_url)  # the seat opens the class database as itself
    exercise = Exercise("ex-1", "UV", Mode.EXAM, (VerdictQuestion("q1", PackSpecimen("s1")),))
    session = seat.start_session(classroom.ann.id, exercise, order=("q1",), seed=3)
    assert seat.record_attempt(attempt(classroom.ann.id, session_id=session.id, at=T0))
    seat.finish_session(session.id, _results())
    assert [a.trainee_id for a in seat.attempts_for(classroom.ann.id)] == [classroom.ann.id]
    assert seat.attempts_for(classroom.bob.id) == []  # the app's query, filtered by PostgreSQL
    assert [t.name for t in seat.trainees()] == ["Ann"]
    with seat.engine.begin() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM attempts")).scalar_one() == 1
        rows = conn.execute(
            sa.text("SELECT * FROM attempts WHERE trainee_id = :b"), {"b": classroom.bob.id}
        ).all()
        assert rows == []
        assert conn.execute(sa.text("SELECT count(*) FROM exercise_sessions")).scalar_one() == 1
        assert conn.execute(sa.text("SELECT count(*) FROM attempt_skills")).scalar_one() == 2
        # An UPDATE of Bob's session touches no row: it is invisible to Ann's seat.
        moved = conn.execute(
            sa.text("UPDATE exercise_sessions SET position = 99 WHERE trainee_id = :b"),
            {"b": classroom.bob.id},
        )
        assert moved.rowcount == 0
        # Assignments are not secret: the seat reads them to know what to do.
        assert conn.execute(sa.text("SELECT count(*) FROM classroom_assignments")).scalar_one() == 1
        assert (
            conn.execute(sa.text("SELECT count(*) FROM classroom_cohort_members")).scalar_one() == 1
        )
    seat.close()
    # The instructor's station (the owner) still sees the whole class.
    assert len(classroom.room.attempts_for(classroom.boss, classroom.bob.id)) == 1


def _results():
    from docinspect.training.quiz import Results

    return Results(1.0, 1.0, 1, 1, 0.5, 1, 0, 4200.0)


def test_a_seat_cannot_write_as_another_trainee_or_change_the_log(classroom):
    engine = sa.create_engine(classroom.ann_url)
    as_bob = attempt(classroom.bob.id, question_id="q2")
    seat = open_store(classroom.ann_url)
    with pytest.raises(Exception, match="row-level security"):
        seat.record_attempt(as_bob)
    seat.close()
    _refused(engine, "UPDATE attempts SET score = 1, correct = true")
    _refused(engine, "DELETE FROM attempts")
    _refused(engine, "DELETE FROM attempt_skills")
    _refused(engine, "DELETE FROM exercise_sessions")
    _refused(
        engine,
        "INSERT INTO trainees (id, name, created_at, extra) VALUES (:i, 'X', now(), '{}')",
        {"i": uuid.uuid4()},
    )
    _refused(engine, "UPDATE trainees SET name = 'Mallory'")
    _refused(engine, "DELETE FROM classroom_assignments")
    _refused(
        engine,
        "INSERT INTO classroom_cohort_members VALUES (:c, :t)",
        {"c": uuid.uuid4(), "t": classroom.ann.id},
    )
    engine.dispose()


def test_a_seat_cannot_read_accounts_password_hashes_or_the_seat_map(classroom):
    engine = sa.create_engine(classroom.ann_url)
    _refused(engine, "SELECT password_hash FROM classroom_accounts")
    _refused(engine, "SELECT * FROM classroom_seat_roles")
    with engine.begin() as conn:  # the policies' lookup tells a seat only its own trainee
        assert conn.execute(sa.text("SELECT docinspect_seat_trainee()")).scalar_one() == (
            classroom.ann.id
        )
    engine.dispose()


def test_a_seat_reads_no_table_beyond_what_a_seat_needs(classroom, schema_url):
    """Whatever a later migration adds (a table of sealed keys, say) is closed to seats."""
    owner = sa.create_engine(schema_url)
    with owner.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    owner.dispose()
    engine = sa.create_engine(classroom.ann_url)
    readable = set()
    for table in sorted(tables):
        try:
            with engine.begin() as conn:
                conn.execute(sa.text(f'SELECT 1 FROM "{table}" LIMIT 1'))
            readable.add(table)
        except sa.exc.DBAPIError:
            pass
    assert readable == set(SEAT_PRIVILEGES)
    assert "classroom_accounts" in tables and "classroom_accounts" not in readable
    engine.dispose()


def test_a_seat_cannot_lift_its_own_limits(classroom):
    engine = sa.create_engine(classroom.ann_url)
    _refused(engine, "ALTER TABLE attempts DISABLE ROW LEVEL SECURITY", match="must be owner")
    _refused(engine, "DROP POLICY seat_reads_own ON attempts", match="must be owner")
    _refused(
        engine,
        "CREATE TABLE classroom_seat_roles (role_name name, trainee_id uuid)",
        match="permission denied",
    )
    _refused(engine, "SET ROLE postgres", match="permission denied")
    _refused(engine, "CREATE ROLE mallory_seat LOGIN", match="permission denied")
    _refused(engine, "DROP TRIGGER attempts_append_only ON attempts", match="must be owner")
    engine.dispose()


def test_seat_roles_are_refused_on_sqlite_and_for_bad_names(tmp_path, classroom):
    room = open_classroom(f"sqlite:///{tmp_path / 'one-seat.sqlite3'}")
    room.create_instructor("boss", "boss-password", by=None)
    boss = room.log_in("boss", "boss-password")
    ann = room.add_trainee(boss, "Ann")
    with pytest.raises(SeatRoleError, match="PostgreSQL"):
        room.grant_seat(boss, ann.id, "seat_ann")
    room.close()
    for bad in ("Ann", "x", "seat; DROP TABLE attempts", 'postgres"--'):
        with pytest.raises(SeatRoleError, match="not a usable role name"):
            classroom.room.grant_seat(classroom.boss, classroom.ann.id, bad)
    with pytest.raises(SeatRoleError, match="exists already"):
        classroom.room.grant_seat(classroom.boss, classroom.ann.id, "postgres")


def test_a_trainee_login_cannot_grant_seats_and_revoking_drops_the_role(classroom, made_roles):
    room, boss = classroom.room, classroom.boss
    room.add_trainee(boss, "Cem", username="cem", password="cem-password")
    cem = room.log_in("cem", "cem-password")
    from docinspect.classroom import NotAllowed

    with pytest.raises(NotAllowed):
        room.grant_seat(cem, classroom.ann.id, "seat_mallory_x")
    room.revoke_seat(boss, made_roles[0])
    with pytest.raises(sa.exc.OperationalError):
        sa.create_engine(classroom.ann_url).connect()
    assert len(room.attempts_for(boss, classroom.bob.id)) == 1  # results stay


def test_grant_seat_from_the_command_line(schema_url, made_roles, monkeypatch, capsys):
    from docinspect.cli import main

    monkeypatch.setenv("DOCINSPECT_PASSWORD", "boss-password")
    assert main(["classroom", "init", "--instructor", "boss", "--db", schema_url]) == 0
    assert main(["classroom", "add-trainee", "Ann", "--user", "boss", "--db", schema_url]) == 0
    role = f"seat_ann_{uuid.uuid4().hex[:8]}"
    made_roles.append(role)
    capsys.readouterr()
    args = ["classroom", "grant-seat", "Ann", "--role", role, "--user", "boss", "--db", schema_url]
    assert main(args) == 0
    url = capsys.readouterr().out.strip().splitlines()[-1]
    assert url.startswith(f"postgresql+psycopg://{role}:")
    seat = open_store(url)
    assert [t.name for t in seat.trainees()] == ["Ann"]
    seat.close()
    assert main(args) == 2
    assert "exists already" in capsys.readouterr().err
    assert main(["classroom", "grant-seat", "Zed", "--role", "seat_zed_1", "--user", "boss",
                 "--db", schema_url]) == 2  # fmt: skip
    assert "no trainee is named 'Zed'" in capsys.readouterr().err
    revoke = ["classroom", "revoke-seat", role, "--user", "boss", "--db", schema_url]
    assert main(revoke) == 0
    with pytest.raises(Exception, match="authentication|does not exist|password"):
        open_store(url)


def test_a_seat_role_signs_in_as_its_trainee_and_pushes_its_offline_results(classroom, tmp_path):
    from docinspect.classroom import NotAllowed, export_bundle, import_bundle, push_results

    seat_room = open_classroom(classroom.ann_url)  # the seat's app, connected as its role
    login = seat_room.seat_login()
    assert login is not None and login.trainee_id == classroom.ann.id and not login.is_instructor
    assert [a.exercise_id for a in seat_room.assignments(login)] == ["ex-1"]
    with pytest.raises(NotAllowed):
        seat_room.attempts_for(login, classroom.bob.id)
    with pytest.raises(StoreError):  # the app's password check needs a table a seat cannot read
        seat_room.log_in("boss", "boss-password")
    assert classroom.room.seat_login() is None  # the instructor's station is not a seat
    seat_room.close()

    # The seat brings its trainee from the server to its own file, as the seat link does,
    # then answers while the server is away.
    server = open_store(classroom.ann_url)
    local = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    export_bundle(server, tmp_path / "mine.zip", trainee_ids=[classroom.ann.id])
    import_bundle(local, tmp_path / "mine.zip")
    local.record_attempt(attempt(classroom.ann.id, question_id="q7"))
    report = push_results(local, server)
    assert report.attempts_added == 1
    assert push_results(local, server).attempts_added == 0
    server.close()
    local.close()
    assert [
        a.question_id for a in classroom.room.attempts_for(classroom.boss, classroom.ann.id)
    ] == ["q7"]


def _ann_session(classroom, *, questions=("q1", "q2")):
    seat = open_store(classroom.ann_url)
    exercise = Exercise(
        "ex-1",
        "UV",
        Mode.EXAM,
        tuple(VerdictQuestion(q, PackSpecimen("s1")) for q in questions),
    )
    session = seat.start_session(classroom.ann.id, exercise, order=questions, seed=3)
    return seat, session


def test_a_seat_cannot_score_its_own_session_the_server_does(classroom, schema_url):
    seat, session = _ann_session(classroom)
    seat.record_attempt(attempt(classroom.ann.id, session_id=session.id, question_id="q1"))
    seat.record_attempt(
        attempt(classroom.ann.id, session_id=session.id, question_id="q2", correct=False)
    )
    engine = sa.create_engine(classroom.ann_url)
    # Typed by hand as the seat: the server ignores the claimed score while it runs...
    with engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE exercise_sessions SET score = 999, passed = true WHERE id = :s"),
            {"s": session.id},
        )
    # ...and computes it from the attempt log when the session finishes (1 of 2: failed).
    from docinspect.training.quiz import Results

    seat.finish_session(session.id, Results(2.0, 2.0, 2, 2, 0.8, 1, 0, 100.0))
    owner = open_store(schema_url)
    row = owner.session(session.id)
    assert (row.score, row.max_score, row.passed) == (1.0, 2.0, False)
    # A finished session cannot be touched again by the seat.
    _refused(
        engine,
        "UPDATE exercise_sessions SET passed = true WHERE id = :s",
        {"s": session.id},
        match="cannot change a finished session",
    )
    # Nor its fixed columns while it runs.
    seat2, running = _ann_session(classroom, questions=("q9",))
    _refused(
        engine,
        "UPDATE exercise_sessions SET exercise_id = 'other', trainee_id = trainee_id WHERE id = :s",
        {"s": running.id},
    )
    # A session inserted "already finished and passed" arrives unfinished.
    with engine.begin() as conn:
        forged = uuid.uuid4()
        conn.execute(
            sa.text(
                "INSERT INTO exercise_sessions (id, trainee_id, exercise_id, exercise_title, "
                "module, mode, seed, question_order, position, started_at, finished_at, score, "
                "max_score, passed, extra) VALUES (:i, :t, 'ex-1', 'UV', '', 'exam', 1, "
                "'[\"q1\"]', 0, now(), now(), 999, 1, true, '{}')"
            ),
            {"i": forged, "t": classroom.ann.id},
        )
    faked = owner.session(forged)
    assert (faked.finished_at, faked.score, faked.passed) == (None, None, None)
    owner.close()
    seat.close()
    seat2.close()
    engine.dispose()


@pytest.mark.parametrize(
    ("score", "max_score"),
    [(100.0, 1.0), (float("nan"), 1.0), (float("inf"), 1.0), (-1e308, 1.0), (1.0, 1e308)],
)
def test_a_seat_cannot_insert_a_self_scored_attempt(classroom, score, max_score):
    seat = open_store(classroom.ann_url)
    bad = dataclasses.replace(attempt(classroom.ann.id), score=score, max_score=max_score)
    with pytest.raises(StoreError, match="check constraint"):
        seat.record_attempt(bad)
    seat.close()


def test_a_seat_cannot_add_an_attempt_to_another_trainees_session(classroom):
    bob_seat = open_store(classroom.bob_url)
    exercise = Exercise("ex-1", "UV", Mode.EXAM, (VerdictQuestion("q1", PackSpecimen("s1")),))
    bobs = bob_seat.start_session(classroom.bob.id, exercise, order=("q1",), seed=3)
    bob_seat.close()
    seat = open_store(classroom.ann_url)
    with pytest.raises(StoreError, match="row-level security"):
        seat.record_attempt(attempt(classroom.ann.id, session_id=bobs.id))
    seat.close()


def test_a_seat_cannot_create_temporary_tables(classroom):
    engine = sa.create_engine(classroom.ann_url)
    _refused(engine, "CREATE TEMPORARY TABLE t (x int)", match="permission denied")
    engine.dispose()
