"""The table an instructor translates their own texts in: one row per English text (where it
is used, the text as written), one column per language DocInspect speaks, missing
translations marked (decision 0034).

The studio opens it over a draft's exercises and specimens (saved into the draft's
``i18n/<language>.po``), the lesson plan editor over a plan's texts (saved in the plan).
The dialog only edits: :meth:`TranslationsDialog.changes` is what the instructor changed,
and the caller saves it, so a translation nobody touched is never rewritten.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from docinspect.i18n import LANGUAGES
from docinspect.ui.language_menu import LANGUAGES as LANGUAGE_NAMES
from docinspect.ui.screen_fit import fit_on_screen

#: Background of a translation cell still empty: trainees read the English there.
MISSING_COLOUR = QColor(253, 226, 200)
#: Columns before the languages: where the text is used, and the text as written.
WHERE_COLUMN = 0
ENGLISH_COLUMN = 1


def language_name(code: str) -> str:
    """A language under its own name (Русский, Български), as the Language menu shows it."""
    return dict(LANGUAGE_NAMES).get(code, code)


class TranslationsDialog(QDialog):
    """Edit the translations of ``rows`` — (English text, where it is used) — into every
    language of ``known`` (language → English → translation). A language in ``unreadable``
    (language → reason naming the file) cannot be edited: its file is not to be overwritten."""

    def __init__(
        self,
        rows: Sequence[tuple[str, str]],
        known: Mapping[str, Mapping[str, str]],
        *,
        unreadable: Mapping[str, str] | None = None,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translations"))
        self.setObjectName("translationsDialog")
        self.languages = [code for code in LANGUAGES]
        self._rows = list(rows)
        self._known = {code: dict(known.get(code, {})) for code in self.languages}
        self._unreadable = dict(unreadable or {})
        #: Languages whose file cannot be read: not editable, never saved.
        self.unreadable = frozenset(self._unreadable)
        self.intro = QLabel(
            intro
            or self.tr(
                "Type the Russian and the Bulgarian of each text. Trainees read a text in their "
                "language when it has a translation, and as written when it has none."
            )
        )
        self.intro.setWordWrap(True)
        self.problem_label = QLabel("\n".join(self._unreadable.values()))
        self.problem_label.setObjectName("translationProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setVisible(bool(self._unreadable))
        self.summary = QLabel()
        self.summary.setObjectName("translationSummary")
        self.summary.setWordWrap(True)
        self.only_missing = QCheckBox(self.tr("Show only texts with a missing translation"))
        self.only_missing.toggled.connect(self._filter)

        self.table = QTableWidget(len(self._rows), 2 + len(self.languages))
        self.table.setObjectName("translationTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("As written"), *map(language_name, self.languages)]
        )
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHERE_COLUMN, QHeaderView.ResizeMode.Interactive)
        for column in range(ENGLISH_COLUMN, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(WHERE_COLUMN, 260)
        for row, (english, where) in enumerate(self._rows):
            for column, text in ((WHERE_COLUMN, where), (ENGLISH_COLUMN, english)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            for i, code in enumerate(self.languages):
                item = QTableWidgetItem(self._known[code].get(english, ""))
                if code in self._unreadable:
                    item.setFlags(Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, 2 + i, item)
        self.table.setItemDelegate(_TranslationEditor(self))
        self.table.resizeRowsToContents()
        self.table.itemChanged.connect(self._item_changed)

        self.save_button = QPushButton(self.tr("Save translations"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_missing)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._mark_all()
        fit_on_screen(self, 1100, 640)

    # --- reading and writing cells ---------------------------------------------------------

    def column_of(self, language: str) -> int:
        return 2 + self.languages.index(language)

    def english_at(self, row: int) -> str:
        """The text as written in ``row``."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else ""

    def row_of(self, english: str) -> int:
        """The row of ``english`` (-1 when the dialog has no such text)."""
        for row, (text, _where) in enumerate(self._rows):
            if text == english:
                return row
        return -1

    def translation(self, language: str, english: str) -> str:
        item = self.table.item(self.row_of(english), self.column_of(language))
        return item.text().strip() if item is not None else ""

    def set_translation(self, language: str, english: str, text: str) -> None:
        """Type ``text`` as the translation of ``english`` (what a user does in the cell)."""
        self.table.item(self.row_of(english), self.column_of(language)).setText(text)

    def missing(self, language: str) -> list[str]:
        """The texts still without a translation into ``language``, as the table shows."""
        return [e for e, _w in self._rows if not self.translation(language, e)]

    def changes(self) -> dict[str, dict[str, str]]:
        """What the instructor changed, by language: English → new translation ("" for one
        cleared). Languages that cannot be saved (an unreadable file) are left out."""
        out: dict[str, dict[str, str]] = {}
        for code in self.languages:
            if code in self._unreadable:
                continue
            for english, _where in self._rows:
                now = self.translation(code, english)
                if now != self._known[code].get(english, "").strip():
                    out.setdefault(code, {})[english] = now
        return out

    def where(self) -> dict[str, str]:
        """English text → where it is used (written beside a new entry for translators)."""
        return {english: where for english, where in self._rows}

    # --- marking what is missing -----------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() >= 2:
            with QSignalBlocker(self.table):  # marking changes the item: no second signal
                self._mark(item)
            self.table.resizeRowToContents(item.row())
            self._summarise()

    def _mark_all(self) -> None:
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                for column in range(2, self.table.columnCount()):
                    self._mark(self.table.item(row, column))
        self._summarise()

    def _mark(self, item: QTableWidgetItem) -> None:
        code = self.languages[item.column() - 2]
        if code in self._unreadable:
            item.setToolTip(self._unreadable[code])
            item.setBackground(QBrush())
        elif item.text().strip():
            item.setBackground(QBrush())
            item.setToolTip("")
        else:
            item.setBackground(QBrush(MISSING_COLOUR))
            item.setToolTip(self.tr("Not translated yet: trainees read this text as written"))
        if "\n" in self.english_at(item.row()) and code not in self._unreadable:
            tip = self.tr("Several lines: Enter starts a new line, Tab finishes the cell")
            item.setToolTip("\n".join(t for t in (item.toolTip(), tip) if t))

    def _summarise(self) -> None:
        lines = []
        total = len(self._rows)
        for code in self.languages:
            name = language_name(code)
            if code in self._unreadable:
                lines.append(self.tr("{language}: cannot be edited").replace("{language}", name))
                continue
            lacking = len(self.missing(code))
            if lacking:
                lines.append(
                    self.tr("{language}: {n} of {total} not translated yet")
                    .replace("{language}", name)
                    .format(n=lacking, total=total)
                )
            else:
                lines.append(self.tr("{language}: all translated").replace("{language}", name))
        if not self._rows:
            lines = [self.tr("Nothing to translate yet.")]
        self.summary.setText("   ".join(lines))
        self._filter()

    def _filter(self) -> None:
        only = self.only_missing.isChecked()
        for row, (english, _where) in enumerate(self._rows):
            done = all(
                self.translation(code, english) or code in self._unreadable
                for code in self.languages
            )
            self.table.setRowHidden(row, only and done)


class _TranslationEditor(QStyledItemDelegate):
    """A line to type in, or a box of several lines when the text as written has several
    (an instructor's notes): a translation keeps the lines of its English."""

    def __init__(self, dialog: TranslationsDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def _multiline(self, index: QModelIndex) -> bool:
        return "\n" in self._dialog.english_at(index.row())

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        if self._multiline(index):
            return QPlainTextEdit(parent)
        return super().createEditor(parent, option, index)

    def eventFilter(self, editor: Any, event: Any) -> bool:  # noqa: N802
        # In a box of several lines Enter starts a new line; Tab finishes the cell.
        if (
            isinstance(editor, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.commitData.emit(editor)
            hint = (
                QAbstractItemDelegate.EndEditHint.EditNextItem
                if event.key() == Qt.Key.Key_Tab
                else QAbstractItemDelegate.EndEditHint.EditPreviousItem
            )
            self.closeEditor.emit(editor, hint)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data() or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        else:
            super().setModelData(editor, model, index)
