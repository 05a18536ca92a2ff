"""The instructor studio window: specimens of the draft, the canvas, region properties,
material painting, redaction, pack settings; import scans and packs, export packs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QFontDatabase,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from docinspect import mrz
from docinspect.capture import (
    DraftError,
    FeatureMissing,
    PackDraft,
    Redaction,
    SharingRefused,
    export_pack,
    mark_redacted,
    merge_pack,
    merge_translations,
    paint,
    redact,
    regions_without_feature,
    repeats_of_redacted,
    unique_id,
    unredacted_personal_data,
)
from docinspect.capture.mrz_reading import MrzNotFound, MrzReading, read_mrz
from docinspect.capture.photo_sets import (
    DOCUMENT_PHOTO_FILE,
    LIVE_PHOTO_FILE,
    face_comparison_exercise,
    is_photo_set,
    real_face_specimens,
)
from docinspect.capture.shapes import resized_specimen
from docinspect.capture.studio_session import (
    AUTOSAVE_MS,
    draft_folder,
    mark_open,
    previous_session_crashed,
    set_aside_draft,
)
from docinspect.model import (
    NOMINAL_SIZE_MM,
    DocumentType,
    Light,
    Region,
    Role,
    Shape,
    Specimen,
    Verdict,
    load_taxonomy,
)
from docinspect.mrz import MRZ_SHAPE
from docinspect.packs import PackError, read_pack
from docinspect.ui.background import Background
from docinspect.ui.names import light_label, light_name, verdict_label
from docinspect.ui.screen_fit import fit_on_screen
from docinspect.ui.studio.canvas import StudioCanvas, Tool
from docinspect.ui.studio.document import StudioDocument
from docinspect.ui.studio.exercise_dialog import ExerciseDialog
from docinspect.ui.studio.import_dialog import (
    ImportDialog,
    ImportedSpecimen,
    fill_document_types,
)
from docinspect.ui.studio.photo_set_dialog import PhotoSet, PhotoSetDialog
from docinspect.ui.studio.region_panel import PAUSE_MS, ExplanationEdit, RegionPanel
from docinspect.ui.studio.translations import (
    save_changes,
    text_state,
    translation_summary,
    translations_dialog,
)
from docinspect.ui.taxonomy_text import feature_name, method_name
from docinspect.ui.translation_table import TranslationsDialog

#: Resolution a generated specimen is drawn at for annotating (about 300 dpi): region edges can
#: be placed on the print; the loupe in the workstation shows finer detail.
SCENE_PX_PER_MM = 12.0


class StudioWindow(QMainWindow):
    #: Export finished: the path written, or "" when it failed or was refused.
    exported = Signal(str)
    #: A pack import (merge) finished: a short summary.
    pack_imported = Signal(str)
    #: Reading the MRZ from a scan finished: what the instructor is told.
    mrz_read = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, recover: bool | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DocInspect - Instructor studio"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._taxonomy = load_taxonomy()
        self._background = Background(self)
        #: The last export or import problem shown to the user ("" when none).
        self.last_error = ""
        #: The last warning asked about before an export ("" when none).
        self.last_warning = ""
        draft = self._initial_draft(recover)
        folder = draft_folder()
        self.document = StudioDocument(folder, draft, self)
        self._saved_revision = 0
        self._image_cache: dict[tuple[str, str], np.ndarray] = {}
        self._uv_colour = QColor(60, 220, 90)
        #: The specimen the MRZ status line speaks of.
        self._mrz_status_for = ""
        self._build()
        self.document.changed.connect(self._draft_changed)
        self.document.specimen_selected.connect(lambda _id: self._show_current())
        self.document.specimen_selected.connect(lambda _id: self._refresh_region_list())
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        mark_open(True)
        self._refresh_list()
        self._refresh_exercises()
        self._show_current()
        fit_on_screen(self, 1280, 820)

    # --- start-up and recovery -------------------------------------------------------------

    def _initial_draft(self, recover: bool | None) -> PackDraft:
        folder = draft_folder()
        if previous_session_crashed():
            if recover is None:
                answer = QMessageBox.question(
                    self.parentWidget(),
                    self.tr("Instructor studio"),
                    self.tr(
                        "The studio was not closed properly last time. Recover the work it "
                        "saved automatically?"
                    ),
                )
                recover = answer == QMessageBox.StandardButton.Yes
            if not recover:
                set_aside_draft()
                return PackDraft()
        if not folder.exists():
            return PackDraft()
        try:
            return folder.load()
        except DraftError as exc:
            set_aside_draft()
            QMessageBox.warning(self.parentWidget(), self.tr("Instructor studio"), str(exc))
            return PackDraft()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.canvas = StudioCanvas()
        self.canvas.shape_drawn.connect(self._shape_drawn)
        self.canvas.shapes_edited.connect(self._shapes_edited)
        self.canvas.selection_changed.connect(self._selection_changed)
        self.canvas.delete_requested.connect(self.delete_region)
        self.canvas.pointer_moved.connect(
            lambda x, y: self.pointer_label.setText(
                self.tr("{x:.1f} mm, {y:.1f} mm").format(x=x, y=y)
            )
        )
        self.specimen_list = QListWidget()
        self.specimen_list.setWordWrap(True)
        self.specimen_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.specimen_list.currentItemChanged.connect(self._list_selection)
        import_button = QPushButton(self.tr("Import scans…"))
        import_button.clicked.connect(lambda: self.import_scans())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Specimens")))
        # An empty studio showed a blank list and a dark canvas with no word on where to start.
        self.empty_hint = QLabel(
            self.tr(
                "No specimens yet. Import scans of a document (one picture per light) with the "
                "button below, or bring in a pack's specimens with File > Import pack…, then "
                "draw its security features and forgery indicators on the page. For face "
                "comparison, File > Import photo set… brings in a document photo and a live "
                "photo."
            )
        )
        self.empty_hint.setObjectName("studioEmptyHint")
        self.empty_hint.setWordWrap(True)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.specimen_list, 1)
        left_layout.addWidget(import_button)
        # Every region of the specimen by name: a small or covered region can be found and
        # chosen here when it is hard to click on the page.
        left_layout.addWidget(QLabel(self.tr("Regions")))
        self.region_list = QListWidget()
        self.region_list.setObjectName("regionList")
        self.region_list.currentItemChanged.connect(self._region_list_selection)
        left_layout.addWidget(self.region_list, 1)

        self.region_panel = RegionPanel(self._taxonomy)
        self.region_panel.region_edited.connect(self._region_edited)
        self.region_panel.redact_requested.connect(lambda how: self.redact_selected(Redaction(how)))
        self.region_panel.translate_requested.connect(
            lambda text: self.edit_translations(focus=text)
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.region_panel, self.tr("Region"))
        self.tabs.addTab(self._build_specimen_tab(), self.tr("Specimen"))
        self.tabs.addTab(self._build_material_tab(), self.tr("Material"))
        self.tabs.addTab(self._build_exercises_tab(), self.tr("Exercises"))

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760, 380])
        self.setCentralWidget(splitter)
        self.pointer_label = QLabel()
        self.save_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.pointer_label)
        self._build_actions()

    def _build_specimen_tab(self) -> QWidget:
        page = QWidget()
        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(self._specimen_fields_edited)
        self._title_pause = QTimer(self)
        self._title_pause.setSingleShot(True)
        self._title_pause.setInterval(PAUSE_MS)
        self._title_pause.timeout.connect(self._specimen_fields_edited)
        self.title_edit.textEdited.connect(lambda _text: self._title_pause.start())
        self.verdict_combo = QComboBox()
        for verdict in Verdict:
            self.verdict_combo.addItem(verdict_label(verdict), verdict.value)
        self.verdict_combo.activated.connect(self._specimen_fields_edited)
        self.truth_edit = ExplanationEdit()
        self.truth_edit.setPlaceholderText(
            self.tr("What a trainee should learn from this specimen")
        )
        self.truth_edit.editing_finished.connect(self._specimen_fields_edited)
        # Editable after import: what the import dialog guessed, or the instructor left out.
        self.doc_type_combo = QComboBox()
        fill_document_types(self.doc_type_combo)
        self.doc_type_combo.activated.connect(self._specimen_fields_edited)
        self.state_edit = QLineEdit()
        self.state_edit.setMaxLength(3)
        self.state_edit.setPlaceholderText(self.tr("e.g. UTO"))
        self.state_edit.editingFinished.connect(self._specimen_fields_edited)
        self.methods_list = QListWidget()
        self.methods_list.setMaximumHeight(110)
        for name, method_id in sorted((method_name(m), m) for m in self._taxonomy.methods):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, method_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.methods_list.addItem(item)
        self.methods_list.itemChanged.connect(lambda _item: self._specimen_fields_edited())
        self.mrz_edit = ExplanationEdit()
        self.mrz_edit.setPlaceholderText(self.tr("The MRZ as printed, one line per row"))
        # As printed: one row per line, in a fixed-pitch font, never wrapped.
        self.mrz_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.mrz_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.mrz_edit.setMaximumHeight(86)
        self.mrz_edit.editing_finished.connect(self._specimen_fields_edited)
        # The MRZ is read from the white-light scan at import and on request (decision 0024):
        # an offer to check against the document, never taken as the truth.
        self.read_mrz_button = QPushButton(self.tr("Read from the scan"))
        self.read_mrz_button.clicked.connect(lambda: self.read_mrz_from_scan())
        self.mrz_status = QLabel()
        self.mrz_status.setObjectName("mrzStatus")
        self.mrz_status.setWordWrap(True)
        mrz_box = QWidget()
        mrz_layout = QVBoxLayout(mrz_box)
        mrz_layout.setContentsMargins(0, 0, 0, 0)
        mrz_layout.addWidget(self.mrz_edit)
        mrz_layout.addWidget(self.read_mrz_button)
        mrz_layout.addWidget(self.mrz_status)
        # The size guessed at import can be put right: the scans then span the new size and the
        # regions are scaled with them (capture.shapes.resized_specimen).
        self.width_spin = QDoubleSpinBox()
        self.height_spin = QDoubleSpinBox()
        for spin in (self.width_spin, self.height_spin):
            spin.setRange(10.0, 500.0)
            spin.setDecimals(2)
            spin.setSuffix(self.tr(" mm"))
            spin.setKeyboardTracking(False)
            spin.editingFinished.connect(self._size_edited)
        self.nominal_size_button = QPushButton(self.tr("Size of the type"))
        self.nominal_size_button.setToolTip(
            self.tr("The nominal size of the document type chosen above (ISO/IEC 7810, ICAO 9303)")
        )
        self.nominal_size_button.clicked.connect(self._use_nominal_size)
        size_row = QHBoxLayout()
        size_row.setContentsMargins(0, 0, 0, 0)
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin)
        size_row.addWidget(self.nominal_size_button)
        size_widget = QWidget()
        size_widget.setLayout(size_row)
        self.layer_info = QLabel()
        self.layer_info.setWordWrap(True)
        # A photo set's other half: the live photo (the traveller at the desk), and how the
        # set is marked (same person or not, the differing traits), which can be changed.
        self.live_photo = QLabel()
        self.live_photo.setObjectName("livePhoto")
        self.remark_button = QPushButton(self.tr("Same person or not…"))
        self.remark_button.clicked.connect(lambda: self.remark_photo_set())
        self.live_photo_box = QWidget()
        live_layout = QVBoxLayout(self.live_photo_box)
        live_layout.setContentsMargins(0, 0, 0, 0)
        live_layout.addWidget(self.live_photo)
        live_layout.addWidget(self.remark_button)
        form = QFormLayout(page)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Document type"), self.doc_type_combo)
        form.addRow(self.tr("Size"), size_widget)
        form.addRow(self.tr("Issuing state"), self.state_edit)
        form.addRow(self.tr("Verdict"), self.verdict_combo)
        form.addRow(self.tr("Forgery methods"), self.methods_list)
        form.addRow(self.tr("Explanation"), self.truth_edit)
        form.addRow(self.tr("MRZ text"), mrz_box)
        form.addRow(self.tr("Layers"), self.layer_info)
        form.addRow(self.tr("Live photo"), self.live_photo_box)
        self._specimen_form = form
        return page

    def _build_material_tab(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "For scans without a UV or IR photo: draw a region over the area, then say how "
                "it behaves. UV and IR layers are drawn from the white-light scan and your paint; "
                "a real UV or IR capture is never replaced."
            )
        )
        hint.setWordWrap(True)
        self.colour_button = QPushButton(self.tr("UV colour…"))
        self.colour_button.clicked.connect(self._choose_colour)
        glow = QPushButton(self.tr("Glows under UV"))
        glow.clicked.connect(lambda: self.paint_selected(uv_colour=self._uv_rgb()))
        dull = QPushButton(self.tr("Dull under UV"))
        dull.clicked.connect(lambda: self.paint_selected(uv_colour=(0, 0, 0)))
        absorbs = QPushButton(self.tr("Absorbs IR (stays dark)"))
        absorbs.clicked.connect(lambda: self.paint_selected(ir_absorbs=True))
        clear = QPushButton(self.tr("Transparent in IR"))
        clear.clicked.connect(lambda: self.paint_selected(ir_absorbs=False))
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        for widget in (self.colour_button, glow, dull, absorbs, clear):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._update_colour_button()
        return page

    def _build_exercises_tab(self) -> QWidget:
        page = QWidget()
        self.exercise_list = QListWidget()
        self.exercise_list.itemDoubleClicked.connect(lambda _item: self.edit_exercise())
        new = QPushButton(self.tr("New exercise…"))
        new.clicked.connect(lambda: self.edit_exercise(new=True))
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(lambda: self.edit_exercise())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_exercise)
        self.face_exercise_button = QPushButton(self.tr("Face comparison from photo sets"))
        self.face_exercise_button.setToolTip(
            self.tr("One question per photo set: is the traveller the person in the photo?")
        )
        self.face_exercise_button.clicked.connect(lambda: self.make_face_exercise())
        # Which texts of the exercises and specimens still lack a Russian or Bulgarian
        # translation, and the table to type them in (i18n/<language>.po in the draft
        # folder; the export carries it, decisions 0029 and 0034).
        self.translations_label = QLabel()
        self.translations_label.setObjectName("exerciseTranslations")
        self.translations_label.setWordWrap(True)
        self.translations_button = QPushButton(self.tr("Translations…"))
        self.translations_button.setObjectName("translationsButton")
        self.translations_button.setToolTip(
            self.tr("Type the Russian and Bulgarian of your exercises and explanations")
        )
        self.translations_button.clicked.connect(lambda: self.edit_translations())
        layout = QVBoxLayout(page)
        layout.addWidget(self.exercise_list, 1)
        layout.addWidget(self.translations_label)
        layout.addWidget(self.translations_button)
        for button in (new, edit, remove, self.face_exercise_button):
            layout.addWidget(button)
        return page

    def make_face_exercise(self) -> bool:
        """Add (or bring up to date) the face-comparison exercise over every photo set."""
        specimens = self.document.draft.specimens
        if not any(is_photo_set(s) for s in specimens):
            self.statusBar().showMessage(
                self.tr("Import a photo set first (File > Import photo set…)."), 8000
            )
            return False
        data = face_comparison_exercise(specimens, title=self.tr("Face comparison"))
        kept = [e for e in self.document.draft.exercises if e.get("id") != data["id"]]
        self.document.edit(
            self.tr("Face-comparison exercise"),
            lambda d: replace(d, exercises=(*kept, data)),
        )
        self.statusBar().showMessage(
            self.tr("Face-comparison exercise made: one question per photo set ({n}).").format(
                n=len(data["questions"])
            ),
            8000,
        )
        return True

    def _refresh_translations(self) -> None:
        self.translations_label.setText(
            translation_summary(self.document.folder, self.document.draft)
        )
        self._refresh_region_translation()

    def _refresh_region_translation(self) -> None:
        region = self.region_panel.current_region()
        self.region_panel.show_translation_state(
            text_state(self.document.folder, region.explanation) if region is not None else ""
        )

    def edit_translations(self, *, focus: str = "") -> TranslationsDialog:
        """Open the translations of the draft's texts (non-blocking); what the instructor
        changed is saved into the draft's catalogues when they press Save."""
        self._specimen_fields_edited()  # text still being typed is what is translated
        dialog = translations_dialog(self.document.folder, self.document.draft, self, focus=focus)

        def save() -> None:
            problems = save_changes(self.document.folder, dialog)
            self._refresh_translations()
            if problems:
                self.last_error = "\n".join(problems)
                QMessageBox.warning(self, self.tr("Translations not saved"), self.last_error)
            else:
                self.statusBar().showMessage(self.tr("Translations saved"), 8000)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def _refresh_exercises(self) -> None:
        self._refresh_translations()
        self.exercise_list.clear()
        for exercise in self.document.draft.exercises:
            count = len(exercise.get("questions", []))
            self.exercise_list.addItem(
                self.tr("{title} (questions: {count})").format(
                    title=exercise.get("title", exercise.get("id")), count=count
                )
            )

    def edit_exercise(self, *, new: bool = False) -> ExerciseDialog | None:
        """Open the exercise editor (non-blocking); the exercise is saved when accepted."""
        row = self.exercise_list.currentRow()
        exercises = list(self.document.draft.exercises)
        current = None if new or not 0 <= row < len(exercises) else exercises[row]
        dialog = ExerciseDialog(
            self.document.draft, self.document.folder, self._taxonomy, current, self
        )

        def save() -> None:
            data = dialog.result_exercise
            if data is None:
                return
            kept = [e for e in self.document.draft.exercises if e is not current]
            if current is None:
                data["id"] = unique_id(str(data["id"]), {str(e.get("id")) for e in kept})
            index = exercises.index(current) if current is not None else len(kept)
            kept.insert(index, data)
            self.document.edit(
                self.tr("Edit exercise"), lambda d: replace(d, exercises=tuple(kept))
            )

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def remove_exercise(self) -> None:
        row = self.exercise_list.currentRow()
        exercises = list(self.document.draft.exercises)
        if 0 <= row < len(exercises):
            del exercises[row]
            self.document.edit(
                self.tr("Remove exercise"), lambda d: replace(d, exercises=tuple(exercises))
            )

    def _build_actions(self) -> None:
        tools = QToolBar(self.tr("Tools"))
        tools.setObjectName("studio-tools")
        self.addToolBar(tools)
        group = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, label, key in (
            (Tool.SELECT, self.tr("Select"), "V"),
            (Tool.RECT, self.tr("Rectangle"), "R"),
            (Tool.ELLIPSE, self.tr("Ellipse"), "E"),
            (Tool.POLYGON, self.tr("Polygon"), "P"),
        ):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{label} ({key})")
            action.triggered.connect(lambda _=False, t=tool: self.set_tool(t))
            group.addAction(action)
            tools.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.SELECT].setChecked(True)
        tools.addSeparator()
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        tools.addAction(self.undo_action)
        tools.addAction(self.redo_action)
        tools.addSeparator()
        tools.addWidget(QLabel(self.tr(" Light ")))
        self.light_combo = QComboBox()
        self.light_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.light_combo.setMinimumContentsLength(18)
        self.light_combo.currentIndexChanged.connect(lambda _i: self._show_current())
        tools.addWidget(self.light_combo)
        fit = QAction(self.tr("Fit"), self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.triggered.connect(self.canvas.fit)
        tools.addAction(fit)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import scans…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.import_scans())
        self.import_photo_set_action = QAction(self.tr("Import p&hoto set…"), self)
        self.import_photo_set_action.triggered.connect(lambda: self.import_photo_set())
        self.import_pack_action = QAction(self.tr("Import &pack…"), self)
        self.import_pack_action.triggered.connect(lambda: self.import_pack())
        # A generated pack (File > Generate… in the library) is a folder, not a zip file.
        self.import_pack_folder_action = QAction(self.tr("Import pack &folder…"), self)
        self.import_pack_folder_action.triggered.connect(lambda: self.import_pack_folder())
        self.export_action = QAction(self.tr("&Export pack…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export_pack_as())
        self.save_action = QAction(self.tr("&Save pack"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_pack)
        self.settings_action = QAction(self.tr("Pack &settings…"), self)
        self.settings_action.triggered.connect(self.edit_pack_settings)
        self.remove_specimen_action = QAction(self.tr("&Remove specimen"), self)
        self.remove_specimen_action.triggered.connect(lambda: self.remove_specimen())
        close = QAction(self.tr("&Close studio"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for action in (
            self.import_action,
            self.import_photo_set_action,
            self.import_pack_action,
            self.import_pack_folder_action,
            None,
            self.save_action,
            self.export_action,
            self.settings_action,
            None,
            self.remove_specimen_action,
            None,
            close,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.delete_action = QAction(self.tr("&Delete region"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(lambda: self.delete_region(self.canvas.selected_id))
        edit_menu.addAction(self.delete_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        for action in self.tool_actions.values():
            tools_menu.addAction(action)

    # --- showing -------------------------------------------------------------------------

    def _refresh_list(self) -> None:
        self.empty_hint.setVisible(not self.document.draft.specimens)
        with QSignalBlocker(self.specimen_list):
            self.specimen_list.clear()
            for specimen in self.document.draft.specimens:
                item = QListWidgetItem(
                    f"{specimen.title}\n{specimen.id} · {verdict_label(specimen.truth.verdict)}"
                )
                item.setData(Qt.ItemDataRole.UserRole, specimen.id)
                self.specimen_list.addItem(item)
                if specimen.id == self.document.current_id:
                    self.specimen_list.setCurrentItem(item)

    def _refresh_region_list(self) -> None:
        specimen = self.document.current
        roles = {
            Role.SECURITY_FEATURE: self.tr("security feature"),
            Role.FORGERY_INDICATOR: self.tr("forgery indicator"),
            Role.REDACTION: self.tr("redacted"),
        }
        with QSignalBlocker(self.region_list):
            self.region_list.clear()
            for region in specimen.regions if specimen is not None else ():
                if region.role is Role.REDACTION:
                    what = self.tr("personal data")
                elif not region.feature:
                    what = self.tr("no feature chosen yet")
                else:
                    what = feature_name(region.feature)
                item = QListWidgetItem(
                    self.tr("{id}: {what} ({role})").format(
                        id=region.id, what=what, role=roles[region.role]
                    )
                )
                item.setData(Qt.ItemDataRole.UserRole, region.id)
                self.region_list.addItem(item)
                if region.id == self.canvas.selected_id:
                    self.region_list.setCurrentItem(item)

    def _region_list_selection(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            self.canvas.select(str(item.data(Qt.ItemDataRole.UserRole)))

    def _list_selection(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            self.document.select_specimen(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_current(self) -> None:
        specimen = self.document.current
        self._fill_light_combo()
        pixels = None
        if specimen is not None:
            light = self.current_light()
            if light in specimen.layers:
                pixels = self._layer_pixels(specimen.id, specimen.layers[light].file)
            elif specimen.scene is not None:
                pixels = self._scene_pixels(specimen, light)
        self.canvas.show_specimen(specimen, pixels)
        self._selection_changed(self.canvas.selected_id)
        self._fill_specimen_tab()
        self._update_state()

    def current_light(self) -> Light:
        data = self.light_combo.currentData()
        return Light(data) if data else Light.WHITE

    def set_light(self, light: Light) -> None:
        index = self.light_combo.findData(light.value)
        if index >= 0:
            self.light_combo.setCurrentIndex(index)

    def _fill_light_combo(self) -> None:
        specimen = self.document.current
        wanted = self.current_light()
        with QSignalBlocker(self.light_combo):
            self.light_combo.clear()
            if specimen is not None:
                for light in Light:
                    if light in specimen.layers:
                        painted = "painted" in specimen.layers[light].extra
                        label = light_label(light) + (self.tr(" (painted)") if painted else "")
                        self.light_combo.addItem(label, light.value)
                    elif specimen.scene is not None:  # a generated specimen: drawn, any light
                        self.light_combo.addItem(light_label(light), light.value)
            index = self.light_combo.findData(wanted.value)
            self.light_combo.setCurrentIndex(max(0, index))

    def _scene_pixels(self, specimen: Specimen, light: Light) -> np.ndarray | None:
        """A generated specimen drawn from its scene under ``light``, as the trainee sees it."""
        from docinspect.model.light import Viewing
        from docinspect.optics import SpecimenSource
        from docinspect.optics.source import read_scene

        key = (specimen.id, f"scene:{light.value}")
        if key not in self._image_cache:
            folder = self.document.folder.specimen_dir(specimen.id)
            size = (
                round(specimen.width_mm * SCENE_PX_PER_MM),
                round(specimen.height_mm * SCENE_PX_PER_MM),
            )
            try:
                scene = read_scene(folder / str(specimen.scene))
                source = SpecimenSource(specimen, folder, scene)
                self._image_cache[key] = source.page(Viewing(light), size)
            except Exception as exc:  # a bad scene must not take the studio down: say why
                self.statusBar().showMessage(
                    self.tr("This specimen cannot be drawn: {reason}").format(reason=exc), 8000
                )
                return None
        return self._image_cache[key]

    def _layer_pixels(self, specimen_id: str, file: str) -> np.ndarray | None:
        key = (specimen_id, file)
        if key not in self._image_cache:
            try:
                self._image_cache[key] = self.document.folder.read_image(specimen_id, file)
            except OSError as exc:
                self.statusBar().showMessage(str(exc), 8000)
                return None
        return self._image_cache[key]

    def _fill_specimen_tab(self) -> None:
        specimen = self.document.current
        enabled = specimen is not None
        editors = (
            self.title_edit,
            self.verdict_combo,
            self.truth_edit,
            self.doc_type_combo,
            self.state_edit,
            self.methods_list,
            self.mrz_edit,
        )
        for widget in editors:
            widget.setEnabled(enabled)
        # A generated specimen is drawn from its scene in millimetres: its size is its design.
        resizable = enabled and specimen is not None and specimen.scene is None
        for widget in (self.width_spin, self.height_spin, self.nominal_size_button):
            widget.setEnabled(resizable)
        self.read_mrz_button.setEnabled(
            enabled
            and specimen is not None
            and Light.WHITE in specimen.layers
            and not is_photo_set(specimen)
        )
        if specimen is None or specimen.id != self._mrz_status_for:
            self.mrz_status.setText("")
        if specimen is None:
            self.layer_info.setText(self.tr("Import scans to start."))
            self._specimen_form.setRowVisible(self.live_photo_box, False)
            return
        with QSignalBlocker(self.title_edit), QSignalBlocker(self.verdict_combo):
            if self.title_edit.text() != specimen.title:
                self.title_edit.setText(specimen.title)
            self.verdict_combo.setCurrentIndex(
                self.verdict_combo.findData(specimen.truth.verdict.value)
            )
            if self.truth_edit.toPlainText() != specimen.truth.explanation:
                self.truth_edit.setPlainText(specimen.truth.explanation)
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.doc_type_combo,
                self.state_edit,
                self.methods_list,
                self.mrz_edit,
                self.width_spin,
                self.height_spin,
            )
        ]
        self.width_spin.setValue(specimen.width_mm)
        self.height_spin.setValue(specimen.height_mm)
        self.nominal_size_button.setEnabled(
            self.nominal_size_button.isEnabled() and specimen.document_type in NOMINAL_SIZE_MM
        )
        self.doc_type_combo.setCurrentIndex(
            self.doc_type_combo.findData(specimen.document_type.value)
        )
        if self.state_edit.text() != specimen.issuing_state:
            self.state_edit.setText(specimen.issuing_state)
        for i in range(self.methods_list.count()):
            item = self.methods_list.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in specimen.truth.methods
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.methods_list.setEnabled(specimen.truth.verdict is not Verdict.GENUINE)
        mrz_text = "\n".join(specimen.mrz)
        if self.mrz_edit.toPlainText() != mrz_text:
            self.mrz_edit.setPlainText(mrz_text)
        del blockers
        self._show_live_photo(specimen)
        lights = ", ".join(light_name(light) for light in Light if light in specimen.layers)
        size = self.tr("{w:.2f} × {h:.2f} mm").format(w=specimen.width_mm, h=specimen.height_mm)
        self.layer_info.setText(f"{lights}\n{size}")

    def _show_live_photo(self, specimen: Specimen) -> None:
        shown = is_photo_set(specimen)
        self._specimen_form.setRowVisible(self.live_photo_box, shown)
        if not shown:
            return
        path = self.document.folder.specimen_dir(specimen.id) / LIVE_PHOTO_FILE
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.live_photo.setText(self.tr("{file} cannot be read").format(file=path))
        else:
            self.live_photo.setPixmap(
                pixmap.scaledToHeight(220, Qt.TransformationMode.SmoothTransformation)
            )

    def _selection_changed(self, region_id: str) -> None:
        specimen = self.document.current
        region = None
        if specimen is not None and region_id:
            region = next((r for r in specimen.regions if r.id == region_id), None)
        self.region_panel.show_region(region)
        self._refresh_region_translation()
        with QSignalBlocker(self.region_list):
            for i in range(self.region_list.count()):
                if self.region_list.item(i).data(Qt.ItemDataRole.UserRole) == region_id:
                    self.region_list.setCurrentRow(i)
        # Picking a region shows its properties, unless the user is painting material or
        # writing exercises, where the selection only says where.
        if region is not None and self.tabs.currentIndex() == 1:
            self.tabs.setCurrentWidget(self.region_panel)

    def _update_state(self) -> None:
        has = self.document.current is not None
        self.export_action.setEnabled(bool(self.document.draft.specimens))
        self.save_action.setEnabled(bool(self.document.draft.specimens))
        self.remove_specimen_action.setEnabled(has)
        self.delete_action.setEnabled(bool(self.canvas.selected_id))

    def _draft_changed(self) -> None:
        self._refresh_list()
        self._refresh_region_list()
        self._refresh_exercises()
        self._show_current()
        self.save_label.setText(self.tr("Changed; autosaves within seconds"))

    # --- editing -------------------------------------------------------------------------

    def set_tool(self, tool: Tool) -> None:
        self.tool_actions[tool].setChecked(True)
        self.canvas.set_tool(tool)

    def _shape_drawn(self, shape: Shape) -> None:
        specimen = self.document.current
        if specimen is None:
            return
        region_id = unique_id(f"r{len(specimen.regions) + 1}", {r.id for r in specimen.regions})
        # A new region has no feature until the instructor chooses one (a pre-filled feature
        # was kept by mistake, and taught as that feature); export refuses it until then. It is
        # a security feature until the instructor says otherwise: taking the previous region's
        # role made a name drawn after an indicator an indicator too.
        region = Region(
            id=region_id,
            shape=shape,
            feature="",
            role=Role.SECURITY_FEATURE,
            lights=frozenset({self.current_light()}),
        )
        self.document.set_regions(self.tr("Draw region"), specimen.id, (*specimen.regions, region))
        self.canvas.select(region_id)
        self.set_tool(Tool.SELECT)

    def _shapes_edited(self, shapes: dict[str, Shape]) -> None:
        specimen = self.document.current
        if specimen is None:
            return
        regions = tuple(
            replace(r, shape=shapes[r.id]) if r.id in shapes else r for r in specimen.regions
        )
        self.document.set_regions(self.tr("Move or resize region"), specimen.id, regions)

    def _region_edited(self, region: Region) -> None:
        specimen = self.document.current
        if specimen is not None:
            self.document.replace_region(self.tr("Edit region"), specimen.id, region)

    def delete_region(self, region_id: str) -> None:
        specimen = self.document.current
        if specimen is None or not region_id:
            return
        self.document.set_regions(
            self.tr("Delete region"),
            specimen.id,
            tuple(r for r in specimen.regions if r.id != region_id),
        )

    def _specimen_fields_edited(self) -> None:
        specimen = self.document.current
        if specimen is None:
            return
        verdict = Verdict(self.verdict_combo.currentData())
        checked = tuple(
            self.methods_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.methods_list.count())
            if self.methods_list.item(i).checkState() == Qt.CheckState.Checked
        )
        methods = () if verdict is Verdict.GENUINE else checked
        truth = replace(
            specimen.truth,
            verdict=verdict,
            methods=methods,
            explanation=self.truth_edit.toPlainText().strip(),
        )
        title = self.title_edit.text().strip() or specimen.title
        # The MRZ as typed, upper case without spaces: what the reader and the checks expect.
        mrz = tuple(
            line.strip().upper().replace(" ", "")
            for line in self.mrz_edit.toPlainText().splitlines()
            if line.strip()
        )
        updated = replace(
            specimen,
            title=title,
            truth=truth,
            document_type=DocumentType(self.doc_type_combo.currentData()),
            issuing_state=self.state_edit.text().strip().upper(),
            mrz=mrz,
        )
        self.document.edit(self.tr("Edit specimen"), lambda d: d.with_specimen(updated))

    def _size_edited(self) -> None:
        self.resize_specimen(self.width_spin.value(), self.height_spin.value())

    def _use_nominal_size(self) -> None:
        specimen = self.document.current
        if specimen is not None and specimen.document_type in NOMINAL_SIZE_MM:
            self.resize_specimen(*NOMINAL_SIZE_MM[specimen.document_type])

    def resize_specimen(self, width_mm: float, height_mm: float) -> None:
        """Give the current captured specimen another size; its regions stay over the same
        print (undoable)."""
        specimen = self.document.current
        if specimen is None or specimen.scene is not None:
            return
        if (round(width_mm, 2), round(height_mm, 2)) == (
            round(specimen.width_mm, 2),
            round(specimen.height_mm, 2),
        ):
            return
        updated = resized_specimen(specimen, round(width_mm, 2), round(height_mm, 2))
        self.document.edit(self.tr("Change document size"), lambda d: d.with_specimen(updated))

    def remove_specimen(self, *, confirm: bool = True) -> bool:
        """Remove the current specimen from the draft, after asking (it can be undone)."""
        specimen = self.document.current
        if specimen is None:
            return False
        if confirm:
            used = [
                e.get("title") or e.get("id")
                for e in self.document.draft.exercises
                if any(q.get("specimen") == specimen.id for q in e.get("questions", ()))
            ]
            text = self.tr("Remove the specimen {title} from the pack?").format(
                title=specimen.title
            )
            if used:
                text += " " + self.tr("It is used by the exercises: {names}.").format(
                    names=", ".join(str(n) for n in used)
                )
            answer = QMessageBox.question(self, self.tr("Remove specimen"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.document.edit(self.tr("Remove specimen"), lambda d: d.without_specimen(specimen.id))
        return True

    # --- pixels: redaction and material (not undoable: they rewrite images) --------------

    def _selected_region(self) -> Region | None:
        specimen = self.document.current
        if specimen is None:
            return None
        return next((r for r in specimen.regions if r.id == self.canvas.selected_id), None)

    def redact_selected(self, how: Redaction, *, confirm: bool = True) -> bool:
        """Burn a black box or blur into every layer under the selected region."""
        specimen = self.document.current
        region = self._selected_region()
        if specimen is None or region is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Redact"),
                self.tr(
                    "Redact this region on every layer of the specimen? This changes the images "
                    "and cannot be undone."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        folder = self.document.folder
        for layer in specimen.layers.values():
            pixels = folder.read_image(specimen.id, layer.file)
            folder.write_image(
                specimen.id, layer.file, redact(pixels, region.shape, specimen.size_mm, how)
            )
        # What is redacted is a real person's data, not a feature: it becomes a redaction
        # region, never counted, revealed, asked about or scored as a feature.
        hidden = replace(
            mark_redacted(region, how),
            role=Role.REDACTION,
            feature="personal_data",
            method=None,
            personal_data=True,
        )
        updated = replace(
            specimen,
            regions=tuple(hidden if r.id == region.id else r for r in specimen.regions),
        )
        self._pixels_changed(updated, self.tr("Region redacted on every layer."))
        warning = self._repeated_data_warning(updated)
        if warning:
            self.statusBar().showMessage(warning, 20000)
            QMessageBox.warning(self, self.tr("Redact"), warning)
        return True

    def _repeated_data_warning(self, specimen: Specimen) -> str:
        """What still repeats the redacted data (the MRZ, the data fields), for the instructor."""
        where = repeats_of_redacted(specimen)
        parts = []
        if "mrz" in where:
            parts.append(
                self.tr(
                    "its MRZ text repeats the holder's name, document number and dates "
                    "(clear or replace it under MRZ text on the Specimen tab, and redact the MRZ on the image)"
                )
            )
        if "data" in where:
            parts.append(self.tr("its data fields hold the holder's data (clear them)"))
        if not parts:
            return ""
        return self.tr(
            "Redacted here, but still written elsewhere on this specimen: {where}."
        ).format(where="; ".join(parts))

    def paint_selected(
        self, *, uv_colour: tuple[int, int, int] | None = None, ir_absorbs: bool | None = None
    ) -> bool:
        """Paint the selected region's shape into the material and redraw the UV/IR layers."""
        specimen = self.document.current
        region = self._selected_region()
        if specimen is None or region is None:
            self.statusBar().showMessage(self.tr("Select or draw a region to paint first."), 6000)
            return False
        folder = self.document.folder
        material = paint(
            folder.material(specimen),
            region.shape,
            specimen.size_mm,
            uv_colour=uv_colour,
            ir_absorbs=ir_absorbs,
        )
        updated = folder.store_material(specimen, material)
        self._pixels_changed(updated, self.tr("Material painted."))
        return True

    def _pixels_changed(self, specimen: Any, message: str) -> None:
        # Images on disk changed: earlier undo steps would point at pictures that no longer
        # exist as they were, so the history starts again here.
        self._image_cache = {k: v for k, v in self._image_cache.items() if k[0] != specimen.id}
        self.document.undo_stack.clear()
        self.document.set_draft(self.document.draft.with_specimen(specimen))
        self.autosave()
        self.statusBar().showMessage(message, 6000)

    def _uv_rgb(self) -> tuple[int, int, int]:
        return (self._uv_colour.red(), self._uv_colour.green(), self._uv_colour.blue())

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(self._uv_colour, self, self.tr("Colour under UV"))
        if colour.isValid():
            self._uv_colour = colour
            self._update_colour_button()

    def _update_colour_button(self) -> None:
        self.colour_button.setStyleSheet(
            f"background-color: {self._uv_colour.name()}; color: black;"
        )

    # --- importing scans -----------------------------------------------------------------

    def import_scans(self) -> ImportDialog:
        """Open the import dialog; the specimen is added when it is accepted."""
        dialog = ImportDialog({s.id for s in self.document.draft.specimens}, self)
        dialog.accepted.connect(
            lambda: self.add_imported(dialog.result_specimen) if dialog.result_specimen else None
        )
        dialog.open()
        return dialog

    def add_imported(self, imported: ImportedSpecimen) -> None:
        specimen = self.document.folder.store_layers(imported.specimen, imported.pages)
        self.document.edit(self.tr("Import specimen"), lambda d: d.with_specimen(specimen))
        self.document.select_specimen(specimen.id)
        self._refresh_list()
        self.autosave()
        if not specimen.mrz and specimen.document_type in MRZ_SHAPE:
            self.read_mrz_from_scan(specimen.id, keep_typed=True)

    def import_photo_set(self) -> PhotoSetDialog:
        """Open the photo set dialog; the face-comparison specimen is added when accepted."""
        taken = {s.id for s in self.document.draft.specimens}
        dialog = PhotoSetDialog(unique_id(f"faces-{len(taken) + 1}", taken), self)
        dialog.accepted.connect(
            lambda: self.add_photo_set(dialog.result_set) if dialog.result_set else None
        )
        dialog.open()
        return dialog

    def remark_photo_set(self) -> PhotoSetDialog | None:
        """Mark the current photo set anew (same or different, the traits, the note)."""
        specimen = self.document.current
        if specimen is None or not is_photo_set(specimen):
            return None
        dialog = PhotoSetDialog(specimen.id, self, editing=specimen)

        def apply() -> None:
            updated = dialog.result_specimen
            if updated is not None:
                self.document.edit(self.tr("Mark photo set"), lambda d: d.with_specimen(updated))

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def add_photo_set(self, photo_set: PhotoSet) -> None:
        specimen = photo_set.specimen
        folder = self.document.folder
        folder.write_image(specimen.id, DOCUMENT_PHOTO_FILE, photo_set.document_photo)
        folder.write_image(specimen.id, LIVE_PHOTO_FILE, photo_set.live_photo)
        self.document.edit(self.tr("Import photo set"), lambda d: d.with_specimen(specimen))
        self.document.select_specimen(specimen.id)
        self._refresh_list()
        self.autosave()

    def read_mrz_from_scan(
        self, specimen_id: str | None = None, *, keep_typed: bool = False
    ) -> None:
        """Read the MRZ from the specimen's white-light scan on a worker and offer it in the
        MRZ text box (undoable); ``mrz_read`` tells what the instructor was told. With
        ``keep_typed`` an MRZ typed while the reader worked is kept (the reading at import)."""
        specimen = (
            self.document.current
            if specimen_id is None
            else next((s for s in self.document.draft.specimens if s.id == specimen_id), None)
        )
        if specimen is None or Light.WHITE not in specimen.layers:
            return
        if specimen.document_type not in MRZ_SHAPE:
            self._tell_mrz(
                specimen.id,
                self.tr("This document type has no machine readable zone: choose the type first."),
            )
            return
        self._specimen_fields_edited()  # what is typed counts
        folder = self.document.folder
        size, doc_type = specimen.size_mm, specimen.document_type
        self.mrz_status.setText(self.tr("Reading the MRZ from the scan…"))
        self._mrz_status_for = specimen.id

        def work() -> Any:
            try:
                page = folder.layer_image(specimen, Light.WHITE)
                return read_mrz(page, size, doc_type)
            except (MrzNotFound, OSError) as exc:
                return str(exc)

        self._run(work, lambda result: self._mrz_done(specimen.id, result, keep_typed))

    def _mrz_done(self, specimen_id: str, result: Any, keep_typed: bool = False) -> None:
        if not isinstance(result, MrzReading):
            reason = str(result).removeprefix("refused:")
            self._tell_mrz(
                specimen_id,
                self.tr("No MRZ could be read from the scan ({reason}): type it.").format(
                    reason=reason
                ),
            )
            return
        specimen = next((s for s in self.document.draft.specimens if s.id == specimen_id), None)
        if specimen is None:
            return
        if keep_typed and specimen.mrz:
            self._tell_mrz(
                specimen_id,
                self.tr("The MRZ typed meanwhile is kept; Read from the scan offers the reading."),
            )
            return
        # The issuing state is printed in the MRZ too (positions 3-5 of the first line).
        state = result.lines[0][2:5].strip("<")
        updated = replace(
            specimen,
            mrz=result.lines,
            issuing_state=specimen.issuing_state or (state if state.isalpha() else ""),
        )
        self.document.edit(self.tr("Read MRZ"), lambda d: d.with_specimen(updated))
        verdict = mrz.check(result.lines)
        text = self.tr(
            "MRZ read from the scan: check every character against the document and correct "
            "it here."
        )
        if result.doubtful:
            text += " " + self.tr("Characters read with doubt: {n}.").format(n=result.doubtful)
        text += " " + (
            self.tr("Its check digits agree.")
            if verdict.valid
            else self.tr("Its check digits do not agree: {problems}").format(
                problems="; ".join(verdict.problems)
            )
        )
        self._tell_mrz(specimen_id, text)

    def _tell_mrz(self, specimen_id: str, text: str) -> None:
        self._mrz_status_for = specimen_id
        if self.document.current is not None and self.document.current.id == specimen_id:
            self.mrz_status.setText(text)
        self.statusBar().showMessage(text, 10000)
        self.mrz_read.emit(text)

    # --- saving --------------------------------------------------------------------------

    def autosave(self) -> bool:
        """Write the draft if it changed since the last save (atomic). False when it failed."""
        if self.document.revision == self._saved_revision:
            return True
        try:
            self.document.folder.save(self.document.draft)
        except OSError as exc:
            self.save_label.setText(self.tr("Autosave failed: {reason}").format(reason=exc))
            return False
        self._saved_revision = self.document.revision
        self.save_label.setText(self.tr("Autosaved"))
        return True

    def edit_pack_settings(self) -> None:
        dialog = PackSettingsDialog(self.document.draft, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            updated = dialog.draft()
            self.document.edit(self.tr("Pack settings"), lambda _d: updated)

    def save_pack(self) -> None:
        target = self.document.draft.saved_to
        if target:
            self.export_to(Path(target))
        else:
            self.export_pack_as()

    def export_pack_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export pack"),
            f"{self.document.draft.pack_id}.zip",
            self.tr("Pack file (*.zip)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, dest: Path) -> None:
        """Export the draft to ``dest`` on a worker; ``exported`` tells the result."""
        self._specimen_fields_edited()  # text still being typed counts
        self.last_error = ""
        draft = self.document.draft
        # Every reason at once: a region to redact may also lack its feature.
        reasons = []
        missing = unredacted_personal_data(draft.specimens) if draft.share else []
        if missing:
            reasons.append(
                self.tr("This pack is marked for sharing, but personal data is not redacted:")
                + "\n"
                + "\n".join(str(m) for m in missing)
            )
        unnamed = regions_without_feature(draft.specimens)
        if unnamed:
            reasons.append(
                self.tr("Choose a feature (Region tab) for every region before export:")
                + "\n"
                + "\n".join(
                    self.tr("{title} ({id}): region {region}").format(
                        title=title, id=sid, region=rid
                    )
                    for sid, title, rid in unnamed
                )
            )
        if reasons:
            self._export_failed("\n\n".join(reasons))
            return
        if not self._real_faces_agreed(draft):
            self._export_failed(self.tr("Not exported: the pack holds photos of real faces."))
            return
        folder = self.document.folder
        self.statusBar().showMessage(self.tr("Exporting {path}…").format(path=dest))

        def work() -> str:
            try:
                export_pack(folder, draft, dest)
            except (SharingRefused, FeatureMissing) as exc:
                return "refused:" + str(exc)
            except PackError as exc:
                problems = getattr(exc, "problems", ())
                detail = "\n".join(str(p) for p in problems[:10])
                return "refused:" + str(exc) + ("\n" + detail if detail else "")
            except OSError as exc:
                return f"refused:{dest}: {exc.strerror or exc}"
            return str(dest)

        self._run(work, self._export_done)

    def _real_faces_agreed(self, draft: PackDraft) -> bool:
        """Warn before a pack with photos of real people leaves the studio; True to go on."""
        faces = real_face_specimens(draft.specimens)
        if not faces:
            self.last_warning = ""
            return True
        text = self.tr(
            "This pack holds photos of real people's faces (the photo sets {titles}). Faces "
            "are personal data: export it only for the class whose members agreed, and do "
            "not pass the file on."
        ).format(titles=", ".join(s.title for s in faces))
        if draft.share:
            text += " " + self.tr(
                "It is marked for sharing with others: remove the photo sets first unless "
                "everyone shown agreed to that too."
            )
        self.last_warning = text
        answer = QMessageBox.question(
            self,
            self.tr("Real faces in the pack"),
            text + "\n\n" + self.tr("Export anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _export_done(self, result: str) -> None:
        if result.startswith("refused:"):
            self._export_failed(result.removeprefix("refused:"))
            return
        self.document.set_draft(replace(self.document.draft, saved_to=result))
        self.autosave()
        self.statusBar().showMessage(self.tr("Pack written to {path}").format(path=result), 8000)
        self.exported.emit(result)

    def _export_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("The pack was not exported."), 8000)
        self.last_error = message
        QMessageBox.warning(self, self.tr("Export pack"), message)
        self.exported.emit("")

    def import_pack_folder(self) -> None:
        """File > Import pack folder…: a pack that is a folder (e.g. a generated one)."""
        name = QFileDialog.getExistingDirectory(self, self.tr("Import pack folder"))
        if name:
            self.import_pack(Path(name))

    def import_pack(self, path: Path | None = None) -> None:
        """Merge a pack (folder or zip) into the draft: no duplicates, nothing lost."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import pack"),
                "",
                self.tr("Pack file (*.zip);;pack.json (pack.json)"),
            )
            if not name:
                return
            path = Path(name)
            if path.name == "pack.json":
                path = path.parent

        def work() -> Any:
            try:
                return read_pack(path)
            except PackError as exc:
                return str(exc)

        def done(result: Any) -> None:
            if isinstance(result, str):
                self.statusBar().showMessage(self.tr("The pack was not imported."), 8000)
                self.last_error = result
                QMessageBox.warning(self, self.tr("Import pack"), result)
                self.pack_imported.emit("")
                return
            if result.sealed:
                # A sealed exam pack's truth is encrypted: merging it would put specimens with no
                # verdict and no regions into the draft, and no exercise could be authored on them.
                message = self.tr(
                    "{path}: this is a sealed exam pack: its answer key is sealed, so its"
                    " specimens cannot be edited. Import the pack it was sealed from."
                ).format(path=path)
                self.statusBar().showMessage(self.tr("The pack was not imported."), 8000)
                self.last_error = message
                QMessageBox.warning(self, self.tr("Import pack"), message)
                self.pack_imported.emit("")
                return
            report = merge_pack(self.document.folder, self.document.draft, result)
            # The pack's own translations come along (a text the draft already translates
            # keeps the draft's translation).
            translation_problems = merge_translations(self.document.folder, result)
            self.document.edit(self.tr("Import pack"), lambda _d: report.draft)
            summary = self.tr("Specimens added: {added}; already here: {skipped}").format(
                added=len(report.added), skipped=len(report.skipped)
            )
            self.statusBar().showMessage(summary, 8000)
            self.autosave()
            if translation_problems:
                self.last_error = "\n".join(translation_problems)
                QMessageBox.warning(
                    self,
                    self.tr("Import pack"),
                    self.tr(
                        "The pack's specimens and exercises were imported, but not all "
                        "of its translations:"
                    )
                    + "\n"
                    + self.last_error,
                )
            self.pack_imported.emit(summary)

        self._run(work, done)

    def _run(self, work: Any, done: Any) -> None:
        self._background.run(work, done, lambda exc: done(f"refused:{type(exc).__name__}: {exc}"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._specimen_fields_edited()
        if not self.autosave():
            answer = QMessageBox.question(
                self,
                self.tr("Instructor studio"),
                self.tr("Your work could not be saved. Close anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.autosave_timer.stop()
        mark_open(False)
        super().closeEvent(event)


class PackSettingsDialog(QDialog):
    def __init__(self, draft: PackDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pack settings"))
        self._draft = draft
        self.id_edit = QLineEdit(draft.pack_id)
        self.title_edit = QLineEdit(draft.title)
        self.version_edit = QLineEdit(draft.version)
        self.description_edit = QPlainTextEdit(draft.description)
        self.share_box = QCheckBox(
            self.tr("For sharing with others (personal data must be redacted)")
        )
        self.share_box.setChecked(draft.share)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Id"), self.id_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Version"), self.version_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.share_box)
        form.addRow(buttons)

    def draft(self) -> PackDraft:
        return replace(
            self._draft,
            pack_id=self.id_edit.text().strip() or self._draft.pack_id,
            title=self.title_edit.text().strip() or self._draft.title,
            version=self.version_edit.text().strip() or self._draft.version,
            description=self.description_edit.toPlainText().strip(),
            share=self.share_box.isChecked(),
        )
