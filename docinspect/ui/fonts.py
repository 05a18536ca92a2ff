"""Fonts shipped with DocInspect and registered with Qt: OCR-B for machine readable zones."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

_ocrb_family: str | None = None


def register_ocrb() -> str | None:
    """Register the bundled OCR-B font with Qt; return its family name (None if unusable)."""
    global _ocrb_family
    if _ocrb_family is not None:
        return _ocrb_family
    data = resources.files("docinspect.assets").joinpath("fonts/OCRB.otf").read_bytes()
    font_id = QFontDatabase.addApplicationFontFromData(data)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("the bundled OCR-B font could not be registered; using a monospace font")
        return None
    _ocrb_family = families[0]
    return _ocrb_family


def mrz_font(point_size: float = 11.0) -> QFont:
    """The font to show MRZ lines in: OCR-B when registered, else the system monospace."""
    family = register_ocrb()
    if family is None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    else:
        font = QFont(family)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
