"""Checking layer and asset images: format, pixel size from the header, then a bounded decode.

The size comes from the file's header, read by hand before Pillow sees the file: a PNG's
IHDR, a JPEG's frame header (SOFn), a TIFF's first directory. An image over
MAX_IMAGE_PIXELS is refused there, so a header claiming 60000 x 60000 pixels costs
a few bytes of reading. Pillow's own decompression-bomb guard stays on as a second line (its
warning is turned into an error here). Only then, when asked, is the image decoded in full,
which is what finds truncated or corrupt data.
"""

from __future__ import annotations

import contextlib
import os
import struct
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from PIL import Image, UnidentifiedImageError

from docinspect.i18n import Message, message_of, os_reason
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
        raise ImageCheckError(Message("PNG without an IHDR header"))
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
            raise ImageCheckError(Message("JPEG header is corrupt (no marker where one is due)"))
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
            raise ImageCheckError(Message("JPEG header is corrupt (bad segment length)"))
        if code in _JPEG_SOF:
            frame = handle.read(5)
            if len(frame) < 5:
                break
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        if code in (0xDA, 0xD9):  # scan data or end of image before any frame header
            raise ImageCheckError(Message("JPEG has no frame header"))
        handle.seek(length - 2, 1)
    raise ImageCheckError(Message("truncated JPEG image (no frame header)"))


def _tiff_header_size(handle: BinaryIO) -> tuple[int, int]:
    head = handle.read(8)
    order = "<" if head[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", head[4:8])
    handle.seek(offset)
    raw = handle.read(2)
    if len(raw) < 2:
        raise ImageCheckError(Message("truncated TIFF image (no directory)"))
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
        raise ImageCheckError(Message("TIFF directory has no image width or length"))
    return found[256], found[257]


def _png_structure(handle: BinaryIO, file_size: int) -> None:
    # Walk the chunks, checking each CRC, up to IEND: finds a cut or damaged file at the cost
    # of reading it once, without inflating the pixels.
    handle.seek(8)
    while True:
        head = handle.read(8)
        if len(head) < 8:
            raise ImageCheckError(Message("truncated PNG image (no IEND chunk)"))
        length, kind = struct.unpack(">I4s", head)
        if handle.tell() + length + 4 > file_size:
            raise ImageCheckError(
                Message("truncated PNG image (chunk {kind} runs past the end)", kind=repr(kind))
            )
        crc = zlib.crc32(kind)
        left = length
        while left:
            block = handle.read(min(left, 1 << 20))
            crc = zlib.crc32(block, crc)
            left -= len(block)
        if struct.unpack(">I", handle.read(4))[0] != crc:
            raise ImageCheckError(
                Message("corrupt PNG image (chunk {kind} fails its CRC)", kind=repr(kind))
            )
        if kind == b"IEND":
            return


def _jpeg_structure(handle: BinaryIO, file_size: int) -> None:
    # A complete JPEG ends with EOI (FFD9); cameras may append a little padding after it.
    handle.seek(max(0, file_size - 4096))
    tail = handle.read().rstrip(b"\x00")
    if not tail.endswith(b"\xff\xd9"):
        raise ImageCheckError(Message("truncated JPEG image (no end-of-image marker)"))


_TIFF_TYPES: Final = {3: ("H", 2), 4: ("I", 4), 16: ("Q", 8)}


def _tiff_values(handle: BinaryIO, order: str, kind: int, count: int, raw: bytes) -> list[int]:
    code, size = _TIFF_TYPES.get(kind, ("I", 4))
    if count > 1_000_000:
        raise ImageCheckError(Message("corrupt TIFF image (absurd strip count)"))
    if count * size <= 4:
        data = raw[: count * size]
    else:
        (offset,) = struct.unpack(order + "I", raw)
        handle.seek(offset)
        data = handle.read(count * size)
        if len(data) < count * size:
            raise ImageCheckError(Message("truncated TIFF image (strip table runs past the end)"))
    return list(struct.unpack(order + code * count, data))


def _tiff_structure(handle: BinaryIO, file_size: int) -> None:
    # Every strip (or tile) of the first image must lie inside the file.
    head = handle.read(8)
    order = "<" if head[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", head[4:8])
    handle.seek(offset)
    (count,) = struct.unpack(order + "H", handle.read(2))
    entries = handle.read(12 * min(count, 4096))
    tags: dict[int, tuple[int, int, bytes]] = {}
    for at in range(0, len(entries) - 11, 12):
        tag, kind, n = struct.unpack(order + "HHI", entries[at : at + 8])
        tags[tag] = (kind, n, entries[at + 8 : at + 12])
    for offsets_tag, counts_tag in ((273, 279), (324, 325)):
        if offsets_tag in tags and counts_tag in tags:
            offsets = _tiff_values(handle, order, *tags[offsets_tag])
            sizes = _tiff_values(handle, order, *tags[counts_tag])
            ends = [o + n for o, n in zip(offsets, sizes, strict=False)]
            if ends and max(ends) > file_size:
                raise ImageCheckError(
                    Message("truncated TIFF image (image data runs past the end)")
                )
            return
    raise ImageCheckError(Message("corrupt TIFF image (no image data)"))


def check_structure(path: Path, fmt: str) -> None:
    """Cheap completeness check without decoding: PNG chunk CRCs up to IEND, a JPEG's end
    marker, a TIFF's strips inside the file. Raises ImageCheckError."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            {"PNG": _png_structure, "JPEG": _jpeg_structure, "TIFF": _tiff_structure}[fmt](
                handle, size
            )
    except struct.error:
        raise ImageCheckError(Message("truncated {fmt} image", fmt=fmt)) from None
    except OSError as exc:
        raise ImageCheckError(Message("cannot be read ({reason})", reason=os_reason(exc))) from None


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
        raise ImageCheckError(Message("truncated {fmt} header", fmt=fmt)) from None
    except OSError as exc:
        raise ImageCheckError(Message("cannot be read ({reason})", reason=os_reason(exc))) from None


def _check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ImageCheckError(
            Message("header claims {width}x{height} pixels", width=width, height=height)
        )
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise ImageCheckError(
            Message(
                "header claims {width}x{height} pixels, more than the limit of {value} megapixels ({max_image_side} pixels a side); not decoded",
                width=width,
                height=height,
                value=MAX_IMAGE_PIXELS // 1000000,
                max_image_side=MAX_IMAGE_SIDE,
            )
        )


@contextlib.contextmanager
def image_warnings() -> Iterator[None]:
    """Warning filters for checking images: Pillow's bomb warning and a TIFF directory running
    past the end of the file become errors; its other chatter about damaged metadata (which
    would reach a terminal as extra lines) is silenced - the decode shows what matters."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        warnings.filterwarnings("error", message="Truncated File Read")
        yield


def inspect_image(path: Path, *, decode: bool = True, manage_warnings: bool = True) -> ImageInfo:
    """Format, size and mode of the image at ``path``; raises ImageCheckError with the reason.

    Never decodes an image whose header claims more than MAX_IMAGE_PIXELS. With ``decode``
    the pixels are decoded once (and dropped), which catches truncated and corrupt files;
    without it the file's structure is checked (check_structure), which catches truncation.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(32)
    except OSError as exc:
        raise ImageCheckError(Message("cannot be read ({reason})", reason=os_reason(exc))) from None
    fmt = sniff_format(head)
    if fmt is None:
        raise ImageCheckError(Message("not a PNG, JPEG or TIFF image"))
    _check_size(*header_size(path, fmt))
    # Warning filters are process-wide and catch_warnings is not thread-safe: a caller that
    # checks images on several threads sets them once around all of them instead.
    with image_warnings() if manage_warnings else contextlib.nullcontext():
        try:
            with Image.open(path, formats=[fmt]) as image:
                width, height = image.size
                _check_size(width, height)
                mode = image.mode
                if decode:
                    image.load()
                else:
                    check_structure(path, fmt)
        except ImageCheckError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageCheckError(
                Message("refused as a decompression bomb: {exc}", exc=message_of(exc))
            ) from None
        except UnidentifiedImageError:
            raise ImageCheckError(Message("{fmt} header cannot be read", fmt=fmt)) from None
        except MemoryError:
            raise ImageCheckError(Message("too large to decode")) from None
        except Exception as exc:  # Pillow raises many kinds on hostile bytes; all mean corrupt
            reason = message_of(exc) or type(exc).__name__
            if "truncated" in reason.lower() or isinstance(exc, EOFError):
                raise ImageCheckError(
                    Message("truncated {fmt} image ({reason})", fmt=fmt, reason=reason)
                ) from None
            raise ImageCheckError(
                Message("corrupt {fmt} image ({reason})", fmt=fmt, reason=reason)
            ) from None
    return ImageInfo(format=fmt, width=width, height=height, mode=mode)
