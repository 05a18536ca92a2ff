"""Thin stroked items of a whole-page window painted once as coverage, laid in each light's ink.

QPainter's antialiased stroking of thin guilloche (thousands of pieces about a pixel wide) is
most of the cost of a whole-page render, and white, UV and transmitted light stroke the same
lines; text and microprint outlines are filled for every light too. So a whole-page window
paints such an item once, into an 8-bit coverage mask cut to the item's pixel box in the widest
window any light paints (the UV bloom's or the oblique light's margin), and each light that
shares it lays its own ink through the mask, in the item's place in the drawing order.

Where pieces cross, QPainter lays an ink of opacity ``a`` over itself: ``n`` crossing pieces
give ``1 - (1 - a)^n``, the darker knots of a guilloche. The mask is painted with opacity ``p``,
that of the item's most opaque light (at most ``MAX_PAINT_ALPHA`` when a much fainter light
shares it, so that crossings stay apart from single lines). A light of opacity ``a`` maps a mask
value ``v`` to its weight through a 256-entry table: ``a·v/p`` up to ``p`` (one piece: exact),
beyond it ``1 - (1 - a)^n`` with ``n = ln(1 - v) / ln(1 - p)`` (exact for crossings of whole
pieces). Where antialiased edges of several pieces overlap in one pixel, the error grows with
the gap between ``a`` and ``p``: nothing to see on a document's sparse guilloche, but dense
guilloche (lines closer than their width, crossing everywhere) under the faint transmitted ink
came out visibly lighter. So lights with an opacity close to ``p`` (white and UV: a
non-fluorescent ink's UV opacity is 0.9 of its white one) always share the mask; fainter ones
(transmitted) share it only when the item is sparse (see ``sparse``), else stroke their own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Final

import cv2
import numpy as np

from docinspect.model.scene import RGB
from docinspect.optics import strokes

#: Lights share an item's mask whatever its density when their opacity is at least this
#: share of the highest.
SHARE_RATIO: Final = 0.75
#: Highest opacity a mask that fainter lights may share is painted with: an opaque mask would
#: not tell crossings from single lines.
MAX_PAINT_ALPHA: Final = 0.8
#: An item is sparse when fewer of its inked pixels than this are crossings...
SPARSE_CROSSINGS: Final = 0.06
#: ... and its inked 4 x 4 px blocks are less covered than this on average (of ``p``): the
#: guilloche of generated documents is at most 0.04 and 0.33, the dense test page's rosettes
#: at least 0.13 and 0.65.
SPARSE_COVER: Final = 0.45
#: Side of the tiles whose ink-free ones are skipped when laying a mask (pixels).
TILE_PX: Final = 64


@dataclass(frozen=True, eq=False)
class Cover:
    """One item's coverage over a window: ``mask`` (h, w) uint8 painted with opacity
    ``alpha``, its pixel (0, 0) at the window's pixel ``origin`` (x, y); ``boxes``
    (x0, y0, x1, y1) window pixel boxes outside which the mask is empty."""

    mask: np.ndarray
    alpha: float
    origin: tuple[int, int]
    boxes: tuple[tuple[int, int, int, int], ...]


def cover(mask: np.ndarray, alpha: float, origin: tuple[int, int]) -> Cover:
    ox, oy = origin
    boxes = tuple((x0 + ox, y0 + oy, x1 + ox, y1 + oy) for x0, y0, x1, y1 in ink_boxes(mask))
    return Cover(mask, alpha, origin, boxes)


def sharing(
    alphas: dict[object, float],
) -> tuple[float, frozenset[object], frozenset[object]]:
    """From an item's opacity under each light: the opacity to paint its mask with (8-bit, as
    QColor takes it), the lights that always lay their ink through it, and the fainter ones
    that do when the item is sparse."""
    top = max(alphas.values())
    close = frozenset(k for k, a in alphas.items() if a >= SHARE_RATIO * top)
    faint = frozenset(alphas) - close
    paint = min(top, MAX_PAINT_ALPHA) if faint else top
    return max(1, round(255 * paint)) / 255, close, faint


def sparse(mask: np.ndarray, paint: float) -> bool:
    """True when an item's mask (painted with opacity ``paint``) is sparse guilloche, whose
    overlaps a faint ink can be laid from (see the module's doc)."""
    single = round(255 * paint) + 2  # above one whole piece: a crossing
    inked = cv2.countNonZero(mask)
    if inked == 0:
        return True
    if cv2.countNonZero(cv2.compare(mask, single, cv2.CMP_GT)) > SPARSE_CROSSINGS * inked:
        return False
    h, w = mask.shape
    blocks = (
        cv2.resize(mask[: h // 4 * 4, : w // 4 * 4], (w // 4, h // 4), interpolation=cv2.INTER_AREA)
        if h >= 4 and w >= 4
        else mask  # a speck: its pixels are its blocks
    )
    covered = blocks[blocks > 0]
    return len(covered) == 0 or float(covered.mean()) < SPARSE_COVER * 255 * paint


@cache
def weight_table(paint: float, alpha: float) -> np.ndarray:
    """(256,) uint8: mask value painted with opacity ``paint`` -> ink weight of opacity
    ``alpha`` (see the module's doc)."""
    v = np.arange(256, dtype=np.float64) / 255
    linear = v * (alpha / paint)
    if paint < 1.0:
        n = np.log(np.maximum(1.0 - v, 1e-9)) / math.log(1.0 - paint)
        linear = np.where(v <= paint, linear, 1.0 - (1.0 - alpha) ** n)
    table = np.clip(np.rint(linear * 255), 0, 255).astype(np.uint8)
    table.flags.writeable = False
    return table


def ink_boxes(mask: np.ndarray) -> tuple[tuple[int, int, int, int], ...]:
    """Pixel boxes covering every non-zero pixel of ``mask``: runs of inked tiles per tile
    row, stacked where consecutive rows have the same run (a border frame is four boxes)."""
    h, w = mask.shape
    th, tw = -(-h // TILE_PX), -(-w // TILE_PX)
    padded = np.zeros((th * TILE_PX, tw * TILE_PX), np.uint8)
    padded[:h, :w] = mask
    inked = padded.reshape(th, TILE_PX, tw, TILE_PX).max(axis=(1, 3)) > 0
    boxes: list[list[int]] = []
    open_runs: dict[tuple[int, int], list[int]] = {}
    for ty in range(th):
        row = np.concatenate(([False], inked[ty], [False]))
        edges = np.flatnonzero(row[1:] != row[:-1])
        runs = set()
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            x0, x1 = int(a) * TILE_PX, min(w, int(b) * TILE_PX)
            y0, y1 = ty * TILE_PX, min(h, (ty + 1) * TILE_PX)
            runs.add((x0, x1))
            box = open_runs.get((x0, x1))
            if box is not None and box[3] == y0:
                box[3] = y1
            else:
                box = [x0, y0, x1, y1]
                boxes.append(box)
                open_runs[(x0, x1)] = box
        for key in [k for k in open_runs if k not in runs]:
            del open_runs[key]
    return tuple((b[0], b[1], b[2], b[3]) for b in boxes)


def lay(bgra: np.ndarray, item: Cover, offset: int, alpha: float, colour: RGB | np.ndarray) -> None:
    """Lay ink of opacity ``alpha`` and colour ``colour`` (or (W, 3) colours per column of
    ``bgra``) where ``item`` covers. ``bgra``'s pixel (0, 0) is the window's (offset, offset)."""
    table = weight_table(item.alpha, alpha)
    h, w = bgra.shape[:2]
    for bx0, by0, bx1, by1 in item.boxes:
        x0, y0 = max(0, bx0 - offset), max(0, by0 - offset)
        x1, y1 = min(w, bx1 - offset), min(h, by1 - offset)
        if x1 <= x0 or y1 <= y0:
            continue
        mx, my = offset - item.origin[0], offset - item.origin[1]
        patch = item.mask[y0 + my : y1 + my, x0 + mx : x1 + mx]
        if isinstance(colour, np.ndarray):
            strokes.blend(bgra[y0:y1, x0:x1], cv2.LUT(patch, table), colour, x0)
        else:
            strokes.lay(bgra[y0:y1, x0:x1], patch, table, colour)
