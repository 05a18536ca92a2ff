"""Checking layer and asset images: format, pixel size from the header, then a bounded decode.

The size comes from the file's header, read by hand before Pillow sees the file: a PNG's
IHDR, a JPEG's frame header (SOFn), a TIFF's first directory. An image over
MAX_IMAGE_PIXELS is refused there, so a header claiming 60000 x 60000 pixels costs
a few bytes of reading. Pillow's own decompression-bomb guard stays on as a second line (its
warning is turned into an error here). Only then, when asked, is the image decoded in full,
which is what finds truncated or corrupt data.
"""

from __future__ import annotations

import struct
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

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


_JPEG_SOF: Final = frozenset(
    {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
)
#: How far into a JPEG to look for its frame header (EXIF, ICC and other segments come first).
_JPEG_SCAN_BYTES: Final = 4 * 1024 * 1024


def _jpeg_header_size(handle: BinaryIO) -> tuple[int, int]:
    handle.seek(2)  # after SOI
    while handle.tell() < _JPEG_SCAN_BYTES:
        byte = handle.read(1)
        if byte != b"\xff":
            raise ImageCheckError("JPEG header is corrupt (no marker where one is due)")
        marker = handle.read(1)
        while marker == b"\xff":  # fill bytes
            marker = handle.read(1)
        if not marker:
            break
        code = marker[0]
        if code == 0xD8 or code == 0x01 or 0xD0 <= code <= 0xD7:
            continue  # markers without a length
        raw = handle.read(2)
        if len(raw) < 2:
            break
        (length,) = struct.unpack(">H", raw)
        if length < 2:
            raise ImageCheckError("JPEG header is corrupt (bad segment length)")
        if code in _JPEG_SOF:
            frame = handle.read(5)
            if len(frame) < 5:
                break
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        if code in (0xDA, 0xD9):  # scan data or end of image before any frame header
            raise ImageCheckError("JPEG has no frame header")
        handle.seek(length - 2, 1)
    raise ImageCheckError("truncated JPEG image (no frame header)")


def _tiff_header_size(handle: BinaryIO) -> tuple[int, int]:
    head = handle.read(8)
    order = "<" if head[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", head[4:8])
    handle.seek(offset)
    raw = handle.read(2)
    if len(raw) < 2:
        raise ImageCheckError("truncated TIFF image (no directory)")
    (count,) = struct.unpack(order + "H", raw)
    entries = handle.read(12 * min(count, 4096))
    found: dict[int, int] = {}
    for at in range(0, len(entries) - 11, 12):
        tag, kind, _count = struct.unpack(order + "HHI", entries[at : at + 8])
        if tag in (256, 257):
            value = entries[at + 8 : at + 12]
            found[tag] = struct.unpack(
                order + ("H" if kind == 3 else "I"), value[: 2 if kind == 3 else 4]
            )[0]
    if 256 not in found or 257 not in found:
        raise ImageCheckError("TIFF directory has no image width or length")
    return found[256], found[257]


def header_size(path: Path, fmt: str) -> tuple[int, int]:
    """(width, height) as the image file's header states it, read without Pillow."""
    try:
        with open(path, "rb") as handle:
            if fmt == "PNG":
                return _png_header_size(handle.read(24))
            if fmt == "JPEG":
                return _jpeg_header_size(handle)
            return _tiff_header_size(handle)
    except struct.error:
        raise ImageCheckError(f"truncated {fmt} header") from None
    except OSError as exc:
        raise ImageCheckError(f"cannot be read ({exc.strerror})") from None


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
    _check_size(*header_size(path, fmt))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        # Pillow only warns when a TIFF's directory runs past the end of the file.
        warnings.filterwarnings("error", message="Truncated File Read")
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
        except Exception as exc:  # Pillow raises many kinds on hostile bytes; all mean corrupt
            reason = str(exc) or type(exc).__name__
            if "truncated" in reason.lower() or isinstance(exc, EOFError):
                raise ImageCheckError(f"truncated {fmt} image ({reason})") from None
            raise ImageCheckError(f"corrupt {fmt} image ({reason})") from None
    return ImageInfo(format=fmt, width=width, height=height, mode=mode)
