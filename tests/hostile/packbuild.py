"""Builders of packs for tests: valid ones through write_pack, broken ones by hand.

Nothing here is a committed binary: images are drawn with Pillow, zips are built with
zipfile, and the 60000 x 60000 PNG header is assembled chunk by chunk.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path
from typing import Any

from PIL import Image

from docinspect.model import (
    DocumentType,
    Layer,
    Light,
    Rect,
    Region,
    Role,
    Specimen,
    Truth,
    Verdict,
    load_taxonomy,
)
from docinspect.packs import SpecimenFiles, write_pack

#: 2 pixels per millimetre of a TD3 page: small and fast, with the right aspect ratio.
TD3_PIXELS = (250, 176)


def image_bytes(
    size: tuple[int, int] = TD3_PIXELS,
    *,
    fmt: str = "PNG",
    mode: str = "RGB",
    color: Any = (220, 215, 200),
) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, fmt)
    return buffer.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png_header(width: int = 60000, height: int = 60000) -> bytes:
    """A well-formed PNG whose IHDR claims width x height RGB pixels, with a tiny IDAT."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    # A few rows of zeros: decoding would need width*height*3 bytes, the file is tiny.
    idat = zlib.compress(b"\x00" * (width * 3 + 1) * 4, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def feature_ids() -> list[str]:
    return sorted(load_taxonomy().features)


def method_ids() -> list[str]:
    return sorted(load_taxonomy().methods)


def specimen(specimen_id: str = "s01", **changes: Any) -> Specimen:
    """A counterfeit TD3 specimen with a white and a UV layer and one region."""
    fields: dict[str, Any] = dict(
        id=specimen_id,
        title=f"Specimen {specimen_id}",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(Verdict.COUNTERFEIT, methods=tuple(method_ids()[:1]), explanation="Glows."),
        layers={
            Light.WHITE: Layer(Light.WHITE, "white.png"),
            Light.UV365: Layer(Light.UV365, "uv365.png"),
        },
        regions=(
            Region(
                id="r1",
                shape=Rect(10.0, 10.0, 30.0, 20.0),
                feature=feature_ids()[0],
                role=Role.FORGERY_INDICATOR,
                lights=frozenset({Light.UV365}),
                min_magnification=1.0,
                explanation="The paper glows blue-white.",
                method=method_ids()[0],
            ),
        ),
        mrz=(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ),
        issuing_state="UTO",
        data={"surname": "ERIKSSON", "document_number": "L898902C3"},
    )
    fields.update(changes)
    return Specimen(**fields)


def specimen_files(item: Specimen | None = None) -> SpecimenFiles:
    item = item or specimen()
    files: dict[str, bytes | Path] = {
        layer.file: image_bytes(color=(20, 20, 120) if light is Light.UV365 else (220, 215, 200))
        for light, layer in item.layers.items()
    }
    return SpecimenFiles(item, files)


def valid_pack(dest: Path, *, specimens: int = 2, exercises: int = 1) -> Path:
    """A valid pack at ``dest`` (a zip when it ends in .zip), written by write_pack."""
    from docinspect.packs import ExerciseFile

    write_pack(
        dest,
        pack_id="demo",
        title="Demo pack",
        version="1.0",
        description="For tests.",
        created="2026-11-28T10:00:00+00:00",
        specimens=[specimen_files(specimen(f"s{i:02d}")) for i in range(1, specimens + 1)],
        exercises=[
            ExerciseFile(f"exercises/e{i}.json", exercise(f"e{i}")) for i in range(1, exercises + 1)
        ],
    )
    return dest


def exercise(exercise_id: str, specimen_id: str = "s01") -> dict[str, Any]:
    """A small valid exercise (the practice layer's format) asking for one verdict."""
    return {
        "format": 1,
        "id": exercise_id,
        "title": f"Exercise {exercise_id[1:]}",
        "mode": "practice",
        "questions": [{"id": "q1", "type": "verdict", "specimen": specimen_id}],
    }


def read_json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


def write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=2), "utf-8")
