"""First start: a starter library of genuine documents, made in the background.

On a first start the library was empty, and a trainee who did not know what a pack is had
nothing to look at. Now the app makes a small pack of genuine references (one of each document
type and state the course uses, ``docinspect.training.starter``) on a pool thread while the
window is already usable, and adds it to the library when it is written. It is made once: if
the trainee later removes it from the library, it is not forced on them again.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from docinspect.ui.background import Background


def starter_path() -> Path:
    from docinspect.training.starter import STARTER_FOLDER
    from docinspect.userdata import generated_dir

    return generated_dir() / STARTER_FOLDER


class StarterLibrary(QObject):
    """The background job making the starter pack for ``window`` (a MainWindow)."""

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.outcome = ""  # "made", "failed" or "" while under way
        self.error = ""
        self._stop = threading.Event()
        self._work = Background(self, threads=1)
        out = starter_path()
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "StarterLibrary",
                "Making a starter library of genuine documents to look at; it joins the "
                "library in a few minutes (you can work meanwhile).",
            )
        )

        def work() -> Path:
            from docinspect.training.exercise_files import builtin_exercises
            from docinspect.training.starter import make_starter_pack, starter_recipes

            return make_starter_pack(
                out, starter_recipes(builtin_exercises()), cancelled=self._stop.is_set
            )

        self._work.run(work, self._made, self._failed)

    def _made(self, path: Path) -> None:
        self.outcome = "made"
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "StarterLibrary", "The starter library of genuine documents is ready."
            ),
            10000,
        )
        self.window.open_pack(path, by_user=False)

    def _failed(self, exc: BaseException) -> None:
        from docinspect.training.starter import StarterCancelled

        if isinstance(exc, StarterCancelled):
            return
        self.outcome, self.error = "failed", str(exc)
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "StarterLibrary", "The starter library could not be made: {reason}"
            ).format(reason=exc),
            15000,
        )

    def stop(self, msecs: int = 30000) -> None:
        """Stop before the next document and wait (the app is closing)."""
        self._stop.set()
        self._work.wait(msecs)


def offer_starter_library(window, settings) -> StarterLibrary | None:
    """Start making the starter library when the library is empty on a first start (no pack
    in the library, none made before) and the generator is installed."""
    from docinspect.ui.generate_dialog import generator_available

    if settings.library_packs() or starter_path().exists() or not generator_available():
        return None
    return StarterLibrary(window)
