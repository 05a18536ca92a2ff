"""Deterministic paper texture: value noise anchored to page millimetres.

The same point of the page gets the same value in any window at any resolution, so the grain
under the loupe continues the grain of the page view.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from docinspect.model.geometry import Bounds

_TILE = 256
#: A fixed lattice of values in [-1, 1] from numpy's PCG64 (identical on every machine); the
#: lattice repeats every 256 cells, far beyond what the eye can match in paper grain.
_LATTICE = (np.random.Generator(np.random.PCG64(20260101)).random((_TILE, _TILE)) * 2 - 1).astype(
    np.float32
)


def _lattice(i0: int, i1: int, j0: int, j1: int, seed: int) -> np.ndarray:
    rows = (np.arange(j0, j1) + seed * 101) % _TILE
    cols = (np.arange(i0, i1) + seed * 59) % _TILE
    return _LATTICE[np.ix_(rows, cols)]


def value_noise(
    window: Bounds, size_px: tuple[int, int], *, scale_mm: float, seed: int
) -> np.ndarray:
    """(H, W) float32 noise in about [-1, 1], smooth over ``scale_mm``, for the window's pixels."""
    w, h = size_px
    sx, sy = w / window.width, h / window.height
    i0 = math.floor(window.left / scale_mm) - 2
    j0 = math.floor(window.top / scale_mm) - 2
    i1 = math.ceil(window.right / scale_mm) + 3
    j1 = math.ceil(window.bottom / scale_mm) + 3
    lattice = _lattice(i0, i1, j0, j1, seed)
    # The noise is smooth over scale_mm; when that spans many pixels, sample it on a coarser
    # grid and enlarge (a magnified window would otherwise pay for detail that is not there).
    step = max(1, int(scale_mm * sx / 3))
    gw, gh = max(2, -(-w // step)), max(2, -(-h // step))
    gsx, gsy = gw / w * sx, gh / h * sy  # grid cells per mm
    # Grid pixel (u, v) centre -> lattice coordinates.
    matrix = np.array(
        [
            [1 / (gsx * scale_mm), 0.0, (window.left + 0.5 / gsx) / scale_mm - i0],
            [0.0, 1 / (gsy * scale_mm), (window.top + 0.5 / gsy) / scale_mm - j0],
        ]
    )
    grid = cv2.warpAffine(
        lattice,
        matrix,
        (gw, gh),
        flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_REPLICATE,
    )
    if (gw, gh) == (w, h):
        return grid
    return cv2.resize(grid, (w, h), interpolation=cv2.INTER_LINEAR)
