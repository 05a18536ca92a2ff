"""Inspection workstation speed, offscreen, as a trainee uses it. Prints figures; asserts nothing.

Measured on a TD3 page in a 1600 x 1000 window:
- light switch: key press to the new light's picture on screen, cold (first time) and with the
  other lights rendered ahead (the usual case: the workstation renders them in the background);
- loupe frame while the cursor moves across the page at 10x and 30x (request to frame ready);
- the longest time the GUI thread was blocked while lights switch and the loupe moves, from a
  1 ms heartbeat timer in the event loop.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_inspect.py [--captured] [--moves N]
The page is the renderer's dense TD3 test scene (benchmarks/bench_render_scene.py), or with
--captured a 600 dpi scan of it, shown as an imported specimen would be.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QPointF, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from docinspect.model import DocumentType, Layer, Light, Specimen, Truth, Verdict  # noqa: E402
from docinspect.model.geometry import Bounds  # noqa: E402
from docinspect.ui.inspect.source import open_page_source  # noqa: E402
from docinspect.ui.inspect.workstation import InspectionWindow  # noqa: E402

WINDOW = (1600, 1000)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    return (
        f"p50 {statistics.median(values) * 1000:7.1f} ms   p95 {percentile(values, 0.95) * 1000:7.1f} ms"
        f"   max {max(values) * 1000:7.1f} ms   (n={len(values)})"
    )


def scene_specimen(folder: Path, *, captured: bool):
    from bench_render_scene import test_page

    from docinspect.optics import SpecimenSource

    scene = test_page()
    specimen = Specimen(
        id="bench-td3",
        title="TD3 test page",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(Verdict.GENUINE),
        scene="scene.json",
    )
    source = SpecimenSource(specimen, folder, scene)
    if not captured:
        return source
    # An imported scan: every light rendered once at 600 dpi and saved as a captured layer.
    px_per_mm = 600 / 25.4
    size = (round(125 * px_per_mm), round(88 * px_per_mm))
    layers = {}
    for light in (Light.WHITE, Light.UV365, Light.IR):
        from docinspect.model.light import Viewing

        array = source.render(Viewing(light), Bounds(0, 0, 125, 88), size)
        Image.fromarray(array).save(folder / f"{light.value}.png")
        layers[light] = Layer(light, f"{light.value}.png")
    scan = Specimen(
        id="bench-scan",
        title="TD3 scan",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(Verdict.GENUINE),
        layers=layers,
    )
    return open_page_source(scan, folder)


class Heartbeat:
    """Measures the longest gap between 1 ms timer ticks: how long the GUI thread was busy."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        #: The same gaps counted in the GUI thread's own CPU time: the work it did, without
        #: time lost waiting for a core (other processes) or for the GIL (the render thread).
        self.cpu_gaps: list[float] = []
        self._last = 0
        self._last_cpu = 0.0

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        cpu = time.thread_time()
        self.gaps.append((now - self._last) / 1e9)
        self.cpu_gaps.append(cpu - self._last_cpu)
        self._last = now
        self._last_cpu = cpu


def spin(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def wait_shown(
    app: QApplication, window: InspectionWindow, light: Light, timeout: float = 60
) -> float:
    """Seconds until the view shows ``light``'s final picture (or its 'no image' notice)."""
    started = time.perf_counter()
    view = window.view
    while time.perf_counter() - started < timeout:
        shown = view.shown_viewing()
        if (shown is not None and shown.light is light and not view.is_provisional()) or (
            view.missing_message()
        ):
            return time.perf_counter() - started
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
    raise TimeoutError(f"{light} never shown")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captured", action="store_true", help="an imported 600 dpi scan")
    parser.add_argument("--moves", type=int, default=120, help="loupe positions per power")
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        source = scene_specimen(Path(tmp), captured=args.captured)
        lights = [light for light in Light if source.has_light(light)]
        window = InspectionWindow(source)
        window.resize(*WINDOW)
        window.show()
        view = window.view
        print(
            f"page: {source.specimen.title}, view {view.viewport().width()}x{view.viewport().height()} px, "
            f"{view.px_per_mm():.2f} px/mm, lights {[light.value for light in lights]}"
        )

        # Cold: nothing rendered ahead. Switch to each light and wait for its picture.
        cold: list[float] = []
        wait_shown(app, window, Light.WHITE)
        view.set_render_ahead(False)
        for light in lights[1:]:
            window.state.set_light(light)
            cold.append(wait_shown(app, window, light))
        window.state.set_light(Light.WHITE)
        wait_shown(app, window, Light.WHITE)

        # Warm: let the workstation render the other lights ahead, then switch repeatedly.
        view.set_render_ahead(True)
        view.refresh()
        view.wait_for_renders()
        spin(app, 0.2)
        warm: list[float] = []
        heartbeat = Heartbeat()
        heartbeat.start()
        for _ in range(6):
            for light in lights:
                if light is window.state.light:
                    continue
                t0 = time.perf_counter()
                window.state.set_light(light)
                wait_shown(app, window, light)
                view.viewport().repaint()  # the paint that puts it on screen
                warm.append(time.perf_counter() - t0)
                spin(app, 0.02)
        switch_block = max(heartbeat.gaps, default=0.0)
        switch_cpu = max(heartbeat.cpu_gaps, default=0.0)
        heartbeat.stop()

        # Loupe: sweep the cursor across the page, one move per 16 ms frame.
        window.state.set_light(Light.WHITE)
        wait_shown(app, window, Light.WHITE)
        window.state.set_loupe_enabled(True)
        loupe_results = {}
        heartbeat = Heartbeat()
        heartbeat.start()
        for power in (10.0, 30.0):
            window.state.set_loupe_power(power)
            frames: list[float] = []
            for i in range(args.moves):
                t = i / max(args.moves - 1, 1)
                pos = QPointF(8 + 109 * t, 12 + 64 * (0.5 + 0.5 * math.sin(t * 6 * math.pi)))
                before = view.lens.frame
                t0 = time.perf_counter()
                view.move_loupe_to(pos)
                while view.lens.frame is before and time.perf_counter() - t0 < 5:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
                frames.append(time.perf_counter() - t0)
                spin(app, max(0.0, 0.016 - (time.perf_counter() - t0)))
            loupe_results[power] = (frames, view.lens.synchronous)
            if os.environ.get("BENCH_DEBUG"):
                print([round(x * 1000, 1) for x in view.lens._timings])
        loupe_block = max(heartbeat.gaps, default=0.0)
        loupe_cpu = max(heartbeat.cpu_gaps, default=0.0)
        heartbeat.stop()
        window.close()

    print(f"light switch, cold (render on demand): {ms(cold)}")
    print(f"light switch, rendered ahead:          {ms(warm)}")
    for power, (frames, sync) in loupe_results.items():
        mode = "synchronous" if sync else "worker"
        print(f"loupe frame at {power:>4g}x ({mode}):   {ms(frames)}")
    print(
        f"longest GUI-thread block while switching lights: {switch_block * 1000:.1f} ms "
        f"(of which its own work: {switch_cpu * 1000:.1f} ms)"
    )
    print(
        f"longest GUI-thread block while moving the loupe: {loupe_block * 1000:.1f} ms "
        f"(of which its own work: {loupe_cpu * 1000:.1f} ms)"
    )
    print(
        f"machine load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
