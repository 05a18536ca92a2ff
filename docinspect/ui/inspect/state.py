"""The inspection state: what the officer has chosen at the desk, with no widgets.

Views observe one ``InspectionState`` and redraw when it changes; toolbars and keys only set it.
Two views sharing one state stay in step (the compare mode).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QPointF, Signal

from docinspect.model.light import MAX_TILT_DEG, Light, Viewing

# The loupe's rules (power range and steps, sizes) are the optics' own, shared with
# ``docinspect render --loupe``.
from docinspect.optics.loupe import (
    LOUPE_SIZES,
    LOUPE_STEPS,
    MAX_LOUPE_POWER,
    MIN_LOUPE_POWER,
    LoupeSize,
)

#: Degrees one press of [ or ] (left–right) or ; or ' (towards–away) tilts the document.
TILT_STEP_DEG: Final = 5.0
#: Eight directions of the raking light, degrees clockwise from the top of the page.
OBLIQUE_DIRECTIONS: Final = (0.0, 45.0, 90.0, 135.0, 180.0, 225.0, 270.0, 315.0)
#: Zoom limits, as multiples of the specimen's physical size on screen.
MIN_ZOOM: Final = 0.1
MAX_ZOOM: Final = 40.0


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class InspectionState(QObject):
    """Light, tilt, zoom, pan and loupe settings of one inspection (or of a compared pair).

    ``changed`` carries the name of the attribute that changed; ``viewing_changed`` fires when
    what the page looks like changes (light, tilt or oblique direction).
    """

    changed = Signal(str)
    viewing_changed = Signal()
    loupe_changed = Signal()
    #: Zoom or pan changed; compared views follow it.
    view_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._light = Light.WHITE
        self._tilt = 0.0
        self._tilt_away = 0.0
        self._azimuth = 315.0
        self._zoom = 1.0  # multiple of physical size (1.0 = 1:1 on a calibrated screen)
        self._fit = True
        self._center: QPointF | None = None  # mm on the specimen; None = centre of the page
        self._loupe = False
        self._loupe_power = 10.0
        self._loupe_pos: QPointF | None = None  # mm; None = cursor not over the page
        self._loupe_light: Light | None = None  # None = the page's light
        self._loupe_size = LoupeSize.MEDIUM
        self._reticle = False
        self._overlay = False
        #: Callables giving each attached view's fit scale (px per mm); the fit is the smallest,
        #: so compared views fit one scale and stay in step.
        self._fit_scales: list[Callable[[], float | None]] = []

    # -- page lighting ---------------------------------------------------------------------
    @property
    def light(self) -> Light:
        return self._light

    def set_light(self, light: Light) -> None:
        light = Light(light)
        if light is not self._light:
            self._light = light
            self._emit("light", viewing=True)

    @property
    def tilt_deg(self) -> float:
        return self._tilt

    def set_tilt(self, degrees: float) -> None:
        degrees = round(clamp(float(degrees), -MAX_TILT_DEG, MAX_TILT_DEG), 3)
        if degrees != self._tilt:
            self._tilt = degrees
            self._emit("tilt", viewing=True)

    def tilt_by(self, delta_deg: float) -> None:
        self.set_tilt(self._tilt + delta_deg)

    @property
    def tilt_away_deg(self) -> float:
        """Towards–away tilt: positive when the top edge goes away from the officer."""
        return self._tilt_away

    def set_tilt_away(self, degrees: float) -> None:
        degrees = round(clamp(float(degrees), -MAX_TILT_DEG, MAX_TILT_DEG), 3)
        if degrees != self._tilt_away:
            self._tilt_away = degrees
            self._emit("tilt_away", viewing=True)

    def tilt_away_by(self, delta_deg: float) -> None:
        self.set_tilt_away(self._tilt_away + delta_deg)

    def lay_flat(self) -> None:
        """Both tilts back to 0°."""
        self.set_tilt(0.0)
        self.set_tilt_away(0.0)

    @property
    def oblique_azimuth_deg(self) -> float:
        return self._azimuth

    def set_oblique_azimuth(self, degrees: float) -> None:
        degrees = float(degrees) % 360.0
        if degrees != self._azimuth:
            self._azimuth = degrees
            self._emit("oblique_azimuth", viewing=self._light is Light.OBLIQUE)

    def viewing(self) -> Viewing:
        """How the page is lit now."""
        return self.viewing_for(self._light)

    def viewing_for(self, light: Light) -> Viewing:
        """The current tilt and direction under another light (for rendering ahead)."""
        return Viewing(light, self._tilt, self._azimuth, self._tilt_away)

    # -- zoom and pan ----------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """Magnification of the page on screen, as a multiple of its physical size."""
        return self._zoom

    @property
    def fit(self) -> bool:
        """True while the page is fitted to the window (re-applied when the window resizes)."""
        return self._fit

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        zoom = clamp(float(zoom), MIN_ZOOM, MAX_ZOOM)
        if not math.isclose(zoom, self._zoom, rel_tol=1e-6) or fit != self._fit:
            self._zoom = zoom
            self._fit = fit
            self._emit("zoom", view=True)

    def request_fit(self) -> None:
        """Ask the views to fit the page to the window."""
        self._fit = True
        self._center = None
        self._emit("fit", view=True)

    def add_fit_scale(self, fit_scale: Callable[[], float | None]) -> None:
        """Register a view's fit scale (None while the view is hidden)."""
        self._fit_scales.append(fit_scale)

    def remove_fit_scale(self, fit_scale: Callable[[], float | None]) -> None:
        if fit_scale in self._fit_scales:
            self._fit_scales.remove(fit_scale)

    def fit_px_per_mm(self) -> float | None:
        """The scale at which every attached, visible view shows its whole page."""
        scales = [s for s in (f() for f in self._fit_scales) if s is not None]
        return min(scales) if scales else None

    @property
    def center_mm(self) -> QPointF | None:
        return None if self._center is None else QPointF(self._center)

    def set_center(self, center_mm: QPointF | None) -> None:
        if center_mm is None and self._center is None:
            return
        if (
            center_mm is not None
            and self._center is not None
            and abs(center_mm.x() - self._center.x()) < 1e-6
            and abs(center_mm.y() - self._center.y()) < 1e-6
        ):
            return
        self._center = None if center_mm is None else QPointF(center_mm)
        self._emit("center", view=True)

    # -- loupe -----------------------------------------------------------------------------
    @property
    def loupe_enabled(self) -> bool:
        return self._loupe

    def set_loupe_enabled(self, on: bool) -> None:
        if bool(on) != self._loupe:
            self._loupe = bool(on)
            self._emit("loupe", loupe=True)

    @property
    def loupe_power(self) -> float:
        return self._loupe_power

    def set_loupe_power(self, power: float) -> None:
        power = clamp(float(power), MIN_LOUPE_POWER, MAX_LOUPE_POWER)
        if power != self._loupe_power:
            self._loupe_power = power
            self._emit("loupe_power", loupe=True)

    def step_loupe_power(self, steps: int) -> None:
        """Move ``steps`` places up (positive) or down the ladder of loupe powers."""
        current = self._loupe_power
        if steps > 0:
            higher = [p for p in LOUPE_STEPS if p > current + 1e-9]
            ladder = higher[:steps] or [MAX_LOUPE_POWER]
            self.set_loupe_power(ladder[-1])
        elif steps < 0:
            lower = [p for p in LOUPE_STEPS if p < current - 1e-9]
            ladder = lower[steps:] or [MIN_LOUPE_POWER]
            self.set_loupe_power(ladder[0])

    @property
    def loupe_pos_mm(self) -> QPointF | None:
        return None if self._loupe_pos is None else QPointF(self._loupe_pos)

    def set_loupe_pos(self, pos_mm: QPointF | None) -> None:
        if pos_mm is None and self._loupe_pos is None:
            return
        self._loupe_pos = None if pos_mm is None else QPointF(pos_mm)
        self._emit("loupe_pos", loupe=True)

    @property
    def loupe_light(self) -> Light | None:
        """The handheld lamp's light inside the loupe, or None for the page's light."""
        return self._loupe_light

    def set_loupe_light(self, light: Light | None) -> None:
        light = None if light is None else Light(light)
        if light is not self._loupe_light:
            self._loupe_light = light
            self._emit("loupe_light", loupe=True)

    def loupe_viewing(self) -> Viewing:
        """How the spot under the loupe is lit: the handheld lamp if one is on, else the page."""
        light = self._loupe_light if self._loupe_light is not None else self._light
        return self.viewing_for(light)

    @property
    def loupe_size(self) -> LoupeSize:
        return self._loupe_size

    def set_loupe_size(self, size: LoupeSize | str) -> None:
        size = LoupeSize(size)
        if size is not self._loupe_size:
            self._loupe_size = size
            self._emit("loupe_size", loupe=True)

    def step_loupe_size(self) -> None:
        """The next larger loupe, from large back to small (one key walks through them)."""
        index = LOUPE_SIZES.index(self._loupe_size)
        self.set_loupe_size(LOUPE_SIZES[(index + 1) % len(LOUPE_SIZES)])

    @property
    def reticle(self) -> bool:
        return self._reticle

    def set_reticle(self, on: bool) -> None:
        if bool(on) != self._reticle:
            self._reticle = bool(on)
            self._emit("reticle", loupe=True)

    # -- annotations -----------------------------------------------------------------------
    @property
    def overlay(self) -> bool:
        return self._overlay

    def set_overlay(self, on: bool) -> None:
        if bool(on) != self._overlay:
            self._overlay = bool(on)
            self._emit("overlay")

    def _emit(
        self, name: str, *, viewing: bool = False, loupe: bool = False, view: bool = False
    ) -> None:
        self.changed.emit(name)
        if viewing:
            self.viewing_changed.emit()
            if self._loupe:
                self.loupe_changed.emit()
        if loupe:
            self.loupe_changed.emit()
        if view:
            self.view_changed.emit()
