"""Launch to a usable library window: the real app started in a subprocess, as ``docinspect``
with no arguments starts it. Prints figures; asserts nothing.

Each run starts a fresh interpreter under QT_QPA_PLATFORM=offscreen that calls
``docinspect.cli.main([])`` (the app's own entry point) with one hook: when the library window
has painted for the first time and the event loop has come round to it (the window answers
clicks), the child prints its CPU time and quits. The wall time is taken in this process, from
just before the child is spawned to the line it prints, so the interpreter's own start is in it.

By default every run has a fresh data folder (a first start: the starter library is offered and
begins in the background, as a new trainee sees it); ``--again`` runs in one folder made once
beforehand, so every run but the first is a later start (the database and settings exist).

The CPU time is the child's, all threads, up to the window's first paint. On a shared machine the
wall time holds waiting for a core too: print ``uptime`` beside the figures.

With --xvfb the app runs on an Xvfb server of its own (QT_QPA_PLATFORM=xcb): the first paint\ncomes once the window is mapped, as on a desktop.

Run: python benchmarks/bench_launch.py [--runs 7] [--again] [--xvfb] [--importtime]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: What the child runs: the real entry point, with a hook that reports the first usable frame.
CHILD = r"""
import sys, time
import docinspect.ui.app as app

def report(window):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                # Once the loop comes back round after the paint, the window takes input.
                QTimer.singleShot(0, done)
            return False

    def done():
        print(f"USABLE {time.process_time():.4f}", flush=True)
        QApplication.quit()

    window._bench_filter = FirstPaint(window)
    window.installEventFilter(window._bench_filter)

start_window = app.start_window

def hooked(*args, **kwargs):
    window = start_window(*args, **kwargs)
    report(window)
    return window

app.start_window = hooked
from docinspect.cli import main
sys.exit(main([]))
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def one_launch(home: Path, display: str | None = None) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOCINSPECT_HOME=str(home))
    if display is not None:  # a real X server: the first paint comes once the window is mapped
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    # Qt's offscreen plugin warns on stderr; shown only when the app fails to start.
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert child.stdout is not None
        wall = cpu = math.nan
        for line in child.stdout:
            if line.startswith("USABLE "):
                wall = time.perf_counter() - start
                cpu = float(line.split()[1])
                break
        child.wait(timeout=120)
        errors.seek(0)
        if math.isnan(wall):
            raise SystemExit(
                f"the app exited ({child.returncode}) without showing its window:\n{errors.read()}"
            )
    return wall, cpu


def import_profile() -> None:
    """The heaviest imports on the way to the window (``python -X importtime``)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import docinspect.ui.app"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    rows = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    total = next((us for us, name in rows if name.strip() == "docinspect.ui.app"), 0)
    print(f"import docinspect.ui.app: {total / 1000:.0f} ms (cumulative, -X importtime)")
    for us, name in sorted(rows, reverse=True)[1:16]:
        print(f"  {us / 1000:7.0f} ms {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--again", action="store_true", help="later starts, one data folder")
    parser.add_argument("--importtime", action="store_true", help="also list the slow imports")
    parser.add_argument(
        "--xvfb",
        action="store_true",
        help="run the app on its own Xvfb server (xcb), not offscreen",
    )
    args = parser.parse_args()
    spans = []
    server = None
    display = None
    if args.xvfb:
        display = f":{150 + os.getpid() % 100}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-launch-") as tmp:
            shared = Path(tmp) / "home"
            if args.again:
                one_launch(shared, display)  # the first start, not counted: makes the folder
            for run in range(args.runs):
                home = shared if args.again else Path(tmp) / f"home-{run}"
                spans.append(one_launch(home, display))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    wall = [w for w, _ in spans]
    cpu = [c for _, c in spans]
    kind = "later start" if args.again else "first start (fresh data folder)"
    kind += ", Xvfb (xcb)" if args.xvfb else ", offscreen"
    print(f"launch to a usable library window, {kind}, n={len(spans)}")
    print(
        f"  wall p50 {statistics.median(wall):.2f} s  p95 {percentile(wall, 0.95):.2f} s   "
        f"cpu p50 {statistics.median(cpu):.2f} s  p95 {percentile(cpu, 0.95):.2f} s"
    )
    print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.importtime:
        import_profile()


if __name__ == "__main__":
    main()
