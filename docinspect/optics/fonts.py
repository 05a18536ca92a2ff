"""Fonts by id: a font id is the file name (without extension) of a font in ``assets/fonts``.

Glyph outlines come from the font file itself (QRawFont), never from system fonts, so a scene
draws the same on every machine.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QPainterPath, QRawFont, QTransform

from docinspect.i18n import Message
from docinspect.optics.qt import ensure_gui

#: Outlines are taken at this pixel size and scaled to millimetres.
_UNITS_PER_EM = 1000.0

# A QRawFont belongs to the thread that made it: Qt's font engines live in a per-thread cache,
# so a font made on a worker thread that has ended dangles, and using it segfaults. Each
# thread therefore opens its own QRawFont (threading.local dies with its thread), while glyph
# outlines, plain QPainterPath values, are shared by every thread.
_thread_faces = threading.local()
_outlines: dict[tuple[str, int], QPainterPath] = {}


class UnknownFontError(LookupError):
    def __init__(self, font_id: str, known: list[str]) -> None:
        super().__init__(
            Message(
                "font {font} is not in assets/fonts (known: {known})",
                font=repr(font_id),
                known=", ".join(known) or "none",
            )
        )
        self.font_id = font_id


def fonts_dir() -> Path:
    return Path(str(resources.files("docinspect.assets").joinpath("fonts")))


def known_fonts() -> list[str]:
    folder = fonts_dir()
    return sorted(p.stem for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".otf"))


def font_file(font_id: str, weight: int = 400) -> tuple[Path, bool]:
    """The file of ``font_id`` and whether bold must be synthesised (no ``<id>-Bold`` file)."""
    folder = fonts_dir()
    files = {p.stem.lower(): p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".otf")}
    if weight >= 600:
        bold = files.get(f"{font_id}-bold".lower())
        if bold is not None:
            return bold, False
    regular = files.get(font_id.lower())
    if regular is None:
        raise UnknownFontError(font_id, known_fonts())
    return regular, weight >= 600


@dataclass(frozen=True, eq=False)
class FontFace:
    """Glyph outlines and metrics of one font file, in font units (em = 1000).

    Use a face only on the thread that asked :func:`face` for it.
    """

    raw: QRawFont
    file: str
    cap_height: float
    #: Extra outline width (font units) when bold is synthesised.
    embolden: float

    def glyphs(self, text: str) -> list[tuple[QPainterPath, float]]:
        """(outline, advance) per character, outline with its origin on the baseline."""
        indexes = self.raw.glyphIndexesForString(text)
        advances = self.raw.advancesForGlyphIndexes(indexes)
        return [(self._outline(int(i)), a.x()) for i, a in zip(indexes, advances, strict=True)]

    def _outline(self, index: int) -> QPainterPath:
        key = (self.file, index)
        outline = _outlines.get(key)
        if outline is None:
            outline = _outlines.setdefault(key, self.raw.pathForGlyph(index))
        return outline


def face(font_id: str, weight: int = 400) -> FontFace:
    """This thread's face for a font id and weight; UnknownFontError naming the id when missing."""
    faces: dict[tuple[str, int], FontFace] = _thread_faces.__dict__.setdefault("faces", {})
    key = (font_id.lower(), weight)
    found = faces.get(key)
    if found is not None:
        return found
    ensure_gui()
    path, synthetic_bold = font_file(font_id, weight)
    raw = QRawFont(str(path), _UNITS_PER_EM)
    if not raw.isValid():
        raise UnknownFontError(font_id, known_fonts())
    made = FontFace(
        raw, str(path), raw.capHeight(), 0.045 * _UNITS_PER_EM if synthetic_bold else 0.0
    )
    faces[key] = made
    return made


def text_path(
    text: str, font_id: str, *, size_mm: float, weight: int = 400, letter_spacing_mm: float = 0.0
) -> tuple[QPainterPath, float, float]:
    """Outline of a line of text in millimetres, origin at the start of the baseline.

    Returns (path, advance width in mm, outline pen width in mm for synthesised bold).
    """
    f = face(font_id, weight)
    scale = size_mm / _UNITS_PER_EM
    path = QPainterPath()
    x = 0.0
    for outline, advance in f.glyphs(text):
        if not outline.isEmpty():
            t = QTransform().translate(x, 0.0).scale(scale, scale)
            path.addPath(t.map(outline))
        x += advance * scale + letter_spacing_mm
    width = max(0.0, x - letter_spacing_mm) if text else 0.0
    return path, width, f.embolden * scale


def glyph_run(
    text: str, font_id: str, *, size_mm: float, weight: int = 400
) -> list[tuple[QPainterPath, float]]:
    """Per character: (outline in mm with its origin on the baseline, advance in mm)."""
    f = face(font_id, weight)
    scale = size_mm / _UNITS_PER_EM
    t = QTransform().scale(scale, scale)
    return [(t.map(outline), advance * scale) for outline, advance in f.glyphs(text)]


def em_for_cap_height(font_id: str, cap_height_mm: float, weight: int = 400) -> float:
    """Em size in mm that gives capitals ``cap_height_mm`` tall."""
    f = face(font_id, weight)
    return cap_height_mm * _UNITS_PER_EM / max(f.cap_height, 1.0)
