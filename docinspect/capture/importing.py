"""Importing a specimen from image files, one per light: read, check, align, crop.

Every other light is aligned to the white-light image (automatically, or by four points when
that fails), then every layer is cut out and straightened with the same page corners, so all
layers have one pixel size and line up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from docinspect.capture.alignment import (
    Alignment,
    AlignmentError,
    align_automatic,
    identity,
    warp_to,
)
from docinspect.capture.crop import rectify, size_mm_for, size_px_for
from docinspect.capture.scans import Scan, ScanError, load_scan
from docinspect.model import NOMINAL_SIZE_MM, DocumentType, Light

#: How far the aspect ratio of another light's image may differ from the white one's.
MAX_ASPECT_MISMATCH = 0.25
#: How far the page's aspect ratio may differ from the stated physical size (as packs require).
MAX_PAGE_ASPECT_MISMATCH = 0.05

Progress = Callable[[int, int, str], None]


class ImportCancelled(Exception):
    """The user cancelled the import; nothing was kept."""


class SpecimenImportError(ValueError):
    """The import cannot go on; ``problems`` are ``file: reason`` lines for the user."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True, slots=True)
class LoadedLights:
    """The decoded images of one specimen, by light, with how each lines up with white."""

    scans: Mapping[Light, Scan]
    alignments: Mapping[Light, Alignment]
    #: Lights whose automatic alignment failed, with the reason: align them by four points.
    unaligned: Mapping[Light, str] = field(default_factory=dict)

    @property
    def white(self) -> Scan:
        return self.scans[Light.WHITE]

    def aligned(self, light: Light) -> np.ndarray:
        """The image under ``light`` resampled into the white image's frame."""
        scan = self.scans[light]
        if light is Light.WHITE:
            return scan.pixels
        return warp_to(scan.pixels, self.alignments[light], self.white.size_px)

    def with_alignment(self, light: Light, alignment: Alignment) -> LoadedLights:
        unaligned = {k: v for k, v in self.unaligned.items() if k is not light}
        return LoadedLights(self.scans, {**self.alignments, light: alignment}, unaligned)


def load_lights(
    files: Mapping[Light, Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadedLights:
    """Decode every file and align each light to white.

    Raises SpecimenImportError listing every unusable file (missing white, corrupt, too large, a
    different shape from the white image), ImportCancelled when ``cancelled()`` turns true.
    Lights that cannot be aligned automatically are kept unaligned, with the reason, for the
    four-point fallback.
    """
    if Light.WHITE not in files:
        raise SpecimenImportError(
            ["white: a white-light image is needed; the others are aligned to it"]
        )
    order = [Light.WHITE, *(light for light in files if light is not Light.WHITE)]
    total = 2 * len(order) - 1
    step = 0
    scans: dict[Light, Scan] = {}
    problems: list[str] = []
    for light in order:
        _check(cancelled)
        _report(progress, step, total, f"reading {files[light].name}")
        try:
            scans[light] = load_scan(files[light])
        except ScanError as exc:
            problems.append(f"{light.value}: {exc.file}: {exc.reason}")
        step += 1
    if Light.WHITE in scans:
        white = scans[Light.WHITE]
        for light, scan in scans.items():
            if light is not Light.WHITE and _aspect_differs(scan.size_px, white.size_px):
                problems.append(
                    f"{light.value}: {scan.file}: {scan.size_px[0]}x{scan.size_px[1]} px does not "
                    f"have the shape of the white image ({white.size_px[0]}x{white.size_px[1]} px); "
                    "is it the same document side?"
                )
    if problems:
        raise SpecimenImportError(problems)
    alignments: dict[Light, Alignment] = {Light.WHITE: identity()}
    unaligned: dict[Light, str] = {}
    for light in order[1:]:
        _check(cancelled)
        _report(progress, step, total, f"aligning {light.value} to white")
        try:
            alignments[light] = align_automatic(scans[Light.WHITE].pixels, scans[light].pixels)
        except AlignmentError as exc:
            alignments[light] = _stretch(scans[light].size_px, scans[Light.WHITE].size_px)
            unaligned[light] = str(exc)
        step += 1
    _report(progress, total, total, "done")
    return LoadedLights(scans, alignments, unaligned)


def page_size_mm(
    document_type: DocumentType,
    page_px: tuple[int, int],
    *,
    size_mm: tuple[float, float] | None = None,
    dpi: float | None = None,
) -> tuple[float, float]:
    """The physical size of the page: as given, else from the dpi, else the type's nominal size.

    ValueError with a reason a user can act on when none is known or the page's shape does not
    fit it (packs place regions by scaling millimetres to pixels, so it must).
    """
    if size_mm is None and dpi is not None:
        size_mm = size_mm_for(page_px, dpi)
    if size_mm is None:
        if document_type not in NOMINAL_SIZE_MM:
            raise ValueError("give the physical size or the scan's dpi for this document type")
        size_mm = NOMINAL_SIZE_MM[document_type]
    if size_mm[0] <= 0 or size_mm[1] <= 0 or max(size_mm) > 500:
        raise ValueError(f"a size of {size_mm[0]:g} x {size_mm[1]:g} mm is not a document's")
    page_aspect = page_px[0] / page_px[1]
    want = size_mm[0] / size_mm[1]
    if abs(page_aspect / want - 1.0) > MAX_PAGE_ASPECT_MISMATCH:
        raise ValueError(
            f"the page is {page_px[0]}x{page_px[1]} px (aspect {page_aspect:.2f}) but "
            f"{size_mm[0]:g} x {size_mm[1]:g} mm has aspect {want:.2f}; crop to the page edges "
            "or correct the size"
        )
    return (float(size_mm[0]), float(size_mm[1]))


def cut_pages(
    lights: LoadedLights,
    corners: Sequence[tuple[float, float]] | None,
    size_mm: tuple[float, float],
    *,
    dpi: float | None = None,
) -> dict[Light, np.ndarray]:
    """Every light's page, aligned to white, cut out by ``corners`` (on the white image; None
    keeps the whole image) and straightened to one pixel size: ``dpi`` when given, else the
    white image's own resolution across the page."""
    white_w, white_h = lights.white.size_px
    if corners is None:
        corners = [(0.0, 0.0), (white_w, 0.0), (white_w, white_h), (0.0, white_h)]
    if dpi is None:
        top = float(np.hypot(corners[1][0] - corners[0][0], corners[1][1] - corners[0][1]))
        dpi = top / size_mm[0] * 25.4
    size_px = size_px_for(size_mm, dpi)
    return {light: rectify(lights.aligned(light), corners, size_px) for light in lights.scans}


def _stretch(moving: tuple[int, int], reference: tuple[int, int]) -> Alignment:
    sx, sy = reference[0] / moving[0], reference[1] / moving[1]
    return Alignment(np.diag([sx, sy, 1.0]), "identity")


def _aspect_differs(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return abs((a[0] / a[1]) / (b[0] / b[1]) - 1.0) > MAX_ASPECT_MISMATCH


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled


def _report(progress: Progress | None, done: int, total: int, what: str) -> None:
    if progress is not None:
        progress(done, total, what)
