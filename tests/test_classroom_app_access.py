"""Whether a database has accounts on, and what may be done under them
(docinspect.classroom.app_access): the rules the app's Roles and ``docinspect report`` share."""

from __future__ import annotations

import pytest

from docinspect.classroom import Action, open_classroom
from docinspect.classroom.app_access import (
    ACCOUNTS_TABLE,
    allows,
    has_account_tables,
    open_accounts,
    surely_without_accounts,
)
from docinspect.classroom.schema import accounts
from docinspect.store import open_store


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'db.sqlite3'}"


def test_a_lone_seats_file_has_accounts_off_and_gets_no_classroom_tables(db):
    assert open_accounts(db) is None
    store = open_store(db)
    try:
        assert not has_account_tables(store)
    finally:
        store.close()


def test_classroom_tables_without_an_instructor_keep_accounts_off(db):
    open_classroom(db).close()
    store = open_store(db)
    try:
        assert has_account_tables(store)
    finally:
        store.close()
    assert open_accounts(db) is None


def test_an_instructor_turns_accounts_on(db):
    room = open_classroom(db)
    room.create_instructor("boss", "correct horse battery", by=None)
    room.close()
    found = open_accounts(db)
    assert found is not None
    found.close()


def test_with_accounts_off_everything_is_allowed_and_on_only_an_instructor(db):
    for action in Action:
        assert allows(action, accounts_on=False, classroom=None, login=None)
    room = open_classroom(db)
    try:
        boss_password = "correct horse battery"
        room.create_instructor("boss", boss_password, by=None)
        boss = room.log_in("boss", boss_password)
        room.add_trainee(boss, "Ann", username="ann", password="another good password")
        ann = room.log_in("ann", "another good password")
        for action in Action:
            # Accounts on, or not known yet (a class server being asked): a login is needed.
            for on in (True, None):
                assert not allows(action, accounts_on=on, classroom=room, login=None)
                assert not allows(action, accounts_on=on, classroom=None, login=boss)
                assert allows(action, accounts_on=on, classroom=room, login=boss)
                assert not allows(action, accounts_on=on, classroom=room, login=ann)
    finally:
        room.close()


def test_a_file_without_the_account_table_is_answered_without_the_store(db, tmp_path):
    """The launch's quick answer (no SQLAlchemy) agrees with open_accounts on a lone seat."""
    assert accounts.name == ACCOUNTS_TABLE
    assert surely_without_accounts(db)  # no file yet: a first start
    assert not (tmp_path / "db.sqlite3").exists()  # and asking did not make one
    open_store(db).close()
    assert surely_without_accounts(db)
    assert open_accounts(db) is None
    open_classroom(db).close()
    # The table is there: only open_accounts can say whether an instructor exists.
    assert not surely_without_accounts(db)


def test_anything_but_a_plain_sqlite_file_is_left_to_open_accounts(tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    for url in (
        "postgresql+psycopg://seat@classroom-server/docinspect",
        "sqlite://",
        "sqlite:///:memory:",
        f"sqlite:///{tmp_path / 'a%20b.sqlite3'}",
        f"sqlite:///{tmp_path / 'db.sqlite3'}?timeout=5",
        f"sqlite:///{damaged}",
    ):
        assert not surely_without_accounts(url), url
