"""Drawing a window of a prepared scene under one light, at the output's own resolution.

Vector pieces are drawn by QPainter straight at the output resolution (true detail at any
power); effects that need neighbourhoods run on the result as numpy/OpenCV passes: UV bloom,
oblique shading from a relief map, paper grain. Those passes work on a window grown by a
margin, so a loupe window matches the page view at its edges.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF, QTransform

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Tilt, Viewing
from docinspect.model.scene import Blend, Material, PrintProcess, Raster
from docinspect.optics import appearance as look
from docinspect.optics import coverage, strokes
from docinspect.optics.give_way import give_way
from docinspect.optics.noise import value_noise
from docinspect.optics.prepared import Drawable, PassCache, PreparedScene, load_image
from docinspect.optics.qt import argb_image, rgba_array

#: Light elevation of the raking lamp, degrees above the page.
_OBLIQUE_ELEVATION_DEG = 18.0
#: Depth of a hole in the relief map (through a data page), micrometres.
_HOLE_DEPTH_UM = -100.0
_RELIEF_UM_PER_LEVEL = 2.0


def _margin_px(light: Light, ppm: float) -> int:
    if light is Light.UV365:
        # The wide halo (3 sigma) reaches 2 of its sigmas in: beyond that < 1 level is lost.
        return math.ceil(6 * _bloom_sigma(ppm)) + 2
    if light is Light.OBLIQUE:
        return math.ceil(3 * _relief_sigma(ppm)) + 3
    return 0


def _bloom_sigma(ppm: float) -> float:
    # Bloom happens in the eye and lens, so it is nearly constant on screen.
    return min(max(0.1 * ppm, 1.5), 6.0)


def _relief_sigma(ppm: float) -> float:
    # Relief edges are rounded over ~15 µm.
    return max(0.6, 0.015 * ppm)


def render_window(
    prepared: PreparedScene, viewing: Viewing, window: Bounds, size_px: tuple[int, int]
) -> np.ndarray:
    """The window of the scene as an (H, W, 3) uint8 RGB array, ``size_px`` = (W, H)."""
    w, h = max(1, int(size_px[0])), max(1, int(size_px[1]))
    give_way()  # a page drawn ahead waits while the loupe moves (``give_way``), here ...
    window, sx, sy = _uniform(window, w, h)
    light = viewing.light
    m = _margin_px(light, max(sx, sy))
    # Large windows (whole pages) under white and oblique light share one painted white base:
    # white paints the oblique margin too and crops it, oblique shades the same pixels.
    share = light in (Light.WHITE, Light.OBLIQUE) and w * h >= _SHARE_MIN_PX
    paint_m = max(m, _margin_px(Light.OBLIQUE, sx)) if share else m
    grown = _grow(window, paint_m, sx, sy)
    full = (w + 2 * paint_m, h + 2 * paint_m)
    base_light = Light.WHITE if light is Light.OBLIQUE else light
    # Whole pages stroke thin guilloche once for all lights (see ``coverage``).
    covers = _covers(prepared, window, (w, h), sx) if w * h >= _SHARE_MIN_PX else None
    if share:
        key = ("white", viewing.tilt, _bounds_key(grown), full)
        rgb = prepared.passes.get(key)
        if rgb is None:
            rgb = _paint(prepared, base_light, viewing.tilt, grown, full, covers)
            prepared.passes.put(key, rgb)
        if paint_m != m:
            d = paint_m - m
            rgb = rgb[d : d + h + 2 * m, d : d + w + 2 * m]
            grown = _grow(window, m, sx, sy)
            full = (w + 2 * m, h + 2 * m)
    else:
        rgb = _paint(prepared, base_light, viewing.tilt, grown, full, covers)
    give_way()  # ... between its passes ...
    # Grain and oblique shading are brightness factors per pixel, applied in one multiply.
    if light is Light.OBLIQUE and w * h >= _SHARE_MIN_PX:
        factor = _shared_oblique_factor(prepared, viewing, grown, full, m)
    else:
        factor = _light_factor(prepared, viewing, grown, full, m)
    if factor is not None:
        # Channel by channel: 5x cheaper than spreading the factor to three float channels.
        rgb = cv2.merge([cv2.multiply(c, factor, dtype=cv2.CV_8U) for c in cv2.split(rgb)])
    if light is Light.UV365:
        give_way()
        rgb = _bloom(rgb, _bloom_sigma(max(sx, sy)))
    out = rgb[m : m + h, m : m + w]
    if share and factor is None:
        return out.copy()  # never hand out the shared base itself
    return np.ascontiguousarray(out)


#: Windows of at least this many pixels (whole pages, not loupes) share passes between lights.
_SHARE_MIN_PX = 1_000_000
#: Paper between two perforation holes, in pixels, from which they are drawn one by one.
_FINE_GAP_PX = 2.0


def _uniform(window: Bounds, w: int, h: int) -> tuple[Bounds, float, float]:
    """The window to draw at (W, H) px and its scales (px/mm) across and down."""
    sx, sy = w / window.width, h / window.height
    if abs(sx - sy) < 0.01 * sx:
        # Whole pixels rarely match the window's aspect exactly; a uniform scale keeps Qt on
        # its fast stroking path (a non-uniform one is ten times slower) at < 1 px of error.
        sy = sx
        window = Bounds(window.left, window.top, window.right, window.top + h / sx)
    return window, sx, sy


def prepare_passes(
    prepared: PreparedScene,
    window: Bounds,
    size_px: tuple[int, int],
    oblique: Viewing | None = None,
) -> None:
    """Compute now what the lights of a whole-page window share and need no painted picture
    for: the paper grain, and with ``oblique`` the raking light's shading of the relief. A
    thread does it (OpenCV, mostly without Python's lock) while another paints the guilloche
    and the white picture, which hold the lock (see ``render_layers``)."""
    w, h = max(1, int(size_px[0])), max(1, int(size_px[1]))
    window, sx, sy = _uniform(window, w, h)
    if w * h < _SHARE_MIN_PX or sx != sy:
        return
    substrate = prepared.scene.substrate
    if substrate.grain > 0:
        m = _margin_px(Light.UV365, sx)
        _grain_fields(
            substrate.seed, _grow(window, m, sx, sy), (w + 2 * m, h + 2 * m), prepared.passes, m
        )
    if oblique is not None:
        m = _margin_px(Light.OBLIQUE, sx)
        _shared_oblique_factor(
            prepared, oblique, _grow(window, m, sx, sy), (w + 2 * m, h + 2 * m), m
        )


def _light_factor(
    prepared: PreparedScene, viewing: Viewing, grown: Bounds, full: tuple[int, int], m: int
) -> np.ndarray | None:
    """(H, W) float32 brightness factor of the grown window under ``viewing``'s light: paper
    grain, and under oblique light the relief's shading; None when the light has neither."""
    page = _page_mask(prepared, grown, full)
    substrate = prepared.scene.substrate
    light = viewing.light
    factor = _grain_factor(
        light, substrate.grain, substrate.seed, grown, full, page, prepared.passes, m
    )
    if light is Light.OBLIQUE:
        lit = _shade(prepared, viewing, grown, full, page)
        factor = lit if factor is None else cv2.multiply(factor, lit, dst=factor)
    return factor


def _shared_oblique_factor(
    prepared: PreparedScene, viewing: Viewing, grown: Bounds, full: tuple[int, int], m: int
) -> np.ndarray:
    """The oblique light's factor of a whole page, made once: ``render_layers`` has it made
    by the thread that is not painting, and the white picture waits for it only at the end."""
    key = ("oblique", viewing.tilt, viewing.oblique_azimuth_deg, _bounds_key(grown), full)
    return prepared.passes.get_or_make(  # type: ignore[return-value]
        key, lambda: _light_factor(prepared, viewing, grown, full, m)
    )


def _grow(window: Bounds, m: int, sx: float, sy: float) -> Bounds:
    return Bounds(
        window.left - m / sx, window.top - m / sy, window.right + m / sx, window.bottom + m / sy
    )


def _bounds_key(b: Bounds) -> tuple[float, float, float, float]:
    return (round(b.left, 9), round(b.top, 9), round(b.right, 9), round(b.bottom, 9))


def _transform(window: Bounds, size: tuple[int, int]) -> QTransform:
    sx, sy = size[0] / window.width, size[1] / window.height
    return QTransform().scale(sx, sy).translate(-window.left, -window.top)


def _page_mask(prepared: PreparedScene, window: Bounds, size: tuple[int, int]) -> np.ndarray:
    """(H, W) float32 coverage of the page (1 on the page, 0 beyond its edge)."""
    w, h = size
    scene = prepared.scene
    if (
        window.left >= 0
        and window.top >= 0
        and window.right <= scene.width_mm
        and window.bottom <= scene.height_mm
    ):
        return np.ones((h, w), np.float32)  # a window inside the page (the loupe, mostly)
    sx, sy = w / window.width, h / window.height
    xs = (np.arange(w) + 0.5) / sx + window.left
    ys = (np.arange(h) + 0.5) / sy + window.top
    cx = np.clip(np.minimum(xs, prepared.scene.width_mm - xs) * sx + 0.5, 0, 1)
    cy = np.clip(np.minimum(ys, prepared.scene.height_mm - ys) * sy + 0.5, 0, 1)
    # In float32 straight away: a 600 dpi page is 6 M pixels.
    return np.multiply.outer(cy.astype(np.float32), cx.astype(np.float32))


class _Canvas:
    """A BGRA pixel buffer that QPainter and OpenCV take turns drawing on."""

    def __init__(self, window: Bounds, size: tuple[int, int], background, page_mm) -> None:
        w, h = size
        self.window, self.size = window, size
        self.scale = w / window.width
        #: OpenCV strokes assume square pixels (a window of the page's own aspect).
        self.square = abs(h / window.height - self.scale) <= 1e-6 * self.scale
        self.page = page_mm
        self.bgra = np.empty((h, w, 4), np.uint8)
        self.image = QImage(self.bgra.data, w, h, 4 * w, QImage.Format.Format_RGB32)
        self.image.fill(QColor(*background))
        self._painter: QPainter | None = None

    def painter(self) -> QPainter:
        if self._painter is None:
            p = QPainter(self.image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.setTransform(_transform(self.window, self.size))
            p.setClipRect(QRectF(self.page.left, self.page.top, self.page.width, self.page.height))
            self._painter = p
        return self._painter

    def pixels(self) -> np.ndarray:
        """The buffer, with everything painted so far in it."""
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        return self.bgra

    def rgb(self) -> np.ndarray:
        return cv2.cvtColor(self.pixels(), cv2.COLOR_BGRA2RGB)


def _paint(
    prepared: PreparedScene,
    light: Light,
    tilt: Tilt,
    window: Bounds,
    size: tuple[int, int],
    covers: _Covers | None = None,
) -> np.ndarray:
    scene = prepared.scene
    page = Bounds(0.0, 0.0, scene.width_mm, scene.height_mm)
    canvas = _Canvas(window, size, look.outside_rgb(light), page)
    # The canvas's pixel (0, 0) in the masks, which span the widest margin of any light.
    offset = 0 if covers is None else covers.margin - (size[0] - covers.size[0]) // 2
    try:
        p = canvas.painter()
        p.fillRect(
            QRectF(0.0, 0.0, scene.width_mm, scene.height_mm),
            QColor(*look.page_rgb(scene.substrate, light)),
        )
        for i, d in enumerate(prepared.drawables):
            d = _cut_for(d, window, size)
            visible = d.visible(window)
            if len(visible) == 0:
                continue
            give_way()  # ... and between the items it paints
            if d.image is not None:
                _draw_raster(canvas.painter(), prepared, d, light, tilt)
                continue
            ink = look.ink(d.item, light, tilt, scene.substrate)
            if ink is None:
                continue
            cover = None if covers is None else covers.masks.get(i)
            if (
                cover is not None
                and light in cover[1]
                and _lay_cover(canvas, cover[0], offset, ink)
            ):
                continue
            if not _stroke_directly(canvas, d, visible, ink):
                _draw_pieces(canvas.painter(), d, visible, look.brush(ink, d.item.material))
    finally:
        out = canvas.rgb()
    return out


def _cut_for(d: Drawable, window: Bounds, size: tuple[int, int]) -> Drawable:
    """``d``, or its perforation hole by hole in a small window (a loupe) where no pixel touches
    two holes: it then draws only the holes it shows (48 at a time was ~60 % of the loupe's
    densest frame); the same pixels, as no pixel is covered by two pieces."""
    if d.fine is None or size[0] * size[1] >= _SHARE_MIN_PX:
        return d
    return d.fine if d.fine_gap_mm * size[0] / window.width >= _FINE_GAP_PX else d


# --- Thin strokes painted once per whole page (see ``coverage``) ----------------------------

#: Stroked items with fewer pieces in the window are stroked for each light as before (not
#: worth a mask); filled ones (text, microprint) share a mask unless larger than this share of
#: the window (a plain fill is cheap for QPainter).
_COVER_MIN_PIECES = 100
_COVER_MAX_FILL = 0.25


@dataclass(frozen=True, eq=False)
class _Covers:
    #: Masks by index of the drawable, over the window grown by ``margin`` pixels each side,
    #: with the lights that lay their ink through them.
    masks: dict[int, tuple[coverage.Cover, frozenset[Light]]]
    margin: int
    #: The window's own size (W, H) before growing.
    size: tuple[int, int]


def _layable(ink: look.Ink) -> bool:
    # Flat inks and left-to-right split-duct gradients; a foil's diagonal rainbow is not.
    g = ink.gradient
    return g is None or (not g[5] and g[1] == g[3])


def _cover_plan(
    prepared: PreparedScene, d: Drawable, ppm: float
) -> tuple[float, frozenset[Light], frozenset[Light]] | None:
    """Opacity to paint ``d``'s mask with, the lights that share it and the fainter ones that
    do if ``d`` is sparse (``coverage.sharing``); None when ``d`` is drawn for each light."""
    m = d.item.material
    if d.image is not None or m.tilt is not None:
        return None
    if not d.fill and (d.arrays is None or d.pen_mm * ppm >= strokes.MIN_WIDTH_PX):
        return None  # OpenCV draws wide strokes, already fast
    if m.process in (PrintProcess.HALFTONE, PrintProcess.INKJET) and m.dot_pitch_mm > 0:
        return None  # a dot-screen brush, kept as QPainter draws it
    alphas = {}
    for light in Light:
        if light is Light.OBLIQUE:
            continue  # oblique light shades the white picture
        k = look.ink(d.item, light, Tilt(), prepared.scene.substrate)
        if k is not None and _layable(k):
            alphas[light] = k.alpha
    if len(alphas) < 2:
        return None
    return coverage.sharing(alphas)  # type: ignore[return-value]


def _covers(prepared: PreparedScene, window: Bounds, size: tuple[int, int], ppm: float) -> _Covers:
    """The coverage masks of a whole-page window, painted by the first light that needs them."""
    margin = max(_margin_px(Light.UV365, ppm), _margin_px(Light.OBLIQUE, ppm))
    key = ("cover", _bounds_key(window), size)
    # Lights rendered in parallel wait for one painting.
    return prepared.passes.get_or_make(  # type: ignore[return-value]
        key, lambda: _paint_covers(prepared, window, size, ppm, margin)
    )


def _paint_covers(
    prepared: PreparedScene, window: Bounds, size: tuple[int, int], ppm: float, margin: int
) -> _Covers:
    grown = _grow(window, margin, ppm, ppm)
    full = (size[0] + 2 * margin, size[1] + 2 * margin)
    scene = prepared.scene
    page = Bounds(0.0, 0.0, scene.width_mm, scene.height_mm)
    jobs: list[_CoverJob] = []
    w, h = full
    for i, d in enumerate(prepared.drawables):
        plan = _cover_plan(prepared, d, ppm)
        if plan is None:
            continue
        visible = d.visible(grown)
        if len(visible) == 0 or (not d.fill and len(visible) < _COVER_MIN_PIECES):
            continue
        b = d.boxes[visible]
        x0 = max(0, math.floor((b[:, 0].min() - grown.left) * ppm) - 2)
        y0 = max(0, math.floor((b[:, 1].min() - grown.top) * ppm) - 2)
        x1 = min(w, math.ceil((b[:, 2].max() - grown.left) * ppm) + 3)
        y1 = min(h, math.ceil((b[:, 3].max() - grown.top) * ppm) + 3)
        bw, bh = x1 - x0, y1 - y0
        if bw <= 0 or bh <= 0 or (d.fill and bw * bh > _COVER_MAX_FILL * w * h):
            continue  # large plain fills are cheap for QPainter
        jobs.append(_CoverJob(i, d, visible, plan, (x0, y0, x1, y1)))
    masks: dict[int, tuple[coverage.Cover, frozenset[Light]]] = {}
    apart = {job.index for job in jobs if _apart(job.drawable, ppm)}
    # Lines kept apart are drawn by OpenCV in a thread of their own, outside Python's lock,
    # while QPainter strokes the rest (crossing guilloche, text) here.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="covers") as pool:
        drawn = [
            (job, pool.submit(_apart_mask, job, grown, page, ppm))
            for job in jobs
            if job.index in apart
        ]
        for job in jobs:
            if job.index not in apart:
                give_way()
                _keep(masks, job, _qt_mask(job, grown, full, page))
        for job, future in drawn:
            _keep(masks, job, future.result())
    return _Covers(masks, margin, size)


@dataclass(frozen=True, eq=False)
class _CoverJob:
    index: int
    drawable: Drawable
    visible: np.ndarray
    plan: tuple[float, frozenset[Light], frozenset[Light]]
    #: Pixel box (x0, y0, x1, y1) in the grown window.
    box: tuple[int, int, int, int]


def _apart(d: Drawable, ppm: float) -> bool:
    """True when OpenCV can draw ``d``'s mask: lines at least a pixel wide, with a pixel or
    more of paper between them, so that no two pieces meet (no crossing to darken)."""
    return (
        d.apart_lines is not None and d.pen_mm * ppm >= 1.0 and (d.apart_mm - d.pen_mm) * ppm >= 1.0
    )


def _qt_mask(job: _CoverJob, grown: Bounds, full: tuple[int, int], page: Bounds) -> np.ndarray:
    x0, y0, x1, y1 = job.box
    bw, bh = x1 - x0, y1 - y0
    # Painted on RGB32, whose opaque spans Qt fills 1.8x faster than any 8-bit format's.
    buf = np.zeros((bh, bw, 4), np.uint8)
    image = QImage(buf.data, bw, bh, 4 * bw, QImage.Format.Format_RGB32)
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Whole pixels off the window's transform: the same rasterisation, cut to the box.
        p.setTransform(_transform(grown, full) * QTransform.fromTranslate(-x0, -y0))
        p.setClipRect(QRectF(page.left, page.top, page.width, page.height))
        alpha = job.plan[0]
        _draw_pieces(
            p, job.drawable, job.visible, QBrush(QColor(255, 255, 255, round(255 * alpha)))
        )
    finally:
        p.end()
    return cv2.extractChannel(buf, 1)


def _apart_mask(job: _CoverJob, grown: Bounds, page: Bounds, ppm: float) -> np.ndarray:
    d = job.drawable
    assert d.apart_lines is not None
    mask = strokes.apart_coverage(d.apart_lines, grown, ppm, job.box, d.pen_mm * ppm)
    for clip in (page, d.item.clip):
        if clip is not None:
            _clip_box(mask, clip, grown, ppm, job.box)
    # The opacity the mask is painted with, as QPainter's brush would lay it.
    return cv2.convertScaleAbs(mask, alpha=round(255 * job.plan[0]) / 255)


def _clip_box(
    mask: np.ndarray, clip: Bounds, window: Bounds, ppm: float, box: tuple[int, int, int, int]
) -> None:
    """Zero ``mask`` (the pixel box ``box`` of ``window``) outside ``clip`` (mm)."""
    x0, y0 = box[0], box[1]
    h, w = mask.shape
    left = min(w, max(0, round((clip.left - window.left) * ppm) - x0))
    right = min(w, max(0, round((clip.right - window.left) * ppm) - x0))
    top = min(h, max(0, round((clip.top - window.top) * ppm) - y0))
    bottom = min(h, max(0, round((clip.bottom - window.top) * ppm) - y0))
    mask[:top] = 0
    mask[bottom:] = 0
    mask[:, :left] = 0
    mask[:, right:] = 0


def _keep(
    masks: dict[int, tuple[coverage.Cover, frozenset[Light]]], job: _CoverJob, mask: np.ndarray
) -> None:
    """Keep ``job``'s mask when two or more lights lay their ink through it."""
    alpha, lights, faint = job.plan
    if faint and coverage.sparse(mask, alpha):
        lights |= faint
    if len(lights) >= 2:  # one light alone would only pay for the mask
        masks[job.index] = (coverage.cover(mask, alpha, job.box[:2]), lights)


def _lay_cover(canvas: _Canvas, cover: coverage.Cover, offset: int, ink: look.Ink) -> bool:
    """Lay ``ink`` through an item's mask; False when this ink cannot be laid that way."""
    if not _layable(ink):
        return False
    colour: tuple[int, int, int] | np.ndarray = ink.rgb
    if ink.gradient is not None:
        colour = _column_colours(ink.gradient, canvas)
    coverage.lay(canvas.pixels(), cover, offset, ink.alpha, colour)
    return True


def _stroke_directly(canvas: _Canvas, d: Drawable, visible: np.ndarray, ink: look.Ink) -> bool:
    """Draw a magnified stroked item with OpenCV; False when QPainter should draw it."""
    width_px = d.pen_mm * canvas.scale
    if d.fill or d.arrays is None or width_px < strokes.MIN_WIDTH_PX or not canvas.square:
        return False
    gradient = ink.gradient
    if gradient is not None and (gradient[5] or gradient[1] != gradient[3]):
        return False  # only left-to-right split-duct gradients are done here
    m = d.item.material
    mask = strokes.coverage(d.arrays, visible, canvas.window, canvas.size, width_px)
    strokes.clip_mask(mask, canvas.page, canvas.window)
    if d.item.clip is not None:
        strokes.clip_mask(mask, d.item.clip, canvas.window)
    screen = None
    if m.process in (PrintProcess.HALFTONE, PrintProcess.INKJET) and m.dot_pitch_mm > 0:
        screen = strokes.dot_screen(
            look.dot_tile_alpha(m.process),
            m.process,
            m.dot_pitch_mm,
            look.TILE_PX,
            canvas.window,
            canvas.size,
        )
    colour: tuple[int, int, int] | np.ndarray = ink.rgb
    if gradient is not None:
        colour = _column_colours(gradient, canvas)
    opacity = ink.alpha * strokes.line_thickness(width_px)[1]
    strokes.composite(
        canvas.pixels(), mask, colour, opacity, screen, _pixel_box(d, visible, canvas)
    )
    return True


def _pixel_box(d: Drawable, visible: np.ndarray, canvas: _Canvas) -> tuple[int, int, int, int]:
    """Pixel box (x0, y0, x1, y1) holding the visible pieces, with a pixel to spare."""
    b = d.boxes[visible]
    s, win = canvas.scale, canvas.window
    return (
        math.floor((b[:, 0].min() - win.left) * s) - 1,
        math.floor((b[:, 1].min() - win.top) * s) - 1,
        math.ceil((b[:, 2].max() - win.left) * s) + 2,
        math.ceil((b[:, 3].max() - win.top) * s) + 2,
    )


def _column_colours(gradient, canvas: _Canvas) -> np.ndarray:
    """(W, 3) colours of a left-to-right gradient at each pixel column of the window."""
    x0, _, x1, _, stops, _ = gradient
    w = canvas.size[0]
    xs = canvas.window.left + (np.arange(w) + 0.5) / canvas.scale
    t = np.clip((xs - x0) / max(x1 - x0, 1e-9), 0, 1)
    positions = np.linspace(0, 1, len(stops))
    stops_arr = np.array(stops, np.float32)
    return np.stack([np.interp(t, positions, stops_arr[:, c]) for c in range(3)], axis=1)


def _draw_pieces(p: QPainter, d: Drawable, visible: np.ndarray, brush: QBrush) -> None:
    clip = d.item.clip
    if clip is not None:
        p.save()
        p.setClipRect(
            QRectF(clip.left, clip.top, clip.width, clip.height), Qt.ClipOperation.IntersectClip
        )
    if d.fill:
        p.setBrush(brush)
        if d.pen_mm > 0:
            p.setPen(
                QPen(
                    brush,
                    d.pen_mm,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
        else:
            p.setPen(Qt.PenStyle.NoPen)
    else:
        p.setBrush(Qt.BrushStyle.NoBrush)
        # Round caps and joins cost ~3x in Qt's stroker and cannot be seen on lines a few
        # pixels wide (the page views); magnified lines keep them.
        width_px = d.pen_mm * p.worldTransform().m11()
        thin = width_px < 3.0
        pen = QPen(
            brush,
            d.pen_mm,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.FlatCap if thin else Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.BevelJoin if thin else Qt.PenJoinStyle.RoundJoin,
        )
        p.setPen(pen)
    shapes = d.shapes
    for n, i in enumerate(visible):
        if n % 8 == 7:
            give_way()  # a guilloche is hundreds of pieces: a page drawn ahead pauses here too
        shape = shapes[i]
        if isinstance(shape, QPolygonF):
            if d.fill:
                p.drawPolygon(shape)
            else:
                p.drawPolyline(shape)
        else:
            p.drawPath(shape)
    if clip is not None:
        p.restore()


def _coverage(rgba: np.ndarray, blend: Blend) -> np.ndarray:
    """Ink coverage 0–1 of a raster: its darkness when printed, its opacity when a patch."""
    alpha = rgba[:, :, 3].astype(np.float32) / 255
    if blend is Blend.NORMAL:
        return alpha
    lum = rgba[:, :, :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    return alpha * (1 - lum / 255)


def _flat_rgba(rgb: tuple[int, int, int], alpha: np.ndarray) -> np.ndarray:
    out = np.empty((*alpha.shape, 4), np.uint8)
    out[:, :, :3] = rgb
    out[:, :, 3] = np.clip(alpha * 255 + 0.5, 0, 255).astype(np.uint8)
    return out


def _raster_for(
    prepared: PreparedScene, d: Drawable, light: Light, tilt: Tilt
) -> tuple[QImage, QPainter.CompositionMode, float] | None:
    """The raster image to draw under ``light``, its composition mode and opacity."""
    item = d.item
    assert isinstance(item, Raster) and d.image is not None
    m: Material = item.material
    if not look.visible_at_tilt(m, tilt):
        return None
    over = QPainter.CompositionMode.CompositionMode_SourceOver
    key = light
    with d.lock:
        cached = d.cache.get(key)
        if cached is None:
            cached = _derive_raster(prepared, d, light)
            d.cache[key] = cached
    if cached is False:
        return None
    if light in (Light.WHITE, Light.OBLIQUE) and light not in item.light_files:
        if m.alpha <= 0:
            return None
        mode = (
            QPainter.CompositionMode.CompositionMode_Multiply
            if item.blend is Blend.MULTIPLY
            else over
        )
        return cached, mode, m.alpha
    return cached, over, 1.0


def _derive_raster(prepared: PreparedScene, d: Drawable, light: Light) -> QImage | bool:
    item = d.item
    assert isinstance(item, Raster) and d.image is not None
    m = item.material
    override = item.light_files.get(light)
    if override is not None:
        return load_image(prepared.folder, override)
    if light in (Light.WHITE, Light.OBLIQUE):
        return d.image
    rgba = rgba_array(d.image)
    if item.blend is Blend.NORMAL:
        return argb_image(_patch_rgba(rgba, m, light))
    # Printed onto the page: the material's look where the image has ink (the same table
    # as vector items, appearance.material_ink), scaled by the image's coverage.
    k = look.material_ink(m, light, Tilt(), prepared.scene.substrate)
    if k is None:
        return False
    return argb_image(_flat_rgba(k.rgb, _coverage(rgba, item.blend) * k.alpha))


def _patch_rgba(rgba: np.ndarray, m: Material, light: Light) -> np.ndarray:
    """An opaque patch (a glued photo, a foil) under a light that is not white: its own
    base (the photo paper's glow under UV, its IR reflectance, its back-light density) with
    the image's darkness on it, so the picture keeps its detail under every light, as a
    real print on photo paper does (a flat patch would give the answer away)."""
    alpha = rgba[:, :, 3].astype(np.float32) / 255
    lum = rgba[:, :, :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    dark = 1 - lum / 255
    if light is Light.UV365:
        if m.uv_colour is not None and m.uv_strength > 0:
            base = np.array(
                [a + u * m.uv_strength for a, u in zip(look.UV_AMBIENT, m.uv_colour, strict=True)],
                np.float32,
            )
        else:
            base = np.array(look.UV_AMBIENT, np.float32) * 0.8
        # The image's dyes absorb the lamp and the paper's glow beneath them.
        rgb = base[None, None, :] * (1 - 0.85 * dark)[:, :, None]
    elif light is Light.IR:
        grey = 255 * 0.85 * (1 - m.ir_absorption * dark)
        rgb = np.repeat(grey[:, :, None], 3, axis=2)
    else:  # transmitted: the patch and the page under it; the image darkens it further
        base = np.array(look.LIGHT_BOX, np.float32) * max(0.0, 1 - max(0.0, m.back_light_density))
        rgb = base[None, None, :] * (1 - 0.6 * dark)[:, :, None]
    out = np.empty((*alpha.shape, 4), np.uint8)
    out[:, :, :3] = np.clip(rgb + 0.5, 0, 255).astype(np.uint8)
    out[:, :, 3] = rgba[:, :, 3]
    return out


def _draw_raster(
    p: QPainter, prepared: PreparedScene, d: Drawable, light: Light, tilt: Tilt
) -> None:
    found = _raster_for(prepared, d, light, tilt)
    if found is None:
        return
    image, mode, opacity = found
    item = d.item
    assert isinstance(item, Raster)
    p.save()
    if item.clip is not None:
        c = item.clip
        p.setClipRect(QRectF(c.left, c.top, c.width, c.height), Qt.ClipOperation.IntersectClip)
    p.setCompositionMode(mode)
    p.setOpacity(opacity)
    p.drawImage(QRectF(item.x, item.y, item.width, item.height), image)
    p.restore()


# --- Passes on the painted window -----------------------------------------------------------

#: Paper formation (cloudiness) and grain scales, in mm.
_FORMATION_MM = 1.8
_GRAIN_MM = 0.11
#: Grain contrast per light: (formation, grain).
_GRAIN_CONTRAST = {
    Light.WHITE: (0.025, 0.02),
    Light.OBLIQUE: (0.02, 0.0),  # oblique grain comes from the relief map instead
    Light.UV365: (0.12, 0.04),
    Light.IR: (0.015, 0.012),
    Light.TRANSMITTED: (0.13, 0.05),
}


def _grain_factor(
    light: Light,
    grain: float,
    seed: int,
    window: Bounds,
    size: tuple[int, int],
    page: np.ndarray,
    passes: PassCache | None = None,
    margin: int = 0,
) -> np.ndarray | None:
    """(H, W) float32 brightness factor of paper grain and formation, or None for none."""
    if grain <= 0:
        return None
    k_form, k_grain = _GRAIN_CONTRAST[light]
    formation, fine = _grain_fields(seed, window, size, passes, margin)
    # 1 + grain·(k_form·formation + k_grain·fine)·page, in as few full-size passes as possible.
    field = cv2.addWeighted(formation, grain * k_form, fine, grain * k_grain, 0.0)
    cv2.multiply(field, page, dst=field)
    return cv2.add(field, 1.0, dst=field)


def _grain_fields(
    seed: int, window: Bounds, size: tuple[int, int], passes: PassCache | None, margin: int
) -> tuple[np.ndarray, np.ndarray]:
    """Formation (clouds of fibre density at two scales, as seen against a light) and fine
    grain of the paper over the window; the same for every light, so shared between them.
    ``window`` is the rendered window grown by ``margin`` pixels on each side."""
    w, h = size
    if passes is None or w * h < _SHARE_MIN_PX:
        return _grain_noise(seed, window, size)
    # Lights grow the window by different margins: compute the fields once over the widest
    # margin and cut each light's window out of them (the noise is anchored to the page).
    s = w / window.width
    core_key = _bounds_key(_grow(window, -margin, s, s))
    core_size = (w - 2 * margin, h - 2 * margin)
    # The fields depend on the key alone (not on which light's window came first), so every
    # order of lights gives the same pixels.
    core = Bounds(*core_key)
    s = core_size[0] / core.width
    widest = max(margin, _margin_px(Light.UV365, s), _margin_px(Light.OBLIQUE, s))
    key = ("grain", seed, core_key, core_size)

    def make() -> tuple[np.ndarray, np.ndarray, int]:
        big = _grow(core, widest, s, s)
        size_big = (w - 2 * margin + 2 * widest, h - 2 * margin + 2 * widest)
        return (*_grain_noise(seed, big, size_big), widest)

    found = passes.get_or_make(key, make, lambda f: f[2] >= margin)  # type: ignore[index]
    formation, fine, stored = found  # type: ignore[misc]
    d = stored - margin
    return formation[d : d + h, d : d + w], fine[d : d + h, d : d + w]


def _grain_noise(seed: int, window: Bounds, size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    formation = cv2.addWeighted(
        value_noise(window, size, scale_mm=_FORMATION_MM, seed=seed),
        0.65,
        value_noise(window, size, scale_mm=_FORMATION_MM / 3.1, seed=seed + 5),
        0.35,
        0.0,
    )
    fine = value_noise(window, size, scale_mm=_GRAIN_MM, seed=seed + 1)
    return formation, fine


def _bloom(rgb: np.ndarray, sigma: float) -> np.ndarray:
    """A soft halo round what glows, as a UV lamp's glow looks to the eye (uint8 in and out)."""
    glow = cv2.subtract(rgb, (*look.UV_AMBIENT, 0))  # saturates at 0
    # The halo is smooth: blur a smaller copy when it spans several pixels.
    h, w = glow.shape[:2]
    k = max(1, int(sigma / 2))
    small = (
        glow
        if k == 1
        else cv2.resize(glow, (max(1, w // k), max(1, h // k)), interpolation=cv2.INTER_AREA)
    )
    # A tight halo and a wide, faint one; they spill mostly beyond a glowing shape, so a wide
    # glowing area brightens only a little.
    # The wide halo (3 sigma) is blurred on a copy three times smaller again: a third of the
    # pixels and of the kernel, and nothing of it is lost (it is smoother than that grid).
    sh, sw = small.shape[:2]
    tiny = cv2.resize(small, (max(1, sw // 3), max(1, sh // 3)), interpolation=cv2.INTER_AREA)
    wide = cv2.resize(
        cv2.GaussianBlur(tiny, (0, 0), sigma / k), (sw, sh), interpolation=cv2.INTER_LINEAR
    )
    # Into earlier images where they are no longer needed (a 600 dpi page is 19 MB each).
    halo = cv2.addWeighted(cv2.GaussianBlur(small, (0, 0), sigma / k), 0.7, wide, 0.3, 0, dst=wide)
    if k > 1:
        halo = cv2.resize(halo, (w, h), interpolation=cv2.INTER_LINEAR)
    spill = cv2.subtract(halo, glow, dst=glow)
    out = cv2.addWeighted(rgb, 1.0, spill, 0.7, 0, dst=spill)
    return cv2.addWeighted(out, 1.0, halo, 0.12, 0, dst=out)


def _paint_relief(
    prepared: PreparedScene, tilt: Tilt, window: Bounds, size: tuple[int, int]
) -> np.ndarray | None:
    """Relief map (µm) and roughness (0–1) of the window, or None when nothing has relief."""
    drawables = [
        d
        for d in prepared.drawables
        if (d.item.material.relief_um or d.item.material.roughness or d.item.material.hole)
        and look.visible_at_tilt(d.item.material, tilt)
    ]
    if not drawables:
        return None
    page = Bounds(0.0, 0.0, prepared.scene.width_mm, prepared.scene.height_mm)
    canvas = _Canvas(window, size, (128, 0, 0), page)
    try:
        for d in drawables:
            d = _cut_for(d, window, size)
            visible = d.visible(window)
            if len(visible) == 0:
                continue
            m = d.item.material
            relief = _HOLE_DEPTH_UM if m.hole else m.relief_um
            code = (
                look._clamp(128 + relief / _RELIEF_UM_PER_LEVEL),
                look._clamp(255 * m.roughness),
                0,
            )
            if d.image is not None:
                item = d.item
                assert isinstance(item, Raster)
                cover = _coverage(rgba_array(d.image), item.blend)
                canvas.painter().drawImage(
                    QRectF(item.x, item.y, item.width, item.height),
                    argb_image(_flat_rgba(code, cover)),
                )
                continue
            if not _stroke_directly(canvas, d, visible, look.Ink(code, 1.0)):
                _draw_pieces(canvas.painter(), d, visible, QBrush(QColor(*code)))
    finally:
        out = canvas.rgb()
    return out


def _shade(
    prepared: PreparedScene,
    viewing: Viewing,
    window: Bounds,
    size: tuple[int, int],
    page: np.ndarray,
) -> np.ndarray:
    """Raking light: (H, W) brightness factor, Lambert shading of the relief map from a low lamp
    at the azimuth."""
    w, h = size
    ppm = w / window.width
    codes = _paint_relief(prepared, viewing.tilt, window, size)
    if codes is not None:
        # Level 128 is the flat page; OpenCV's conversions run without numpy's temporaries.
        height = cv2.extractChannel(codes, 0).astype(np.float32)
        cv2.subtract(height, 128.0, dst=height)
        cv2.multiply(height, _RELIEF_UM_PER_LEVEL, dst=height)
        rough = cv2.extractChannel(codes, 1)
        if cv2.countNonZero(rough):
            seed = prepared.scene.substrate.seed + 7
            noise = value_noise(window, size, scale_mm=0.06, seed=seed)
            # 8 µm of roughness at full code (255).
            cv2.multiply(noise, rough.astype(np.float32), dst=noise, scale=8.0 / 255)
            cv2.add(height, noise, dst=height)
    else:
        height = np.zeros((h, w), np.float32)
    substrate = prepared.scene.substrate
    if substrate.grain > 0:
        noise = value_noise(window, size, scale_mm=0.12, seed=substrate.seed + 3)
        cv2.scaleAdd(noise, 3.0 * substrate.grain, height, dst=height)
    # In place where OpenCV allows: a 600 dpi page is 25 MB per float image.
    height = cv2.GaussianBlur(height, (0, 0), _relief_sigma(ppm))
    cv2.multiply(height, page, dst=height)
    um_per_px = 1000.0 / ppm
    gx = cv2.Sobel(height, cv2.CV_32F, 1, 0, ksize=3, scale=1 / (8 * um_per_px))
    gy = cv2.Sobel(height, cv2.CV_32F, 0, 1, ksize=3, scale=1 / (8 * um_per_px))
    del height
    lx, ly = look.light_direction(viewing.oblique_azimuth_deg)
    e = math.radians(_OBLIQUE_ELEVATION_DEG)
    # n = (-gx, -gy, 1)/|n|, l = (cos e lx, cos e ly, sin e); flat paper gives sin e.
    # shade = n·l / sin e, in OpenCV passes (multi-threaded, no numpy temporaries).
    k = math.cos(e) / math.sin(e)
    shade = cv2.addWeighted(gx, -lx * k, gy, -ly * k, 1.0)
    norm = cv2.multiply(gx, gx, dst=gx)
    cv2.accumulateSquare(gy, norm)
    del gy
    cv2.add(norm, 1.0, dst=norm)
    cv2.sqrt(norm, dst=norm)
    cv2.divide(shade, norm, dst=shade)
    del norm, gx
    cv2.min(shade, 2.4, dst=shade)
    cv2.max(shade, 0.08, dst=shade)
    # The lamp is low and to one side: the page is dimmer than under the desk light.
    cv2.multiply(shade, page, dst=shade, scale=0.78)
    cv2.subtract(shade, page, dst=shade)
    cv2.add(shade, 1.0, dst=shade)
    return shade
