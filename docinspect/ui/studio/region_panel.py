"""Properties of the selected region: feature, role, lights, magnification, explanation,
forgery method, personal data - each change reported as a new Region for an undoable edit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from docinspect.capture import is_redacted
from docinspect.model import Light, Region, Role, Taxonomy
from docinspect.model.light import MAX_POWER, MIN_POWER
from docinspect.ui.names import light_label
from docinspect.ui.taxonomy_text import feature_name, method_name

#: A pause in typing this long counts as an edit (undo step, autosave).
PAUSE_MS = 1500


class ExplanationEdit(QPlainTextEdit):
    """A text box that reports an edit when the user leaves it or stops typing for a moment,
    not at every key: text being typed reaches the draft (and its autosave) within seconds."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.editing_finished)
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if self.hasFocus():
            self._pause.start()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001 - Qt's event type
        super().focusOutEvent(event)
        self._pause.stop()
        self.editing_finished.emit()


class RegionPanel(QWidget):
    #: The region as edited here.
    region_edited = Signal(object)
    #: Redact the region's pixels: "black" or "blur".
    redact_requested = Signal(str)
    #: Open the translations with this explanation (as written) selected.
    translate_requested = Signal(str)

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._region: Region | None = None
        self.title = QLabel(self.tr("No region selected"))
        self.title.setWordWrap(True)
        self.feature = QComboBox()
        # A new region has no feature: the instructor chooses it (nothing pre-filled).
        self.feature.addItem(self.tr("(choose a feature)"), "")
        for feature in sorted(
            taxonomy.features.values(), key=lambda f: (f.category, feature_name(f.id))
        ):
            self.feature.addItem(feature_name(feature.id), feature.id)
        self.role = QComboBox()
        self.role.addItem(self.tr("Security feature"), Role.SECURITY_FEATURE.value)
        self.role.addItem(self.tr("Forgery indicator"), Role.FORGERY_INDICATOR.value)
        self.role.addItem(self.tr("Redaction only (not a feature)"), Role.REDACTION.value)
        self.method = QComboBox()
        self.method.addItem(self.tr("(none)"), "")
        for name, method_id in sorted((method_name(m), m) for m in taxonomy.methods):
            self.method.addItem(name, method_id)
        self.lights: dict[Light, QCheckBox] = {}
        lights_row = QHBoxLayout()
        for light in Light:
            box = QCheckBox(light_label(light))
            box.toggled.connect(self._lights_toggled)
            self.lights[light] = box
            lights_row.addWidget(box)
        lights_widget = QWidget()
        lights_widget.setLayout(lights_row)
        lights_row.setContentsMargins(0, 0, 0, 0)
        self.magnification = QDoubleSpinBox()
        self.magnification.setRange(MIN_POWER, MAX_POWER)
        self.magnification.setDecimals(1)
        self.magnification.setSuffix("×")
        self.explanation = ExplanationEdit()
        self.explanation.setPlaceholderText(
            self.tr("What a trainee should see here, and why it matters")
        )
        self.explanation.setMinimumHeight(90)
        # The explanation in the trainees' languages (i18n/<language>.po of the draft,
        # decision 0034): which translations are missing, and where to type them.
        self.translation_state = QLabel()
        self.translation_state.setObjectName("regionTranslationState")
        self.translation_state.setWordWrap(True)
        self.translate_button = QPushButton(self.tr("Translate…"))
        self.translate_button.setToolTip(
            self.tr("Type the Russian and Bulgarian of this explanation")
        )
        self.translate_button.clicked.connect(
            lambda: self.translate_requested.emit(self.explanation.toPlainText().strip())
        )
        translation_row = QHBoxLayout()
        translation_row.addWidget(self.translation_state, 1)
        translation_row.addWidget(self.translate_button)
        self.personal = QCheckBox(self.tr("Personal data of a real person"))
        self.redaction_state = QLabel()
        self.black_button = QPushButton(self.tr("Black out"))
        self.blur_button = QPushButton(self.tr("Blur"))
        self.black_button.clicked.connect(lambda: self.redact_requested.emit("black"))
        self.blur_button.clicked.connect(lambda: self.redact_requested.emit("blur"))
        redact_row = QHBoxLayout()
        redact_row.addWidget(self.redaction_state, 1)
        redact_row.addWidget(self.black_button)
        redact_row.addWidget(self.blur_button)

        form = QFormLayout()
        form.addRow(self.tr("Feature"), self.feature)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Forgery method"), self.method)
        form.addRow(self.tr("Seen under"), lights_widget)
        form.addRow(self.tr("Loupe power"), self.magnification)
        form.addRow(self.tr("Explanation"), self.explanation)
        form.addRow(self.tr("Translations"), translation_row)
        form.addRow(self.personal)
        form.addRow(redact_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addStretch(1)

        self.feature.activated.connect(self._feature_chosen)
        self.role.activated.connect(self._emit)
        self.method.activated.connect(self._emit)
        self.magnification.editingFinished.connect(self._emit)
        self.explanation.editing_finished.connect(self._emit)
        self.personal.toggled.connect(self._emit)
        self.show_region(None)

    def show_region(self, region: Region | None) -> None:
        """Fill the fields from ``region`` (None disables them)."""
        self._region = region
        blockers = [QSignalBlocker(w) for w in self._inputs()]
        enabled = region is not None
        for widget in self._inputs():
            widget.setEnabled(enabled)
        self.black_button.setEnabled(enabled)
        self.blur_button.setEnabled(enabled)
        self.translate_button.setEnabled(enabled and bool(region and region.explanation))
        if region is None:
            self.title.setText(
                self.tr(
                    "No region selected. Draw one with the rectangle (R), ellipse (E) or polygon (P) tool."
                )
            )
            self.redaction_state.setText("")
        else:
            self.title.setText(self.tr("Region {id}").format(id=region.id))
            self.feature.setCurrentIndex(max(0, self.feature.findData(region.feature)))
            self.role.setCurrentIndex(self.role.findData(region.role.value))
            self.method.setCurrentIndex(max(0, self.method.findData(region.method or "")))
            self.method.setEnabled(region.role is Role.FORGERY_INDICATOR)
            for light, box in self.lights.items():
                box.setChecked(light in region.lights)
            self.magnification.setValue(region.min_magnification)
            if self.explanation.toPlainText() != region.explanation:
                self.explanation.setPlainText(region.explanation)
            self.personal.setChecked(region.personal_data)
            self.redaction_state.setText(
                self.tr("Redacted")
                if is_redacted(region)
                else (self.tr("Not redacted") if region.personal_data else "")
            )
        del blockers

    def show_translation_state(self, text: str) -> None:
        """Say which languages the region's explanation is translated into ("" for none)."""
        self.translation_state.setText(text)

    def current_region(self) -> Region | None:
        """The region as the fields describe it."""
        if self._region is None:
            return None
        role = Role(self.role.currentData())
        lights = frozenset(light for light, box in self.lights.items() if box.isChecked())
        method = self.method.currentData() or None
        return replace(
            self._region,
            feature=str(self.feature.currentData()),
            role=role,
            lights=lights or self._region.lights,
            min_magnification=float(self.magnification.value()),
            explanation=self.explanation.toPlainText().strip(),
            method=method if role is Role.FORGERY_INDICATOR else None,
            personal_data=self.personal.isChecked(),
        )

    def _inputs(self) -> list[QWidget]:
        return [
            self.feature,
            self.role,
            self.method,
            self.magnification,
            self.explanation,
            self.personal,
            *self.lights.values(),
        ]

    def _feature_chosen(self) -> None:
        # A newly chosen feature brings the lights and loupe power it is usually seen with.
        feature = self._taxonomy.features.get(str(self.feature.currentData()))
        if feature is not None and self._region is not None:
            blockers = [QSignalBlocker(b) for b in self.lights.values()]
            for light, box in self.lights.items():
                box.setChecked(light in feature.lights)
            del blockers
            self.magnification.setValue(max(MIN_POWER, feature.min_magnification))
        self._emit()

    def _lights_toggled(self) -> None:
        if not any(box.isChecked() for box in self.lights.values()) and self._region is not None:
            # A region is seen under at least one light: put the last one back.
            sender = self.sender()
            if isinstance(sender, QCheckBox):
                with QSignalBlocker(sender):
                    sender.setChecked(True)
            return
        self._emit()

    def _emit(self) -> None:
        region = self.current_region()
        if region is not None and region != self._region:
            self._region = region
            self.region_edited.emit(region)
