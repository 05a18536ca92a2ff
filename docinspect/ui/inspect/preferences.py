"""What the officer chose at the desk last time and gets again: the loupe size.

Kept in the app's settings file (beside the 1:1 calibration), read when a workstation opens.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSettings

from docinspect.ui.inspect.state import LoupeSize
from docinspect.userdata import settings_file

LOUPE_SIZE_KEY: Final = "inspection/loupe_size"


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def saved_loupe_size(default: LoupeSize = LoupeSize.MEDIUM) -> LoupeSize:
    """The loupe size last chosen, or ``default`` (also for a value the app does not know)."""
    value = _settings().value(LOUPE_SIZE_KEY)
    try:
        return LoupeSize(str(value)) if value is not None else default
    except ValueError:
        return default


def save_loupe_size(size: LoupeSize) -> None:
    settings = _settings()
    settings.setValue(LOUPE_SIZE_KEY, LoupeSize(size).value)
    settings.sync()
