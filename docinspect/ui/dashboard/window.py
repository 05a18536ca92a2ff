"""The progress window: a trainee's dashboard and the class's item analysis, side by side in tabs."""

from __future__ import annotations

from typing import TypeAlias

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from docinspect.analytics.queries import cohort_names
from docinspect.store import Store, Trainee
from docinspect.ui.dashboard.item_view import ItemAnalysisView
from docinspect.ui.dashboard.trainee_view import TraineeDashboardView

#: The trainees, and the cohorts with their sizes, that the window offers to pick from.
Listing: TypeAlias = tuple[list[Trainee], list[tuple[str, int]]]


def read_listing(store: Store) -> Listing:
    """What the window lists, read from ``store`` (on any thread)."""
    return store.trainees(), cohort_names(store)


class ProgressWindow(QWidget):
    """Pick a trainee to see their figures; pick a cohort (or everyone) for the item analysis."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        owns_store: bool = False,
        listing: Listing | None = None,
    ) -> None:
        """``listing`` is ``read_listing(store)`` when the caller read it already (off the GUI
        thread); without it the window reads it now."""
        super().__init__(parent)
        self.store = store
        #: Opened for this window alone (the library's Progress and results…): closed with it,
        #: so a class server does not keep a connection per closed window.
        self._owns_store = owns_store
        self.setWindowTitle(self.tr("Progress and results — DocInspect"))

        self.trainee_box = QComboBox()
        self.trainee_view = TraineeDashboardView()
        self.empty_note = QLabel(
            self.tr("No trainee has answered yet. Open Training > Practice and exams… to start.")
        )
        trainee_tab = QWidget()
        trainee_layout = QVBoxLayout(trainee_tab)
        self.trainee_row = QWidget()
        row = QHBoxLayout(self.trainee_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Trainee:")))
        row.addWidget(self.trainee_box, 1)
        trainee_layout.addWidget(self.trainee_row)
        trainee_layout.addWidget(self.empty_note)
        trainee_layout.addWidget(self.trainee_view, 1)

        self.cohort_box = QComboBox()
        self.item_view = ItemAnalysisView()
        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Class:")))
        row.addWidget(self.cohort_box, 1)
        items_layout.addLayout(row)
        items_layout.addWidget(self.item_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(trainee_tab, self.tr("Trainee"))
        self.tabs.addTab(items_tab, self.tr("Questions (item analysis)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.trainee_box.currentIndexChanged.connect(self._show_trainee)
        self.cohort_box.currentIndexChanged.connect(self._show_cohort)
        self.refresh(listing)

    def refresh(self, listing: Listing | None = None) -> None:
        """Re-read the trainees and cohorts (unless ``listing`` has them), then show the first
        of each."""
        trainees, cohorts = listing if listing is not None else read_listing(self.store)
        self.trainee_box.blockSignals(True)
        self.trainee_box.clear()
        for trainee in trainees:
            self.trainee_box.addItem(trainee.name, trainee.id)
        self.trainee_box.blockSignals(False)
        # With nobody to pick, an empty box is noise: the note says what to do instead.
        self.empty_note.setVisible(not trainees)
        self.trainee_row.setVisible(bool(trainees))
        self.trainee_view.setVisible(bool(trainees))

        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        self.cohort_box.addItem(self.tr("All trainees"), None)
        for name, count in cohorts:
            self.cohort_box.addItem(self.tr("{0} ({1} trainees)").format(name, count), name)
        self.cohort_box.blockSignals(False)

        if trainees:
            self._show_trainee(0)
        self._show_cohort(0)

    def _show_trainee(self, index: int) -> None:
        trainee_id = self.trainee_box.itemData(index)
        if trainee_id is not None:
            self.trainee_view.load(self.store, trainee_id)

    def _show_cohort(self, index: int) -> None:
        self.item_view.load(self.store, self.cohort_box.itemData(index))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._owns_store:
            # Connections a background query still holds are dropped when it returns.
            self.store.close()
        super().closeEvent(event)
