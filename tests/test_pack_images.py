"""Layer images: PNG, JPEG and TIFF (8 and 16 bit) are accepted; oversized headers are refused
before decoding, whatever the format."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import numpy as np
import pytest
from hostile.packbuild import huge_png_header, read_json, valid_pack, write_json
from PIL import Image

from docinspect.packs import read_pack, validate_pack
from docinspect.packs.images import ImageCheckError, inspect_image

W, H = 250, 176


def _save(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _gray16() -> Image.Image:
    ramp = (np.arange(W * H, dtype=np.uint32).reshape(H, W) * 7 % 65536).astype(np.uint16)
    return Image.fromarray(ramp)


def _rgb16_png() -> bytes:
    import cv2

    pixels = (np.random.default_rng(1).random((H, W, 3)) * 65535).astype(np.uint16)
    ok, encoded = cv2.imencode(".png", pixels)
    assert ok
    return encoded.tobytes()


def _rgb16_tiff() -> bytes:
    import cv2

    pixels = (np.random.default_rng(2).random((H, W, 3)) * 65535).astype(np.uint16)
    ok, encoded = cv2.imencode(".tif", pixels)
    assert ok
    return encoded.tobytes()


FORMATS = {
    "white.jpg": lambda: _save(Image.new("RGB", (W, H), (200, 190, 180)), "JPEG", quality=90),
    "white.tif": lambda: _save(
        Image.new("RGB", (W, H), (200, 190, 180)), "TIFF", compression="tiff_lzw"
    ),
    "white16.tif": lambda: _save(_gray16(), "TIFF"),
    "white16.png": lambda: _save(_gray16(), "PNG"),
    "rgb16.png": _rgb16_png,
    "rgb16.tif": _rgb16_tiff,
    "gray.png": lambda: _save(Image.new("L", (W, H), 128), "PNG"),
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_layer_formats_are_accepted(tmp_path: Path, name: str):
    pack = valid_pack(tmp_path / "p", specimens=1, exercises=0)
    folder = pack / "specimens/s01"
    (folder / "white.png").unlink()
    (folder / name).write_bytes(FORMATS[name]())
    spec = read_json(folder / "specimen.json")
    spec["layers"]["white"] = name
    write_json(folder / "specimen.json", spec)
    assert validate_pack(pack) == []
    assert read_pack(pack).layer_path("s01", "white").name == name


def _huge_jpeg() -> bytes:
    data = bytearray(_save(Image.new("RGB", (16, 16)), "JPEG"))
    sof = data.find(b"\xff\xc0")
    assert sof > 0
    data[sof + 5 : sof + 9] = struct.pack(">HH", 60000, 60000)  # height, width
    return bytes(data)


def _huge_tiff() -> bytes:
    # Little-endian TIFF, one IFD: 60000 x 60000, 8-bit gray, one 16-byte strip.
    entries = [
        (256, 4, 1, 60000),  # ImageWidth
        (257, 4, 1, 60000),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 1),  # Compression: none
        (262, 3, 1, 1),  # Photometric: black is zero
        (273, 4, 1, 8 + 2 + 12 * 8 + 4),  # StripOffsets: right after the IFD
        (278, 4, 1, 60000),  # RowsPerStrip
        (279, 4, 1, 16),  # StripByteCounts
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        ifd += struct.pack("<HHII", tag, kind, count, value)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + bytes(16)


@pytest.mark.parametrize(
    "name, make", [("big.png", huge_png_header), ("big.jpg", _huge_jpeg), ("big.tif", _huge_tiff)]
)
def test_huge_headers_are_refused_before_decoding(tmp_path: Path, name: str, make):
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(ImageCheckError, match="header claims 60000x60000 pixels"):
        inspect_image(path)


def test_header_only_mode_still_refuses_huge_images(tmp_path: Path):
    path = tmp_path / "big.png"
    path.write_bytes(huge_png_header())
    with pytest.raises(ImageCheckError, match="60000x60000"):
        inspect_image(path, decode=False)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_header_only_mode_still_finds_truncation(tmp_path: Path, fmt: str):
    data = _save(Image.effect_noise((W, H), 60).convert("RGB"), fmt)
    whole = tmp_path / "whole.img"
    whole.write_bytes(data)
    assert inspect_image(whole, decode=False).width == W
    cut = tmp_path / "cut.img"
    cut.write_bytes(data[: len(data) * 2 // 3])
    for decode in (False, True):
        with pytest.raises(ImageCheckError, match="truncated"):
            inspect_image(cut, decode=decode)


def test_header_only_mode_finds_a_damaged_png_chunk(tmp_path: Path):
    data = bytearray(_save(Image.effect_noise((W, H), 60).convert("RGB"), "PNG"))
    data[len(data) // 2] ^= 0xFF
    path = tmp_path / "damaged.png"
    path.write_bytes(bytes(data))
    with pytest.raises(ImageCheckError, match="fails its CRC"):
        inspect_image(path, decode=False)


def test_aspect_ratio_must_match_the_page(tmp_path: Path):
    pack = valid_pack(tmp_path / "p", specimens=1, exercises=0)
    for name in ("white.png", "uv365.png"):
        (pack / "specimens/s01" / name).write_bytes(_save(Image.new("RGB", (200, 200)), "PNG"))
    (problem,) = validate_pack(pack)
    assert problem.file == "specimens/s01/specimen.json"
    assert "aspect" in problem.reason and "125 x 88 mm" in problem.reason
