"""Paging through a passport booklet: a list of its pages beside the desk, and Page Up / Page
Down to turn them, each page under every light and the loupe.

One :class:`BookletPageList` serves every desk that shows a booklet: the workstation (in a
dock, :func:`attach_booklet_pages`), the practice desk and the presenter's stage (beside their
view). The view keeps its light, tilt, zoom and loupe across a page turn, as an officer
turning a page under the lamp does; only the page and its regions change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMainWindow, QWidget

from docinspect.i18n import message_of, translate_message
from docinspect.model.scene import SceneError
from docinspect.model.specimen import Specimen
from docinspect.optics import SceneAssetError
from docinspect.optics.page_source import PageSource, open_page_source
from docinspect.training.content_language import content_language
from docinspect.training.explanation_language import translate_page_label
from docinspect.ui.inspect.view import InspectionView

log = logging.getLogger(__name__)

# The page id of the data page in a page list (a booklet's other pages have their own ids).
DATA_PAGE = ""
# Page.extra key of a page listed before the data page (the cover, the inside cover).
BEFORE_DATA_PAGE = "before_data_page"


class BookletPageList(QListWidget):
    """The pages of the booklet in ``view``, in order: the data page, then each page the
    specimen lists. Choosing one (or :meth:`turn`) puts it in the view.

    ``show_regions`` decides what the view outlines on the page turned to (the workstation
    shows every region of the page, the practice desk only its feedback's); ``report`` is
    told when a page cannot be drawn.
    """

    # The page on show changed: its id ("" for the data page).
    page_changed = Signal(str)

    def __init__(
        self,
        view: InspectionView,
        specimen: Specimen,
        folder: Path,
        *,
        show_regions: Callable[[InspectionView, Specimen], None] | None = None,
        report: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookletPageList")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the desk
        self._view = view
        self._specimen = specimen
        self._folder = folder
        self._show_regions = show_regions
        self._report = report
        self._sources: dict[str, PageSource] = {DATA_PAGE: view.source}
        # In booklet order: the cover and inside cover, the data page, the pages after it.
        before = [p for p in specimen.pages if p.extra.get(BEFORE_DATA_PAGE) is True]
        after = [p for p in specimen.pages if p.extra.get(BEFORE_DATA_PAGE) is not True]
        for page in before:
            # The generator's labels in the trainee's language; an author's as written.
            self._add(translate_page_label(page.label), page.id)
        self._add(self.tr("Data page"), DATA_PAGE)
        for page in after:
            self._add(translate_page_label(page.label), page.id)
        # A booklet is handed over open at its data page.
        self.setCurrentRow(len(before))
        self.currentRowChanged.connect(self._show_row)
        # Once a page is on show, draw its neighbours under the same light: a page turn is then
        # as quick as a light switch.
        view.page_shown.connect(self._draw_neighbours_ahead)
        self.setMaximumWidth(max(110, self.sizeHintForColumn(0) + 24))

    def _add(self, text: str, page_id: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, page_id)
        self.addItem(item)

    def page_actions(self, owner: QWidget) -> tuple[QAction, QAction]:
        """Page Down / Page Up in the window of ``owner`` (the window, or a desk in it) turn
        the pages: (next, previous). ``owner`` keeps them; they act while it is shown."""
        actions = []
        for text, key, step in (
            (self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage, 1),
            (self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage, -1),
        ):
            action = QAction(text, owner)
            action.setShortcut(QKeySequence(key))
            # Wherever the focus is in the window (an answer button, the light buttons): only
            # one desk of a window is given the keys.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, s=step: self.turn(s))
            owner.addAction(action)
            actions.append(action)
        return actions[0], actions[1]

    @property
    def page_id(self) -> str:
        """The page on show: ``""`` for the data page, else a page id of the specimen."""
        return self.currentItem().data(Qt.ItemDataRole.UserRole)

    def page_specimen(self) -> Specimen:
        """The page on show as a specimen of its own (its regions, its scene)."""
        source = self._sources.get(self.page_id)
        return source.specimen if source is not None else self._specimen

    def turn(self, step: int) -> None:
        """Turn ``step`` pages on (or back, when negative), stopping at the covers."""
        row = max(0, min(self.count() - 1, self.currentRow() + step))
        self.setCurrentRow(row)

    def show_page(self, page_id: str) -> bool:
        """Turn to page ``page_id`` ("" for the data page); False when there is no such page."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == page_id:
                self.setCurrentRow(row)
                return True
        return False

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page_id = self.item(row).data(Qt.ItemDataRole.UserRole)
        source = self._source(page_id)
        if source is None:
            return
        self._view.set_source(source)
        if self._show_regions is not None:
            self._show_regions(self._view, source.specimen)
        self.page_changed.emit(page_id)

    def _draw_neighbours_ahead(self) -> None:
        row = self.currentRow()
        rows = [r for r in (row + 1, row - 1) if 0 <= r < self.count()]
        ids = [self.item(r).data(Qt.ItemDataRole.UserRole) for r in rows]
        sources = [s for s in map(self._source, ids) if s is not None]
        self._view.render_page_ahead(sources)

    def _source(self, page_id: str) -> PageSource | None:
        if page_id not in self._sources:
            try:
                page = self._specimen.booklet_page(page_id)
                self._sources[page_id] = open_page_source(page, self._folder)
            except (SceneError, SceneAssetError, OSError, ValueError, KeyError) as exc:
                # A pack validated when it was opened; a file changed since is reported here.
                log.warning("page %s of %s cannot be drawn: %s", page_id, self._specimen.id, exc)
                if self._report is not None:
                    reason = translate_message(message_of(exc), content_language())
                    self._report(
                        self.tr("This page cannot be drawn: {reason}").format(reason=reason)
                    )
                return None
        return self._sources[page_id]


def _all_regions(view: InspectionView, page: Specimen) -> None:
    view.show_regions(page.regions)


class BookletPages(QDockWidget):
    """The page list of the booklet on the desk of ``window`` (an InspectionWindow), docked
    beside it, with Page Up / Page Down on the window."""

    def __init__(self, window: QMainWindow, specimen: Specimen, folder: Path) -> None:
        super().__init__(self.tr("Pages"), window)
        self.setObjectName("bookletPages")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.list = BookletPageList(
            window.view,
            specimen,
            folder,
            show_regions=_all_regions,
            report=lambda text: window.statusBar().showMessage(text),
        )
        self.setWidget(self.list)
        self.next_action, self.previous_action = self.list.page_actions(window)

    @property
    def page_id(self) -> str:
        return self.list.page_id

    def turn(self, step: int) -> None:
        self.list.turn(step)


def attach_booklet_pages(
    window: QMainWindow, specimen: Specimen, folder: Path | None
) -> BookletPages | None:
    """Give ``window`` a page list and page keys when ``specimen`` is a booklet; None if not."""
    if not specimen.pages or folder is None:
        return None
    pages = BookletPages(window, specimen, folder)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, pages)
    return pages
