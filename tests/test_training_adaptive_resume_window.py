"""A trainee closes the practice window in the middle of "Practise my weak points" and resumes
it in a new window on the same store: the same generated questions, no answer lost or asked
twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_training_ui_practice import EXAM, HandMadeSupply, _click_mm

from docinspect.store import open_store
from docinspect.training.adaptive import ADAPTIVE_ID
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend

#: Waits may include drawing a specimen and a save; 5 s (the default) failed on a loaded machine.
WAIT_MS = 60_000


def _window(qtbot, url):
    store = open_store(url)
    backend = PracticeBackend(store=store, supply=HandMadeSupply())
    win = PracticeWindow(backend=backend, exercises=[EXAM])
    qtbot.addWidget(win)
    win.show()
    return win, store


def _answer_one(qtbot, win, n):
    qtbot.waitUntil(
        lambda: (
            win.progress.text().startswith(f"Question {n} ")
            and win.panel.item is not None
            and win.panel.answer_box.isEnabled()
        ),
        timeout=WAIT_MS,
    )
    if win.panel.item.question.type == "locate":
        _click_mm(qtbot, win, 20, 15)
    else:
        qtbot.mouseClick(
            win.panel.findChild(type(win.picker.start), "answerForged"),
            Qt.MouseButton.LeftButton,
        )
    qtbot.waitUntil(lambda: win.next.isVisible(), timeout=WAIT_MS)  # practice: feedback, then Next
    qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)


def test_adaptive_practice_resumes_in_a_new_window(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'seat.sqlite3'}"
    win, store = _window(qtbot, url)
    win.add_trainee("Ann Officer")
    qtbot.waitUntil(lambda: win.trainee is not None, timeout=WAIT_MS)
    win.picker.exercises.setCurrentRow(win.picker.exercises.count() - 1)  # weak points
    qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson, timeout=WAIT_MS)
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    asked = []
    for n in (1, 2, 3):
        qtbot.waitUntil(
            lambda n=n: (
                win.progress.text().startswith(f"Question {n} ") and win.panel.item is not None
            ),
            timeout=WAIT_MS,
        )
        asked.append(win.panel.item.question.id)
        _answer_one(qtbot, win, n)
    total = len(win.quiz.order)
    order = win.quiz.order
    win.backend.wait()
    win.close()
    store.close()

    win, store = _window(qtbot, url)
    try:
        qtbot.waitUntil(
            lambda: win.trainee is not None and win.picker.unfinished.count() == 1, timeout=WAIT_MS
        )
        assert f"3 of {total} answered" in win.picker.unfinished.item(0).text()
        qtbot.mouseClick(win.picker.resume, Qt.MouseButton.LeftButton)
        for n in range(4, total + 1):
            _answer_one(qtbot, win, n)
        qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results, timeout=WAIT_MS)
        assert win.quiz.order == order
        assert win.results.table.rowCount() == total
        win.backend.wait()
        saved = [a for a in store.attempts_for(win.trainee.id) if a.exercise_id == ADAPTIVE_ID]
        assert sorted(a.question_id for a in saved) == sorted(order)  # none lost, none twice
        assert [a.question_id for a in saved][:3] == asked
        assert not store.sessions_for(win.trainee.id, unfinished=True)
    finally:
        win.backend.wait()
        store.close()
