"""Re-make the trainee and presenter screenshots of the docs from the app's real windows.

    /work/venv/bin/python scripts/screenshots_practice.py [--out docs/images] [--only NAME ...]

Writes to ``--out`` (each can be chosen with ``--only``):

- ``practice-question.png``, ``practice-feedback.png``: question 2 of "Light sources and UV
  basics" (a forged passport, the traveller at the desk beside it), then its feedback after
  the trainee let it through;
- ``practice-results.png``: the results page of that exercise (every question, the document,
  the answer, the right answer, the points; the third row chosen, its feedback below);
- ``practice-history.png``: the trainee's history after that exercise, module 4 and module 1
  again;
- ``presenter-loupe.png``: presenter mode on the built-in plan "UV basics — 45 min", step 2
  under UV with two regions revealed and the (large) loupe over the UV overprint;
- ``library.png``: the library with two generated packs (6 TD3 pages, seed 11; 4 TD1 cards,
  seed 12), the first passport selected.

Everything is real: specimens come from the generator, answers are given through the
windows' own buttons and saved to a throw-away SQLite file, and the windows are grabbed
offscreen (no display needed). Settings and data go to a throw-away DOCINSPECT_HOME. The
trainee answers most questions right and makes three typical mistakes (lets a forged
passport through, refuses a forged one without the right method, picks the wrong light), so
the pictures show both kinds of feedback. Look at the pictures before committing them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Before Qt and the app's data folder are touched: offscreen, and nobody's real settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DOCINSPECT_HOME"] = tempfile.mkdtemp(prefix="docinspect-shots-")

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget  # noqa: E402

from docinspect.model.light import Light  # noqa: E402
from docinspect.store import open_store  # noqa: E402
from docinspect.ui.app import prepare_application  # noqa: E402
from docinspect.ui.settings import AppSettings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NAMES = (
    "practice-question",
    "practice-feedback",
    "practice-results",
    "practice-history",
    "presenter-loupe",
    "library",
)
#: The trainee's mistakes in "Light sources and UV basics", by question number.
MISTAKES = {2: "accept", 5: "wrong-light", 7: "no-method"}


def pump(seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def until(condition: Callable[[], bool], what: str, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit(f"screenshots_practice: timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, out: Path, name: str) -> None:
    pump(0.5)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


# --- the trainee ---------------------------------------------------------------------------


def _buttons(win) -> list[QPushButton]:
    return [b for b in win.panel.answer_box.findChildren(QPushButton) if b.isVisible()]


def _answer(win, n: int, mistakes: dict[int, str]) -> None:
    """Answer question ``n`` as a trainee who knows most of it (the truth is at hand here)."""
    item = win.panel.item
    q = item.question
    mistake = mistakes.get(n)
    by_name = {b.objectName(): b for b in _buttons(win)}
    if q.type == "locate":
        region = next(
            r
            for r in item.specimen.forgery_indicators()
            if q.feature in (None, r.feature) and q.method in (None, r.method)
        )
        box = region.shape.bounds()
        view = win.panel.panes[0].view
        centre = QPointF((box.left + box.right) / 2, (box.top + box.bottom) / 2)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))
    elif q.type in ("verdict", "compare"):
        truth = item.specimen.truth
        forged = truth.verdict is not None and truth.verdict.is_forged
        if mistake == "accept" or not forged:
            by_name["answerGenuine"].click()
            return
        combo = win.panel.findChild(QComboBox, "methodChoice")
        if combo is not None and truth.methods and mistake != "no-method":
            combo.setCurrentIndex(max(0, combo.findData(truth.methods[0])))
        by_name["answerForged"].click()
    elif q.type == "which_light":
        right = set(q.answer) or set(win.taxonomy.features[q.feature].lights)
        names = {b.objectName().removeprefix("choice_"): b for b in _buttons(win)}
        pick = [v for v in names if (Light(v) in right) != (mistake == "wrong-light")]
        names[pick[0]].click()
    elif q.type == "identify":
        by_name[f"choice_{q.feature}"].click()
    else:  # mrz and anything new: the first choice
        _buttons(win)[0].click()


def _run_exercise(win, exercise_id: str, mistakes: dict[int, str], shots=None) -> None:
    shots = shots or {}
    row = next(i for i, e in enumerate(win.exercises) if e.id == exercise_id)
    win.picker.exercises.setCurrentRow(row)
    win.picker.start.click()
    until(lambda: win.pages.currentWidget() in (win.lesson, win.question_page), "the lesson")
    if win.pages.currentWidget() is win.lesson:
        win.lesson.begin.click()
    total = len(win.exercises[row].questions)
    for n in range(1, total + 1):
        until(
            lambda n=n: (
                win.pages.currentWidget() is win.question_page
                and win.progress.text().startswith(f"Question {n} ")
                and win.panel.item is not None
                and win.panel.answer_box.isEnabled()
            ),
            f"question {n}",
        )
        until(lambda: bool(_buttons(win)) or win.panel.panes, "the answer buttons")
        for view in (p.view for p in win.panel.panes):
            view.wait_for_renders()
        if n in shots:
            save(win, *shots[n][0])
        pump(2.0 + (n * 7) % 5)  # a trainee looks for a few seconds: real decision times
        _answer(win, n, mistakes)
        until(lambda: win.next.isVisible() or win.pages.currentWidget() is win.results, "feedback")
        if win.next.isVisible():
            for view in (p.view for p in win.panel.panes):
                view.wait_for_renders()
            if n in shots:
                save(win, *shots[n][1])
            win.next.click()
    until(lambda: win.pages.currentWidget() is win.results, "the results")


def practice(out: Path, wanted: set[str]) -> None:
    from docinspect.ui.practice import PracticeWindow
    from docinspect.ui.practice.backend import PracticeBackend

    store = open_store(f"sqlite:///{Path(os.environ['DOCINSPECT_HOME']) / 'shots.sqlite3'}")
    win = PracticeWindow(backend=PracticeBackend(store=store))
    win.resize(1280, 900)
    win.show()
    win.add_trainee("Ann Officer")
    until(lambda: win.trainee is not None, "the trainee")
    shots = {2: ((out, "practice-question"), (out, "practice-feedback"))}
    _run_exercise(win, "light-and-uv", MISTAKES, shots)
    win.results.table.setCurrentCell(2, 1)  # the third question: its feedback comes into view
    save(win, out, "practice-results")
    if "practice-history" in wanted:
        win.results.done.click()
        _run_exercise(win, "photo-and-data", {3: "accept", 7: "accept"})
        win.results.done.click()
        _run_exercise(win, "light-and-uv", {5: "wrong-light"})
        win.results.history.click()
        until(lambda: win.pages.currentWidget() is win.history, "the history")
        save(win, out, "practice-history")
    win.backend.wait()
    win.close()
    store.close()


# --- the instructor ------------------------------------------------------------------------


def presenter(out: Path) -> None:
    from docinspect.model.lesson_plan import read_lesson_plan
    from docinspect.ui.presenter.window import PresenterWindow

    plan = read_lesson_plan(ROOT / "exercises" / "lesson-plans" / "uv-basics-45.lesson")
    db = Path(os.environ["DOCINSPECT_HOME"]) / "presenter.sqlite3"
    win = PresenterWindow(plan, db_url=f"sqlite:///{db}")
    win.resize(1920, 1080)
    win.show()
    win.go_to(1)  # "A genuine passport page under UV"
    until(lambda: win.stage.view is not None and win.stage.view.source is not None, "the page")
    win.state.set_light(Light.UV365)
    win.advance()  # UV-dull substrate
    win.advance()  # UV-fluorescent fibres
    win.state.set_loupe_power(6)
    win.state.set_loupe_enabled(True)
    win.state.set_loupe_pos(QPointF(24, 52))  # over the UV overprint beside the portrait
    win.stage.view.wait_for_renders()
    pump(2.0)
    win.stage.view.wait_for_renders()
    save(win, out, "presenter-loupe")
    win.close()


def library(out: Path) -> None:
    from docinspect.ui.main_window import MainWindow

    packs = Path(os.environ["DOCINSPECT_HOME"]) / "packs"
    packs.mkdir(exist_ok=True)
    for kind, count, seed in (("td3", 6, 11), ("td1", 4, 12)):
        subprocess.run(
            [sys.executable, "-m", "docinspect", "generate", "--out", str(packs / kind)]
            + ["--type", kind, "--count", str(count), "--seed", str(seed), "--jobs", "1"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    win = MainWindow(AppSettings())
    win.show()
    until(lambda: not win.is_busy(), "the library")
    win.open_pack(packs / "td3", by_user=False)
    until(lambda: win.model.specimen_count() == 6, "the TD3 pack")
    win.open_pack(packs / "td1", by_user=False)
    until(lambda: win.model.specimen_count() == 10, "the TD1 pack")
    first = next(r for r in range(win.model.rowCount()) if win.model.index(r).flags())
    win.list_view.setCurrentIndex(win.model.index(first))
    until(win.preview.has_picture, "the picture")
    # The first start sizes the window for the screen (offscreen: a small one); a desktop's.
    win.resize(1400, 900)
    pump(1.0)
    until(lambda: len(win.model._thumbnails) >= 6, "the thumbnails")
    save(win, out, "library")
    win.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--only", nargs="*", choices=NAMES, default=list(NAMES))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app._guard = prepare_application(app, AppSettings())  # kept alive with the app
    wanted = set(args.only)
    if wanted & {n for n in NAMES if n.startswith("practice-")}:
        practice(args.out, wanted)
    if "presenter-loupe" in wanted:
        presenter(args.out)
    if "library" in wanted:
        library(args.out)
    print(json.dumps({"cpu_s": round(time.process_time(), 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
