"""Region shapes, in millimetres on the specimen, origin at the top-left corner, y down."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Bounds:
    """Axis-aligned box in millimetres."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def within(self, width_mm: float, height_mm: float, *, tolerance_mm: float = 0.01) -> bool:
        """True if the box lies on a page of the given size."""
        t = tolerance_mm
        return (
            self.left >= -t
            and self.top >= -t
            and self.right <= width_mm + t
            and self.bottom <= height_mm + t
        )

    def intersects(self, other: Bounds) -> bool:
        return not (
            other.left > self.right
            or other.right < self.left
            or other.top > self.bottom
            or other.bottom < self.top
        )


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError("a rectangle needs a positive width and height")

    def bounds(self) -> Bounds:
        return Bounds(self.x, self.y, self.x + self.width, self.y + self.height)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def distance_to(self, x: float, y: float) -> float:
        dx = max(self.x - x, 0.0, x - (self.x + self.width))
        dy = max(self.y - y, 0.0, y - (self.y + self.height))
        return math.hypot(dx, dy)


@dataclass(frozen=True, slots=True)
class Ellipse:
    cx: float
    cy: float
    rx: float
    ry: float

    def __post_init__(self) -> None:
        if self.rx <= 0 or self.ry <= 0:
            raise ValueError("an ellipse needs positive radii")

    def bounds(self) -> Bounds:
        return Bounds(self.cx - self.rx, self.cy - self.ry, self.cx + self.rx, self.cy + self.ry)

    def contains(self, x: float, y: float) -> bool:
        return ((x - self.cx) / self.rx) ** 2 + ((y - self.cy) / self.ry) ** 2 <= 1.0

    def distance_to(self, x: float, y: float) -> float:
        if self.contains(x, y):
            return 0.0
        # Distance to the nearest of 256 boundary points: exact enough for scoring a click.
        return min(
            math.hypot(x - (self.cx + self.rx * math.cos(t)), y - (self.cy + self.ry * math.sin(t)))
            for t in (2 * math.pi * i / 256 for i in range(256))
        )


@dataclass(frozen=True, slots=True)
class Polygon:
    points: tuple[tuple[float, float], ...]

    def __post_init__(self) -> None:
        if len(self.points) < 3:
            raise ValueError("a polygon needs at least three points")

    def bounds(self) -> Bounds:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return Bounds(min(xs), min(ys), max(xs), max(ys))

    def contains(self, x: float, y: float) -> bool:
        # Even-odd ray casting.
        inside = False
        pts = self.points
        j = len(pts) - 1
        for i in range(len(pts)):
            xi, yi = pts[i]
            xj, yj = pts[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside

    def distance_to(self, x: float, y: float) -> float:
        if self.contains(x, y):
            return 0.0
        best = math.inf
        pts = self.points
        for i in range(len(pts)):
            (ax, ay), (bx, by) = pts[i], pts[(i + 1) % len(pts)]
            vx, vy = bx - ax, by - ay
            length2 = vx * vx + vy * vy
            t = (
                0.0
                if length2 == 0
                else max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / length2))
            )
            best = min(best, math.hypot(x - (ax + t * vx), y - (ay + t * vy)))
        return best


Shape: TypeAlias = Rect | Ellipse | Polygon
