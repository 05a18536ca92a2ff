"""Generated documents as an officer and a reader see them: rendered through the optics."""

from __future__ import annotations

import numpy as np
import pytest

from docinspect.model import Light, Viewing
from docinspect.model.geometry import Bounds
from docinspect.optics import SpecimenSource
from docinspect.synth.documents import MRZ_PITCH_MM, SCENE_FILE, TD3_LAYOUT, build_document

PX_PER_MM_300DPI = 300 / 25.4


@pytest.fixture(scope="module")
def td3(tmp_path_factory, qapp):
    # qapp: the renderer uses the running QApplication, so later widget tests still work.
    draft = build_document(42)
    folder = tmp_path_factory.mktemp("td3")
    files = dict(draft.files)
    files[SCENE_FILE] = draft.scene_bytes()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return draft, SpecimenSource(draft.specimen("td3"), folder, draft.scene())


@pytest.mark.parametrize("line", [0, 1])
def test_mrz_at_300_dpi_has_one_ocrb_character_per_2_54_mm_cell(td3, line):
    """What an MRZ reader needs: 44 dark characters on the 10-per-inch grid, nothing between
    the lines, capitals about 2.2 mm tall."""
    draft, source = td3
    text = draft.mrz_lines[line]
    base = TD3_LAYOUT.mrz_baselines[line]
    x0 = (draft.width_mm - 44 * MRZ_PITCH_MM) / 2
    window = Bounds(x0, base - 3.0, x0 + 44 * MRZ_PITCH_MM, base + 0.8)
    size = (round(window.width * PX_PER_MM_300DPI), round(window.height * PX_PER_MM_300DPI))
    img = source.render(Viewing(light=Light.WHITE), window, size)
    ink = img.mean(axis=2) < 110
    cell_px = MRZ_PITCH_MM * PX_PER_MM_300DPI
    for k, char in enumerate(text):
        cell = ink[:, round(k * cell_px) + 1 : round((k + 1) * cell_px) - 1]
        assert cell.sum() > 8, f"no ink for {char!r} at position {k}"
    rows = np.flatnonzero(ink.any(axis=1))
    height_mm = (rows[-1] - rows[0] + 1) / PX_PER_MM_300DPI
    assert 1.9 <= height_mm <= 2.8
    # The same line in IR: the MRZ ink absorbs IR, so the characters stay.
    ir = source.render(Viewing(light=Light.IR), window, size).mean(axis=2) < 110
    assert ir.sum() > 0.8 * ink.sum()


def _source(draft, folder):
    files = dict(draft.files)
    files[SCENE_FILE] = draft.scene_bytes()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return SpecimenSource(draft.specimen("x"), folder, draft.scene())


def test_counterfeits_show_their_indicators_under_the_right_light(tmp_path, qapp):
    import copy
    import random

    import cv2

    from docinspect.synth.forgeries import forge

    genuine = build_document(43, state_code="UTO")
    office = copy.deepcopy(genuine)
    forge(office, ["office_paper"], subtlety=0.5, rng=random.Random(1))
    dots = copy.deepcopy(genuine)
    forge(dots, ["halftone_print"], subtlety=0.5, rng=random.Random(1))
    (tmp_path / "g").mkdir()
    (tmp_path / "o").mkdir()
    (tmp_path / "d").mkdir()
    g, o, d = (
        _source(genuine, tmp_path / "g"),
        _source(office, tmp_path / "o"),
        _source(dots, tmp_path / "d"),
    )

    # Office paper glows under UV: a corner of the page with nothing printed but paper.
    corner = Bounds(110.0, 70.0, 122.0, 76.0)
    uv = Viewing(light=Light.UV365)
    assert o.render(uv, corner, (48, 24)).mean() > g.render(uv, corner, (48, 24)).mean() + 30

    # In the loupe (10x) the guilloche lines of the copy fall apart into dots.
    window = Bounds(88.0, 30.0, 92.0, 32.5)
    size = (320, 200)

    def pieces(src) -> int:
        img = src.render(Viewing(), window, size).astype(np.int16)
        paper = np.median(img.reshape(-1, 3), axis=0)
        ink = (np.abs(img - paper).sum(axis=2) > 40).astype(np.uint8)
        return cv2.connectedComponents(ink)[0]

    assert pieces(d) > 3 * pieces(g)


def test_generated_page_painted_once_for_all_lights_looks_as_when_drawn_per_light(td3, monkeypatch):
    """A whole TD3 page at 300 dpi (over a megapixel: its guilloche, text and microprint are
    painted once and laid in each light's ink) against the same page drawn item by item for
    each light: the same picture, and the sharing really happens."""
    from docinspect.optics import LayerCache, painter

    draft, shared = td3
    size = (round(draft.width_mm * PX_PER_MM_300DPI), round(draft.height_mm * PX_PER_MM_300DPI))
    lights = list(Light)
    fresh = SpecimenSource(shared.specimen, shared._folder, draft.scene(), cache=LayerCache())
    got = {light: fresh.page(Viewing(light=light), size) for light in lights}
    masks = [
        v
        for k, v in fresh._prepare().passes._items.items()
        if isinstance(k, tuple) and k[0] == "cover"
    ]
    assert masks and len(masks[0].masks) >= 10  # guilloche, text, microprint
    monkeypatch.setattr(painter, "_COVER_MIN_PIECES", 10**9)
    monkeypatch.setattr(painter, "_COVER_MAX_FILL", -1.0)
    direct = SpecimenSource(shared.specimen, shared._folder, draft.scene(), cache=LayerCache())
    for light in lights:
        want = direct.page(Viewing(light=light), size)
        diff = np.abs(got[light].astype(int) - want.astype(int))
        assert diff.mean() < 0.3 and np.percentile(diff, 99) <= 2, light
