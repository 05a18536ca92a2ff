"""Classroom roles, accounts, cohorts, assignments and the live class view, tried as an attacker would.

Run on SQLite and on the PostgreSQL server (a private schema per test).
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import given, settings
from hypothesis import strategies as st
from support.attempts import T0, attempt
from test_classroom_support import give_class_pack

from docinspect.classroom import (
    NotAllowed,
    Role,
    classroom_head_revision,
    hash_password,
    open_classroom,
    verify_password,
)
from docinspect.classroom.passwords import ScryptParameters
from docinspect.classroom.schema import OWN_TABLES, accounts, metadata


@pytest.fixture
def room(url):
    c = open_classroom(url)
    c.create_instructor("instructor", "correct horse battery", by=None)
    yield c
    c.close()


@pytest.fixture
def boss(room):
    return room.log_in("instructor", "correct horse battery")


def test_classroom_migrations_build_exactly_the_classroom_tables(url):
    open_classroom(url).close()
    again = open_classroom(url)  # a second open is a no-op
    with again._engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "version_table": "classroom_alembic_version"}
        )
        assert context.get_current_revision() == classroom_head_revision()
        diff = compare_metadata(context, metadata)
    ours = [d for d in diff if any(t in repr(d) for t in OWN_TABLES)]
    assert ours == []
    again.close()


# --- passwords -------------------------------------------------------------------------------


@settings(max_examples=5, deadline=None)
@given(st.text(min_size=8, max_size=40))
def test_a_password_verifies_and_a_different_one_does_not(password):
    fast = ScryptParameters(n=2**14, r=8, p=1)
    stored = hash_password(password, fast)
    assert verify_password(password, stored)
    assert not verify_password(password + "x", stored)
    assert password not in stored


def test_hashes_are_salted_and_record_their_parameters():
    a, b = hash_password("same password"), hash_password("same password")
    assert a != b
    scheme, n, r, p, _salt, _hash = a.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**15, 8, 1)


@pytest.mark.parametrize(
    "stored",
    ["", "plain", "scrypt$1024$8$1$AAAA$AAAA", "md5$x$y$z$a$b", "scrypt$32768$8$1$!!$??"],
)
def test_a_damaged_or_weakened_hash_never_verifies(stored):
    assert not verify_password("anything at all", stored)


def test_the_database_keeps_no_password_in_clear(room, url):
    with room._engine.connect() as conn:
        rows = conn.execute(accounts.select()).all()
    assert rows and all("correct horse" not in r.password_hash for r in rows)


# --- logins -------------------------------------------------------------------------------


def test_wrong_password_and_unknown_user_get_the_same_refusal(room):
    with pytest.raises(NotAllowed) as wrong:
        room.log_in("instructor", "wrong password!")
    with pytest.raises(NotAllowed) as unknown:
        room.log_in("nobody", "correct horse battery")
    assert str(wrong.value) == str(unknown.value) == "wrong user name or password"


def test_nobody_can_make_themselves_instructor_once_one_exists(room):
    with pytest.raises(NotAllowed):
        room.create_instructor("me", "my own password", by=None)


# --- a trainee trying instructor operations --------------------------------------------------


@pytest.fixture
def class_of_two(room, boss):
    ann = room.add_trainee(boss, "Ann", username="ann", password="ann-password")
    bob = room.add_trainee(boss, "Bob", username="bob", password="bob-password")
    return ann, bob


def test_a_trainee_cannot_call_instructor_operations(room, boss, class_of_two):
    ann, bob = class_of_two
    login = room.log_in("ann", "ann-password")
    assert login.role is Role.TRAINEE
    cohort = room.create_cohort(boss, "Morning")
    attempts_of_instructor_ops = [
        lambda: room.add_trainee(login, "Mallory"),
        lambda: room.create_cohort(login, "Mine"),
        lambda: room.add_to_cohort(login, cohort.id, ann.id),
        lambda: room.assign(login, cohort.id, exercise_id="x", title="x", question_count=1),
        lambda: room.members(login, cohort.id),
        lambda: room.trainees(login),
        lambda: room.create_instructor("mallory", "mallory-password", by=login),
    ]
    for op in attempts_of_instructor_ops:
        with pytest.raises(NotAllowed, match="a trainee cannot"):
            op()
    assert [t.name for t in room.trainees(boss)] == ["Ann", "Bob"]
    assert room.members(boss, cohort.id) == []


def test_a_trainee_cannot_read_or_write_another_trainees_results(room, boss, class_of_two):
    ann, bob = class_of_two
    bobs = room.log_in("bob", "bob-password")
    room.record_attempt(bobs, attempt(bob.id))
    anns = room.log_in("ann", "ann-password")
    with pytest.raises(NotAllowed, match="only see their own"):
        room.attempts_for(anns, bob.id)
    with pytest.raises(NotAllowed):
        room.record_attempt(anns, attempt(bob.id, question_id="forged by ann"))
    assert [a.question_id for a in room.attempts_for(boss, bob.id)] == ["q1"]
    assert room.attempts_for(anns, ann.id) == []


def test_a_forged_or_ended_login_is_refused(room, boss, class_of_two):
    ann, _ = class_of_two
    anns = room.log_in("ann", "ann-password")
    # Rewriting one's own login to say "instructor", or guessing the instructor's account id:
    promoted = dataclasses.replace(anns, role=Role.INSTRUCTOR)
    impostor = dataclasses.replace(boss, token=b"\0" * 32)
    for fake in (promoted, impostor):
        with pytest.raises(NotAllowed, match="not logged in"):
            room.create_cohort(fake, "Evil")
    room.log_out(boss)
    with pytest.raises(NotAllowed):
        room.trainees(boss)


def test_a_login_from_another_classroom_object_is_not_accepted(url, room, boss):
    other = open_classroom(url)
    with pytest.raises(NotAllowed):
        other.create_cohort(boss, "Elsewhere")
    other.close()


# --- cohorts, assignments, live class view ---------------------------------------------------


def test_the_class_view_shows_each_members_progress_live(room, boss, class_of_two, tmp_path):
    ann, bob = class_of_two
    carl = room.add_trainee(boss, "Carl")  # not in the cohort
    cohort = room.create_cohort(boss, "Morning")
    room.add_to_cohort(boss, cohort.id, ann.id)
    room.add_to_cohort(boss, cohort.id, bob.id)
    room.add_to_cohort(boss, cohort.id, bob.id)  # twice changes nothing
    due = T0 + timedelta(days=1)
    give_class_pack(room, boss, tmp_path / "pack", {"ex-1": 3})
    a = room.assign(boss, cohort.id, exercise_id="ex-1", title="Exam", due_at=due, now=T0)
    assert a.question_count == 3  # taken from the exercise

    anns = room.log_in("ann", "ann-password")
    assert [x.id for x in room.assignments(anns)] == [a.id]
    assert [c.name for c in room.cohorts(anns)] == ["Morning"]

    start = [(p.name, p.answered) for p in room.class_progress(boss, a.id)]
    assert start == [("Ann", 0), ("Bob", 0)]
    later = a.created_at + timedelta(seconds=1)
    for i, ok in enumerate([True, False, True]):
        room.record_attempt(anns, attempt(ann.id, question_id=f"q{i}", at=later, correct=ok))
    room.record_attempt(anns, attempt(ann.id, question_id="q0", at=later, correct=True))
    room.record_attempt(anns, attempt(ann.id, exercise_id="other", at=later))

    rows = {p.name: p for p in room.class_progress(boss, a.id, now=due + timedelta(hours=1))}
    assert set(rows) == {"Ann", "Bob"} and carl.id not in {p.trainee_id for p in rows.values()}
    assert (rows["Ann"].answered, rows["Ann"].correct, rows["Ann"].finished) == (3, 2, True)
    assert rows["Ann"].fraction_done == 1.0 and not rows["Ann"].overdue
    assert (rows["Bob"].answered, rows["Bob"].finished, rows["Bob"].overdue) == (0, False, True)
    with pytest.raises(NotAllowed):
        room.class_progress(anns, a.id)


def test_cohort_names_are_unique_and_bad_input_is_a_value_error(room, boss):
    room.create_cohort(boss, "Morning")
    with pytest.raises(ValueError, match="exists already"):
        room.create_cohort(boss, "Morning")
    with pytest.raises(ValueError):
        room.assign(boss, uuid.uuid4(), exercise_id="x", title="x", question_count=2)
    with pytest.raises(ValueError, match="already taken"):
        room.create_instructor("instructor", "another password", by=boss)


def test_classroom_migrations_go_down_leaving_the_store_and_up_again(url):
    import sqlalchemy as sa
    from alembic import command

    from docinspect.classroom.classroom import classroom_migrations_config

    room = open_classroom(url)
    room.create_instructor("boss", "boss-password", by=None)
    engine = room._engine
    with engine.begin() as conn:
        config = classroom_migrations_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    names = set(sa.inspect(engine).get_table_names())
    assert not names & set(OWN_TABLES) and {"trainees", "attempts"} <= names
    room.close()
    again = open_classroom(url)
    assert not again.has_instructor()
    assert set(OWN_TABLES) <= set(sa.inspect(again._engine).get_table_names())
    again.close()


def test_a_trainee_may_not_open_the_studio_answer_keys_or_class_view(room, boss, class_of_two):
    from docinspect.classroom import Action

    anns = room.log_in("ann", "ann-password")
    for action in Action:
        assert room.may(boss, action)
        assert not room.may(anns, action)
        with pytest.raises(NotAllowed, match=f"a trainee cannot {action.value}"):
            room.require(anns, action)
    room.log_out(boss)
    assert not room.may(boss, Action.OPEN_STUDIO)


def test_a_taken_user_name_adds_no_trainee(room, boss, class_of_two):
    with pytest.raises(ValueError, match="already taken"):
        room.add_trainee(boss, "Another Ann", username="ann", password="whatever-password")
    assert [t.name for t in room.trainees(boss)] == ["Ann", "Bob"]


def test_a_database_failure_is_a_store_error_with_a_message(room, boss):
    import sqlalchemy as sa

    from docinspect.store import StoreError

    with room._engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE classroom_assignments"))
    cohort = room.create_cohort(boss, "Morning")
    with pytest.raises(StoreError, match="database error: .*classroom_assignments"):
        room.assign(boss, cohort.id, exercise_id="light-and-uv", title="x", question_count=1)
