"""Where DocInspect keeps a user's data: database, settings, generated specimens, logs.

The per-user data folder comes from platformdirs; ``DOCINSPECT_HOME`` overrides it so that
tests (and a portable install on a USB stick) never touch the real one.
"""

from __future__ import annotations

import configparser
import os
import re
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
    """One value of the settings file (QSettings INI), read without Qt; "" when absent.

    Lines that do not read are passed over (see ``settings_lines``): a garbled line must not
    cost a classroom seat its database URL, which would send its answers to a local file.
    """
    try:
        with settings_file().open("rb") as f:
            raw = f.read(MAX_SETTINGS_BYTES + 1)
    except OSError:
        return ""
    if len(raw) > MAX_SETTINGS_BYTES:
        return _setting_in_large_file(settings_file(), section, key)
    good, _bad = settings_lines(raw.decode("utf-8", errors="replace"))
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string("[General]\n" + "".join(good))
    except configparser.Error:
        return ""  # a damaged settings file must not stop the app from opening its results
    return parser.get(section, key, fallback="").strip().strip('"')


#: A settings file holds window geometry, a few paths and a URL: a few KiB. A larger one is
#: damage (or an attack) and reading it would stall every start.
MAX_SETTINGS_BYTES: Final = 1024 * 1024

_SECTION: Final = re.compile(r"^\s*\[[^\[\]\n]+\]\s*$")
_KEY_VALUE: Final = re.compile(r"^\s*[^\s=;#\[][^=\n]*=.*$")


def settings_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of a settings file that read as INI (section headers, ``key=value``, comments,
    blank lines), and the 1-based numbers of those that do not (garbage, undecodable bytes)."""
    good: list[str] = []
    bad: list[int] = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        bare = line.rstrip("\r\n")
        damaged = "\ufffd" in bare or any(ord(c) < 32 and c != "\t" for c in bare)
        if not damaged and (
            not bare.strip()
            or bare.lstrip().startswith((";", "#"))
            or _SECTION.match(bare)
            or _KEY_VALUE.match(bare)
        ):
            good.append(bare + "\n")
        else:
            bad.append(number)
    return good, bad


def _setting_in_large_file(path: Path, section: str, key: str) -> str:
    """``_setting`` for an oversized file: scan it line by line without parsing it whole."""
    current = ""
    try:
        with path.open("rb") as f:
            for raw in f:
                line = raw.decode("utf-8", errors="replace").strip()
                if _SECTION.match(line):
                    current = line.strip()[1:-1].strip()
                elif current == section and line.split("=", 1)[0].strip() == key:
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return ""


def repair_settings(path: Path | None = None) -> str | None:
    """Make the settings file one that Qt reads and rewrites without loss; a warning, or None.

    Qt's INI reader files whatever follows a garbled line under other sections and writes it
    back so: a seat lost its class database URL that way. Here a damaged or oversized file is
    kept beside the original (``settings.ini.damaged``), and the readable lines — the database
    URL above all — are written back in their place.
    """
    path = path if path is not None else settings_file()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{path}: cannot be read: {exc.strerror or exc}"
    if size > MAX_SETTINGS_BYTES:
        url = _setting_in_large_file(path, "database", "url")
        good = ["[database]\n", f"url={url}\n"] if url else []
        reason = f"{size:,} bytes, more than a settings file can hold"
    else:
        try:
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            return f"{path}: cannot be read: {exc.strerror or exc}"
        good, bad = settings_lines(text)
        if not bad:
            return None
        shown = ", ".join(str(n) for n in bad[:5]) + (" …" if len(bad) > 5 else "")
        reason = f"line {shown} could not be read"
    kept = path.with_name(path.name + ".damaged")
    try:
        os.replace(path, kept)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(good), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        return f"{path}: {reason}, and it could not be repaired: {exc.strerror or exc}"
    return f"{path}: {reason}; the original is kept as {kept.name} and the rest of it is used"


def generated_dir() -> Path:
    """Packs generated on this machine (the built-in curriculum's specimens among them)."""
    path = data_dir() / "generated"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """Where unexpected errors are written in full, while the user sees one readable line."""
    return data_dir() / "docinspect.log"
