"""Assign an exercise to a cohort, or change an assignment, from the live class view.

The checks are the classroom's own (``Classroom.assign`` / ``edit_assignment``: a known
exercise, no more questions than it has, a due date ahead), so the window and
``docinspect classroom assign`` refuse the same things with the same reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from docinspect.classroom import Assignment
from docinspect.classroom.class_packs import ExerciseSummary


class AssignDialog(QDialog):
    """The exercise (new assignments only), title, number of questions and due date."""

    def __init__(
        self,
        exercises: Sequence[ExerciseSummary],
        *,
        assignment: Assignment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.assignment = assignment
        self.setWindowTitle(
            self.tr("Change the assignment") if assignment else self.tr("Assign an exercise")
        )
        self.exercise = QComboBox()
        self.exercise.setObjectName("assignExercise")
        self._exercises = list(exercises)
        for e in self._exercises:
            label = self.tr("{title} ({n} questions)").format(title=e.title, n=e.questions)
            self.exercise.addItem(label, e.id)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("(the exercise's title)"))
        self.questions = QSpinBox()
        self.questions.setMinimum(1)
        self.has_due = QCheckBox(self.tr("Due by"))
        self.due = QDateTimeEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due.setDateTime(QDateTime(datetime.now().astimezone() + timedelta(days=7)))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("assignMessage")
        form = QFormLayout()
        form.addRow(self.tr("Exercise"), self.exercise)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Questions to answer"), self.questions)
        form.addRow(self.has_due, self.due)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.exercise.currentIndexChanged.connect(self._exercise_changed)
        if assignment is not None:
            index = self.exercise.findData(assignment.exercise_id)
            if index >= 0:
                self.exercise.setCurrentIndex(index)
            self.exercise.setEnabled(False)  # answers already given belong to that exercise
            self.title.setText(assignment.title)
            self._exercise_changed()
            self.questions.setValue(assignment.question_count)
            self.has_due.setChecked(assignment.due_at is not None)
            if assignment.due_at is not None:
                self.due.setDateTime(QDateTime(assignment.due_at.astimezone()))
        else:
            self._exercise_changed()

    def _exercise_changed(self, _index: int = 0) -> None:
        chosen = self.chosen_exercise()
        most = chosen.questions if chosen is not None and chosen.questions else 1000
        self.questions.setMaximum(most)
        self.questions.setValue(most if chosen is not None and chosen.questions else 1)

    def chosen_exercise(self) -> ExerciseSummary | None:
        exercise_id = self.exercise.currentData()
        return next((e for e in self._exercises if e.id == exercise_id), None)

    def due_at(self) -> datetime | None:
        if not self.has_due.isChecked():
            return None
        local = self.due.dateTime().toPython()
        return local.astimezone(UTC) if local.tzinfo else local.astimezone().astimezone(UTC)

    def show_refusal(self, reason: str) -> None:
        self.message.setText(self.tr("Not saved: {reason}").format(reason=reason))
        self.message.setStyleSheet("color: #b3261e;")
