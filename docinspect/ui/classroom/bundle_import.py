"""Training > Import results bundle…: offline seats' answers into the class database.

Each file is imported on its own (docinspect.classroom.import_bundle): a good one adds what
the database lacks, a bad one is refused whole with the reason, and importing a file again
adds nothing. The report lists every file: imported, already there, or refused and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docinspect.classroom import BundleError, ImportReport, import_bundle
from docinspect.store import Store


@dataclass(frozen=True, slots=True)
class BundleOutcome:
    path: Path
    #: The import's figures, or None when the file was refused.
    report: ImportReport | None
    #: Why the file was refused ("" when it was imported).
    refused: str = ""


def import_bundles(store: Store, paths: Sequence[Path]) -> list[BundleOutcome]:
    """Import every file; a refused one does not stop the others."""
    out = []
    for path in paths:
        try:
            out.append(BundleOutcome(path, import_bundle(store, path)))
        except BundleError as exc:
            out.append(BundleOutcome(path, None, str(exc)))
        except OSError as exc:
            out.append(BundleOutcome(path, None, f"{path}: {exc.strerror or exc}"))
    return out


class ImportReportDialog(QDialog):
    """One row per file: answers imported, answers already there, new trainees, or refused."""

    def __init__(self, outcomes: Sequence[BundleOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Results bundles imported"))
        imported = sum(o.report.attempts_added for o in outcomes if o.report)
        refused = sum(1 for o in outcomes if o.report is None)
        self.summary = QLabel(
            self.tr("{n} answers imported from {files} files; {refused} refused.").format(
                n=imported, files=len(outcomes) - refused, refused=refused
            )
        )
        self.table = QTableWidget(len(outcomes), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Imported"),
                self.tr("Already there"),
                self.tr("New trainees"),
                self.tr("Refused because"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, o in enumerate(outcomes):
            r = o.report
            cells = [
                o.path.name,
                str(r.attempts_added) if r else "—",
                str(r.attempts_already_present) if r else "—",
                str(r.trainees_added) if r else "—",
                _reason(o) if r is None else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(o.path) if column == 0 else text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 300)

    def rows(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]


def _reason(outcome: BundleOutcome) -> str:
    """The refusal without the path in front (the File column names it)."""
    prefix = f"{outcome.path}: "
    return outcome.refused[len(prefix) :] if outcome.refused.startswith(prefix) else outcome.refused
