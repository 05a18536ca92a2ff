"""The practice window driven as a trainee would: an exam end to end (answers, results,
history) and a locate question answered by clicking on the document, with feedback."""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt
from test_training_support import resolver

from docinspect.model.exercise import Recipe, parse_exercise
from docinspect.store import open_store
from docinspect.training.specimens import Located
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend


class HandMadeSupply:
    """Stands in for the generator: hand-made specimens (no scene, so no picture)."""

    def locate(self, source):
        if isinstance(source, Recipe):  # methods the hand-made specimens lack: a stand-in
            known = {"office_paper", "halftone_print", "photo_substitution", "mrz_check_digit"}
            methods = tuple(m if m in known else "halftone_print" for m in source.methods)
            source = replace(source, methods=methods)
        return Located(resolver(source), None)

    def __call__(self, source):
        return self.locate(source).specimen


def recipe(seed, *methods):
    return {"document_type": "td3", "seed": seed, "methods": list(methods)}


EXAM = parse_exercise(
    {
        "format": 1,
        "id": "exam-1",
        "title": "Counterfeits exam",
        "module": "5. Counterfeits",
        "mode": "exam",
        "pass_mark": 0.7,
        "lesson": ["Look at every document under UV."],
        "questions": [
            {"id": "q1", "type": "verdict", "recipe": recipe(1, "office_paper")},
            {"id": "q2", "type": "verdict", "recipe": recipe(2)},
            {"id": "q3", "type": "locate", "recipe": recipe(3, "office_paper")},
        ],
    },
    file="exam.json",
)
PRACTICE = parse_exercise(
    {
        "format": 1,
        "id": "practice-1",
        "title": "Find the defect",
        "module": "1. Light",
        "mode": "practice",
        "questions": [
            {"id": "p1", "type": "locate", "recipe": recipe(4, "office_paper"), "light": "white"},
            {"id": "p2", "type": "which_light", "feature": "uv_dull_substrate"},
        ],
    },
    file="practice.json",
)


TIMED = parse_exercise(
    {
        "format": 1,
        "id": "timed-1",
        "title": "First line",
        "module": "6. First line",
        "mode": "timed",
        "document_time_s": 20,
        "questions": [
            {
                "id": "t1",
                "type": "verdict",
                "ask_method": False,
                "recipe": recipe(5, "office_paper"),
            },
            {"id": "t2", "type": "verdict", "ask_method": False, "recipe": recipe(6)},
        ],
    },
    file="timed.json",
)


@contextmanager
def practice_window(qtbot, tmp_path, exercises, *, focused: bool = False):
    """A practice window on a seat's own SQLite file with hand-made specimens, Ann Officer
    chosen; ``focused`` waits until it is the active window (for its shortcuts)."""
    store = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    backend = PracticeBackend(store=store, supply=HandMadeSupply())
    win = PracticeWindow(backend=backend, exercises=exercises)
    qtbot.addWidget(win)
    win.show()
    if focused:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
    win.add_trainee("Ann Officer")
    qtbot.waitUntil(lambda: win.picker.trainee.count() == 1 and win.trainee is not None)
    try:
        yield win
    finally:
        backend.wait()
        store.close()


@pytest.fixture
def window(qtbot, tmp_path):
    with practice_window(qtbot, tmp_path, [EXAM, PRACTICE, TIMED]) as win:
        yield win


def _start(qtbot, win, row):
    win.picker.exercises.setCurrentRow(row)
    qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)


def _wait_for_question(qtbot, win, n):
    qtbot.waitUntil(
        lambda: (
            win.pages.currentWidget() is win.question_page
            and win.progress.text().startswith(f"Question {n} ")
            and win.panel.answer_box.isEnabled()
            and win.panel.item is not None
        )
    )


def _click_mm(qtbot, win, x_mm, y_mm):
    view = win.panel.panes[0].view
    pos = view.mapFromScene(QPointF(x_mm, y_mm))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_exam_end_to_end_with_results_and_history(qtbot, window):
    win = window
    _start(qtbot, win, 0)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    assert "under UV" in win.lesson.text.toPlainText()
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    for n in (1, 2, 3):
        _wait_for_question(qtbot, win, n)
        q = win.panel.item.question
        if q.type == "locate":
            _click_mm(qtbot, win, 20, 15)  # inside the UV-paper indicator (5..35, 5..25 mm)
        elif q.id == "q1":  # forged by office paper: refuse, naming the method
            combo = win.panel.findChild(type(win.panel.power), "methodChoice")
            combo.setCurrentIndex(combo.findData("office_paper"))
            qtbot.mouseClick(
                win.panel.findChild(type(win.picker.start), "answerForged"),
                Qt.MouseButton.LeftButton,
            )
        else:  # genuine, but the trainee refuses it: a false reject
            qtbot.mouseClick(
                win.panel.findChild(type(win.picker.start), "answerForged"),
                Qt.MouseButton.LeftButton,
            )
        assert not win.next.isVisible()  # exam: no feedback between questions
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
    summary = win.results.summary.text()
    assert "Score: 2 of 3 (67%)" in summary and "Not passed" in summary
    assert win.results.table.rowCount() == 3
    assert "This document is genuine" in win.results.review.toPlainText()
    qtbot.mouseClick(win.results.history, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.history)
    assert win.history.sessions.rowCount() == 1
    assert win.history.sessions.item(0, 3).text() == "not passed"
    assert "Answers given: 3." in win.history.summary.text()
    assert (
        "False-accept rate (forged documents passed as genuine): 0%" in win.history.summary.text()
    )
    assert win.history.chart.points == pytest.approx([2 / 3])
    win.backend.wait()
    assert win.backend.store.attempt_count() == 3
    assert win.backend.store.sessions_for(win.trainee.id, unfinished=True) == []


def test_locate_by_clicking_gives_feedback_with_the_region_under_its_light(qtbot, window):
    win = window
    _start(qtbot, win, 1)
    _wait_for_question(qtbot, win, 1)
    assert win.panel.state.overlay is False  # no answer shown before the answer
    _click_mm(qtbot, win, 36.5, 15)  # 1.5 mm right of the region: within the 2 mm tolerance
    qtbot.waitUntil(lambda: win.next.isVisible())
    text = win.panel.feedback.text()
    assert text.startswith("Right.") and "the UV lamp (365 nm)" in text
    assert win.panel.state.light.value == "uv365" and win.panel.state.overlay
    assert [i.region.feature for i in win.panel.panes[0].view.region_items()] == [
        "uv_dull_substrate"
    ]
    qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 2)
    qtbot.mouseClick(
        win.panel.findChild(type(win.picker.start), "choice_ir"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: win.next.isVisible())
    assert win.panel.feedback.text().startswith("Not right.")
    qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
    assert "Score: 1 of 2" in win.results.summary.text()


def test_a_failed_save_is_shown_and_can_be_retried(qtbot, window, monkeypatch):
    win = window
    store = win.backend.store
    real = store.record_attempt
    calls = []

    def flaky(record, **kw):
        calls.append(record.id)
        if len(calls) == 1:
            raise RuntimeError("disk full")
        return real(record, **kw)

    monkeypatch.setattr(store, "record_attempt", flaky)
    _start(qtbot, win, 1)
    _wait_for_question(qtbot, win, 1)
    _click_mm(qtbot, win, 20, 15)
    qtbot.waitUntil(lambda: win.retry.isVisible())
    assert "could not be saved: disk full" in win.panel.status.text()
    qtbot.mouseClick(win.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.next.isVisible())
    assert calls[0] == calls[1]  # the same attempt, saved once
    assert store.attempt_count() == 1


def test_an_interrupted_exam_is_offered_for_resume(qtbot, window):
    win = window
    _start(qtbot, win, 0)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 1)
    first = win.panel.item.question.id
    if win.panel.item.question.type == "locate":
        _click_mm(qtbot, win, 20, 15)
    else:
        qtbot.mouseClick(
            win.panel.findChild(type(win.picker.start), "answerGenuine"), Qt.MouseButton.LeftButton
        )
    _wait_for_question(qtbot, win, 2)
    win._back_to_picker()  # the trainee leaves (or the app was killed)
    qtbot.waitUntil(lambda: win.picker.unfinished.count() == 1)
    assert "1 of 3 answered" in win.picker.unfinished.item(0).text()
    qtbot.mouseClick(win.picker.resume, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 2)
    assert win.panel.item.question.id != first


def test_timed_check_counts_a_time_out_as_accepting_the_document(qtbot, window):
    win = window
    _start(qtbot, win, 2)
    _wait_for_question(qtbot, win, 1)
    # The countdown runs, in minutes and seconds.
    assert re.fullmatch(r"Time left: \d+:\d\d", win.panel.timer_label.text())
    win.time_out()  # as the countdown does when it reaches zero
    _wait_for_question(qtbot, win, 2)
    win.time_out()
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
    summary = win.results.summary.text()
    assert "Score: 1 of 2" in summary and "Forged documents accepted: 1 of 1." in summary
    records = win.backend.store.attempts_for(win.trainee.id)
    assert all(r.timed_out and r.accepted for r in records)


def test_practise_my_weak_points_builds_an_exercise_from_the_skills(qtbot, window):
    win = window
    _start(qtbot, win, 3)  # the last entry: practise my weak points
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)  # the session starts here
    qtbot.waitUntil(lambda: win.quiz is not None)
    assert win.quiz.exercise.id == "adaptive-practice" and len(win.quiz.exercise.questions) == 8
