"""What a classroom seat keeps on this computer (docinspect.classroom.seat_files), without Qt:
which URL is a class server, the remembered logins, the assignments cache, the class packs."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
import sqlalchemy as sa
from support.attempts import T0

from docinspect.classroom import Assignment, NotAllowed
from docinspect.classroom import seat_files as sf
from docinspect.store import Trainee


def test_only_a_server_url_is_a_class_server():
    assert sf.is_class_server("postgresql+psycopg://seat@10.0.0.1/class")
    assert not sf.is_class_server("sqlite:////tmp/x.sqlite3")
    assert not sf.is_class_server("not a url at all")


def test_a_server_url_gets_a_connect_timeout_and_keeps_one_given():
    url = sa.make_url(sf.with_connect_timeout("postgresql+psycopg://seat:pw@10.0.0.1/class"))
    assert url.query["connect_timeout"] == str(sf.CONNECT_TIMEOUT)
    assert url.password == "pw"  # the password is kept, not masked
    kept = sf.with_connect_timeout("postgresql+psycopg://seat@h/c?connect_timeout=30")
    assert sa.make_url(kept).query["connect_timeout"] == "30"
    assert sf.with_connect_timeout("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"


def test_the_seat_file_lives_in_the_data_folder(private_data_dir):
    assert sf.seat_file_url() == f"sqlite:///{private_data_dir / 'classroom-seat.sqlite3'}"
    assert sf.class_packs_dir() == private_data_dir / "class-packs"
    assert sf.seat_class_packs() == []


def test_a_remembered_login_signs_in_with_its_password_only(private_data_dir):
    ann = Trainee(uuid.uuid4(), "Ann", T0)
    sf.remember_login(" ann ", ann, "correct horse battery")
    assert sf.remembered_trainee_id("ann", "correct horse battery") == ann.id
    with pytest.raises(NotAllowed):
        sf.remembered_trainee_id("ann", "wrong password here")
    assert sf.remembered_trainee_id("bob", "correct horse battery") is None
    kept = (private_data_dir / "classroom-seat-logins.json").read_text()
    assert "correct horse battery" not in kept


def test_a_password_too_short_to_hash_is_not_remembered():
    sf.remember_login("ann", Trainee(uuid.uuid4(), "Ann", T0), "x")
    assert sf.remembered_trainee_id("ann", "x") is None


def test_the_seat_role_is_remembered_and_forgotten_beside_the_logins():
    ann = Trainee(uuid.uuid4(), "Ann", T0)
    assert sf.remembered_seat_role() is None
    sf.remember_seat_role(ann)
    sf.remember_login("bob", Trainee(uuid.uuid4(), "Bob", T0), "correct horse battery")
    assert sf.remembered_seat_role() == ann.id
    sf.forget_seat_role()
    assert sf.remembered_seat_role() is None
    assert sf.remembered_trainee_id("bob", "correct horse battery") is not None


def test_a_damaged_logins_file_reads_as_nobody_remembered(private_data_dir):
    (private_data_dir / "classroom-seat-logins.json").write_text("{not json")
    assert sf.remembered_seat_role() is None
    assert sf.remembered_trainee_id("ann", "whatever password") is None
    (private_data_dir / "classroom-seat-logins.json").write_text('{"": {"trainee_id": "x"}}')
    assert sf.remembered_seat_role() is None


def test_assignments_are_cached_per_trainee_and_read_back(private_data_dir):
    ann, bob = uuid.uuid4(), uuid.uuid4()
    due = Assignment(uuid.uuid4(), uuid.uuid4(), "ex-1", "Week 1", 5, T0 + timedelta(days=2), T0)
    open_ended = Assignment(uuid.uuid4(), uuid.uuid4(), "ex-2", "Week 2", 3, None, T0)
    sf.write_assignment_cache(ann, [due, open_ended])
    sf.write_assignment_cache(bob, [open_ended])
    assert sf.cached_assignments(ann) == [due, open_ended]
    assert sf.cached_assignments(bob) == [open_ended]
    assert sf.cached_assignments(uuid.uuid4()) == []
    data = json.loads((private_data_dir / "classroom-assignments.json").read_text())
    assert set(data) == {str(ann), str(bob)}


def test_a_damaged_assignments_cache_reads_as_none_and_is_rewritten(private_data_dir):
    ann = uuid.uuid4()
    (private_data_dir / "classroom-assignments.json").write_text("[1, 2")
    assert sf.cached_assignments(ann) == []
    a = Assignment(uuid.uuid4(), uuid.uuid4(), "ex-1", "Week 1", 5, None, T0)
    sf.write_assignment_cache(ann, [a])
    assert sf.cached_assignments(ann) == [a]
