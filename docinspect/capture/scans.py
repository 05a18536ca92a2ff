"""Reading scans and photos of a specimen: one image file per light, checked before decoding.

Every file goes through the packs layer's image check first (format from the first bytes, pixel
size from the header, Pillow's decompression-bomb guard as an error), so a hostile or broken
file is refused with a reason before its pixels are touched. 16-bit images are brought down to
8 bits by their own range, not by cutting the low byte off a dim 12-bit scan.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from docinspect.packs.images import ImageCheckError, inspect_image


class ScanError(ValueError):
    """An image file cannot be used; ``file`` and ``reason`` are for the message."""

    def __init__(self, file: Path | str, reason: str) -> None:
        self.file = str(file)
        self.reason = reason
        super().__init__(f"{file}: {reason}")


@dataclass(frozen=True, slots=True)
class Scan:
    """A decoded scan: (H, W, 3) uint8 RGB pixels, where they came from, and their bit depth."""

    file: Path
    pixels: np.ndarray
    bits: int
    format: str

    @property
    def size_px(self) -> tuple[int, int]:
        return (int(self.pixels.shape[1]), int(self.pixels.shape[0]))


def load_scan(path: Path) -> Scan:
    """Decode the PNG, JPEG or TIFF file at ``path`` into 8-bit RGB.

    Raises ScanError naming the file and the reason (not an image, truncated, corrupt, over the
    size limit, a decompression bomb) - never anything else for bad bytes.
    """
    path = Path(path)
    if not path.is_file():
        raise ScanError(path, "no such file")
    try:
        info = inspect_image(path, decode=False)
    except ImageCheckError as exc:
        raise ScanError(path, str(exc)) from None
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=[info.format]) as image:
                image.load()
                pixels, bits = _to_rgb8(image)
        except MemoryError:
            raise ScanError(path, "too large to decode") from None
        except Exception as exc:  # Pillow raises many kinds on damaged data; all mean corrupt
            reason = str(exc) or type(exc).__name__
            raise ScanError(path, f"corrupt {info.format} image ({reason})") from None
    return Scan(file=path, pixels=pixels, bits=bits, format=info.format)


def _to_rgb8(image: Image.Image) -> tuple[np.ndarray, int]:
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        raw = np.asarray(image).astype(np.float64)
        top = float(raw.max()) if raw.size else 0.0
        # A 12-bit sensor stores 0..4095 in 16 bits: stretch by the range actually used so
        # the picture is not nearly black, but never brighten an 8-bit-range image.
        scale = 255.0 / (65535.0 if top > 4095 else 4095.0 if top > 255 else 255.0)
        grey = np.clip(raw * scale + 0.5, 0, 255).astype(np.uint8)
        return np.ascontiguousarray(np.dstack([grey] * 3)), 16
    if mode == "F":
        raise ValueError("floating-point images are not supported")
    bits = 16 if "16" in mode else 8
    rgb = image.convert("RGB")
    return np.ascontiguousarray(np.asarray(rgb)), bits
