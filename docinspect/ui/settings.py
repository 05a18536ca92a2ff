"""The app's persisted settings: one INI file in the user's data folder (QSettings)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QSettings

from docinspect.userdata import repair_settings, settings_file

_log = logging.getLogger(__name__)

MAX_RECENT: Final = 10

_GEOMETRY: Final = "window/geometry"
_STATE: Final = "window/state"
_SPLITTER: Final = "window/splitter"
_RECENT: Final = "packs/recent"
_LIBRARY: Final = "packs/library"
_LAST_FOLDER: Final = "packs/last_folder"
_LANGUAGE: Final = "ui/language"


class AppSettings:
    """Typed access to the settings file; every setter writes through to disk at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else settings_file()
        #: What was wrong with the file and what was done about it (None: it read cleanly).
        self.problem = repair_settings(self.path)
        if self.problem:
            _log.warning("%s", self.problem)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # Window layout --------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    def splitter_state(self) -> QByteArray | None:
        return self._bytes(_SPLITTER)

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._qs.setValue(_GEOMETRY, geometry)
        self._qs.setValue(_STATE, state)
        self._qs.setValue(_SPLITTER, splitter)
        self._qs.sync()

    # The results database -----------------------------------------------------------------

    def set_database_url(self, url: str) -> None:
        """``url`` under ``[database]``: the class server every part of the app uses from now
        on (docinspect.userdata.database_url reads it; DOCINSPECT_DATABASE_URL still wins)."""
        self._qs.setValue("database/url", url)
        self._qs.sync()

    # Packs ----------------------------------------------------------------------------------

    def recent_packs(self) -> list[Path]:
        """Packs opened lately, most recent first."""
        return [Path(p) for p in self._strings(_RECENT)]

    def add_recent_pack(self, path: Path) -> None:
        paths = [p for p in self._strings(_RECENT) if p != str(path)]
        self._set_strings(_RECENT, [str(path), *paths][:MAX_RECENT])

    def clear_recent_packs(self) -> None:
        self._set_strings(_RECENT, [])

    def library_packs(self) -> list[Path]:
        """Packs in the library, in the order they were added; reopened at the next start."""
        return [Path(p) for p in self._strings(_LIBRARY)]

    def set_library_packs(self, paths: list[Path]) -> None:
        self._set_strings(_LIBRARY, [str(p) for p in paths])

    def last_folder(self) -> Path | None:
        value = self._qs.value(_LAST_FOLDER)
        return Path(str(value)) if value else None

    def set_last_folder(self, path: Path) -> None:
        self._qs.setValue(_LAST_FOLDER, str(path))
        self._qs.sync()

    def language(self) -> str | None:
        """A locale name such as ``ru`` chosen by the user; None means the system's."""
        value = self._qs.value(_LANGUAGE)
        return str(value) if value else None

    def set_language(self, language: str | None) -> None:
        """Keep ``language`` (``ru``, ``bg``, ``en``) for the next start; None: the system's."""
        if language:
            self._qs.setValue(_LANGUAGE, language)
        else:
            self._qs.remove(_LANGUAGE)
        self._qs.sync()

    # Plumbing -------------------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _strings(self, key: str) -> list[str]:
        value = self._qs.value(key)
        # An INI file gives back one string for a list of one, and None for an empty list.
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value if str(v)]

    def _set_strings(self, key: str, values: list[str]) -> None:
        self._qs.setValue(key, values)
        self._qs.sync()
