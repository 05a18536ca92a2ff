"""Making and editing a lesson plan in the app: steps with their kind, timing, notes and text;
an exercise for the seats; a specimen on the projector with its light, tilt and the regions to
reveal in order; a debrief. Saved as a ``.lesson`` file (model/lesson_plan.py), checked by the
same parser that reads it, so what is saved is what presenter mode runs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from docinspect.i18n import LANGUAGES, translate_message
from docinspect.model.exercise import Recipe
from docinspect.model.lesson_plan import (
    DEFAULT_DEBRIEF_ITEMS,
    MAX_STEP_MINUTES,
    SUFFIX,
    LessonPlan,
    LessonPlanError,
    PackSpecimenRef,
    Step,
    StepKind,
    lesson_plan_to_data,
    parse_lesson_plan,
    write_lesson_plan,
)
from docinspect.model.light import MAX_TILT_DEG, Light
from docinspect.model.region import Role
from docinspect.model.specimen import Specimen
from docinspect.training.content_language import content_language
from docinspect.training.explanation_language import translate_page_label, translate_title
from docinspect.ui.inspect.pages import BEFORE_DATA_PAGE, DATA_PAGE
from docinspect.ui.names import light_label
from docinspect.ui.screen_fit import fit_on_screen
from docinspect.ui.taxonomy_text import feature_name
from docinspect.ui.translation_table import TranslationsDialog, language_name


def user_plans_dir() -> Path:
    """Where lesson plans made in the app are saved by default (beside the user's results)."""
    from docinspect.userdata import data_dir

    path = data_dir() / "lesson-plans"
    path.mkdir(parents=True, exist_ok=True)
    return path


class LessonPlanEditor(QDialog):
    """Edit ``plan`` (None: a new one). ``packs`` offer their specimens to presenter steps;
    ``exercises`` are (id, title) of what an exercise step may name."""

    #: The plan was saved: the path written.
    saved = Signal(str)

    def __init__(
        self,
        plan: LessonPlan | None = None,
        *,
        packs: Sequence[Any] = (),
        exercises: Sequence[tuple[str, str]] = (),
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lesson plan"))
        self._packs = [p for p in packs if p is not None]
        self._exercises = list(exercises)
        self.path = path
        #: The last problem shown when saving ("" when none).
        self.last_error = ""
        self._plan_id = plan.id if plan is not None else ""
        self._plan_extra = dict(plan.extra) if plan is not None else {}
        #: The plan's own translations (language -> English -> translation), decision 0034.
        self.translations: dict[str, dict[str, str]] = (
            {k: dict(v) for k, v in plan.translations.items()} if plan is not None else {}
        )
        self.steps: list[Step] = list(plan.steps) if plan is not None else []
        self._build(plan)
        self._refresh_steps(0 if self.steps else -1)
        self._refresh_translations()
        fit_on_screen(self, 1000, 680)

    # --- building ------------------------------------------------------------------------

    def _build(self, plan: LessonPlan | None) -> None:
        self.title_edit = QLineEdit(plan.title if plan is not None else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. UV and the paper, first morning"))
        self.summary_edit = QLineEdit(plan.summary if plan is not None else "")
        self.step_list = QListWidget()
        self.step_list.setObjectName("planSteps")
        self.step_list.currentRowChanged.connect(self._show_step)
        self.new_kind = QComboBox()
        for kind in StepKind:
            self.new_kind.addItem(self.kind_name(kind), kind.value)
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.clicked.connect(
            lambda: self.add_step(StepKind(self.new_kind.currentData()))
        )
        self.remove_button = QPushButton(self.tr("Remove step"))
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.total_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Steps")))
        left_layout.addWidget(self.step_list, 1)
        left_layout.addWidget(self.total_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_kind, 1)
        add_row.addWidget(self.add_button)
        left_layout.addLayout(add_row)
        move_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            move_row.addWidget(button)
        left_layout.addLayout(move_row)

        # The selected step's fields; rows that do not fit its kind are hidden.
        self.step_title = QLineEdit()
        self.kind_label = QLabel()
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0.5, MAX_STEP_MINUTES)
        self.minutes.setDecimals(1)
        self.minutes.setSuffix(self.tr(" min"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("For you only: never on the projector"))
        self.notes.setMaximumHeight(90)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("What the class reads; an empty line starts a new paragraph")
        )
        self.exercise = QComboBox()
        for exercise_id, title in self._exercises:
            self.exercise.addItem(f"{title} ({exercise_id})", exercise_id)
        self.specimen = QComboBox()
        self.specimen.addItem(self.tr("(choose a specimen)"), None)
        for pack in self._packs:
            for specimen in pack.specimens:
                self.specimen.addItem(
                    self.tr("{pack}: {title}").format(
                        pack=translate_title(pack.title), title=translate_title(specimen.title)
                    ),
                    PackSpecimenRef(pack.id, specimen.id).key(),
                )
        # A booklet opens at the page the step names (the data page unless another is chosen).
        self.page = QComboBox()
        self.page.setObjectName("pageChoice")
        self.light = QComboBox()
        for light in Light:
            self.light.addItem(light_label(light), light.value)
        self.tilt = QDoubleSpinBox()
        self.tilt.setRange(-MAX_TILT_DEG, MAX_TILT_DEG)
        self.tilt.setSuffix("°")
        self.tilt_away = QDoubleSpinBox()
        self.tilt_away.setObjectName("tiltAway")
        self.tilt_away.setRange(-MAX_TILT_DEG, MAX_TILT_DEG)
        self.tilt_away.setSuffix("°")
        self.reveal = QListWidget()
        self.reveal.setObjectName("revealList")
        self.reveal.setMaximumHeight(150)
        self.reveal_up = QPushButton(self.tr("Earlier"))
        self.reveal_up.clicked.connect(lambda: self._move_reveal(-1))
        self.reveal_down = QPushButton(self.tr("Later"))
        self.reveal_down.clicked.connect(lambda: self._move_reveal(1))
        reveal_box = QWidget()
        reveal_layout = QVBoxLayout(reveal_box)
        reveal_layout.setContentsMargins(0, 0, 0, 0)
        reveal_layout.addWidget(self.reveal)
        reveal_buttons = QHBoxLayout()
        reveal_buttons.addWidget(self.reveal_up)
        reveal_buttons.addWidget(self.reveal_down)
        reveal_buttons.addStretch(1)
        reveal_layout.addLayout(reveal_buttons)
        self.items = QSpinBox()
        self.items.setRange(1, 50)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Step title"), self.step_title)
        self.form.addRow(self.tr("Kind"), self.kind_label)
        self.form.addRow(self.tr("Planned time"), self.minutes)
        self.form.addRow(self.tr("Exercise"), self.exercise)
        self.form.addRow(self.tr("Specimen"), self.specimen)
        self.form.addRow(self.tr("Page at first"), self.page)
        self.form.addRow(self.tr("Light at first"), self.light)
        self.form.addRow(self.tr("Tilt at first"), self.tilt)
        self.form.addRow(self.tr("Top edge away at first"), self.tilt_away)
        self.form.addRow(self.tr("Reveal, in order (ticked)"), reveal_box)
        self.form.addRow(self.tr("Most-missed items"), self.items)
        self.form.addRow(self.tr("Text"), self.text)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.step_form = QWidget()
        self.step_form.setLayout(self.form)

        self.step_title.textEdited.connect(lambda _t: self._edited())
        self.minutes.valueChanged.connect(lambda _v: self._edited())
        self.notes.textChanged.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.exercise.activated.connect(lambda _i: self._edited())
        self.specimen.activated.connect(lambda _i: self._specimen_chosen())
        self.page.activated.connect(lambda _i: self._page_chosen())
        self.light.activated.connect(lambda _i: self._edited())
        self.tilt.valueChanged.connect(lambda _v: self._edited())
        self.tilt_away.valueChanged.connect(lambda _v: self._edited())
        self.reveal.itemChanged.connect(lambda _item: self._edited())
        self.items.valueChanged.connect(lambda _v: self._edited())

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.step_form)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 680])
        self.problem_label = QLabel()
        self.problem_label.setObjectName("planProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.save_as_button.clicked.connect(lambda: self.save(ask=True))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_as_button)
        buttons.addWidget(close)
        # The plan's texts in the class's languages: which are missing, and the table to
        # type them in (saved in the plan file with the rest, decision 0034).
        self.translation_label = QLabel()
        self.translation_label.setObjectName("planTranslations")
        self.translation_label.setWordWrap(True)
        self.translations_button = QPushButton(self.tr("Translations…"))
        self.translations_button.setObjectName("planTranslationsButton")
        self.translations_button.setToolTip(
            self.tr("Type the Russian and Bulgarian of the plan's titles, texts and notes")
        )
        self.translations_button.clicked.connect(lambda: self.edit_translations())
        translation_row = QHBoxLayout()
        translation_row.addWidget(self.translation_label, 1)
        translation_row.addWidget(self.translations_button)
        self.title_edit.textEdited.connect(lambda _t: self._refresh_translations())
        self.summary_edit.textEdited.connect(lambda _t: self._refresh_translations())
        head = QFormLayout()
        head.addRow(self.tr("Title"), self.title_edit)
        head.addRow(self.tr("Summary"), self.summary_edit)
        head.addRow(self.tr("Translations"), translation_row)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def kind_name(self, kind: StepKind) -> str:
        return {
            StepKind.LESSON: self.tr("Lesson (text on the projector)"),
            StepKind.PRESENTER: self.tr("Specimen on the projector"),
            StepKind.EXERCISE: self.tr("Exercise at the seats"),
            StepKind.DEBRIEF: self.tr("Debrief (most-missed items)"),
        }[kind]

    # --- the steps -----------------------------------------------------------------------

    def _refresh_steps(self, row: int) -> None:
        with QSignalBlocker(self.step_list):
            self.step_list.clear()
            for step in self.steps:
                self.step_list.addItem(
                    self.tr("{title} — {minutes} min").format(
                        title=step.title or self.tr("(untitled)"), minutes=f"{step.minutes:g}"
                    )
                )
        total = sum(s.minutes for s in self.steps)
        self.total_label.setText(self.tr("Planned: {minutes} min").format(minutes=f"{total:g}"))
        self._refresh_translations()
        self.step_list.setCurrentRow(row)
        self._show_step(row)

    def add_step(self, kind: StepKind) -> Step:
        """A new step of ``kind`` after the current one, selected for editing."""
        taken = {s.id for s in self.steps}
        n = len(self.steps) + 1
        while f"step-{n}" in taken:
            n += 1
        fields: dict[str, Any] = {}
        if kind is StepKind.EXERCISE and self._exercises:
            fields["exercise"] = self._exercises[0][0]
        if kind is StepKind.DEBRIEF:
            fields["items"] = DEFAULT_DEBRIEF_ITEMS
        step = Step(
            id=f"step-{n}",
            kind=kind,
            title=self.kind_name(kind).split(" (")[0],
            minutes=10.0,
            **fields,
        )
        row = self.step_list.currentRow() + 1 if self.steps else 0
        self.steps.insert(row, step)
        self._refresh_steps(row)
        return step

    def remove_step(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._refresh_steps(min(row, len(self.steps) - 1))

    def move_step(self, by: int) -> None:
        row = self.step_list.currentRow()
        to = row + by
        if 0 <= row < len(self.steps) and 0 <= to < len(self.steps):
            self.steps[row], self.steps[to] = self.steps[to], self.steps[row]
            self._refresh_steps(to)

    def _show_step(self, row: int) -> None:
        step = self.steps[row] if 0 <= row < len(self.steps) else None
        self.step_form.setEnabled(step is not None)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(step is not None)
        if step is None:
            return
        inputs = (
            self.step_title,
            self.minutes,
            self.notes,
            self.text,
            self.exercise,
            self.specimen,
            self.page,
            self.light,
            self.tilt,
            self.tilt_away,
            self.reveal,
            self.items,
        )
        blockers = [QSignalBlocker(w) for w in inputs]
        self.step_title.setText(step.title)
        self.kind_label.setText(self.kind_name(step.kind))
        self.minutes.setValue(step.minutes)
        self.notes.setPlainText(step.notes)
        self.text.setPlainText("\n\n".join(step.text))
        if step.kind is StepKind.EXERCISE:
            index = self.exercise.findData(step.exercise)
            if index < 0 and step.exercise:
                self.exercise.addItem(str(step.exercise), step.exercise)
                index = self.exercise.count() - 1
            self.exercise.setCurrentIndex(index)
        if step.kind is StepKind.PRESENTER:
            self._show_specimen(step)
            self.light.setCurrentIndex(self.light.findData(step.light.value))
            self.tilt.setValue(step.tilt_deg)
            self.tilt_away.setValue(step.tilt_away_deg)
        self.items.setValue(step.items)
        del blockers
        shown = {
            self.exercise: step.kind is StepKind.EXERCISE,
            self.specimen: step.kind is StepKind.PRESENTER,
            self.page: step.kind is StepKind.PRESENTER and self.page.count() > 1,
            self.light: step.kind is StepKind.PRESENTER,
            self.tilt: step.kind is StepKind.PRESENTER,
            self.tilt_away: step.kind is StepKind.PRESENTER,
            self.reveal.parentWidget(): step.kind is StepKind.PRESENTER,
            self.items: step.kind is StepKind.DEBRIEF,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)

    def _show_specimen(self, step: Step) -> None:
        if isinstance(step.specimen, PackSpecimenRef):
            index = self.specimen.findData(step.specimen.key())
            if index < 0:
                label = self.tr("{pack}: {id} (pack not open)").format(
                    pack=step.specimen.pack, id=step.specimen.id
                )
                self.specimen.addItem(label, step.specimen.key())
                index = self.specimen.count() - 1
        elif isinstance(step.specimen, Recipe):
            key = "recipe:" + step.id
            index = self.specimen.findData(key)
            if index < 0:
                self.specimen.addItem(self.tr("A generated specimen (as the plan says)"), key)
                index = self.specimen.count() - 1
        else:
            index = 0
        self.specimen.setCurrentIndex(index)
        self._fill_pages(step)
        self._fill_reveal(step)

    def _specimen_of(self, ref: Any) -> Specimen | None:
        if not isinstance(ref, PackSpecimenRef):
            return None
        for pack in self._packs:
            if pack.id == ref.pack:
                for specimen in pack.specimens:
                    if specimen.id == ref.id:
                        return specimen
        return None

    def _regions_of(self, ref: Any, page_id: str = "") -> list[Any]:
        specimen = self._specimen_of(ref)
        if specimen is None:
            return []
        page = next((p for p in specimen.pages if p.id == page_id), None)
        if page is None:
            return list(specimen.taught_regions())
        return [r for r in page.regions if r.role is not Role.REDACTION]

    def _fill_pages(self, step: Step) -> None:
        """A booklet's pages in booklet order, the step's page chosen; empty for a document of
        one page (the row is then hidden)."""
        specimen = self._specimen_of(step.specimen)
        pages = specimen.pages if specimen is not None else ()
        before = [p for p in pages if p.extra.get(BEFORE_DATA_PAGE) is True]
        after = [p for p in pages if p.extra.get(BEFORE_DATA_PAGE) is not True]
        with QSignalBlocker(self.page):
            self.page.clear()
            if not pages:
                return
            for page in before:
                self.page.addItem(translate_page_label(page.label), page.id)
            self.page.addItem(self.tr("Data page"), DATA_PAGE)
            for page in after:
                self.page.addItem(translate_page_label(page.label), page.id)
            index = self.page.findData(str(step.extra.get("page", DATA_PAGE)))
            self.page.setCurrentIndex(index if index >= 0 else self.page.findData(DATA_PAGE))

    def _fill_reveal(self, step: Step) -> None:
        """The regions of the step's page, those revealed first in the plan's order (ticked)."""
        regions = {
            r.id: r for r in self._regions_of(step.specimen, str(step.extra.get("page", "")))
        }
        order = list(step.reveal) + [rid for rid in regions if rid not in step.reveal]
        with QSignalBlocker(self.reveal):
            self.reveal.clear()
            for key in order:
                region = regions.get(key)
                if region is None:  # a feature id, or a region this copy of the pack lacks
                    label = feature_name(key)
                else:
                    role = (
                        self.tr("indicator")
                        if region.role is Role.FORGERY_INDICATOR
                        else self.tr("feature")
                    )
                    label = self.tr("{id}: {feature} ({role})").format(
                        id=region.id, feature=feature_name(region.feature), role=role
                    )
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if key in step.reveal else Qt.CheckState.Unchecked
                )
                self.reveal.addItem(item)

    def _move_reveal(self, by: int) -> None:
        row = self.reveal.currentRow()
        to = row + by
        if 0 <= row < self.reveal.count() and 0 <= to < self.reveal.count():
            with QSignalBlocker(self.reveal):
                item = self.reveal.takeItem(row)
                self.reveal.insertItem(to, item)
                self.reveal.setCurrentRow(to)
            self._edited()

    def _specimen_chosen(self) -> None:
        row = self.step_list.currentRow()
        if not 0 <= row < len(self.steps):
            return
        # Another specimen: its own regions are offered, none ticked yet; a step still named
        # after its kind is named after the specimen.
        step = self._step_from_form(self.steps[row])
        extra = {k: v for k, v in step.extra.items() if k != "page"}  # opens at its data page
        step = replace(step, reveal=(), extra=extra)
        if step.title == self.kind_name(step.kind).split(" (")[0]:
            title = self.specimen.currentText().partition(": ")[2]
            step = replace(step, title=title or step.title)
            with QSignalBlocker(self.step_title):
                self.step_title.setText(step.title)
        self.steps[row] = step
        self._fill_pages(step)
        self.form.setRowVisible(self.page, self.page.count() > 1)
        self._fill_reveal(self.steps[row])
        self._edited()

    def _page_chosen(self) -> None:
        row = self.step_list.currentRow()
        if not 0 <= row < len(self.steps):
            return
        # Another page: its own regions are offered, none ticked yet.
        self.steps[row] = replace(self._step_from_form(self.steps[row]), reveal=())
        self._fill_reveal(self.steps[row])
        self._edited()

    def _step_from_form(self, step: Step) -> Step:
        paragraphs = tuple(
            p.strip() for p in re.split(r"\n\s*\n", self.text.toPlainText()) if p.strip()
        )
        fields: dict[str, Any] = {
            "title": self.step_title.text().strip(),
            "minutes": float(self.minutes.value()),
            "notes": self.notes.toPlainText().strip(),
            "text": paragraphs,
        }
        if step.kind is StepKind.EXERCISE:
            fields["exercise"] = self.exercise.currentData()
        elif step.kind is StepKind.PRESENTER:
            key = self.specimen.currentData()
            if key is None:
                fields["specimen"] = None
            elif str(key).startswith("pack:"):
                pack, _, specimen_id = str(key).removeprefix("pack:").partition("/")
                fields["specimen"] = PackSpecimenRef(pack, specimen_id)
            fields["light"] = Light(self.light.currentData())
            fields["tilt_deg"] = float(self.tilt.value())
            fields["tilt_away_deg"] = float(self.tilt_away.value())
            # "page" is kept in the step's extra keys (what the presenter reads); the data page
            # is the default and is not written.
            extra = {k: v for k, v in step.extra.items() if k != "page"}
            page = self.page.currentData() if self.page.count() > 1 else None
            if page:
                extra["page"] = str(page)
            fields["extra"] = extra
            fields["reveal"] = tuple(
                str(self.reveal.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.reveal.count())
                if self.reveal.item(i).checkState() == Qt.CheckState.Checked
            )
        elif step.kind is StepKind.DEBRIEF:
            fields["items"] = int(self.items.value())
        return replace(step, **fields)

    def _edited(self) -> None:
        row = self.step_list.currentRow()
        if not 0 <= row < len(self.steps):
            return
        self.steps[row] = self._step_from_form(self.steps[row])
        item = self.step_list.item(row)
        step = self.steps[row]
        item.setText(
            self.tr("{title} — {minutes} min").format(
                title=step.title or self.tr("(untitled)"), minutes=f"{step.minutes:g}"
            )
        )
        total = sum(s.minutes for s in self.steps)
        self.total_label.setText(self.tr("Planned: {minutes} min").format(minutes=f"{total:g}"))
        self._refresh_translations()

    # --- the plan and saving -------------------------------------------------------------

    def plan(self) -> LessonPlan:
        """The plan as the dialog shows it (not yet checked)."""
        title = self.title_edit.text().strip()
        plan_id = self._plan_id or _slug(title) or "my-lesson"
        return LessonPlan(
            id=plan_id,
            title=title,
            steps=tuple(self.steps),
            summary=self.summary_edit.text().strip(),
            translations={k: dict(v) for k, v in self.translations.items() if v},
            extra=self._plan_extra,
        )

    # --- translations --------------------------------------------------------------------

    def translation_rows(self) -> list[tuple[str, str]]:
        """(English text, where it is used) of every text of the plan, each once."""
        rows: dict[str, str] = {}

        def add(text: str, where: str) -> None:
            if text and text.strip() and text not in rows:
                rows[text] = where

        add(self.title_edit.text().strip(), self.tr("Plan: title"))
        add(self.summary_edit.text().strip(), self.tr("Plan: summary"))
        for step in self.steps:
            name = step.title or step.id
            add(step.title, self.tr("Step “{step}”: title").format(step=name))
            for n, paragraph in enumerate(step.text, 1):
                add(paragraph, self.tr("Step “{step}”: paragraph {n}").format(step=name, n=n))
            add(step.notes, self.tr("Step “{step}”: your notes").format(step=name))
        return list(rows.items())

    def missing_translations(self, language: str) -> list[str]:
        """The plan's texts without a translation into ``language``."""
        known = self.translations.get(language, {})
        return [english for english, _where in self.translation_rows() if not known.get(english)]

    def _refresh_translations(self) -> None:
        rows = self.translation_rows()
        if not rows:
            self.translation_label.setText("")
            return
        lines = []
        for code in LANGUAGES:
            name = language_name(code)
            lacking = len(self.missing_translations(code))
            if lacking:
                lines.append(
                    self.tr("{language}: {n} of {total} texts not translated")
                    .replace("{language}", name)
                    .format(n=lacking, total=len(rows))
                )
            else:
                lines.append(self.tr("{language}: all translated").replace("{language}", name))
        self.translation_label.setText("   ".join(lines))

    def edit_translations(self) -> TranslationsDialog:
        """Open the table of the plan's texts and their translations (non-blocking); what is
        typed there is kept in the plan, and written with it when it is saved."""
        dialog = TranslationsDialog(
            self.translation_rows(),
            self.translations,
            intro=self.tr(
                "The plan's titles, texts and your notes, as written, and their Russian and "
                "Bulgarian. Presenter mode shows each in the language the app speaks, and as "
                "written when it has no translation (your notes then say so). Saved with "
                "the plan."
            ),
            parent=self,
        )

        def keep() -> None:
            for code, changes in dialog.changes().items():
                table = self.translations.setdefault(code, {})
                for english, text in changes.items():
                    if text:
                        table[english] = text
                    else:
                        table.pop(english, None)
            self._refresh_translations()
            self.problem_label.setText(self.tr("Translations changed: save the plan to keep them."))

        dialog.accepted.connect(keep)
        dialog.open()
        return dialog

    def problems(self) -> list[str]:
        """Everything that keeps the plan from running, each naming its step by title."""
        plan = self.plan()
        out = []
        if not self.steps:
            out.append(self.tr("Add at least one step."))
        for step in self.steps:
            if step.kind is StepKind.PRESENTER and step.specimen is None:
                out.append(
                    self.tr("{step}: choose the specimen to show.").format(
                        step=step.title or step.id
                    )
                )
        if out:
            return out
        try:
            parse_lesson_plan(
                lesson_plan_to_data(plan),
                file=plan.title or plan.id,
                exercise_ids={e for e, _t in self._exercises} or None,
            )
        except LessonPlanError as exc:
            for problem in exc.problems:
                where = problem.field
                match = re.match(r"steps\[(\d+)\]\.?(.*)", where)
                if match and int(match.group(1)) < len(self.steps):
                    step = self.steps[int(match.group(1))]
                    where = (step.title or step.id) + (
                        f" ({match.group(2)})" if match.group(2) else ""
                    )
                reason = translate_message(problem.reason, content_language())
                out.append(f"{where}: {reason}" if where else reason)
        return out

    def save(self, *, ask: bool = False) -> bool:
        """Check the plan and write it (asking where when it has no file yet, or ``ask``)."""
        problems = self.problems()
        if problems:
            self.last_error = "\n".join(problems)
            self.problem_label.setText(self.last_error)
            QMessageBox.warning(self, self.tr("Lesson plan not saved"), self.last_error)
            return False
        path = self.path
        if path is None or ask:
            suggested = user_plans_dir() / f"{self.plan().id}{SUFFIX}"
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save lesson plan"),
                str(suggested),
                self.tr("Lesson plans (*{suffix})").format(suffix=SUFFIX),
            )
            if not name:
                return False
            path = Path(name)
            if path.suffix != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the checked plan to ``path`` atomically; False (and a message) when not."""
        problems = self.problems()
        if problems:
            self.last_error = "\n".join(problems)
            self.problem_label.setText(self.last_error)
            return False
        try:
            write_lesson_plan(path, self.plan())
        except OSError as exc:
            self.last_error = f"{path}: {exc.strerror or exc}"
            self.problem_label.setText(self.last_error)
            QMessageBox.warning(self, self.tr("Lesson plan not saved"), self.last_error)
            return False
        self.path = path
        self.last_error = ""
        self.problem_label.setText(self.tr("Saved to {path}").format(path=path))
        self.saved.emit(str(path))
        return True


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
