"""A scene made ready to draw: every item cut into small pieces with their bounding boxes.

Drawing only the pieces that meet the window is what makes true detail fast (DESIGN.md §4): a
300 px loupe window at 30x touches a few dozen of the thousands of guilloche pieces. A prepared
scene is built once per scene and shared, read-only, by every render (any thread).
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path as FilePath

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainterPath, QPolygonF, QTransform

from docinspect.i18n import Message
from docinspect.model.geometry import Bounds
from docinspect.model.scene import (
    Anchor,
    Border,
    EllipseItem,
    Fibres,
    Microprint,
    Path,
    Perforation,
    RainbowBand,
    Raster,
    Rosette,
    Scene,
    SceneItem,
    Text,
    WaveBand,
)
from docinspect.optics import curves, fonts
from docinspect.optics.qt import ensure_gui, polygon, polygons
from docinspect.packs.scene_file import image_problem

Shape = QPolygonF | QPainterPath


class SceneAssetError(LookupError):
    """An image file the scene draws is missing or unreadable."""


@dataclass(eq=False)
class Drawable:
    """One scene item as pieces: polylines to stroke, or paths/polygons to fill."""

    item: SceneItem
    shapes: list[Shape]
    #: (N, 4) boxes left, top, right, bottom in mm, one per shape (grown by the pen width).
    boxes: np.ndarray
    #: Fill the shapes (paths, closed polygons) rather than stroke them.
    fill: bool
    #: Pen width in mm (stroke width, or the outline of a filled shape); 0 = no pen.
    pen_mm: float
    even_odd: bool = True
    #: Raster items: the image, in its file's pixels.
    image: QImage | None = None
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    #: Stroked polylines: the pieces as (N, 2) arrays in mm (drawn directly when magnified).
    arrays: list[np.ndarray] | None = None
    #: Stroked lines that never come near each other (a wave band's): the whole lines, and the
    #: least distance between their centre lines in mm (``curves.wave_gap_mm``).
    apart_lines: list[np.ndarray] | None = None
    apart_mm: float = 0.0
    #: A perforation cut one hole a piece, and the least paper between two holes in mm: a
    #: window in which no pixel touches two holes (the loupe's) draws only the holes it shows
    #: from it, not 48 at a time; the same pixels (no pixel is covered by two pieces).
    fine: Drawable | None = None
    fine_gap_mm: float = 0.0
    #: Per-light derived images of a raster, filled lazily by the painter.
    cache: dict[object, QImage] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def visible(self, window: Bounds) -> np.ndarray:
        """Indexes of the shapes whose box meets ``window``."""
        left, top, right, bottom = self.extent
        if left > window.right or right < window.left or top > window.bottom or bottom < window.top:
            return np.empty(0, np.intp)
        bx = self.boxes
        if len(bx) == 1:  # a single shape (most text): its box is the extent, which meets
            return np.zeros(1, np.intp)
        hit = (
            (bx[:, 0] <= window.right)
            & (bx[:, 2] >= window.left)
            & (bx[:, 1] <= window.bottom)
            & (bx[:, 3] >= window.top)
        )
        return np.flatnonzero(hit)


class PassCache:
    """A few large intermediate images of whole-page renders, shared between lights: the white
    picture oblique light shades, the paper-grain fields every light uses. Least recently used
    dropped first; thread-safe. Entries are never written to after they are stored."""

    def __init__(self, max_items: int = 6) -> None:
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._max = max_items
        self._lock = threading.Lock()
        self._making: dict[Hashable, threading.Lock] = {}

    def get_or_make(
        self,
        key: Hashable,
        make: Callable[[], object],
        usable: Callable[[object], bool] = lambda _: True,
    ) -> object:
        """The entry for ``key``, made by ``make()`` when missing or not ``usable``: once, by
        the first thread that asks; others asking for the same key meanwhile wait for it."""
        with self._lock:
            making = self._making.setdefault(key, threading.Lock())
        with making:
            found = self.get(key)
            if found is None or not usable(found):
                found = make()
                self.put(key, found)
        with self._lock:
            self._making.pop(key, None)
        return found

    def get(self, key: Hashable) -> object | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, value: object) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)


@dataclass(eq=False)
class PreparedScene:
    scene: Scene
    folder: FilePath | None
    drawables: tuple[Drawable, ...]
    passes: PassCache = field(default_factory=PassCache)


def _extent(boxes: np.ndarray) -> tuple[float, float, float, float]:
    if len(boxes) == 0:
        return (math.inf, math.inf, -math.inf, -math.inf)
    return (
        float(boxes[:, 0].min()),
        float(boxes[:, 1].min()),
        float(boxes[:, 2].max()),
        float(boxes[:, 3].max()),
    )


def _stroked(
    item: SceneItem, lines: list[np.ndarray], width: float, gap_mm: float = 0.0
) -> Drawable:
    pieces = [p for line in lines for p in curves.split(line)]
    boxes = curves.polyline_bounds(pieces, width / 2)
    apart = gap_mm > width
    return Drawable(
        item,
        polygons(pieces),
        boxes,
        fill=False,
        pen_mm=width,
        extent=_extent(boxes),
        arrays=pieces,
        apart_lines=lines if apart else None,
        apart_mm=gap_mm if apart else 0.0,
    )


def _path_box(path: QPainterPath, pad: float) -> list[float]:
    r = path.boundingRect()
    return [r.left() - pad, r.top() - pad, r.right() + pad, r.bottom() + pad]


def _filled(
    item: SceneItem, paths: list[QPainterPath], pen: float, even_odd: bool = True
) -> Drawable:
    boxes = np.array([_path_box(p, pen / 2) for p in paths]).reshape(-1, 4)
    return Drawable(
        item, list(paths), boxes, fill=True, pen_mm=pen, even_odd=even_odd, extent=_extent(boxes)
    )


def _catmull_rom(points: np.ndarray, closed: bool, per_segment: int = 16) -> np.ndarray:
    """Dense points of a Catmull-Rom spline through ``points``."""
    p = (
        np.vstack((points[-1:], points, points[:2]))
        if closed
        else np.vstack((points[:1], points, points[-1:]))
    )
    t = np.linspace(0.0, 1.0, per_segment, endpoint=False)[:, None]
    t2, t3 = t * t, t * t * t
    out = []
    segments = len(points) if closed else len(points) - 1
    for i in range(segments):
        p0, p1, p2, p3 = p[i], p[i + 1], p[i + 2], p[i + 3]
        out.append(
            0.5
            * (
                2 * p1
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
            )
        )
    end = points[:1] if closed else points[-1:]
    return np.vstack((*out, end))


def _path_item(item: Path) -> Drawable:
    lines = []
    for sub in item.subpaths:
        pts = np.asarray(sub, float)
        if item.smooth and len(pts) >= 3:
            pts = _catmull_rom(pts, item.closed)
        elif item.closed:
            pts = np.vstack((pts, pts[:1]))
        lines.append(pts)
    if not item.filled:
        return _stroked(item, lines, item.stroke_mm)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill if item.even_odd else Qt.FillRule.WindingFill)
    for pts in lines:
        path.addPolygon(polygon(pts))
        path.closeSubpath()
    return _filled(item, [path], item.stroke_mm, item.even_odd)


def _ellipse(item: EllipseItem) -> Drawable:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), item.rx, item.ry)
    path = QTransform().translate(item.cx, item.cy).rotate(item.angle_deg).map(path)
    if item.filled:
        return _filled(item, [path], item.stroke_mm)
    boxes = np.array([_path_box(path, item.stroke_mm / 2)])
    return Drawable(item, [path], boxes, fill=False, pen_mm=item.stroke_mm, extent=_extent(boxes))


def _text(item: Text) -> Drawable:
    path, width, embolden = fonts.text_path(
        item.text,
        item.font,
        size_mm=item.size_mm,
        weight=item.weight,
        letter_spacing_mm=item.letter_spacing_mm,
    )
    shift = {Anchor.START: 0.0, Anchor.MIDDLE: -width / 2, Anchor.END: -width}[item.anchor]
    t = QTransform().translate(item.x, item.y).rotate(item.angle_deg).translate(shift, 0.0)
    return _filled(item, [t.map(path)], embolden, even_odd=False)


def _microprint(item: Microprint) -> Drawable:
    em = fonts.em_for_cap_height(item.font, item.glyph_height_mm, item.weight)
    run = fonts.glyph_run(item.text, item.font, size_mm=em, weight=item.weight)
    pts = np.asarray(item.points, float)
    seg = np.diff(pts, axis=0)
    seg_len = np.hypot(seg[:, 0], seg[:, 1])
    cum = np.concatenate(([0.0], np.cumsum(seg_len)))
    total = float(cum[-1])
    cycle = sum(a for _, a in run)
    paths: list[QPainterPath] = []
    chunk = QPainterPath()
    chunk.setFillRule(Qt.FillRule.WindingFill)
    in_chunk = 0
    s = item.offset_mm
    i = 0
    while run and cycle > 0 and s < total:
        outline, advance = run[i % len(run)]
        if s + advance > total or (not item.repeat and i >= len(run)):
            break
        mid = s + advance / 2
        k = min(int(np.searchsorted(cum, mid, side="right")) - 1, len(seg) - 1)
        if seg_len[k] > 0 and not outline.isEmpty():
            dx, dy = seg[k] / seg_len[k]
            # Place the glyph so its own baseline centre lies on the path at ``mid``.
            px, py = pts[k] + (mid - cum[k]) * np.array([dx, dy])
            angle = math.degrees(math.atan2(dy, dx))
            t = QTransform().translate(px, py).rotate(angle).translate(-advance / 2, 0.0)
            chunk.addPath(t.map(outline))
            in_chunk += 1
            if in_chunk == 12:
                paths.append(chunk)
                chunk = QPainterPath()
                chunk.setFillRule(Qt.FillRule.WindingFill)
                in_chunk = 0
        s += advance
        i += 1
    if in_chunk:
        paths.append(chunk)
    return _filled(item, paths, 0.0, even_odd=False)


def _perforation(item: Perforation) -> Drawable:
    if item.text:
        em = fonts.em_for_cap_height(item.font, item.height_mm, 700)
        path, _, _ = fonts.text_path(item.text, item.font, size_mm=em, weight=700)
        path = QTransform().translate(item.x, item.y).map(path)
        box = path.boundingRect()
        xs = np.arange(box.left() + item.pitch_mm / 2, box.right(), item.pitch_mm)
        ys = np.arange(box.top() + item.pitch_mm / 2, box.bottom(), item.pitch_mm)
        holes = [(x, y) for y in ys for x in xs if path.contains(QPointF(x, y))]
    else:
        holes = list(item.holes)
    holes.sort()
    r = item.hole_mm / 2
    paths = []
    singles = []
    for start in range(0, len(holes), 48):
        p = QPainterPath()
        for x, y in holes[start : start + 48]:
            p.addEllipse(QPointF(x, y), r, r)
            single = QPainterPath()
            single.addEllipse(QPointF(x, y), r, r)
            singles.append(single)
        paths.append(p)
    drawable = _filled(item, paths, 0.0, even_odd=False)
    if len(holes) > 1:
        drawable.fine = _filled(item, singles, 0.0, even_odd=False)
        drawable.fine_gap_mm = _least_distance(np.array(holes, np.float64)) - item.hole_mm
    return drawable


def _least_distance(points: np.ndarray) -> float:
    """The least distance between two of ``points`` (N, 2), in blocks (a few thousand holes)."""
    n = len(points)
    best = math.inf
    for start in range(0, n, 256):
        block = points[start : start + 256]
        d = np.hypot(block[:, None, 0] - points[None, :, 0], block[:, None, 1] - points[None, :, 1])
        d[np.arange(len(block)), start + np.arange(len(block))] = math.inf  # not itself
        best = min(best, float(d.min()))
    return best


def _raster(item: Raster, folder: FilePath | None) -> Drawable:
    image = load_image(folder, item.file)
    box = np.array([[item.x, item.y, item.x + item.width, item.y + item.height]])
    path = QPainterPath()
    path.addRect(QRectF(item.x, item.y, item.width, item.height))
    return Drawable(item, [path], box, fill=True, pen_mm=0.0, image=image, extent=_extent(box))


def load_image(folder: FilePath | None, name: str) -> QImage:
    if folder is None:
        raise SceneAssetError(
            Message("the scene draws {name} but has no folder to read it from", name=repr(name))
        )
    path = folder / name
    # The last gate before Qt opens a file a scene names: inside the specimen's folder, a
    # regular file (a FIFO would hang the renderer), a header within the pack limits.
    reason = image_problem(folder, name)
    if reason:
        raise SceneAssetError(
            Message("{path}: the image the scene draws {reason}", path=str(path), reason=reason)
        )
    image = QImage(str(path))
    if image.isNull():
        raise SceneAssetError(
            Message("{path}: the image the scene draws is missing or unreadable", path=str(path))
        )
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def prepare_item(item: SceneItem, folder: FilePath | None) -> Drawable:
    # RainbowBand is a WaveBand: test it first only where the two differ (they don't here).
    if isinstance(item, Rosette):
        return _stroked(item, curves.rosette_lines(item), item.stroke_mm)
    if isinstance(item, WaveBand | RainbowBand):
        lines = curves.wave_lines(item)
        return _stroked(item, lines, item.stroke_mm, curves.wave_gap_mm(lines))
    if isinstance(item, Border):
        return _stroked(item, curves.border_lines(item), item.stroke_mm)
    if isinstance(item, Fibres):
        return _stroked(item, curves.fibre_lines(item), item.width_mm)
    if isinstance(item, Path):
        return _path_item(item)
    if isinstance(item, EllipseItem):
        return _ellipse(item)
    if isinstance(item, Text):
        return _text(item)
    if isinstance(item, Microprint):
        return _microprint(item)
    if isinstance(item, Perforation):
        return _perforation(item)
    if isinstance(item, Raster):
        return _raster(item, folder)
    raise TypeError(f"cannot draw scene item {type(item).__name__}")


def prepare(scene: Scene, folder: FilePath | None) -> PreparedScene:
    """Cut every item of ``scene`` into indexed pieces (fonts and images read from disk)."""
    ensure_gui()
    return PreparedScene(scene, folder, tuple(prepare_item(it, folder) for it in scene.items))
