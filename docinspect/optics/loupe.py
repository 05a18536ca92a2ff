"""The magnifier loupe: a circular window drawn at its own resolution (true detail).

Power is relative to the view it is held over: at power P over a page shown at D px/mm the
loupe draws at P·D px/mm, so 10x over the fitted page is ten times the detail the page shows.

The loupe's rules live here, once, for the app's inspection view (``docinspect.ui.inspect``,
which paints the lens with Qt) and for ``docinspect render --loupe`` (which lays the disc over
the page with ``draw_loupe``): its power range and steps, and its sizes.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

import numpy as np

from docinspect.model.geometry import Bounds
from docinspect.model.light import LOUPE_STEPS, MAX_POWER, Viewing
from docinspect.optics.source import SpecimenSource

#: The loupe's magnification range (DESIGN.md: 2x-30x, as a desk magnifier): the first and
#: last of its steps (``model.light.LOUPE_STEPS``).
MIN_LOUPE_POWER: Final = LOUPE_STEPS[0]
MAX_LOUPE_POWER: Final = MAX_POWER


class LoupeSize(StrEnum):
    """How large the loupe is on screen: a desk magnifier, or one a class can see on a projector."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"

    @property
    def radius_px(self) -> float:
        """Radius of the lens on screen, in logical pixels."""
        return LOUPE_RADII_PX[self]


#: The lens radius of each loupe size, in logical pixels. Medium is the desk loupe; large fills
#: a good part of a projected page so the back row sees the microprint; small leaves more of
#: the page in sight on a laptop screen.
LOUPE_RADII_PX: Final = {LoupeSize.SMALL: 90.0, LoupeSize.MEDIUM: 130.0, LoupeSize.LARGE: 210.0}
#: The sizes in the order the size key steps through them.
LOUPE_SIZES: Final = (LoupeSize.SMALL, LoupeSize.MEDIUM, LoupeSize.LARGE)
#: A loupe disc drawn to a file (``docinspect render``): its default and allowed diameters.
DEFAULT_DISC_PX: Final = 300
MIN_DISC_PX: Final = 16
MAX_DISC_PX: Final = 4000


def loupe_power_problem(power: float) -> str | None:
    """Why ``power`` is not a loupe power, or None when it is one."""
    if MIN_LOUPE_POWER <= power <= MAX_LOUPE_POWER:
        return None
    return f"loupe power must be within {MIN_LOUPE_POWER:g}-{MAX_LOUPE_POWER:g}, not {power:g}"


#: Rim of the loupe: a dark ring, as the barrel of a desk magnifier.
_RIM_RGB = np.array([20, 20, 22], np.float32)


def loupe_bounds(
    centre_mm: tuple[float, float], power: float, base_px_per_mm: float, diameter_px: int
) -> Bounds:
    """The page window (mm) a loupe of ``diameter_px`` shows at ``power``."""
    half = diameter_px / (2 * power * base_px_per_mm)
    x, y = centre_mm
    return Bounds(x - half, y - half, x + half, y + half)


def render_loupe(
    source: SpecimenSource,
    viewing: Viewing,
    centre_mm: tuple[float, float],
    *,
    power: float,
    base_px_per_mm: float,
    diameter_px: int = DEFAULT_DISC_PX,
) -> np.ndarray:
    """The loupe's picture: (D, D, 4) uint8 RGBA, opaque inside the circle (with a dark rim),
    transparent outside. Only the loupe's small window is drawn, never the page."""
    problem = loupe_power_problem(power)
    if problem is not None:
        raise ValueError(problem)
    d = int(diameter_px)
    window = loupe_bounds(centre_mm, power, base_px_per_mm, d)
    rgb = source.render(viewing, window, (d, d)).astype(np.float32)
    yy, xx = np.mgrid[0:d, 0:d].astype(np.float32)
    r = np.hypot(xx + 0.5 - d / 2, yy + 0.5 - d / 2)
    radius = d / 2
    rim = max(2.0, d / 60)
    inside = np.clip(radius - r, 0, 1)  # antialiased edge
    ring = np.clip((r - (radius - rim)) + 0.5, 0, 1) * inside
    rgb = rgb * (1 - ring[:, :, None]) + _RIM_RGB * ring[:, :, None]
    out = np.empty((d, d, 4), np.uint8)
    out[:, :, :3] = np.clip(rgb + 0.5, 0, 255).astype(np.uint8)
    out[:, :, 3] = np.clip(inside * 255 + 0.5, 0, 255).astype(np.uint8)
    return out


def draw_loupe(page: np.ndarray, loupe: np.ndarray, centre_px: tuple[float, float]) -> np.ndarray:
    """A copy of ``page`` (H, W, 3) with the RGBA ``loupe`` laid over it, centred at ``centre_px``
    (parts beyond the page's edge are cut off)."""
    out = page.astype(np.float32)
    d = loupe.shape[0]
    x0 = round(centre_px[0] - d / 2)
    y0 = round(centre_px[1] - d / 2)
    h, w = page.shape[:2]
    lx0, ly0 = max(0, -x0), max(0, -y0)
    px0, py0 = max(0, x0), max(0, y0)
    px1, py1 = min(w, x0 + d), min(h, y0 + d)
    if px1 > px0 and py1 > py0:
        patch = loupe[ly0 : ly0 + py1 - py0, lx0 : lx0 + px1 - px0].astype(np.float32)
        a = patch[:, :, 3:4] / 255
        region = out[py0:py1, px0:px1]
        out[py0:py1, px0:px1] = region * (1 - a) + patch[:, :, :3] * a
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
