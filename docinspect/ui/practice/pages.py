"""The practice window's pages other than the question: picker, lesson, results, history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from docinspect.model.exercise import (
    Exercise,
    IdentifyQuestion,
    Mode,
    MrzQuestion,
    Question,
    WhichLightQuestion,
)
from docinspect.model.taxonomy import load_taxonomy
from docinspect.store import ExerciseSession, Trainee
from docinspect.training.attempt import AttemptRecord
from docinspect.training.feedback import Feedback
from docinspect.training.quiz import Results
from docinspect.ui.exercise_modes import mode_name
from docinspect.ui.names import verdict_name
from docinspect.ui.practice.feedback_text import (
    answer_text,
    feedback_text,
    light_name,
    mrz_field_name,
    right_answer_text,
)
from docinspect.ui.taxonomy_text import feature_name, method_name

MARK_NAMES = {
    "right": QT_TRANSLATE_NOOP("Mark", "right"),
    "wrong": QT_TRANSLATE_NOOP("Mark", "wrong"),
    "wrong_method": QT_TRANSLATE_NOOP("Mark", "forged, wrong method"),
    "false_accept": QT_TRANSLATE_NOOP("Mark", "forged document accepted"),
    "false_reject": QT_TRANSLATE_NOOP("Mark", "genuine document refused"),
    "missed": QT_TRANSLATE_NOOP("Mark", "missed the defect"),
    "timed_out": QT_TRANSLATE_NOOP("Mark", "time ran out"),
    "unscored": QT_TRANSLATE_NOOP("Mark", "awaits your instructor's scoring"),
}
#: Mark of an answer recorded without the answer key (training.scoring.Mark.UNSCORED).
UNSCORED = "unscored"


def mark_name(mark: str) -> str:
    return QCoreApplication.translate("Mark", MARK_NAMES.get(mark, mark))


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class PickerPage(QWidget):
    """Choose the trainee and the exercise; resume an interrupted one."""

    ADAPTIVE = "__adaptive__"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trainee = QComboBox()
        self.trainee.setObjectName("traineeChoice")
        self.trainee.setMinimumWidth(240)
        self.new_trainee = QPushButton(self.tr("New trainee…"))
        self.new_trainee.setObjectName("newTrainee")
        self.history = QPushButton(self.tr("My history"))
        self.history.setObjectName("historyButton")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Trainee:")))
        row.addWidget(self.trainee)
        row.addWidget(self.new_trainee)
        row.addStretch(1)
        row.addWidget(self.history)

        self.exercises = QListWidget()
        self.exercises.setObjectName("exerciseList")
        self.exercises.setSpacing(3)
        font = self.exercises.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.exercises.setFont(font)
        self.start = QPushButton(self.tr("Start"))
        self.start.setObjectName("startExercise")
        self.start.setDefault(True)
        self.unfinished = QListWidget()
        self.unfinished.setObjectName("unfinishedList")
        self.unfinished.setMaximumHeight(110)
        self.resume = QPushButton(self.tr("Resume"))
        self.resume.setObjectName("resumeExercise")
        self.discard = QPushButton(self.tr("Discard"))
        self.discard.setObjectName("discardExercise")
        self.discard.setToolTip(
            self.tr("No longer offer this exercise for resume (answers already given are kept)")
        )
        self.message = QLabel()
        self.message.setObjectName("pickerMessage")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Practice and exams")))
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Choose an exercise:")))
        layout.addWidget(self.exercises, 1)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Interrupted exercises you can resume:")))
        layout.addWidget(self.unfinished)
        resume_row = QHBoxLayout()
        resume_row.addStretch(1)
        resume_row.addWidget(self.discard)
        resume_row.addWidget(self.resume)
        layout.addLayout(resume_row)
        layout.addWidget(self.message)

    def set_exercises(
        self,
        exercises: Sequence[Exercise],
        *,
        groups: Sequence[tuple[str, Sequence[Exercise]]] = (),
    ) -> None:
        """List ``exercises`` (the built-in curriculum), then each group's (a pack's) under its
        heading. With no groups the list is the curriculum alone, without a heading."""
        self.exercises.clear()
        if groups:
            self._add_heading(self.tr("Built-in curriculum"))
        for ex in exercises:
            self._add_exercise(ex)
        for heading, members in groups:
            self._add_heading(heading)
            for ex in members:
                self._add_exercise(ex)
        item = QListWidgetItem(
            self.tr("Practise my weak points (made for you, adapts as you improve)")
        )
        item.setData(Qt.ItemDataRole.UserRole, self.ADAPTIVE)
        self.exercises.addItem(item)
        for row in range(self.exercises.count()):
            if self.exercises.item(row).data(Qt.ItemDataRole.UserRole) is not None:
                self.exercises.setCurrentRow(row)
                break

    def _add_exercise(self, ex: Exercise) -> None:
        text = self.tr("{module} — {title} ({mode}, {n} questions)").format(
            module=ex.module or ex.title,
            title=ex.title,
            mode=mode_name(ex.mode.value),
            n=len(ex.questions),
        )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, ex.id)
        item.setData(self.BASE_TEXT, text)
        self.exercises.addItem(item)

    #: Item data role of an exercise's text without its progress.
    BASE_TEXT = Qt.ItemDataRole.UserRole + 1

    def set_progress(self, sessions: Sequence[ExerciseSession]) -> None:
        """After each exercise, the trainee's progress in it: the best finished score and
        whether it passed, or that one is under way."""
        best: dict[str, ExerciseSession] = {}
        started: set[str] = set()
        for s in sessions:
            if s.finished and s.max_score:
                known = best.get(s.exercise_id)
                if known is None or (s.score or 0) / s.max_score > (known.score or 0) / (
                    known.max_score or 1
                ):
                    best[s.exercise_id] = s
            elif not s.finished and not s.discarded:
                started.add(s.exercise_id)
        for row in range(self.exercises.count()):
            item = self.exercises.item(row)
            exercise_id, base = item.data(Qt.ItemDataRole.UserRole), item.data(self.BASE_TEXT)
            if base is None:
                continue
            done = best.get(exercise_id)
            if done is not None:
                fraction = (done.score or 0) / (done.max_score or 1)
                mark = self.tr("passed") if done.passed else self.tr("not passed yet")
                extra = self.tr("best {f:.0%}, {mark}").format(f=fraction, mark=mark)
            elif exercise_id in started:
                extra = self.tr("under way")
            else:
                extra = ""
            item.setText(f"{base}   [{extra}]" if extra else base)

    def _add_heading(self, text: str) -> None:
        # A heading is not an exercise: it cannot be chosen, and carries no id.
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.exercises.font())
        font.setBold(True)
        item.setFont(font)
        self.exercises.addItem(item)

    def set_trainees(self, trainees: Sequence[Trainee], *, select=None) -> None:
        self.trainee.blockSignals(True)
        self.trainee.clear()
        for t in trainees:
            self.trainee.addItem(t.name, t.id)
        if select is not None:
            self.trainee.setCurrentIndex(max(0, self.trainee.findData(select)))
        self.trainee.blockSignals(False)
        self.trainee.currentIndexChanged.emit(self.trainee.currentIndex())

    def set_unfinished(self, sessions: Sequence[ExerciseSession]) -> None:
        self.unfinished.clear()
        for s in sessions:
            text = self.tr("{title} — started {when}, {done} of {total} answered").format(
                title=s.exercise_title,
                when=s.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                done=s.position,
                total=len(s.question_order),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.unfinished.addItem(item)
        if sessions:
            self.unfinished.setCurrentRow(0)
        self.resume.setEnabled(bool(sessions))
        self.discard.setEnabled(bool(sessions))


#: Issuing states of the generated documents, as the trainee reads them (fictional states).
STATE_NAMES = {
    "UTO": QT_TRANSLATE_NOOP("LessonPage", "Utopia"),
    "KDV": QT_TRANSLATE_NOOP("LessonPage", "Kaldavia"),
    "NRV": QT_TRANSLATE_NOOP("LessonPage", "Nerevia"),
}


def document_kind_name(recipe) -> str:
    """ "passport (TD3), Kaldavia": the kind of a generated document, for the lesson's list."""
    doc = DOCUMENT_TYPES.get(recipe.generator_type) or DOCUMENT_TYPES.get(
        recipe.document_type.value
    )
    kind = QCoreApplication.translate("ResultsPage", doc) if doc else recipe.document_type.value
    state = STATE_NAMES.get(recipe.state)
    where = QCoreApplication.translate("LessonPage", state) if state else recipe.state
    return QCoreApplication.translate("LessonPage", "{kind}, {state}").format(
        kind=kind, state=where
    )


class LessonPage(QWidget):
    #: A genuine document the trainee asked to look at (a Recipe).
    look_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading("")
        self.text = QTextBrowser()
        self.text.setObjectName("lessonText")
        # Every document this exercise asks about, in genuine form, before the first question.
        self.documents = QWidget()
        self.documents.setObjectName("lessonDocuments")
        self._documents = QHBoxLayout(self.documents)
        self._documents.setContentsMargins(0, 0, 0, 0)
        self.begin = QPushButton(self.tr("Begin"))
        self.begin.setObjectName("beginExercise")
        self.back = QPushButton(self.tr("Back"))
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.begin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.documents)
        layout.addLayout(row)
        self._base_point_size: float | None = None

    def show_documents(self, recipes) -> None:
        """A button per kind of document in the exercise: a genuine one at the workstation."""
        while self._documents.count():
            child = self._documents.takeAt(0).widget()
            if child is not None:
                child.setParent(None)
                child.deleteLater()
        self.documents.setVisible(bool(recipes))
        if not recipes:
            return
        label = QLabel(self.tr("Look at a genuine one first:"))
        label.setStyleSheet("font-weight: bold;")
        self._documents.addWidget(label)
        for recipe in recipes:
            button = QPushButton(document_kind_name(recipe))
            button.setObjectName(f"lookAt_{recipe.generator_type}_{recipe.state}")
            button.setToolTip(
                self.tr(
                    "Open a genuine document of this kind at the workstation: every light, "
                    "the loupe, its annotated regions (Regions, A)"
                )
            )
            button.clicked.connect(lambda _=False, r=recipe: self.look_requested.emit(r))
            self._documents.addWidget(button)
        self._documents.addStretch(1)

    def show_exercise(self, exercise: Exercise) -> None:
        self.title.setText(exercise.title)
        # From the font the page was built with, not the one the last lesson left: shown
        # again (Back, Start), the text keeps its size instead of growing 1.25x each time.
        if self._base_point_size is None:
            self._base_point_size = self.text.font().pointSizeF()
        font = QFont(self.text.font())
        font.setPointSizeF(self._base_point_size * 1.25)
        self.text.setFont(font)
        self.text.setPlainText("\n\n".join(exercise.lesson))
        self.text.append("\n" + lesson_rules(exercise))


def lesson_rules(exercise: Exercise) -> str:
    """What the trainee must know of the exercise's rules before the first question: feedback
    or not, the pass mark, and any time limit with what running out of time does."""
    limit = exercise.seconds_per_question()
    if exercise.mode is Mode.PRACTICE:
        text = QCoreApplication.translate(
            "LessonPage", "Practice: you get feedback after every answer."
        )
    elif exercise.mode is Mode.EXAM:
        text = QCoreApplication.translate(
            "LessonPage", "Exam: you see your results at the end. Pass mark {p:.0%}."
        ).format(p=exercise.pass_mark)
    else:
        return QCoreApplication.translate(
            "LessonPage",
            "Timed: {s:g} seconds per document. When the time runs out the document counts "
            "as accepted, as at a first-line check when the traveller walks through.",
        ).format(s=exercise.document_time_s or 0)
    if limit:
        minutes, seconds = divmod(round(limit), 60)
        text += " " + QCoreApplication.translate(
            "LessonPage",
            "You have {m}:{s:02d} (minutes:seconds) for each question; a clock shows the time "
            "left. When it runs out the question counts as not answered (0 points) and the "
            "next one comes.",
        ).format(m=minutes, s=seconds)
    return text


def _read_only(table: QTableWidget) -> None:
    """A record, not a form: no editing a score by double-clicking it, no row numbers that
    repeat the question numbers."""
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)


class ResultsPage(QWidget):
    """After the last question: the score, then every question with the document, the
    trainee's answer, the right answer and the points, and (when given) each question's
    feedback — so that an exam, whose answers were hidden until now, can be learnt from."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading("")
        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14pt;")
        self.table = QTableWidget(0, self.COLUMNS)
        _read_only(self.table)
        self.table.setObjectName("resultsTable")
        self.table.setWordWrap(True)
        # A row is a question: choosing it highlights all of it (and shows its feedback).
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Question"),
                self.tr("Document"),
                self.tr("Your answer"),
                self.tr("Right answer"),
                self.tr("Result"),
                self.tr("Points"),
            ]
        )
        header = self.table.horizontalHeader()
        for col in range(self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their wrapped text, whatever width the window is given.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.review = QTextBrowser()
        self.review.setObjectName("resultsReview")
        # Where each question's feedback starts in the review: choosing a row brings its
        # feedback into view (with twelve questions it is far below the first screen).
        self._review_starts: list[int] = []
        self.table.currentCellChanged.connect(lambda row, *_: self.show_review(row))
        self.done = QPushButton(self.tr("Back to exercises"))
        self.done.setObjectName("resultsDone")
        self.history = QPushButton(self.tr("My history"))
        self.history.setObjectName("resultsHistory")
        self.open_document = QPushButton(self.tr("Look at the document again"))
        self.open_document.setObjectName("resultsOpenDocument")
        self.open_document.setToolTip(
            self.tr(
                "Open the chosen question's document at the workstation, with its regions "
                "and a genuine reference (or double-click its row)"
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.open_document)
        row.addStretch(1)
        row.addWidget(self.history)
        row.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        # As much room for the feedback as for the table: seven rows left half the table
        # empty while the feedback, what the trainee learns from, was squeezed below it.
        layout.addWidget(self.table, 1)
        layout.addWidget(self.review, 1)
        layout.addLayout(row)

    def show_results(
        self,
        exercise: Exercise,
        results: Results,
        records: Sequence[AttemptRecord],
        reviews: Sequence[Feedback | str] = (),
    ) -> None:
        """``reviews``: each answered question's feedback (Feedback, composed here through
        tr()), in the order of ``records``; plain strings are shown as they are."""
        self.title.setText(self.tr("Results — {title}").format(title=exercise.title))
        # Practice too: the trainee wants to know whether this module is mastered.
        verdict = (
            self.tr("Passed.")
            if results.passed
            else self.tr("Not passed (pass mark {p:.0%}).").format(p=exercise.pass_mark)
        )
        lines = [
            self.tr("Score: {s:g} of {m:g} ({f:.0%}). {verdict}").format(
                s=results.score, m=results.max_score, f=results.fraction, verdict=verdict
            )
        ]
        unscored = sum(1 for r in records if r.mark == UNSCORED)
        if unscored:
            # A sealed exam: the seat has no key, so no score or pass/fail can be given here.
            lines = [self.tr("{n} answers await your instructor's scoring.").format(n=unscored)]
        if results.forged_shown:
            lines.append(
                self.tr("Forged documents accepted: {n} of {t}.").format(
                    n=results.false_accepts, t=results.forged_shown
                )
            )
        if results.mean_time_ms is not None:
            lines.append(
                self.tr("Mean decision time: {s:.1f} s.").format(s=results.mean_time_ms / 1000)
            )
        self.summary.setText("\n".join(lines))
        feedbacks = [r if isinstance(r, Feedback) else None for r in reviews]
        feedbacks += [None] * (len(records) - len(feedbacks))
        self.table.setRowCount(len(records))
        for row, (r, fb) in enumerate(zip(records, feedbacks, strict=False)):
            question = _question(exercise, r.question_id)
            if r.mark == UNSCORED:
                right = QCoreApplication.translate("Feedback", "sealed: your instructor scores it")
            elif fb is not None:
                right = right_answer_text(r.question_type, fb)
            else:
                right = _right_from_record(question, r)
            cells = (
                str(row + 1),
                _question_text(question, r.question_type),
                specimen_label(r.specimen_ref),
                answer_text(r.question_type, r.answer),
                right,
                mark_name(r.mark),
                f"{r.score:g} / {r.max_score:g}" if r.mark != UNSCORED else f"? / {r.max_score:g}",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 5:  # the result in colour too: right green, anything else red
                    item.setForeground(QColor("#1b7f3b" if r.correct else "#b3261e"))
                self.table.setItem(row, col, item)
        texts = [feedback_text(t) if isinstance(t, Feedback) else str(t) for t in reviews]
        self.review.setVisible(bool(texts))
        parts = [
            self.tr("Question {n}: {text}").format(n=i + 1, text=t) for i, t in enumerate(texts)
        ]
        self._review_starts = []
        start = 0
        for part in parts:
            self._review_starts.append(start)
            start += len(part) + 2  # the blank line between questions
        self.review.setPlainText("\n\n".join(parts))

    def show_review(self, row: int) -> None:
        """Scroll the feedback so that question ``row`` (0-based) starts at its top."""
        if not 0 <= row < len(self._review_starts):
            return
        document = self.review.document()
        block = document.findBlock(self._review_starts[row])
        top = document.documentLayout().blockBoundingRect(block).top()
        self.review.verticalScrollBar().setValue(int(top))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.review.setTextCursor(cursor)  # the first line highlighted: this one
        self.review.verticalScrollBar().setValue(int(top))


#: Document types as a trainee names them (recipe keys carry the type's id).
DOCUMENT_TYPES = {
    "td1": QT_TRANSLATE_NOOP("ResultsPage", "ID card (TD1)"),
    "td1-back": QT_TRANSLATE_NOOP("ResultsPage", "ID card back (TD1)"),
    "td2": QT_TRANSLATE_NOOP("ResultsPage", "ID card (TD2)"),
    "td3": QT_TRANSLATE_NOOP("ResultsPage", "passport (TD3)"),
    "td3-booklet": QT_TRANSLATE_NOOP("ResultsPage", "passport booklet (TD3)"),
    "mrva": QT_TRANSLATE_NOOP("ResultsPage", "visa sticker (MRV-A)"),
    "mrvb": QT_TRANSLATE_NOOP("ResultsPage", "visa sticker (MRV-B)"),
}


def specimen_label(ref: str) -> str:
    """The attempt log's specimen reference as a trainee can recognise it.

    "pack:<id>" is the pack's specimen id; "recipe:td3:UTO:<seed>:..." a generated document,
    named by type, state and seed (not by its forgery methods: that is the right answer's).
    """
    kind, _, rest = ref.partition(":")
    if kind == "pack":
        return rest
    if kind == "recipe":
        parts = rest.split(":")
        if len(parts) >= 3:
            doc = DOCUMENT_TYPES.get(parts[0])
            name = QCoreApplication.translate("ResultsPage", doc) if doc else parts[0]
            return QCoreApplication.translate(
                "ResultsPage", "generated {document}, {state}, no. {seed}"
            ).format(document=name, state=parts[1], seed=parts[2])
    return ref or "—"


def _question(exercise: Exercise, question_id: str) -> Question | None:
    try:
        return exercise.question(question_id)
    except KeyError:
        return None


def _question_text(question: Question | None, question_type: str) -> str:
    """The question as the trainee was asked it: its own prompt, else the panel's default."""
    if question is not None and question.prompt:
        return question.prompt
    defaults = {
        "verdict": QT_TRANSLATE_NOOP("QuestionPanel", "Is this document genuine or forged?"),
        "compare": QT_TRANSLATE_NOOP(
            "QuestionPanel",
            "Compare with the genuine reference. Is the document genuine or forged?",
        ),
        "locate": QT_TRANSLATE_NOOP("QuestionPanel", "Find the defect on this document."),
        "identify": QT_TRANSLATE_NOOP(
            "QuestionPanel", "Which security feature is in the marked area?"
        ),
        "mrz": QT_TRANSLATE_NOOP("QuestionPanel", "Which field of the MRZ is wrong?"),
    }
    if isinstance(question, WhichLightQuestion):
        return QCoreApplication.translate(
            "QuestionPanel", "Under which light do you check: {feature}?"
        ).format(feature=feature_name(question.feature))
    text = defaults.get(question_type)
    return QCoreApplication.translate("QuestionPanel", text) if text else question_type


def _right_from_record(question: Question | None, r: AttemptRecord) -> str:
    """The right answer from what the attempt log kept, when no feedback was given."""
    if isinstance(question, IdentifyQuestion):
        return feature_name(question.feature)
    if isinstance(question, MrzQuestion) and question.answer:
        return mrz_field_name(question.answer)
    if isinstance(question, WhichLightQuestion):
        feature = load_taxonomy().features.get(question.feature)
        lights = question.answer or (feature.lights if feature is not None else ())
        shown = [x for x in question.choices if x in lights]
        return ", ".join(light_name(x) for x in shown) or "—"
    if r.question_type == "locate" and r.features:
        return "; ".join(feature_name(f) for f in r.features)
    if r.truth_verdict == "genuine":
        return verdict_name("genuine")
    if r.truth_verdict:
        verdict = QCoreApplication.translate("Feedback", "forged ({verdict})").format(
            verdict=verdict_name(r.truth_verdict)
        )
        methods = ", ".join(method_name(m) for m in r.methods)
        return f"{verdict}: {methods}" if methods else verdict
    return "—"


@dataclass(frozen=True, slots=True)
class HistorySummary:
    sessions: tuple[ExerciseSession, ...]
    attempts: tuple[AttemptRecord, ...]

    @property
    def false_accept_rate(self) -> float | None:
        forged = [a for a in self.attempts if a.truth_verdict not in (None, "genuine")]
        return sum(1 for a in forged if a.accepted) / len(forged) if forged else None

    @property
    def mean_time_s(self) -> float | None:
        """Over every answer, as an exercise's results count it (the two said different
        figures for the same exercise when this counted document decisions only)."""
        times = [a.time_ms for a in self.attempts]
        return sum(times) / len(times) / 1000 if times else None

    def module_progress(self) -> dict[str, tuple[float | None, int, int]]:
        """Per module: best finished score (fraction, None if none finished), answers given,
        and how many of them were fully right."""
        best: dict[str, float] = {}
        for s in self.sessions:
            if s.finished and s.max_score:
                key = s.module or s.exercise_title
                best[key] = max(best.get(key, 0.0), (s.score or 0) / s.max_score)
        counts: dict[str, list[int]] = {}
        for a in self.attempts:
            c = counts.setdefault(a.module or a.exercise_id, [0, 0])
            c[0] += 1
            c[1] += a.correct
        keys = sorted(set(best) | set(counts))
        return {k: (best.get(k), *counts.get(k, [0, 0])) for k in keys}


class ScoreChart(QWidget):
    """Scores of finished exercises over time (percent), oldest left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.setMinimumHeight(160)
        self.points: list[float] = []

    def set_scores(self, fractions: Sequence[float]) -> None:
        self.points = list(fractions)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(40, 10, -10, -20)
        p.setPen(QPen(QColor(150, 150, 150), 1))
        for level in (0.0, 0.5, 0.8, 1.0):
            y = area.bottom() - level * area.height()
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.drawText(QRectF(0, y - 8, 36, 16), Qt.AlignmentFlag.AlignRight, f"{level:.0%}")
        if not self.points:
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No finished exercises yet"))
            return
        n = len(self.points)
        step = area.width() / max(1, n - 1)
        poly = QPolygonF(
            [
                QPointF(
                    area.left() + i * step if n > 1 else area.center().x(),
                    area.bottom() - v * area.height(),
                )
                for i, v in enumerate(self.points)
            ]
        )
        p.setPen(QPen(QColor(30, 90, 170), 2.5))
        p.drawPolyline(poly)
        p.setBrush(QColor(30, 90, 170))
        for point in poly:
            p.drawEllipse(point, 4, 4)


class HistoryPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading(self.tr("History"))
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 13pt;")
        self.chart = ScoreChart()
        self.modules = QTableWidget(0, 4)
        _read_only(self.modules)
        self.modules.setObjectName("moduleTable")
        self.modules.setHorizontalHeaderLabels(
            [self.tr("Module"), self.tr("Best score"), self.tr("Answers"), self.tr("Right")]
        )
        self.modules.horizontalHeader().setStretchLastSection(True)
        self.sessions = QTableWidget(0, 4)
        _read_only(self.sessions)
        self.sessions.setObjectName("sessionTable")
        self.sessions.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Exercise"), self.tr("Score"), self.tr("Result")]
        )
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.back = QPushButton(self.tr("Back to exercises"))
        self.back.setObjectName("historyBack")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Scores over time")))
        layout.addWidget(self.chart)
        layout.addWidget(QLabel(self.tr("Progress per module")))
        layout.addWidget(self.modules, 1)
        layout.addWidget(QLabel(self.tr("Exercises taken")))
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignRight)

    def show_history(self, trainee_name: str, summary: HistorySummary) -> None:
        self.title.setText(self.tr("History — {name}").format(name=trainee_name))
        far = summary.false_accept_rate
        mean = summary.mean_time_s
        self.summary.setText(
            "\n".join(
                [
                    self.tr("Answers given: {n}.").format(n=len(summary.attempts)),
                    self.tr("False-accept rate (forged documents passed as genuine): {r}.").format(
                        r=f"{far:.0%}" if far is not None else "—"
                    ),
                    self.tr("Mean decision time: {t}.").format(
                        t=f"{mean:.1f} s" if mean is not None else "—"
                    ),
                ]
            )
        )
        finished = sorted(
            (s for s in summary.sessions if s.finished and s.max_score), key=lambda s: s.finished_at
        )
        self.chart.set_scores([(s.score or 0) / s.max_score for s in finished])
        progress = summary.module_progress()
        self.modules.setRowCount(len(progress))
        for row, (module, (best, n, right)) in enumerate(progress.items()):
            cells = (
                module,
                f"{best:.0%}" if best is not None else "—",
                str(n),
                f"{right / n:.0%}" if n else "—",
            )
            for col, text in enumerate(cells):
                self.modules.setItem(row, col, QTableWidgetItem(text))
        self.sessions.setRowCount(len(summary.sessions))
        for row, s in enumerate(summary.sessions):
            when = s.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            score = f"{(s.score or 0) / s.max_score:.0%}" if s.finished and s.max_score else "—"
            if s.discarded:
                result = self.tr("discarded")
            elif not s.finished:
                result = self.tr("unfinished")
            elif s.mode == "practice":
                result = self.tr("done")
            else:
                result = self.tr("passed") if s.passed else self.tr("not passed")
            for col, text in enumerate((when, s.exercise_title, score, result)):
                self.sessions.setItem(row, col, QTableWidgetItem(text))
        self.modules.resizeColumnsToContents()
        self.sessions.resizeColumnsToContents()
