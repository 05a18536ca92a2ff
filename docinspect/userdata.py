"""Where DocInspect keeps a user's data: database, settings, generated specimens, logs.

The per-user data folder comes from platformdirs; ``DOCINSPECT_HOME`` overrides it so that
tests (and a portable install on a USB stick) never touch the real one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from platformdirs import user_data_dir

ENV_VAR: Final = "DOCINSPECT_HOME"
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
    """SQLite database of the single seat (a classroom passes a PostgreSQL URL instead)."""
    return f"sqlite:///{data_dir() / 'docinspect.sqlite3'}"


def generated_dir() -> Path:
    """Packs generated on this machine (the built-in curriculum's specimens among them)."""
    path = data_dir() / "generated"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """Where unexpected errors are written in full, while the user sees one readable line."""
    return data_dir() / "docinspect.log"
