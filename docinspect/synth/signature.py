"""Procedural handwritten-looking signatures: smooth pen strokes from a seed.

A signature is one to three strokes, each a smooth curve through a run of loops and
garlands drifting to the right (a cursive name), with a flourish or underline sometimes.
Points are in a unit box (x in [0, 1], y in [0, 1], y down) so the document layout scales
them into its signature field. Plain ``random.Random`` and float arithmetic keep it
deterministic.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Signature:
    #: Pen strokes, each a polyline dense enough to look smooth at 30× on a 40 mm field.
    strokes: tuple[tuple[Point, ...], ...]
    #: Relative pen width (the layout multiplies it by its nominal pen width).
    pen: float


def _catmull_rom(points: list[Point], per_segment: int = 30) -> list[Point]:
    """A smooth curve through ``points`` (centripetal enough for handwriting at this scale)."""
    if len(points) < 2:
        return points
    pts = [points[0], *points, points[-1]]
    out: list[Point] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(per_segment):
            t = k / per_segment
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in (0, 1)
                )
            )
    out.append(points[-1])
    return out


def _word(rng: random.Random, x0: float, x1: float, slant: float, height: float) -> list[Point]:
    """Control points of one cursive word: a capital loop, then letter-like arcs."""
    pts: list[Point] = []
    base = 0.62 + rng.uniform(-0.05, 0.05)
    # Capital: a tall loop.
    cap_h = height * rng.uniform(1.4, 2.0)
    pts += [
        (x0, base),
        (x0 + 0.02, base - cap_h * 0.8),
        (x0 + 0.05, base - cap_h),
        (x0 + 0.07, base - cap_h * 0.55),
        (x0 + 0.03, base - 0.02),
        (x0 + 0.06, base - height * 0.4),
    ]
    x = x0 + 0.08
    while x < x1:
        kind = rng.random()
        w = rng.uniform(0.03, 0.06)
        if kind < 0.45:  # an arcade (n, m)
            pts += [(x + w * 0.3, base - height), (x + w, base)]
        elif kind < 0.75:  # a garland (u, w)
            pts += [(x + w * 0.4, base + height * 0.1), (x + w, base - height * 0.9)]
        elif kind < 0.88:  # an ascender loop (l, h)
            pts += [
                (x + w * 0.5, base - height * 2.2),
                (x + w * 0.2, base - height * 1.2),
                (x + w, base),
            ]
        else:  # a descender loop (g, y)
            pts += [
                (x + w * 0.5, base + height * 1.3),
                (x + w * 0.1, base + height * 0.9),
                (x + w, base - height * 0.6),
            ]
        x += w
    # Slant: shear x by the height above the baseline.
    return [(px + (base - py) * slant, py) for px, py in pts]


def make_signature(seed: int) -> Signature:
    """A signature for a holder: the same seed always gives the same strokes."""
    rng = random.Random(seed)
    slant = rng.uniform(0.1, 0.45)
    height = rng.uniform(0.13, 0.22)
    words = rng.choice((1, 2, 2, 3))
    strokes: list[tuple[Point, ...]] = []
    x = rng.uniform(0.02, 0.08)
    span = 0.82 / words
    for _ in range(words):
        end = x + span * rng.uniform(0.65, 0.95)
        strokes.append(tuple(_catmull_rom(_word(rng, x, end, slant, height))))
        x = end + rng.uniform(0.03, 0.07)
    if rng.random() < 0.5:  # a flourish under the name
        y = rng.uniform(0.8, 0.9)
        a = rng.uniform(0.01, 0.04)
        flourish = [(0.05 + 0.9 * i / 8, y + a * math.sin(i * 1.3)) for i in range(9)]
        strokes.append(tuple(_catmull_rom(flourish)))
    # Fit into the unit box with a small margin.
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    sx = 0.96 / max(1e-6, max(xs) - min(xs))
    sy = 0.9 / max(1e-6, max(ys) - min(ys))
    k = min(sx, sy)
    ox, oy = min(xs), min(ys)
    fitted = tuple(
        tuple((round(0.02 + (px - ox) * k, 5), round(0.05 + (py - oy) * k, 5)) for px, py in s)
        for s in strokes
    )
    return Signature(strokes=fitted, pen=rng.uniform(0.8, 1.25))
