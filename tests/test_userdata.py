"""Where user data lives, and which results database the app uses."""

from __future__ import annotations

from docinspect import userdata


def test_data_dir_follows_the_environment(private_data_dir):
    assert userdata.data_dir() == private_data_dir
    assert userdata.settings_file().parent == private_data_dir


def test_default_database_is_the_users_own_sqlite_file(private_data_dir, monkeypatch):
    monkeypatch.delenv(userdata.DATABASE_ENV_VAR, raising=False)
    assert userdata.database_url() == f"sqlite:///{private_data_dir / 'docinspect.sqlite3'}"


def test_a_classroom_url_in_the_settings_file_is_used(private_data_dir, monkeypatch):
    monkeypatch.delenv(userdata.DATABASE_ENV_VAR, raising=False)
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    userdata.settings_file().write_text(f"[general]\nx=1\n\n[database]\nurl={url}\n", "utf-8")
    assert userdata.database_url() == url


def test_the_environment_wins_over_the_settings_file(private_data_dir, monkeypatch):
    userdata.settings_file().write_text("[database]\nurl=sqlite:///elsewhere.db\n", "utf-8")
    monkeypatch.setenv(userdata.DATABASE_ENV_VAR, "postgresql+psycopg://seat@server/class")
    assert userdata.database_url() == "postgresql+psycopg://seat@server/class"


def test_a_damaged_settings_file_falls_back_to_sqlite(private_data_dir, monkeypatch):
    monkeypatch.delenv(userdata.DATABASE_ENV_VAR, raising=False)
    userdata.settings_file().write_bytes(b"\xff\xfe not an ini [[[")
    assert userdata.database_url().startswith("sqlite:///")
