"""The magnifier loupe: renders the small window under the cursor with true detail, and draws it.

The loupe asks the page source for its window at the loupe's own resolution (never a crop of
the page raster, which would magnify pixels, not print). It starts in a worker (stale frames
dropped) and measures: when frames take at most 8 ms (half a 60 Hz frame) of CPU at the 95th
percentile it renders on the GUI thread, so the lens never lags the cursor; one slow frame
(a dense patch, a heavier light, or a busy machine) sends it back to the worker. The decision
counts the render thread's CPU time, not the wall clock: on a loaded 2-core machine a 2 ms frame
in the worker can take 20 ms of wall time waiting for a core, and the hand-over to and from the
worker is itself a few milliseconds the cursor has to wait for.

A new lens (the next practice question's document, the workstation opened again) starts from
the recent frames of the lenses before it: when they were cheap, it goes to the GUI thread
after its warm-up frames and one more measured in the worker, unless that one was slow,
instead of after twelve hand-overs to the worker for every document.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections import deque
from collections.abc import Iterator
from typing import Final

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Viewing
from docinspect.optics import give_way
from docinspect.optics.page_source import DESK_RGB, NoLayerError, PageSource
from docinspect.ui.inspect.lights import missing_text
from docinspect.ui.inspect.rendering import RenderQueue, RenderRequest, RenderResult
from docinspect.ui.names import light_label

#: Budget for a synchronous loupe frame; over it (p95) the loupe renders in a worker.
SYNC_BUDGET_S: Final = 0.008
#: Frames measured before deciding whether synchronous rendering keeps up.
_SAMPLES: Final = 12
_WARM_UP: Final = 2
#: A synchronous frame this slow sends the loupe back to the worker at once.
_TOO_SLOW_S: Final = 3 * SYNC_BUDGET_S
#: CPU times of the recent loupe frames of every lens (same machine, same renderer).
_RECENT: deque[float] = deque(maxlen=_SAMPLES * 4)


def _p95(timings: deque[float]) -> float:
    if not timings:
        return 0.0
    ordered = sorted(timings)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def loupe_window(center_mm: QPointF, px_per_mm: float, radius_px: float) -> Bounds:
    """The square of the page, in mm, that a loupe of ``radius_px`` shows at ``px_per_mm``."""
    half = radius_px / px_per_mm
    return Bounds(
        center_mm.x() - half, center_mm.y() - half, center_mm.x() + half, center_mm.y() + half
    )


class LoupeLens(QObject):
    """Renders loupe frames for one page source; emits ``frame_ready`` when a new one is in."""

    frame_ready = Signal()

    def __init__(self, source: PageSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._queue = RenderQueue(self, pool="loupe")
        self._queue.rendered.connect(self._on_rendered)
        self._timings: deque[float] = deque(maxlen=_SAMPLES * 4)
        #: Render on the GUI thread (True) or in the worker (False); decided by measurement.
        self.synchronous = False
        self.frame: QImage | None = None
        self.frame_missing = False
        self.frame_viewing: Viewing | None = None
        #: The page window (mm) the frame shows.
        self.frame_window: Bounds | None = None
        self._frame_array: np.ndarray | None = None
        self._last_key: tuple | None = None
        self._frames = 0
        #: Render time of the frame on show, wall clock and render thread CPU (benchmarks).
        self.frame_seconds = 0.0
        self.frame_cpu_seconds = 0.0
        #: The frame on show was drawn on the GUI thread (not in the worker).
        self.frame_drawn_here = False

    def close(self) -> None:
        self._queue.close()

    def set_source(self, source: PageSource) -> None:
        """Look at another page of the same size (a booklet's next page): the next request
        draws it, and frames of the old page still drawing are dropped."""
        self._source = source
        self._last_key = None

    def request(
        self,
        viewing: Viewing,
        center_mm: QPointF,
        px_per_mm: float,
        *,
        radius_px: float,
        dpr: float,
    ) -> None:
        """Bring the frame for this position and power up to date (now, or soon in a worker)."""
        device_px_per_mm = px_per_mm * dpr
        side = max(8, round(2 * radius_px * dpr))
        window = loupe_window(center_mm, device_px_per_mm, side / 2)
        key = (
            viewing,
            round(window.left, 4),
            round(window.top, 4),
            round(device_px_per_mm, 4),
            side,
        )
        if key == self._last_key:
            return
        self._last_key = key
        if not self._source.has_light(viewing.light):
            self._set_frame(None, None, missing=True, viewing=viewing)
            return
        # A page drawn ahead that has not reached its pause yet (the loupe has just started
        # moving) may hold Python's lock for the rest of a QPainter call: this frame waits for
        # it in the worker, not on the GUI thread; the next ones, with the page paused, do not.
        if self.synchronous and not give_way.drawing():
            started = time.perf_counter()
            started_cpu = time.thread_time()
            try:
                array = self._source.render(viewing, window, (side, side))
            except NoLayerError:
                self._set_frame(None, None, missing=True, viewing=viewing)
                return
            seconds = time.perf_counter() - started
            self.frame_seconds = seconds
            self.frame_cpu_seconds = time.thread_time() - started_cpu
            self.frame_drawn_here = True
            self._set_frame(
                array, _borrowed_qimage(array), missing=False, viewing=viewing, window=window
            )
            self._measured(self.frame_cpu_seconds)
            if seconds > _TOO_SLOW_S or self.p95() > SYNC_BUDGET_S:
                self.synchronous = False  # the GUI thread must not wait for the next one
        else:
            self._queue.submit(
                "loupe", [RenderRequest(self._source, viewing, window, (side, side))]
            )

    def _measured(self, seconds: float) -> None:
        self._frames += 1
        if self._frames > _WARM_UP:  # the first frames pay one-off costs (loading, preparing)
            self._timings.append(seconds)
            _RECENT.append(seconds)

    def p95(self) -> float:
        """95th percentile of the recent loupe frame render times (CPU), in seconds."""
        return _p95(self._timings)

    def _fast_enough(self) -> bool:
        """True when frames cheap enough to draw on the GUI thread can be expected."""
        if len(self._timings) >= _SAMPLES:
            return self.p95() <= SYNC_BUDGET_S
        # Few frames of its own yet (all of them in the worker, past the warm-up): as the
        # loupe's recent frames went, if none of its own was slower.
        return (
            bool(self._timings)
            and max(self._timings) <= SYNC_BUDGET_S
            and len(_RECENT) >= _SAMPLES
            and _p95(_RECENT) <= SYNC_BUDGET_S
        )

    def wait(self) -> None:
        self._queue.wait()

    def invalidate(self) -> None:
        self._last_key = None

    def _on_rendered(self, result: object) -> None:
        assert isinstance(result, RenderResult)
        if result.request.source is not self._source:
            return  # a frame of the page before a page turn
        self.frame_drawn_here = False
        if result.image is not None:
            self.frame_seconds = result.seconds
            self.frame_cpu_seconds = result.cpu_seconds
            self._measured(result.cpu_seconds)
            if self._fast_enough():
                self.synchronous = True  # fast enough to follow the cursor without a worker
        self._set_frame(
            None,
            result.image,
            missing=result.missing,
            viewing=result.request.viewing,
            window=result.request.window_mm,
        )

    def _set_frame(
        self,
        array: np.ndarray | None,
        image: QImage | None,
        *,
        missing: bool,
        viewing: Viewing,
        window: Bounds | None = None,
    ) -> None:
        self._frame_array = array  # keeps a borrowed QImage's pixels alive
        self.frame = image
        self.frame_missing = missing
        self.frame_viewing = viewing
        self.frame_window = window
        self.frame_ready.emit()


def _borrowed_qimage(array: np.ndarray) -> QImage:
    """A QImage over the array's own pixels (no copy: the loupe keeps the array alive)."""
    data = np.ascontiguousarray(array)
    height, width = data.shape[:2]
    return QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888)


def _nice_step(min_mm: float) -> float:
    for step in (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0):
        if step >= min_mm:
            return step
    return 10.0


def paint_loupe(
    painter: QPainter,
    center: QPointF,
    *,
    center_mm: QPointF,
    backdrop: tuple[QPixmap, float] | None = None,
    radius: float,
    lens: LoupeLens,
    px_per_mm: float,
    power: float,
    reticle: bool,
    lamp: Light | None,
    viewing: Viewing | None = None,
) -> None:
    """Paint the loupe at ``center`` (viewport pixels): the frame, rim, reticle and labels.

    ``viewing`` is how the spot under the lens is lit now; a frame of another light is not
    shown while the page picture (``backdrop``) can stand in for it.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    circle = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
    lens_path = QPainterPath()
    lens_path.addEllipse(circle)
    shadow, rim = _lens_body(center, radius, painter.device().devicePixelRatioF())
    painter.drawPixmap(shadow[0], shadow[1])

    painter.save()
    painter.setClipPath(lens_path)
    # A frame drawn under another light (the light was switched, the new frame is still being
    # drawn) would show, say, the near-black UV picture over a white-lit page: until the fresh
    # frame arrives the lens magnifies the page picture when that shows the right light.
    stale_light = (
        viewing is not None
        and lens.frame_viewing is not None
        and lens.frame_viewing.light is not viewing.light
    )
    if lens.frame_missing and lens.frame_viewing is not None:
        _draw_missing(painter, circle, lens.frame_viewing.light)
    elif lens.frame is not None and not (stale_light and backdrop is not None):
        assert lens.frame is not None
        target = circle
        window = lens.frame_window
        if window is not None:
            # A frame from the worker may be for where the cursor was a moment ago: draw it where
            # that part of the page is, so print stays put under the lens instead of sliding.
            target = QRectF(
                center.x() + (window.left - center_mm.x()) * px_per_mm,
                center.y() + (window.top - center_mm.y()) * px_per_mm,
                window.width * px_per_mm,
                window.height * px_per_mm,
            )
            if target != circle:
                # Until the fresh frame arrives, the sliver the old one does not cover shows the
                # page picture (coarse, for a moment) rather than a black crescent.
                _draw_backdrop(painter, circle, center_mm, radius, px_per_mm, backdrop)
        painter.drawImage(target, lens.frame)
    elif backdrop is not None:
        _draw_backdrop(painter, circle, center_mm, radius, px_per_mm, backdrop)
    else:
        painter.fillRect(circle, QColor(24, 24, 28))
    if reticle:
        _draw_reticle(painter, center, radius, px_per_mm, dark_ground=_is_dark(lens))
    painter.restore()

    painter.drawPixmap(rim[0], rim[1])

    # Power (and the handheld lamp) on a plate under the lens.
    text = f"{power:g}×"
    if lamp is not None:
        text += " · " + QCoreApplication.translate("Loupe", "{light} lamp").format(
            light=light_label(lamp)
        )
    font = QFont(painter.font())
    font.setPointSizeF(9)
    font.setBold(True)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text) + 14
    plate = QRectF(
        center.x() - width / 2,
        center.y() + radius - metrics.height() - 10,
        width,
        metrics.height() + 4,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(20, 20, 24, 190))
    painter.drawRoundedRect(plate, 4, 4)
    painter.setPen(QColor(250, 250, 250))
    painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


#: Pixels around the lens circle that its shadow and rim reach.
_BODY_MARGIN: Final = 14
_bodies: dict[tuple[float, float, float, float], tuple[QPixmap, QPixmap]] = {}


def _lens_body(
    center: QPointF, radius: float, dpr: float
) -> tuple[tuple[QPointF, QPixmap], tuple[QPointF, QPixmap]]:
    """The lens's shadow (drawn under its picture) and rim (over it), each a picture to draw at
    a point. They were five antialiased ellipses per frame, about 3 ms of the GUI thread's
    time for every move of the loupe; now each is drawn once per size and screen."""
    origin = QPointF(math.floor(center.x()), math.floor(center.y()))
    offset = center - origin  # the same sub-pixel place as painting at ``center`` would give
    key = (radius, dpr, offset.x(), offset.y())
    bodies = _bodies.get(key)
    if bodies is None:
        if len(_bodies) > 16:  # sizes, screens: a handful in a session
            _bodies.clear()
        side = 2 * (math.ceil(radius) + _BODY_MARGIN)
        local = QPointF(side / 2, side / 2) + offset
        circle = QRectF(local.x() - radius, local.y() - radius, 2 * radius, 2 * radius)
        shadow, rim = _transparent(side, dpr), _transparent(side, dpr)
        with _painting(shadow) as painter:
            # A soft shadow under the lens lifts it off the page.
            painter.setPen(Qt.PenStyle.NoPen)
            for grow, alpha in ((9, 30), (6, 45), (3, 60)):
                painter.setBrush(QColor(0, 0, 0, alpha))
                painter.drawEllipse(circle.adjusted(-grow + 3, -grow + 4, grow + 3, grow + 4))
        with _painting(rim) as painter:
            # The rim: a dark metal ring with a thin bright edge, like a desk loupe.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(30, 30, 32), 7))
            painter.drawEllipse(circle)
            painter.setPen(QPen(QColor(200, 200, 205), 1.2))
            painter.drawEllipse(circle.adjusted(-3.5, -3.5, 3.5, 3.5))
        bodies = _bodies[key] = (shadow, rim)
    corner = origin - QPointF(bodies[0].width(), bodies[0].height()) / (2 * dpr)
    return (corner, bodies[0]), (corner, bodies[1])


def _transparent(side: int, dpr: float) -> QPixmap:
    pixmap = QPixmap(round(side * dpr), round(side * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


@contextlib.contextmanager
def _painting(pixmap: QPixmap) -> Iterator[QPainter]:
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    try:
        yield painter
    finally:
        painter.end()


def _draw_backdrop(
    painter: QPainter,
    circle: QRectF,
    center_mm: QPointF,
    radius: float,
    px_per_mm: float,
    backdrop: tuple[QPixmap, float] | None,
) -> None:
    """The page picture magnified under the lens (coarse: a stand-in for a moment)."""
    painter.fillRect(circle, QColor(*DESK_RGB))
    if backdrop is None:
        return
    pixmap, page_px_per_mm = backdrop
    half_mm = radius / px_per_mm
    source = QRectF(
        (center_mm.x() - half_mm) * page_px_per_mm,
        (center_mm.y() - half_mm) * page_px_per_mm,
        2 * half_mm * page_px_per_mm,
        2 * half_mm * page_px_per_mm,
    )
    painter.drawPixmap(circle, pixmap, source)


def _draw_missing(painter: QPainter, circle: QRectF, light: Light) -> None:
    painter.fillRect(circle, QColor(24, 24, 28))
    painter.setPen(QColor(235, 235, 235))
    font = QFont(painter.font())
    font.setPointSizeF(10)
    painter.setFont(font)
    painter.drawText(
        circle.adjusted(20, 0, -20, 0),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        missing_text(light),
    )


def _is_dark(lens: LoupeLens) -> bool:
    return lens.frame_viewing is not None and lens.frame_viewing.light in (
        Light.UV365,
        Light.TRANSMITTED,
    )


def _draw_reticle(
    painter: QPainter, center: QPointF, radius: float, px_per_mm: float, *, dark_ground: bool
) -> None:
    """A millimetre scale across the lens: long ticks each mm, short ones at a readable step."""
    colour = QColor(255, 230, 90) if dark_ground else QColor(190, 20, 20)
    painter.setPen(QPen(colour, 1.0))
    painter.drawLine(
        QPointF(center.x() - radius, center.y()), QPointF(center.x() + radius, center.y())
    )
    painter.drawLine(
        QPointF(center.x(), center.y() - radius), QPointF(center.x(), center.y() + radius)
    )
    minor = _nice_step(6.0 / px_per_mm)  # at least 6 px between ticks
    major = 1.0 if minor < 1.0 else minor * 5
    count = int(radius / (minor * px_per_mm))
    for i in range(-count, count + 1):
        offset = i * minor * px_per_mm
        is_major = abs((i * minor) / major - round((i * minor) / major)) < 1e-6
        length = 9.0 if is_major else 4.0
        x = center.x() + offset
        y = center.y() + offset
        painter.drawLine(QPointF(x, center.y() - length), QPointF(x, center.y() + length))
        painter.drawLine(QPointF(center.x() - length, y), QPointF(center.x() + length, y))
    font = QFont(painter.font())
    font.setPointSizeF(8)
    painter.setFont(font)
    label = f"{major:g} mm"
    painter.drawText(QPointF(center.x() + major * px_per_mm + 3, center.y() - 11), label)
