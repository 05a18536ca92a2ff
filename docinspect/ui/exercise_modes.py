"""An exercise's mode (practice, exam, timed) as the windows name it: the practice window's
exercise list and results, and the presenter's lesson steps.

Here rather than in ui/practice, so that the presenter does not import the practice window's
pages (that import closed a circle ui/presenter → ui/practice → ui/classroom → ui/presenter).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MODE_NAMES: Final = {
    "practice": QT_TRANSLATE_NOOP("Mode", "practice"),
    "exam": QT_TRANSLATE_NOOP("Mode", "exam"),
    "timed": QT_TRANSLATE_NOOP("Mode", "timed"),
}


def mode_name(mode: str) -> str:
    """The mode's name in the user's language (an unknown mode as it is written)."""
    return QCoreApplication.translate("Mode", MODE_NAMES.get(mode, mode))
