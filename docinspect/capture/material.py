"""Painted material for scans without a UV or IR capture.

An instructor paints where the specimen fluoresces under UV 365 (and in which colour) and where
its inks absorb infrared. The paint is kept as two images in the specimen's folder
(``material-uv.png``: the emission colour, black where nothing glows; ``material-ir.png``: grey,
white where the ink absorbs IR) and turned into UV and IR layers drawn from the white-light
scan. Those layers are ordinary captured layers to every reader (the renderer shows them as it
shows any scan) and carry ``"painted": <material file>`` so the studio can repaint them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np

from docinspect.capture.redaction import shape_mask
from docinspect.model import Shape

UV_FILE: Final = "material-uv.png"
IR_FILE: Final = "material-ir.png"
PAINTED_KEY: Final = "painted"

#: How dull document paper looks under UV 365 without brighteners: a dim violet reflection.
_UV_DULL: Final = np.array([34.0, 22.0, 58.0])
#: Paper in near-IR: bright; most colour inks vanish, carbon (IR-absorbing) inks stay dark.
_IR_PAPER: Final = 226.0
_IR_INK: Final = 28.0


@dataclass(frozen=True, slots=True)
class Material:
    """Per-pixel material of a page: UV emission colour (H, W, 3) and IR absorption (H, W)."""

    uv: np.ndarray
    ir: np.ndarray

    @staticmethod
    def blank(size_px: tuple[int, int]) -> Material:
        w, h = size_px
        return Material(np.zeros((h, w, 3), np.uint8), np.zeros((h, w), np.uint8))

    @property
    def size_px(self) -> tuple[int, int]:
        return (int(self.ir.shape[1]), int(self.ir.shape[0]))

    def has_uv(self) -> bool:
        return bool(self.uv.any())

    def has_ir(self) -> bool:
        return bool(self.ir.any())


def paint(
    material: Material,
    shape: Shape,
    size_mm: tuple[float, float],
    *,
    uv_colour: tuple[int, int, int] | None = None,
    ir_absorbs: bool | None = None,
) -> Material:
    """A copy of ``material`` with ``shape`` painted: ``uv_colour`` (black erases the glow),
    ``ir_absorbs`` True/False sets or clears IR absorption; None leaves that channel alone."""
    mask = shape_mask(shape, size_mm, material.size_px) > 0
    uv, ir = material.uv, material.ir
    if uv_colour is not None:
        uv = uv.copy()
        uv[mask] = np.asarray(uv_colour, np.uint8)
    if ir_absorbs is not None:
        ir = ir.copy()
        ir[mask] = 255 if ir_absorbs else 0
    return Material(uv, ir)


def uv_layer(white: np.ndarray, material: Material) -> np.ndarray:
    """The page under UV 365 as the material says: dull paper, painted areas glowing in their
    colour (a little bloom, as real luminescence has), faint structure from the white scan."""
    grey = cv2.cvtColor(white, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
    base = grey[..., None] * _UV_DULL
    glow = material.uv.astype(np.float32)
    bloom = cv2.GaussianBlur(glow, (0, 0), 2.0)
    out = base + 0.85 * glow + 0.35 * bloom
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)


def ir_layer(white: np.ndarray, material: Material) -> np.ndarray:
    """The page in near-IR as the material says: paper bright, colour inks gone, painted
    IR-absorbing areas dark where the white scan shows ink."""
    grey = cv2.cvtColor(white, cv2.COLOR_RGB2GRAY).astype(np.float32)
    ink = np.clip((235.0 - grey) / 200.0, 0.0, 1.0)  # how much ink the white scan shows
    absorbs = material.ir.astype(np.float32) / 255.0
    # Non-absorbing inks keep a faint trace (IR is never perfectly blind to them).
    value = _IR_PAPER - ink * (0.12 + 0.88 * absorbs) * (_IR_PAPER - _IR_INK)
    out = np.clip(value + 0.5, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(np.dstack([out] * 3))
