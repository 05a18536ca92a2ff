"""The instructor's item analysis: every question and specimen template of a cohort, with
difficulty and discrimination, flagged items first, and the difficulty × discrimination chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docinspect.analytics.cohort import ItemAnalysis
from docinspect.analytics.items import review_order
from docinspect.analytics.queries import cohort_item_analysis_from_store
from docinspect.reports.charts import VERMILION, draw_item_map
from docinspect.store import Store
from docinspect.ui.background import Background
from docinspect.ui.dashboard.canvas import ChartCanvas


class ItemAnalysisView(QWidget):
    """Item statistics of a cohort; ``load`` computes them without blocking the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._background = Background(self)
        self.status = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("item"),
                self.tr("kind"),
                self.tr("trainees"),
                self.tr("attempts"),
                self.tr("difficulty p"),
                self.tr("discrimination r"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.chart = ChartCanvas(width=4.5, height=3.5)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.chart, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(body)

    def load(self, store: Store, cohort: str | None) -> None:
        """Compute the cohort's items (every trainee when ``cohort`` is None) on a pool thread."""
        self.status.setText(self.tr("Computing the item analysis…"))
        self._background.run(
            lambda: cohort_item_analysis_from_store(store, cohort=cohort),
            self.show_items,
            self._failed,
            kind="items",
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not compute the item analysis: {0}").format(exc))

    def show_items(self, analysis: ItemAnalysis) -> None:
        rows = [(s, self.tr("question")) for s in review_order(list(analysis.items))] + [
            (s, self.tr("template")) for s in review_order(list(analysis.templates))
        ]
        self.status.setText(
            self.tr("{0} trainees, {1} attempts, {2} items flagged (r < 0)").format(
                analysis.trainees, analysis.attempts, len(analysis.flagged_items)
            )
        )
        self.table.setRowCount(len(rows))
        alert = QBrush(QColor(VERMILION))
        for r, (s, kind) in enumerate(rows):
            cells = [
                s.item,
                kind,
                str(s.trainees),
                str(s.attempts),
                f"{s.difficulty:.2f}",
                "–" if s.discrimination is None else f"{s.discrimination:.2f}",
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c >= 2:  # numbers right-aligned so their digits line up
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if s.flagged:
                    cell.setForeground(alert)
                    cell.setToolTip(
                        self.tr("Better trainees get this item wrong more often: check its key.")
                    )
                self.table.setItem(r, c, cell)
        self.chart.draw_with(
            lambda ax: draw_item_map(
                ax,
                list(analysis.items),
                xlabel=self.tr("difficulty p"),
                ylabel=self.tr("discrimination r"),
                empty=self.tr("no item has a discrimination yet"),
            )
        )
