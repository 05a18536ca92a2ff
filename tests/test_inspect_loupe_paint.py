"""The lens as painted: its picture inside, a dark rim round it and a soft shadow below right.

The shadow and rim are drawn once per size and screen and reused for every move of the loupe
(they were five antialiased ellipses per frame on the GUI thread); these tests hold the look,
at the lens's place and on a high-density screen, whatever way it is drawn.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from docinspect.model.light import Light, Viewing
from docinspect.ui.inspect.loupe import paint_loupe

PAGE = QColor(230, 230, 230)
FRAME = QColor(40, 160, 60)


def _painted(center: QPointF, radius: float, dpr: float) -> QImage:
    frame = QImage(64, 64, QImage.Format.Format_RGB888)
    frame.fill(FRAME)
    lens = SimpleNamespace(
        frame=frame, frame_missing=False, frame_viewing=Viewing(Light.WHITE), frame_window=None
    )
    image = QImage(round(500 * dpr), round(400 * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(PAGE)
    painter = QPainter(image)
    paint_loupe(
        painter,
        center,
        center_mm=QPointF(5, 5),
        radius=radius,
        lens=lens,
        px_per_mm=100.0,
        power=10,
        reticle=False,
        lamp=None,
        viewing=Viewing(Light.WHITE),
    )
    painter.end()
    return image


def _at(image: QImage, x: float, y: float) -> QColor:
    dpr = image.devicePixelRatio()
    return image.pixelColor(round(x * dpr), round(y * dpr))


@pytest.mark.parametrize("dpr", [1.0, 2.0])
@pytest.mark.parametrize(("cx", "cy", "radius"), [(250, 200, 120), (150, 130, 90)])
def test_the_lens_has_its_picture_a_rim_and_a_shadow_where_it_is(qapp, dpr, cx, cy, radius):
    image = _painted(QPointF(cx, cy), radius, dpr)
    assert _at(image, cx - radius / 2, cy) == FRAME  # the magnified picture inside
    rim = _at(image, cx - radius, cy)  # on the circle: the dark metal ring
    assert max(rim.red(), rim.green(), rim.blue()) < 60
    # Below right, just outside the rim: the shadow darkens the page; above left it does not.
    shadow = _at(image, cx + (radius + 9) * 0.7071, cy + (radius + 10) * 0.7071)
    assert shadow.red() < PAGE.red() - 20
    assert _at(image, cx - (radius + 9) * 0.7071, cy - (radius + 9) * 0.7071) == PAGE
    # Nothing beyond the lens's reach is touched.
    assert _at(image, cx - radius - 20, cy) == PAGE
    assert _at(image, cx, cy + radius + 20) == PAGE


def test_moving_the_lens_moves_all_of_it(qapp):
    """The shadow and rim drawn once are drawn where the lens is now, not where it first was."""
    first = _painted(QPointF(150, 150), 100, 1.0)
    moved = _painted(QPointF(330, 220), 100, 1.0)
    for dx, dy in ((-100, 0), (0, 100), (78, 78), (-50, 0)):
        assert first.pixelColor(150 + dx, 150 + dy) == moved.pixelColor(330 + dx, 220 + dy)
