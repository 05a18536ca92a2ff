"""Light conditions and the viewing parameters an officer controls at the desk."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, NamedTuple

from docinspect.i18n import Message


class Light(StrEnum):
    """How the specimen is lit. Values are the on-disk names used in packs."""

    WHITE = "white"  # reflected visible light
    UV365 = "uv365"  # UV-A, 365 nm: luminescence
    IR = "ir"  # near infrared reflectance, ~850-950 nm
    OBLIQUE = "oblique"  # raking light from one side: relief and erasures
    TRANSMITTED = "transmitted"  # back light: watermark, thread, perforation


ALL_LIGHTS: Final = tuple(Light)

#: Magnification range of the loupe, as on a desk magnifier.
MIN_POWER: Final = 1.0
MAX_POWER: Final = 30.0
#: Powers a loupe offers (the app's +/- keys and Ctrl+wheel step through them; DESIGN.md:
#: 2x-30x). A region's ``min_magnification`` may be 1 (the naked eye); a loupe starts at 2x.
LOUPE_STEPS: Final = (2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 20.0, 25.0, 30.0)
#: Tilt range in degrees; optically variable features change across it.
MAX_TILT_DEG: Final = 45.0


class TiltAxis(StrEnum):
    """The axis a document is tilted about. Values are the on-disk names used in scenes."""

    #: About the page's vertical axis: the right edge comes towards the viewer (positive) or
    #: goes away.
    LEFT_RIGHT = "left_right"
    #: About the page's horizontal axis: the top edge goes away from the viewer (positive) or
    #: comes towards them.
    TOWARDS_AWAY = "towards_away"


class Tilt(NamedTuple):
    """Both tilt angles of a document, in degrees."""

    left_right: float = 0.0
    towards_away: float = 0.0

    def along(self, axis: TiltAxis) -> float:
        """The angle about ``axis``."""
        return self.towards_away if axis is TiltAxis.TOWARDS_AWAY else self.left_right

    def from_normal(self) -> float:
        """The angle between the page's normal and the line of sight, in degrees (tilting
        about both axes compounds: cos θ = cos a · cos b)."""
        a, b = math.radians(self.left_right), math.radians(self.towards_away)
        c = max(-1.0, min(1.0, math.cos(a) * math.cos(b)))
        return math.degrees(math.acos(c))


@dataclass(frozen=True, slots=True)
class Viewing:
    """One way of looking at a specimen: the light, where oblique light comes from, the tilt
    about both axes."""

    light: Light = Light.WHITE
    #: Left–right tilt (about the page's vertical axis).
    tilt_deg: float = 0.0
    #: Direction the raking light comes from, in degrees clockwise from the top of the page.
    oblique_azimuth_deg: float = 315.0
    #: Towards–away tilt (about the page's horizontal axis; positive: the top edge away).
    tilt_away_deg: float = 0.0

    def __post_init__(self) -> None:
        # Checked before any message is made: a Viewing is made for every frame drawn.
        limit = f"{MAX_TILT_DEG:g}"
        if not -MAX_TILT_DEG <= self.tilt_deg <= MAX_TILT_DEG:
            raise ValueError(
                Message(
                    "tilt must be within ±{limit}°, not {value}",
                    limit=limit,
                    value=f"{self.tilt_deg:g}",
                )
            )
        if not -MAX_TILT_DEG <= self.tilt_away_deg <= MAX_TILT_DEG:
            raise ValueError(
                Message(
                    "towards–away tilt must be within ±{limit}°, not {value}",
                    limit=limit,
                    value=f"{self.tilt_away_deg:g}",
                )
            )

    @property
    def tilt(self) -> Tilt:
        return Tilt(self.tilt_deg, self.tilt_away_deg)


def parse_light(text: str) -> Light:
    """Return the Light named ``text`` (case-insensitive), or raise ValueError naming the choices."""
    try:
        return Light(text.strip().lower())
    except ValueError:
        choices = ", ".join(light.value for light in Light)
        raise ValueError(
            Message(
                "unknown light {text}; expected one of: {choices}", text=repr(text), choices=choices
            )
        ) from None
