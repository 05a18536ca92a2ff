"""The inspection view: the specimen on the desk, lit as the state says, with loupe and regions.

Scene coordinates are millimetres on the specimen; zoom is the view transform (logical screen
pixels per millimetre), clamped by the state. The page picture is rendered in a worker at the
view's resolution and cached per (light, tilt, direction, scale); the other lights are rendered
ahead so that switching light shows a cached picture at once. When zoomed in past the page
picture's resolution, the visible window is rendered again at full detail.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from html import escape
from typing import Final

from PySide6.QtCore import QElapsedTimer, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap, QRegion, QTransform
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QWidget,
)

from docinspect.model.geometry import Bounds
from docinspect.model.light import ALL_LIGHTS, Light, Viewing
from docinspect.model.region import Region
from docinspect.optics.page_source import DESK_RGB, PageSource
from docinspect.ui.inspect.calibration import screen_px_per_mm
from docinspect.ui.inspect.desk import PageItem, draw_scale_bar
from docinspect.ui.inspect.lights import missing_text
from docinspect.ui.inspect.loupe import LoupeLens, paint_loupe
from docinspect.ui.inspect.overlay import RegionItem, build_region_items
from docinspect.ui.inspect.rendering import (
    ImageCache,
    RenderQueue,
    RenderRequest,
    RenderResult,
    hold_for_loupe,
)
from docinspect.ui.inspect.state import MAX_ZOOM, MIN_ZOOM, InspectionState, clamp
from docinspect.ui.names import light_label

#: Longest side of a full-page picture, in device pixels; finer detail comes from the window.
MAX_PAGE_PX: Final = 4096
#: Empty space around the page when fitted, in logical pixels.
FIT_PADDING_PX: Final = 18
#: Wait this long after the last zoom or pan before rendering the visible window in detail.
DETAIL_DELAY_MS: Final = 70
#: Wait this long after the page settles before rendering the other lights ahead.
AHEAD_DELAY_MS: Final = 150
#: ... and this long after the loupe last moved: a whole-page render competes with the loupe's
#: frames for the two cores (and Python's lock), and the lens under the cursor matters more.
LOUPE_REST_MS: Final = 400
#: A whole page already drawing ahead when the loupe moves cannot be stopped; it pauses
#: between its stages until the loupe has not moved for this long (``optics.give_way``).
LOUPE_GIVE_WAY_S: Final = 0.15
#: Pages of a booklet whose pictures are kept besides the page on show: the page before, the
#: page after (drawn ahead) and the page last left.
KEPT_PAGES: Final = 3


class InspectionView(QGraphicsView):
    """One specimen under the state's light; observes an InspectionState (shared in compare)."""

    #: A region of the overlay was clicked (None: a click outside every region).
    region_clicked = Signal(object)
    #: Zoom, light or availability changed: the window's status line should refresh.
    status_changed = Signal()
    #: The picture for the current viewing is on screen (tests and benchmarks wait for it).
    page_shown = Signal()
    #: Some picture of the page is on the desk (perhaps at a provisional scale): the user sees it.
    picture_shown = Signal()

    def __init__(
        self,
        source: PageSource,
        state: InspectionState,
        parent: QWidget | None = None,
        *,
        render_ahead: bool = True,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._state = state
        self._render_ahead = render_ahead
        specimen = source.specimen
        self._page_mm = QRectF(0.0, 0.0, specimen.width_mm, specimen.height_mm)

        scene = QGraphicsScene(self)
        scene.setBackgroundBrush(QColor(*DESK_RGB))
        margin = 0.08 * max(specimen.width_mm, specimen.height_mm)
        scene.setSceneRect(self._page_mm.adjusted(-margin, -margin, margin, margin))
        self.setScene(scene)
        self._page_item = PageItem()
        self._page_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._page_item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        scene.addItem(self._page_item)
        self._detail_item = QGraphicsPixmapItem()
        self._detail_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._detail_item.setZValue(1.0)
        self._detail_item.setVisible(False)
        scene.addItem(self._detail_item)
        self._region_items: list[RegionItem] = []
        #: Move labels that would cover one another (presenter mode places its own).
        self.separate_labels = True

        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Pan by dragging the page, as on a desk; scroll bars would only take room.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        # The loupe and scale bar are painted in viewport pixels over the scene; scrolling by
        # blitting would smear them, so every update repaints the viewport.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.viewport().setMouseTracking(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._message = QLabel(self)
        self._message.setObjectName("missingLayerMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet(
            "QLabel { background: rgba(15, 15, 18, 225); color: #f2f2f2; border: 1px solid #888;"
            " border-radius: 8px; padding: 14px 22px; font-size: 15pt; }"
        )
        self._message.setVisible(False)
        self._message.setTextFormat(Qt.TextFormat.RichText)
        self._notice = ""
        self._drawing = False  # the notice says the first picture is being drawn

        self._screen_px_per_mm = screen_px_per_mm(self.screen())
        # A stale page-ahead picture that was already drawing is still worth caching.
        self._queue = RenderQueue(
            self, keep_stale=("page", "ahead", "pages"), deferrable=("ahead", "pages")
        )
        self._queue.rendered.connect(self._on_rendered)
        # A few screens of pictures per view (5 lights at a couple of zooms), not gigabytes.
        self._cache = ImageCache(max_pixels=30_000_000)
        #: Pictures of the pages shown before a page turn (a booklet's), newest last, so that
        #: paging back is as quick as a light switch.
        self._page_caches: dict[int, tuple[PageSource, ImageCache]] = {}
        self._pages_ahead: list[tuple[int, Hashable]] = []
        self._missing: set[Light] = set()
        self._shown_key: Hashable | None = None
        self._wanted_key: Hashable | None = None
        self._detail_key: Hashable | None = None
        self._applying = False
        self._closed = False
        self._painted_loupe: QRect | None = None
        self._user_panning = False
        self._lens = LoupeLens(source, self)
        self._lens.frame_ready.connect(self._on_loupe_frame)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._request_detail)
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(AHEAD_DELAY_MS)
        self._ahead_timer.timeout.connect(self._start_ahead)
        self._ahead_pending = False  # page-ahead jobs submitted and perhaps not all drawn
        self._loupe_moved = QElapsedTimer()

        state.add_fit_scale(self._visible_fit_px_per_mm)
        state.viewing_changed.connect(self._on_viewing_changed)
        state.view_changed.connect(self._apply_view)
        state.loupe_changed.connect(self._on_loupe_changed)
        state.changed.connect(self._on_state_changed)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- public API --------------------------------------------------------------------------
    @property
    def source(self) -> PageSource:
        return self._source

    @property
    def state(self) -> InspectionState:
        return self._state

    @property
    def lens(self) -> LoupeLens:
        return self._lens

    def page_pixmap(self) -> QPixmap:
        """The page picture on screen (empty while none is shown)."""
        return self._page_item.pixmap() if self._page_item.isVisible() else QPixmap()

    def shown_viewing(self) -> Viewing | None:
        """The viewing the page picture on screen was rendered for."""
        return None if self._shown_key is None else self._shown_key[0]  # type: ignore[index]

    def is_provisional(self) -> bool:
        """True while the page shows a stand-in (another scale) until its own picture arrives."""
        return self._shown_key != self._wanted_key

    def has_picture(self, light: Light) -> bool:
        """True when the page under ``light`` (current tilt, zoom) is ready to show at once."""
        viewing = self._state.viewing_for(light)
        return self._page_key(viewing, self._page_scale(light)) in self._cache

    def set_source(self, source: PageSource) -> None:
        """Show another page of the same document (a booklet's page, the same size): light,
        tilt, zoom, loupe and position stay as they are; the regions are the caller's."""
        if source is self._source:
            return
        kept = self._page_caches.pop(id(source), None)
        self._keep_page(self._source, self._cache)
        self._source = source
        self._cache = kept[1] if kept else ImageCache(max_pixels=30_000_000)
        self._queue.cancel("ahead")
        self._missing = set()
        self._shown_key = self._wanted_key = self._detail_key = None
        self._detail_item.setVisible(False)
        self._lens.set_source(source)
        self._refresh_page()
        self._update_loupe()
        self.status_changed.emit()

    def render_page_ahead(self, sources: list[PageSource]) -> None:
        """Soon draw other pages of the same size under the current viewing (a booklet's
        neighbours of the page on show), so that turning to one is as quick as a light switch."""
        if self._closed or not self._render_ahead:
            return
        viewing = self._state.viewing()
        requests = []
        for source in sources:
            if source is self._source or not source.has_light(viewing.light):
                continue
            kept = self._page_caches.get(id(source))
            cache = kept[1] if kept else ImageCache(max_pixels=30_000_000)
            self._keep_page(source, cache)
            scale = self._page_scale(viewing.light)
            request = self._page_request(viewing, scale, source)
            if request.tag not in cache:
                requests.append(request)
        wanted = [(id(r.source), r.tag) for r in requests]
        if requests and wanted != self._pages_ahead:  # not again while they are drawing
            self._queue.submit("pages", requests, priority=0)
        self._pages_ahead = wanted

    def _keep_page(self, source: PageSource, cache: ImageCache) -> None:
        self._page_caches.pop(id(source), None)
        self._page_caches[id(source)] = (source, cache)
        while len(self._page_caches) > KEPT_PAGES:
            self._page_caches.pop(next(iter(self._page_caches)))

    def set_render_ahead(self, on: bool) -> None:
        """Render the other lights in the background after the current one (on by default)."""
        self._render_ahead = on
        if not on:
            self._queue.cancel("ahead")
            self._queue.cancel("pages")

    def refresh(self) -> None:
        """Show the current viewing again (from the cache, or render it)."""
        self._refresh_page()

    def missing_message(self) -> str:
        """The notice over the view when the light has no image, or '' when there is none."""
        return self._notice if not self._message.isHidden() and not self._drawing else ""

    def zoom(self) -> float:
        """The page's size on screen as a multiple of its physical size (1 = actual size)."""
        return self.px_per_mm() / self._screen_px_per_mm

    def px_per_mm(self) -> float:
        """Logical screen pixels per specimen millimetre (the view's zoom)."""
        return self.transform().m11()

    def screen_px_per_mm(self) -> float:
        return self._screen_px_per_mm

    def set_screen_px_per_mm(self, value: float) -> None:
        """Use a new 1:1 calibration (pixels per mm of this screen)."""
        self._screen_px_per_mm = value
        self._apply_view()

    def show_regions(self, regions: Iterable[Region], *, highlight: Iterable[str] = ()) -> None:
        """Draw ``regions`` as outlines with labels (visible while the state's overlay is on).

        Regions whose ids are in ``highlight`` are drawn bold, the others dimmer: feedback after
        an answer highlights what the trainee should have found.
        """
        self.clear_regions()
        self._region_items = build_region_items(regions, highlight=highlight)
        for item in self._region_items:
            self.scene().addItem(item)
        self._update_regions()

    def _update_regions(self) -> None:
        """Show the regions that can be seen under the current light (and any highlighted one),
        while the overlay is on and there is a picture to draw them on."""
        show = self._state.overlay and self._message.isHidden()
        light = self._state.light
        for item in self._region_items:
            item.setVisible(show and (item.highlighted or light in item.region.lights))
        self._separate_labels()

    def _separate_labels(self) -> None:
        """A label sits above its region's top-left corner; where labels would cover one
        another (regions that start at the same place: the photo and its frame, the data zone
        and the rainbow print), a later one goes inside its region's corner, then lower.
        Labels keep their size on screen while the page zooms, so this runs on every zoom."""
        if not self.separate_labels:
            return
        to_view = self.viewportTransform()
        shown = [item for item in self._region_items if item.isVisible()]
        shown.sort(key=lambda item: (item.label.scenePos().y(), item.label.scenePos().x()))
        placed: list[QRectF] = []
        right_edge = self.viewport().width() - 2
        for item in shown:
            label = item.label
            height = label.boundingRect().height()
            offsets = [-height - 2] + [3 + k * (height + 3) for k in range(len(shown))]
            for dy in offsets:
                dx = 3.0 if dy > 0 else 0.0
                label.setTransform(QTransform().translate(dx, dy))
                box = label.deviceTransform(to_view).mapRect(label.boundingRect())
                if box.right() + 3 > right_edge:  # a region at the right edge: label leftwards
                    dx -= box.right() + 3 - right_edge
                    label.setTransform(QTransform().translate(dx, dy))
                    box = label.deviceTransform(to_view).mapRect(label.boundingRect())
                box = box.adjusted(-3, -1, 3, 1)  # the plate behind the text
                if not any(box.intersects(other) for other in placed):
                    break
            placed.append(box)

    def clear_regions(self) -> None:
        for item in self._region_items:
            self.scene().removeItem(item)
        self._region_items = []

    def region_items(self) -> list[RegionItem]:
        return list(self._region_items)

    def wait_for_renders(self) -> None:
        """Block until queued renders are done (tests and benchmarks; never in the app)."""
        self._queue.wait()
        self._lens.wait()

    def close_renderers(self) -> None:
        """Stop the render threads; the view shows what it has and renders nothing more."""
        if not self._closed:
            self._closed = True
            self._state.remove_fit_scale(self._visible_fit_px_per_mm)
            self._detail_timer.stop()
            self._ahead_timer.stop()
            self._queue.close()
            self._lens.close()

    # -- zoom and pan ------------------------------------------------------------------------
    def fit_px_per_mm(self) -> float:
        viewport = self.viewport().size()
        width = max(viewport.width() - 2 * FIT_PADDING_PX, 40)
        height = max(viewport.height() - 2 * FIT_PADDING_PX, 40)
        return min(width / self._page_mm.width(), height / self._page_mm.height())

    def _visible_fit_px_per_mm(self) -> float | None:
        return self.fit_px_per_mm() if self.isVisible() and not self._closed else None

    def _apply_view(self) -> None:
        """Bring the transform and centre in line with the state."""
        if self._closed:
            return
        state = self._state
        if state.fit:
            # Each view fits itself; writing the fit back to a shared state would make two
            # compared views of slightly different sizes correct each other for ever.
            scale = state.fit_px_per_mm() or self.fit_px_per_mm()
        else:
            scale = state.zoom * self._screen_px_per_mm
        self._applying = True
        try:
            self.setTransform(QTransform.fromScale(scale, scale))
            center = state.center_mm
            self.centerOn(center if center is not None else self._page_mm.center())
        finally:
            self._applying = False
        self._refresh_page()
        self._schedule_detail()
        self._update_loupe()
        self._separate_labels()
        self.viewport().update()
        self.status_changed.emit()

    def _on_scrolled(self) -> None:
        # Only the user's panning (a drag, or the arrow keys) moves the shared centre; Qt also
        # nudges the scroll bars while the window is laid out, and that must not stick.
        if self._applying or self._closed or not self._user_panning:
            return
        center = self.mapToScene(self.viewport().rect().center())
        self._state.set_center(QPointF(center))
        self._schedule_detail()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the page point under ``anchor`` (viewport px) in place."""
        state = self._state
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        old_scale = self.px_per_mm()
        new_zoom = self.zoom() * factor
        new_zoom = clamp(new_zoom, MIN_ZOOM, MAX_ZOOM)
        new_scale = new_zoom * self._screen_px_per_mm
        # Keep ``before`` under the anchor: the centre moves towards it by the zoom ratio.
        center = self.mapToScene(self.viewport().rect().center())
        ratio = old_scale / new_scale
        new_center = QPointF(
            before.x() + (center.x() - before.x()) * ratio,
            before.y() + (center.y() - before.y()) * ratio,
        )
        state.blockSignals(True)
        try:
            state.set_center(new_center)
        finally:
            state.blockSignals(False)
        state.set_zoom(new_zoom)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API)
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._state.step_loupe_power(1 if steps > 0 else -1)
        else:
            self.zoom_by(1.25**steps, event.position())
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._place_message()
        self._apply_view()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._apply_view()

    # -- page pictures -----------------------------------------------------------------------
    def _page_scale(self, light: Light) -> float:
        """Device pixels per mm for the full-page picture under ``light``."""
        dpr = self.devicePixelRatioF()
        wanted = self.px_per_mm() * dpr
        cap = MAX_PAGE_PX / max(self._page_mm.width(), self._page_mm.height())
        # Zoomed in past the fit, the whole page stays at the fit's resolution (one picture per
        # light, cached, so switching light stays instant) and the visible window is rendered
        # in detail over it.
        fit = self._state.fit_px_per_mm() or self.fit_px_per_mm()
        cap = min(cap, fit * dpr)
        native = self._source.max_px_per_mm(light)
        if native is not None:
            cap = min(cap, native)
        # At the view's own resolution (rounded only against float noise), so the picture is
        # blitted 1:1; past the cap the detail window takes over.
        return round(min(wanted, cap), 4)

    def _page_key(
        self, viewing: Viewing, scale: float, source: PageSource | None = None
    ) -> tuple[Viewing, float]:
        # A captured layer does not change with tilt or direction: one picture serves them all.
        if (source or self._source).max_px_per_mm(viewing.light) is not None:
            viewing = Viewing(viewing.light)
        elif viewing.light is not Light.OBLIQUE:
            viewing = Viewing(viewing.light, viewing.tilt_deg, tilt_away_deg=viewing.tilt_away_deg)
        return (viewing, round(scale, 6))

    def _page_request(
        self, viewing: Viewing, scale: float, source: PageSource | None = None
    ) -> RenderRequest:
        size = (
            max(1, round(self._page_mm.width() * scale)),
            max(1, round(self._page_mm.height() * scale)),
        )
        window = Bounds(0.0, 0.0, self._page_mm.width(), self._page_mm.height())
        source = source or self._source
        return RenderRequest(
            source, viewing, window, size, tag=self._page_key(viewing, scale, source)
        )

    def _refresh_page(self) -> None:
        """Show the cached picture for the current viewing, or ask the worker for it."""
        if self._closed or self.viewport().width() < 2:
            return
        viewing = self._state.viewing()
        if viewing.light in self._missing or not self._source.has_light(viewing.light):
            self._show_missing(viewing.light)
            return
        self._hide_missing()
        scale = self._page_scale(viewing.light)
        key = self._page_key(viewing, scale)
        self._wanted_key = key
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._show_page(key, pixmap)
            self._render_others_ahead(viewing, scale)
            return
        # Meanwhile keep the nearest picture of the same viewing, if another scale is cached.
        same = self._cache.keys_matching(lambda k: k[0] == key[0])  # type: ignore[index]
        if same:
            nearest = min(same, key=lambda k: abs(math.log(k[1] / scale)))  # type: ignore[index]
            self._show_page(nearest, self._cache.get(nearest), final=False)
        elif self._shown_key is None:
            # A new document takes seconds to draw: say so rather than show an empty desk.
            self._show_notice(self.tr("Drawing the document…"))
            self._drawing = True
        self._queue.submit("page", [self._page_request(viewing, scale)], priority=2)

    def _render_others_ahead(self, viewing: Viewing, scale: float) -> None:
        """Soon render the other lights at this tilt and zoom, once the view is settled."""
        # While the tilt slider or the wheel is moving, rendering five lights per step would
        # keep the render thread busy with pictures nobody looks at.
        self._queue.cancel("ahead")
        self._ahead_pending = False
        if self._render_ahead:
            self._ahead_timer.start(AHEAD_DELAY_MS)

    def _start_ahead(self) -> None:
        if self._closed or not self._render_ahead:
            return
        if self._loupe_moving():
            self._ahead_timer.start(LOUPE_REST_MS)
            return
        requests = []
        for light in ALL_LIGHTS:
            other = self._state.viewing_for(light)
            if light in self._missing or not self._source.has_light(light):
                continue
            other_scale = self._page_scale(light)
            if self._page_key(other, other_scale) not in self._cache:
                requests.append(self._page_request(other, other_scale))
        if requests:
            self._queue.submit("ahead", requests, priority=0)
            self._ahead_pending = True

    def _show_page(self, key: Hashable, pixmap: QPixmap, *, final: bool = True) -> None:
        if self._drawing:
            self._hide_missing()
        scale = key[1]  # type: ignore[index]
        self._page_item.setPixmap(pixmap)
        self._page_item.setScale(1.0 / scale)
        self._page_item.setVisible(True)
        self.picture_shown.emit()
        if self._shown_key is None or self._shown_key[0] != key[0]:  # type: ignore[index]
            self._detail_item.setVisible(False)  # it shows the old light or tilt
        self._shown_key = key
        if final:
            self._schedule_detail()
            self.page_shown.emit()

    def _on_rendered(self, result: object) -> None:
        assert isinstance(result, RenderResult)
        if self._closed:
            return
        request = result.request
        if request.source is not self._source:
            # Drawn for a page turned away from: keep it with that page's pictures.
            kept = self._page_caches.get(id(request.source))
            if kept is not None and result.image is not None and result.group != "detail":
                pixmap = QPixmap.fromImage(result.image)
                kept[1].put(request.tag, pixmap, pixmap.width() * pixmap.height())
            return
        if result.group == "detail":
            self._on_detail(result)
            return
        if result.missing:
            self._missing.add(request.viewing.light)
            if request.viewing.light is self._state.light:
                self._show_missing(request.viewing.light)
            return
        if result.image is None:
            if result.error and request.tag == self._wanted_key:
                # A broken scene or an unreadable scan: say why instead of showing nothing.
                self._show_notice(
                    self.tr("This specimen cannot be drawn under this light: {reason}").format(
                        reason=result.error
                    )
                )
            return
        pixmap = QPixmap.fromImage(result.image)
        self._cache.put(request.tag, pixmap, pixmap.width() * pixmap.height())
        if request.tag == self._wanted_key:
            self._show_page(request.tag, pixmap)
            self._render_others_ahead(self._state.viewing(), request.tag[1])  # type: ignore[index]
        elif (
            self._wanted_key is not None
            and request.tag[0] == self._wanted_key[0]  # type: ignore[index]
            and (self._shown_key is None or self._shown_key[0] != request.tag[0])  # type: ignore[index]
        ):
            # The view was resized while this picture rendered (a window settling its layout):
            # show it, scaled, rather than an empty desk until the exact size is drawn.
            self._show_page(request.tag, pixmap, final=False)

    def _show_missing(self, light: Light) -> None:
        available = [light_label(x) for x in ALL_LIGHTS if self._source.has_light(x)]
        hint = (
            self.tr("Shown under: {lights}").format(lights=", ".join(available))
            if available
            else ""
        )
        self._show_notice(missing_text(light), hint)

    def _show_notice(self, text: str, hint: str = "") -> None:
        """Hide the page and say ``text`` (and a smaller ``hint``) over the empty desk."""
        self._drawing = False
        self._page_item.setVisible(False)
        self._detail_item.setVisible(False)
        self._shown_key = None
        self._notice = text
        html = f"<b>{escape(text)}</b>"
        if hint:
            html += f"<br><span style='font-size: 11pt; color: #c8c8c8'>{escape(hint)}</span>"
        self._message.setText(html)
        self._message.setVisible(True)
        self._update_regions()
        self._place_message()
        self.status_changed.emit()

    def _hide_missing(self) -> None:
        self._drawing = False
        if not self._message.isHidden():
            self._message.setVisible(False)
            self._update_regions()
            self.status_changed.emit()

    def _place_message(self) -> None:
        # As wide as the sentence needs (a word-wrapped label would otherwise pick a narrow
        # width and break a short notice over two lines), never wider than the view.
        metrics = self._message.fontMetrics()
        wanted = int(metrics.horizontalAdvance(self._notice) * 1.15) + 60
        width = min(wanted, max(self.width() - 40, 100))
        self._message.resize(width, self._message.heightForWidth(width))
        self._message.move(
            (self.width() - width) // 2, (self.height() - self._message.height()) // 2
        )

    # -- detail window -----------------------------------------------------------------------
    def _schedule_detail(self) -> None:
        if not self._closed:
            self._detail_timer.start()

    def _request_detail(self) -> None:
        """Render the visible window at the view's full resolution when the page picture is coarser."""
        if self._closed or self._shown_key is None:
            return
        viewing = self._state.viewing()
        device_scale = self.px_per_mm() * self.devicePixelRatioF()
        page_scale = self._shown_key[1]  # type: ignore[index]
        native = self._source.max_px_per_mm(viewing.light)
        if native is not None:
            device_scale = min(device_scale, native)
        if device_scale <= page_scale * 1.15:
            self._detail_item.setVisible(False)
            self._queue.cancel("detail")
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        area = visible.intersected(self._page_mm)
        if area.isEmpty():
            return
        window = Bounds(area.left(), area.top(), area.right(), area.bottom())
        size = (
            max(1, round(area.width() * device_scale)),
            max(1, round(area.height() * device_scale)),
        )
        key = (self._page_key(viewing, page_scale)[0], window, round(device_scale, 6))
        if key == self._detail_key and self._detail_item.isVisible():
            return
        self._queue.submit(
            "detail", [RenderRequest(self._source, viewing, window, size, tag=key)], priority=1
        )

    def _on_detail(self, result: RenderResult) -> None:
        if result.image is None:
            return
        viewing_key, window, device_scale = result.request.tag  # type: ignore[misc]
        if self._shown_key is None or viewing_key != self._shown_key[0]:  # type: ignore[index]
            return
        self._detail_key = result.request.tag
        self._detail_item.setPixmap(QPixmap.fromImage(result.image))
        self._detail_item.setScale(1.0 / device_scale)
        self._detail_item.setPos(window.left, window.top)
        self._detail_item.setVisible(True)

    # -- state changes -----------------------------------------------------------------------
    def _on_viewing_changed(self) -> None:
        self._refresh_page()
        self.status_changed.emit()

    def _on_state_changed(self, name: str) -> None:
        if name in ("overlay", "light"):
            self._update_regions()
        if name == "loupe":
            # The lens marks where the cursor is; the pointer itself would hide the very spot
            # under inspection in the middle of the lens.
            self.viewport().setCursor(
                Qt.CursorShape.BlankCursor
                if self._state.loupe_enabled
                else Qt.CursorShape.OpenHandCursor
            )
            if not self._state.loupe_enabled:
                self.viewport().update()

    # -- loupe -------------------------------------------------------------------------------
    def loupe_radius_px(self) -> float:
        """Radius of the loupe on screen, in logical pixels (the state's loupe size)."""
        return self._state.loupe_size.radius_px

    def loupe_px_per_mm(self) -> float:
        """Logical pixels per mm inside the loupe: its power times the page's zoom."""
        return self._state.loupe_power * self.px_per_mm()

    def _on_loupe_changed(self) -> None:
        self._update_loupe()
        self._repaint_loupe()

    def _loupe_rect(self) -> QRect | None:
        """Where the loupe is drawn now, in viewport pixels (with its shadow and label)."""
        pos = self._state.loupe_pos_mm
        if not self._state.loupe_enabled or pos is None:
            return None
        centre = self.mapFromScene(pos)
        reach = round(self.loupe_radius_px()) + 16
        return QRect(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)

    def _repaint_loupe(self) -> None:
        # Only where the lens was and is: repainting the whole screen per mouse move would
        # cost more than the lens itself.
        rect = self._loupe_rect()
        dirty = QRegion()
        for r in (self._painted_loupe, rect):
            if r is not None:
                dirty = dirty.united(r)
        self._painted_loupe = rect
        if not dirty.isEmpty():
            self.viewport().update(dirty)

    def _loupe_moving(self) -> bool:
        return self._loupe_moved.isValid() and self._loupe_moved.elapsed() < LOUPE_REST_MS

    def _hold_ahead_for_loupe(self) -> None:
        """While the loupe moves, the other lights wait: their page renders would slow it."""
        self._loupe_moved.start()
        hold_for_loupe(LOUPE_GIVE_WAY_S)  # the one drawing now pauses between its stages
        if self._ahead_pending:
            self._queue.cancel("ahead")  # jobs not started yet; a running one still lands
            self._ahead_pending = False
            self._ahead_timer.start(LOUPE_REST_MS)

    def _update_loupe(self) -> None:
        state = self._state
        pos = state.loupe_pos_mm
        if self._closed or not state.loupe_enabled or pos is None:
            return
        self._hold_ahead_for_loupe()
        self._lens.request(
            state.loupe_viewing(),
            pos,
            self.loupe_px_per_mm(),
            radius_px=self.loupe_radius_px(),
            dpr=self.devicePixelRatioF(),
        )

    def _on_loupe_frame(self) -> None:
        self._repaint_loupe()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseMoveEvent(event)
        if self._state.loupe_enabled:
            self._state.set_loupe_pos(QPointF(self.mapToScene(event.position().toPoint())))

    def move_loupe_to(self, pos_mm: QPointF) -> None:
        """Put the loupe over a point of the page (what a mouse move does)."""
        self._state.set_loupe_pos(pos_mm)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().leaveEvent(event)
        self._state.set_loupe_pos(None)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._user_panning = True
            if self._state.overlay:
                item = self._region_at(event.position().toPoint())
                # None: a click beside every region puts the explanation away.
                self.region_clicked.emit(item.region if item is not None else None)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._user_panning = False

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._user_panning = True  # the arrow keys scroll the page
        try:
            super().keyPressEvent(event)
        finally:
            self._user_panning = False

    def _region_at(self, point) -> RegionItem | None:
        for item in self.items(point):
            while item is not None and not isinstance(item, RegionItem):
                item = item.parentItem()
            if isinstance(item, RegionItem):
                return item
        return None

    # -- painting over the scene -------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt API)
        super().drawForeground(painter, rect)
        painter.save()
        painter.resetTransform()
        if self._message.isHidden():  # no page, no scale
            draw_scale_bar(painter, self.px_per_mm(), self.viewport().height())
        state = self._state
        pos = state.loupe_pos_mm
        if state.loupe_enabled and pos is not None and not self._message.isVisible():
            self._painted_loupe = self._loupe_rect()
            paint_loupe(
                painter,
                QPointF(self.mapFromScene(pos)),
                center_mm=pos,
                backdrop=self._loupe_backdrop(),
                radius=self.loupe_radius_px(),
                lens=self._lens,
                px_per_mm=self.loupe_px_per_mm(),
                power=state.loupe_power,
                reticle=state.reticle,
                lamp=state.loupe_light,
                viewing=state.loupe_viewing(),
            )
        painter.restore()

    def _loupe_backdrop(self) -> tuple[QPixmap, float] | None:
        """The page picture and its px/mm, when it shows the light the loupe shows."""
        shown = self.shown_viewing()
        if shown is None or self._shown_key is None:
            return None
        if shown.light is not self._state.loupe_viewing().light:
            return None  # a handheld lamp: the page picture is the wrong light
        return self._page_item.pixmap(), self._shown_key[1]  # type: ignore[index]
