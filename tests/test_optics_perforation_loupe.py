"""A loupe over a perforated number draws the holes one by one (only those it shows), to the same
pixels as the 48-hole pieces the page is drawn from; pages and windows where a pixel touches two
holes keep the 48-hole pieces."""

from __future__ import annotations

import numpy as np
import pytest

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Viewing
from docinspect.model.scene import Material, Perforation, Scene, Substrate
from docinspect.model.specimen import DocumentType, Specimen
from docinspect.model.truth import Truth, Verdict
from docinspect.optics import LayerCache, SpecimenSource
from docinspect.optics import painter as painter_module

pytestmark = pytest.mark.usefixtures("qapp")


def _source(*, fine: bool) -> SpecimenSource:
    number = Perforation(
        id="perf",
        material=Material(colour=(60, 50, 40), hole=True),
        x=4,
        y=22,
        text="L0123",
        height_mm=12,
        hole_mm=0.35,
        pitch_mm=0.55,
    )
    scene = Scene(
        width_mm=60, height_mm=30, substrate=Substrate(grain=0.3, seed=3), items=(number,)
    )
    specimen = Specimen(
        id="p1",
        title="perforated",
        document_type=DocumentType.OTHER,
        width_mm=60,
        height_mm=30,
        truth=Truth(Verdict.GENUINE),
        scene="scene.json",
    )
    source = SpecimenSource(specimen, None, scene, cache=LayerCache())
    source.prepare()
    if not fine:
        for d in source._prepare().drawables:
            d.fine = None  # as before: 48 holes a piece everywhere
    return source


def test_the_holes_are_cut_one_a_piece_with_the_paper_between_them():
    (d,) = _source(fine=True)._prepare().drawables
    assert d.fine is not None
    assert len(d.fine.shapes) > len(d.shapes) > 1
    assert d.fine_gap_mm == pytest.approx(0.55 - 0.35)


@pytest.mark.parametrize("light", [Light.WHITE, Light.TRANSMITTED, Light.OBLIQUE, Light.UV365])
def test_loupe_windows_over_the_holes_are_the_same_pixels(light, monkeypatch):
    fine, coarse = _source(fine=True), _source(fine=False)
    drawn = []
    paint = painter_module._draw_pieces
    monkeypatch.setattr(
        painter_module,
        "_draw_pieces",
        lambda p, d, visible, brush: (
            drawn.append(sum(d.shapes[i].elementCount() for i in visible)),  # outlines drawn
            paint(p, d, visible, brush),
        ),
    )
    totals = [0, 0]  # outlines drawn hole by hole, and by the 48-hole pieces
    for i in range(6):  # at sub-pixel offsets, at 10x and 30x a 10 px/mm page
        x, y = 8.0 + 3.137 * i, 15.0 + 0.731 * i
        for ppm in (97.6, 292.8):
            half = 130 / ppm
            window = Bounds(x - half, y - half, x + half, y + half)
            drawn.clear()
            a = fine.render(Viewing(light), window, (260, 260))
            pieces = sum(drawn)
            b = coarse.render(Viewing(light), window, (260, 260))
            assert np.array_equal(a, b)
            assert pieces <= sum(drawn) - pieces
            totals[0] += pieces
            totals[1] += sum(drawn) - pieces
    assert 0 < totals[0] < totals[1]  # fewer holes drawn than with 48-hole pieces


def test_pages_keep_the_48_hole_pieces():
    fine, coarse = _source(fine=True), _source(fine=False)
    page = Bounds(0, 0, 60, 30)
    for size in ((600, 300), (1500, 750)):  # small, and a whole page of a million pixels
        assert np.array_equal(
            fine.render(Viewing(Light.TRANSMITTED), page, size),
            coarse.render(Viewing(Light.TRANSMITTED), page, size),
        )
