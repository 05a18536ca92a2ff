"""Windows open no larger than the screen they open on.

A classroom laptop has 1,366 × 768 pixels, less the task bar: the workstation (1,280 × 860)
and the practice window (1,200 × 860) opened with their status bar and answer buttons below
the screen's edge.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window's frame and title bar, which the window's size does not include.
FRAME_WIDTH = 40
FRAME_HEIGHT = 60


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its comfortable size, but never more than the screen's free area
    (less its frame); on a small screen it is also centred so no edge is off-screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    fits = width + FRAME_WIDTH <= free.width() and height + FRAME_HEIGHT <= free.height()
    window.resize(min(width, free.width() - FRAME_WIDTH), min(height, free.height() - FRAME_HEIGHT))
    if not fits:
        frame = window.frameGeometry()
        frame.moveCenter(free.center())
        window.move(frame.topLeft())
