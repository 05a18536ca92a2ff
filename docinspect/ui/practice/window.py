"""The practice window: picker → lesson → questions (with feedback in practice mode) → results,
and the trainee's history. The quiz itself is ``docinspect.training.Quiz``; this window only
shows it, times it, and hands every answer to a worker thread to be saved."""

from __future__ import annotations

import contextlib
import math
import random
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from docinspect.classroom import export_bundle
from docinspect.classroom.assignment_states import assignment_states
from docinspect.model.exercise import CompareQuestion, Exercise, Mode, Recipe
from docinspect.model.taxonomy import Taxonomy, load_taxonomy
from docinspect.packs import Pack, PackError, read_pack
from docinspect.store import ExerciseSession, Trainee
from docinspect.training.adaptive import practice_exercise
from docinspect.training.catalogue import Catalogue
from docinspect.training.exercise_files import builtin_exercises
from docinspect.training.quiz import Phase, Quiz, question_order
from docinspect.training.skills import SkillSchedule
from docinspect.training.starter import genuine_of_kind, starter_recipes
from docinspect.ui.classroom.seat_link import SeatLink, seat_class_packs
from docinspect.ui.classroom.seat_panel import SeatBanner, SeatPanel
from docinspect.ui.practice.backend import PracticeBackend
from docinspect.ui.practice.pages import (
    HistoryPage,
    HistorySummary,
    LessonPage,
    PickerPage,
    ResultsPage,
)
from docinspect.ui.practice.panel import QuestionPanel
from docinspect.ui.screen_fit import fit_on_screen


class PracticeWindow(QMainWindow):
    """Practice and exams for one seat. ``backend`` defaults to the user's store and generated
    specimens; tests pass their own. At a classroom seat, ``seat`` links it to the class
    server: the trainee signs in, sees their assignments, and every answer saved in the
    backend's store (the seat's own file) is pushed to the server."""

    def __init__(
        self,
        *,
        backend: PracticeBackend | None = None,
        exercises: Sequence[Exercise] | None = None,
        packs: Sequence[Pack] = (),
        taxonomy: Taxonomy | None = None,
        seat: SeatLink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _warm_fonts()
        self.setWindowTitle(self.tr("DocInspect — Practice"))
        self.taxonomy = taxonomy or load_taxonomy()
        self.backend = backend or PracticeBackend(parent=self)
        builtin = list(exercises) if exercises is not None else list(builtin_exercises())
        self._builtin = builtin
        self._library_packs: list[Pack] = list(packs)
        #: Class packs this seat fetched for its assignments (path -> pack).
        self._class_packs: dict[Path, Pack] = {}
        self.catalogue = Catalogue(builtin, packs, taxonomy=self.taxonomy)
        self.exercises = self.catalogue.exercises
        self._supply = self.backend.supply
        self.schedule = SkillSchedule()
        self.trainee: Trainee | None = None
        self.quiz: Quiz | None = None
        self.session: ExerciseSession | None = None
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self._located: dict[str, object] = {}

        self.pages = QStackedWidget()
        self.picker = PickerPage()
        self.lesson = LessonPage()
        self.results = ResultsPage()
        self.history = HistoryPage()
        self.panel = QuestionPanel(self.taxonomy)
        self.question_page = self._build_question_page()
        for page in (self.picker, self.lesson, self.question_page, self.results, self.history):
            self.pages.addWidget(page)
        self.seat = seat
        self.banner: SeatBanner | None = None
        self.seat_panel: SeatPanel | None = None
        if seat is None:
            self.setCentralWidget(self.pages)
        else:
            self._build_seat(seat)
        self._build_menu()
        fit_on_screen(self, 1200, 860)

        self._show_catalogue()
        self.picker.new_trainee.clicked.connect(self._ask_new_trainee)
        self.picker.trainee.currentIndexChanged.connect(self._trainee_changed)
        self.picker.start.clicked.connect(self.start_selected)
        # Enter on the chosen exercise, or a double click, starts it (a default button does
        # nothing in a main window: "Start" was never pressed by Enter).
        self.picker.exercises.itemActivated.connect(lambda _item: self.start_selected())
        self.picker.resume.clicked.connect(self.resume_selected)
        self.picker.discard.clicked.connect(self.discard_selected)
        self.picker.history.clicked.connect(self.show_history)
        self.lesson.begin.clicked.connect(self._begin)
        self.lesson.back.clicked.connect(self._back_to_picker)
        self.lesson.look_requested.connect(self.look_at_genuine)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            begin = QShortcut(QKeySequence(key), self.lesson)
            begin.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            begin.activated.connect(
                lambda: self.lesson.begin.isEnabled() and self.lesson.begin.click()
            )
        #: An exercise whose lesson is shown: (exercise, order, seed). Its session is started
        #: only at Begin, so Back from the lesson leaves nothing to resume and no history row.
        self._pending: tuple[Exercise, tuple[str, ...], int] | None = None
        self.results.done.clicked.connect(self._back_to_picker)
        self.results.history.clicked.connect(self.show_history)
        self.results.table.cellDoubleClicked.connect(lambda row, _col: self.open_document(row))
        self.results.open_document.clicked.connect(
            lambda: self.open_document(self.results.table.currentRow())
        )
        #: The finished exercise and its answers, in the results table's order.
        self._results_of: tuple[Exercise, tuple] | None = None
        #: Workstations opened from the results (kept so they are not collected).
        self._inspections: list[QWidget] = []
        self.history.back.clicked.connect(self._back_to_picker)
        self.panel.answered.connect(self._on_answered)
        self.panel.reference_supplier = self._genuine_reference
        self.panel.document_shown.connect(self._document_seen)
        self._refresh_trainees()
        if seat is not None:
            seat.start()

    def set_packs(self, packs: Sequence[Pack]) -> None:
        """Offer the exercises of ``packs`` (the library's) beside the built-in curriculum."""
        self._library_packs = list(packs)
        self._apply_packs()

    def _apply_packs(self) -> None:
        # Class packs first: an assigned exercise is the class's version of it.
        packs = [*self._class_packs.values(), *self._library_packs]
        self.catalogue = Catalogue(self._builtin, packs, taxonomy=self.taxonomy)
        self.exercises = self.catalogue.exercises
        self._show_catalogue()

    def load_class_packs(self) -> None:
        """Read the class packs this seat fetched (in the background) and offer their
        exercises; called whenever the seat's assignments change."""
        known = dict(self._class_packs)

        def read(_store) -> dict[Path, Pack]:
            found: dict[Path, Pack] = {}
            for path in seat_class_packs():
                pack = known.get(path)
                if pack is None:
                    try:
                        pack = read_pack(path)
                    except (PackError, OSError):
                        continue  # a damaged file is fetched again with the next version
                found[path] = pack
            return found

        def loaded(found: dict[Path, Pack]) -> None:
            if set(found) != set(self._class_packs):
                self._class_packs = found
                self._apply_packs()
            self._show_assignments()

        self.backend.with_store(read, loaded, self._report)

    def _show_catalogue(self) -> None:
        groups: dict[str, list[Exercise]] = {}
        for entry in self.catalogue.entries:
            if entry.pack is not None:
                title = self.catalogue.pack_title(entry.pack)
                heading = self.tr("Pack: {title}").format(title=title)
                groups.setdefault(heading, []).append(entry.exercise)
        builtin = [e.exercise for e in self.catalogue.entries if e.pack is None]
        self.picker.set_exercises(builtin, groups=list(groups.items()))
        if self.catalogue.problems:
            self.picker.message.setText(
                self.tr("Some exercises of your packs cannot be offered: {reason}").format(
                    reason="; ".join(str(p) for p in self.catalogue.problems[:3])
                )
            )

    def _exercise(self, exercise_id: str) -> Exercise | None:
        entry = self.catalogue.get(exercise_id)
        return entry.exercise if entry is not None else None

    def _build_question_page(self) -> QWidget:
        page = QWidget()
        self.progress = QLabel()
        self.progress.setObjectName("questionProgress")
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setObjectName("retrySave")
        self.retry.setVisible(False)
        self.retry.clicked.connect(self._save)
        self.next = QPushButton(self.tr("Next (Enter)"))
        self.next.setObjectName("nextQuestion")
        self.next.setToolTip(self.tr("The next question (Enter)"))
        self.next.setDefault(True)
        self.next.setMinimumHeight(36)
        self.next.clicked.connect(self._next)
        # Hidden without giving up its place: Next stays where it was from one question to the
        # next, instead of the row (and the desk above it) changing height.
        policy = self.next.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.next.setSizePolicy(policy)
        self.next.setVisible(False)
        self.leave = QPushButton(self.tr("Back to exercises"))
        self.leave.setObjectName("leaveQuestions")
        self.leave.setToolTip(
            self.tr("Leave this exercise; it waits among the interrupted ones to be resumed")
        )
        self.leave.clicked.connect(self._back_to_picker)
        self.waiting = QLabel()
        self.waiting.setObjectName("preparingLabel")
        # Says that the time ran out (and what that counted as) until the next answer.
        self.notice = QLabel()
        self.notice.setObjectName("timeOutNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel { background: #fff1d6; color: #5a3b00; border-left: 6px solid #c77700;"
            " padding: 6px; font-size: 12pt; }"
        )
        self.notice.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.leave)
        row.addWidget(self.progress)
        row.addWidget(self.waiting, 1)
        row.addWidget(self.retry)
        row.addWidget(self.next)
        # Enter is Next wherever the focus is on the page (after a click on the document the
        # view has it, and Next's own Enter did nothing).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: self.next.isVisible() and self.next.click())
        layout = QVBoxLayout(page)
        layout.addWidget(self.notice)
        layout.addWidget(self.panel, 1)
        layout.addLayout(row)
        return page

    # --- the classroom seat and the menu ------------------------------------------------------

    def _build_seat(self, seat: SeatLink) -> None:
        seat.setParent(self)
        self.banner = SeatBanner()
        self.seat_panel = SeatPanel()
        self.picker.layout().insertWidget(1, self.seat_panel)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        panel = self.seat_panel
        panel.sign_in.clicked.connect(self._sign_in)
        panel.sign_out.clicked.connect(self._sign_out)
        panel.start.clicked.connect(self.start_assignment)
        panel.assignments.itemDoubleClicked.connect(lambda _item: self.start_assignment())
        seat.state_changed.connect(self._seat_state_changed)
        seat.signed_in.connect(self._seat_signed_in)
        seat.sign_in_failed.connect(self._seat_sign_in_failed)
        seat.assignments_changed.connect(lambda _found: self.load_class_packs())
        seat.pushed.connect(self._seat_pushed)
        self._seat_state_changed()

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = menu.addAction(self.tr("&Export results bundle…"))
        self.export_action.setToolTip(
            self.tr(
                "Write this seat's answers to a file for the instructor to import "
                "(for a seat that stays offline)"
            )
        )
        self.export_action.triggered.connect(lambda: self.export_results())
        menu.addSeparator()
        menu.addAction(self.tr("&Close"), self.close)

    def _seat_state_changed(self) -> None:
        seat = self.seat
        if seat is None or self.banner is None or self.seat_panel is None:
            return
        self.banner.show_state(seat.offline, seat.reason)
        self.seat_panel.sign_in.setEnabled(seat.offline is not None)
        # Only the signed-in trainee answers at a class seat: no choosing another's name.
        self.picker.trainee.setEnabled(False)
        # Offline, a trainee who never signed in here cannot be checked: they answer under a
        # new name on this seat, and the instructor sees it when the seat's file is pushed.
        self.picker.new_trainee.setVisible(seat.offline is True and seat.trainee is None)
        if seat.trainee is None:
            self.seat_panel.message.setText(
                self.tr(
                    "The class server cannot be reached. Sign in as usual if you have signed "
                    "in at this seat before; otherwise add your name with New trainee…"
                )
                if seat.offline
                else ""
            )

    def _sign_in(self) -> None:
        panel = self.seat_panel
        if self.seat is None or panel is None:
            return
        user, password = panel.username.text().strip(), panel.password.text()
        if not user or not password:
            panel.message.setText(self.tr("Type your user name and password."))
            return
        panel.message.setText(self.tr("Signing in…"))
        panel.sign_in.setEnabled(False)
        self.seat.sign_in(user, password)

    def _seat_signed_in(self, trainee: Trainee) -> None:
        if self.seat_panel is not None and self.seat is not None:
            self.seat_panel.show_signed_in(trainee.name, can_sign_out=not self.seat.seat_role)
            self.seat_panel.sign_in.setEnabled(True)
        self._seat_state_changed()
        self._refresh_trainees(select=trainee.id)

    def _seat_sign_in_failed(self, reason: str) -> None:
        if self.seat_panel is None:
            return
        self.seat_panel.sign_in.setEnabled(True)
        self.seat_panel.password.clear()
        self.seat_panel.message.setText(self.tr("Not signed in: {reason}").format(reason=reason))

    def _sign_out(self) -> None:
        if self.seat is None or self.seat_panel is None:
            return
        self._back_to_picker()
        self.seat.sign_out()
        self.seat_panel.show_signed_in(None)
        self._seat_state_changed()
        self._refresh_trainees()

    def _seat_pushed(self, report) -> None:
        if report.attempts_added:
            self.statusBar().showMessage(
                # The number after a label: no "1 answers" (0006: no plural forms).
                self.tr("Answers sent to the class server: {n}").format(n=report.attempts_added),
                8000,
            )
        if self.pages.currentWidget() is self.picker:
            self._show_assignments()

    def _show_assignments(self) -> None:
        """The trainee's assignments, counted from the seat's file (so they work offline)."""
        seat, panel, trainee = self.seat, self.seat_panel, self.trainee
        if seat is None or panel is None:
            return
        if trainee is None:
            panel.show_assignments([])
            return
        if seat.trainee is not None and seat.trainee.id == trainee.id:
            assigned = list(seat.assignments)
        else:
            assigned = seat.cached_assignments(trainee.id)
        trainee_id = trainee.id

        # A class pack's exercise titles as its own translations give them (decision 0035).
        titles = {e.id: e.title for e in self.catalogue.entries if e.pack is not None}

        def shown(states) -> None:
            if self.trainee is not None and self.trainee.id == trainee_id:
                panel.show_assignments(states, exercise_titles=titles)

        self.backend.with_store(
            lambda store: assignment_states(store, trainee_id, assigned, now=datetime.now(UTC)),
            shown,
            self._report,
        )

    def start_assignment(self) -> None:
        """Start the exercise of the assignment chosen in the list."""
        panel = self.seat_panel
        item = panel.assignments.currentItem() if panel is not None else None
        if item is None or self.trainee is None:
            self.picker.message.setText(self.tr("Choose an assignment first."))
            return
        exercise = self._exercise(item.data(Qt.ItemDataRole.UserRole))
        if exercise is None:
            self.picker.message.setText(
                self.tr(
                    "The exercise of this assignment ({id}) is not in this seat's curriculum; "
                    "ask your instructor."
                ).format(id=item.data(Qt.ItemDataRole.UserRole))
            )
            return
        self.start_exercise(exercise)

    def export_results(self, path: Path | None = None) -> None:
        """File > Export results bundle…: this seat's answers in a file for the instructor."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export results bundle"),
                str(Path.home() / "docinspect-results.zip"),
                self.tr("Results bundles (*.zip)"),
            )
            if not chosen:
                return
            path = Path(chosen)

        def written(count: int) -> None:
            self.statusBar().showMessage(
                self.tr(
                    "Answers written to {path}: {n}. Give this file to your instructor."
                ).format(n=count, path=path)
            )

        def failed(reason: str) -> None:
            self.statusBar().showMessage(
                self.tr("The results bundle was not written: {reason}").format(reason=reason)
            )

        self.backend.with_store(lambda store: export_bundle(store, path), written, failed)

    # --- trainees ------------------------------------------------------------------------------

    def _refresh_trainees(self, select: uuid.UUID | None = None) -> None:
        seat = self.seat
        if seat is not None and seat.trainee is not None:
            self.picker.set_trainees([seat.trainee], select=seat.trainee.id)
            return
        if seat is not None:
            self.picker.set_trainees([])  # a class seat: only a signed-in trainee answers
            return
        self.backend.with_store(
            lambda store: store.trainees(),
            lambda trainees: self.picker.set_trainees(trainees, select=select),
            self._report,
        )

    def _ask_new_trainee(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New trainee"), self.tr("Name:"))
        if ok and name.strip():
            self.add_trainee(name)

    def add_trainee(self, name: str) -> None:
        def added(trainee: Trainee) -> None:
            if self.seat is not None:
                self.seat.work_offline_as(trainee)
                self.seat.push_soon()
            else:
                self._refresh_trainees(select=trainee.id)

        self.backend.with_store(lambda store: store.add_trainee(name), added, self._report)

    def _trainee_changed(self, _index: int) -> None:
        trainee_id = self.picker.trainee.currentData()
        if trainee_id is None:
            self.trainee = None
            self.picker.set_unfinished([])
            self._show_assignments()
            if self.seat is not None:
                self.picker.message.setText(self.tr("Sign in to begin."))
            else:
                self.picker.message.setText(self.tr("Add a trainee to begin."))
            return
        self.trainee = Trainee(trainee_id, self.picker.trainee.currentText(), datetime.now(UTC))
        self.picker.message.setText("")
        known = {e.id for e in self.exercises}

        def shown(sessions) -> None:
            if self.trainee is None or self.trainee.id != trainee_id:
                return
            self.picker.set_progress(sessions)
            self.picker.set_unfinished(
                [
                    s
                    for s in sessions
                    if not s.finished
                    and not s.discarded
                    and (s.exercise_id in known or s.carries_exercise)
                ]
            )

        self.backend.with_store(lambda store: store.sessions_for(trainee_id), shown, self._report)
        self._show_assignments()

    # --- starting and resuming ---------------------------------------------------------------

    def start_selected(self) -> None:
        item = self.picker.exercises.currentItem()
        if item is None or self.trainee is None:
            self.picker.message.setText(self.tr("Choose a trainee and an exercise first."))
            return
        exercise_id = item.data(Qt.ItemDataRole.UserRole)
        if exercise_id == PickerPage.ADAPTIVE:
            trainee_id = self.trainee.id
            seed = random.randrange(2**31)
            self.backend.with_store(
                lambda store: practice_exercise(
                    store.skill_states(trainee_id).values(),
                    now=datetime.now(UTC),
                    seed=seed,
                    taxonomy=self.taxonomy,
                ),
                self.start_exercise,
                self._report,
            )
            return
        exercise = self._exercise(exercise_id)
        if exercise is None:
            self.picker.message.setText(self.tr("Choose a trainee and an exercise first."))
            return
        self.start_exercise(exercise)

    def start_exercise(self, exercise: Exercise, *, seed: int | None = None) -> None:
        """Show ``exercise``'s lesson to the current trainee; Begin starts its session. Without
        a lesson the session starts at once."""
        assert self.trainee is not None
        seed = random.randrange(2**31) if seed is None else seed
        exercise = fresh_documents(exercise, seed)
        order = tuple(question_order(exercise, seed))
        self._supply = self.backend.supply_for(self.catalogue.pack_of(exercise.id))
        if exercise.lesson:
            self._pending = (exercise, order, seed)
            self.lesson.show_exercise(exercise)
            self.lesson.show_documents(starter_recipes([exercise]))
            self.pages.setCurrentWidget(self.lesson)
            self._prefetch_question(exercise, order, 0)  # made while the trainee reads
            return
        self._start_session(exercise, order, seed)

    def _start_session(self, exercise: Exercise, order: tuple[str, ...], seed: int) -> None:
        assert self.trainee is not None
        trainee_id = self.trainee.id
        self.picker.message.setText(self.tr("Starting…"))

        def started(session: ExerciseSession) -> None:
            self.picker.message.setText("")
            self.session = session
            self._open_quiz(exercise, session, answered=())

        self.backend.with_store(
            lambda store: store.start_session(trainee_id, exercise, order=order, seed=seed),
            started,
            self._report,
        )

    def _begin(self) -> None:
        """Begin on the lesson page: the session starts now, not when the lesson was opened."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self.lesson.begin.setEnabled(False)
            self._start_session(*pending)
            return
        self._show_questions()

    def discard_selected(self) -> None:
        """Discard the chosen interrupted exercise: no longer offered for resume."""
        item = self.picker.unfinished.currentItem()
        if item is None:
            return
        session_id = item.data(Qt.ItemDataRole.UserRole)
        self.backend.with_store(
            lambda store: store.discard_session(session_id),
            lambda _none: self._trainee_changed(self.picker.trainee.currentIndex()),
            self._report,
        )

    def resume_selected(self) -> None:
        item = self.picker.unfinished.currentItem()
        if item is not None:
            self.resume_session(item.data(Qt.ItemDataRole.UserRole))

    def resume_session(self, session_id: uuid.UUID) -> None:
        def resumed(point) -> None:
            exercise = point.exercise or self._exercise(point.session.exercise_id)
            if exercise is None:
                self._report(self.tr("that exercise is no longer available"))
                return
            self.session = point.session
            self._open_quiz(exercise, point.session, answered=point.answered)

        self.backend.with_store(lambda store: store.resume_point(session_id), resumed, self._report)

    def _open_quiz(self, exercise: Exercise, session: ExerciseSession, *, answered) -> None:
        assert self.trainee is not None
        # An exercise of a pack finds its "specimen": id questions in that pack; ids of two
        # packs may be the same, so specimens located for another exercise are forgotten.
        supply = self.backend.supply_for(self.catalogue.pack_of(exercise.id))
        if supply is not self._supply:
            self._located.clear()
        self._supply = supply
        self.quiz = Quiz(
            exercise,
            resolver=self._supply,
            trainee_id=self.trainee.id,
            session_id=session.id,
            order=session.question_order,
            answered=answered,
            taxonomy=self.taxonomy,
        )
        self.panel.chip_reader_offered = exercise.chip_reader
        self._prefetch(0)
        self._show_questions()

    def _show_questions(self) -> None:
        self.lesson.begin.setEnabled(True)
        self.notice.setVisible(False)
        self.pages.setCurrentWidget(self.question_page)
        self._show_current()

    # --- questions ---------------------------------------------------------------------------

    def _sources(self, position: int):
        quiz = self.quiz
        if quiz is None:
            return []
        return _question_sources(quiz.exercise, quiz.order, position)

    def _prefetch(self, ahead: int) -> None:
        """Generate the specimens of the question ``ahead`` places on, in the background."""
        if self.quiz is None:
            return
        self._prefetch_question(self.quiz.exercise, self.quiz.order, self.quiz.position + ahead)

    def _prefetch_question(self, exercise: Exercise, order, position: int) -> None:
        for source in _question_sources(exercise, order, position):
            if source.key() in self._located:
                continue
            self.backend.prepare(
                source,
                lambda located, s=source, supply=self._supply: self._kept_ahead(s, located, supply),
                lambda _msg: None,
                supply=self._supply,
            )

    def _kept_ahead(self, source, located, supply) -> None:
        self._keep(source, located, supply)
        if supply is self._supply and self.quiz is not None and self.quiz.mode is not Mode.PRACTICE:
            # No feedback to read in an exam: the next page is drawn once while this one is
            # being looked at.
            self._warm(located)

    def _show_current(self) -> None:
        quiz = self.quiz
        if quiz is None:
            return
        if quiz.phase is Phase.DONE:
            self._finish()
            return
        self.next.setVisible(False)
        self.retry.setVisible(False)
        self.progress.setText(
            self.tr("Question {n} of {total}").format(n=quiz.position + 1, total=len(quiz.order))
        )
        self.panel.clear()
        sources = self._sources(quiz.position)
        missing = [s for s in sources if s.key() not in self._located]
        if missing:
            self.waiting.setText(self.tr("Preparing the document…"))
            position = quiz.position
            self.backend.prepare(
                missing[0],
                lambda located, s=missing[0], p=position: self._ready(s, located, p),
                self._report,
                supply=self._supply,
            )
            return
        self.waiting.setText("")
        item = quiz.item  # specimens are cached by now: resolving is instant
        located = self._located.get(sources[0].key()) if sources else None
        reference = self._located.get(sources[1].key()) if len(sources) > 1 else None
        self.panel.show_item(item, located, reference)
        self._clock.start()
        if quiz.seconds_allowed:
            self._tick.start()
            self._on_tick()
        self._prefetch(1)

    def _document_seen(self) -> None:
        # Time (and a timed check's countdown) runs from when the trainee can see the
        # document, not from when its drawing started on a dark desk.
        if self.quiz is not None and self.quiz.phase is Phase.SHOWN:
            self._clock.start()
            if self.quiz.seconds_allowed:
                self._on_tick()

    def _genuine_reference(self, source, done) -> None:
        """A genuine document of ``source``'s kind (type, state, side) for Compare: another
        holder, made from the same recipe without its forgery, in the background."""
        if not isinstance(source, Recipe):
            return  # a pack's specimen: its pack says which references it has
        genuine = genuine_reference(source)
        located = self._located.get(genuine.key())
        if located is not None:
            done(located)
            return
        supply = self._supply

        def made(found) -> None:
            self._keep(genuine, found, supply)
            done(found)

        self.backend.prepare(genuine, made, lambda _msg: None, supply=supply)

    def _keep(self, source, located, supply) -> None:
        # A specimen found for an earlier exercise (of another pack) may arrive late.
        if supply is self._supply:
            self._located[source.key()] = located

    def _warm(self, located) -> None:
        """Open a coming document's page and draw it once under white light, on the specimen
        thread while the trainee reads: its scene, layers and fonts are then ready when it is
        shown (the first drawing of a document took most of Next's wait)."""
        specimen_id = located.specimen.id
        if specimen_id in self.panel.page_sources:
            return
        view = self.panel.panes[0].view if self.panel.panes else None
        size = view.viewport().size() if view is not None else None
        width, height = (size.width(), size.height()) if size is not None else (820, 580)

        def work():
            from docinspect.model.geometry import Bounds
            from docinspect.model.light import Light, Viewing
            from docinspect.optics.page_source import open_page_source

            source = open_page_source(located.specimen, located.folder)
            spec = located.specimen
            # A page that cannot be drawn is said by its view when shown, not here.
            with contextlib.suppress(Exception):
                source.render(
                    Viewing(Light.WHITE, 0.0, 315.0),
                    Bounds(0, 0, spec.width_mm, spec.height_mm),
                    (max(width, 40), max(height, 40)),
                )
            return source

        def done(source) -> None:
            if len(self.panel.page_sources) > 4:  # a few coming pages, not every one seen
                self.panel.page_sources.pop(next(iter(self.panel.page_sources)))
            self.panel.page_sources[specimen_id] = source

        self.backend.run_ahead(work, done, lambda _msg: None)

    def _ready(self, source, located, position: int) -> None:
        self._located[source.key()] = located
        if (
            self.quiz is not None
            and self.quiz.position == position
            and self.quiz.phase is Phase.SHOWN
        ):
            self._show_current()

    def _on_tick(self) -> None:
        quiz = self.quiz
        if quiz is None or quiz.phase is not Phase.SHOWN or not quiz.seconds_allowed:
            self._tick.stop()
            return
        left = quiz.seconds_allowed - self._clock.elapsed() / 1000
        seconds = math.ceil(max(0.0, left))
        self.panel.timer_label.setText(
            self.tr("Time left: {m}:{s:02d}").format(m=seconds // 60, s=seconds % 60)
        )
        if left <= 0:
            self._tick.stop()
            self.time_out()

    def time_out(self) -> None:
        """The time for this question ran out (the timer calls this; tests may too)."""
        if self.quiz is None or self.quiz.phase is not Phase.SHOWN:
            return
        self.panel.timer_label.setText(self.tr("Time is up"))
        self.panel.answer_box.setEnabled(False)
        record = self.quiz.time_out(time_ms=self._clock.elapsed())
        n = self.quiz.position + 1
        if record.accepted:
            text = self.tr(
                "Time ran out on question {n}: the document counts as accepted, as at a "
                "first-line check when the traveller walks through."
            )
        else:
            text = self.tr("Time ran out on question {n}: it counts as not answered (0 points).")
        self.notice.setText(text.format(n=n))
        self.notice.setVisible(True)
        self._save()

    def _on_answered(self, answer) -> None:
        if self.quiz is None or self.quiz.phase is not Phase.SHOWN:
            return
        self._tick.stop()
        self.notice.setVisible(False)
        self.quiz.answer(answer, time_ms=self._clock.elapsed())
        self._save()

    def _save(self) -> None:
        quiz = self.quiz
        assert quiz is not None
        record = quiz.begin_save()
        self.retry.setVisible(False)
        self.panel.show_saving()
        schedule = self.schedule

        def saved(_new: bool) -> None:
            if self.quiz is not quiz:
                return
            quiz.saved()
            self.panel.show_saved()
            if self.seat is not None:
                self.seat.push_soon()
            if quiz.phase is Phase.FEEDBACK:
                self.panel.show_feedback(quiz.feedback, quiz.outcome)
                self.next.setVisible(True)
                self.next.setFocus()
                # While the trainee reads: the next question's document, ready to draw.
                for source in self._sources(quiz.position + 1):
                    located = self._located.get(source.key())
                    if located is not None:
                        self._warm(located)
            else:
                self._show_current()

        def failed(reason: str) -> None:
            if self.quiz is not quiz:
                return
            quiz.save_failed(reason)
            self.panel.show_save_failed(reason)
            self.retry.setVisible(True)

        self.backend.with_store(
            lambda store: store.record_attempt(record, schedule=schedule), saved, failed
        )

    def _next(self) -> None:
        if self.quiz is not None and self.quiz.phase is Phase.FEEDBACK:
            self.quiz.next()
            self._show_current()

    # --- the end -------------------------------------------------------------------------------

    def _finish(self) -> None:
        quiz = self.quiz
        assert quiz is not None and self.session is not None
        results = quiz.results()
        records = quiz.records
        reviews = [quiz.review(r.question_id) for r in records]
        session_id = self.session.id
        self.panel.clear()
        self._results_of = (quiz.exercise, tuple(records))
        self.results.show_results(quiz.exercise, results, records, reviews)
        self.pages.setCurrentWidget(self.results)
        self.backend.with_store(
            lambda store: store.finish_session(session_id, results),
            lambda _none: self.seat.push_soon() if self.seat is not None else None,
            self._report,
        )

    def open_document(self, row: int) -> None:
        """Open the document of the results' ``row`` at the workstation, with its regions and
        a genuine reference to compare with: the trainee looks again at what they missed."""
        if self._results_of is None or not 0 <= row < len(self._results_of[1]):
            return
        exercise, records = self._results_of
        try:
            question = exercise.question(records[row].question_id)
        except KeyError:
            return
        source = getattr(question, "specimen", None)
        if source is None:
            self.statusBar().showMessage(self.tr("This question has no document."), 5000)
            return
        reference = genuine_reference(source) if isinstance(source, Recipe) else None
        if isinstance(question, CompareQuestion):
            reference = question.reference
        self._open_at_workstation(source, reference)

    def look_at_genuine(self, recipe: Recipe) -> None:
        """The lesson's "look at a genuine one": that document at the workstation (all lights,
        the loupe, its annotated regions) before any question about it."""
        self._open_at_workstation(recipe, None)

    def _open_at_workstation(self, source, reference) -> None:
        supply = self._supply
        wanted = [x for x in (source, reference) if x is not None]

        def located_one(found, x) -> None:
            self._keep(x, found, supply)
            if all(y.key() in self._located for y in wanted):
                self._show_document(source, reference)

        if all(x.key() in self._located for x in wanted):
            self._show_document(source, reference)
            return
        self.statusBar().showMessage(self.tr("Preparing the document…"))
        for x in wanted:
            self.backend.prepare(
                x, lambda found, x=x: located_one(found, x), self._report, supply=supply
            )

    def _show_document(self, source, reference) -> None:
        from docinspect.optics.page_source import open_page_source
        from docinspect.ui.inspect.workstation import InspectionWindow

        located = self._located[source.key()]
        ref = self._located.get(reference.key()) if reference is not None else None
        self.statusBar().clearMessage()
        try:
            window = InspectionWindow(
                open_page_source(located.specimen, located.folder),
                reference=open_page_source(ref.specimen, ref.folder) if ref else None,
            )
        except Exception as exc:  # a document that cannot be drawn: said, not raised
            self._report(str(exc))
            return
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.show_regions(located.specimen.regions)
        self._inspections.append(window)
        window.closed.connect(lambda: self._inspections.remove(window))
        window.show()

    def show_history(self) -> None:
        if self.trainee is None:
            self.picker.message.setText(self.tr("Choose a trainee first."))
            return
        trainee = self.trainee

        def loaded(summary: HistorySummary) -> None:
            self.history.show_history(trainee.name, summary)
            self.pages.setCurrentWidget(self.history)

        self.backend.with_store(
            lambda store: HistorySummary(
                tuple(store.sessions_for(trainee.id)), tuple(store.attempts_for(trainee.id))
            ),
            loaded,
            self._report,
        )

    def _back_to_picker(self) -> None:
        self._tick.stop()
        self._pending = None
        self.lesson.begin.setEnabled(True)
        self.notice.setVisible(False)
        self.quiz = None
        self.session = None
        self.panel.clear()
        self.pages.setCurrentWidget(self.picker)
        self._trainee_changed(self.picker.trainee.currentIndex())
        if self.seat is not None:
            self.seat.refresh_assignments()  # one assigned meanwhile shows up

    def _report(self, reason: str) -> None:
        """A failed background operation: shown where the trainee is looking, never swallowed."""
        message = self.tr("Something went wrong: {reason}").format(reason=reason)
        if self.pages.currentWidget() is self.question_page:
            self.waiting.setText(message)
        else:
            self.picker.message.setText(message)
            if self.pages.currentWidget() is self.lesson:
                self.pages.setCurrentWidget(self.picker)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self._tick.stop()
        self.panel.clear()
        self.backend.close()
        if self.seat is not None:
            self.seat.close()
        super().closeEvent(event)


def _question_sources(exercise: Exercise, order, position: int) -> list:
    """The specimen sources the question at ``position`` of ``order`` shows."""
    if position >= len(order):
        return []
    q = exercise.question(order[position])
    sources = [q.specimen] if q.specimen is not None else []
    if isinstance(q, CompareQuestion):
        sources.append(q.reference)
    return sources


def genuine_reference(recipe: Recipe) -> Recipe:
    """The genuine reference for a generated document: same type, state and side, no forgery,
    another holder; one per kind (the starter library's), so it is made once and cached."""
    return genuine_of_kind(recipe)


def fresh_documents(exercise: Exercise, seed: int) -> Exercise:
    """``exercise`` with new documents for this attempt: every generated (recipe) specimen's
    seed is mixed with the attempt's ``seed``, so a repeated exercise shows other holders and
    numbers and its answers cannot be learnt by heart; the same attempt (and its resume, which
    reads the exercise kept with the session) shows the same ones. Recipes that shared a seed
    still share one (a compare question's pair). An exam keeps its documents: it is the same
    test for everyone in a class, scored and compared as such. Pack specimens are files and
    stay as they are."""
    if exercise.mode is Mode.EXAM:
        return exercise

    def reseeded(source):
        if isinstance(source, Recipe):
            mixed = zlib.crc32(f"{source.seed}:{seed}".encode()) & 0x7FFFFFFF
            return replace(source, seed=mixed)
        return source

    questions = []
    for q in exercise.questions:
        changes = {}
        if getattr(q, "specimen", None) is not None:
            changes["specimen"] = reseeded(q.specimen)
        if isinstance(q, CompareQuestion) and q.reference is not None:
            changes["reference"] = reseeded(q.reference)
        questions.append(replace(q, **changes) if changes else q)
    return replace(exercise, questions=tuple(questions))


def _warm_fonts() -> None:
    """Create the renderer's font faces on the GUI thread.

    optics.fonts caches a QRawFont per font process-wide, but a QRawFont belongs to the
    thread that made it: made on a render pool thread that later ends (each question's view
    has its own pool), the next use segfaults. The GUI thread outlives every view.
    (Reported to the renderer engineer: /work/notes/practice-to-renderer.md.)
    """
    from docinspect.optics import fonts

    for font_id in fonts.known_fonts():
        for weight in (400, 700):
            fonts.face(font_id, weight)
