"""Pack reading speed (prints figures): validating a pack of scanned specimens, folder and zip.

    /work/venv/bin/python benchmarks/bench_pack.py [--specimens N] [--dpi D]

Builds, in a temporary folder, a pack of N TD3 specimens with white, UV and IR layers scanned
at D dpi (PNG), then times: write_pack (staging + validation + swap), read_pack with every
image decoded, read_pack reading headers only (``--quick``), the first read of the same pack as
a zip (check + unpack into the cache + validate) and a second read (cache hit), and the
refusal of a 60000 x 60000 PNG header.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile.packbuild import huge_png_header, specimen  # noqa: E402

from docinspect.model import Layer, Light  # noqa: E402
from docinspect.packs import SpecimenFiles, read_pack, validate_pack, write_pack  # noqa: E402


def _scan(width: int, height: int, seed: int) -> bytes:
    # A smooth background with fine noise: compresses like a real scan, not like a flat fill.
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = (180 + 40 * np.sin(x / 37.0) * np.cos(y / 53.0)).astype(np.int16)
    noise = rng.integers(-6, 7, size=(height, width), dtype=np.int16)
    gray = np.clip(base + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(np.dstack([gray, gray, gray])).save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def _timed(label: str, func) -> object:
    start = time.perf_counter()
    result = func()
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specimens", type=int, default=10)
    parser.add_argument("--dpi", type=int, default=600)
    args = parser.parse_args()
    width, height = round(125 / 25.4 * args.dpi), round(88 / 25.4 * args.dpi)
    layers = {
        light: Layer(light, f"{light.value}.png") for light in (Light.WHITE, Light.UV365, Light.IR)
    }
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DOCINSPECT_HOME"] = str(Path(tmp) / "home")
        image = _scan(width, height, 1)
        items = [
            SpecimenFiles(
                specimen(f"s{i:03d}", layers=layers),
                {layer.file: image for layer in layers.values()},
            )
            for i in range(args.specimens)
        ]
        count = args.specimens * len(layers)
        size_mb = len(image) * count / 1e6
        print(
            f"{args.specimens} specimens x {len(layers)} layers of {width}x{height} px ({size_mb:.0f} MB of PNG)"
        )
        dest = Path(tmp) / "pack"
        _timed(
            "write_pack (folder, validated before swap)",
            lambda: write_pack(dest, pack_id="bench", title="Bench", version="1", specimens=items),
        )
        _timed("read_pack, every image decoded", lambda: read_pack(dest))
        _timed("read_pack, headers only (--quick)", lambda: read_pack(dest, verify_images=False))
        zipped = Path(tmp) / "pack.zip"
        _timed(
            "write_pack (zip)",
            lambda: write_pack(
                zipped,
                pack_id="bench",
                title="Bench",
                version="1",
                specimens=items,
                verify_images=False,
            ),
        )
        _timed("read_pack zip, first time (unpack + decode)", lambda: read_pack(zipped))
        _timed("read_pack zip, cached (decode)", lambda: read_pack(zipped))
        _timed(
            "read_pack zip, cached, headers only", lambda: read_pack(zipped, verify_images=False)
        )
        (dest / "specimens/s000/white.png").write_bytes(huge_png_header())
        problems = _timed("validate, 60000x60000 PNG header", lambda: validate_pack(dest))
        print(f"  -> {problems[0]}")


if __name__ == "__main__":
    main()
