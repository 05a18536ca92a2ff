"""Checking layer and asset images: format, pixel size from the header, then a bounded decode.

The size comes from the file's header before any pixel is decoded: a PNG's IHDR is read by
hand, JPEG and TIFF headers by Pillow's lazy ``Image.open`` (which parses headers only). An
image over MAX_IMAGE_PIXELS is refused there, so a header claiming 60000 x 60000 pixels costs
a few bytes of reading. Pillow's own decompression-bomb guard stays on as a second line (its
warning is turned into an error here). Only then, when asked, is the image decoded in full,
which is what finds truncated or corrupt data.
"""

from __future__ import annotations

import struct
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PIL import Image, UnidentifiedImageError

from docinspect.packs.limits import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE

PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_FORMATS: Final = {"PNG": "PNG", "JPEG": "JPEG", "TIFF": "TIFF"}


class ImageCheckError(ValueError):
    """The image is unusable; the message is the reason, for a Problem."""


@dataclass(frozen=True, slots=True)
class ImageInfo:
    format: str  # PNG, JPEG or TIFF
    width: int
    height: int
    mode: str  # Pillow's mode: L, RGB, I;16, ...


def sniff_format(head: bytes) -> str | None:
    """PNG, JPEG or TIFF from the first bytes of a file, or None."""
    if head.startswith(PNG_SIGNATURE):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    return None


def _png_header_size(head: bytes) -> tuple[int, int]:
    # Signature, then the IHDR chunk: length 13, type, width, height (big-endian).
    if len(head) < 24 or head[12:16] != b"IHDR":
        raise ImageCheckError("PNG without an IHDR header")
    return struct.unpack(">II", head[16:24])


def _check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ImageCheckError(f"header claims {width}x{height} pixels")
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise ImageCheckError(
            f"header claims {width}x{height} pixels, more than the limit of "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels ({MAX_IMAGE_SIDE} pixels a side); "
            "not decoded"
        )


def inspect_image(path: Path, *, decode: bool = True) -> ImageInfo:
    """Format, size and mode of the image at ``path``; raises ImageCheckError with the reason.

    Never decodes an image whose header claims more than MAX_IMAGE_PIXELS. With ``decode``
    the pixels are decoded once (and dropped), which catches truncated and corrupt files.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(32)
    except OSError as exc:
        raise ImageCheckError(f"cannot be read ({exc.strerror})") from None
    fmt = sniff_format(head)
    if fmt is None:
        raise ImageCheckError("not a PNG, JPEG or TIFF image")
    if fmt == "PNG":
        _check_size(*_png_header_size(head))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=[fmt]) as image:
                width, height = image.size
                _check_size(width, height)
                mode = image.mode
                if decode:
                    image.load()
        except ImageCheckError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageCheckError(f"refused as a decompression bomb: {exc}") from None
        except UnidentifiedImageError:
            raise ImageCheckError(f"{fmt} header cannot be read") from None
        except MemoryError:
            raise ImageCheckError("too large to decode") from None
        except (OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError) as exc:
            reason = str(exc) or type(exc).__name__
            if "truncated" in reason or isinstance(exc, EOFError):
                raise ImageCheckError(f"truncated {fmt} image ({reason})") from None
            raise ImageCheckError(f"corrupt {fmt} image ({reason})") from None
    return ImageInfo(format=fmt, width=width, height=height, mode=mode)
