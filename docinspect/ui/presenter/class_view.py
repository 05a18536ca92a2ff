"""The live class view: every cohort member's progress on one assignment, in large type.

It polls ``Classroom.class_progress`` every few seconds on a pool thread (a slow server never
freezes the projector) and shows, per trainee, questions answered, right, and done / working /
overdue. Only an instructor's login can read it: the classroom refuses a trainee's.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docinspect.classroom import Classroom, Login, TraineeProgress
from docinspect.ui.background import Background

#: Seconds between two reads of the database.
POLL_SECONDS = 5


class ClassView(QWidget):
    """A table of the class's progress on one assignment, refreshed every POLL_SECONDS."""

    #: Emitted after each successful read, with the number of trainees shown.
    refreshed = Signal(int)

    def __init__(
        self,
        classroom: Classroom,
        login: Login,
        assignment_id: uuid.UUID,
        *,
        title: str = "",
        poll_seconds: float = POLL_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._classroom, self._login, self._assignment = classroom, login, assignment_id
        self._background = Background(self)
        font = QFont(self.font())
        font.setPointSizeF(max(18.0, font.pointSizeF() * 1.8))
        self.setFont(font)
        self.heading = QLabel(title or self.tr("Class progress"))
        heading_font = QFont(font)
        heading_font.setPointSizeF(font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.status = QLabel(self.tr("Reading the class's progress…"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Trainee"), self.tr("Answered"), self.tr("Right"), self.tr("State")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):  # "working", "overdue" in large type are never cut short
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        # Kept in Python: a late answer may arrive while the window (and its timer) is deleted.
        self._poll_seconds = poll_seconds
        self._timer = QTimer(self)
        self._timer.setInterval(int(poll_seconds * 1000))
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the class's progress again in the background; the table updates on the answer."""
        room, login, assignment = self._classroom, self._login, self._assignment
        self._background.run(
            lambda: room.class_progress(login, assignment),
            self._on_loaded,
            self._on_failed,
            kind="progress",  # an older poll answering late is dropped
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(
            self.tr("Cannot read the class's progress: {reason}").format(reason=exc)
        )

    def _on_loaded(self, rows: list[TraineeProgress]) -> None:
        self._fill(rows)
        done = sum(1 for r in rows if r.finished)
        self.status.setText(
            self.tr("{done} of {total} done · updated every {s} s").format(
                done=done, total=len(rows), s=round(self._poll_seconds)
            )
        )
        self.refreshed.emit(len(rows))

    def _fill(self, rows: list[TraineeProgress]) -> None:
        self.table.setRowCount(len(rows))
        for i, p in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(p.name))
            bar = QProgressBar()
            bar.setRange(0, p.question_count)
            bar.setValue(min(p.answered, p.question_count))
            bar.setFormat(self.tr("{n} of {total}").format(n=p.answered, total=p.question_count))
            self.table.setCellWidget(i, 1, bar)
            right = QTableWidgetItem(str(p.correct))
            right.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(i, 2, right)
            if p.finished:
                state, colour = self.tr("done"), QColor("#1b7f3b")
            elif p.overdue:
                state, colour = self.tr("overdue"), QColor("#b3261e")
            else:
                state, colour = self.tr("working"), QColor("#444444")
            item = QTableWidgetItem(state)
            item.setForeground(colour)
            self.table.setItem(i, 3, item)
        self.table.resizeRowsToContents()

    def row_texts(self) -> list[tuple[str, str, str, str]]:
        """What the table shows, row by row (name, answered, right, state)."""
        out = []
        for i in range(self.table.rowCount()):
            bar = self.table.cellWidget(i, 1)
            answered = bar.text() if isinstance(bar, QProgressBar) else ""
            texts = [self.table.item(i, c).text() for c in (0, 2, 3)]
            out.append((texts[0], answered, texts[1], texts[2]))
        return out
