"""The DocInspect desktop app: ``docinspect`` with no arguments calls ``run_app``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

import docinspect
from docinspect.ui.crash_guard import CrashGuard
from docinspect.ui.fonts import register_ocrb
from docinspect.ui.gui_gc import collect_garbage_on_gui_thread
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings
from docinspect.ui.translations import install_translations

if TYPE_CHECKING:  # the store (SQLAlchemy, Alembic) is not imported to open the window
    from docinspect.store import Store

_guard: CrashGuard | None = None


def prepare_application(app: QCoreApplication, settings: AppSettings) -> CrashGuard:
    """Everything the app needs before its first widget: names (QSettings and the desktop use
    them), translations, the crash guard and the bundled OCR-B font."""
    global _guard
    app.setApplicationName("DocInspect")
    app.setOrganizationName("DocInspect")
    app.setApplicationVersion(docinspect.__version__)
    language = settings.language()
    install_translations(app, QLocale(language) if language else QLocale.system())
    # Cycles are collected on this (the GUI) thread, never in a render thread (ui/gui_gc.py).
    collect_garbage_on_gui_thread(app)
    if _guard is None:
        _guard = CrashGuard(app)
    _guard.install()
    register_ocrb()
    return _guard


def run_app(argv: Sequence[str] | None = None) -> int:
    """Open the main window and run until it is closed; returns the exit code.

    Arguments after the program name that name existing folders or .zip files are opened as
    packs (``docinspect`` passes none; a desktop file association may).
    """
    args = list(sys.argv if argv is None else argv) or ["docinspect"]
    app = QApplication.instance() or QApplication(args)
    settings = AppSettings()
    prepare_application(app, settings)
    packs = [Path(arg) for arg in args[1:] if Path(arg).exists()]
    window = start_window(settings, packs)
    starter = None
    if not packs:
        from docinspect.ui.starter import offer_starter_library

        # A first start: genuine documents to look at, made while the window is usable.
        starter = offer_starter_library(window, settings)
    code = app.exec()
    if starter is not None:
        starter.stop()
    window.deleteLater()
    return code


def start_window(settings: AppSettings, packs: Sequence[Path] = ()) -> MainWindow:
    """Show the main window and start opening ``packs`` (besides those already in the library)."""
    window = MainWindow(settings)
    window.show()
    for path in packs:
        window.open_pack(path)
    return window


def run_practice(store: Store | None = None, *, url: str | None = None) -> int:
    """Open the practice and exam window alone (``docinspect exercise practice``): on
    ``store``, or as a classroom seat of the server ``url`` (docinspect.ui.classroom)."""
    from docinspect.ui.pack_opening import PackOpened, open_pack
    from docinspect.ui.practice import PracticeWindow
    from docinspect.ui.practice.backend import PracticeBackend

    app = QApplication.instance() or QApplication(["docinspect"])
    settings = AppSettings()
    prepare_application(app, settings)
    # The library's packs bring their exercises, as in the library's Training menu; a pack
    # that cannot be read now is left to the library window to report.
    opened = (open_pack(path) for path in settings.library_packs())
    packs = tuple(r.pack for r in opened if isinstance(r, PackOpened))
    if store is None:
        from docinspect.ui.practice.opening import practice_window

        window = practice_window(url, packs=packs)
    else:
        window = PracticeWindow(backend=PracticeBackend(store=store), packs=packs)
    window.show()
    code = app.exec()
    window.deleteLater()
    return code
