"""A readable list of problems (file, field, reason), e.g. why a pack cannot be opened."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docinspect.i18n import translate_message
from docinspect.training.content_language import content_language


class ProblemLike(Protocol):
    file: str
    field: str
    reason: str


class ProblemsDialog(QDialog):
    """Shows every problem at once in a table, with a Copy button for a report or an e-mail."""

    def __init__(
        self,
        title: str,
        message: str,
        problems: Sequence[ProblemLike],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 420)
        # The core keeps each reason as a template and values (decision 0032): shown in the
        # language the windows speak, the file and field as they are (names in the pack).
        language = content_language()
        self._problems = [
            (str(p.file), str(p.field), translate_message(p.reason, language)) for p in problems
        ]

        count = self.tr("Problems found: {n}").format(n=len(self._problems))
        heading = QLabel(f"{message}\n\n{count}")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(self._problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Field"), self.tr("Reason")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for row, values in enumerate(self._problems):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        for column, cap in ((0, 280), (1, 180)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("Copy the problems as text, one per line"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def as_text(self) -> str:
        """The problems as tab-separated lines under a header line."""
        lines = ["\t".join((self.tr("File"), self.tr("Field"), self.tr("Reason")))]
        lines += ["\t".join(p) for p in self._problems]
        return "\n".join(lines) + "\n"

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())


def problem_lines(problems) -> str:
    """Problems (file, field, reason) one a line, each reason in the windows' language: for a
    message box where a table would be too much."""
    language = content_language()
    return "\n".join(
        ": ".join(
            part
            for part in (str(p.file), str(p.field), translate_message(p.reason, language))
            if part
        )
        for p in problems
    )
