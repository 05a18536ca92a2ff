"""Thin wave lines kept apart are drawn by OpenCV (outside Python's lock) into a whole page's
coverage masks; they must come out as QPainter strokes them, and lines that meet must not."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Viewing
from docinspect.model.scene import Material, Scene, Substrate, WaveBand
from docinspect.model.specimen import DocumentType, Specimen
from docinspect.model.truth import Truth, Verdict
from docinspect.optics import SpecimenSource, curves, painter, render_view, strokes

pytestmark = pytest.mark.usefixtures("qapp")

PAPER = Substrate(colour=(240, 236, 222), grain=0.0, seed=1)
#: A whole page (at least a million pixels, so lights share masks) with lines 1.3 px wide.
PX_PER_MM = 23.6


def band(amplitude: float = 0.4, phase_step: float = 9.0, lines: int = 60) -> WaveBand:
    return WaveBand(
        id="waves",
        material=Material(colour=(60, 110, 170), alpha=0.9),
        x=0.0,
        y=0.0,
        width=60.0,
        height=44.0,
        lines=lines,
        amplitude_mm=amplitude,
        wavelength_mm=4.0,
        phase_step_deg=phase_step,
        stroke_mm=0.055,
    )


def source(item: WaveBand) -> SpecimenSource:
    scene = Scene(width_mm=60.0, height_mm=44.0, substrate=PAPER, items=(item,))
    specimen = Specimen(
        id="s1",
        title="test",
        document_type=DocumentType.OTHER,
        width_mm=60.0,
        height_mm=44.0,
        truth=Truth(Verdict.GENUINE),
        scene="scene.json",
    )
    return SpecimenSource(specimen, None, scene)


def whole_page(src: SpecimenSource, light: Light = Light.WHITE) -> np.ndarray:
    b = src.page_mm
    size = (round(b.width * PX_PER_MM), round(b.height * PX_PER_MM))
    return render_view(src, Viewing(light), b, size)


def ink(img: np.ndarray) -> np.ndarray:
    return 255.0 - img.astype(np.float32).mean(axis=2)


def test_lines_of_a_wave_band_apart_and_touching():
    apart = curves.wave_gap_mm(curves.wave_lines(band()))
    # 44 mm / 60 lines = 0.73 mm apart, less the phase step's sway, across the slope.
    assert 0.5 < apart < 0.733
    # A large amplitude with a phase step: neighbouring lines cross.
    assert curves.wave_gap_mm(curves.wave_lines(band(amplitude=6.0, phase_step=30.0))) == 0.0
    assert curves.wave_gap_mm(curves.wave_lines(band(lines=1))) == 0.0


def test_apart_coverage_lays_the_ink_of_the_lines_exact_area():
    # Parallel lines 1.3 px wide, level and slanted, at every sub-pixel offset: coverage sums
    # to length x width (one line alone is whole samples wide, an eighth of a pixel either way).
    scale = 20.0
    window = Bounds(0.0, 0.0, 10.0, 10.0)
    for rise in (0.0, 0.3, 1.1, -2.5):
        lines = [
            np.array([[1.0, 3.0 + 0.173 * k], [9.0, 3.0 + 0.173 * k + rise]]) for k in range(30)
        ]
        mask = strokes.apart_coverage(lines, window, scale, (0, 0, 200, 200), 1.3)
        length = sum(np.hypot(*np.diff(line, axis=0).T).sum() for line in lines)
        inside = length * scale * 1.3
        assert mask.sum() / 255 == pytest.approx(inside, rel=0.03), rise
        # Nothing beyond the lines' ends.
        assert mask[:, :15].max() == 0 and mask[:, 185:].max() == 0


def test_a_whole_page_of_lines_apart_matches_qpainters_strokes(monkeypatch):
    item = band()
    src = source(item)
    assert painter._apart(src._prepare().drawables[0], PX_PER_MM)  # the OpenCV path is taken
    fast = {light: whole_page(src, light) for light in (Light.WHITE, Light.UV365)}
    monkeypatch.setattr(painter, "_apart", lambda d, ppm: False)
    slow = {light: whole_page(source(item), light) for light in (Light.WHITE, Light.UV365)}
    for light in fast:
        a, b = ink(fast[light]), ink(slow[light])
        assert a.sum() == pytest.approx(b.sum(), rel=0.02), light
        # As the eye sees them (blurred over 0.06 mm): the same lines in the same places, a
        # few grey levels apart at most (the lines themselves are ~70 levels dark there).
        diff = np.abs(cv2.GaussianBlur(a, (0, 0), 1.5) - cv2.GaussianBlur(b, (0, 0), 1.5))
        assert diff.mean() < 0.5 and np.percentile(diff, 99.9) < 8.0, light


def test_lines_that_meet_are_left_to_qpainter():
    crossing = band(amplitude=6.0, phase_step=30.0)
    d = source(crossing)._prepare().drawables[0]
    assert d.apart_lines is None
    assert not painter._apart(d, PX_PER_MM)
    # Lines apart but thinner than a pixel, or with less than a pixel between them: QPainter.
    d = source(band())._prepare().drawables[0]
    assert not painter._apart(d, 10.0)  # 0.55 px wide
    close = source(band(lines=round(44.0 / 0.1)))._prepare().drawables[0]
    assert not painter._apart(close, PX_PER_MM)
    assert math.isfinite(d.apart_mm)
