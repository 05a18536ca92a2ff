"""Authoring an exercise from the draft's specimens, every question type of the practice
format, each previewed in the trainee's own question panel (and scored as a trainee's answer
would be, with the feedback they would read)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from docinspect.capture import DraftFolder, PackDraft
from docinspect.model import Light, Taxonomy
from docinspect.model.exercise import (
    MRZ_FIELDS,
    QUESTION_TYPES,
    ExerciseError,
    MrzQuestion,
    Question,
    parse_exercise,
)
from docinspect.training.feedback import explain
from docinspect.training.items import Item, ItemError, resolve_item
from docinspect.training.scoring import expected_mrz_field, score_answer
from docinspect.training.specimens import Located
from docinspect.ui.names import light_label
from docinspect.ui.practice.panel import QuestionPanel
from docinspect.ui.screen_fit import fit_on_screen
from docinspect.ui.taxonomy_text import feature_name

_TYPE_LABELS = {
    "verdict": QT_TRANSLATE_NOOP("ExerciseDialog", "Genuine or forged?"),
    "locate": QT_TRANSLATE_NOOP("ExerciseDialog", "Find the defect"),
    "identify": QT_TRANSLATE_NOOP("ExerciseDialog", "Which feature is this?"),
    "which_light": QT_TRANSLATE_NOOP("ExerciseDialog", "Under which light?"),
    "mrz": QT_TRANSLATE_NOOP("ExerciseDialog", "Which MRZ field is wrong?"),
    "compare": QT_TRANSLATE_NOOP("ExerciseDialog", "Compare with a genuine reference"),
}


class ExerciseDialog(QDialog):
    """Edit one exercise (a JSON object in the practice format) over the draft's specimens."""

    #: A question was previewed (tests wait for it).
    previewed = Signal(str)

    def __init__(
        self,
        draft: PackDraft,
        folder: DraftFolder,
        taxonomy: Taxonomy,
        exercise: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exercise"))
        self._draft = draft
        self._folder = folder
        self._taxonomy = taxonomy
        data = dict(exercise or {})
        self.questions: list[dict[str, Any]] = [dict(q) for q in data.get("questions", [])]
        self._base = data

        self.id_edit = QLineEdit(str(data.get("id", "")))
        self.id_edit.setPlaceholderText(self.tr("e.g. seized-uv-check"))
        self.title_edit = QLineEdit(str(data.get("title", "")))
        self.mode_combo = QComboBox()
        for mode, label in (
            ("practice", self.tr("Practice (feedback after each answer)")),
            ("exam", self.tr("Exam (results at the end)")),
            ("timed", self.tr("Timed (seconds per document)")),
        ):
            self.mode_combo.addItem(label, mode)
        self.mode_combo.setCurrentIndex(
            max(0, self.mode_combo.findData(data.get("mode", "practice")))
        )
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(3, 600)
        self.seconds.setValue(float(data.get("document_time_s", 20)))
        self.seconds.setSuffix(self.tr(" s"))
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0.0, 1.0)
        self.pass_mark.setSingleStep(0.05)
        self.pass_mark.setValue(float(data.get("pass_mark", 0.8)))

        self.question_list = QListWidget()
        self.question_list.currentRowChanged.connect(self._question_selected)
        self.type_combo = QComboBox()
        for qtype in QUESTION_TYPES:
            self.type_combo.addItem(self.tr(_TYPE_LABELS[qtype]), qtype)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.specimen_combo = QComboBox()
        self.reference_combo = QComboBox()
        for specimen in draft.specimens:
            label = f"{specimen.title} ({specimen.truth.verdict.value})"
            self.specimen_combo.addItem(label, specimen.id)
            self.reference_combo.addItem(label, specimen.id)
        self.specimen_combo.currentIndexChanged.connect(self._fill_features)
        self.feature_combo = QComboBox()
        self.light_combo = QComboBox()
        for light in Light:
            self.light_combo.addItem(light_label(light), light.value)
        self.input_combo = QComboBox()
        self.input_combo.addItem(self.tr("Click on the defect"), "click")
        self.input_combo.addItem(self.tr("Drag a box around it"), "drag")
        self.mrz_combo = QComboBox()
        self.mrz_combo.addItem(self.tr("(found from the MRZ's check digits)"), None)
        for name in MRZ_FIELDS:
            self.mrz_combo.addItem(name.replace("_", " "), name)
        self.prompt_edit = QLineEdit()
        self.prompt_edit.setPlaceholderText(self.tr("(the usual question for this type)"))
        add = QPushButton(self.tr("Add question"))
        add.clicked.connect(self.add_question)
        remove = QPushButton(self.tr("Remove question"))
        remove.clicked.connect(self._remove_question)
        self.update_button = QPushButton(self.tr("Update question"))
        self.update_button.setToolTip(
            self.tr("Replace the chosen question with what the form says (its id stays)")
        )
        self.update_button.clicked.connect(lambda: self.update_question())
        preview = QPushButton(self.tr("Preview as a trainee"))
        preview.clicked.connect(lambda: self.preview(self.question_list.currentRow()))

        self.form = QFormLayout()
        self.form.addRow(self.tr("Type"), self.type_combo)
        self.form.addRow(self.tr("Specimen"), self.specimen_combo)
        self.form.addRow(self.tr("Genuine reference"), self.reference_combo)
        self.form.addRow(self.tr("Feature"), self.feature_combo)
        self.form.addRow(self.tr("Light"), self.light_combo)
        self.form.addRow(self.tr("Answer by"), self.input_combo)
        self.form.addRow(self.tr("Wrong MRZ field"), self.mrz_combo)
        self.form.addRow(self.tr("Prompt"), self.prompt_edit)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(self.update_button)
        buttons_row.addWidget(remove)
        buttons_row.addWidget(preview)

        head = QFormLayout()
        head.addRow(self.tr("Id"), self.id_edit)
        head.addRow(self.tr("Title"), self.title_edit)
        head.addRow(self.tr("Mode"), self.mode_combo)
        head.addRow(self.tr("Seconds per document (timed)"), self.seconds)
        head.addRow(self.tr("Pass mark"), self.pass_mark)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(head)
        left_layout.addWidget(QLabel(self.tr("Questions")))
        left_layout.addWidget(self.question_list, 1)
        left_layout.addLayout(self.form)
        left_layout.addLayout(buttons_row)

        self.panel = QuestionPanel(taxonomy)
        self.panel.answered.connect(self._answered)
        self.preview_note = QLabel(
            self.tr("The preview is the trainee's own screen; answer it to see their feedback.")
        )
        self.preview_note.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_note)
        right_layout.addWidget(self.panel, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 780])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        # On a small screen the editor scrolls rather than pushing OK below the screen's edge.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._item: Item | None = None
        self._result: dict[str, Any] | None = None
        self._fill_features()
        self._type_changed()
        self._refresh_list()
        fit_on_screen(self, 1280, 820)

    # --- questions ---------------------------------------------------------------------

    def set_type(self, qtype: str) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData(qtype))

    def choose(self, combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        if index < 0:
            raise KeyError(data)
        combo.setCurrentIndex(index)

    def _type_changed(self) -> None:
        qtype = self.type_combo.currentData()
        shown = {
            "verdict": (),
            "compare": ("reference",),
            "locate": ("feature", "light", "input"),
            "identify": ("feature", "light"),
            "which_light": ("feature",),
            "mrz": ("mrz",),
        }[qtype]
        rows = {
            "reference": self.reference_combo,
            "feature": self.feature_combo,
            "light": self.light_combo,
            "input": self.input_combo,
            "mrz": self.mrz_combo,
        }
        for key, widget in rows.items():
            self.form.setRowVisible(widget, key in shown)
        self._fill_features()

    def _fill_features(self) -> None:
        """Features offered: those of the specimen's regions first (identify needs one)."""
        qtype = self.type_combo.currentData()
        specimen_id = self.specimen_combo.currentData()
        regions = ()
        if specimen_id:
            regions = self._draft.specimen(specimen_id).taught_regions()
        self.feature_combo.clear()
        if qtype == "locate":
            self.feature_combo.addItem(self.tr("(any defect)"), None)
        region_features = sorted({r.feature for r in regions if r.feature})
        for fid in region_features:
            self.feature_combo.addItem(self._feature_name(fid), fid)
        if qtype != "identify":
            for fid in sorted(self._taxonomy.features):
                if fid not in region_features:
                    self.feature_combo.addItem(self._feature_name(fid), fid)

    def _feature_name(self, fid: str) -> str:
        return feature_name(fid)

    def question_from_form(self) -> dict[str, Any]:
        """The question the form describes, in the exercise file's JSON form."""
        qtype = self.type_combo.currentData()
        q: dict[str, Any] = {"id": self._next_id(), "type": qtype}
        if qtype != "which_light" or self.specimen_combo.currentData():
            q["specimen"] = self.specimen_combo.currentData()
        if self.prompt_edit.text().strip():
            q["prompt"] = self.prompt_edit.text().strip()
        feature = self.feature_combo.currentData()
        if qtype == "compare":
            q["reference"] = self.reference_combo.currentData()
        elif qtype == "locate":
            if feature:
                q["feature"] = feature
            q["input"] = self.input_combo.currentData()
            q["light"] = self.light_combo.currentData()
        elif qtype == "identify":
            q["feature"] = feature
            q["choices"] = self._identify_choices(feature)
            q["light"] = self.light_combo.currentData()
            specimen = self._draft.specimen(q["specimen"])
            region = next((r for r in specimen.taught_regions() if r.feature == feature), None)
            if region is not None:
                q["region"] = region.id
        elif qtype == "which_light":
            q["feature"] = feature
        elif qtype == "mrz" and self.mrz_combo.currentData():
            q["answer"] = self.mrz_combo.currentData()
        return q

    def _identify_choices(self, feature: str | None) -> list[str]:
        if not feature:
            return []
        # The right feature and three of its own category, so the choice needs knowledge,
        # not elimination.
        category = self._taxonomy.features[feature].category
        same = sorted(
            f.id
            for f in self._taxonomy.features.values()
            if f.category is category and f.id != feature
        )
        others = sorted(f for f in self._taxonomy.features if f != feature and f not in same)
        return sorted([feature, *(same + others)[:3]])

    def _next_id(self) -> str:
        taken = {q.get("id") for q in self.questions}
        n = len(self.questions) + 1
        while f"q{n}" in taken:
            n += 1
        return f"q{n}"

    def add_question(self) -> bool:
        """Add the form's question after checking it can be asked about its specimen."""
        if not self.specimen_combo.count():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Import a specimen first."))
            return False
        question = self.question_from_form()
        problem = self._check(question)
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return False
        self.questions.append(question)
        self._refresh_list()
        self.question_list.setCurrentRow(len(self.questions) - 1)
        self.preview(len(self.questions) - 1)
        return True

    def _remove_question(self) -> None:
        row = self.question_list.currentRow()
        if 0 <= row < len(self.questions):
            del self.questions[row]
            self._refresh_list()

    def _refresh_list(self) -> None:
        self.question_list.clear()
        for q in self.questions:
            label = self.tr(_TYPE_LABELS.get(q.get("type", ""), q.get("type", "")))
            self.question_list.addItem(f"{q.get('id')}: {label} - {q.get('specimen', '')}")

    def _question_selected(self, row: int) -> None:
        if 0 <= row < len(self.questions):
            self.load_question(row)
            self.preview(row)

    def load_question(self, row: int) -> None:
        """Put question ``row`` in the form, to be changed and saved with Update question."""
        q = self.questions[row]
        self.set_type(str(q.get("type", "verdict")))
        for combo, key in (
            (self.specimen_combo, "specimen"),
            (self.reference_combo, "reference"),
            (self.light_combo, "light"),
            (self.input_combo, "input"),
            (self.mrz_combo, "answer"),
        ):
            index = combo.findData(q.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self._fill_features()
        index = self.feature_combo.findData(q.get("feature"))
        if index >= 0:
            self.feature_combo.setCurrentIndex(index)
        self.prompt_edit.setText(str(q.get("prompt", "")))

    def update_question(self, row: int | None = None) -> bool:
        """Replace question ``row`` (the chosen one) by the form's, checked as when added."""
        row = self.question_list.currentRow() if row is None else row
        if not 0 <= row < len(self.questions):
            return False
        question = self.question_from_form()
        question["id"] = self.questions[row].get("id", question["id"])
        problem = self._check(question)
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return False
        self.questions[row] = question
        self._refresh_list()
        with QSignalBlocker(self.question_list):
            self.question_list.setCurrentRow(row)
        self.preview(row)
        return True

    def _parsed(self, questions: list[dict[str, Any]]) -> tuple[Question, ...]:
        data = self.exercise_data(questions)
        return parse_exercise(
            data, file=f"exercises/{data['id']}.json", taxonomy=self._taxonomy
        ).questions

    def _check(self, question: dict[str, Any]) -> str:
        try:
            (parsed,) = self._parsed([question])[-1:]
            item = resolve_item(parsed, self._resolve)
            if isinstance(parsed, MrzQuestion) and item.specimen is not None:
                # Refused now, with the reason, rather than failing when a trainee meets it.
                if not item.specimen.mrz:
                    return self.tr(
                        "The specimen {id} has no MRZ text, so there is no MRZ field to ask "
                        "about. Type its MRZ on the Specimen tab (MRZ text) first."
                    ).format(id=item.specimen.id)
                expected_mrz_field(item)
        except ExerciseError as exc:
            return "\n".join(f"{p.field}: {p.reason}" for p in exc.problems)
        except ItemError as exc:
            return str(exc)
        return ""

    def _resolve(self, source: Any) -> Any:
        return self._draft.specimen(source.id)

    def _located(self, specimen_id: str) -> Located:
        return Located(self._draft.specimen(specimen_id), self._folder.specimen_dir(specimen_id))

    # --- preview ---------------------------------------------------------------------------

    def preview(self, row: int) -> bool:
        """Show question ``row`` in the trainee's question panel."""
        if not 0 <= row < len(self.questions):
            return False
        try:
            question = self._parsed(self.questions)[row]
            item = resolve_item(question, self._resolve)
        except (ExerciseError, ItemError) as exc:
            self.preview_note.setText(str(exc))
            return False
        located = self._located(item.specimen.id) if item.specimen is not None else None
        reference = self._located(item.reference.id) if item.reference is not None else None
        self._item = item
        self.panel.show_item(item, located, reference)
        self.previewed.emit(question.id)
        return True

    def _answered(self, answer: Any) -> None:
        if self._item is None:
            return
        try:
            outcome = score_answer(self._item, answer, taxonomy=self._taxonomy)
        except (ValueError, ItemError) as exc:
            self.preview_note.setText(str(exc))
            return
        self.panel.show_feedback(explain(self._item, outcome, taxonomy=self._taxonomy), outcome)

    # --- result --------------------------------------------------------------------------

    def exercise_data(self, questions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        title = self.title_edit.text().strip() or self.tr("Exercise")
        ident = self.id_edit.text().strip() or re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        data = {
            **self._base,
            "format": 1,
            "id": ident or "exercise",
            "title": title,
            "mode": self.mode_combo.currentData(),
            "pass_mark": round(self.pass_mark.value(), 2),
            "questions": list(self.questions if questions is None else questions),
        }
        if data["mode"] == "timed":
            data["document_time_s"] = self.seconds.value()
        else:
            data.pop("document_time_s", None)
        return data

    def finish(self) -> None:
        data = self.exercise_data()
        try:
            parse_exercise(data, file=f"exercises/{data['id']}.json", taxonomy=self._taxonomy)
        except ExerciseError as exc:
            QMessageBox.warning(
                self, self.windowTitle(), "\n".join(f"{p.field}: {p.reason}" for p in exc.problems)
            )
            return
        self._result = data
        self.accept()

    @property
    def result_exercise(self) -> dict[str, Any] | None:
        return self._result
