"""Paging through a passport booklet on the workstation: a list of its pages beside the desk,
and Page Up / Page Down to turn them, each page under every light and the loupe.

The view keeps its light, tilt, zoom and loupe across a page turn, as an officer turning a
page under the lamp does; only the page and its regions change.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMainWindow

from docinspect.model.scene import SceneError
from docinspect.model.specimen import Specimen
from docinspect.optics import SceneAssetError
from docinspect.optics.page_source import PageSource, open_page_source

log = logging.getLogger(__name__)


class BookletPages(QDockWidget):
    """The pages of the booklet on the desk of ``window`` (an InspectionWindow), in order:
    the data page, then each page the specimen lists."""

    def __init__(self, window: QMainWindow, specimen: Specimen, folder: Path) -> None:
        super().__init__(self.tr("Pages"), window)
        self.setObjectName("bookletPages")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._window = window
        self._specimen = specimen
        self._folder = folder
        self._sources: dict[str, PageSource] = {"": window.view.source}
        self.list = QListWidget()
        self.list.setObjectName("bookletPageList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the desk
        data_page = QListWidgetItem(self.tr("Data page"))
        data_page.setData(Qt.ItemDataRole.UserRole, "")
        self.list.addItem(data_page)
        for page in specimen.pages:
            item = QListWidgetItem(page.label)  # the pack's words, as its titles are
            item.setData(Qt.ItemDataRole.UserRole, page.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.currentRowChanged.connect(self._show_row)
        self.setWidget(self.list)
        # Once a page is on show, draw its neighbours under the same light: a page turn is then
        # as quick as a light switch.
        window.view.page_shown.connect(self._draw_neighbours_ahead)
        self.next_action = self._action(
            self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage, 1
        )
        self.previous_action = self._action(
            self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage, -1
        )

    def _action(self, text: str, key: QKeySequence.StandardKey, step: int) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self.turn(step))
        self._window.addAction(action)
        return action

    @property
    def page_id(self) -> str:
        """The page on show: ``""`` for the data page, else a page id of the specimen."""
        return self.list.currentItem().data(Qt.ItemDataRole.UserRole)

    def turn(self, step: int) -> None:
        """Turn ``step`` pages on (or back, when negative), stopping at the covers."""
        row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
        self.list.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        page_id = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        source = self._source(page_id)
        if source is None:
            return
        view = self._window.view
        view.set_source(source)
        view.show_regions(source.specimen.regions)

    def _draw_neighbours_ahead(self) -> None:
        row = self.list.currentRow()
        rows = [r for r in (row + 1, row - 1) if 0 <= r < self.list.count()]
        ids = [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in rows]
        sources = [s for s in map(self._source, ids) if s is not None]
        self._window.view.render_page_ahead(sources)

    def _source(self, page_id: str) -> PageSource | None:
        if page_id not in self._sources:
            try:
                page = self._specimen.booklet_page(page_id)
                self._sources[page_id] = open_page_source(page, self._folder)
            except (SceneError, SceneAssetError, OSError, ValueError, KeyError) as exc:
                # A pack validated when it was opened; a file changed since is reported here.
                log.warning("page %s of %s cannot be drawn: %s", page_id, self._specimen.id, exc)
                self._window.statusBar().showMessage(
                    self.tr("This page cannot be drawn: {reason}").format(reason=exc)
                )
                return None
        return self._sources[page_id]


def attach_booklet_pages(
    window: QMainWindow, specimen: Specimen, folder: Path | None
) -> BookletPages | None:
    """Give ``window`` a page list and page keys when ``specimen`` is a booklet; None if not."""
    if not specimen.pages or folder is None:
        return None
    pages = BookletPages(window, specimen, folder)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, pages)
    return pages
