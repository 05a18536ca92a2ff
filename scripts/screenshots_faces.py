"""Re-make the face pictures of docs/generator.md from the generator itself.

    .venv/bin/python scripts/screenshots_faces.py [--out docs/images]

- ``faces-holders.png``: 24 holders of generated documents (seeds 0-23), as on their photos,
  with sex and age at issue under each;
- ``faces-travellers.png``: four holders (document photo) beside themselves at the desk years
  later (the genuine traveller: other pose, light, expression, hair, glasses, weight);
- ``faces-impostors.png``: four holders beside an impostor at subtlety 0 (obvious: differs in
  every stable feature) and four at subtlety 1 (expert: one feature), with the features that
  differ under each;
- ``faces-ages.png``: four people drawn at 1, 3, 5, 8, 12, 16 and 30 years (a child's large
  cranium over a short face, eyes at or below the middle of the head, no glasses or adult
  hair styles on a toddler).

Everything comes from build_document and forge, the same code that generates packs. Look at
the pictures before committing them: would an officer take two holders for one person, or the
genuine traveller for someone else?
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from docinspect.synth import portrait
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import forge

SCALE = 0.5


def _tile(face: portrait.Face, label: str) -> Image.Image:
    image = Image.fromarray(portrait.render_portrait_array(face))
    w, h = round(image.width * SCALE), round(image.height * SCALE)
    tile = Image.new("RGB", (w, h + 30), "white")
    tile.paste(image.resize((w, h), Image.Resampling.LANCZOS), (0, 0))
    draw = ImageDraw.Draw(tile)
    for i, line in enumerate(label.split("\n")[:2]):
        draw.text((4, h + 3 + 13 * i), line, fill=(20, 20, 20))
    return tile


def _sheet(tiles: list[Image.Image], columns: int, gap: int = 6) -> Image.Image:
    w, h = tiles[0].size
    rows = (len(tiles) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * (w + gap) - gap, rows * (h + gap) - gap), (255, 255, 255))
    for i, tile in enumerate(tiles):
        sheet.paste(tile, ((i % columns) * (w + gap), (i // columns) * (h + gap)))
    return sheet


def _impostor(seed: int, subtlety: float):
    d = copy.deepcopy(build_document(seed))
    forge(d, ["impostor"], subtlety=subtlety, rng=random.Random(seed))
    return d


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/images"))
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)

    holders = [build_document(seed) for seed in range(24)]
    tiles = [_tile(d.face, f"{d.holder.sex}, {round(d.face.age)} at issue") for d in holders]
    _sheet(tiles, 8).save(out / "faces-holders.png")

    tiles = []
    for d in holders[:4]:
        years = round(d.traveller.age - d.face.age)
        tiles += [
            _tile(d.face, "document photo"),
            _tile(d.traveller, f"at the desk, {years} y later"),
        ]
    _sheet(tiles, 8).save(out / "faces-travellers.png")

    tiles = []
    for subtlety in (0.0, 1.0):
        for seed in (30, 31, 32, 33):
            d = _impostor(seed, subtlety)
            groups = ", ".join(portrait.differing_features(d.face, d.traveller))
            tiles += [
                _tile(d.face, "document photo"),
                _tile(d.traveller, f"impostor, subtlety {subtlety:g}\n{groups}"),
            ]
    _sheet(tiles, 8).save(out / "faces-impostors.png")

    tiles = []
    for seed in range(4):
        rng = np.random.default_rng(100 + seed)
        face = portrait.random_face(rng, sex="F" if seed % 2 else "M")
        for age in (1, 3, 5, 8, 12, 16, 30):
            tiles.append(_tile(dataclasses.replace(face, age=age), f"{face.sex}, {age} years"))
    _sheet(tiles, 7).save(out / "faces-ages.png")
    print(f"wrote faces-holders, -travellers, -impostors and -ages .png to {out}")


if __name__ == "__main__":
    main()
