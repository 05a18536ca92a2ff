"""A dialog to calibrate 1:1 size: stretch a bar until it is as wide as an ID-1 card."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from docinspect.ui.inspect.calibration import ID1_WIDTH_MM, MAX_DPI, MIN_DPI


class _CardBar(QWidget):
    def __init__(self, dpi: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self.setMinimumHeight(90)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = ID1_WIDTH_MM * self.dpi / 25.4
        height = 53.98 * self.dpi / 25.4
        rect = QRectF(10, 10, width, min(height, self.height() - 20))
        painter.setBrush(QColor(220, 235, 250))
        painter.setPen(QPen(QColor(20, 60, 120), 2))
        painter.drawRoundedRect(rect, 8, 8)


class CalibrationDialog(QDialog):
    """Lets the user match an on-screen card to a real one; ``dpi()`` gives the result."""

    def __init__(self, dpi: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calibrate 1:1 size"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Hold a bank card or ID card (85.60 mm wide) against the screen and move "
                    "the slider until the blue card is exactly as wide."
                )
            )
        )
        self._bar = _CardBar(dpi)
        layout.addWidget(self._bar)
        self._slider = QSlider(Qt.Orientation.Horizontal)
        self._slider.setRange(int(MIN_DPI * 10), int(MAX_DPI * 10))
        self._slider.setValue(round(dpi * 10))
        self._slider.valueChanged.connect(self._changed)
        layout.addWidget(self._slider)
        self._readout = QLabel()
        layout.addWidget(self._readout)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._changed(self._slider.value())
        self.resize(int(ID1_WIDTH_MM * MAX_DPI / 25.4 / 2) + 60, 260)

    def dpi(self) -> float:
        return self._slider.value() / 10.0

    def _changed(self, value: int) -> None:
        self._bar.dpi = value / 10.0
        self._bar.setMinimumWidth(int(ID1_WIDTH_MM * self._bar.dpi / 25.4) + 20)
        self._readout.setText(self.tr("{dpi:.1f} pixels per inch").format(dpi=value / 10.0))
        self._bar.update()
