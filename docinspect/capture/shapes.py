"""Editing region shapes: moving, resizing to new bounds, keeping them on the page."""

from __future__ import annotations

from dataclasses import replace

from docinspect.model import Bounds, Ellipse, Polygon, Rect, Shape, Specimen

#: Smallest extent a drawn or resized shape keeps, in millimetres.
MIN_SIDE_MM = 0.5


def moved(shape: Shape, dx: float, dy: float) -> Shape:
    """``shape`` shifted by (dx, dy) millimetres."""
    if isinstance(shape, Rect):
        return Rect(shape.x + dx, shape.y + dy, shape.width, shape.height)
    if isinstance(shape, Ellipse):
        return Ellipse(shape.cx + dx, shape.cy + dy, shape.rx, shape.ry)
    return Polygon(tuple((x + dx, y + dy) for x, y in shape.points))


def fitted(shape: Shape, bounds: Bounds) -> Shape:
    """``shape`` stretched so that its bounding box becomes ``bounds`` (at least MIN_SIDE_MM)."""
    left, top = min(bounds.left, bounds.right), min(bounds.top, bounds.bottom)
    width = max(abs(bounds.width), MIN_SIDE_MM)
    height = max(abs(bounds.height), MIN_SIDE_MM)
    if isinstance(shape, Rect):
        return Rect(left, top, width, height)
    if isinstance(shape, Ellipse):
        return Ellipse(left + width / 2, top + height / 2, width / 2, height / 2)
    old = shape.bounds()
    sx = width / max(old.width, 1e-9)
    sy = height / max(old.height, 1e-9)
    return Polygon(
        tuple((left + (x - old.left) * sx, top + (y - old.top) * sy) for x, y in shape.points)
    )


def kept_on_page(shape: Shape, width_mm: float, height_mm: float) -> Shape:
    """``shape`` moved (not resized) back onto the page where it can be; shrunk only when it is
    larger than the page. Packs refuse regions that leave the page."""
    b = shape.bounds()
    if b.width > width_mm or b.height > height_mm:
        shape = fitted(
            shape,
            Bounds(
                b.left, b.top, b.left + min(b.width, width_mm), b.top + min(b.height, height_mm)
            ),
        )
        b = shape.bounds()
    dx = -b.left if b.left < 0 else min(0.0, width_mm - b.right)
    dy = -b.top if b.top < 0 else min(0.0, height_mm - b.bottom)
    return moved(shape, dx, dy) if dx or dy else shape


def rect_between(x0: float, y0: float, x1: float, y1: float) -> Bounds:
    return Bounds(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def scaled(shape: Shape, sx: float, sy: float) -> Shape:
    """``shape`` with every coordinate multiplied by (sx, sy): the same place on a page whose
    millimetre size changed by those factors."""
    if isinstance(shape, Rect):
        return Rect(shape.x * sx, shape.y * sy, shape.width * sx, shape.height * sy)
    if isinstance(shape, Ellipse):
        return Ellipse(shape.cx * sx, shape.cy * sy, shape.rx * sx, shape.ry * sy)
    return Polygon(tuple((x * sx, y * sy) for x, y in shape.points))


def resized_specimen(specimen: Specimen, width_mm: float, height_mm: float) -> Specimen:
    """A captured specimen given another physical size (a size guessed wrong at import).

    The scans stay as they are and now span the new size, so every region is scaled with them:
    it stays over the same print on the picture, in the new millimetres.
    """
    if width_mm <= 0 or height_mm <= 0:
        raise ValueError("a document needs a positive width and height")
    sx, sy = width_mm / specimen.width_mm, height_mm / specimen.height_mm
    regions = tuple(
        replace(r, shape=kept_on_page(scaled(r.shape, sx, sy), width_mm, height_mm))
        for r in specimen.regions
    )
    return replace(specimen, width_mm=width_mm, height_mm=height_mm, regions=regions)
