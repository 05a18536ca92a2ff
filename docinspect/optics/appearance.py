"""How a material and the page look under each light, at a tilt: colours, gradients, dot screens.

These rules are the physics the trainee learns, in simplified form:

- white: the ink's colour and opacity; split-duct bands run through their colours; OVI and
  iridescent ink change with the angle from the normal (tilt about either axis); a
  hologram's rainbow travels with tilt about either axis; a switch (latent image, CLI) reads
  the tilt about its own axis; holes show the desk.
- uv365: a dark violet room. UV-dull paper stays near black, office paper (optical
  brighteners) glows blue-white; fluorescent inks, fibres and motifs glow in their emission
  colour; other inks only absorb (a dark trace on glowing paper, almost nothing on dull paper).
- ir: a grey picture. IR-absorbing inks (carbon, MRZ) stay dark, IR-transparent inks vanish.
- transmitted: a light box behind the page. Inks and thick paper darken, a watermark's thin
  parts brighten, holes blaze.
- oblique: the white picture, shaded by a relief map (see ``painter``).
"""

from __future__ import annotations

import colorsys
import math
from dataclasses import dataclass
from functools import cache
from typing import Final

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QTransform

from docinspect.model.light import Light, Tilt
from docinspect.model.scene import (
    RGB,
    Material,
    PrintProcess,
    RainbowBand,
    SceneItem,
    Substrate,
    TiltKind,
)

#: What is seen beyond the page's edge (the desk), and through holes in reflected light.
DESK_RGB: Final = (38, 40, 44)
#: A dark room under a 365 nm lamp: the lamp's faint visible violet.
UV_AMBIENT: Final = (22, 13, 42)
UV_DESK: Final = (7, 5, 14)
IR_DESK: Final = (24, 24, 24)
#: The light box behind the page in transmitted light.
LIGHT_BOX: Final = (255, 251, 238)
#: Darkest grey of an IR-absorbing ink.
IR_INK: Final = (16, 16, 16)


def outside_rgb(light: Light) -> RGB:
    return {
        Light.UV365: UV_DESK,
        Light.IR: IR_DESK,
        Light.TRANSMITTED: LIGHT_BOX,
    }.get(light, DESK_RGB)


def _clamp(c: float) -> int:
    return max(0, min(255, round(c)))


def page_rgb(substrate: Substrate, light: Light) -> RGB:
    """The bare page under ``light``."""
    if light is Light.UV365:
        if substrate.uv_colour is None:
            return UV_AMBIENT
        s = substrate.uv_strength
        return tuple(
            _clamp(a + u * s) for a, u in zip(UV_AMBIENT, substrate.uv_colour, strict=True)
        )
    if light is Light.IR:
        g = _clamp(255 * substrate.ir_reflectance)
        return (g, g, g)
    if light is Light.TRANSMITTED:
        k = _back_light(substrate)
        return tuple(_clamp(c * k) for c in LIGHT_BOX)
    return substrate.colour


def _back_light(substrate: Substrate) -> float:
    """Share of the light box seen through the bare page. Paper (transmittance 0.2 and up)
    lets a third of the light through whatever its weight; below that the page tends to black
    (a polycarbonate card's opaque core)."""
    t = substrate.transmittance
    return min(1.0, 0.35 * min(1.0, t / 0.2) + 0.7 * t)


#: The back light through the thinnest paper: inks on it are seen at their full darkened
#: colour; on a more opaque body only as much as passes.
_PAPER_BACK_LIGHT: Final = 0.35 + 0.7 * 0.2


def _smoothstep(x: float) -> float:
    x = max(0.0, min(1.0, x))
    return x * x * (3 - 2 * x)


def visible_at_tilt(m: Material, tilt: Tilt) -> bool:
    t = m.tilt
    return (
        t is None
        or t.kind is not TiltKind.SWITCH
        or t.min_tilt_deg <= tilt.along(t.axis) <= t.max_tilt_deg
    )


def white_colour(m: Material, tilt: Tilt) -> RGB:
    t = m.tilt
    if t is not None and t.kind is TiltKind.COLOUR_SHIFT and t.colour is not None:
        f = _smoothstep(tilt.from_normal() / t.full_tilt_deg)
        return tuple(_clamp(a + (b - a) * f) for a, b in zip(m.colour, t.colour, strict=True))
    return m.colour


@dataclass(frozen=True)
class Ink:
    """What to paint an item with: a colour (with opacity) or colour stops along a line."""

    rgb: RGB
    alpha: float
    #: Linear gradient (x0, y0, x1, y1, stops, repeat) in page millimetres, when not flat.
    gradient: tuple[float, float, float, float, tuple[RGB, ...], bool] | None = None


def ink(item: SceneItem, light: Light, tilt: Tilt, substrate: Substrate) -> Ink | None:
    """The ink of ``item`` under ``light``; None when it cannot be seen at all."""
    m = item.material
    if (
        light in (Light.WHITE, Light.OBLIQUE)
        and isinstance(item, RainbowBand)
        and item.colours
        and m.alpha > 0
        and visible_at_tilt(m, tilt)
    ):
        stops = item.colours
        return Ink(stops[0], m.alpha, (item.x, 0.0, item.x + item.width, 0.0, stops, False))
    return material_ink(m, light, tilt, substrate)


def material_ink(m: Material, light: Light, tilt: Tilt, substrate: Substrate) -> Ink | None:
    """What ``m`` looks like under ``light`` at a tilt, where it covers the page fully (a
    raster's coverage scales the opacity): the one table of material behaviour that vector
    items and raster images both follow. None when it cannot be seen at all."""
    if not visible_at_tilt(m, tilt):
        return None
    if m.hole:
        return Ink(outside_rgb(light), 1.0)
    t = m.tilt
    if t is not None and t.kind is TiltKind.IRIDESCENT:
        # A transparent ink: only its sheen, growing with tilt, is ever seen.
        if light not in (Light.WHITE, Light.OBLIQUE) or t.colour is None:
            return None
        f = _smoothstep(tilt.from_normal() / t.full_tilt_deg) * m.alpha
        return None if f <= 0.01 else Ink(t.colour, f)
    if light in (Light.WHITE, Light.OBLIQUE):
        if m.alpha <= 0:
            return None
        if t is not None and t.kind is TiltKind.DIFFRACTIVE:
            return Ink(m.colour, m.alpha, _rainbow(m, tilt))
        return Ink(white_colour(m, tilt), m.alpha)
    if light is Light.UV365:
        if m.uv_colour is not None and m.uv_strength > 0:
            s = m.uv_strength
            rgb = tuple(
                _clamp(a + u * max(1.0, s)) for a, u in zip(UV_AMBIENT, m.uv_colour, strict=True)
            )
            return Ink(rgb, min(1.0, s))
        if m.alpha <= 0:
            return None
        # A non-fluorescent ink absorbs the lamp and hides the paper's glow beneath it.
        page = page_rgb(substrate, Light.UV365)
        return Ink(tuple(_clamp(c * 0.45) for c in page), 0.9 * m.alpha)
    if light is Light.IR:
        a = m.ir_absorption * m.alpha
        return None if a <= 0.005 else Ink(IR_INK, min(1.0, a))
    if light is Light.TRANSMITTED:
        d = m.back_light_density
        if abs(d) < 0.005:
            return None
        if d > 0:
            # An ink is seen against the light as a shadow in what passes the page: never
            # brighter than the page (a card's opaque body darkens its inks with it).
            dim = 0.3 * min(1.0, _back_light(substrate) / _PAPER_BACK_LIGHT)
            return Ink(tuple(_clamp(c * dim) for c in m.colour), min(1.0, d))
        return Ink(LIGHT_BOX, min(1.0, -d))
    return None


def _rainbow(m: Material, tilt: Tilt):
    """Diffractive foil: hue bands 6 mm apart on the diagonal, moving one cycle per full tilt
    about either axis. A DOVID's gratings lie in more than one direction, so towards–away
    tilt also turns the bands (up to 45° at a full tilt): tilting one way about one axis and
    back about the other never returns to the head-on picture, as a sum of angles would."""
    assert m.tilt is not None
    full = m.tilt.full_tilt_deg
    shift = (tilt.left_right + tilt.towards_away) / full
    turn = math.radians(45.0 + 45.0 * max(-1.0, min(1.0, tilt.towards_away / full)))
    span = 6.0 * math.sqrt(2.0)  # the head-on bands: (0, 0) to (6, 6) mm
    stops = []
    for i in range(7):
        h = (i / 6 + shift) % 1.0
        r, g, b = colorsys.hsv_to_rgb(h, 0.6, 1.0)
        base = m.colour
        stops.append(
            (
                _clamp(0.7 * 255 * r + 0.3 * base[0]),
                _clamp(0.7 * 255 * g + 0.3 * base[1]),
                _clamp(0.7 * 255 * b + 0.3 * base[2]),
            )
        )
    return (0.0, 0.0, span * math.cos(turn), span * math.sin(turn), tuple(stops), True)


def brush(ink_: Ink, m: Material) -> QBrush:
    """A brush for ``ink_``: flat, gradient, or, for halftone/inkjet prints, a dot screen."""
    if (
        m.process in (PrintProcess.HALFTONE, PrintProcess.INKJET)
        and m.dot_pitch_mm > 0
        and not m.hole
    ):
        return _dot_brush(ink_.rgb, ink_.alpha, m.process, m.dot_pitch_mm)
    if ink_.gradient is not None:
        x0, y0, x1, y1, stops, repeat = ink_.gradient
        g = QLinearGradient(QPointF(x0, y0), QPointF(x1, y1))
        n = len(stops)
        for i, c in enumerate(stops):
            g.setColorAt(i / (n - 1), QColor(*c, _clamp(255 * ink_.alpha)))
        if repeat:
            g.setSpread(QLinearGradient.Spread.RepeatSpread)
        return QBrush(g)
    return QBrush(QColor(*ink_.rgb, _clamp(255 * ink_.alpha)))


#: Tile pixels per dot pitch.
TILE_PX: Final = 16


@cache
def _dot_tile(rgb: RGB, alpha255: int, process: PrintProcess) -> QImage:
    if process is PrintProcess.HALFTONE:
        cells = 1
        centres = [(0.5, 0.5, 0.42)]
    else:
        # Inkjet: droplets scattered about a grid, varied in size, some missing, fixed seed.
        cells = 8
        rng = np.random.Generator(np.random.PCG64(365))
        centres = []
        for j in range(cells):
            for i in range(cells):
                if rng.random() < 0.18:
                    continue
                jx, jy = rng.normal(0, 0.22, 2)
                centres.append((i + 0.5 + jx, j + 0.5 + jy, 0.28 + 0.16 * rng.random()))
    size = cells * TILE_PX
    tile = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    p = QPainter(tile)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(*rgb, alpha255))
    for cx, cy, r in centres:
        # Draw wrapped copies so droplets crossing the tile edge tile seamlessly.
        for ox in (-size, 0, size):
            for oy in (-size, 0, size):
                p.drawEllipse(
                    QPointF(cx * TILE_PX + ox, cy * TILE_PX + oy), r * TILE_PX, r * TILE_PX
                )
    p.end()
    return tile


@cache
def dot_tile_alpha(process: PrintProcess) -> np.ndarray:
    """The dot tile's shape as (H, W) uint8 alpha, 255 inside a dot."""
    tile = _dot_tile((0, 0, 0), 255, process)
    w, h = tile.width(), tile.height()
    raw = np.frombuffer(tile.constBits(), np.uint8, count=tile.bytesPerLine() * h)
    return np.ascontiguousarray(raw.reshape(h, tile.bytesPerLine() // 4, 4)[:, :w, 3])


def _dot_brush(rgb: RGB, alpha: float, process: PrintProcess, pitch_mm: float) -> QBrush:
    b = QBrush(_dot_tile(rgb, _clamp(255 * alpha), process))
    # Tile pixels -> page millimetres; a halftone screen sits at 45 degrees as in print.
    t = QTransform()
    if process is PrintProcess.HALFTONE:
        t.rotate(45.0)
    t.scale(pitch_mm / TILE_PX, pitch_mm / TILE_PX)
    b.setTransform(t)
    return b


def light_direction(azimuth_deg: float) -> tuple[float, float]:
    """Unit vector on the page towards where oblique light comes from (clockwise from the top)."""
    a = math.radians(azimuth_deg)
    return (math.sin(a), -math.cos(a))
