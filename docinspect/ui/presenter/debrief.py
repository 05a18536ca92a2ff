"""The debrief: the class's most-missed questions, read from the results store off the GUI thread,
each with a button that puts its specimen on the big screen."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from docinspect.analytics.missed import MissedItem, most_missed
from docinspect.model.exercise import Exercise, Recipe, SpecimenSource
from docinspect.model.truth import Verdict
from docinspect.ui.background import Background
from docinspect.ui.inspect.overlay import feature_name
from docinspect.ui.names import verdict_name
from docinspect.ui.taxonomy_text import method_name


class DebriefPanel(QWidget):
    """Most-missed questions in large type; ``show_requested`` carries the chosen MissedItem."""

    show_requested = Signal(object)
    #: The list was refreshed (tests wait for it); carries the number of items.
    loaded = Signal(int)

    def __init__(
        self,
        url: str,
        exercises: Callable[[], Sequence[Exercise]],
        *,
        scale: float,
        packs: Callable[[], Mapping[str, str]] = dict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._url = url
        self._exercises = exercises
        self._packs = packs
        self._scale = scale
        self._limit = 5
        base = self.font().pointSizeF()
        self._row_pt = (base if base > 0 else 9.0) * scale * 1.25
        self._background = Background(self)
        self.items: list[MissedItem] = []
        self.buttons: list[QPushButton] = []

        self.heading = QLabel(self.tr("What the class missed"))
        self.heading.setObjectName("debriefHeading")
        self.status = QLabel()
        self.status.setObjectName("debriefStatus")
        self.status.setWordWrap(True)
        self._rows = QWidget()
        self._rows_layout = QVBoxLayout(self._rows)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(round(10 * scale))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._rows)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(round(24 * scale), round(16 * scale), round(24 * scale), 0)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    def set_limit(self, limit: int) -> None:
        self._limit = limit

    def refresh(self) -> None:
        """Read the store again, in the background; the list updates when it answers."""
        self.status.setText(self.tr("Reading the class's results…"))
        url, exercises, limit = self._url, tuple(self._exercises()), self._limit
        packs = dict(self._packs())
        self._background.run(
            lambda: most_missed(url, exercises, limit=limit, packs=packs),
            self._on_loaded,
            self._on_failed,
            kind="missed",  # an older request answering late is dropped
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Cannot read the class's results: {reason}").format(reason=exc))
        self._fill([])
        self.loaded.emit(0)

    def _on_loaded(self, items: list[MissedItem]) -> None:
        self.status.setText(
            self.tr("No wrong answers recorded yet.")
            if not items
            else self.tr("Share of answers that were wrong, worst first.")
        )
        self._fill(items)
        self.loaded.emit(len(items))

    def _fill(self, items: list[MissedItem]) -> None:
        while self._rows_layout.count():
            child = self._rows_layout.takeAt(0).widget()
            if child is not None:
                child.deleteLater()
        self.items = list(items)
        self.buttons = []
        for rank, item in enumerate(items, start=1):
            row = QWidget()
            row.setObjectName("debriefRow")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            # Named as the instructor wrote it: the prompt, else the exercise's title and the
            # question's place in it, never the internal "exercise/question" id.
            about = item.prompt or (
                self.tr("{exercise}, question {n}").format(
                    exercise=item.exercise_title, n=item.number
                )
                if item.exercise_title
                else item.item
            )
            if item.feature:
                about = f"{feature_name(item.feature)}: {about}"
            kind = _specimen_kind(item.specimen)
            if kind:
                about += f"  [{kind}]"  # two questions may share a prompt, not a specimen
            text = QLabel(
                self.tr("{rank}. {share:.0%} wrong ({missed} of {attempts})  —  {about}").format(
                    rank=rank,
                    share=item.missed_share,
                    missed=item.missed,
                    attempts=item.attempts,
                    about=about,
                )
            )
            text.setWordWrap(True)
            text.setObjectName("debriefItem")
            text.setStyleSheet(f"font-size: {round(self._row_pt)}pt;")
            line.addWidget(text, 1)
            button = QPushButton(self.tr("Show"))
            button.setObjectName("debriefShow")
            button.setEnabled(item.specimen is not None)
            button.setToolTip(self.tr("Put this question's specimen on the big screen"))
            button.clicked.connect(lambda _=False, item=item: self.show_requested.emit(item))
            line.addWidget(button)
            self.buttons.append(button)
            self._rows_layout.addWidget(row)
        self._rows_layout.addStretch(1)


def _specimen_kind(specimen: SpecimenSource | None) -> str:
    """'genuine' or the forgery methods' names, for a generated specimen ('' otherwise)."""
    if not isinstance(specimen, Recipe):
        return ""
    if specimen.genuine:
        return verdict_name(Verdict.GENUINE)
    return ", ".join(method_name(m) for m in specimen.methods)
