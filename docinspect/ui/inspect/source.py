"""Where the inspection view gets its pixels: a specimen under a light, any window, any size.

A ``PageSource`` answers "draw this window of the page, lit so, at this many pixels". Captured
layers (imported scans) are cropped and resampled as they are; a light with no capture raises
``NoLayerError`` so the view can say so instead of inventing an image.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np
from PIL import Image

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Viewing
from docinspect.model.specimen import Specimen

#: What the view shows beyond the page's edge (the desk under the document).
DESK_RGB = (38, 40, 44)


class NoLayerError(LookupError):
    """The specimen has neither a captured image nor a scene for this light."""

    def __init__(self, specimen_id: str, light: Light) -> None:
        super().__init__(f"specimen {specimen_id!r} has no image under {light.value}")
        self.specimen_id = specimen_id
        self.light = light


class PageSource(Protocol):
    """A specimen that can be drawn under a light, window by window."""

    @property
    def specimen(self) -> Specimen: ...

    def has_light(self, light: Light) -> bool:
        """True when the specimen can be shown under ``light`` (captured or rendered)."""
        ...

    def max_px_per_mm(self, light: Light) -> float | None:
        """Finest useful resolution under ``light`` (a scan's own), or None when unbounded."""
        ...

    def render(self, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]) -> np.ndarray:
        """The window of the page as an (H, W, 3) uint8 RGB array of ``size_px`` = (W, H).

        Raises NoLayerError when the light has neither a capture nor a scene.
        """
        ...


class CapturedSource:
    """A specimen shown from its captured layers (image files next to its record)."""

    def __init__(self, specimen: Specimen, folder: Path | None) -> None:
        self._specimen = specimen
        self._folder = folder
        self._images: dict[Light, np.ndarray] = {}
        self._sizes: dict[Light, tuple[int, int]] = {}
        self._lock = threading.Lock()

    @property
    def specimen(self) -> Specimen:
        return self._specimen

    def has_light(self, light: Light) -> bool:
        return self._folder is not None and light in self._specimen.layers

    def max_px_per_mm(self, light: Light) -> float | None:
        if not self.has_light(light):
            return None
        return self._size(light)[0] / self._specimen.width_mm

    def _size(self, light: Light) -> tuple[int, int]:
        # Read from the file's header only: the GUI thread asks this, and decoding a large
        # scan there would freeze the window.
        with self._lock:
            size = self._sizes.get(light)
            if size is None:
                with Image.open(self._layer_path(light)) as img:
                    size = self._sizes[light] = img.size
            return size

    def _layer_path(self, light: Light) -> Path:
        layer = self._specimen.layers.get(light)
        if layer is None or self._folder is None:
            raise NoLayerError(self._specimen.id, light)
        return self._folder / layer.file

    def _image(self, light: Light) -> np.ndarray:
        with self._lock:
            cached = self._images.get(light)
            if cached is not None:
                return cached
            with Image.open(self._layer_path(light)) as img:
                array = np.ascontiguousarray(np.asarray(img.convert("RGB")))
            self._images[light] = array
            self._sizes[light] = (array.shape[1], array.shape[0])
            return array

    def render(self, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]) -> np.ndarray:
        if not self.has_light(viewing.light):
            raise NoLayerError(self._specimen.id, viewing.light)
        return resample_window(
            self._image(viewing.light),
            (self._specimen.width_mm, self._specimen.height_mm),
            window_mm,
            size_px,
        )


def resample_window(
    image: np.ndarray,
    page_mm: tuple[float, float],
    window_mm: Bounds,
    size_px: tuple[int, int],
) -> np.ndarray:
    """Cut ``window_mm`` out of a full-page image and resample it to ``size_px`` (W, H).

    The parts of the window beyond the page show the desk colour. Shrinking averages
    (INTER_AREA, no aliasing of fine lines); enlarging interpolates (a scan holds no more).
    """
    out_w, out_h = max(1, int(size_px[0])), max(1, int(size_px[1]))
    out = np.empty((out_h, out_w, 3), np.uint8)
    out[:] = DESK_RGB
    img_h, img_w = image.shape[:2]
    sx = img_w / page_mm[0]  # image px per mm
    sy = img_h / page_mm[1]
    ox = out_w / window_mm.width  # output px per mm
    oy = out_h / window_mm.height
    # Part of the window that lies on the page, in mm.
    left = max(window_mm.left, 0.0)
    top = max(window_mm.top, 0.0)
    right = min(window_mm.right, page_mm[0])
    bottom = min(window_mm.bottom, page_mm[1])
    if right <= left or bottom <= top:
        return out
    # Destination rectangle in output px.
    dx0 = round((left - window_mm.left) * ox)
    dy0 = round((top - window_mm.top) * oy)
    dx1 = round((right - window_mm.left) * ox)
    dy1 = round((bottom - window_mm.top) * oy)
    dw, dh = dx1 - dx0, dy1 - dy0
    if dw <= 0 or dh <= 0:
        return out
    # Source rectangle in image px, kept fractional so small windows land exactly.
    src_x0, src_y0 = left * sx, top * sy
    src_x1, src_y1 = right * sx, bottom * sy
    scale_x = dw / max(src_x1 - src_x0, 1e-9)
    scale_y = dh / max(src_y1 - src_y0, 1e-9)
    if scale_x < 1.0 and scale_y < 1.0:
        ix0, iy0 = int(src_x0), int(src_y0)
        ix1, iy1 = min(img_w, int(np.ceil(src_x1))), min(img_h, int(np.ceil(src_y1)))
        patch = cv2.resize(image[iy0:iy1, ix0:ix1], (dw, dh), interpolation=cv2.INTER_AREA)
    else:
        # Only the few source pixels the window needs (plus the bicubic kernel's reach), so a
        # small loupe window costs the same on a 600 dpi scan as on a thumbnail.
        cx0 = max(0, int(src_x0) - 2)
        cy0 = max(0, int(src_y0) - 2)
        cx1 = min(img_w, int(np.ceil(src_x1)) + 3)
        cy1 = min(img_h, int(np.ceil(src_y1)) + 3)
        crop = image[cy0:cy1, cx0:cx1]
        # Map each destination pixel centre back into the crop (sub-pixel accurate).
        matrix = np.array(
            [
                [1.0 / scale_x, 0.0, src_x0 - cx0 + 0.5 / scale_x - 0.5],
                [0.0, 1.0 / scale_y, src_y0 - cy0 + 0.5 / scale_y - 0.5],
            ]
        )
        patch = cv2.warpAffine(
            crop,
            matrix,
            (dw, dh),
            flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
    out[dy0:dy1, dx0:dx1] = patch
    return out


def open_page_source(specimen: Specimen, folder: Path | None) -> PageSource:
    """The best way to show ``specimen``: its captured layers, as they are."""
    return CapturedSource(specimen, folder)
