"""Light conditions and the viewing parameters an officer controls at the desk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


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


@dataclass(frozen=True, slots=True)
class Viewing:
    """One way of looking at a specimen: the light, where oblique light comes from, the tilt."""

    light: Light = Light.WHITE
    tilt_deg: float = 0.0
    #: Direction the raking light comes from, in degrees clockwise from the top of the page.
    oblique_azimuth_deg: float = 315.0

    def __post_init__(self) -> None:
        if not -MAX_TILT_DEG <= self.tilt_deg <= MAX_TILT_DEG:
            raise ValueError(f"tilt must be within ±{MAX_TILT_DEG:g}°, not {self.tilt_deg:g}")


def parse_light(text: str) -> Light:
    """Return the Light named ``text`` (case-insensitive), or raise ValueError naming the choices."""
    try:
        return Light(text.strip().lower())
    except ValueError:
        choices = ", ".join(light.value for light in Light)
        raise ValueError(f"unknown light {text!r}; expected one of: {choices}") from None
