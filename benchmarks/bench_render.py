"""Renderer speed, offscreen, on the dense test page of ``bench_render_scene`` (prints figures).

    /work/venv/bin/python benchmarks/bench_render.py [--quick]

- light switch on a TD3 page fitted 1200 px wide: cold (first render of that light) and warm
  (the page cache hit the app gets after the first switch); target <= 50 ms p95 warm;
- loupe window 300 px at 10x and 30x moving across the page; target <= 8 ms p95;
- the whole page under every light at 600 dpi.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_render_scene import test_page  # noqa: E402

from docinspect.model.geometry import Bounds  # noqa: E402
from docinspect.model.light import Light, Viewing  # noqa: E402
from docinspect.model.specimen import DocumentType, Specimen  # noqa: E402
from docinspect.model.truth import Truth, Verdict  # noqa: E402
from docinspect.optics import (  # noqa: E402
    LayerCache,
    SpecimenSource,
    loupe_bounds,
    render_layers,
)

SCREEN_W = 1200


def _source(scene, cache: LayerCache | None = None) -> SpecimenSource:
    spec = Specimen(
        id="bench",
        title="bench",
        document_type=DocumentType.TD3,
        width_mm=scene.width_mm,
        height_mm=scene.height_mm,
        truth=Truth(Verdict.GENUINE),
        scene="scene.json",
    )
    return SpecimenSource(spec, None, scene, cache=cache)


def _pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1)]


class _Clock:
    """Wall time and this process's CPU time (all its threads): on a busy machine the wall time
    includes waiting for a core, the CPU time does not."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> _Clock:
        self._w, self._c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall.append(time.perf_counter() - self._w)
        self.cpu.append(time.process_time() - self._c)


def _line(name: str, clock: _Clock) -> None:
    def stats(samples: list[float]) -> str:
        ms = [x * 1000 for x in samples]
        return f"p50 {statistics.median(ms):7.2f}  p95 {_pct(ms, 95):7.2f}"

    print(
        f"  {name:<30} n={len(clock.wall):4d}  wall {stats(clock.wall)} ms   cpu {stats(clock.cpu)} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    reps = 2 if args.quick else 5

    scene = test_page()
    points = sum(it.lines * it.samples for it in scene.items if hasattr(it, "samples"))
    print(f"test page: {len(scene.items)} items, rosette points {points}, cpus {os.cpu_count()}")
    print(
        f"load average at start: {os.getloadavg()[0]:.1f} (wall times include waiting for a core)"
    )

    src = _source(scene)
    t = time.perf_counter()
    src.render(Viewing(), Bounds(0, 0, 1, 1), (4, 4))  # builds the prepared scene
    print(f"prepare scene (once per specimen): {1000 * (time.perf_counter() - t):.0f} ms")

    size = (SCREEN_W, round(SCREEN_W * scene.height_mm / scene.width_mm))
    viewings = [Viewing(light) for light in Light] + [Viewing(Light.WHITE, tilt_deg=20)]

    print(f"\nlight switch, whole page at {size[0]}x{size[1]} px")
    cold = _Clock()
    for _ in range(reps):
        fresh = _source(scene, LayerCache())
        fresh._prepared = src._prepared  # same specimen, empty page cache
        for v in viewings:
            with cold:
                fresh.page(v, size)
    _line("cold (first time under a light)", cold)
    for light in Light:
        per = _Clock()
        for _ in range(reps):
            fresh = _source(scene, LayerCache())
            fresh._prepared = src._prepared
            with per:
                fresh.page(Viewing(light), size)
        _line(f"  cold {light.value}", per)
    warm = _Clock()
    for v in viewings:
        src.page(v, size)
    for _ in range(40 * reps):
        for v in viewings:
            with warm:
                src.page(v, size)
    _line("warm (page cache)", warm)

    base_ppm = size[0] / scene.width_mm
    print(f"\nloupe 300 px moving across the page (page at {base_ppm:.1f} px/mm)")
    path = [
        (
            8 + (scene.width_mm - 16) * (i / 59),
            10 + (scene.height_mm - 20) * (0.5 + 0.45 * math.sin(i / 6)),
        )
        for i in range(60)
    ]
    for power in (10, 30):
        for light in (Light.WHITE, Light.UV365, Light.OBLIQUE):
            times = _Clock()
            for _ in range(reps):
                for x, y in path:
                    window = loupe_bounds((x, y), power, base_ppm, 300)
                    with times:
                        src.render(Viewing(light), window, (300, 300))
            _line(f"{power}x {light.value}", times)

    dpi = 600
    ppm = dpi / 25.4
    big = (round(scene.width_mm * ppm), round(scene.height_mm * ppm))
    print(f"\nwhole page at {dpi} dpi ({big[0]}x{big[1]} px), every light")
    total_wall = total_cpu = 0.0
    for light in Light:
        fresh = _source(scene, LayerCache())
        fresh._prepared = src._prepared
        clock = _Clock()
        with clock:
            fresh.page(Viewing(light), big)
        total_wall += clock.wall[0]
        total_cpu += clock.cpu[0]
        print(
            f"  {light.value:<12} wall {1000 * clock.wall[0]:7.0f} ms   cpu {1000 * clock.cpu[0]:7.0f} ms"
        )
    print(f"  {'all lights':<12} wall {1000 * total_wall:7.0f} ms   cpu {1000 * total_cpu:7.0f} ms")
    # The same five lights drawn by render_layers (two threads) on a freshly prepared scene.
    fresh = _source(scene, LayerCache())
    fresh.prepare()
    clock = _Clock()
    with clock:
        render_layers(fresh, list(Light), big)
    print(
        f"  {'render_layers':<12} wall {1000 * clock.wall[0]:7.0f} ms   "
        f"cpu {1000 * clock.cpu[0]:7.0f} ms  (a fresh scene, two threads)"
    )


if __name__ == "__main__":
    main()
