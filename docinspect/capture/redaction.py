"""Redacting personal data on real specimens before a pack is shared.

A region flagged ``personal_data`` is redacted by burning a black box or a strong blur into
every captured layer under it; the region then records how (``"redacted"`` in its extra keys,
which packs keep on a round trip). A pack marked for sharing is refused while any such region
is not redacted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

import cv2
import numpy as np

from docinspect.model import Ellipse, Polygon, Rect, Region, Shape, Specimen

REDACTED_KEY = "redacted"


class Redaction(StrEnum):
    BLACK = "black"
    BLUR = "blur"


@dataclass(frozen=True, slots=True)
class UnredactedRegion:
    specimen_id: str
    region_id: str

    def __str__(self) -> str:
        return f"specimen {self.specimen_id}: region {self.region_id}: personal data not redacted"


class SharingRefused(ValueError):
    """A pack marked for sharing still shows personal data; ``regions`` names every one."""

    def __init__(self, regions: Iterable[UnredactedRegion]) -> None:
        self.regions = tuple(regions)
        super().__init__(
            "the pack is marked for sharing but personal data is not redacted: "
            + "; ".join(str(r) for r in self.regions)
        )


def is_redacted(region: Region) -> bool:
    return region.extra.get(REDACTED_KEY) in {r.value for r in Redaction}


def unredacted_personal_data(specimens: Iterable[Specimen]) -> list[UnredactedRegion]:
    """Every region flagged as personal data whose pixels have not been redacted."""
    return [
        UnredactedRegion(s.id, r.id)
        for s in specimens
        for r in s.regions
        if r.personal_data and not is_redacted(r)
    ]


def check_shareable(specimens: Iterable[Specimen]) -> None:
    """Raise SharingRefused naming every unredacted personal-data region."""
    found = unredacted_personal_data(specimens)
    if found:
        raise SharingRefused(found)


def mark_redacted(region: Region, how: Redaction) -> Region:
    return replace(region, extra={**region.extra, REDACTED_KEY: how.value})


def shape_mask(shape: Shape, size_mm: tuple[float, float], size_px: tuple[int, int]) -> np.ndarray:
    """(H, W) uint8 mask, 255 inside ``shape`` (millimetres) on an image of ``size_px``."""
    w, h = size_px
    sx, sy = w / size_mm[0], h / size_mm[1]
    mask = np.zeros((h, w), np.uint8)
    if isinstance(shape, Rect):
        p0 = (int(np.floor(shape.x * sx)), int(np.floor(shape.y * sy)))
        p1 = (
            int(np.ceil((shape.x + shape.width) * sx)),
            int(np.ceil((shape.y + shape.height) * sy)),
        )
        cv2.rectangle(mask, p0, p1, 255, thickness=-1)
    elif isinstance(shape, Ellipse):
        centre = (int(round(shape.cx * sx)), int(round(shape.cy * sy)))
        axes = (int(np.ceil(shape.rx * sx)), int(np.ceil(shape.ry * sy)))
        cv2.ellipse(mask, centre, axes, 0, 0, 360, 255, thickness=-1)
    elif isinstance(shape, Polygon):
        pts = np.array([[x * sx, y * sy] for x, y in shape.points], np.float64)
        cv2.fillPoly(mask, [np.round(pts).astype(np.int32)], 255)
    return mask


def redact(
    pixels: np.ndarray, shape: Shape, size_mm: tuple[float, float], how: Redaction
) -> np.ndarray:
    """A copy of ``pixels`` with ``shape`` blacked out or blurred beyond reading.

    The blur is strong (a kernel a quarter of the shape's size, at least 31 px, applied to a
    pixelated copy) so that no face or letters can be recovered from it.
    """
    h, w = pixels.shape[:2]
    mask = shape_mask(shape, size_mm, (w, h))
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    out = pixels.copy()
    if how is Redaction.BLACK:
        out[mask > 0] = 0
        return out
    ys, xs = np.nonzero(mask)
    if ys.size == 0:
        return out
    box_w, box_h = int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)
    block = max(8, min(box_w, box_h) // 6)
    small = cv2.resize(
        pixels, (max(1, w // block), max(1, h // block)), interpolation=cv2.INTER_AREA
    )
    coarse = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
    k = max(31, (max(box_w, box_h) // 4) | 1)
    blurred = cv2.GaussianBlur(coarse, (k, k), 0)
    out[mask > 0] = blurred[mask > 0]
    return out


def repeats_of_redacted(specimen: Specimen) -> tuple[str, ...]:
    """Where data hidden by the specimen's redactions is still written down.

    ``"mrz"``: the specimen carries MRZ text, which repeats the holder's name, document
    number and dates (and its image zone does too, unless it is redacted as well);
    ``"data"``: its visual-zone data fields are filled in. Empty when nothing is redacted.
    """
    from docinspect.model import Role

    if not any(r.role is Role.REDACTION or r.extra.get(REDACTED_KEY) for r in specimen.regions):
        return ()
    found = []
    if any(line.strip("<") for line in specimen.mrz):
        found.append("mrz")
    if any(str(v).strip() for v in specimen.data.values()):
        found.append("data")
    return tuple(found)
