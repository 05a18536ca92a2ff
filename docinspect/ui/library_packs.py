"""The library itself: packs opened and closed (in the background), reopened at start,
their problems shown; thumbnails and the preview; selection, filter, drag and drop, and
the recent packs menu.

The window's strings keep the translation context ``MainWindow`` they had before the
window was split, so no translation moved.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu

from docinspect.model import Specimen
from docinspect.packs import Problem
from docinspect.ui.library_model import KEY_ROLE, THUMBNAIL_SIZE, SpecimenKey, pack_title
from docinspect.ui.pack_opening import PackOpened, PackRejected, open_pack
from docinspect.ui.problems_dialog import ProblemsDialog
from docinspect.ui.specimen_image import SpecimenPicture, white_light_picture
from docinspect.ui.thumbnails import thumbnail

#: Longer side of the picture the preview asks for; enough for a full-screen fit.
PREVIEW_MAX_SIDE = 1600


class LibraryPacks:
    """Part of MainWindow: the packs in the library and the specimen shown.

    Uses the window's ``model``, ``settings``, ``list_view``, ``preview``, ``panel``, its
    background runners (``_pack_work``, ``_thumbnail_work``, ``_preview_work``) and
    ``_update_state``.
    """

    # Opening and closing packs ------------------------------------------------------------------

    def open_pack_folder(self, path: Path | None = None) -> None:
        """File > Open pack folder…: ask for a folder unless ``path`` is given, then open it."""
        if path is None:
            chosen = QFileDialog.getExistingDirectory(
                self,
                QCoreApplication.translate("MainWindow", "Open pack folder"),
                str(self._start_folder()),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.open_pack(path)

    def open_pack_zip(self, path: Path | None = None) -> None:
        """File > Open pack file (.zip)…: ask for a zip file unless ``path`` is given."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("MainWindow", "Open pack file"),
                str(self._start_folder()),
                QCoreApplication.translate("MainWindow", "Specimen packs (*.zip);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.open_pack(path)

    def open_pack(self, path: Path, *, by_user: bool = True) -> None:
        """Read the pack in the background; it joins the library, or its problems are shown."""
        path = Path(path).expanduser().absolute()
        if path in self._opening:
            return
        if by_user:
            self.settings.set_last_folder(path.parent)
        self._opening[path] = by_user
        self._pack_work.run(
            functools.partial(open_pack, path),
            functools.partial(self._pack_read, path),
            functools.partial(self._pack_failed, path),
        )
        self._update_state()

    def close_pack(self, path: Path | None = None) -> None:
        """File > Close pack: remove a pack (by default the selected specimen's) from the library."""
        if path is None:
            key = self.selected_key()
            if key is None:
                return
            path = key.pack_path
        self.model.remove_pack(path)
        self.settings.set_library_packs(self.model.pack_paths())
        self._library_changed()
        self._select_first()
        self._update_state()

    def is_busy(self) -> bool:
        return bool(self._opening)

    def _reopen_library(self) -> None:
        for path in self.settings.library_packs():
            self.open_pack(path, by_user=False)

    def _pack_read(self, path: Path, result: PackOpened | PackRejected) -> None:
        by_user = self._opening.pop(path, True)
        if isinstance(result, PackOpened):
            paths = self.settings.library_packs()
            if path not in paths:
                paths.append(path)
            self.settings.set_library_packs(paths)
            self.model.set_pack(path, result.pack, order=paths)
            self._library_changed()
            self.settings.add_recent_pack(path)
            if by_user:
                self._select_first(path)  # show what the user just opened
            elif not self._startup_pending() and self.selected_key() is None:
                # At start, the library's first specimen once every pack is in (selecting
                # earlier would draw a preview only to replace it).
                self._select_first()
        else:
            if by_user:
                self._show_problems(
                    QCoreApplication.translate("MainWindow", "The pack cannot be opened"),
                    QCoreApplication.translate(
                        "MainWindow",
                        "DocInspect cannot open the pack {path}. Nothing was changed. "
                        "Fix the problems below, or ask the pack's author, then open it again.",
                    ).format(path=path),
                    result.problems,
                )
            else:
                # A pack that went missing leaves the library and is reported once, not at
                # every start.
                self.settings.set_library_packs(
                    [p for p in self.settings.library_packs() if p != path]
                )
                self._startup_failures.append(result)
        if not self._startup_pending() and self._startup_failures:
            self._report_startup_failures()
        self._update_state()

    def _startup_pending(self) -> bool:
        """True while packs of the library are still being reopened at start."""
        return any(not by_user for by_user in self._opening.values())

    def _report_startup_failures(self) -> None:
        failures, self._startup_failures = self._startup_failures, []
        # Several packs may fail at once: name each problem's pack in its File column.
        problems = [
            Problem(_file_in_pack(failure.path, p.file), p.field, p.reason)
            for failure in failures
            for p in failure.problems
        ]
        self._show_problems(
            QCoreApplication.translate("MainWindow", "Some packs could not be reopened"),
            QCoreApplication.translate(
                "MainWindow",
                "These packs were in your library but could not be opened again, so they "
                "were removed from it. Open them again once they are back or repaired.",
            ),
            problems,
        )

    def _show_problems(self, title: str, message: str, problems: Any) -> None:
        dialog = ProblemsDialog(title, message, list(problems), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.problems_dialog = dialog
        dialog.open()  # window-modal without blocking the event loop

    # Pictures -------------------------------------------------------------------------------

    def _make_thumbnail(self, key: SpecimenKey, specimen: Specimen) -> None:
        pack = self.model.pack(key.pack_path)
        if pack is None:
            return
        side = round(
            max(THUMBNAIL_SIZE.width(), THUMBNAIL_SIZE.height()) * self.devicePixelRatioF()
        )
        work = functools.partial(thumbnail, pack, specimen, max_side=side)
        self._thumbnail_work.run(
            work, functools.partial(self._thumbnail_made, key), _raise_to_crash_guard
        )

    def _thumbnail_made(self, key: SpecimenKey, picture: SpecimenPicture) -> None:
        if picture.image is not None:
            self.model.set_thumbnail(key, picture.image)

    def _show_preview(self, key: SpecimenKey, pack: Any, specimen: Specimen) -> None:
        self._preview_request += 1
        thumbnail_pixmap = self.model.thumbnail(key)
        if thumbnail_pixmap is not None:
            self.preview.show_picture(thumbnail_pixmap, provisional=True)  # until drawn sharp
        else:
            self.preview.show_message(
                QCoreApplication.translate("MainWindow", "Loading the picture…")
            )
        # As large as the view (drawing more costs time and shows nothing more), in steps so
        # that small resizes do not ask for new pictures.
        view = self.preview.viewport().size() * self.devicePixelRatioF()
        self._preview_side = min(
            PREVIEW_MAX_SIDE, (max(view.width(), view.height()) // 256 + 1) * 256
        )
        work = functools.partial(self._draw_preview, self._preview_request, pack, specimen)
        # One preview at a time: an answer overtaken by a newer request is dropped.
        self._preview_work.run(work, self._preview_made, _raise_to_crash_guard, kind="preview")

    def _draw_preview(self, number: int, pack: Any, specimen: Specimen) -> SpecimenPicture | None:
        """Runs on a pool thread. A request overtaken while it waited is skipped, so quickly
        arrowing through the list does not queue a page render per specimen passed."""
        if number != self._preview_request:
            return None
        return white_light_picture(pack, specimen, max_side=self._preview_side)

    def _preview_made(self, picture: SpecimenPicture | None) -> None:
        if picture is None:
            return  # the user had moved on to another specimen before it was drawn
        if picture.image is not None:
            self.preview.show_picture(picture.image)
        else:
            self.preview.show_message(picture.reason)

    # Selection --------------------------------------------------------------------------------

    def selected_key(self) -> SpecimenKey | None:
        rows = self.list_view.selectionModel().selectedIndexes()
        return rows[0].data(KEY_ROLE) if rows else None

    def select_specimen(self, key: SpecimenKey) -> bool:
        index = self.model.index_of(key)
        if not index.isValid():
            return False
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def _select_first(self, path: Path | None = None) -> None:
        for key in self.model.specimen_keys():
            if path is None or key.pack_path == path:
                self.select_specimen(key)
                return
        self.panel.clear()
        self.preview.show_message("")

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        key = self.selected_key()
        found = self.model.lookup(key) if key is not None else None
        if found is None:
            self.panel.clear()
            self.preview.show_message("")
        else:
            pack, specimen = found
            self.panel.show_specimen(
                _in_language(pack, specimen), pack_title=pack_title(pack, key.pack_path)
            )
            self._apply_answer_lock()
            self._show_preview(key, pack, specimen)
        self._update_state()

    def _list_context_menu(self, position: QPoint) -> None:
        index = self.list_view.indexAt(position)
        if not index.isValid():
            return
        path = self.model.pack_path_at(index.row())
        menu = QMenu(self)
        close = menu.addAction(QCoreApplication.translate("MainWindow", "Close this pack"))
        close.triggered.connect(functools.partial(self.close_pack, path))
        menu.popup(self.list_view.viewport().mapToGlobal(position))

    # Drag and drop ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_paths(event.mimeData())
        for path in paths:
            self.open_pack(path)
        if paths:
            event.acceptProposedAction()

    def _filter_changed(self, text: str) -> None:
        key = self.selected_key()
        self.model.set_filter(text)
        if key is None or not self.select_specimen(key):
            self._select_first()  # the chosen one is filtered out: show the first match
        if self.model.shown_count() == 0 and self.model.specimen_count() > 0:
            self.preview.show_message(
                QCoreApplication.translate("MainWindow", "No specimen matches “{text}”.").format(
                    text=text
                )
            )
        self._update_state()

    # A failed pack job and the recent packs ---------------------------------------------------

    def _pack_failed(self, path: Path, exc: BaseException) -> None:
        # open_pack turns a pack's problems into a PackRejected: an exception is a bug.
        self._opening.pop(path, None)
        self._update_state()
        _raise_to_crash_guard(exc)

    def _start_folder(self) -> Path:
        folder = self.settings.last_folder()
        return folder if folder is not None and folder.is_dir() else Path.home()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_packs()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(functools.partial(self.open_pack, path))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "Clear the list")
            )
            clear.triggered.connect(self._clear_recent)
        else:
            empty = self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent packs")
            )
            empty.setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_packs()
        self._fill_recent_menu()


def _file_in_pack(pack: Path, file: str) -> str:
    """A problem's file (inside the pack, or the pack's own name) as a full path."""
    if file in ("", pack.name, str(pack)):
        return str(pack)
    return str(pack / file)


def _dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders in a drag (anything else, e.g. a web link, is not a pack)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _raise_to_crash_guard(exc: BaseException) -> None:
    """The work functions here turn expected failures into results, so an exception is a bug:
    raised in the GUI thread it reaches the crash guard (logged, shown, the app goes on)."""
    raise exc


def _in_language(pack: Any, specimen: Specimen) -> Specimen:
    """The specimen with its author's explanations in the trainee's language (the pack's own
    i18n/<language>.po, decision 0034). Imported when first needed: the library opens
    before the training layer is loaded (decision 0028)."""
    from docinspect.packs import Pack
    from docinspect.training.catalogue import specimen_in_language

    return specimen_in_language(pack, specimen) if isinstance(pack, Pack) else specimen
