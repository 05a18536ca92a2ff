"""The studio's canvas: a specimen's layer with its regions, drawn and edited with the mouse.

The scene is in millimetres (the page is 0..width_mm x 0..height_mm) and the layer image is
scaled onto it, so shapes go to and from the model without conversion. The canvas never
changes the model itself: it reports a drawn shape (``shape_drawn``) and edited shapes
(``shapes_edited``), and the window turns them into undoable commands.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from docinspect.capture.shapes import MIN_SIDE_MM, fitted, kept_on_page, moved, rect_between
from docinspect.model import Ellipse, Polygon, Rect, Region, Role, Shape, Specimen
from docinspect.ui.inspect.imaging import qimage_from_rgb
from docinspect.ui.inspect.overlay import shape_path


class Tool(StrEnum):
    SELECT = "select"
    RECT = "rect"
    ELLIPSE = "ellipse"
    POLYGON = "polygon"


_FEATURE_COLOUR = QColor(30, 150, 255)
_INDICATOR_COLOUR = QColor(235, 60, 40)
_PERSONAL_COLOUR = QColor(200, 0, 200)
#: Handle size on screen, in pixels.
_HANDLE_PX = 9.0


class RegionItem(QGraphicsPathItem):
    def __init__(self, region: Region) -> None:
        super().__init__(shape_path(region.shape))
        self.region = region
        colour = (
            _PERSONAL_COLOUR
            if region.personal_data
            else _INDICATOR_COLOUR
            if region.role is Role.FORGERY_INDICATOR
            else _FEATURE_COLOUR
        )
        self.colour = colour
        self.set_selected(False)
        self.setZValue(1)

    def set_selected(self, selected: bool) -> None:
        pen = QPen(self.colour, 3.0 if selected else 2.0)
        pen.setCosmetic(True)
        if not selected:
            pen.setStyle(Qt.PenStyle.SolidLine)
        self.setPen(pen)
        fill = QColor(self.colour)
        fill.setAlpha(70 if selected else 35)
        self.setBrush(QBrush(fill))


class StudioCanvas(QGraphicsView):
    """Shows one specimen layer and its regions; draws, selects, moves and resizes regions."""

    #: A new shape was drawn with a drawing tool.
    shape_drawn = Signal(object)
    #: Regions were moved or resized: {region id: new shape}.
    shapes_edited = Signal(object)
    #: The selected region changed ("" for none).
    selection_changed = Signal(str)
    #: Delete was pressed with a region selected.
    delete_requested = Signal(str)
    #: Where the pointer is on the page, in millimetres (for the status bar).
    pointer_moved = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor(60, 62, 66))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.tool = Tool.SELECT
        self._specimen: Specimen | None = None
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._items: dict[str, RegionItem] = {}
        self._handles: list[QGraphicsRectItem] = []
        self._selected = ""
        self._press: QPointF | None = None
        self._drag: str | None = None  # "draw", "move", "resize"
        self._preview: QGraphicsPathItem | None = None
        self._polygon: list[QPointF] = []
        self._resize_anchor: QPointF | None = None
        self._resize_corner = QPointF()
        self._fitted = True

    # --- content ---------------------------------------------------------------------------

    def show_specimen(self, specimen: Specimen | None, pixels: np.ndarray | None) -> None:
        """Show ``pixels`` (the layer to draw on) under ``specimen``'s regions."""
        scene = self.scene()
        same_page = (
            self._specimen is not None
            and specimen is not None
            and self._specimen.id == specimen.id
            and self._specimen.size_mm == specimen.size_mm
        )
        self._cancel_drawing()
        scene.clear()
        self._items.clear()
        self._handles.clear()
        self._pixmap_item = None
        self._specimen = specimen
        if specimen is None:
            return
        w, h = specimen.size_mm
        scene.setSceneRect(QRectF(-2, -2, w + 4, h + 4))
        page = scene.addRect(
            QRectF(0, 0, w, h), QPen(Qt.PenStyle.NoPen), QBrush(QColor(250, 250, 250))
        )
        page.setZValue(-2)
        if pixels is not None:
            item = QGraphicsPixmapItem(QPixmap.fromImage(qimage_from_rgb(pixels)))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item.setScale(w / pixels.shape[1])
            item.setZValue(-1)
            scene.addItem(item)
            self._pixmap_item = item
        for region in specimen.regions:
            region_item = RegionItem(region)
            scene.addItem(region_item)
            self._items[region.id] = region_item
        if self._selected not in self._items:
            self._selected = ""
        self._update_selection_look()
        if not same_page or self._fitted:
            self.fit()

    def fit(self) -> None:
        if self._specimen is not None:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._fitted = True

    @property
    def selected_id(self) -> str:
        return self._selected

    def select(self, region_id: str) -> None:
        if region_id != self._selected:
            self._selected = region_id if region_id in self._items else ""
            self._update_selection_look()
            self.selection_changed.emit(self._selected)

    def set_tool(self, tool: Tool) -> None:
        self._cancel_drawing()
        self.tool = tool
        cursor = Qt.CursorShape.ArrowCursor if tool is Tool.SELECT else Qt.CursorShape.CrossCursor
        self.viewport().setCursor(cursor)

    def region_item(self, region_id: str) -> RegionItem | None:
        return self._items.get(region_id)

    # --- mouse and keys --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._specimen is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = self._page_point(event)
        self._press = point
        if self.tool is Tool.POLYGON:
            self._polygon.append(point)
            self._show_polygon_preview(point)
            return
        if self.tool in (Tool.RECT, Tool.ELLIPSE):
            self._drag = "draw"
            return
        handle = self._handle_at(event)
        if handle is not None:
            bounds = self._items[self._selected].region.shape.bounds()
            corners = [
                QPointF(bounds.right, bounds.bottom),
                QPointF(bounds.left, bounds.bottom),
                QPointF(bounds.left, bounds.top),
                QPointF(bounds.right, bounds.top),
            ]
            self._resize_anchor = corners[handle]
            self._resize_corner = corners[(handle + 2) % 4]
            self._drag = "resize"
            return
        hit = self._region_at(point)
        self.select(hit)
        self._drag = "move" if hit else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._specimen is None:
            super().mouseMoveEvent(event)
            return
        point = self._page_point(event)
        self.pointer_moved.emit(point.x(), point.y())
        if self.tool is Tool.POLYGON and self._polygon:
            self._show_polygon_preview(point)
            return
        if self._press is None or self._drag is None:
            return
        if self._drag == "draw":
            self._show_preview(self._drawn_shape(self._press, point))
        elif self._drag == "move":
            item = self._items[self._selected]
            item.setPos(point - self._press)
            self._place_handles(_shape_rect(item.region.shape).translated(item.pos()))
        elif self._drag == "resize" and self._resize_anchor is not None:
            shape = self._resized_shape(point)
            if shape is not None:
                item = self._items[self._selected]
                item.setPath(shape_path(shape))
                self._place_handles(_shape_rect(shape))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self._specimen is None
            or event.button() != Qt.MouseButton.LeftButton
            or self._press is None
        ):
            super().mouseReleaseEvent(event)
            return
        point = self._page_point(event)
        drag, press = self._drag, self._press
        self._drag = None
        if self.tool is Tool.POLYGON:
            return
        resized = self._resized_shape(point) if drag == "resize" else None
        self._press = None
        if drag == "draw":
            self._clear_preview()
            shape = self._drawn_shape(press, point)
            if shape is not None:
                self.shape_drawn.emit(self._on_page(shape))
        elif drag == "move" and self._selected:
            delta = point - press
            if abs(delta.x()) > 0.05 or abs(delta.y()) > 0.05:
                old = self._items[self._selected].region.shape
                self.shapes_edited.emit(
                    {self._selected: self._on_page(moved(old, delta.x(), delta.y()))}
                )
            else:
                self._items[self._selected].setPos(0, 0)
        elif drag == "resize" and self._selected:
            self._resize_anchor = None
            if resized is not None:
                self.shapes_edited.emit({self._selected: self._on_page(resized)})

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.tool is Tool.POLYGON and len(self._polygon) >= 3:
            self.finish_polygon()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tool is Tool.POLYGON:
            self.finish_polygon()
        elif key == Qt.Key.Key_Escape:
            if self._polygon or self._drag:
                self._cancel_drawing()
            else:
                self.select("")
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            self.delete_requested.emit(self._selected)
        elif key in _ARROWS and self._selected:
            step = 2.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.25
            dx, dy = _ARROWS[key]
            old = self._items[self._selected].region.shape
            self.shapes_edited.emit(
                {self._selected: self._on_page(moved(old, dx * step, dy * step))}
            )
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.0015 ** event.angleDelta().y()
        zoom = self.transform().m11() * factor
        if 0.5 <= zoom <= 400:
            self.scale(factor, factor)
            self._fitted = False
            if self._selected in self._items:
                self._place_handles(_shape_rect(self._items[self._selected].region.shape))

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt's event type
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def finish_polygon(self) -> None:
        """Close the polygon being drawn (Enter or double-click) and report it."""
        points = _dedupe(self._polygon)
        self._cancel_drawing()
        if len(points) >= 3:
            shape = Polygon(tuple((p.x(), p.y()) for p in points))
            b = shape.bounds()
            if b.width >= MIN_SIDE_MM and b.height >= MIN_SIDE_MM:
                self.shape_drawn.emit(self._on_page(shape))

    # --- internals -------------------------------------------------------------------------

    def _page_point(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def _region_at(self, point: QPointF) -> str:
        # Smallest region under the point first, so a small feature inside a large one can be
        # picked.
        best, best_area = "", float("inf")
        for region_id, item in self._items.items():
            shape = item.region.shape
            if shape.contains(point.x(), point.y()):
                b = shape.bounds()
                if b.width * b.height < best_area:
                    best, best_area = region_id, b.width * b.height
        return best

    def _handle_at(self, event: QMouseEvent) -> int | None:
        for index, handle in enumerate(self._handles):
            if handle.sceneBoundingRect().contains(self._page_point(event)):
                return index
        return None

    def _drawn_shape(self, a: QPointF, b: QPointF) -> Shape | None:
        box = rect_between(a.x(), a.y(), b.x(), b.y())
        if box.width < MIN_SIDE_MM or box.height < MIN_SIDE_MM:
            return None
        if self.tool is Tool.ELLIPSE:
            return Ellipse(
                (box.left + box.right) / 2,
                (box.top + box.bottom) / 2,
                box.width / 2,
                box.height / 2,
            )
        return Rect(box.left, box.top, box.width, box.height)

    def _resized_shape(self, point: QPointF) -> Shape | None:
        if self._resize_anchor is None or not self._selected or self._press is None:
            return None
        anchor = self._resize_anchor
        corner = self._resize_corner + (point - self._press)
        box = rect_between(anchor.x(), anchor.y(), corner.x(), corner.y())
        return fitted(self._items[self._selected].region.shape, box)

    def _on_page(self, shape: Shape) -> Shape:
        assert self._specimen is not None
        return kept_on_page(shape, *self._specimen.size_mm)

    def _show_preview(self, shape: Shape | None) -> None:
        if shape is None:
            self._clear_preview()
            return
        if self._preview is None:
            self._preview = QGraphicsPathItem()
            pen = QPen(QColor(255, 200, 0), 2.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._preview.setPen(pen)
            self._preview.setZValue(5)
            self.scene().addItem(self._preview)
        self._preview.setPath(shape_path(shape))

    def _show_polygon_preview(self, pointer: QPointF) -> None:
        path = QPainterPath()
        path.addPolygon(QPolygonF([*self._polygon, pointer]))
        if self._preview is None:
            self._show_preview(Rect(0, 0, 1, 1))
        assert self._preview is not None
        self._preview.setPath(path)

    def _clear_preview(self) -> None:
        if self._preview is not None:
            self.scene().removeItem(self._preview)
            self._preview = None

    def _cancel_drawing(self) -> None:
        self._polygon = []
        self._press = None
        self._drag = None
        self._clear_preview()

    def _update_selection_look(self) -> None:
        for region_id, item in self._items.items():
            item.set_selected(region_id == self._selected)
        for handle in self._handles:
            self.scene().removeItem(handle)
        self._handles = []
        if self._selected in self._items:
            pen = QPen(QColor(255, 255, 255), 1.0)
            pen.setCosmetic(True)
            for _ in range(4):
                handle = self.scene().addRect(QRectF(0, 0, 1, 1), pen, QBrush(QColor(20, 20, 20)))
                handle.setZValue(10)
                self._handles.append(handle)
            self._place_handles(_shape_rect(self._items[self._selected].region.shape))

    def _place_handles(self, rect: QRectF) -> None:
        size = _HANDLE_PX / max(self.transform().m11(), 1e-6)
        corners = [rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()]
        for handle, corner in zip(self._handles, corners, strict=False):
            handle.setRect(QRectF(corner.x() - size / 2, corner.y() - size / 2, size, size))

    def handle_rects(self) -> list[QRectF]:
        """Scene rectangles of the selected region's resize handles (for tests and tools)."""
        return [h.sceneBoundingRect() for h in self._handles]


_ARROWS: Mapping[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def _dedupe(points: list[QPointF]) -> list[QPointF]:
    out: list[QPointF] = []
    for p in points:
        if not out or (p - out[-1]).manhattanLength() > 0.05:
            out.append(p)
    return out


def _shape_rect(shape: Shape) -> QRectF:
    b = shape.bounds()
    return QRectF(b.left, b.top, b.width, b.height)
