"""The results page lists every question with the document, the trainee's answer, the right
answer and the points (an exam's answers appear only there, after the exam ended)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from test_training_ui_practice import (
    EXAM,
    PRACTICE,
    TIMED,
    HandMadeSupply,
    _click_mm,
    _start,
    _wait_for_question,
    practice_window,
    recipe,
)

from docinspect.model.exercise import parse_exercise
from docinspect.training import Quiz
from docinspect.training.answers import ChoiceAnswer, PointAnswer, VerdictAnswer
from docinspect.ui.practice.pages import ResultsPage, specimen_label


@pytest.fixture
def window(qtbot, tmp_path):
    with practice_window(qtbot, tmp_path, [EXAM, PRACTICE, TIMED]) as win:
        yield win


def _row(table, row):
    return [table.item(row, col).text() for col in range(table.columnCount())]


def test_exam_results_list_each_question_with_both_answers(qtbot, window):
    win = window
    _start(qtbot, win, 0)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    for n in (1, 2, 3):
        _wait_for_question(qtbot, win, n)
        q = win.panel.item.question
        if q.type == "locate":
            _click_mm(qtbot, win, 100, 80)  # far from the UV-paper indicator: a miss
        else:  # refuses both: q1 (forged, no method named) and q2 (genuine)
            qtbot.mouseClick(
                win.panel.findChild(type(win.picker.start), "answerForged"),
                Qt.MouseButton.LeftButton,
            )
        # Exam: nothing of the right answer shows before the end.
        assert not win.panel.feedback.isVisible()
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
    table = win.results.table
    assert table.rowCount() == 3
    rows = {_row(table, r)[2]: _row(table, r) for r in range(3)}
    genuine = rows["generated passport (TD3), UTO, no. 2"]
    assert genuine[1] == "Is this document genuine or forged?"
    assert genuine[3:] == [
        "forged — refused",
        "genuine",
        "genuine document refused",
        "0 / 1",
    ]
    forged = rows["generated passport (TD3), UTO, no. 1"]
    assert forged[3] == "forged — refused"
    assert forged[4].startswith("forged (counterfeit): Counterfeit on office paper")
    locate = rows["generated passport (TD3), UTO, no. 3"]
    assert locate[1] == "Find the defect on this document."
    assert locate[3] == "clicked at 100 mm, 80 mm"
    assert "UV-dull substrate" in locate[4]
    assert locate[5:] == ["missed the defect", "0 / 1"]


def test_results_compose_feedback_given_as_data(qapp):
    """With each question's Feedback (as the window passes it), the right answer says where."""
    quiz = Quiz(PRACTICE, resolver=HandMadeSupply(), trainee_id=uuid.uuid4())
    reviews = []
    for answer in (PointAnswer(100, 80), ChoiceAnswer("white")):
        quiz.answer(answer, time_ms=900)
        quiz.begin_save()
        quiz.saved()
        reviews.append(quiz.feedback)
        quiz.next()
    page = ResultsPage()
    page.show_results(PRACTICE, quiz.results(), quiz.records, reviews)
    locate, light = _row(page.table, 0), _row(page.table, 1)
    assert locate[4] == "UV-dull substrate, top left of the page"
    assert light[1] == "Under which light do you check: UV-dull substrate?"
    assert (light[3], light[4]) == ("White", "UV 365 nm")
    review = page.review.toPlainText()
    assert review.startswith("Question 1: That is not where the defect is.")
    assert "UV-dull substrate shows under the UV lamp (365 nm)." in review


def test_specimen_labels_name_the_document_not_its_forgery():
    assert specimen_label("pack:uto-p-014") == "uto-p-014"
    label = specimen_label("recipe:td1:KDV:42:office_paper:0.300")
    assert label == "generated ID card (TD1), KDV, no. 42"
    assert "office" not in label


def test_a_sealed_exam_shows_no_score_until_the_instructor_scores_it(qapp):
    sealed = parse_exercise(
        {
            "format": 1,
            "id": "sealed-1",
            "title": "Sealed exam",
            "mode": "exam",
            "questions": [
                {
                    "id": "s1",
                    "type": "verdict",
                    "recipe": recipe(1, "office_paper"),
                    "sealed": True,
                },
                {"id": "s2", "type": "verdict", "recipe": recipe(2), "sealed": True},
            ],
        },
        file="sealed.json",
    )
    quiz = Quiz(sealed, resolver=HandMadeSupply(), trainee_id=uuid.uuid4())
    for _ in range(2):
        quiz.answer(VerdictAnswer(True), time_ms=900)
        quiz.begin_save()
        quiz.saved()
    page = ResultsPage()
    records = quiz.records
    page.show_results(
        sealed, quiz.results(), records, [quiz.review(r.question_id) for r in records]
    )
    assert page.summary.text().startswith("2 answers await your instructor's scoring.")
    assert "Not passed" not in page.summary.text()
    row = _row(page.table, 0)
    assert row[3:] == [
        "forged — refused",
        "sealed: your instructor scores it",
        "awaits your instructor's scoring",
        "? / 1",
    ]
    assert "Counterfeit" not in page.review.toPlainText()
