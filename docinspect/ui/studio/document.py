"""The studio's document: the pack draft being edited, its folder, and edits as undo commands.

Every edit replaces an immutable value (a specimen's region tuple, a specimen, the draft's
settings), so an undo command just keeps the value before and after. Views observe
``changed`` and redraw from the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from docinspect.capture import DraftFolder, PackDraft
from docinspect.model import Region, Specimen


class StudioDocument(QObject):
    """The draft and its folder. Emit-only model: change it through ``apply``/commands."""

    #: Something in the draft changed (redraw, mark for autosave).
    changed = Signal()
    #: The current specimen changed (id, or "" for none).
    specimen_selected = Signal(str)

    def __init__(
        self, folder: DraftFolder, draft: PackDraft, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.draft = draft
        self.undo_stack = QUndoStack(self)
        self.current_id = draft.specimens[0].id if draft.specimens else ""
        self.revision = 0

    @property
    def current(self) -> Specimen | None:
        if not self.current_id:
            return None
        try:
            return self.draft.specimen(self.current_id)
        except KeyError:
            return None

    def select_specimen(self, specimen_id: str) -> None:
        if specimen_id != self.current_id:
            self.current_id = specimen_id
            self.specimen_selected.emit(specimen_id)

    def set_draft(self, draft: PackDraft) -> None:
        """Replace the draft outright (no undo); used by commands and by loading."""
        self.draft = draft
        if self.current is None:
            self.current_id = draft.specimens[0].id if draft.specimens else ""
            self.specimen_selected.emit(self.current_id)
        self.revision += 1
        self.changed.emit()

    def push(self, text: str, before: PackDraft, after: PackDraft) -> None:
        """Apply an edit as an undoable step."""
        self.undo_stack.push(DraftCommand(self, text, before, after))

    def edit(self, text: str, change: Callable[[PackDraft], PackDraft]) -> None:
        before = self.draft
        after = change(before)
        if after != before:
            self.push(text, before, after)

    def set_regions(self, text: str, specimen_id: str, regions: tuple[Region, ...]) -> None:
        def change(draft: PackDraft) -> PackDraft:
            return draft.with_specimen(replace(draft.specimen(specimen_id), regions=regions))

        self.edit(text, change)

    def replace_region(self, text: str, specimen_id: str, region: Region) -> None:
        specimen = self.draft.specimen(specimen_id)
        regions = tuple(region if r.id == region.id else r for r in specimen.regions)
        self.set_regions(text, specimen_id, regions)


class DraftCommand(QUndoCommand):
    def __init__(
        self, document: StudioDocument, text: str, before: PackDraft, after: PackDraft
    ) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._document.set_draft(self._after)

    def undo(self) -> None:
        self._document.set_draft(self._before)
