"""The attempt log's guards survive someone dropping them, and a database the store cannot
serve (newer schema, another kind of server) gets a clear message instead of an internal error."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid

import pytest
import sqlalchemy as sa
from support.attempts import attempt
from support.databases import private_pg_schema

from docinspect.store import StoreError, open_store
from docinspect.store.guards import PG_TRIGGERS, SQLITE_TRIGGERS


def _sqlite_triggers(path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


def test_the_guard_table_is_what_the_migrations_create(tmp_path):
    """A later migration that changes a guard must change guards.py too."""
    open_store(f"sqlite:///{tmp_path / 'fresh.sqlite3'}").close()
    assert _sqlite_triggers(tmp_path / "fresh.sqlite3") == SQLITE_TRIGGERS


@pytest.mark.parametrize("dropped", sorted(SQLITE_TRIGGERS))
def test_a_dropped_sqlite_guard_is_restored_at_open_and_reported(tmp_path, dropped, caplog):
    path = tmp_path / "results.sqlite3"
    store = open_store(f"sqlite:///{path}")
    ann = store.add_trainee("Ann")
    store.record_attempt(attempt(ann.id))
    store.close()
    with sqlite3.connect(path) as db:
        db.execute(f"DROP TRIGGER {dropped}")

    store = open_store(f"sqlite:///{path}")
    assert store.restored_guards == (dropped,)
    assert dropped in caplog.text and "restored" in caplog.text
    assert _sqlite_triggers(path) == SQLITE_TRIGGERS
    with sqlite3.connect(path) as db, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        table = "attempt_skills" if dropped.startswith("attempt_skills") else "attempts"
        if dropped.endswith("update"):
            db.execute(f"UPDATE {table} SET {'score' if table == 'attempts' else 'skill'} = 0")
        else:
            db.execute(f"DELETE FROM {table}")
    store.close()
    assert open_store(f"sqlite:///{path}").restored_guards == ()


@pytest.mark.postgres
def test_a_dropped_postgresql_guard_is_restored_at_open():
    with private_pg_schema() as url:
        store = open_store(url)
        ann = store.add_trainee("Ann")
        store.record_attempt(attempt(ann.id))
        with store.engine.begin() as conn:
            conn.execute(sa.text("DROP TRIGGER attempts_append_only ON attempts"))
            conn.execute(sa.text("UPDATE attempts SET score = 99"))  # unguarded now
        store.close()

        store = open_store(url)
        assert store.restored_guards == ("attempts_append_only",)
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.execute(sa.text("UPDATE attempts SET score = 0"))
        assert set(PG_TRIGGERS) <= {
            r
            for (r,) in store.engine.connect().execute(
                sa.text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            )
        }
        store.close()


def test_a_database_of_a_newer_schema_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "results.sqlite3"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"written by a newer DocInspect \(schema 0099"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("oracle://scott:tiger@localhost/db", "not oracle"),
        ("mysql+pymysql://root@localhost/db", "not mysql"),
    ],
)
def test_a_database_of_another_kind_gets_a_clear_message_through_the_cli(
    url, reason, private_data_dir
):
    result = subprocess.run(
        [sys.executable, "-m", "docinspect", "report", "cohorts", "--db", url],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DOCINSPECT_HOME": str(private_data_dir)},
    )
    assert result.returncode == 2
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert "SQLite" in result.stderr and reason in result.stderr
    assert "tiger" not in result.stderr  # the password is not echoed


def test_a_newer_schema_through_the_cli_says_to_update(tmp_path, private_data_dir):
    path = tmp_path / f"{uuid.uuid4().hex}.sqlite3"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    result = subprocess.run(
        [sys.executable, "-m", "docinspect", "report", "cohorts", "--db", f"sqlite:///{path}"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DOCINSPECT_HOME": str(private_data_dir)},
    )
    assert result.returncode == 2 and "internal error" not in result.stderr
    assert "Update DocInspect" in result.stderr
