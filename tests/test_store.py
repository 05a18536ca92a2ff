"""The store on real databases: SQLite (file, WAL) and PostgreSQL (a private schema per test).

PostgreSQL tests are marked ``postgres`` and fail — never skip — when the server at
127.0.0.1:5432 cannot be reached.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from support.attempts import attempt as support_attempt
from test_training_support import TAXONOMY, resolver

from docinspect.model.exercise import parse_exercise
from docinspect.store import StoreError, head_revision, open_store
from docinspect.store.schema import metadata
from docinspect.training import (
    Quiz,
    SkillKey,
    SkillKind,
    SkillSchedule,
    VerdictAnswer,
    question_order,
)

T0 = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)


@pytest.fixture
def store(url):
    s = open_store(url)
    yield s
    s.close()


EXERCISE = parse_exercise(
    {
        "format": 1,
        "id": "ex-1",
        "title": "Exam one",
        "module": "Counterfeits",
        "mode": "exam",
        "shuffle": True,
        "questions": [
            {
                "id": f"q{i}",
                "type": "verdict",
                "recipe": {
                    "document_type": "td3",
                    "seed": i,
                    "methods": ["office_paper"] if i % 2 else [],
                },
            }
            for i in range(5)
        ],
    },
    file="ex.json",
    taxonomy=TAXONOMY,
)


def attempt(trainee_id, **fields):
    return support_attempt(trainee_id, hints_used=1, **fields)


def test_migrations_build_exactly_the_schema_and_reopen_is_a_no_op(url):
    first = open_store(url)
    assert first.schema_revision() == head_revision() == "0002"
    first.close()
    again = open_store(url)
    with again.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), metadata
        )
    assert diff == []
    again.close()


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_default_url_is_the_users_database(private_data_dir):
    store = open_store()
    assert str(private_data_dir) in store.url
    store.close()
    assert (private_data_dir / "docinspect.sqlite3").exists()


def test_attempt_round_trips_every_field(store):
    ann = store.add_trainee("  Ann Officer ")
    assert ann.name == "Ann Officer" and store.trainees() == [ann]
    record = attempt(ann.id)
    assert store.record_attempt(record) is True
    [back] = store.attempts_for(ann.id)
    assert back == record
    assert back.answered_at.tzinfo is not None and back.answered_at == T0


def test_saving_the_same_attempt_twice_is_harmless(store):
    ann = store.add_trainee("Ann")
    record = attempt(ann.id)
    assert store.record_attempt(record) is True
    assert store.record_attempt(record) is False
    assert store.attempt_count() == 1


def test_attempts_are_append_only_in_the_api_and_in_the_database(store):
    public = {name for name in dir(store) if not name.startswith("_")}
    assert not {
        n
        for n in public
        if "attempt" in n and any(w in n for w in ("update", "delete", "remove", "edit"))
    }
    ann = store.add_trainee("Ann")
    store.record_attempt(attempt(ann.id))
    for sql in (
        "UPDATE attempts SET score = 0",
        "DELETE FROM attempts",
        "DELETE FROM attempt_skills",
    ):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    assert store.attempts_for(ann.id)[0].score == 1.0


def test_attempt_of_an_unknown_trainee_is_refused_with_a_store_error(store):
    with pytest.raises(StoreError, match="database error"):
        store.record_attempt(attempt(uuid.uuid4()))
    assert store.attempt_count() == 0


def test_attempts_for_filters_and_orders(store):
    ann, bob = store.add_trainee("Ann"), store.add_trainee("Bob")
    for i in range(3):
        store.record_attempt(attempt(ann.id, question_id=f"q{i}", at=T0 + timedelta(minutes=3 - i)))
    store.record_attempt(attempt(bob.id))
    got = store.attempts_for(ann.id)
    assert [a.question_id for a in got] == ["q2", "q1", "q0"]
    assert len(store.attempts_for(ann.id, since=T0 + timedelta(minutes=2))) == 2
    assert store.attempts_for(ann.id, exercise_id="other") == []
    assert len(store.attempts_for(bob.id)) == 1


def test_session_resume_point_and_finish(store):
    ann = store.add_trainee("Ann")
    order = question_order(EXERCISE, 99)
    session = store.start_session(ann.id, EXERCISE, order=order, seed=99)
    quiz = Quiz(
        EXERCISE,
        resolver=resolver,
        trainee_id=ann.id,
        session_id=session.id,
        order=order,
        taxonomy=TAXONOMY,
    )
    for _ in range(2):
        record = quiz.answer(VerdictAnswer(True, "office_paper"), time_ms=900)
        store.record_attempt(quiz.begin_save())
        quiz.saved()
        assert record.session_id == session.id
    point = store.resume_point(session.id)
    assert point.position == 2 and point.session.position == 2
    assert point.session.question_order == order and point.session.seed == 99
    assert [s.id for s in store.sessions_for(ann.id, unfinished=True)] == [session.id]
    resumed = Quiz(
        EXERCISE,
        resolver=resolver,
        trainee_id=ann.id,
        session_id=session.id,
        order=point.session.question_order,
        answered=point.answered,
        taxonomy=TAXONOMY,
    )
    assert resumed.position == 2 and resumed.item.question.id == order[2]
    while resumed.phase.value != "done":
        resumed.answer(VerdictAnswer(False), time_ms=500)
        store.record_attempt(resumed.begin_save())
        resumed.saved()
    store.finish_session(session.id, resumed.results())
    assert store.sessions_for(ann.id, unfinished=True) == []
    done = store.session(session.id)
    assert done.finished and done.score == resumed.results().score and done.position == 5


def test_recording_with_a_schedule_reviews_skills_once(store):
    ann = store.add_trainee("Ann")
    sched = SkillSchedule(fuzz=False)
    first = attempt(ann.id, correct=False)
    store.record_attempt(first, schedule=sched)
    store.record_attempt(first, schedule=sched)  # a retry must not review again
    states = store.skill_states(ann.id)
    assert set(states) == {
        SkillKey(SkillKind.METHOD, "office_paper"),
        SkillKey(SkillKind.FEATURE, "uv_dull_substrate"),
    }
    method = states[SkillKey(SkillKind.METHOD, "office_paper")]
    assert method.reviews == 1 and method.lapses == 1 and method.subtlety < 0.3
    store.record_attempt(attempt(ann.id, at=T0 + timedelta(hours=1)), schedule=sched)
    assert store.skill_states(ann.id)[method.key].reviews == 2


def test_worker_threads_save_concurrently_without_loss(store):
    trainees = [store.add_trainee(f"Seat {i}") for i in range(6)]
    errors = []

    def seat(trainee):
        try:
            for i in range(20):
                store.record_attempt(attempt(trainee.id, question_id=f"q{i}"))
        except Exception as exc:  # collected: an assertion in a thread would be lost
            errors.append(exc)

    threads = [threading.Thread(target=seat, args=(t,)) for t in trainees]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.attempt_count() == 120
    assert all(len(store.attempts_for(t.id)) == 20 for t in trainees)


def test_unusable_database_gives_a_store_error(tmp_path):
    not_a_db = tmp_path / "junk.sqlite3"
    not_a_db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="junk.sqlite3"):
        open_store(f"sqlite:///{not_a_db}")
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(f"sqlite:///{tmp_path / 'missing-folder' / 'x.sqlite3'}")


@pytest.mark.postgres
def test_unreachable_postgres_gives_a_store_error_naming_it_without_password():
    with pytest.raises(StoreError) as info:
        open_store("postgresql+psycopg://postgres:secret@127.0.0.1:1/test?connect_timeout=2")
    assert "127.0.0.1:1" in str(info.value) and "secret" not in str(info.value)


def test_sqlite_file_is_a_real_sqlite_database(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "trainees",
        "attempts",
        "attempt_skills",
        "exercise_sessions",
        "skills",
        "alembic_version",
    } <= tables


def test_migrations_go_down_to_nothing_and_up_again(url):
    from alembic import command

    from docinspect.store.store import migrations_config

    store = open_store(url)
    ann = store.add_trainee("Ann")
    store.record_attempt(attempt(ann.id))
    config = migrations_config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with store.engine.connect() as conn:
        names = set(sa.inspect(conn).get_table_names())
    assert not names & {"trainees", "attempts", "attempt_skills", "exercise_sessions", "skills"}
    store.close()
    again = open_store(url)  # opening upgrades to head again
    assert again.schema_revision() == head_revision() and again.attempt_count() == 0
    again.close()


def test_trainees_are_found_by_id_or_by_exact_name(store):
    ann, bob, other_ann = (
        store.add_trainee("Ann"),
        store.add_trainee("Bob"),
        store.add_trainee("Ann"),
    )
    assert store.find_trainees(f" {bob.id} ") == [bob.id]
    assert store.find_trainees("Bob") == [bob.id]
    assert sorted(store.find_trainees("Ann")) == sorted([ann.id, other_ann.id])
    assert store.find_trainees("bob") == []  # exact names only
    assert store.find_trainees(str(uuid.uuid4())) == []
