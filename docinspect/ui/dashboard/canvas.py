"""A matplotlib canvas in a Qt widget, drawing with the same functions as the PDF reports."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure


class ChartCanvas(FigureCanvasQTAgg):
    """One chart; ``draw_with(fn)`` clears it and lets ``fn`` draw on a fresh Axes."""

    def __init__(self, *, width: float = 5.0, height: float = 3.0) -> None:
        super().__init__(Figure(figsize=(width, height), layout="constrained"))
        self.setMinimumSize(int(width * 60), int(height * 60))

    def draw_with(self, fn: Callable[[Axes], None]) -> None:
        self.figure.clear()
        fn(self.figure.add_subplot())
        self.draw_idle()
