"""Where DocInspect keeps a user's data: database, settings, generated specimens, logs.

The per-user data folder comes from platformdirs; ``DOCINSPECT_HOME`` overrides it so that
tests (and a portable install on a USB stick) never touch the real one.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path
from typing import Final

from platformdirs import user_data_dir

ENV_VAR: Final = "DOCINSPECT_HOME"
DATABASE_ENV_VAR: Final = "DOCINSPECT_DATABASE_URL"
APP_NAME: Final = "DocInspect"


def data_dir() -> Path:
    """The user's DocInspect folder, created if missing."""
    override = os.environ.get(ENV_VAR)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    """The INI file behind the app's QSettings."""
    return data_dir() / "settings.ini"


def database_url() -> str:
    """The results database every part of the app uses unless told otherwise.

    In order: ``DOCINSPECT_DATABASE_URL``; the ``url`` key of the ``[database]`` section of
    the settings file (a classroom seat set up once with a PostgreSQL URL); else this user's
    own SQLite file. Never point it at a SQLite file on a network drive: SQLite's locking is
    not safe there (docs/trainers-guide.md).
    """
    override = os.environ.get(DATABASE_ENV_VAR, "").strip()
    if override:
        return override
    configured = _setting("database", "url")
    if configured:
        return configured
    return f"sqlite:///{data_dir() / 'docinspect.sqlite3'}"


def _setting(section: str, key: str) -> str:
    """One value of the settings file (QSettings INI), read without Qt; "" when absent."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ""  # a damaged settings file must not stop the app from opening its results
    return parser.get(section, key, fallback="").strip().strip('"')


def generated_dir() -> Path:
    """Packs generated on this machine (the built-in curriculum's specimens among them)."""
    path = data_dir() / "generated"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """Where unexpected errors are written in full, while the user sees one readable line."""
    return data_dir() / "docinspect.log"
