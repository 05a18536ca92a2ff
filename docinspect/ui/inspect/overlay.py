"""Annotated regions drawn over the page: outlines with labels, explanations on hover and click."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from docinspect.model.geometry import Ellipse, Polygon, Rect, Shape
from docinspect.model.light import Light
from docinspect.model.region import Region, Role
from docinspect.training.explanation_language import translate_explanation
from docinspect.ui import taxonomy_text
from docinspect.ui.names import light_label

#: Outline colours: security features in cyan, forgery indicators in a warning red.
FEATURE_COLOUR = QColor(0, 200, 230)
INDICATOR_COLOUR = QColor(240, 60, 50)
#: Above the page and the detail tile.
OVERLAY_Z = 10.0


def shape_path(shape: Shape) -> QPainterPath:
    """The region's outline in specimen millimetres."""
    path = QPainterPath()
    if isinstance(shape, Rect):
        path.addRect(QRectF(shape.x, shape.y, shape.width, shape.height))
    elif isinstance(shape, Ellipse):
        path.addEllipse(QPointF(shape.cx, shape.cy), shape.rx, shape.ry)
    elif isinstance(shape, Polygon):
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
        path.closeSubpath()
    return path


def feature_name(feature_id: str) -> str:
    return taxonomy_text.feature_name(feature_id)


def region_text(region: Region) -> str:
    """What a trainee reads about a region: its feature, its role, its explanation."""
    if region.role is Role.REDACTION:
        return QCoreApplication.translate("RegionOverlay", "Redacted: personal data")
    role = (
        QCoreApplication.translate("RegionOverlay", "Forgery indicator")
        if region.role is Role.FORGERY_INDICATOR
        else QCoreApplication.translate("RegionOverlay", "Security feature")
    )
    # The lights by the names the toolbar gives them, in its order ("uv365" is an id).
    lights = ", ".join(light_label(light) for light in Light if light in region.lights)
    lines = [f"{feature_name(region.feature)} — {role}"]
    if region.explanation:
        lines.append(translate_explanation(region.explanation))
    details = QCoreApplication.translate("RegionOverlay", "Seen under: {lights}").format(
        lights=lights or "—"
    )
    if region.min_magnification > 1:
        details += QCoreApplication.translate("RegionOverlay", "; loupe {power:g}× or more").format(
            power=region.min_magnification
        )
    lines.append(details)
    return "\n".join(lines)


class RegionItem(QGraphicsPathItem):
    """One region's outline; hovering shows its explanation, clicking reports it to the view."""

    def __init__(self, region: Region, *, highlighted: bool, dimmed: bool) -> None:
        super().__init__(shape_path(region.shape))
        self.region = region
        self.highlighted = highlighted
        colour = INDICATOR_COLOUR if region.role is Role.FORGERY_INDICATOR else FEATURE_COLOUR
        if dimmed:
            colour = QColor(colour)
            colour.setAlpha(110)
        pen = QPen(colour, 3.5 if highlighted else 2.0)
        pen.setCosmetic(True)  # same width on screen at any zoom
        if region.role is Role.FORGERY_INDICATOR:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        # Outlines only, so the print under them stays visible; a wash marks the highlighted
        # region (feedback) and the one under the cursor.
        self._wash = QColor(colour)
        self._wash.setAlpha(45)
        self._rest_brush = QBrush(self._wash) if highlighted else QBrush(Qt.BrushStyle.NoBrush)
        self.setBrush(self._rest_brush)
        self.setZValue(OVERLAY_Z)
        self.setAcceptHoverEvents(True)
        self.setToolTip(region_text(region))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        bounds = region.shape.bounds()
        label = QGraphicsSimpleTextItem(feature_name(region.feature), self)
        label.setBrush(QBrush(QColor(255, 255, 255)))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        font = label.font()
        font.setPointSizeF(8.5)
        font.setBold(highlighted)
        label.setFont(font)
        label.setPos(bounds.left, bounds.top)
        # A dark plate behind the label keeps it readable over any light's picture.
        text_rect = label.boundingRect()
        plate = QGraphicsRectItem(text_rect.adjusted(-3, -1, 3, 1), label)
        plate.setBrush(
            QBrush(QColor(colour.red() // 3, colour.green() // 3, colour.blue() // 3, 200))
        )
        plate.setPen(QPen(Qt.PenStyle.NoPen))
        plate.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
        label.setPos(bounds.left, bounds.top)
        label.setTransform(label.transform().translate(0, -text_rect.height() - 2))
        self.label = label

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        pen = self.pen()
        pen.setWidthF(pen.widthF() + 1.5)
        self.setPen(pen)
        self.setBrush(QBrush(self._wash))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        pen = self.pen()
        pen.setWidthF(pen.widthF() - 1.5)
        self.setPen(pen)
        self.setBrush(self._rest_brush)
        super().hoverLeaveEvent(event)


def build_region_items(
    regions: Iterable[Region], *, highlight: Iterable[str] = ()
) -> list[RegionItem]:
    """Items for ``regions``; when some ids are highlighted, the others are drawn dimmer."""
    highlight_ids = set(highlight)
    return [
        RegionItem(
            region,
            highlighted=region.id in highlight_ids,
            dimmed=bool(highlight_ids) and region.id not in highlight_ids,
        )
        for region in regions
    ]
