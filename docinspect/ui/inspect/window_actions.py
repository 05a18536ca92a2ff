"""Adding a tool to a workstation window from outside it (the chip reader, the face
comparison): on its View toolbar, with its key, as the window's own actions are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar


def add_view_action(
    window: QMainWindow, *, text: str, key: str, tip: str, name: str, slot: Callable[[], object]
) -> QAction:
    """A QAction ``text`` with shortcut ``key`` on the window's View toolbar; its result is
    kept as the window's property ``name`` (the dialog it opened, for tests and reuse)."""
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(key))
    action.setToolTip(tip)
    action.triggered.connect(lambda: window.setProperty(name, slot()))
    toolbar = window.findChild(QToolBar, "viewToolbar")
    if toolbar is not None:
        toolbar.addAction(action)
    window.addAction(action)
    return action
