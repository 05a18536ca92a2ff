"""A generated passport booklet written to a folder and drawn page by page: what the booklet
tests on rendered pixels share (test_synth_booklet, test_synth_booklet_attacks)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from docinspect.model import Light, Viewing
from docinspect.model.geometry import Bounds
from docinspect.optics.page_source import open_page_source
from docinspect.synth.generate import make_specimen

#: Pixels per mm the pages are drawn at (30 for the holes, a fifth of a millimetre wide).
PPM = 8


def visa_pages(specimen):
    """The booklet's pages after its data page (the cover and inside cover come before it)."""
    return [p for p in specimen.pages if not p.extra.get("before_data_page")]


def booklet(tmp: Path, **recipe):
    """The booklet of seed 7 (with ``recipe``'s forgery, if any), its files written to ``tmp``."""
    specimen, files = make_specimen(7, kind="td3-booklet", specimen_id="b1", **recipe)
    for name, content in files.items():
        (tmp / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp / name).write_bytes(content)
    return specimen


def pages(specimen):
    """The data page, then each visa page, as specimens to draw."""
    return [specimen, *(specimen.booklet_page(p.id) for p in visa_pages(specimen))]


def render(view, folder: Path, light: Light, box: Bounds, ppm: int = PPM) -> np.ndarray:
    size = (round(box.width * ppm), round(box.height * ppm))
    return open_page_source(view, folder).render(Viewing(light=light), box, size)


def perforation_box(specimen) -> Bounds:
    b = next(r.shape for r in specimen.regions if r.feature == "laser_perforation").bounds()
    return Bounds(b.left - 1.0, b.top - 1.0, b.right + 1.0, b.bottom + 1.0)


def holes(view, folder: Path, box: Bounds) -> np.ndarray:
    """Where the light box shines through the page: the perforation's holes."""
    return render(view, folder, Light.TRANSMITTED, box, ppm=30).min(axis=2) > 215


def grown(mask: np.ndarray, px: int = 3) -> np.ndarray:
    """``mask`` grown by ``px`` pixels each way (a hole's rim drawn a pixel off is no shift)."""
    out = mask.copy()
    for dy in range(-px, px + 1):
        for dx in range(-px, px + 1):
            out |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return out
