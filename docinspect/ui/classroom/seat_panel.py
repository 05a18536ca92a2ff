"""What a classroom seat adds to the practice window: the line to the class server, the
trainee's sign-in, and their assignments with due dates (overdue ones marked)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docinspect.classroom.assignment_states import AssignmentState
from docinspect.training.content_language import builtin_catalogue, content_language

_OFFLINE_STYLE = (
    "background: #fff3cd; color: #5c3c00; border: 1px solid #e0b040; padding: 8px;"
    "font-weight: bold;"
)
_ONLINE_STYLE = "background: #e7f4ea; color: #1b4d2b; border: 1px solid #9fd3ad; padding: 6px;"
_WAITING_STYLE = "background: #eeeeee; color: #333333; border: 1px solid #cccccc; padding: 6px;"


class SeatBanner(QLabel):
    """One line above every page: whether answers reach the class server right now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatBanner")
        self.setWordWrap(True)
        self.show_state(None, "")

    def show_state(self, offline: bool | None, reason: str) -> None:
        if offline is None:
            self.setText(self.tr("Connecting to the class server…"))
            self.setStyleSheet(_WAITING_STYLE)
            self.setToolTip("")
        elif offline:
            self.setText(
                self.tr(
                    "Offline — your answers are kept on this computer and sent when the class "
                    "server is back."
                )
            )
            self.setStyleSheet(_OFFLINE_STYLE)
            self.setToolTip(self.tr("Why: {reason}").format(reason=reason))
        else:
            self.setText(self.tr("Connected to the class server — your answers reach the class."))
            self.setStyleSheet(_ONLINE_STYLE)
            self.setToolTip("")


class SeatPanel(QWidget):
    """Sign-in (or who is signed in) and the signed-in trainee's assignments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = QLineEdit()
        self.username.setObjectName("seatUsername")
        self.username.setPlaceholderText(self.tr("user name"))
        self.password = QLineEdit()
        self.password.setObjectName("seatPassword")
        self.password.setPlaceholderText(self.tr("password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("seatSignIn")
        self.password.returnPressed.connect(self.sign_in.click)
        self.who = QLabel()
        self.who.setObjectName("seatWho")
        self.sign_out = QPushButton(self.tr("Sign out"))
        self.sign_out.setObjectName("seatSignOut")
        self.message = QLabel()
        self.message.setObjectName("seatMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c12;")

        self._sign_in_row = QWidget()
        row = QHBoxLayout(self._sign_in_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Sign in to the class:")))
        row.addWidget(self.username)
        row.addWidget(self.password)
        row.addWidget(self.sign_in)
        row.addStretch(1)
        self._who_row = QWidget()
        row = QHBoxLayout(self._who_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.who)
        row.addWidget(self.sign_out)
        row.addStretch(1)

        self.assignments = QListWidget()
        self.assignments.setObjectName("assignmentList")
        font = self.assignments.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.assignments.setFont(font)
        self.start = QPushButton(self.tr("Start assignment"))
        self.start.setObjectName("startAssignment")
        self._assigned_heading = QLabel(self.tr("Your assignments:"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._sign_in_row)
        layout.addWidget(self._who_row)
        layout.addWidget(self.message)
        layout.addWidget(self._assigned_heading)
        layout.addWidget(self.assignments)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        self.show_signed_in(None)
        self.show_assignments([])

    def show_signed_in(self, name: str | None, *, can_sign_out: bool = True) -> None:
        """Who answers here; a seat whose database login is the trainee's has no sign-out."""
        self._sign_in_row.setVisible(name is None)
        self._who_row.setVisible(name is not None)
        self.sign_out.setVisible(can_sign_out)
        if name is not None:
            self.who.setText(self.tr("Signed in as <b>{name}</b>").format(name=_escape(name)))
            self.password.clear()
            self.message.setText("")

    def show_assignments(
        self,
        states: Sequence[AssignmentState],
        *,
        now=None,
        exercise_titles: Mapping[str, str] | None = None,
    ) -> None:
        """``exercise_titles``: exercise id → its title in the trainee's language, as the
        seat's catalogue reads it (a class pack's own translations, a sealed exam's too)."""
        now = now or datetime.now(UTC)
        # An assignment keeps the title it was given; an exercise's title is shown in the
        # trainee's language even when the instructor assigned it in another.
        titles = builtin_catalogue(content_language())
        exercise_titles = exercise_titles or {}
        self.assignments.clear()
        for s in states:
            a = s.assignment
            if a.due_at is None:
                due = self.tr("no due date")
            else:
                due = self.tr("due {when}").format(
                    when=a.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
                )
            answered = self.tr("{n} of {total} answered").format(
                n=s.answered, total=a.question_count
            )
            if s.done:
                state = self.tr("done")
            elif s.overdue:
                state = self.tr("{answered} — OVERDUE").format(answered=answered)
            else:
                state = answered
            item = QListWidgetItem(
                self.tr("{title} — {due} — {state}").format(
                    title=exercise_titles.get(a.exercise_id) or titles.get(a.title, a.title),
                    due=due,
                    state=state,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, a.exercise_id)
            if s.overdue:
                item.setForeground(QColor("#b3261e"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif s.done:
                item.setForeground(QColor("#1b7f3b"))
            self.assignments.addItem(item)
        has_any = bool(states)
        if has_any:  # as tall as its rows (up to six), so the exercises below keep the room
            rows = min(len(states), 6)
            frame = 2 * self.assignments.frameWidth()
            self.assignments.setFixedHeight(rows * self.assignments.sizeHintForRow(0) + frame + 6)
        self._assigned_heading.setVisible(has_any)
        self.assignments.setVisible(has_any)
        self.start.setVisible(has_any)
        if has_any and self.assignments.currentRow() < 0:
            first_open = next((i for i, s in enumerate(states) if not s.done), 0)
            self.assignments.setCurrentRow(first_open)

    def assignment_texts(self) -> list[str]:
        return [self.assignments.item(i).text() for i in range(self.assignments.count())]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
