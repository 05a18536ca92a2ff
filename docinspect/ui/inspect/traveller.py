"""The person at the booth: the traveller's live photo beside the document.

A generated specimen carries the live photo of whoever presents it (``traveller.png``, named by
the specimen's ``"traveller"`` key): the rightful holder on another day, or, for the forgery
method ``impostor``, a look-alike. The document itself is then genuine, so the only way to
catch the impostor is to compare the face with the document's portrait feature by feature;
the panel shows the photo large enough for that (ears, face shape, eyes, nose and mouth).
"""

from __future__ import annotations

from html import escape
from pathlib import Path, PurePosixPath
from typing import Final

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from docinspect.model.specimen import Specimen
from docinspect.synth.documents import TRAVELLER_KEY

#: The photo is shown at least this wide (logical px): about the size of a face across the
#: desk, and as large as the document's portrait on a fitted TD3 page, so the two compare.
MIN_PHOTO_WIDTH_PX: Final = 260
#: ... and at most this wide, so the document keeps most of the window.
MAX_PANEL_WIDTH_PX: Final = 420


def traveller_photo_path(specimen: Specimen, folder: Path | None) -> Path | None:
    """The traveller's live photo of ``specimen`` in ``folder``, or None when it has none.

    A name that leaves the specimen's folder (absolute, or with ``..``) counts as none: a pack
    must not make the app read files elsewhere.
    """
    name = specimen.extra.get(TRAVELLER_KEY) if specimen.extra else None
    if folder is None or not isinstance(name, str) or not name.strip():
        return None
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts:
        return None
    return Path(folder) / Path(*relative.parts)


class _Photo(QLabel):
    """The photo, scaled to the label's width with its proportions kept (smoothly)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setMinimumWidth(MIN_PHOTO_WIDTH_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_photo(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self._rescale()

    def photo(self) -> QPixmap:
        return self._pixmap

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(MIN_PHOTO_WIDTH_PX + 40, round((MIN_PHOTO_WIDTH_PX + 40) * 540 / 420))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # Not the scaled picture's size (QLabel's own): the picture follows the label, and a
        # label that may not shrink below its picture grew the window with every question.
        return QSize(MIN_PHOTO_WIDTH_PX, round(MIN_PHOTO_WIDTH_PX * 540 / 420 / 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap.isNull():
            return
        size = self.size()
        scaled = self._pixmap.scaled(
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(scaled)


class TravellerPanel(QWidget):
    """ "Traveller at the desk": the live photo, with what to do with it."""

    def __init__(self, photo_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("travellerPanel")
        self.setMaximumWidth(MAX_PANEL_WIDTH_PX)
        # Dark like the desk around the document, so the photo is seen as the person opposite.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#travellerPanel { background: #202329; }")
        self.heading = QLabel(self.tr("Traveller at the desk"))
        self.heading.setObjectName("travellerHeading")
        self.heading.setStyleSheet(
            "QLabel { background: #2b2f36; color: #ffffff; padding: 4px 8px; font-weight: bold; }"
        )
        self.hint = QLabel(
            "<b>{}</b><br>{}".format(
                escape(self.tr("Compare the face with the document's photo."), quote=False),
                escape(
                    self.tr(
                        "Ears, face shape, and where the eyes, nose and mouth sit. "
                        "Hair, glasses and clothes are easy to copy."
                    ),
                    quote=False,
                ),
            )
        )
        self.hint.setObjectName("travellerHint")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #f0f0f0; padding: 6px 8px; font-size: 11pt; }")
        self.photo = _Photo()
        self.photo.setObjectName("travellerPhoto")
        self.photo.setStyleSheet("QLabel { color: #f0f0f0; padding: 4px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.photo, 1)
        self.photo_path: Path | None = None
        self.set_photo_path(photo_path)

    def set_photo_path(self, path: Path | None) -> bool:
        """Show the photo at ``path``; False (and a plain notice) when it cannot be read."""
        self.photo_path = path
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        if pixmap.isNull():
            self.photo.set_photo(QPixmap())
            self.photo.setPixmap(QPixmap())
            self.photo.setWordWrap(True)
            self.photo.setText(
                self.tr("The traveller's photo cannot be shown ({file}).").format(
                    file=path.name if path is not None else self.tr("none in this specimen")
                )
            )
            return False
        self.photo.setText("")
        self.photo.set_photo(pixmap)
        return True

    def has_photo(self) -> bool:
        return not self.photo.photo().isNull()


def traveller_panel_for(specimen: Specimen, folder: Path | None) -> TravellerPanel | None:
    """A panel with ``specimen``'s traveller, or None when the specimen has no live photo."""
    path = traveller_photo_path(specimen, folder)
    return TravellerPanel(path) if path is not None else None
