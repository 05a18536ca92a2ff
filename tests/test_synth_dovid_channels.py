"""The DOVID's image channels switch on both tilt axes: rocked left–right the emblem gives way
to the state code, rocked towards or away a ring of rays lights up and turns. A foil imitation
switches on neither."""

from __future__ import annotations

import copy
import random

import cv2
import numpy as np
import pytest

from docinspect.model import Light, Viewing
from docinspect.model.geometry import Bounds
from docinspect.optics import SpecimenSource, render_view
from docinspect.synth.documents import SCENE_FILE, build_document
from docinspect.synth.forgeries import forge

pytestmark = pytest.mark.usefixtures("qapp")

PX_PER_MM = 16.0


def _source(draft, folder) -> SpecimenSource:
    files = dict(draft.files)
    files[SCENE_FILE] = draft.scene_bytes()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return SpecimenSource(draft.specimen("s"), folder, draft.scene())


def _ring(draft) -> Bounds:
    """The DOVID's box, from its ray channel's ends."""
    pts = np.array([p for sub in draft.item("ovd-rays-away").subpaths for p in sub], dtype=float)
    (left, top), (right, bottom) = pts.min(axis=0), pts.max(axis=0)
    return Bounds(left - 0.3, top - 0.3, right + 0.3, bottom + 0.3)


def _on_rays(draft, box: Bounds, side: str) -> np.ndarray:
    """(H, W) bool: the crop's pixels on the middle of one ray channel's strokes."""
    size = (round(box.width * PX_PER_MM), round(box.height * PX_PER_MM))
    mask = np.zeros((size[1], size[0]), np.uint8)
    for a, b in draft.item(f"ovd-rays-{side}").subpaths:
        ends = [
            (round((x - box.left) * PX_PER_MM), round((y - box.top) * PX_PER_MM)) for x, y in (a, b)
        ]
        cv2.line(mask, ends[0], ends[1], 255, 1)
    return mask > 0


def _look(src: SpecimenSource, box: Bounds, away: float) -> np.ndarray:
    size = (round(box.width * PX_PER_MM), round(box.height * PX_PER_MM))
    img = render_view(src, Viewing(Light.WHITE, tilt_away_deg=away), box, size)
    return img.astype(np.float32)


def test_rays_light_up_and_turn_towards_and_away_on_the_genuine_foil_only(tmp_path):
    genuine = build_document(31, doc_type="td3", traveller=False)
    box = _ring(genuine)
    imitation = copy.deepcopy(genuine)
    forge(imitation, ["static_ovd"], subtlety=0.5, rng=random.Random(2))
    (tmp_path / "g").mkdir()
    (tmp_path / "f").mkdir()
    real = _source(genuine, tmp_path / "g")
    fake = _source(imitation, tmp_path / "f")

    away, towards = _on_rays(genuine, box, "away"), _on_rays(genuine, box, "towards")

    def change(src, a, b, where):
        diff = np.abs(_look(src, box, a) - _look(src, box, b)).mean(axis=2)
        return float(diff[where].mean())

    # The foil's colours travel with any tilt; across the switch (8 degrees) the rays appear,
    # each channel on its own side, where the other has none.
    drift = change(real, 7.2, 7.9, away)
    assert change(real, 7.9, 8.6, away) > 3 * drift + 10
    assert change(real, -7.9, -8.6, towards) > 3 * drift + 10
    assert change(real, 7.9, 8.6, towards) < drift + 5
    # The imitation shows no rays: across the switch only its colour drift, if that.
    assert change(fake, 7.9, 8.6, away) < drift + 5
