"""Speed of importing a specimen from photos: reading, aligning, cutting the pages. Prints
figures; asserts nothing.

A document-like page is drawn at ``--dpi`` (TD3, 125 x 88 mm; 600 dpi is 2953 x 2079 px),
photographed three times (white on a desk; UV dark and inverted, IR grey, each turned, scaled
and shifted as a hand-held photo is), saved as PNG, JPEG and TIFF, then imported as the studio
does: ``load_lights`` (decode + automatic alignment of UV and IR to white) and ``cut_pages``.
Alignment accuracy against the known motion is printed too. Wall and CPU times.

Run: python benchmarks/bench_capture.py [--dpi 600] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docinspect.capture import cut_pages, load_lights, page_size_mm  # noqa: E402
from docinspect.model import DocumentType, Light  # noqa: E402
from tests.test_capture_support import document_page, similarity  # noqa: E402


def _photos(folder: Path, dpi: float) -> tuple[dict[Light, Path], dict[Light, np.ndarray]]:
    width, height = round(125 * dpi / 25.4), round(88 * dpi / 25.4)
    page = document_page(width, height)
    motions = {
        Light.WHITE: np.eye(3),
        Light.UV365: similarity(
            width, height, angle=1.8, scale=1.03, shift=(0.02 * width, -0.01 * height)
        ),
        Light.IR: similarity(
            width, height, angle=-2.2, scale=0.98, shift=(-0.015 * width, 0.02 * height)
        ),
    }
    files: dict[Light, Path] = {}
    for light, motion in motions.items():
        photo = cv2.warpPerspective(page, motion, (width, height), borderValue=(40, 40, 40))
        if light is Light.UV365:
            photo = (255 - photo) // 3
            files[light] = folder / "uv.jpg"
            Image.fromarray(photo).save(files[light], quality=92)
        elif light is Light.IR:
            files[light] = folder / "ir.tif"
            Image.fromarray(cv2.cvtColor(photo, cv2.COLOR_RGB2GRAY)).save(files[light])
        else:
            files[light] = folder / "white.png"
            Image.fromarray(photo).save(files[light])
    return files, motions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=float, default=600.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        files, motions = _photos(Path(temp), args.dpi)
        w, h = Image.open(files[Light.WHITE]).size
        print(f"three photos of a TD3 page at {args.dpi:g} dpi: {w} x {h} px")
        walls, cpus, cuts = [], [], []
        errors: dict[Light, float] = {}
        for _ in range(args.repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            lights = load_lights(files)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            start = time.perf_counter()
            cut_pages(lights, None, page_size_mm(DocumentType.TD3, lights.white.size_px))
            cuts.append(time.perf_counter() - start)
            for light in (Light.UV365, Light.IR):
                truth = np.linalg.inv(motions[light])
                xs, ys = np.meshgrid(np.linspace(0, w, 9), np.linspace(0, h, 7))
                pts = np.stack([xs.ravel(), ys.ravel()], 1).reshape(-1, 1, 2)
                a = cv2.perspectiveTransform(pts, lights.alignments[light].homography)
                b = cv2.perspectiveTransform(pts, truth)
                errors[light] = float(np.linalg.norm((a - b).reshape(-1, 2), axis=1).max())
        print(
            f"read + align (3 lights): median {statistics.median(walls):.2f} s wall, "
            f"{statistics.median(cpus):.2f} s CPU (runs: {', '.join(f'{t:.2f}' for t in walls)})"
        )
        print(f"cut and straighten 3 pages: median {statistics.median(cuts):.2f} s")
        for light, error in errors.items():
            print(f"alignment error {light.value}: {error:.2f} px at worst over the page")


if __name__ == "__main__":
    main()
