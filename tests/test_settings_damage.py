"""A damaged settings file never costs a seat its class database URL, and is kept for a look.

Qt's INI reader files the keys after a garbled line under other sections and writes them back
so; the app repairs the file before Qt reads it (userdata.repair_settings).
"""

from __future__ import annotations

import configparser

import pytest

from docinspect import userdata
from docinspect.ui.settings import AppSettings

URL = "postgresql+psycopg://seat@classroom:5432/training"


def _ini(path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read_string("[General]\n" + path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize(
    "garbage",
    [b"\xff\xfe\x00garbled\x01", b"[datab", b"this is not ini", b"\x1b[2J"],
    ids=["binary", "open-bracket", "prose", "escape"],
)
def test_a_garbled_first_line_keeps_the_database_url_through_a_rewrite(
    private_data_dir, monkeypatch, garbage
):
    monkeypatch.delenv(userdata.DATABASE_ENV_VAR, raising=False)
    path = userdata.settings_file()
    original = garbage + b"\n[database]\nurl=" + URL.encode() + b"\n[packs]\nlast_folder=/tmp\n"
    path.write_bytes(original)
    assert userdata.database_url() == URL  # read before the app repairs it, too

    settings = AppSettings()
    assert settings.problem and "line 1 could not be read" in settings.problem
    settings.set_last_folder(private_data_dir)  # Qt rewrites the file
    settings.sync()

    assert _ini(path).get("database", "url") == URL
    assert userdata.database_url() == URL
    assert (path.with_name("settings.ini.damaged")).read_bytes() == original
    assert AppSettings().problem is None  # repaired once, clean after


def test_an_oversized_settings_file_is_set_aside_keeping_the_url(private_data_dir, monkeypatch):
    monkeypatch.delenv(userdata.DATABASE_ENV_VAR, raising=False)
    path = userdata.settings_file()
    with path.open("wb") as f:
        f.write(b"[window]\n")
        for _ in range(100):
            f.write(b"x=" + b"y" * (1 << 20) + b"\n")
        f.write(b"[database]\nurl=" + URL.encode() + b"\n")
    assert userdata.database_url() == URL

    settings = AppSettings()
    assert "more than a settings file can hold" in settings.problem
    assert path.stat().st_size < 1024
    assert userdata.database_url() == URL
    assert path.with_name("settings.ini.damaged").stat().st_size > 100 * (1 << 20)


def test_a_clean_file_is_left_alone(private_data_dir):
    path = userdata.settings_file()
    path.write_text("[General]\nx=1\n; note\n\n[database]\nurl=sqlite:///a\n", encoding="utf-8")
    before = path.read_bytes()
    assert userdata.repair_settings() is None
    assert path.read_bytes() == before
