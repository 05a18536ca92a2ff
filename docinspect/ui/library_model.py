"""The specimen library as a list model: the packs in the library, each a header row followed
by its specimens, with thumbnails filled in as the background jobs deliver them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from docinspect.model import Specimen
from docinspect.packs import Pack
from docinspect.training.catalogue import pack_catalogue
from docinspect.training.content_language import content_language
from docinspect.training.explanation_language import translate_title

#: Thumbnails are drawn to fit this box (logical pixels).
THUMBNAIL_SIZE: Final = QSize(120, 84)
ROW_PADDING: Final = 8
HEADER_HEIGHT: Final = 44

KEY_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
IS_HEADER_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class SpecimenKey:
    """Identifies a specimen in the library: the pack it came from and its id there."""

    pack_path: Path
    specimen_id: str


@dataclass(frozen=True, slots=True)
class _Row:
    pack_path: Path
    specimen: Specimen | None  # None for the pack's header row


class LibraryModel(QAbstractListModel):
    """Packs are kept in the order they were added; re-adding a pack replaces it in place."""

    #: (key, specimen): a row without a thumbnail was painted; make one and set_thumbnail it.
    thumbnail_wanted = Signal(object, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._packs: dict[Path, Any] = {}
        #: Per pack, its own translations (an author's specimen titles, decision 0035).
        self._translations: dict[Path, dict[str, str]] = {}
        self._rows: list[_Row] = []
        self._thumbnails: dict[SpecimenKey, QPixmap] = {}
        self._placeholders: dict[tuple[int, int], QPixmap] = {}
        self._filter: list[str] = []
        self._wanted: set[SpecimenKey] = set()

    # Library contents -----------------------------------------------------------------------

    def set_pack(self, path: Path, pack: Any, *, order: Sequence[Path] = ()) -> None:
        """Add or replace a pack; packs named in ``order`` are kept in that order (packs
        reopened at start arrive in any order but show in the order they were added)."""
        self.beginResetModel()
        self._packs[path] = pack
        self._translations[path] = _pack_translations(pack)
        if order:
            rank = {p: i for i, p in enumerate(order)}
            self._packs = dict(
                sorted(self._packs.items(), key=lambda item: rank.get(item[0], len(rank)))
            )
        self._drop_thumbnails(path)
        self._rebuild()
        self.endResetModel()

    def remove_pack(self, path: Path) -> None:
        if path not in self._packs:
            return
        self.beginResetModel()
        del self._packs[path]
        self._translations.pop(path, None)
        self._drop_thumbnails(path)
        self._rebuild()
        self.endResetModel()

    def pack_paths(self) -> list[Path]:
        return list(self._packs)

    def pack(self, path: Path) -> Any | None:
        return self._packs.get(path)

    def pack_path_at(self, row: int) -> Path:
        """The pack a row belongs to (its header or one of its specimens)."""
        return self._rows[row].pack_path

    def specimen_keys(self) -> Iterator[SpecimenKey]:
        for row in self._rows:
            if row.specimen is not None:
                yield SpecimenKey(row.pack_path, row.specimen.id)

    def set_filter(self, text: str) -> None:
        """Show only specimens whose id, title, state, type or printed data contain every
        word of ``text`` (any case); empty text shows all."""
        words = text.casefold().split()
        if words == self._filter:
            return
        self.beginResetModel()
        self._filter = words
        self._rebuild()
        self.endResetModel()

    def specimen_count(self) -> int:
        """Specimens in the library, shown or filtered out."""
        return sum(len(pack.specimens) for pack in self._packs.values())

    def shown_count(self) -> int:
        return sum(1 for row in self._rows if row.specimen is not None)

    def lookup(self, key: SpecimenKey) -> tuple[Any, Specimen] | None:
        """The pack and specimen a key names, or None if it has left the library."""
        pack = self._packs.get(key.pack_path)
        if pack is None:
            return None
        for specimen in pack.specimens:
            if specimen.id == key.specimen_id:
                return pack, specimen
        return None

    def index_of(self, key: SpecimenKey) -> QModelIndex:
        for i, row in enumerate(self._rows):
            if (
                row.specimen is not None
                and row.pack_path == key.pack_path
                and row.specimen.id == key.specimen_id
            ):
                return self.index(i)
        return QModelIndex()

    def thumbnail(self, key: SpecimenKey) -> QPixmap | None:
        """The specimen's thumbnail once made (None while its placeholder shows)."""
        return self._thumbnails.get(key)

    def set_thumbnail(self, key: SpecimenKey, image: QImage) -> None:
        index = self.index_of(key)
        if not index.isValid():
            return  # the pack was closed while the thumbnail was being made
        self._thumbnails[key] = QPixmap.fromImage(image)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].specimen is None:
            # A pack header is a label, not a choice; disabled, so arrow keys skip over it.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if row.specimen is None:
            return self._header_data(row.pack_path, role)
        return self._specimen_data(row.pack_path, row.specimen, role)

    def _header_data(self, path: Path, role: int) -> Any:
        pack = self._packs[path]
        if role == Qt.ItemDataRole.DisplayRole:
            # "Specimens: N" rather than a plural form that English and Russian build differently.
            count = self.tr("Specimens: {n}").format(n=len(pack.specimens))
            return f"{pack_title(pack, path)}\n{count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Pack {id}, version {version}\n{path}").format(
                id=pack.id, version=pack.version, path=path
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMBNAIL_SIZE.width() * 2, HEADER_HEIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:  # not greyed out although disabled
            return QApplication.palette().color(QPalette.ColorRole.WindowText)
        if role == IS_HEADER_ROLE:
            return True
        return None

    def _specimen_data(self, path: Path, specimen: Specimen, role: int) -> Any:
        key = SpecimenKey(path, specimen.id)
        if role == Qt.ItemDataRole.DisplayRole:
            title = self._title(path, specimen)
            return f"{title}\n{specimen.id} · {_type_label(specimen)}"
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._thumbnails.get(key)
            if pixmap is None:
                # Asked for when the row is painted: only visible rows get thumbnails drawn,
                # so a pack of hundreds of synthetic specimens does not render them all.
                if key not in self._wanted:
                    self._wanted.add(key)
                    self.thumbnail_wanted.emit(key, specimen)
                return self._placeholder(specimen)
            return pixmap
        if role == Qt.ItemDataRole.SizeHintRole:
            # Given here so that laying out the list never asks for thumbnails.
            return QSize(THUMBNAIL_SIZE.width() * 2, THUMBNAIL_SIZE.height() + ROW_PADDING)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title}\nfrom {pack}").format(
                title=self._title(path, specimen),
                pack=pack_title(self._packs[path], path),
            )
        if role == KEY_ROLE:
            return key
        if role == IS_HEADER_ROLE:
            return False
        return None

    # Internals ------------------------------------------------------------------------------

    def _title(self, path: Path, specimen: Specimen) -> str:
        """The specimen's title in the content language: the pack's own translation of an
        author's title, the generator's title templates for its own, else as written."""
        own = self._translations.get(path, {}).get(specimen.title)
        return own or translate_title(specimen.title) or specimen.id

    def _rebuild(self) -> None:
        self._rows = []
        for path, pack in self._packs.items():
            shown = [s for s in pack.specimens if self._matches(s)]
            if shown or not self._filter:
                self._rows.append(_Row(path, None))
                self._rows.extend(_Row(path, s) for s in shown)

    def _matches(self, specimen: Specimen) -> bool:
        if not self._filter:
            return True
        # What a trainee can see anyway; never the verdict, which would give answers away.
        text = " ".join(
            (
                specimen.id,
                specimen.title,
                specimen.issuing_state,
                specimen.document_type.value,
                *specimen.data.values(),
            )
        ).casefold()
        return all(word in text for word in self._filter)

    def _drop_thumbnails(self, path: Path) -> None:
        for key in [k for k in self._thumbnails if k.pack_path == path]:
            del self._thumbnails[key]
        self._wanted = {k for k in self._wanted if k.pack_path != path}

    def _placeholder(self, specimen: Specimen) -> QPixmap:
        """A blank card of the specimen's proportions, until its thumbnail arrives."""
        box = THUMBNAIL_SIZE
        ratio = specimen.width_mm / specimen.height_mm if specimen.height_mm > 0 else 1.4
        size = QSize(box.width(), round(box.width() / ratio))
        if size.height() > box.height():
            size = QSize(round(box.height() * ratio), box.height())
        cache_key = (size.width(), size.height())
        if cache_key not in self._placeholders:
            pixmap = QPixmap(size)
            pixmap.fill(QColor("#eceff1"))
            painter = QPainter(pixmap)
            painter.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
            painter.end()
            self._placeholders[cache_key] = pixmap
        return self._placeholders[cache_key]


def _pack_translations(pack: Any) -> dict[str, str]:
    """The pack's ``i18n/<language>.po`` in the content language; {} when it has none or it
    cannot be read (the pack's problems say so)."""
    if not isinstance(pack, Pack):
        return {}
    translations, _problem = pack_catalogue(pack, content_language())
    return translations


def pack_title(pack: Any, path: Path) -> str:
    """What to call a pack: its title, else its id, else its file name."""
    title = translate_title(str(getattr(pack, "title", "") or ""))
    return title or str(getattr(pack, "id", "") or path.name)


def _type_label(specimen: Specimen) -> str:
    return specimen.document_type.value.upper()
