"""Import a photo set: a document photo and a live photo (of the same person or of two people,
e.g. volunteers of a class who agreed), marked same or different and, when different, with the
trait groups that differ - the groups officers compare (synth/portrait.py's STABLE_FEATURES)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from docinspect.capture.photo_sets import PHOTO_SET_KEY, marked, photo_set_specimen
from docinspect.model import Specimen
from docinspect.synth.portrait import STABLE_FEATURES
from docinspect.ui.studio.import_dialog import IMAGE_FILTER

#: Longest side a photo is kept at: a face compared on screen needs no more.
MAX_PHOTO_SIDE = 1600


def trait_group_name(group: str) -> str:
    names = {
        "ears": QCoreApplication.translate("PhotoSetDialog", "Ears"),
        "face outline": QCoreApplication.translate("PhotoSetDialog", "Face outline"),
        "eyes": QCoreApplication.translate("PhotoSetDialog", "Eyes (spacing, axis)"),
        "nose": QCoreApplication.translate("PhotoSetDialog", "Nose"),
        "mouth": QCoreApplication.translate("PhotoSetDialog", "Mouth"),
    }
    return names.get(group, group)


@dataclass(frozen=True, slots=True)
class PhotoSet:
    specimen: Specimen
    document_photo: np.ndarray
    live_photo: np.ndarray


def read_photo(path: Path) -> np.ndarray:
    """The photo as RGB, its longest side at most MAX_PHOTO_SIDE; ValueError naming the file
    and the reason when it cannot be read."""
    try:
        with Image.open(path) as image:
            image.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
            return np.ascontiguousarray(np.asarray(image.convert("RGB")))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except (OSError, UnidentifiedImageError) as exc:
        raise ValueError(f"{path}: not an image that can be read ({exc})") from None


class PhotoSetDialog(QDialog):
    """Import a photo set; or, with ``editing`` (a photo set of the draft), mark it anew:
    same or different, the differing traits, the note (``result_specimen``)."""

    def __init__(
        self, specimen_id: str, parent: QWidget | None = None, *, editing: Specimen | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Import photo set") if editing is None else self.tr("Photo set")
        )
        self._specimen_id = specimen_id
        self._editing = editing
        self.result_set: PhotoSet | None = None
        self.result_specimen: Specimen | None = None
        self.document_edit = QLineEdit()
        self.live_edit = QLineEdit()
        rows = []
        for edit, what in (
            (self.document_edit, self.tr("Document photo")),
            (self.live_edit, self.tr("Live photo")),
        ):
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, e=edit, w=what: self._browse(e, w))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            rows.append((what, row))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Volunteers, pair 3"))
        self.same = QRadioButton(self.tr("The same person"))
        self.different = QRadioButton(self.tr("Two different people"))
        self.same.setChecked(True)
        self.traits: dict[str, QCheckBox] = {}
        traits_box = QWidget()
        traits_layout = QVBoxLayout(traits_box)
        traits_layout.setContentsMargins(0, 0, 0, 0)
        for group in STABLE_FEATURES:
            box = QCheckBox(trait_group_name(group))
            self.traits[group] = box
            traits_layout.addWidget(box)
        self.different.toggled.connect(traits_box.setEnabled)
        traits_box.setEnabled(False)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            self.tr(
                "What a trainee should see, e.g. the ear lobes: attached in the photo, free at the desk"
            )
        )
        self.note_edit.setMaximumHeight(80)
        self.consent = QCheckBox(
            self.tr("The people in these photos agreed to their use for training")
        )
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.finish)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        hint = QLabel(
            self.tr(
                "A document photo and a photo of the person at the desk make one "
                "face-comparison item. Real faces are personal data: the pack is marked as "
                "holding them and the studio warns before it is exported."
            )
        )
        hint.setWordWrap(True)
        if editing is None:
            form.addRow(hint)
            for what, row in rows:
                form.addRow(what, row)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.same)
        form.addRow(self.different)
        form.addRow(self.tr("Differing traits"), traits_box)
        form.addRow(self.tr("Note for trainees"), self.note_edit)
        if editing is None:
            form.addRow(self.consent)
        else:
            self.consent.setChecked(True)  # given when the set was imported
            self.consent.hide()
            self.ok_button.setText(self.tr("Apply"))
            self._fill(editing)
        form.addRow(self.problem_label)
        form.addRow(buttons)

    def _fill(self, specimen: Specimen) -> None:
        record = specimen.extra.get(PHOTO_SET_KEY) or {}
        self.title_edit.setText(specimen.title)
        same = bool(record.get("same_person", True))
        (self.same if same else self.different).setChecked(True)
        for group, box in self.traits.items():
            box.setChecked(group in record.get("differing", ()))
        self.note_edit.setPlainText(str(record.get("note", "")))

    def _browse(self, edit: QLineEdit, what: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, what, "", IMAGE_FILTER)
        if name:
            edit.setText(name)

    def differing(self) -> list[str]:
        return [group for group, box in self.traits.items() if box.isChecked()]

    def finish(self) -> None:
        """Check the form and read the photos; the dialog stays open with the reason if not."""
        problems = []
        if not self.document_edit.text().strip() or not self.live_edit.text().strip():
            problems.append(self.tr("Choose both photos."))
        if self.different.isChecked() and not self.differing():
            problems.append(self.tr("Mark at least one trait that differs between the two people."))
        if not self.consent.isChecked():
            problems.append(
                self.tr("Only photos of people who agreed to their use can be imported.")
            )
        if self._editing is not None:
            problems = [p for p in problems if p != self.tr("Choose both photos.")]
            if problems:
                self.problem_label.setText("\n".join(problems))
                return
            title = self.title_edit.text().strip() or self._editing.title
            self.result_specimen = marked(
                replace(self._editing, title=title),
                same_person=self.same.isChecked(),
                differing=self.differing(),
                note=self.note_edit.toPlainText(),
            )
            self.accept()
            return
        photos = []
        if not problems:
            for edit in (self.document_edit, self.live_edit):
                try:
                    photos.append(read_photo(Path(edit.text().strip())))
                except ValueError as exc:
                    problems.append(str(exc))
        if problems:
            self.problem_label.setText("\n".join(problems))
            return
        document, live = photos
        title = self.title_edit.text().strip() or self.tr("Photo set")
        specimen = photo_set_specimen(
            self._specimen_id,
            title,
            photo_size_px=(document.shape[1], document.shape[0]),
            same_person=self.same.isChecked(),
            differing=self.differing(),
            note=self.note_edit.toPlainText(),
        )
        self.result_set = PhotoSet(specimen, document, live)
        self.accept()
