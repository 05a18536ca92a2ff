"""The results page: choosing a question's row brings its feedback into view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from test_training_ui_practice import _click_mm, _start, _wait_for_question
from test_training_ui_practice import window as window  # the practice window fixture


def _answer_all(qtbot, win) -> None:
    for n in (1, 2, 3):
        _wait_for_question(qtbot, win, n)
        if win.panel.item.question.type == "locate":
            _click_mm(qtbot, win, 20, 15)
        else:
            qtbot.mouseClick(
                win.panel.findChild(type(win.picker.start), "answerGenuine"),
                Qt.MouseButton.LeftButton,
            )
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)


def _first_visible_line(review) -> str:
    return review.cursorForPosition(QPoint(4, 4)).block().text()


def test_choosing_a_row_scrolls_the_feedback_to_that_question(qtbot, window):
    win = window
    _start(qtbot, win, 0)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    _answer_all(qtbot, win)
    review = win.results.review
    review.setFixedHeight(60)  # a few lines: the third question's feedback is out of view
    qtbot.waitUntil(lambda: review.verticalScrollBar().maximum() > 0)
    assert _first_visible_line(review).startswith("Question 1:")

    win.results.table.setCurrentCell(2, 1)
    qtbot.waitUntil(lambda: _first_visible_line(review).startswith("Question 3:"))
    assert review.textCursor().selectedText().startswith("Question 3:")

    win.results.table.setCurrentCell(0, 1)
    qtbot.waitUntil(lambda: _first_visible_line(review).startswith("Question 1:"))


def test_choosing_a_question_selects_its_whole_row(qtbot, window):
    win = window
    _start(qtbot, win, 0)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    _answer_all(qtbot, win)
    table = win.results.table
    table.setCurrentCell(1, 1)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    assert len(table.selectedItems()) == table.columnCount()
