"""Practice desk speed, offscreen, driving the real practice window as a trainee would.
Prints figures; asserts nothing.

Runs built-in exercises (module 1 and 2 by default) with the real generator and a private
results database, and for every question measures:
- lesson -> first question: Begin pressed to the first question shown (its document drawn);
- Next -> document drawn: Next pressed to the next document on screen (``document_shown``),
  or to the answer buttons for a question without a document;
- light switch: the light's key pressed to that light's picture on screen (W, U, I, W);
- answer -> feedback: an answer given to the feedback shown (saved in the database first);
- with --loupe, the loupe moved across each question's document at 10x (one move per 16 ms
  frame, while the window draws the other lights and the coming question ahead): frame wall
  and render CPU p50/p95, the frames drawn on the GUI thread split into own work, waiting for
  a core and waiting for the GIL, and the longest GUI-thread block while it moves.

Each line gives wall-clock p50/p95 and the process CPU time over the same spans (all threads:
the wall time also holds waiting for a core when the machine is shared). Print ``uptime``
beside the figures: on a loaded machine the wall time says little on its own.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_practice.py [--modules 1,2] [--read-s 1]
     [--loupe [--no-give-way]]
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

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

LIGHT_KEYS = ((Qt.Key.Key_W, "white"), (Qt.Key.Key_U, "uv365"), (Qt.Key.Key_I, "ir"))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def line(name: str, spans: list[tuple[float, float]]) -> str:
    if not spans:
        return f"{name:28s} n/a"
    wall = [w for w, _ in spans]
    cpu = [c for _, c in spans]
    return (
        f"{name:28s} wall p50 {statistics.median(wall) * 1000:7.0f} ms  "
        f"p95 {percentile(wall, 0.95) * 1000:7.0f} ms   "
        f"cpu p50 {statistics.median(cpu) * 1000:7.0f} ms  p95 {percentile(cpu, 0.95) * 1000:7.0f} ms"
        f"   (n={len(spans)})"
    )


class Clock:
    def __init__(self, app: QApplication) -> None:
        self.app = app

    def until(self, cond, timeout_s: float = 120.0) -> tuple[float, float]:
        """Spin the event loop until ``cond()``; (wall, cpu) seconds it took."""
        wall0, cpu0 = time.perf_counter(), time.process_time()
        end = wall0 + timeout_s
        while not cond():
            if time.perf_counter() > end:
                raise TimeoutError("the practice window did not get there in time")
            self.app.processEvents()
            time.sleep(0.001)
        return time.perf_counter() - wall0, time.process_time() - cpu0

    def spin(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.002)


#: The practice window's own background work (store, specimens): (name, start, end, CPU s).
BACKGROUND: list[tuple[str, float, float, float]] = []


def log_background() -> None:
    """Log the practice backend's work and the render jobs, to name what ran beside the loupe."""
    from bench_inspect import log_render_jobs

    from docinspect.ui.practice.backend import PracticeBackend

    log_render_jobs()
    start = PracticeBackend._start

    def logged(runner, work, on_done, on_error):
        name = getattr(work, "__qualname__", "work").split(".")[0]

        def timed():
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return work()
            finally:
                BACKGROUND.append((name, t0, time.perf_counter(), time.thread_time() - c0))

        return start(runner, timed, on_done, on_error)

    PracticeBackend._start = staticmethod(logged)


def running_during(start: float, end: float) -> str:
    from bench_inspect import JOBS

    found = [
        f"{name} ({(min(end, e) - max(start, s)) * 1000:.0f} ms)"
        for name, s, e, _ in [*JOBS, *BACKGROUND]
        if min(end, e) > max(start, s)
    ]
    return ", ".join(found) or "none"


class LoupeFigures:
    """The loupe moved across each document at 10x, measured as bench_inspect measures it."""

    def __init__(self, *, fresh_lens: bool = False) -> None:
        self.fresh_lens = fresh_lens
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.splits: list[tuple[float, float, float]] = []
        self.worst: tuple[float, str] = (0.0, "n/a")

    def sweep(self, app: QApplication, view, moves: int) -> None:
        from bench_inspect import Heartbeat, run_queue_wait
        from PySide6.QtCore import QEventLoop

        if self.fresh_lens:
            from docinspect.ui.inspect import loupe

            loupe._RECENT.clear()
        state = view.state
        state.set_loupe_enabled(True)
        state.set_loupe_power(10.0)
        page = view.source.specimen
        heartbeat = Heartbeat()
        heartbeat.start()
        for i in range(moves):
            t = i / max(moves - 1, 1)
            pos = QPointF(
                page.width_mm * (0.06 + 0.88 * t),
                page.height_mm * (0.14 + 0.72 * (0.5 + 0.5 * math.sin(t * 4 * math.pi))),
            )
            before = view.lens.frame
            t0, cpu0, core0 = time.perf_counter(), time.thread_time(), run_queue_wait()
            view.move_loupe_to(pos)
            while view.lens.frame is before and time.perf_counter() - t0 < 5:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
            wall = time.perf_counter() - t0
            self.walls.append(wall)
            self.cpus.append(view.lens.frame_cpu_seconds)
            if getattr(view.lens, "frame_drawn_here", view.lens.synchronous):  # older lenses: mode
                work, core = time.thread_time() - cpu0, run_queue_wait() - core0
                self.splits.append((work, core, max(0.0, wall - work - core)))
            while time.perf_counter() - t0 < 0.016:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
                time.sleep(0.001)
        heartbeat.stop()
        if heartbeat.gaps:
            worst = max(range(len(heartbeat.gaps)), key=heartbeat.gaps.__getitem__)
            if heartbeat.gaps[worst] > self.worst[0]:
                end = heartbeat.ends[worst]
                during = running_during(end - heartbeat.gaps[worst], end)
                self.worst = (
                    heartbeat.gaps[worst],
                    f"{heartbeat.split(worst)}; meanwhile {during}",
                )
        state.set_loupe_enabled(False)

    def report(self) -> None:
        print(
            line("loupe frame, 10x", list(zip(self.walls, self.cpus, strict=True)))
            + "   (cpu: the render's own)"
        )
        if self.splits:
            work, core, gil = zip(*self.splits, strict=True)
            print(
                f"loupe frames on the GUI thread ({len(self.splits)}): own work p95 "
                f"{percentile(list(work), 0.95) * 1000:.1f} ms, waiting for a core p95 "
                f"{percentile(list(core), 0.95) * 1000:.1f} ms, for the GIL p95 "
                f"{percentile(list(gil), 0.95) * 1000:.1f} max {max(gil) * 1000:.1f} ms"
            )
        print(f"longest GUI-thread block while the loupe moves: {self.worst[1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", default="1,2", help="built-in modules to run, e.g. 1,3")
    parser.add_argument("--read-s", type=float, default=1.0, help="time spent on each page")
    parser.add_argument("--verbose", action="store_true", help="name each question")
    parser.add_argument("--loupe", action="store_true", help="move the loupe on each document")
    parser.add_argument(
        "--no-give-way",
        action="store_true",
        help="control: drawing done ahead does not pause while the loupe moves",
    )
    parser.add_argument(
        "--fresh-lens",
        action="store_true",
        help="control: each document's lens decides from its own frames only (as before)",
    )
    parser.add_argument("--moves", type=int, default=40, help="loupe positions per document")
    args = parser.parse_args()
    if args.no_give_way:
        import docinspect.ui.inspect.view as view_module

        view_module.hold_for_loupe = lambda seconds: None

    home = tempfile.mkdtemp(prefix="bench-practice-")
    os.environ["DOCINSPECT_HOME"] = home
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.loupe:
        log_background()
    from docinspect.store import open_store
    from docinspect.training.answers import BoxAnswer
    from docinspect.training.exercise_files import builtin_exercises
    from docinspect.ui.practice import PracticeWindow
    from docinspect.ui.practice.backend import PracticeBackend

    clock = Clock(app)
    store = open_store(f"sqlite:///{Path(home) / 'seat.sqlite3'}")
    wanted = {w.strip() for w in args.modules.split(",")}
    chosen = [ex for ex in builtin_exercises() if ex.module.split(".")[0] in wanted]
    win = PracticeWindow(backend=PracticeBackend(store=store), exercises=chosen)
    win.resize(1280, 860)
    win.show()
    win.activateWindow()
    win.add_trainee("Bench Trainee")
    clock.until(lambda: win.trainee is not None)

    shown = []
    lesson = []
    lights = []
    feedback = []
    loupe = LoupeFigures(fresh_lens=args.fresh_lens)
    drawn = {"yes": False}
    win.panel.document_shown.connect(lambda: drawn.__setitem__("yes", True))

    def question_ready() -> bool:
        return (
            win.panel.item is not None
            and win.panel.answer_box.isEnabled()
            and (drawn["yes"] or not win.panel.panes)
        )

    for index, _exercise in enumerate(chosen):
        win.picker.exercises.setCurrentRow(index)
        win.picker.start.click()
        clock.until(lambda: win.pages.currentWidget() is win.lesson)
        clock.spin(args.read_s)  # the trainee reads the lesson (the first document is made)
        drawn["yes"] = False
        win.lesson.begin.click()
        lesson.append(clock.until(question_ready))
        while True:
            clock.spin(args.read_s / 2)
            panel = win.panel
            if panel.panes and panel.panes[0].view is not None:
                view = panel.panes[0].view
                for key, light in (*LIGHT_KEYS[1:], LIGHT_KEYS[0]):
                    QTest.keyClick(win, key)
                    lights.append(
                        clock.until(
                            lambda v=view, x=light: (
                                v.shown_viewing() is not None
                                and v.shown_viewing().light.value == x
                                and not v.is_provisional()
                            ),
                            30,
                        )
                    )
                    clock.spin(0.3)
                if args.loupe:
                    loupe.sweep(app, view, args.moves)
            q = panel.item.question
            if args.verbose:
                print(f"  {win.progress.text()}: {q.type} {q.id}", file=sys.stderr)
            if q.type == "locate" and q.input.value == "drag":
                # A rubber band cannot be dragged by QTest: the box the drag would give.
                panel._answer(BoxAnswer(30.0, 20.0, 60.0, 40.0))
            elif q.type == "locate":
                view = panel.panes[0].view
                pos = view.mapFromScene(QPointF(40, 30))
                QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
            else:
                buttons = [b for b in panel.answer_box.findChildren(QPushButton) if b.isVisible()]
                buttons[0].click()
            feedback.append(
                clock.until(
                    lambda: win.next.isVisible() or win.pages.currentWidget() is win.results
                )
            )
            if win.pages.currentWidget() is win.results:
                break
            clock.spin(args.read_s)  # the trainee reads the feedback
            drawn["yes"] = False
            win.next.click()
            if win.pages.currentWidget() is win.results:
                break
            shown.append(clock.until(question_ready))
        win.results.done.click()
        clock.until(lambda: win.pages.currentWidget() is win.picker)

    print(f"practice desk, {len(chosen)} exercises: {', '.join(e.title for e in chosen)}")
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    print(line("lesson -> first question", lesson))
    print(line("Next -> document drawn", shown))
    print(line("light switch", lights))
    print(line("answer -> feedback", feedback))
    if args.loupe:
        loupe.report()
    win.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
