"""Import a specimen from image files, one per light: files, document type and size, then an
alignment preview (overlay or blink) with a four-point fallback for lights that did not align.

Reading and aligning runs on a worker thread with a progress dialog that can cancel it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from docinspect.capture import (
    AlignmentError,
    ImportCancelled,
    LoadedLights,
    SpecimenImportError,
    align_by_points,
    cut_pages,
    find_page,
    load_lights,
    page_size_mm,
)
from docinspect.model import NOMINAL_SIZE_MM, DocumentType, Light, Specimen, Truth, Verdict
from docinspect.ui.background import Background
from docinspect.ui.inspect.imaging import qimage_from_rgb
from docinspect.ui.names import light_label, verdict_label
from docinspect.ui.screen_fit import fit_on_screen

#: Longest side of the preview images, in pixels.
PREVIEW_SIDE = 900
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.tif *.tiff)"


@dataclass(frozen=True, slots=True)
class ImportedSpecimen:
    """What the dialog produces: the specimen (no regions yet) and its page per light."""

    specimen: Specimen
    pages: Mapping[Light, np.ndarray]


class _Progress(QObject):
    step = Signal(int, int, str)


def fill_document_types(combo: QComboBox) -> None:
    """The document types an instructor chooses from, named for people (import and the
    Specimen tab use the same list)."""
    for doc_type, label in (
        (DocumentType.TD3, QCoreApplication.translate("ImportDialog", "Passport data page (TD3)")),
        (DocumentType.TD1, QCoreApplication.translate("ImportDialog", "ID card (TD1)")),
        (DocumentType.TD2, QCoreApplication.translate("ImportDialog", "TD2 document")),
        (DocumentType.MRVA, QCoreApplication.translate("ImportDialog", "Visa, type A")),
        (DocumentType.MRVB, QCoreApplication.translate("ImportDialog", "Visa, type B")),
        (DocumentType.OTHER, QCoreApplication.translate("ImportDialog", "Other")),
    ):
        combo.addItem(label, doc_type.value)


def preview_of(pixels: np.ndarray, side: int = PREVIEW_SIDE) -> tuple[np.ndarray, float]:
    """``pixels`` shrunk to at most ``side`` pixels a side, and the scale used."""
    scale = min(1.0, side / max(pixels.shape[:2]))
    if scale >= 1.0:
        return pixels, 1.0
    size = (max(1, round(pixels.shape[1] * scale)), max(1, round(pixels.shape[0] * scale)))
    return cv2.resize(pixels, size, interpolation=cv2.INTER_AREA), scale


class ImportDialog(QDialog):
    """Files per light -> read and align (worker) -> preview and fix alignment -> specimen."""

    #: The lights were read and aligned (tests wait for it).
    lights_loaded = Signal()
    #: Reading failed or was cancelled; the message (empty when cancelled).
    loading_failed = Signal(str)

    def __init__(self, taken_ids: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a specimen from scans"))
        self._taken = taken_ids
        self._lights: LoadedLights | None = None
        self._result: ImportedSpecimen | None = None
        self._cancel = threading.Event()
        self._progress_dialog: QProgressDialog | None = None
        self._background = Background(self)
        #: Page corners clicked by the user on the white image (None: find them or use all).
        self.page_corners: list[tuple[float, float]] | None = None
        #: The page edges found on the white image (shown before import; None: none found).
        self.found_corners: list[tuple[float, float]] | None = None
        #: The white image the marked corners belong to: they are kept across Back unless
        #: another white image is read.
        self._corners_file: Path | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_files_page())
        self.pages.addWidget(self._build_alignment_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_on_screen(self, 980, 720)

    # --- page 1: files and size ----------------------------------------------------------

    def _build_files_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        self.file_edits: dict[Light, QLineEdit] = {}
        for row, light in enumerate(Light):
            edit = QLineEdit()
            edit.setPlaceholderText(
                self.tr("required") if light is Light.WHITE else self.tr("optional")
            )
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, lt=light: self._browse(lt))
            grid.addWidget(QLabel(light_label(light)), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
            self.file_edits[light] = edit
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Seized passport, photo substitution"))
        self.type_combo = QComboBox()
        fill_document_types(self.type_combo)
        self.width_spin = QDoubleSpinBox()
        self.height_spin = QDoubleSpinBox()
        for spin in (self.width_spin, self.height_spin):
            spin.setRange(10.0, 500.0)
            spin.setDecimals(2)
            spin.setSuffix(self.tr(" mm"))
        self.use_dpi = QCheckBox(self.tr("Size from the scan's resolution"))
        self.dpi_spin = QDoubleSpinBox()
        self.dpi_spin.setRange(50.0, 4800.0)
        self.dpi_spin.setValue(600.0)
        self.dpi_spin.setSuffix(" dpi")
        self.dpi_spin.setEnabled(False)
        self.use_dpi.toggled.connect(self.dpi_spin.setEnabled)
        self.verdict_combo = QComboBox()
        for verdict in Verdict:
            self.verdict_combo.addItem(verdict_label(verdict), verdict.value)
        self.find_edges = QCheckBox(self.tr("Find the page edges and straighten the page"))
        self.find_edges.setChecked(True)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin)
        size_row.addStretch(1)
        dpi_row = QHBoxLayout()
        dpi_row.addWidget(self.use_dpi)
        dpi_row.addWidget(self.dpi_spin)
        dpi_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Document type"), self.type_combo)
        form.addRow(self.tr("Physical size"), size_row)
        form.addRow("", dpi_row)
        form.addRow(self.tr("Verdict"), self.verdict_combo)
        form.addRow("", self.find_edges)
        hint = QLabel(
            self.tr(
                "One image per light of the same document side. The other lights are aligned "
                "to the white-light image automatically; you can check and correct that next."
            )
        )
        hint.setWordWrap(True)
        self.read_button = QPushButton(self.tr("Read and align"))
        self.read_button.setDefault(True)
        self.read_button.clicked.connect(self.start_reading)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.read_button)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def set_file(self, light: Light, path: Path) -> None:
        self.file_edits[light].setText(str(path))

    def _browse(self, light: Light) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Image under {light}").format(light=light_label(light)), "", IMAGE_FILTER
        )
        if name:
            self.set_file(light, Path(name))

    def _type_changed(self) -> None:
        doc_type = DocumentType(self.type_combo.currentData())
        if doc_type in NOMINAL_SIZE_MM:
            w, h = NOMINAL_SIZE_MM[doc_type]
            self.width_spin.setValue(w)
            self.height_spin.setValue(h)

    def files(self) -> dict[Light, Path]:
        return {
            light: Path(edit.text().strip())
            for light, edit in self.file_edits.items()
            if edit.text().strip()
        }

    def start_reading(self) -> None:
        """Read and align the chosen files on a worker, with progress and Cancel."""
        files = self.files()
        if Light.WHITE not in files:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Choose the white-light image first.")
            )
            return
        self._cancel.clear()
        dialog = QProgressDialog(self.tr("Reading the images…"), self.tr("Cancel"), 0, 1, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self._cancel.set)
        self._progress_dialog = dialog
        progress = _Progress(self)
        progress.step.connect(self._progressed)
        self.read_button.setEnabled(False)

        def work() -> LoadedLights | str | None:
            try:
                return load_lights(
                    files,
                    progress=lambda done, total, what: progress.step.emit(done, total, what),
                    cancelled=self._cancel.is_set,
                )
            except SpecimenImportError as exc:
                return "\n".join(exc.problems)
            except ImportCancelled:
                return None

        self._background.run(
            work, self._read_done, lambda exc: self._read_done(f"{type(exc).__name__}: {exc}")
        )

    def cancel_reading(self) -> None:
        self._cancel.set()

    def _progressed(self, done: int, total: int, what: str) -> None:
        dialog = self._progress_dialog
        if dialog is None:
            return
        # setValue of a modal progress dialog processes events, which may end the import.
        dialog.setLabelText(what)
        dialog.setMaximum(total)
        dialog.setValue(done)

    def _read_done(self, result: LoadedLights | str | None) -> None:
        if self._progress_dialog is not None:
            self._progress_dialog.reset()
            self._progress_dialog.deleteLater()
            self._progress_dialog = None
        self.read_button.setEnabled(True)
        if result is None:
            self.loading_failed.emit("")
            return
        if isinstance(result, str):
            self.loading_failed.emit(result)
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("These images cannot be imported:") + "\n\n" + result,
            )
            return
        self._lights = result
        white_file = self.files().get(Light.WHITE)
        if self._corners_file is not None and white_file != self._corners_file:
            self.page_corners = None  # marked on another image
        # Found here (a few ms) so that the outline the import will cut is shown before it.
        self.found_corners = find_page(result.white.pixels)
        self._enter_alignment()
        self.lights_loaded.emit()

    # --- page 2: alignment ---------------------------------------------------------------

    def _build_alignment_page(self) -> QWidget:
        page = QWidget()
        self.light_combo = QComboBox()
        self.light_combo.currentIndexChanged.connect(self._refresh_preview)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.valueChanged.connect(self._refresh_preview)
        self.blink = QCheckBox(self.tr("Blink"))
        self.blink.toggled.connect(self._blink_toggled)
        self._blink_timer = QTimer(self)
        self._blink_timer.setInterval(500)
        self._blink_timer.timeout.connect(self._blink_step)
        self._blink_on = False
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(600, 420)
        self.points_button = QPushButton(self.tr("Align by four points…"))
        self.points_button.clicked.connect(self._align_by_points)
        self.corners_button = QPushButton(self.tr("Mark the page corners…"))
        self.corners_button.setToolTip(
            self.tr("Crop and straighten by the four corners you click on the white-light image")
        )
        self.corners_button.clicked.connect(self._mark_corners)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.finish)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Light")))
        top.addWidget(self.light_combo)
        top.addWidget(QLabel(light_label(Light.WHITE)))
        top.addWidget(self.opacity, 1)
        top.addWidget(QLabel(self.tr("This light")))
        top.addWidget(self.blink)
        buttons = QHBoxLayout()
        buttons.addWidget(self.points_button)
        buttons.addWidget(self.corners_button)
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        return page

    @property
    def loaded(self) -> LoadedLights | None:
        return self._lights

    def _enter_alignment(self) -> None:
        assert self._lights is not None
        self.light_combo.blockSignals(True)
        self.light_combo.clear()
        for light in self._lights.scans:
            if light is not Light.WHITE:
                self.light_combo.addItem(light_label(light), light.value)
        if self.light_combo.count() == 0:
            self.light_combo.addItem(light_label(Light.WHITE), Light.WHITE.value)
        self.light_combo.blockSignals(False)
        self.pages.setCurrentIndex(1)
        self._refresh_preview()

    def current_light(self) -> Light:
        return Light(self.light_combo.currentData() or Light.WHITE.value)

    def preview_image(self) -> np.ndarray:
        """The overlay as shown: white blended with the chosen light aligned onto it, with
        the outline the import will cut (the corners marked, else the page edges found)."""
        assert self._lights is not None
        white, scale = preview_of(self._lights.white.pixels)
        light = self.current_light()
        if light is Light.WHITE:
            shown = white
        else:
            other, _ = preview_of(self._lights.aligned(light))
            size = (white.shape[1], white.shape[0])
            other = cv2.resize(other, size, interpolation=cv2.INTER_AREA)
            if self.blink.isChecked():
                shown = other if self._blink_on else white
            else:
                alpha = self.opacity.value() / 100.0
                shown = cv2.addWeighted(white, 1.0 - alpha, other, alpha, 0.0)
        outline, kind = self.outline()
        if outline is None:
            return shown
        shown = np.ascontiguousarray(shown).copy()
        points = np.array([[round(x * scale), round(y * scale)] for x, y in outline], np.int32)
        colour = (40, 200, 80) if kind == "marked" else (255, 150, 0)
        cv2.polylines(shown, [points], True, colour, thickness=3, lineType=cv2.LINE_AA)
        return shown

    def outline(self) -> tuple[list[tuple[float, float]] | None, str]:
        """The page outline the import will cut, in white-image pixels, and whose it is:
        ``"marked"`` (the corners clicked), ``"found"`` (the edges found), or ``""`` (none:
        the whole image is imported)."""
        if self.page_corners is not None:
            return self.page_corners, "marked"
        if self.find_edges.isChecked() and self.found_corners is not None:
            return self.found_corners, "found"
        return None, ""

    def _refresh_preview(self) -> None:
        if self._lights is None:
            return
        light = self.current_light()
        alignment = self._lights.alignments.get(light)
        if light in self._lights.unaligned:
            text = self.tr(
                "Not aligned automatically: {reason}. Use “Align by four points…”."
            ).format(reason=self._lights.unaligned[light])
        elif alignment is not None and alignment.method == "points":
            text = self.tr("Aligned by four points.")
        elif alignment is not None and alignment.method == "features":
            text = self.tr(
                "Aligned automatically ({count} matching features). Blink or slide to check."
            ).format(count=alignment.inliers)
        else:
            text = self.tr("The white-light image is the reference.")
        _outline, kind = self.outline()
        if kind == "marked":
            text += " " + self.tr("Green: the page will be cut at the corners you marked.")
        elif kind == "found":
            text += " " + self.tr(
                "Orange: the page edges found; the page will be cut there. If they are wrong, "
                "use “Mark the page corners…”."
            )
        else:
            text += " " + self.tr("No page edges are used: the whole image is imported.")
        self.status_label.setText(text)
        pixmap = QPixmap.fromImage(qimage_from_rgb(np.ascontiguousarray(self.preview_image())))
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _blink_toggled(self, on: bool) -> None:
        if on:
            self._blink_timer.start()
        else:
            self._blink_timer.stop()
        self._refresh_preview()

    def _blink_step(self) -> None:
        self._blink_on = not self._blink_on
        self._refresh_preview()

    def set_point_alignment(
        self, light: Light, moving: list[tuple[float, float]], reference: list[tuple[float, float]]
    ) -> None:
        """Align ``light`` by four points in full-resolution pixels (moving image -> white)."""
        assert self._lights is not None
        self._lights = self._lights.with_alignment(light, align_by_points(moving, reference))
        self._refresh_preview()

    def _align_by_points(self) -> None:
        if self._lights is None or self.current_light() is Light.WHITE:
            return
        light = self.current_light()
        dialog = FourPointsDialog(
            self._lights.scans[light].pixels, self._lights.white.pixels, light, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.set_point_alignment(light, dialog.moving_points(), dialog.reference_points())
        except AlignmentError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    def _mark_corners(self) -> None:
        if self._lights is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Page corners"))
        picker = PointPicker(self._lights.white.pixels)
        hint = QLabel(
            self.tr("Click the page's corners: top left, top right, bottom right, bottom left.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        picker.changed.connect(lambda: ok.setEnabled(len(picker.points) == 4))
        layout = QVBoxLayout(dialog)
        layout.addWidget(hint)
        layout.addWidget(picker)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_page_corners(list(picker.points))

    def set_page_corners(self, corners: list[tuple[float, float]]) -> None:
        """Cut the page at ``corners`` (white-image pixels; top left, top right, bottom
        right, bottom left), shown as the outline until another white image is read."""
        self.page_corners = list(corners)
        self._corners_file = self.files().get(Light.WHITE)
        self._refresh_preview()

    # --- result --------------------------------------------------------------------------

    def finish(self) -> None:
        """Cut every light's page on a worker and accept; a problem (size, shape) is shown."""
        if self._lights is None:
            return
        if not self._shape_agreed():
            return
        build = self._result_builder()
        self.import_button.setEnabled(False)
        self.status_label.setText(self.tr("Cutting and straightening the pages…"))

        def work() -> ImportedSpecimen | str:
            try:
                return build()
            except ValueError as exc:
                return str(exc)

        def done(result: ImportedSpecimen | str) -> None:
            self.import_button.setEnabled(True)
            if isinstance(result, str):
                self._refresh_preview()
                QMessageBox.warning(self, self.windowTitle(), result)
                return
            self._result = result
            self.accept()

        self._background.run(work, done, lambda exc: done(f"{type(exc).__name__}: {exc}"))

    def scan_shape_size(self) -> tuple[float, float] | None:
        """The size to use when the page's shape does not fit the chosen document size: the
        chosen width, and the height the outline's shape gives. None when it fits (or the
        size comes from the scan's dpi, which always fits)."""
        if self._lights is None or self.use_dpi.isChecked():
            return None
        outline, _kind = self.outline()
        if outline is not None:
            c = outline
            page_px = (
                max(1.0, float(np.hypot(c[1][0] - c[0][0], c[1][1] - c[0][1]))),
                max(1.0, float(np.hypot(c[3][0] - c[0][0], c[3][1] - c[0][1]))),
            )
        else:
            page_px = tuple(float(v) for v in self._lights.white.size_px)
        width, height = self.width_spin.value(), self.height_spin.value()
        try:
            page_size_mm(
                DocumentType(self.type_combo.currentData()),
                (round(page_px[0]), round(page_px[1])),
                size_mm=(width, height),
            )
            return None
        except ValueError:
            return (round(width, 2), round(width * page_px[1] / page_px[0], 2))

    def use_scan_shape(self, size: tuple[float, float]) -> None:
        """Import as a document of its own size: "Other", ``size`` millimetres."""
        self.type_combo.setCurrentIndex(self.type_combo.findData(DocumentType.OTHER.value))
        self.width_spin.setValue(size[0])
        self.height_spin.setValue(size[1])

    def _shape_agreed(self) -> bool:
        """Before cutting: offer the scan's own shape when it does not fit the size chosen
        (refusing after the cut left the instructor guessing what to change)."""
        size = self.scan_shape_size()
        if size is None:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "The page's shape does not fit {w:g} × {h:g} mm. Import it with the scan's own "
                "shape, {sw:g} × {sh:g} mm (document type Other)? Or answer No, then mark the "
                "page corners or choose another document size."
            ).format(w=self.width_spin.value(), h=self.height_spin.value(), sw=size[0], sh=size[1]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.use_scan_shape(size)
        return True

    def build_result(self) -> ImportedSpecimen:
        """The imported specimen, computed here (the dialog's Import runs this on a worker)."""
        return self._result_builder()()

    def _result_builder(self) -> Callable[[], ImportedSpecimen]:
        # Everything read from the widgets is read here, in the GUI thread.
        assert self._lights is not None
        lights = self._lights
        doc_type = DocumentType(self.type_combo.currentData())
        corners = self.page_corners
        find_edges = corners is None and self.find_edges.isChecked()
        dpi = self.dpi_spin.value() if self.use_dpi.isChecked() else None
        given_size = None if dpi else (self.width_spin.value(), self.height_spin.value())
        title = self.title_edit.text().strip() or lights.white.file.stem
        verdict = Verdict(self.verdict_combo.currentData())
        specimen_id = _fresh_id(title, self._taken)

        def build() -> ImportedSpecimen:
            page_corners = find_page(lights.white.pixels) if find_edges else corners
            if page_corners is not None:
                c = page_corners
                top = float(np.hypot(c[1][0] - c[0][0], c[1][1] - c[0][1]))
                side = float(np.hypot(c[3][0] - c[0][0], c[3][1] - c[0][1]))
                page_px = (max(1, round(top)), max(1, round(side)))
            else:
                page_px = lights.white.size_px
            size_mm = page_size_mm(doc_type, page_px, size_mm=given_size, dpi=dpi)
            pages = cut_pages(lights, page_corners, size_mm, dpi=dpi)
            specimen = Specimen(
                id=specimen_id,
                title=title,
                document_type=doc_type,
                width_mm=size_mm[0],
                height_mm=size_mm[1],
                truth=Truth(verdict),
            )
            return ImportedSpecimen(specimen, pages)

        return build

    @property
    def result_specimen(self) -> ImportedSpecimen | None:
        return self._result


def _fresh_id(title: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "specimen"
    if not base[0].isalnum():
        base = "s" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class PointPicker(QLabel):
    """An image on which the user clicks up to four numbered points (in image pixels)."""

    changed = Signal()

    def __init__(self, pixels: np.ndarray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview, self._scale = preview_of(pixels, 520)
        self._pixmap = QPixmap.fromImage(qimage_from_rgb(np.ascontiguousarray(self._preview)))
        self.points: list[tuple[float, float]] = []
        self.setFixedSize(self._pixmap.size())
        self._redraw()

    def add_point(self, x_px: float, y_px: float) -> None:
        if len(self.points) < 4:
            self.points.append((x_px, y_px))
            self._redraw()
            self.changed.emit()

    def clear(self) -> None:
        self.points = []
        self._redraw()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self.add_point(pos.x() / self._scale, pos.y() / self._scale)

    def _redraw(self) -> None:
        canvas = QPixmap(self._pixmap)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, (x, y) in enumerate(self.points, start=1):
            centre = QPointF(x * self._scale, y * self._scale)
            painter.setPen(QPen(QColor(255, 220, 0), 2))
            painter.drawEllipse(centre, 7, 7)
            painter.drawText(QRectF(centre.x() + 8, centre.y() - 18, 20, 16), str(number))
        painter.end()
        self.setPixmap(canvas)


class FourPointsDialog(QDialog):
    """Click the same four points, in the same order, on the light's image and the white one."""

    def __init__(
        self, moving: np.ndarray, white: np.ndarray, light: Light, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Align by four points"))
        self.moving = PointPicker(moving)
        self.white = PointPicker(white)
        hint = QLabel(
            self.tr(
                "Click four points that are easy to find under both lights (page corners, the "
                "ends of the MRZ) on the left image, then the same four, in the same order, on "
                "the white-light image."
            )
        )
        hint.setWordWrap(True)
        images = QHBoxLayout()
        for label, picker in (
            (light_label(light), self.moving),
            (light_label(Light.WHITE), self.white),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            column.addWidget(picker)
            images.addLayout(column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Reset
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self._reset)
        for picker in (self.moving, self.white):
            picker.changed.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(images)
        layout.addWidget(self.buttons)
        self._update_ok()

    def moving_points(self) -> list[tuple[float, float]]:
        return list(self.moving.points)

    def reference_points(self) -> list[tuple[float, float]]:
        return list(self.white.points)

    def _reset(self) -> None:
        self.moving.clear()
        self.white.clear()

    def _update_ok(self) -> None:
        ok = len(self.moving.points) == 4 and len(self.white.points) == 4
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def run_import(
    parent: QWidget, taken: set[str], on_done: Callable[[ImportedSpecimen], None]
) -> ImportDialog:
    """Open the import dialog (non-blocking); ``on_done`` gets the specimen when accepted."""
    dialog = ImportDialog(taken, parent)
    dialog.accepted.connect(
        lambda: on_done(dialog.result_specimen) if dialog.result_specimen else None
    )
    dialog.open()
    return dialog
