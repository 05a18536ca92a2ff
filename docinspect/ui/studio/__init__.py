"""The instructor studio: import scans, align, annotate, paint, redact, build packs.

``open_studio(parent)`` opens it (the library window's Tools menu calls it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def open_studio(parent: QWidget | None = None, *, recover: bool | None = None) -> QWidget:
    """Open the instructor studio window and return it. ``recover`` answers the question
    whether to recover the last session's autosaved work (None: ask the user)."""
    from docinspect.ui.studio.window import StudioWindow

    window = StudioWindow(parent, recover=recover)
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window)
    window.show()
    return window
