"""The trainee dashboard: key figures, learning curve, accuracy per category and method,
the genuine/forged chart. Figures are read from the store on a pool thread."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from docinspect.analytics.dashboard import TraineeDashboard
from docinspect.analytics.queries import trainee_dashboard_from_store
from docinspect.model.exercise import DEFAULT_PASS_MARK
from docinspect.reports.charts import (
    draw_accuracy_bars,
    draw_detection_space,
    draw_learning_curve,
)
from docinspect.store import Store
from docinspect.ui.background import Background
from docinspect.ui.dashboard.canvas import ChartCanvas
from docinspect.ui.taxonomy_text import category_names_for_charts, method_names_for_charts


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _secs(ms: float | None) -> str:
    return (
        "–"
        if ms is None
        else QCoreApplication.translate("TraineeDashboardView", "{s:.1f} s").format(s=ms / 1000)
    )


class TraineeDashboardView(QWidget):
    """Shows one trainee's dashboard; ``load`` fetches it without blocking the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._background = Background(self)
        self.status = QLabel(self)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        titles = {
            "accuracy": self.tr("accuracy"),
            "hit_rate": self.tr("forged refused (hit rate)"),
            "false_alarms": self.tr("genuine refused (false alarms)"),
            "false_accepts": self.tr("forged passed (false accepts)"),
            "d_prime": self.tr("sensitivity d′"),
            "criterion": self.tr("criterion c"),
            "median_time": self.tr("median decision time"),
            "due": self.tr("skills due for review"),
            "impostors_refused": self.tr("impostors refused (face)"),
            "holders_refused": self.tr("holders refused (face false alarms)"),
        }
        for k, (key, title) in enumerate(titles.items()):
            value = QLabel("–", self)
            value.setStyleSheet("font-size: 18pt; font-weight: bold;")
            grid.addWidget(value, (k // 4) * 2, k % 4)
            grid.addWidget(QLabel(title, self), (k // 4) * 2 + 1, k % 4)
            self.figures[key] = value
        self.curve = ChartCanvas(width=8, height=2.6)
        self.categories = ChartCanvas(width=4, height=2.6)
        self.methods = ChartCanvas(width=4, height=2.6)
        self.detection = ChartCanvas(width=3.2, height=3.2)
        charts = QGridLayout()
        charts.addWidget(self.curve, 0, 0, 1, 2)
        charts.addWidget(self.detection, 0, 2)
        charts.addWidget(self.categories, 1, 0)
        charts.addWidget(self.methods, 1, 1, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)  # the charts take the height; the figures keep theirs

    def load(self, store: Store, trainee_id: uuid.UUID) -> None:
        """Read the trainee's figures on a pool thread; a later call supersedes this one."""
        self.status.setText(self.tr("Reading the attempt log…"))
        self._background.run(
            lambda: trainee_dashboard_from_store(store, trainee_id),
            self.show_dashboard,
            self._failed,
            kind="dashboard",
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Could not read the figures: {0}").format(exc))

    def show_dashboard(self, dash: TraineeDashboard) -> None:
        sd = dash.detection
        self.status.setText(self.tr("{0}: {1} attempts").format(dash.name, dash.overall.total))
        values = {
            "accuracy": _pct(dash.overall.rate),
            "hit_rate": _pct(sd.hit_rate),
            "false_alarms": _pct(sd.false_alarm_rate),
            "false_accepts": _pct(sd.false_accept_rate),
            "d_prime": _num(sd.d_prime),
            "criterion": _num(sd.criterion),
            "median_time": _secs(dash.times.median_ms),
            "due": str(len(dash.skills_due)),
            "impostors_refused": _pct(dash.faces.hit_rate),
            "holders_refused": _pct(dash.faces.false_alarm_rate),
        }
        for key, text in values.items():
            self.figures[key].setText(text)
        self.curve.draw_with(
            lambda ax: draw_learning_curve(
                ax,
                dash.curve,
                pass_mark=DEFAULT_PASS_MARK,
                xlabel=self.tr("attempt"),
                ylabel=self.tr("rolling accuracy (%)"),
                empty=self.tr("no attempts yet"),
                pass_label=self.tr("pass mark"),
            )
        )
        self.categories.draw_with(
            lambda ax: draw_accuracy_bars(
                ax,
                dash.by_category,
                names=category_names_for_charts(),
                xlabel=self.tr("accuracy (%)"),
                empty=self.tr("no attempts"),
            )  # fmt: skip
        )
        self.methods.draw_with(
            lambda ax: draw_accuracy_bars(
                ax,
                dash.by_method,
                names=method_names_for_charts(),
                xlabel=self.tr("accuracy (%)"),
                empty=self.tr("no forged documents yet"),
            )  # fmt: skip
        )
        self.detection.draw_with(
            lambda ax: draw_detection_space(
                ax,
                [(dash.name, sd)],
                annotate=False,
                xlabel=self.tr("genuine refused (%)"),
                ylabel=self.tr("forged refused (%)"),
                empty=self.tr("no genuine/forged decisions yet"),
            )
        )
