"""A trainee's first hour at the practice desk (issue 15), driven as they would: the zoom is
reset for every question and F fits; a lesson shown again keeps its text size; an exam's time
limit is said in the lesson and a time-out says so and is scored as what it is; a refusal that
names no method is right; Back from a lesson leaves nothing to resume, and an interrupted
exercise can be discarded; feedback puts the loupe down, marks the click and the right button;
the desk has the workstation's keys; a repeated exercise shows other documents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_training_ui_practice import (
    _click_mm,
    _wait_for_question,
    practice_window,
    recipe,
)

from docinspect.model.exercise import Recipe, parse_exercise
from docinspect.model.light import Light

EXAM = parse_exercise(
    {
        "format": 1,
        "id": "exam-timed-questions",
        "title": "Counterfeits exam",
        "module": "5. Counterfeits",
        "mode": "exam",
        "pass_mark": 0.8,
        "time_limit_s": 120,
        "lesson": ["Look at every document under UV."],
        "questions": [
            {"id": "e1", "type": "verdict", "recipe": recipe(11, "office_paper")},
            {"id": "e2", "type": "verdict", "recipe": recipe(12, "office_paper")},
        ],
    },
    file="exam.json",
)
PRACTICE = parse_exercise(
    {
        "format": 1,
        "id": "practice-desk",
        "title": "Find the defect",
        "module": "1. Light",
        "mode": "practice",
        "lesson": ["Genuine paper stays dull under UV."],
        "questions": [
            {"id": "p1", "type": "locate", "recipe": recipe(4, "office_paper"), "light": "white"},
            {"id": "p2", "type": "locate", "recipe": recipe(5, "office_paper"), "light": "white"},
            {
                "id": "p3",
                "type": "which_light",
                "feature": "uv_dull_substrate",
                "choices": ["white", "uv365", "ir"],
                "answer": ["uv365"],
            },
        ],
    },
    file="practice.json",
)
TIMED = parse_exercise(
    {
        "format": 1,
        "id": "timed-desk",
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
            }
        ],
    },
    file="timed.json",
)


@pytest.fixture
def window(qtbot, tmp_path):
    # Focused: the desk's keys are the window's shortcuts.
    with practice_window(qtbot, tmp_path, [EXAM, PRACTICE, TIMED], focused=True) as win:
        yield win


def _start(qtbot, win, row: int, *, begin: bool = True) -> None:
    win.picker.exercises.setCurrentRow(row)
    qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)
    if begin:
        qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
        qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)


def _at_desk(qtbot, win, n: int) -> None:
    """Question ``n`` is shown and its desk is laid out (a trainee's first key comes later)."""
    _wait_for_question(qtbot, win, n)
    qtbot.wait(100)


def _button(win, name: str) -> QPushButton:
    return win.panel.findChild(QPushButton, name)


def test_each_question_starts_fitted_and_f_fits_the_page(qtbot, window):
    win = window
    _start(qtbot, win, 1)
    _at_desk(qtbot, win, 1)
    state = win.panel.state
    win.panel.panes[0].view.zoom_by(3.0)
    assert not state.fit
    qtbot.keyClick(win, Qt.Key.Key_F)  # F fits, as in the workstation
    assert state.fit
    win.panel.panes[0].view.zoom_by(3.0)
    _click_mm(qtbot, win, 20, 15)
    qtbot.waitUntil(lambda: win.next.isVisible())
    qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 2)
    assert state.fit  # the next question shows its whole page, not the last one's zoom


def test_a_lesson_shown_again_keeps_its_text_size(qtbot, window):
    win = window
    sizes = []
    for _ in range(3):
        _start(qtbot, win, 1, begin=False)
        qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
        sizes.append(win.lesson.text.font().pointSizeF())
        qtbot.mouseClick(win.lesson.back, Qt.MouseButton.LeftButton)
    assert sizes[0] == sizes[1] == sizes[2]


def test_back_from_a_lesson_leaves_nothing_to_resume_and_an_interrupted_one_can_go(qtbot, window):
    win = window
    _start(qtbot, win, 0, begin=False)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.mouseClick(win.lesson.back, Qt.MouseButton.LeftButton)
    win.backend.wait()
    qtbot.wait(50)
    assert win.picker.unfinished.count() == 0
    assert win.backend.store.sessions_for(win.trainee.id) == []  # no "unfinished" history row
    # An exercise begun and left from its question page waits to be resumed...
    _start(qtbot, win, 0)
    _wait_for_question(qtbot, win, 1)
    qtbot.mouseClick(_button(win, "answerGenuine"), Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 2)
    qtbot.mouseClick(win.leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.picker.unfinished.count() == 1)
    # ...until the trainee discards it; the answer given stays in the attempt log.
    qtbot.mouseClick(win.picker.discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.picker.unfinished.count() == 0)
    assert win.backend.store.attempt_count() == 1
    assert not win.picker.discard.isEnabled()
    qtbot.mouseClick(win.picker.history, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.history)
    assert win.history.sessions.rowCount() == 1  # the lesson left behind nothing
    assert win.history.sessions.item(0, 3).text() == "discarded"


def test_the_exam_lesson_names_its_time_limit_and_a_time_out_is_no_accept(qtbot, window):
    win = window
    _start(qtbot, win, 0, begin=False)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    lesson = win.lesson.text.toPlainText()
    assert "2:00" in lesson and "not answered (0 points)" in lesson
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 1)
    win.time_out()  # as the countdown does at zero
    _wait_for_question(qtbot, win, 2)
    assert win.notice.isVisible() and "not answered" in win.notice.text()
    # A refusal naming no method: one clear sign is enough (the lesson's rule), full marks.
    qtbot.mouseClick(_button(win, "answerForged"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
    records = {r.question_id: r for r in win.backend.store.attempts_for(win.trainee.id)}
    timed_out = next(r for r in records.values() if r.timed_out)
    refused = next(r for r in records.values() if not r.timed_out)
    assert timed_out.mark == "timed_out" and timed_out.accepted is None
    assert refused.mark == "right" and refused.score == refused.max_score
    assert "Forged documents accepted: 0 " in win.results.summary.text()


def test_a_timed_check_says_the_time_out_accepted_the_document(qtbot, window):
    win = window
    _start(qtbot, win, 2, begin=False)
    _wait_for_question(qtbot, win, 1)
    win.time_out()
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
    assert "counts as accepted" in win.notice.text()


def test_feedback_puts_the_loupe_down_marks_the_click_and_shows_regions_under_their_light(
    qtbot, window
):
    win = window
    _start(qtbot, win, 1)
    _at_desk(qtbot, win, 1)
    panel = win.panel
    qtbot.keyClick(win, Qt.Key.Key_L)
    assert panel.state.loupe_enabled
    assert panel.state.loupe_pos_mm is not None  # shown at once, not after the mouse moves
    _click_mm(qtbot, win, 100, 60)  # far from the UV-paper indicator: a miss
    qtbot.waitUntil(lambda: win.next.isVisible())
    assert not panel.state.loupe_enabled and not panel.loupe.isChecked()
    assert len(panel.panes[0].answer_marks) == 1  # where the trainee clicked
    assert "#b3261e" in panel.feedback.styleSheet()  # wrong: red
    view = panel.panes[0].view
    assert panel.state.light is Light.UV365
    assert [i.region.feature for i in view.region_items()] == ["uv_dull_substrate"]
    qtbot.keyClick(win, Qt.Key.Key_W)  # the UV-dull paper is not outlined under white light
    assert view.region_items() == []
    qtbot.keyClick(win, Qt.Key.Key_A)  # Regions toggles the outlines
    assert not panel.state.overlay


def test_a_wrong_light_answer_marks_the_right_light_unclipped(qtbot, window):
    win = window
    _start(qtbot, win, 1)
    for n in (1, 2):
        _wait_for_question(qtbot, win, n)
        _click_mm(qtbot, win, 20, 15)
        qtbot.waitUntil(lambda: win.next.isVisible())
        qtbot.keyClick(win.next, Qt.Key.Key_Return)  # Enter is Next
    _wait_for_question(qtbot, win, 3)
    wrong = _button(win, "choice_ir")
    qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.next.isVisible())
    right = _button(win, "choice_uv365")
    assert "#1b7f3b" in right.styleSheet() and "#b3261e" in wrong.styleSheet()
    for button in (right, wrong):
        bold = button.font()
        bold.setBold(True)
        from PySide6.QtGui import QFontMetrics

        assert button.width() >= QFontMetrics(bold).horizontalAdvance(button.text())


def test_the_desk_has_the_workstation_keys_and_a_clear_active_light(qtbot, window):
    win = window
    _start(qtbot, win, 1)
    _at_desk(qtbot, win, 1)
    panel = win.panel
    qtbot.keyClick(win, Qt.Key.Key_BracketRight)
    qtbot.keyClick(win, Qt.Key.Key_BracketRight)
    assert panel.state.tilt_deg == 10.0 and panel.tilt.value() == 10
    qtbot.keyClick(win, Qt.Key.Key_BracketLeft)
    assert panel.state.tilt_deg == 5.0
    # The second axis: ' tilts the top edge away, ; towards; the slider follows and drives.
    qtbot.keyClick(win, Qt.Key.Key_Apostrophe)
    qtbot.keyClick(win, Qt.Key.Key_Apostrophe)
    qtbot.keyClick(win, Qt.Key.Key_Semicolon)
    assert panel.state.tilt_away_deg == 5.0 and panel.tilt_away.value() == 5
    assert panel.state.tilt_deg == 5.0
    panel.tilt_away.setValue(-20)
    assert panel.state.viewing().tilt_away_deg == -20.0
    power = panel.state.loupe_power
    qtbot.keyClick(win, Qt.Key.Key_Plus)
    assert panel.state.loupe_power > power
    qtbot.keyClick(win, Qt.Key.Key_U)
    uv = panel.findChild(type(panel.loupe), "light_uv365")
    assert uv.isChecked() and "QToolButton:checked" in panel.controls.styleSheet()
    assert "#1d5fbf" in panel.controls.styleSheet()


def test_next_keeps_its_place_and_the_question_page_leads_back(qtbot, window):
    win = window
    _start(qtbot, win, 1)
    _wait_for_question(qtbot, win, 1)
    assert not win.next.isVisible() and win.next.sizePolicy().retainSizeWhenHidden()
    assert "Enter" in win.next.text()
    qtbot.mouseClick(win.leave, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.picker


def test_a_repeated_exercise_shows_other_documents_the_same_within_an_attempt():
    from docinspect.ui.practice.window import fresh_documents

    first, again = fresh_documents(PRACTICE, 1), fresh_documents(PRACTICE, 2)
    seeds = [q.specimen.seed for q in first.questions if isinstance(q.specimen, Recipe)]
    other = [q.specimen.seed for q in again.questions if isinstance(q.specimen, Recipe)]
    assert seeds != other and len(set(seeds)) == 2
    assert fresh_documents(PRACTICE, 1) == first  # the same attempt, the same documents
    assert fresh_documents(EXAM, 1) == EXAM  # an exam is the same test for the whole class


def test_starting_twice_asks_about_different_holders(qtbot, window):
    win = window
    seen = []
    for _ in range(2):
        _start(qtbot, win, 1)
        _wait_for_question(qtbot, win, 1)
        seen.append(win.quiz.item.question.specimen.seed)
        qtbot.mouseClick(win.leave, Qt.MouseButton.LeftButton)
    assert seen[0] != seen[1]


def _finish_practice(qtbot, win) -> None:
    _start(qtbot, win, 1)
    for n in (1, 2):
        _wait_for_question(qtbot, win, n)
        _click_mm(qtbot, win, 20, 15)
        qtbot.waitUntil(lambda: win.next.isVisible())
        qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 3)
    qtbot.mouseClick(_button(win, "choice_uv365"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.next.isVisible())
    qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)


def test_practice_results_pass_history_agrees_and_the_list_shows_progress(qtbot, window):
    win = window
    _finish_practice(qtbot, win)
    summary = win.results.summary.text()
    assert "Passed." in summary  # practice too is measured against its pass mark
    mean = next(x for x in summary.splitlines() if x.startswith("Mean decision time"))
    qtbot.mouseClick(win.results.history, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.history)
    # The same exercise, the same mean time in both places.
    assert mean in win.history.summary.text()
    qtbot.mouseClick(win.history.back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "best 100%, passed" in win.picker.exercises.item(1).text())


def test_results_reopen_a_document_at_the_workstation(qtbot, window):
    from docinspect.ui.inspect.workstation import InspectionWindow

    win = window
    _finish_practice(qtbot, win)
    win.results.table.setCurrentCell(0, 0)
    qtbot.mouseClick(win.results.open_document, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(win._inspections) == 1)
    opened = win._inspections[0]
    qtbot.addWidget(opened)
    assert isinstance(opened, InspectionWindow) and opened.view.region_items()
    assert opened.compare_action.isEnabled()  # a genuine reference to compare with


def test_enter_starts_begins_and_goes_on_wherever_the_focus_is(qtbot, window):
    win = window
    win.picker.exercises.setCurrentRow(1)
    win.picker.exercises.setFocus()
    qtbot.keyClick(win.picker.exercises, Qt.Key.Key_Return)  # Enter starts the exercise
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.keyClick(win.lesson.text, Qt.Key.Key_Return)  # and begins it
    _at_desk(qtbot, win, 1)
    _click_mm(qtbot, win, 20, 15)
    qtbot.waitUntil(lambda: win.next.isVisible())
    view = win.panel.panes[0].view
    view.setFocus()  # the click on the document took the focus
    qtbot.keyClick(view, Qt.Key.Key_Return)
    _wait_for_question(qtbot, win, 2)


def test_the_lesson_shows_a_genuine_one_of_every_document_it_asks_about(qtbot, window):
    from docinspect.ui.inspect.workstation import InspectionWindow

    win = window
    _start(qtbot, win, 1, begin=False)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    buttons = win.lesson.documents.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["passport (TD3), Utopia"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(win._inspections) == 1)
    opened = win._inspections[0]
    qtbot.addWidget(opened)
    assert isinstance(opened, InspectionWindow)
    assert not opened.view.source.specimen.truth.verdict.is_forged  # a genuine one


def test_the_next_document_is_opened_and_drawn_while_the_feedback_is_read(qtbot, window):
    win = window
    _start(qtbot, win, 1)
    _at_desk(qtbot, win, 1)
    _click_mm(qtbot, win, 20, 15)
    qtbot.waitUntil(lambda: win.next.isVisible())
    coming = win.quiz.exercise.question(win.quiz.order[1]).specimen
    specimen_id = win._located[coming.key()].specimen.id
    qtbot.waitUntil(lambda: specimen_id in win.panel.page_sources)
    ready = win.panel.page_sources[specimen_id]
    qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 2)
    assert win.panel.panes[0].view.source is ready  # the page opened ahead is the one shown
