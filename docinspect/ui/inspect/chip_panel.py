"""The document reader: "Read chip" on the workstation, as placing the document on a reader.

The reader takes the access key from the MRZ (pre-filled with the printed MRZ, as a reader's
camera reads it; the officer may retype it), then shows what passive authentication found,
step by step, and puts what the chip holds beside what the page shows: DG1 beside the printed
MRZ, DG2's photo beside the printed photo and the traveller. Passing authentication proves the
chip was signed by the state; it does not prove that this booklet or this traveller go with it.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docinspect.chip.reader import Check, ChipReading, ChipStatus, Outcome, read_chip
from docinspect.i18n import translate_message
from docinspect.model.specimen import Specimen
from docinspect.packs.pack import read_chip_files
from docinspect.packs.paths import UnsafePathError
from docinspect.synth.documents import PORTRAIT_FILE
from docinspect.training.content_language import content_language
from docinspect.training.explanation_language import translate_title
from docinspect.ui.inspect.traveller import traveller_photo_path
from docinspect.ui.inspect.window_actions import add_view_action

PHOTO_WIDTH_PX: Final = 200
_COLOURS: Final = {Outcome.PASSED: "#1b7f3b", Outcome.WARNING: "#a86200", Outcome.FAILED: "#c0262d"}
_MARKS: Final = {Outcome.PASSED: "✔", Outcome.WARNING: "⚠", Outcome.FAILED: "✘"}


class ChipReaderDialog(QDialog):
    """The reader's screen for one specimen."""

    def __init__(
        self,
        specimen: Specimen,
        files: dict[str, bytes] | None,
        *,
        printed_photo: Path | None = None,
        traveller_photo: Path | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chipReader")
        self.setWindowTitle(
            self.tr("Document reader — {title}").format(title=translate_title(specimen.title))
        )
        self._specimen = specimen
        self._files = files
        self._today = today or dt.date.today()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        self.mrz_edit = QPlainTextEdit("\n".join(specimen.mrz))
        self.mrz_edit.setObjectName("chipMrz")
        self.mrz_edit.setFont(mono)
        self.mrz_edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.mrz_edit.setToolTip(
            self.tr(
                "The reader makes the chip's access key from the document number, date of "
                "birth and date of expiry in this MRZ. Retype it to see what a wrong MRZ does."
            )
        )
        self.read_button = QPushButton(self.tr("Read chip"))
        self.read_button.setObjectName("readChip")
        self.read_button.clicked.connect(self.read)
        self.status_label = QLabel()
        self.status_label.setObjectName("chipStatus")
        status_font = QFont(self.status_label.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 1.3)
        status_font.setBold(True)
        self.status_label.setFont(status_font)
        self.status_label.setWordWrap(True)
        self.checks_label = QLabel()
        self.checks_label.setObjectName("chipChecks")
        self.checks_label.setWordWrap(True)
        self.checks_label.setTextFormat(Qt.TextFormat.RichText)
        self.dg1_label = QLabel()
        self.dg1_label.setObjectName("chipDg1")
        self.dg1_label.setTextFormat(Qt.TextFormat.RichText)
        self.dg1_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chip_photo = self._photo_label("chipPhoto")
        self.printed_photo = self._photo_label("printedPhoto")
        self.traveller_photo = self._photo_label("travellerPhoto")
        self._set_photo(self.printed_photo, printed_photo)
        self._set_photo(self.traveller_photo, traveller_photo)
        photos = QGridLayout()
        captions = (
            self.tr("Chip photo (DG2)"),
            self.tr("Printed photo"),
            self.tr("Traveller"),
        )
        for column, (caption, label) in enumerate(
            zip(captions, (self.chip_photo, self.printed_photo, self.traveller_photo), strict=True)
        ):
            title = QLabel(f"<b>{escape(caption)}</b>")
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            photos.addWidget(title, 0, column)
            photos.addWidget(label, 1, column)
        self.traveller_photo.setVisible(traveller_photo is not None)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("MRZ for the access key:")))
        top.addStretch(1)
        top.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mrz_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.checks_label)
        layout.addWidget(self.dg1_label)
        layout.addLayout(photos)
        layout.addStretch(1)  # spare height goes below, not between the findings
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.reading: ChipReading | None = None
        self.read()

    def _photo_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumSize(PHOTO_WIDTH_PX, round(PHOTO_WIDTH_PX * 1.3))
        label.setStyleSheet("QLabel { background: #e8e8e8; color: #555; }")
        return label

    def _set_photo(self, label: QLabel, source: Path | bytes | None) -> None:
        pixmap = QPixmap()
        if isinstance(source, Path):
            pixmap.load(str(source))
        elif source:
            pixmap.loadFromData(source)
        if pixmap.isNull():
            label.setPixmap(QPixmap())
            label.setText(self.tr("none"))
            return
        label.setPixmap(
            pixmap.scaledToWidth(PHOTO_WIDTH_PX, Qt.TransformationMode.SmoothTransformation)
        )

    def read(self) -> ChipReading:
        """Read the chip with the MRZ in the field, and show the result."""
        lines = [line.strip() for line in self.mrz_edit.toPlainText().splitlines() if line.strip()]
        chip = self._specimen.chip
        self.reading = read_chip(
            self._files or {},
            lines,
            today=self._today,
            page_mrz=self._specimen.mrz,
            answers=chip is not None and chip.answers,
        )
        self._show(self.reading)
        return self.reading

    def _show(self, reading: ChipReading) -> None:
        text, outcome = self._status_text(reading)
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"QLabel {{ color: {_COLOURS[outcome]}; }}")
        rows = "".join(self._check_row(check) for check in reading.checks)
        self.checks_label.setText(f"<table cellspacing='3'>{rows}</table>" if rows else "")
        self.dg1_label.setText(self._dg1_html(reading))
        self.dg1_label.setVisible(bool(reading.mrz))
        self._set_photo(self.chip_photo, reading.face)

    def _status_text(self, reading: ChipReading) -> tuple[str, Outcome]:
        if reading.status is ChipStatus.NO_CHIP:
            return self.tr("No chip answers the reader."), Outcome.FAILED
        if reading.status is ChipStatus.ACCESS_REFUSED:
            return (
                self.tr("Chip access refused: the MRZ's key is not the chip's."),
                Outcome.FAILED,
            )
        if reading.status is ChipStatus.NOT_PERSONALISED:
            return self.tr("The chip answers but holds no travel document."), Outcome.FAILED
        if not reading.authenticated:
            return self.tr("Passive authentication FAILED."), Outcome.FAILED
        if not reading.matches_page:
            return (
                self.tr("Authenticated, but the chip's data are not this page's."),
                Outcome.FAILED,
            )
        if any(c.outcome is Outcome.WARNING for c in reading.checks):
            return self.tr("Passive authentication passed, with a warning."), Outcome.WARNING
        return self.tr("Passive authentication passed."), Outcome.PASSED

    def _check_row(self, check: Check) -> str:
        colour = _COLOURS[check.outcome]
        return (
            f"<tr><td style='color:{colour}'><b>{_MARKS[check.outcome]}</b></td>"
            f"<td><b>{escape(self._step_name(check.step))}</b></td>"
            f"<td>{escape(self._detail(check))}</td></tr>"
        )

    def _step_name(self, step: str) -> str:
        if step.startswith("hash:"):
            return self.tr("{group} hash").format(group=step.removeprefix("hash:"))
        names = {
            "access": self.tr("Access"),
            "com": self.tr("Contents"),
            "signature": self.tr("EF.SOD signature"),
            "chain": self.tr("Signer → CSCA"),
            "chain_withdrawn": self.tr("Signer → CSCA"),
            "validity": self.tr("Validity"),
            "revocation": self.tr("Revocation"),
            "dg1_vs_mrz": self.tr("DG1 = printed MRZ"),
        }
        return names.get(step, step)

    def _detail(self, check: Check) -> str:
        """The check in the officer's language (the core's English detail as a fallback)."""
        ok = check.outcome is Outcome.PASSED
        texts = {
            ("access", True): self.tr("The chip accepted the key made from the MRZ."),
            ("access", False): self.tr(
                "Refused: the chip was not personalised with this document number, date of "
                "birth and date of expiry."
            ),
            ("signature", True): self.tr("Signed by the Document Signer's key."),
            ("signature", False): self.tr("The signature does not match EF.SOD's content."),
            ("chain", True): self.tr("The signer's certificate was issued by the state's CSCA."),
            ("chain", False): self.tr(
                "The signer's certificate bears the CSCA's name but not its signature "
                "(a self-made CSCA), or no CSCA in the master list issued it."
            ),
            ("chain_withdrawn", False): self.tr(
                "The signer was issued by a CSCA the state has withdrawn (its key was "
                "compromised): the chip cannot be trusted."
            ),
            ("revocation", True): self.tr("The signer is not on the state's revocation list."),
            ("revocation", False): self.tr(
                "The signer's certificate is revoked (its key leaked): anyone with the key "
                "can sign a chip."
            ),
            ("dg1_vs_mrz", True): self.tr("The chip holds this page's MRZ."),
            ("dg1_vs_mrz", False): self.tr(
                "The chip holds another document's data: a cloned chip, or altered data."
            ),
        }
        if check.step.startswith("hash:"):
            return (
                self.tr("As signed.")
                if ok
                else self.tr("Changed after signing, or missing from EF.SOD.")
            )
        if check.step == "validity":
            if check.outcome is Outcome.WARNING:
                return self.tr(
                    "The signer's certificate has expired since it signed this chip. The "
                    "signature was valid when made; alone this is no reason to refuse."
                )
            return self.tr("Valid.") if ok else self.tr("Signed outside the signer's validity.")
        if check.step == "com":
            # The data groups are names; the sentence around them is ours.
            return (
                self.tr("Holds {groups}.").format(groups=", ".join(check.data_groups))
                if ok
                else self.tr("EF.COM cannot be read.")
            )
        # A reason the sentences above do not cover (a chip file that cannot be read): the
        # core's message, translated from its template (decision 0032).
        return texts.get((check.step, ok)) or translate_message(check.detail, content_language())

    def _dg1_html(self, reading: ChipReading) -> str:
        if not reading.mrz:
            return ""
        printed = list(self._specimen.mrz)
        rows = []
        for i, line in enumerate(reading.mrz):
            other = printed[i] if i < len(printed) else ""
            cells = "".join(
                f"<span style='background:#f6c7c9'>{escape(c)}</span>"
                if i >= len(printed) or j >= len(other) or other[j] != c
                else escape(c)
                for j, c in enumerate(line)
            )
            rows.append(cells)
        chip_caption = escape(self.tr("DG1 on the chip (differences from the page marked):"))
        return f"<b>{chip_caption}</b><br><tt>{'<br>'.join(rows)}</tt>"


def chip_files_in(folder: Path | None, specimen: Specimen) -> dict[str, bytes] | None:
    """The bytes of the specimen's chip files in its folder (None: no chip, or unreadable —
    the reader then finds no chip, as a reader would with a broken one)."""
    if folder is None:
        return None
    try:
        return read_chip_files(folder, specimen)
    except (UnsafePathError, OSError):
        return None


def open_reader_for(parent: QWidget, specimen: Specimen, folder: Path | None) -> ChipReaderDialog:
    """Show the reader for a specimen in ``folder`` (the practice desk's way in)."""
    printed = folder / PORTRAIT_FILE if folder and PORTRAIT_FILE in specimen.assets else None
    traveller = traveller_photo_path(specimen, folder)
    dialog = ChipReaderDialog(
        specimen,
        chip_files_in(folder, specimen),
        printed_photo=printed,
        traveller_photo=traveller,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


def attach_chip_reader(
    window: QMainWindow, specimen: Specimen, folder: Path | None
) -> QAction | None:
    """Add "Read chip" (key E) to a workstation window when the specimen has a chip record.

    Specimens without one (visas, TD2 cards, scans) get no action: nobody recorded a chip."""
    if specimen.chip is None:
        return None
    return add_view_action(
        window,
        text=QCoreApplication.translate("ChipReaderDialog", "Read chip (E)"),
        key="E",
        tip=QCoreApplication.translate(
            "ChipReaderDialog",
            "Place the document on the reader: access with the MRZ, passive authentication",
        ),
        name="chipReader",
        slot=lambda: open_reader_for(window, specimen, folder),
    )
