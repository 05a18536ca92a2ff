"""The view's page sources and render queue: captured scans cut exactly, stale jobs dropped."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PIL import Image

from docinspect.model import DocumentType, Layer, Light, Specimen, Truth, Verdict, Viewing
from docinspect.model.geometry import Bounds
from docinspect.optics.page_source import DESK_RGB, NoLayerError, open_page_source
from docinspect.ui.inspect.imaging import qimage_from_rgb, rgb_from_qimage
from docinspect.ui.inspect.rendering import ImageCache, RenderQueue, RenderRequest


def quadrant_scan(path, px_per_mm: int = 4) -> None:
    """A 100 x 60 mm page whose four quadrants are red, green, blue and white."""
    w, h = 100 * px_per_mm, 60 * px_per_mm
    array = np.zeros((h, w, 3), np.uint8)
    array[: h // 2, : w // 2] = (255, 0, 0)
    array[: h // 2, w // 2 :] = (0, 255, 0)
    array[h // 2 :, : w // 2] = (0, 0, 255)
    array[h // 2 :, w // 2 :] = (255, 255, 255)
    Image.fromarray(array).save(path)


@pytest.fixture
def captured(tmp_path):
    quadrant_scan(tmp_path / "white.png")
    specimen = Specimen(
        id="scan-1",
        title="Imported scan",
        document_type=DocumentType.OTHER,
        width_mm=100.0,
        height_mm=60.0,
        truth=Truth(Verdict.GENUINE),
        layers={Light.WHITE: Layer(Light.WHITE, "white.png")},
    )
    return open_page_source(specimen, tmp_path)


def test_captured_source_cuts_the_window_it_is_asked_for(captured):
    # The top-right quadrant only: all green.
    out = captured.render(Viewing(Light.WHITE), Bounds(60, 5, 90, 25), (90, 60))
    assert out.shape == (60, 90, 3)
    assert np.all(np.abs(out.astype(int) - (0, 255, 0)).max(axis=2) <= 2)


def test_window_beyond_the_page_shows_the_desk(captured):
    out = captured.render(Viewing(Light.WHITE), Bounds(-50, -50, -10, -10), (40, 40))
    assert np.all(out == DESK_RGB)
    half = captured.render(Viewing(Light.WHITE), Bounds(-10, 40, 10, 50), (40, 20))
    assert np.all(half[:, :18] == DESK_RGB)  # off the page, left of x = 0
    assert np.abs(half[:, 22:].astype(int) - (0, 0, 255)).max() <= 2  # blue quadrant


def test_a_light_without_a_capture_raises_instead_of_inventing(captured):
    assert not captured.has_light(Light.UV365)
    with pytest.raises(NoLayerError):
        captured.render(Viewing(Light.UV365), Bounds(0, 0, 10, 10), (10, 10))


def test_captured_resolution_is_the_scans_own(captured):
    assert captured.max_px_per_mm(Light.WHITE) == pytest.approx(4.0)
    assert captured.max_px_per_mm(Light.IR) is None


def test_qimage_round_trip_keeps_pixels(qapp):
    array = np.random.default_rng(1).integers(0, 255, (17, 23, 3), dtype=np.uint8)
    assert np.array_equal(rgb_from_qimage(qimage_from_rgb(array)), array)


class _GatedSource:
    """A source whose first render waits for a gate, counting what it renders."""

    def __init__(self, specimen):
        self.specimen = specimen
        self.gate = threading.Event()
        self.started = threading.Event()
        self.rendered: list[Bounds] = []

    def has_light(self, light):
        return True

    def max_px_per_mm(self, light):
        return None

    def render(self, viewing, window_mm, size_px):
        self.started.set()
        self.gate.wait(10)
        self.rendered.append(window_mm)
        return np.zeros((size_px[1], size_px[0], 3), np.uint8)


def test_stale_jobs_are_dropped_and_their_results_ignored(qtbot, captured):
    source = _GatedSource(captured.specimen)
    queue = RenderQueue()
    delivered = []
    queue.rendered.connect(lambda r: delivered.append(r.request.window_mm))
    first, queued, latest = Bounds(0, 0, 1, 1), Bounds(1, 1, 2, 2), Bounds(2, 2, 3, 3)
    queue.submit("page", [RenderRequest(source, Viewing(), first, (4, 4))])
    assert source.started.wait(10)  # the first job is running, blocked on the gate
    queue.submit("page", [RenderRequest(source, Viewing(), queued, (4, 4))])
    queue.submit("page", [RenderRequest(source, Viewing(), latest, (4, 4))])
    source.gate.set()
    queue.wait()
    qtbot.waitUntil(lambda: delivered == [latest])
    assert queued not in source.rendered  # skipped before it started
    assert first in source.rendered  # it ran, but nobody saw its result
    queue.close()


def test_a_kept_stale_group_still_delivers_a_finished_replaced_picture(qtbot, captured):
    # A view resized while its first picture renders shows that picture (scaled) rather than
    # an empty desk until the next one is done; queued-but-replaced jobs are still skipped.
    source = _GatedSource(captured.specimen)
    queue = RenderQueue(keep_stale=("page",))
    delivered = []
    queue.rendered.connect(lambda r: delivered.append(r.request.window_mm))
    first, queued, latest = Bounds(0, 0, 1, 1), Bounds(1, 1, 2, 2), Bounds(2, 2, 3, 3)
    queue.submit("page", [RenderRequest(source, Viewing(), first, (4, 4))])
    assert source.started.wait(10)
    queue.submit("page", [RenderRequest(source, Viewing(), queued, (4, 4))])
    queue.submit("page", [RenderRequest(source, Viewing(), latest, (4, 4))])
    source.gate.set()
    queue.wait()
    qtbot.waitUntil(lambda: delivered == [first, latest])
    assert queued not in source.rendered
    queue.close()


def test_cache_drops_the_least_recently_used_first():
    cache = ImageCache(max_pixels=300)
    cache.put("a", 1, 100)
    cache.put("b", 2, 100)
    cache.put("c", 3, 100)
    assert cache.get("a") == 1  # a is now the most recent
    cache.put("d", 4, 100)
    assert "b" not in cache and "a" in cache and "d" in cache
