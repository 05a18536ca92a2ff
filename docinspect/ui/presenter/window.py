"""Presenter mode: the classroom projector window running a lesson plan.

Left, the agenda with each step's planned time and, for the current step, a running clock
(elapsed against planned, red once over). Right, the step itself in large type: a lesson's
text, a specimen on the stage with regions revealed one by one, an exercise for the seats, or
the debrief of what the class missed. The instructor's notes sit in a small dock that N hides
from the projector, or that can be floated onto a second screen.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from docinspect.analytics.missed import MissedItem
from docinspect.model.exercise import Exercise, Recipe
from docinspect.model.lesson_plan import LessonPlan, Step, StepKind
from docinspect.model.light import ALL_LIGHTS, Light
from docinspect.model.region import Role
from docinspect.optics.page_source import PageSource
from docinspect.training.content_language import content_language
from docinspect.training.items import ItemError
from docinspect.training.lesson_run import LessonRun, clock_text
from docinspect.training.page_sources import (
    SpecimenUnavailable,
    page_source,
    specimen_folder,
    unavailable_reason,
)
from docinspect.training.specimens import SpecimenSupply
from docinspect.ui.background import Background
from docinspect.ui.exercise_modes import mode_name
from docinspect.ui.inspect.lights import LIGHT_KEYS
from docinspect.ui.inspect.state import TILT_STEP_DEG, InspectionState
from docinspect.ui.names import light_label
from docinspect.ui.presenter.debrief import DebriefPanel
from docinspect.ui.presenter.stage import PresenterStage

#: Type on the projector is this many times the desktop size (the issue asks for >= 1.6).
FONT_SCALE: Final = 1.8
_OVER: Final = QColor("#ff6b6b")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PresenterWindow(QMainWindow):
    """Runs ``plan`` on the projector. ``packs`` resolve pack specimens; ``db_url`` is the
    results store the debrief reads; ``exercises`` the curriculum (built-in by default)."""

    closed = Signal()
    #: The current step changed (its index).
    step_changed = Signal(int)

    def __init__(
        self,
        plan: LessonPlan,
        *,
        packs: Sequence[Any] = (),
        db_url: str | None = None,
        exercises: Sequence[Exercise] | None = None,
        supply: SpecimenSupply | None = None,
        clock: Callable[[], float] = time.monotonic,
        scale: float = FONT_SCALE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.run = LessonRun(plan, clock=clock)
        self._packs = list(packs)
        self._supply = supply
        self._exercises = list(exercises) if exercises is not None else None
        self._scale = scale
        self._debrief_showing = False
        self._generating = threading.Lock()
        self._preparation = Background(self)
        self.setWindowTitle(self.tr("Presenter — {title}").format(title=plan.title))
        base_pt = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 9.0
        self._base_pt = base_pt
        # One dark, high-contrast style for the room; sizes in points, scaled from the desktop's.
        self.setStyleSheet(
            f"QWidget {{ background: #101318; color: #f4f4f4; font-size: {base_pt * scale:.1f}pt; }}"
            "QListWidget { background: #181c22; border: none; }"
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #2a2f37; }"
            "QListWidget::item:selected { background: #1f5fbf; color: #ffffff; }"
            "QPushButton { background: #1f5fbf; color: #ffffff; border-radius: 4px;"
            " padding: 6px 18px; }"
            "QPushButton:disabled { background: #3a3f47; color: #9aa0a8; }"
        )

        self.state = InspectionState(self)
        self.stage = PresenterStage(self.state, scale=scale)
        self.text_page = self._build_text_page()
        if db_url is None:
            from docinspect.userdata import database_url

            db_url = database_url()
        self.debrief = DebriefPanel(
            db_url, self._curriculum, scale=scale, packs=self._exercise_packs
        )
        self.debrief.heading.setStyleSheet(f"font-size: {round(20 * scale)}pt; font-weight: bold;")
        self.debrief.show_requested.connect(self.show_missed)
        self.pages = QStackedWidget()
        for page in (self.text_page, self.stage, self.debrief):
            self.pages.addWidget(page)

        self.agenda = QListWidget()
        self.agenda.setObjectName("agenda")
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda.setWordWrap(True)
        for step in plan.steps:
            self.agenda.addItem(QListWidgetItem(step.title))
        self.agenda.itemClicked.connect(lambda item: self.go_to(self.agenda.row(item)))
        self.clock_label = QLabel()
        self.clock_label.setObjectName("stepClock")
        self.clock_label.setStyleSheet(f"font-size: {round(16 * scale)}pt; font-weight: bold;")
        self.total_label = QLabel()
        self.total_label.setObjectName("totalClock")
        sidebar = QWidget()
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(8, 8, 8, 8)
        plan_title = QLabel(plan.title)
        plan_title.setWordWrap(True)
        plan_title.setStyleSheet("font-weight: bold;")
        side.addWidget(plan_title)
        side.addWidget(self.clock_label)
        side.addWidget(self.total_label)
        side.addWidget(self.agenda, 1)
        self.sidebar = sidebar

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([round(230 * scale), 1600])
        self.setCentralWidget(splitter)

        self.notes = QLabel()
        self.notes.setObjectName("instructorNotes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Desk-sized type: the notes are for the instructor, not the back row.
        self.notes.setStyleSheet(
            f"QLabel {{ background: #2a2410; color: #ffe9a8; padding: 6px;"
            f" font-size: {base_pt * 1.2:.1f}pt; }}"
        )
        self.notes_dock = QDockWidget(self.tr("Instructor notes (N hides)"), self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes)
        self.notes_dock.setStyleSheet(f"QDockWidget {{ font-size: {base_pt * 1.2:.1f}pt; }}")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.notes_dock)

        self._build_actions()
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.update_clock)
        self._timer.start()
        self.resize(1600, 900)
        self._prepare_recipes()
        self._enter_step()

    # -- public API --------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.run.step

    def go_to(self, index: int) -> bool:
        """Make agenda step ``index`` current (False when it already is or does not exist)."""
        if not self.run.go_to(index):
            return False
        self._enter_step()
        return True

    def advance(self) -> None:
        """Space / →: reveal the next region of a specimen step, else go to the next step."""
        if self.pages.currentWidget() is self.stage and self.stage.reveal_next():
            return
        self.go_to(self.run.index + 1)

    def retreat(self) -> None:
        """←: hide the last revealed region, else go back to the previous step (or list)."""
        if self.pages.currentWidget() is self.stage and self.stage.reveal_back():
            return
        if self._debrief_showing:
            self._debrief_showing = False
            self.stage.clear()
            self.pages.setCurrentWidget(self.debrief)
            return
        self.go_to(self.run.index - 1)

    def set_notes_visible(self, on: bool) -> None:
        self.notes_dock.setVisible(on)

    def float_notes(self) -> None:
        """Shift+N: the notes in a window of their own, on another screen when there is one
        (the laptop's, while the projector shows this window)."""
        self.notes_dock.setFloating(True)
        self.notes_dock.show()
        here = self.screen()
        other = next((s for s in QGuiApplication.screens() if s is not here), None)
        area = (other or here).availableGeometry()
        self.notes_dock.setGeometry(area.x() + 40, area.y() + 40, 720, 360)
        self.notes_dock.raise_()

    def show_missed(self, item: MissedItem) -> None:
        """Put a debrief item's specimen on the big screen with what was missed revealed."""
        if item.specimen is None:
            return
        try:
            source = self._page_source(item.specimen)
        except SpecimenUnavailable as exc:
            reason = unavailable_reason(exc, content_language())
            self.debrief.status.setText(
                self.tr("Cannot show this specimen: {reason}").format(reason=reason)
            )
            return
        if item.feature:
            reveal = [item.feature]
        else:
            reveal = [r.id for r in source.specimen.regions if r.role is Role.FORGERY_INDICATOR]
        self._debrief_showing = True
        self.pages.setCurrentWidget(self.stage)
        # On a booklet, open at the page where what was missed is (a substituted visa page).
        page = ""
        missed = [
            r
            for r in source.specimen.regions
            if r.role is Role.FORGERY_INDICATOR and r.feature == (item.feature or r.feature)
        ]
        for booklet_page in source.specimen.pages if not missed else ():
            found = [
                r
                for r in booklet_page.regions
                if r.role is Role.FORGERY_INDICATOR and r.feature == (item.feature or r.feature)
            ]
            if found:
                page = booklet_page.id
                reveal = reveal if item.feature else [r.id for r in found]
                break
        self.stage.show_specimen(
            source, reveal=reveal, folder=self._specimen_folder(item.specimen), page=page
        )
        self.stage.reveal_next()

    def update_clock(self) -> None:
        """Refresh the step clock and the agenda's timings (the timer calls this twice a second)."""
        timing = self.run.timing()
        self.clock_label.setText(
            self.tr("{elapsed} of {planned}").format(
                elapsed=clock_text(timing.elapsed_s), planned=clock_text(timing.planned_s)
            )
            + (self.tr("  (paused)") if self.run.paused else "")
        )
        self.clock_label.setStyleSheet(
            f"font-size: {round(16 * self._scale)}pt; font-weight: bold;"
            + (f" color: {_OVER.name()};" if timing.over else "")
        )
        self.total_label.setText(
            self.tr("Lesson {elapsed} of {planned} min").format(
                elapsed=clock_text(self.run.total_elapsed_s()),
                planned=f"{self.plan.planned_minutes:g}",
            )
        )
        for i, step in enumerate(self.plan.steps):
            item = self.agenda.item(i)
            t = self.run.timing(i)
            text = self.tr("{number}. {title}\n   {minutes} min").format(
                number=i + 1, title=step.title, minutes=f"{step.minutes:g}"
            )
            if t.elapsed_s >= 1:
                text += "  ·  " + clock_text(t.elapsed_s)
            item.setText(text)
            item.setForeground(_OVER if t.over else QColor("#f4f4f4"))
            font = item.font()
            font.setBold(i == self.run.index)
            item.setFont(font)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()
        self.stage.clear()
        self.closed.emit()
        super().closeEvent(event)

    # -- steps -------------------------------------------------------------------------------
    def _enter_step(self) -> None:
        step = self.run.step
        self._debrief_showing = False
        self.agenda.setCurrentRow(self.run.index)
        self.notes.setText(step.notes or self.tr("(no notes for this step)"))
        if self.run.untranslated:  # for the instructor only: the class sees the text as written
            self.notes.setText(
                self.notes.text()
                + "\n\n"
                + self.tr("Not translated, shown as written: {texts}").format(
                    texts=" · ".join(
                        t if len(t) <= 60 else t[:57] + "…" for t in self.run.untranslated
                    )
                )
            )
        if step.kind is StepKind.PRESENTER:
            self._show_presenter_step(step)
        elif step.kind is StepKind.DEBRIEF:
            self.stage.clear()
            self.debrief.set_limit(step.items)
            self.pages.setCurrentWidget(self.debrief)
            self.debrief.refresh()
        else:
            self.stage.clear()
            self._show_text_step(step)
            self.pages.setCurrentWidget(self.text_page)
        self.update_clock()
        self.step_changed.emit(self.run.index)

    def _show_presenter_step(self, step: Step) -> None:
        self.pages.setCurrentWidget(self.stage)
        assert step.specimen is not None
        try:
            source = self._page_source(step.specimen)
        except SpecimenUnavailable as exc:
            self.stage.clear()
            self._show_text_step(step, problem=unavailable_reason(exc, content_language()))
            self.pages.setCurrentWidget(self.text_page)
            return
        loupe = (step.loupe.x_mm, step.loupe.y_mm, step.loupe.power) if step.loupe else None
        unknown = self.stage.show_specimen(
            source,
            light=step.light,
            tilt_deg=step.tilt_deg,
            tilt_away_deg=step.tilt_away_deg,
            loupe=loupe,
            reveal=step.reveal,
            # A booklet opens at the page the step names (its "page": a page id).
            folder=self._specimen_folder(step.specimen),
            page=str(step.extra.get("page", "")),
        )
        if unknown:
            self.notes.setText(
                self.notes.text()
                + "\n\n"
                + self.tr("Not on this specimen (cannot reveal): {names}").format(
                    names=", ".join(unknown)
                )
            )
        if self.isVisible() and self.stage.view is not None:
            self.stage.view.setFocus()

    def _show_text_step(self, step: Step, *, problem: str = "") -> None:
        paragraphs = list(step.text)
        heading = step.title
        if step.kind is StepKind.EXERCISE:
            exercise = next((e for e in self._curriculum() if e.id == step.exercise), None)
            if exercise is not None:
                heading = self.tr("Exercise: {title}").format(title=exercise.title)
                paragraphs.append(
                    self.tr("{count} questions · {mode}").format(
                        count=len(exercise.questions), mode=mode_name(exercise.mode.value)
                    )
                )
        if problem:
            paragraphs.append(
                self.tr("This specimen cannot be shown: {reason}").format(reason=problem)
            )
        self.text_title.setText(heading)
        self.text_body.setText("".join(f"<p>{_escape(p)}</p>" for p in paragraphs))

    # -- building ----------------------------------------------------------------------------
    def _build_text_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        margin = round(40 * self._scale)
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.text_title = QLabel()
        self.text_title.setObjectName("stepTitle")
        self.text_title.setWordWrap(True)
        self.text_title.setStyleSheet(
            f"font-size: {round(24 * self._scale)}pt; font-weight: bold; color: #ffffff;"
        )
        self.text_body = QLabel()
        self.text_body.setObjectName("stepText")
        self.text_body.setWordWrap(True)
        self.text_body.setTextFormat(Qt.TextFormat.RichText)
        self.text_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_body.setStyleSheet(
            f"font-size: {round(15 * self._scale)}pt; color: #f4f4f4; line-height: 140%;"
        )
        layout.addWidget(self.text_title)
        layout.addWidget(self.text_body, 1)
        return page

    def _action(self, text: str, keys: Sequence[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        state = self.state
        self.next_action = self._action(self.tr("Next"), ["Space", "Right"], self.advance)
        self.back_action = self._action(self.tr("Back"), ["Left"], self.retreat)
        self._action(self.tr("Next step"), ["PgDown"], lambda: self.go_to(self.run.index + 1))
        self._action(self.tr("Previous step"), ["PgUp"], lambda: self.go_to(self.run.index - 1))
        self.light_actions: dict[Light, QAction] = {}
        for light in ALL_LIGHTS:
            self.light_actions[light] = self._action(
                light_label(light), [LIGHT_KEYS[light]], lambda light=light: state.set_light(light)
            )
        # Page Up / Page Down step through the lesson: a booklet's pages turn on . and ,
        self._action(self.tr("Next page of the booklet"), ["."], lambda: self.stage.turn_page(1))
        self._action(
            self.tr("Previous page of the booklet"), [","], lambda: self.stage.turn_page(-1)
        )
        self._action(self.tr("Tilt right"), ["]"], lambda: state.tilt_by(TILT_STEP_DEG))
        self._action(self.tr("Tilt left"), ["["], lambda: state.tilt_by(-TILT_STEP_DEG))
        self._action(self.tr("Tilt away"), ["'"], lambda: state.tilt_away_by(TILT_STEP_DEG))
        self._action(self.tr("Tilt towards you"), [";"], lambda: state.tilt_away_by(-TILT_STEP_DEG))
        self._action(self.tr("Lay flat"), ["\\"], state.lay_flat)
        self._action(
            self.tr("Loupe"), ["L"], lambda: state.set_loupe_enabled(not state.loupe_enabled)
        )
        self._action(self.tr("Stronger loupe"), ["+", "="], lambda: state.step_loupe_power(1))
        self._action(self.tr("Weaker loupe"), ["-"], lambda: state.step_loupe_power(-1))
        self._action(self.tr("Fit"), ["F"], state.request_fit)
        self.notes_action = self._action(
            self.tr("Instructor notes"),
            ["N"],
            lambda: self.set_notes_visible(not self.notes_dock.isVisible()),
        )
        self._action(
            self.tr("Agenda"), ["G"], lambda: self.sidebar.setVisible(not self.sidebar.isVisible())
        )
        self._action(self.tr("Instructor notes in a window"), ["Shift+N"], self.float_notes)
        self._action(self.tr("Pause the clock"), ["P"], self._toggle_pause)
        self._action(self.tr("Full screen"), ["F11"], self._toggle_full_screen)
        # Esc leaves presenter mode, as it leaves a slide show: leaving only full screen
        # kept the answers on the projector in a window (F11 is the full-screen switch).
        self._action(self.tr("Leave presenter mode"), ["Esc"], self.close)

    def _toggle_pause(self) -> None:
        self.run.set_paused(not self.run.paused)
        self.update_clock()

    def _toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _curriculum(self) -> Sequence[Exercise]:
        if self._exercises is None:
            from docinspect.training.catalogue import Catalogue
            from docinspect.training.exercise_files import builtin_exercises

            # The packs' own exercises too: an instructor's exercise can be a plan's step,
            # and the debrief names its questions by its title.
            packs = [p for p in self._packs if p is not None]
            catalogue = Catalogue(builtin_exercises(), packs)
            self._exercises = catalogue.exercises
            self._pack_of = {e.id: e.pack.id for e in catalogue.entries if e.pack is not None}
        return self._exercises

    def _exercise_packs(self) -> dict[str, str]:
        """Exercise id -> id of the pack it came from (for the debrief's specimens)."""
        self._curriculum()
        return dict(getattr(self, "_pack_of", {}))

    def _prepare_recipes(self) -> None:
        """Generate the plan's recipe specimens in the background, so that reaching a step does
        not wait a second for the generator (a step reached first generates its own)."""
        recipes = [s.specimen for s in self.plan.steps if isinstance(s.specimen, Recipe)]
        if not recipes:
            return
        supply = self._specimen_supply()

        def prepare() -> None:
            for recipe in recipes:
                # One generation of a recipe at a time: a step shown meanwhile waits for it
                # rather than writing the same cache folder at the same time.
                with self._generating, contextlib.suppress(ItemError):
                    supply.prepare(recipe)  # a failure is reported when its step is shown

        # Nothing to show when done; an unexpected failure (a bug) is logged by the runner.
        self._preparation.run(prepare, lambda _none: None, kind="prepare")

    def _specimen_supply(self) -> SpecimenSupply:
        if self._supply is None:
            self._supply = SpecimenSupply()
        return self._supply

    def _specimen_folder(self, ref: object) -> Path | None:
        with self._generating:
            return specimen_folder(ref, self._packs, self._specimen_supply())  # type: ignore[arg-type]

    def _page_source(self, ref: object) -> PageSource:
        with self._generating:
            return page_source(ref, self._packs, self._specimen_supply())  # type: ignore[arg-type]
