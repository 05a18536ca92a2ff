"""The windows and dialogs the library window opens: inspection, practice, the instructor's
studio, presenter, live class, progress, bundle import, and About.

The window's strings keep the translation context ``MainWindow`` they had before the
window was split, so no translation moved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

import docinspect
from docinspect.classroom import Action
from docinspect.ui.screen_fit import fit_on_screen
from docinspect.userdata import data_dir


class LibraryWindows:
    """Part of MainWindow: opening the other windows, each checked against the roles first.

    Uses the window's ``roles`` (through RoleGating's ``_allowed``), ``model`` and selection.
    """

    def open_live_class(self) -> QWidget | None:
        """Tools > Live class…: a cohort's progress on an assignment, as the seats answer."""
        from docinspect.ui.classroom.live import LiveClassWindow

        if not self._allowed(
            Action.WATCH_CLASS, QCoreApplication.translate("MainWindow", "The live class view")
        ):
            return None
        roles = self.roles
        if roles.classroom is None or roles.login is None:
            return None  # accounts off: no class (the menu entry says so)
        live = self._live_class = LiveClassWindow(roles.classroom, roles.login, parent=self)
        # Deleted when closed: its table stops asking the class server with the login gone.
        live.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        live.show()
        return live

    def import_results(self, paths: list[Path] | None = None) -> None:
        """Training > Import results bundle…: offline seats' answers into the database.

        The database is opened (and migrated) and the bundles imported off the GUI thread: a
        class server must not freeze the window. ``import_report`` is the report, once shown.
        """
        from docinspect.store import open_store
        from docinspect.ui.classroom.bundle_import import ImportReportDialog, import_bundles

        if not self._allowed(
            Action.MANAGE_CLASS, QCoreApplication.translate("MainWindow", "Importing results")
        ):
            return
        if paths is None:
            chosen, _filter = QFileDialog.getOpenFileNames(
                self,
                QCoreApplication.translate("MainWindow", "Import results bundles"),
                str(self._start_folder()),
                QCoreApplication.translate("MainWindow", "Results bundles (*.zip)"),
            )
            paths = [Path(p) for p in chosen]
        if not paths:
            return
        url, chosen_paths = self.roles.url, list(paths)

        def work() -> Any:
            store = open_store(url)
            try:
                return import_bundles(store, chosen_paths)
            finally:
                store.close()

        def done(outcomes: Any) -> None:
            dialog = self.import_report = ImportReportDialog(outcomes, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Import results bundle"), str(exc)
            )

        self._database_work().run(work, done, failed)

    def _database_work(self) -> Any:
        """The window's runner for database work (docinspect.ui.background), made when needed."""
        from docinspect.ui.background import Background

        runner = getattr(self, "_database_runner", None)
        if runner is None:
            runner = self._database_runner = Background(self)
        return runner

    def open_studio(self) -> QWidget | None:
        """Open the instructor studio, or bring its window to the front if it is open."""
        from docinspect.ui.studio import open_studio

        if not self._allowed(
            Action.OPEN_STUDIO, QCoreApplication.translate("MainWindow", "The instructor studio")
        ):
            return None

        studio = getattr(self, "_studio", None)
        if studio is None or not studio.isVisible():
            studio = self._studio = open_studio(self)
        studio.raise_()
        studio.activateWindow()
        return studio

    def open_practice(self) -> QWidget:
        """Open the practice and exam window, or bring it to the front if it is open."""
        from docinspect.ui.practice.opening import practice_window

        practice = getattr(self, "_practice", None)
        if practice is None or not practice.isVisible():
            # A top-level window of its own; the reference keeps it from being collected. On a
            # class server's database it is a classroom seat (sign-in, assignments, offline).
            practice = self._practice = practice_window(packs=self.library_packs())
            practice.show()
        else:
            practice.set_packs(self.library_packs())
        practice.raise_()
        practice.activateWindow()
        return practice

    def library_packs(self) -> tuple[Any, ...]:
        """The packs in the library, in library order (their exercises can be practised)."""
        return tuple(self.model.pack(p) for p in self.model.pack_paths())

    def _library_changed(self) -> None:
        practice = getattr(self, "_practice", None)
        if practice is not None and isValid(practice) and practice.isVisible():
            practice.set_packs(self.library_packs())

    def open_progress(self) -> None:
        """Open the progress and results window on the user's results database; the database
        is opened, migrated and first read off the GUI thread. ``_progress`` is the window."""
        from docinspect.store import open_store
        from docinspect.ui.dashboard.window import ProgressWindow, read_listing

        if not self._allowed(
            Action.READ_OTHERS_RESULTS,
            QCoreApplication.translate("MainWindow", "Progress and results"),
        ):
            return
        url = self.roles.url

        def work() -> Any:
            store = open_store(url)
            try:
                return store, read_listing(store)
            except BaseException:
                store.close()
                raise

        def done(opened: Any) -> None:
            store, listing = opened
            if not self.roles.allows(Action.READ_OTHERS_RESULTS):
                store.close()  # the instructor signed out while it was being opened
                return
            progress = self._progress = ProgressWindow(store, owns_store=True, listing=listing)
            fit_on_screen(progress, 1100, 760)
            progress.show()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Progress and results"),
                QCoreApplication.translate(
                    "MainWindow", "The results database cannot be opened: {0}"
                ).format(exc),
            )

        self._database_work().run(work, done, failed)

    def open_presenter(self) -> QWidget | None:
        """Tools > Presenter mode…: the projector view, for the selected specimen or a plan."""
        from docinspect.ui.presenter.opening import start_presenter

        if not self._allowed(
            Action.OPEN_ANSWER_KEYS, QCoreApplication.translate("MainWindow", "Presenter mode")
        ):
            return None
        key = self.selected_key()
        selected = self.model.lookup(key) if key is not None else None
        packs = tuple(self.model.pack(p) for p in self.model.pack_paths())
        presenter = start_presenter(self, selected=selected, packs=packs)
        if presenter is not None:
            self._presenters = [w for w in self._presenters if isValid(w)] + [presenter]
        return presenter

    # Inspection ---------------------------------------------------------------------------------

    def inspect_selected(self) -> QWidget | None:
        """Specimen > Inspect under lights…: open the inspection workstation for the selected
        specimen (its window, or None when nothing is selected or it cannot be opened)."""
        key = self.selected_key()
        found = self.model.lookup(key) if key is not None else None
        if found is None:
            return None
        from docinspect.ui.inspect.opening import open_inspection

        pack, specimen = found
        return open_inspection(pack, specimen.id, self)

    # About ------------------------------------------------------------------------------------

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "About DocInspect"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            QCoreApplication.translate("MainWindow", "<b>DocInspect</b> {version}").format(
                version=docinspect.__version__
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "An offline trainer for inspecting travel documents: genuine and forged "
                "specimens under simulated lights and a magnifier loupe.\n\n"
                "Synthetic documents are of fictional states only.\n\n"
                "Machine readable zones are shown in the OCR-B font bundled with DocInspect.",
            )
            + "\n\n"
            # Where the data lives: what an instructor upgrading a classroom PC must keep.
            + QCoreApplication.translate(
                "MainWindow", "Your data (results, settings, packs) is in {folder}."
            ).format(folder=str(data_dir()))
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
