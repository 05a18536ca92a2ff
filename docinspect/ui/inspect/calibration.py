"""1:1 size on screen: how many screen pixels make a millimetre, measured or calibrated.

Operating systems often report a nominal 96 dpi whatever the monitor, so the officer can
calibrate: hold an ID-1 card (a bank or ID card, 85.60 mm wide) against the screen and stretch
the bar until it matches. The result is kept in the app's settings.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QScreen

from docinspect.userdata import settings_file

SETTINGS_KEY: Final = "inspection/screen_dpi"
#: ISO/IEC 7810 ID-1 width: every officer carries a card of this size.
ID1_WIDTH_MM: Final = 85.60
#: Plausible monitor densities; outside them the system's report is not trusted.
MIN_DPI: Final = 50.0
MAX_DPI: Final = 600.0
FALLBACK_DPI: Final = 96.0


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def reported_dpi(screen: QScreen | None = None) -> float:
    """The screen's physical density in logical pixels per inch, as the system reports it."""
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return FALLBACK_DPI
    # Physical dots per inch count device pixels; the view works in logical pixels.
    dpi = screen.physicalDotsPerInch() / max(screen.devicePixelRatio(), 1e-6)
    return dpi if MIN_DPI <= dpi <= MAX_DPI else FALLBACK_DPI


def calibrated_dpi() -> float | None:
    """The density the user calibrated, or None if they never did."""
    value = _settings().value(SETTINGS_KEY)
    try:
        dpi = float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
    if dpi is None or not MIN_DPI <= dpi <= MAX_DPI:
        return None
    return dpi


def save_calibrated_dpi(dpi: float | None) -> None:
    """Keep the calibrated density (None forgets it and goes back to the system's figure)."""
    settings = _settings()
    if dpi is None:
        settings.remove(SETTINGS_KEY)
    else:
        if not MIN_DPI <= dpi <= MAX_DPI:
            raise ValueError(f"screen density {dpi:g} dpi is outside {MIN_DPI:g}-{MAX_DPI:g}")
        settings.setValue(SETTINGS_KEY, float(dpi))
    settings.sync()


def screen_px_per_mm(screen: QScreen | None = None) -> float:
    """Logical pixels per millimetre for 1:1 size: calibrated if the user did, else reported."""
    dpi = calibrated_dpi() or reported_dpi(screen)
    return dpi / 25.4
