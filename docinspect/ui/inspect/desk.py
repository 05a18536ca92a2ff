"""What lies on the desk besides the loupe: the page picture and the millimetre scale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem


class PageItem(QGraphicsPixmapItem):
    """The page picture. When it is shown at its own resolution it is blitted, not resampled:
    a smooth-scaled repaint of a full screen costs tens of milliseconds, a blit a few."""

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001 (Qt API)
        t = painter.worldTransform()
        if (
            abs(t.m11() - 1.0) < 2e-3
            and abs(t.m22() - 1.0) < 2e-3
            and abs(t.m12()) < 1e-9
            and abs(t.m21()) < 1e-9
        ):
            painter.save()
            painter.setWorldTransform(QTransform.fromTranslate(round(t.dx()), round(t.dy())))
            painter.drawPixmap(0, 0, self.pixmap())
            painter.restore()
        else:
            super().paint(painter, option, widget)


def draw_scale_bar(painter: QPainter, px_per_mm: float, viewport_height: int) -> None:
    """A millimetre scale in the bottom-left corner (viewport pixels), 60-160 px long."""
    if px_per_mm <= 0:
        return
    length_mm = 1.0
    for candidate in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100):
        length_mm = candidate
        if candidate * px_per_mm >= 60:
            break
    length_px = length_mm * px_per_mm
    x0 = 16.0
    y0 = viewport_height - 18.0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QRectF(x0 - 8, y0 - 26, length_px + 16, 34), QColor(0, 0, 0, 150))
    painter.setPen(QPen(QColor(255, 255, 255), 2))
    painter.drawLine(QPointF(x0, y0), QPointF(x0 + length_px, y0))
    painter.drawLine(QPointF(x0, y0 - 5), QPointF(x0, y0 + 3))
    painter.drawLine(QPointF(x0 + length_px, y0 - 5), QPointF(x0 + length_px, y0 + 3))
    font = QFont(painter.font())
    font.setPointSizeF(9)
    painter.setFont(font)
    painter.drawText(
        QRectF(x0, y0 - 24, length_px, 18),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("InspectionView", "{mm} mm").format(mm=f"{length_mm:g}"),
    )
