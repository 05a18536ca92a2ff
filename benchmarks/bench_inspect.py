"""Inspection workstation speed, offscreen, as a trainee uses it. Prints figures; asserts nothing.

Measured on a TD3 page in a 1600 x 1000 window:
- light switch: key press to the new light's picture on screen, cold (first time) and with the
  other lights rendered ahead (the usual case: the workstation renders them in the background);
- loupe frame while the cursor moves across the page at 10x and 30x (request to frame ready);
- the longest time the GUI thread was blocked while lights switch and the loupe moves, from a
  1 ms heartbeat timer in the event loop;
- with --booklet, page turn: Page Down to the next page's picture on screen through a generated
  passport booklet, cold (nothing drawn ahead) and with the neighbour pages drawn ahead.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_inspect.py [--captured | --generated]
     [--moves N] [--loupe-lights white,uv365,oblique] [--skip-switch] [--while-ahead]
     [--no-give-way]
The page is the renderer's dense TD3 test scene (benchmarks/bench_render_scene.py), or with
--captured a 600 dpi scan of it, shown as an imported specimen would be, or with --generated a
real TD3 specimen made by the generator (a one-specimen pack in a temporary folder; the loupe is
then measured under white, UV 365 and oblique light by default).

Each loupe line gives the wall time from the cursor move to the new frame (what the trainee
waits for) and the render's own CPU time (thread time of the thread that drew it: the wall time
also holds time spent waiting for a core or for the GIL when the machine is loaded). Frames
drawn on the GUI thread are split into its own work (thread CPU time), waiting for a core (the
kernel's run-queue wait, /proc/thread-self/schedstat) and the rest, waiting for the GIL; so is
the longest GUI-thread block (there the rest also holds the 1 ms timer's own wait), with the
render jobs that ran meanwhile. --while-ahead starts each sweep while the workstation draws the
other lights ahead (the loupe rests until a page that takes a while has begun), and prints the
GIL wait of the frames drawn beside a page render apart from the others; --no-give-way is the
control run in which that page does not pause for the loupe (decision 0010, session 7).
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
from docinspect.optics import open_source  # noqa: E402
from docinspect.optics.page_source import open_page_source  # noqa: E402
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


def ms_short(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"p95 {percentile(values, 0.95) * 1000:.1f} max {max(values) * 1000:.1f} ms"


def generated_specimen(folder: Path):
    """A genuine TD3 specimen of the generator, read back from the pack it was written to."""
    from docinspect.packs import read_pack
    from docinspect.synth.generate import generate_pack

    pack_path = generate_pack(folder / "pack", doc_type="td3", count=1, seed=7, forged_share=0.0)
    pack = read_pack(pack_path)
    source = open_source(pack, pack.specimens[0].id)
    return source, pack


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


#: CPU time of each paint of the lens on the GUI thread (its picture, rim, shadow, reticle,
#: label), timed around the view's call of paint_loupe.
LENS_PAINTS: list[float] = []


def time_lens_paints() -> None:
    import docinspect.ui.inspect.view as view_module

    paint = view_module.paint_loupe

    def timed(*args, **kwargs):
        started = time.thread_time()
        try:
            return paint(*args, **kwargs)
        finally:
            LENS_PAINTS.append(time.thread_time() - started)

    view_module.paint_loupe = timed


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
        #: ... and the time the GUI thread was ready to run but waited for a core (the kernel's
        #: run-queue wait); the rest of a gap, wall - CPU - core, is waiting for a lock (the GIL).
        self.core_gaps: list[float] = []
        #: When each gap ended (perf_counter).
        self.ends: list[float] = []
        self._last = 0
        self._last_cpu = 0.0
        self._last_core = 0.0

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self._last_cpu = time.thread_time()
        self._last_core = run_queue_wait()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        cpu = time.thread_time()
        core = run_queue_wait()
        self.gaps.append((now - self._last) / 1e9)
        self.cpu_gaps.append(cpu - self._last_cpu)
        self.core_gaps.append(core - self._last_core)
        self.ends.append(time.perf_counter())
        self._last = now
        self._last_cpu = cpu
        self._last_core = core

    def split(self, index: int) -> str:
        """Gap ``index`` as its own work, waiting for a core and waiting for the GIL (ms)."""
        wall, cpu, core = self.gaps[index], self.cpu_gaps[index], self.core_gaps[index]
        return (
            f"{wall * 1000:.1f} ms (own work {cpu * 1000:.1f}, waiting for a core "
            f"{core * 1000:.1f}, asleep {max(0.0, wall - cpu - core) * 1000:.1f} ms: the GIL, "
            "or the 1 ms timer)"
        )


def run_queue_wait() -> float:
    """Seconds the calling thread has spent ready to run but waiting for a core (Linux
    schedstat; 0 where the kernel does not say)."""
    try:
        with open("/proc/thread-self/schedstat", "rb") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


#: Background render jobs (page, ahead, detail, loupe worker): (group, start, end, CPU s), from
#: perf_counter, to tell which of them ran while the GUI thread was blocked.
JOBS: list[tuple[str, float, float, float]] = []


#: (group, light) of the background render jobs started so far (running or done; not the stale
#: ones, which end at once).
STARTED: list[tuple[str, Light]] = []


def log_render_jobs() -> None:
    from docinspect.ui.inspect import rendering

    run = rendering._Job.run

    def logged(job) -> None:
        started, started_cpu = time.perf_counter(), time.thread_time()
        if job._queue.is_current(job._group, job._batch):
            STARTED.append((job._group, job._request.viewing.light))
        try:
            run(job)
        finally:
            JOBS.append(
                (job._group, started, time.perf_counter(), time.thread_time() - started_cpu)
            )

    rendering._Job.run = logged


def jobs_during(start: float, end: float) -> list[str]:
    """The background jobs that ran during [start, end], as 'group (overlap ms)'."""
    out = []
    for group, s, e, _cpu in JOBS:
        overlap = min(end, e) - max(start, s)
        if overlap > 0:
            out.append(f"{group} ({overlap * 1000:.0f} ms)")
    return out


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


def forget_pictures(view) -> None:
    """Drop every page picture the view and its source keep, so the lights are drawn again."""
    from docinspect.optics.source import LayerCache

    view._cache.clear()
    view.source._cache = LayerCache()


def sweep_loupe(
    app, window, light: Light, power: float, moves: int, heartbeat=None, *, while_ahead=False
):
    """Move the loupe across the page under ``light`` at ``power``, one move per 16 ms frame.

    With ``while_ahead`` the loupe rests until the workstation has begun rendering the other
    lights ahead (as when the trainee looks at the page a moment after switching the light),
    and then moves while they render: from the start of a light whose page takes a while (not
    white, which oblique light's picture has left in the renderer's cache).

    Returns the wall times (move to frame), the render CPU times of the frames, and (with a
    running ``heartbeat``) the longest GUI-thread block while the loupe moved as (wall, the
    heartbeat's gap index, the move it came at), not counting the light switch before the sweep,
    the sweep's span (perf_counter start, end), and each frame drawn on the GUI thread split
    into (its work, waiting for a core, waiting for the GIL, start, end).
    """
    view = window.view
    page = view.source.specimen
    window.state.set_light(light)
    wait_shown(app, window, light)
    window.state.set_loupe_power(power)
    spin(app, 0.05)
    if while_ahead:
        view.refresh()
        wait_shown(app, window, light)
        seen = len(STARTED)

        def started() -> bool:
            return any(g == "ahead" and x is not Light.WHITE for g, x in STARTED[seen:])

        rest_until = time.perf_counter() + 3
        while not started() and time.perf_counter() < rest_until:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    walls: list[float] = []
    cpus: list[float] = []
    blocks: list[tuple[float, int, int]] = []
    splits: list[tuple[float, float, float, float, float]] = []
    started = time.perf_counter()
    for i in range(moves):
        seen = len(heartbeat.gaps) if heartbeat is not None else 0
        t = i / max(moves - 1, 1)
        pos = QPointF(
            page.width_mm * (0.06 + 0.88 * t),
            page.height_mm * (0.14 + 0.72 * (0.5 + 0.5 * math.sin(t * 6 * math.pi))),
        )
        before = view.lens.frame
        t0, cpu0, core0 = time.perf_counter(), time.thread_time(), run_queue_wait()
        view.move_loupe_to(pos)
        while view.lens.frame is before and time.perf_counter() - t0 < 5:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
        walls.append(time.perf_counter() - t0)
        if getattr(view.lens, "frame_drawn_here", view.lens.synchronous):  # older lenses: mode
            # Drawn on the GUI thread: the wall time is its work, waiting for a core, and
            # (the rest) waiting for a lock, the GIL, while another thread holds it.
            work, core = time.thread_time() - cpu0, run_queue_wait() - core0
            splits.append((work, core, max(0.0, walls[-1] - work - core), t0, t0 + walls[-1]))
        cpus.append(view.lens.frame_cpu_seconds)
        spin(app, max(0.0, 0.016 - (time.perf_counter() - t0)))
        if heartbeat is not None and len(heartbeat.gaps) > seen:
            worst = max(range(seen, len(heartbeat.gaps)), key=heartbeat.gaps.__getitem__)
            blocks.append((heartbeat.gaps[worst], worst, i))
    worst_block = max(blocks, default=(0.0, -1, -1))
    return walls, cpus, worst_block, (started, time.perf_counter()), splits


def wait_page(app: QApplication, window: InspectionWindow, timeout: float = 60) -> float:
    """Seconds until the view shows the final picture of the page just turned to."""
    started = time.perf_counter()
    view = window.view
    while time.perf_counter() - started < timeout:
        if view.shown_viewing() is not None and not view.is_provisional():
            return time.perf_counter() - started
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
    raise TimeoutError("page never shown")


def page_turns(app: QApplication, folder: Path, *, ahead: bool) -> list[float]:
    """Seconds from Page Down to the next page on screen, through a generated booklet under
    UV 365 (a fresh window: no picture of any page is kept from an earlier run)."""
    from docinspect.packs import read_pack
    from docinspect.synth.generate import generate_pack
    from docinspect.ui.inspect.pages import attach_booklet_pages

    out = folder / f"booklet-{ahead}"
    pack = read_pack(generate_pack(out, doc_type="td3-booklet", count=1, seed=7, forged_share=0.0))
    specimen = pack.specimens[0]
    window = InspectionWindow(open_source(pack, specimen.id))
    window.view.set_render_ahead(ahead)
    pages = attach_booklet_pages(window, specimen, pack.specimen_dir(specimen.id))
    assert pages is not None
    window.resize(*WINDOW)
    window.show()
    window.state.set_light(Light.UV365)
    wait_shown(app, window, Light.UV365)
    turns = []
    # From the data page through the pages after it (the covers are listed before it).
    for _ in range(pages.list.count() - 1 - pages.list.currentRow()):
        window.view.wait_for_renders()  # what is drawn ahead is drawn before the next turn
        spin(app, 0.05)
        t0 = time.perf_counter()
        pages.turn(1)
        wait_page(app, window)
        window.view.viewport().repaint()
        turns.append(time.perf_counter() - t0)
    window.close()
    return turns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--captured", action="store_true", help="an imported 600 dpi scan")
    kind.add_argument("--generated", action="store_true", help="a real generated TD3 specimen")
    parser.add_argument("--moves", type=int, default=120, help="loupe positions per power")
    parser.add_argument(
        "--loupe-lights",
        default=None,
        help="lights to move the loupe under (default: white; with --generated white,uv365,oblique)",
    )
    parser.add_argument("--skip-switch", action="store_true", help="measure the loupe only")
    parser.add_argument(
        "--no-give-way",
        action="store_true",
        help="control: drawing done ahead does not pause while the loupe moves",
    )
    parser.add_argument(
        "--while-ahead",
        action="store_true",
        help="start each loupe sweep while the other lights are being rendered ahead",
    )
    parser.add_argument(
        "--booklet", action="store_true", help="measure page turns through a booklet only"
    )
    args = parser.parse_args()
    loupe_lights = [
        Light(x)
        for x in (
            args.loupe_lights or ("white,uv365,oblique" if args.generated else "white")
        ).split(",")
    ]

    app = QApplication.instance() or QApplication([])
    if args.no_give_way:
        import docinspect.ui.inspect.view as view_module

        view_module.hold_for_loupe = lambda seconds: None
    if args.booklet:
        with tempfile.TemporaryDirectory() as tmp:
            cold = page_turns(app, Path(tmp), ahead=False)
            warm = page_turns(app, Path(tmp), ahead=True)
        print(f"page turn under UV, cold (drawn on demand): {ms(cold)}")
        print(f"page turn under UV, neighbours drawn ahead: {ms(warm)}")
        return 0
    time_lens_paints()
    log_render_jobs()
    load_before = os.getloadavg()[0]
    cpu_before = time.process_time()
    wall_before = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        if args.generated:
            source, _pack = generated_specimen(Path(tmp))
        else:
            source = scene_specimen(Path(tmp), captured=args.captured)
        lights = [light for light in Light if source.has_light(light)]
        window = InspectionWindow(source)
        window.resize(*WINDOW)
        window.show()
        view = window.view
        print(
            f"page: {source.specimen.title}, view {view.viewport().width()}x{view.viewport().height()} px, "
            f"{view.px_per_mm():.2f} px/mm, loupe {2 * view.loupe_radius_px()} px across, "
            f"lights {[light.value for light in lights]}"
        )

        cold: list[float] = []
        warm: list[float] = []
        switch_block = switch_cpu = 0.0
        wait_shown(app, window, Light.WHITE)
        if not args.skip_switch:
            # Cold: nothing rendered ahead. Switch to each light and wait for its picture.
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
        window.state.set_loupe_enabled(True)
        loupe_results = {}
        heartbeat = Heartbeat()
        heartbeat.start()
        for light in loupe_lights:
            if not source.has_light(light):
                continue
            for power in (10.0, 30.0):
                if args.while_ahead:
                    forget_pictures(view)
                walls, cpus, block, span, splits = sweep_loupe(
                    app, window, light, power, args.moves, heartbeat, while_ahead=args.while_ahead
                )
                loupe_results[(light, power)] = (
                    walls,
                    cpus,
                    view.lens.synchronous,
                    block,
                    span,
                    splits,
                )
                if os.environ.get("BENCH_DEBUG"):
                    print([round(x * 1000, 1) for x in view.lens._timings])
        heartbeat.stop()
        window.close()

    if cold:
        print(f"light switch, cold (render on demand): {ms(cold)}")
        print(f"light switch, rendered ahead:          {ms(warm)}")
    all_splits = []
    for (light, power), (walls, cpus, sync, block, span, splits) in loupe_results.items():
        mode = "synchronous" if sync else "worker"
        name = f"loupe {light.value:>11} {power:>4g}x"
        print(f"{name} wall ({mode:>11}): {ms(walls)}")
        print(f"{name} render CPU:             {ms(cpus)}")
        all_splits += splits
        if splits:
            print(
                f"{name} frames on the GUI thread ({len(splits)}): own work "
                f"{ms_short([x[0] for x in splits])}; waiting for a core "
                f"{ms_short([x[1] for x in splits])}; for the GIL "
                f"{ms_short([x[2] for x in splits])}"
            )
        if block[1] >= 0:
            end = heartbeat.ends[block[1]]
            during = jobs_during(end - block[0], end) or ["none"]
            print(
                f"{name} longest GUI-thread block: {heartbeat.split(block[1])}, move "
                f"{block[2]}; render jobs meanwhile: {', '.join(during)}"
            )
        background = [
            (group, min(span[1], e) - max(span[0], s))
            for group, s, e, _ in JOBS
            if min(span[1], e) > max(span[0], s) and group != "loupe"
        ]
        if background:
            print(
                f"{name} background renders during the sweep: "
                + ", ".join(f"{g} {t * 1000:.0f} ms" for g, t in background)
            )
    print(f"lens paint on the GUI thread, CPU:     {ms(LENS_PAINTS)}")
    busy = [
        (s, e) for group, s, e, cpu in JOBS if group != "loupe" and cpu > 0.002
    ]  # page renders, not the stale jobs that ended at once
    beside = [x for x in all_splits if any(min(e, x[4]) > max(s, x[3]) for s, e in busy)]
    alone = [x for x in all_splits if x not in beside]
    for name, frames in (
        ("all frames drawn on the GUI thread", all_splits),
        ("  of which while a page was drawn in the background", beside),
        ("  of which with no page drawn in the background", alone),
    ):
        if frames:
            print(
                f"{name} ({len(frames)}): own work {ms_short([x[0] for x in frames])}; "
                f"waiting for a core {ms_short([x[1] for x in frames])}; waiting for the GIL "
                f"{ms_short([x[2] for x in frames])} (total {sum(x[2] for x in frames) * 1000:.0f} ms)"
            )
    worst = max((r[3] for r in loupe_results.values()), default=(0.0, -1, -1))
    worst_p95 = max((percentile(r[0], 0.95) for r in loupe_results.values()), default=0)
    worst_cpu = max((percentile(r[1], 0.95) for r in loupe_results.values()), default=0)
    if cold:
        print(
            f"longest GUI-thread block while switching lights: {switch_block * 1000:.1f} ms "
            f"(of which its own work: {switch_cpu * 1000:.1f} ms)"
        )
    print(
        "longest GUI-thread block while moving the loupe: "
        f"{heartbeat.split(worst[1]) if worst[1] >= 0 else 'n/a'}   target: none over 16 ms"
    )
    print(
        f"worst loupe frame p95 over the lights measured: {worst_p95 * 1000:.1f} ms wall, "
        f"render CPU p95 {worst_cpu * 1000:.1f} ms   target: <= 8 ms wall under every light"
    )
    print(
        f"process: {time.process_time() - cpu_before:.1f} s CPU in "
        f"{time.perf_counter() - wall_before:.1f} s wall; load average "
        f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
