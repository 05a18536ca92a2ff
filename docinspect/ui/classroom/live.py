"""Tools > Live class…: choose a cohort and one of its assignments, watch the class answer.

The table itself is the presenter's ``ClassView`` (large type for the projector, read again
every few seconds in the background); this window only chooses what it shows. It is opened
with the signed-in instructor's login, and the classroom refuses anyone else's.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docinspect.classroom import Assignment, Classroom, Login, NotAllowed
from docinspect.store import StoreError
from docinspect.ui.classroom.assign_dialog import AssignDialog
from docinspect.ui.presenter import class_view
from docinspect.ui.presenter.class_view import ClassView
from docinspect.ui.screen_fit import fit_on_screen


class LiveClassWindow(QWidget):
    """A cohort, one of its assignments, and the live table of the class's progress."""

    def __init__(
        self,
        classroom: Classroom,
        login: Login,
        *,
        poll_seconds: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("DocInspect — Live class"))
        self._classroom, self._login = classroom, login
        self._poll = poll_seconds or class_view.POLL_SECONDS
        self._assignments: list[Assignment] = []
        self.cohort = QComboBox()
        self.cohort.setObjectName("liveCohort")
        self.cohort.setMinimumWidth(200)
        self.assignment = QComboBox()
        self.assignment.setObjectName("liveAssignment")
        self.assignment.setMinimumWidth(320)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.view: ClassView | None = None
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Cohort:")))
        row.addWidget(self.cohort)
        row.addWidget(QLabel(self.tr("Assignment:")))
        row.addWidget(self.assignment)
        row.addStretch(1)
        # Assign from here, where the instructor watches the class (the same checks as
        # `docinspect classroom assign`).
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(lambda: self.open_assign())
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.clicked.connect(lambda: self.open_assign(change=True))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        for button in (self.assign_button, self.change_button, self.withdraw_button):
            row.addWidget(button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(row)
        self._layout.addWidget(self.message)
        self.cohort.currentIndexChanged.connect(self._cohort_changed)
        self.assignment.currentIndexChanged.connect(self._assignment_changed)
        fit_on_screen(self, 1100, 760)
        self.reload()

    def reload(self) -> None:
        """Read the cohorts and assignments again (a new assignment made meanwhile shows)."""
        try:
            cohorts = self._classroom.cohorts(self._login)
            self._assignments = self._classroom.assignments(self._login)
        except (NotAllowed, StoreError) as exc:
            self.message.setText(self.tr("Cannot read the class: {reason}").format(reason=exc))
            return
        self.cohort.blockSignals(True)
        self.cohort.clear()
        for c in cohorts:
            self.cohort.addItem(c.name, c.id)
        self.cohort.blockSignals(False)
        if not cohorts:
            self.message.setText(
                self.tr(
                    "No cohort yet: create one and assign an exercise "
                    "(docinspect classroom cohort / assign, see the trainer's guide)."
                )
            )
        self._cohort_changed(self.cohort.currentIndex())

    def choose(self, cohort_name: str, assignment_title: str | None = None) -> None:
        """Show ``cohort_name``'s assignment (by title; default: the one the window picks)."""
        self.cohort.setCurrentIndex(self.cohort.findText(cohort_name))
        if assignment_title is not None:
            for i in range(self.assignment.count()):
                if self.assignment.itemText(i).startswith(assignment_title):
                    self.assignment.setCurrentIndex(i)

    def _cohort_changed(self, _index: int) -> None:
        cohort_id = self.cohort.currentData()
        mine = [a for a in self._assignments if a.cohort_id == cohort_id]
        self.assignment.blockSignals(True)
        self.assignment.clear()
        for a in mine:
            due = a.due_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.due_at else None
            text = self.tr("{title} (due {due})").format(title=a.title, due=due) if due else a.title
            self.assignment.addItem(text, a.id)
        # The newest assignment is most likely the one the class is working on now.
        if mine:
            newest = max(range(len(mine)), key=lambda i: mine[i].created_at)
            self.assignment.setCurrentIndex(newest)
        self.assignment.blockSignals(False)
        if cohort_id is not None and not mine:
            self.message.setText(self.tr("This cohort has no assignment yet."))
        self._assignment_changed(self.assignment.currentIndex())

    def open_assign(self, *, change: bool = False) -> AssignDialog | None:
        """A dialog to assign an exercise to the chosen cohort (or change the chosen
        assignment); OK saves it through the classroom, which refuses with the reason."""
        cohort_id = self.cohort.currentData()
        current = self._chosen()
        if cohort_id is None or (change and current is None):
            return None
        try:
            exercises = self._classroom.known_exercises(self._login)
        except (NotAllowed, StoreError) as exc:
            self.message.setText(self.tr("Cannot read the class: {reason}").format(reason=exc))
            return None
        dialog = AssignDialog(exercises, assignment=current if change else None, parent=self)
        dialog.buttons.accepted.connect(lambda: self.save(dialog))
        dialog.open()
        return dialog

    def save(self, dialog: AssignDialog) -> bool:
        """Save what ``dialog`` says; a refusal is shown in the dialog, which stays open."""
        exercise = dialog.chosen_exercise()
        try:
            if dialog.assignment is None:
                if exercise is None:
                    raise ValueError(self.tr("choose an exercise"))
                saved = self._classroom.assign(
                    self._login,
                    self.cohort.currentData(),
                    exercise_id=exercise.id,
                    title=dialog.title.text(),
                    question_count=dialog.questions.value(),
                    due_at=dialog.due_at(),
                )
            else:
                due = dialog.due_at()
                saved = self._classroom.edit_assignment(
                    self._login,
                    dialog.assignment.id,
                    title=dialog.title.text(),
                    question_count=dialog.questions.value(),
                    due_at=due,
                    clear_due=due is None,
                )
        except (ValueError, KeyError, NotAllowed, StoreError) as exc:
            dialog.show_refusal(str(exc))
            return False
        dialog.accept()
        cohort = self.cohort.currentText()
        self.reload()
        self.choose(cohort, saved.title)
        return True

    def withdraw(self, *, confirm: bool = True) -> bool:
        """Withdraw the chosen assignment (the answers given stay in the results)."""
        current = self._chosen()
        if current is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Withdraw"),
                self.tr(
                    "Withdraw the assignment {title}? Answers already given stay in the results."
                ).format(title=current.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self._classroom.remove_assignment(self._login, current.id)
        except (KeyError, NotAllowed, StoreError) as exc:
            self.message.setText(self.tr("Not withdrawn: {reason}").format(reason=exc))
            return False
        cohort = self.cohort.currentText()
        self.reload()
        self.choose(cohort)
        return True

    def _chosen(self) -> Assignment | None:
        assignment_id = self.assignment.currentData()
        return next((a for a in self._assignments if a.id == assignment_id), None)

    def _assignment_changed(self, _index: int) -> None:
        assignment_id: uuid.UUID | None = self.assignment.currentData()
        if self.view is not None:
            self.view.close()
            self._layout.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if assignment_id is None:
            return
        self.message.setText("")
        chosen = next(a for a in self._assignments if a.id == assignment_id)
        title = self.tr("{cohort} — {assignment}").format(
            cohort=self.cohort.currentText(), assignment=chosen.title
        )
        self.view = ClassView(
            self._classroom, self._login, assignment_id, title=title, poll_seconds=self._poll
        )
        self._layout.addWidget(self.view, 1)
