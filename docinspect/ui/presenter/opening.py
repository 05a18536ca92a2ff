"""Opening presenter mode: for one specimen of the library, or to run a lesson plan."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from docinspect.model.lesson_plan import (
    SUFFIX,
    LessonPlan,
    LessonPlanError,
    PackSpecimenRef,
    Step,
    StepKind,
    lesson_plan_files,
    read_lesson_plan,
)
from docinspect.model.region import Role
from docinspect.packs import Pack
from docinspect.training.catalogue import specimen_in_language
from docinspect.training.content_language import builtin_catalogue, content_language, localized_plan
from docinspect.training.explanation_language import translate_title
from docinspect.ui.presenter.window import PresenterWindow
from docinspect.ui.problems_dialog import problem_lines

#: Open presenter windows, kept alive until they close.
_OPEN: set[PresenterWindow] = set()


def builtin_lesson_plans() -> list[LessonPlan]:
    """The lesson plans shipped in ``exercises/lesson-plans/``, by file name.

    Raises LessonPlanError if a shipped file is invalid (a test keeps that from happening).
    """
    root = resources.files("docinspect.exercises").joinpath("lesson-plans")
    with resources.as_file(root) as folder:
        plans = [read_lesson_plan(p) for p in lesson_plan_files(Path(folder))]
    # Shipped plans read in the class's language, like the curriculum (decision 0029).
    language = content_language()
    catalogue = builtin_catalogue(language)
    return [localized_plan(plan, catalogue, language=language) for plan in plans]


def in_class_language(plan: LessonPlan) -> LessonPlan:
    """An instructor's own plan in the language the app speaks, by the translations the plan
    carries (decision 0034); what it lacks stays as written and is listed for the notes."""
    return localized_plan(plan, {}, language=content_language())


def single_specimen_plan(pack: Any, specimen: Any, *, minutes: float = 15.0) -> LessonPlan:
    """A one-step plan showing ``specimen`` of ``pack``: security features first, then the
    forgery indicators, in the order the specimen lists them."""
    regions = sorted(specimen.taught_regions(), key=lambda r: r.role is Role.FORGERY_INDICATOR)
    if isinstance(pack, Pack):  # an author's title in the pack's translation (decision 0035)
        specimen = specimen_in_language(pack, specimen)
    step = Step(
        id="specimen",
        kind=StepKind.PRESENTER,
        title=translate_title(specimen.title),
        minutes=minutes,
        specimen=PackSpecimenRef(pack.id, specimen.id),
        reveal=tuple(r.id for r in regions),
    )
    return LessonPlan(id="specimen", title=translate_title(specimen.title), steps=(step,))


def open_presenter(
    plan: LessonPlan,
    *,
    packs: tuple[Any, ...] = (),
    parent: QWidget | None = None,
    db_url: str | None = None,
    full_screen: bool = True,
) -> PresenterWindow:
    """Open presenter mode for ``plan`` (full screen unless told otherwise); it deletes itself
    when closed."""
    window = PresenterWindow(plan, packs=packs, db_url=db_url, parent=parent)
    if parent is not None:
        window.setWindowFlag(Qt.WindowType.Window, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _OPEN.add(window)
    window.closed.connect(lambda: _OPEN.discard(window))
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    return window


def known_exercise_ids(packs: tuple[Any, ...] = ()) -> set[str]:
    """Exercises a plan's exercise step may name: the curriculum's and the packs' (the
    library's), as the seats are given them (docs/decisions/0019-exercises-from-packs.md)."""
    from docinspect.training.catalogue import Catalogue
    from docinspect.training.exercise_files import builtin_exercises

    return {e.id for e in Catalogue(builtin_exercises(), [p for p in packs if p]).entries}


def start_presenter(
    parent: QWidget | None,
    *,
    selected: tuple[Any, Any] | None = None,
    packs: tuple[Any, ...] = (),
) -> PresenterWindow | None:
    """Tools > Presenter mode…: show the selected (pack, specimen) on the big screen, or run a
    lesson plan (built-in or from a file) with ``packs`` for its pack specimens."""
    plans = builtin_lesson_plans()
    choices: list[tuple[str, LessonPlan | str | None]] = []
    if selected is not None:
        pack, specimen = selected
        label = QCoreApplication.translate("Presenter", "The selected specimen: {title}").format(
            title=specimen.title
        )
        choices.append((label, single_specimen_plan(pack, specimen)))
    for plan in plans + own_lesson_plans():
        label = QCoreApplication.translate(
            "Presenter", "Lesson plan: {title} ({minutes} min)"
        ).format(title=plan.title, minutes=f"{plan.planned_minutes:g}")
        choices.append((label, plan))
    choices.append((QCoreApplication.translate("Presenter", "Another lesson plan file…"), "file"))
    choices.append((QCoreApplication.translate("Presenter", "New lesson plan…"), "new"))
    choices.append((QCoreApplication.translate("Presenter", "Edit a lesson plan file…"), "edit"))
    names = [c[0] for c in choices]
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Presenter", "Presenter mode"),
        QCoreApplication.translate("Presenter", "What to show on the big screen:"),
        names,
        0,
        False,
    )
    if not ok:
        return None
    picked = choices[names.index(choice)][1]
    if picked in ("new", "edit"):
        edit_lesson_plan(parent, packs=packs, open_file=picked == "edit")
        return None
    plan = _plan_from_file(parent, packs) if picked == "file" else picked
    if not isinstance(plan, LessonPlan):
        return None
    return open_presenter(plan, packs=tuple(p for p in packs if p is not None), parent=parent)


def _plan_from_file(parent: QWidget | None, packs: tuple[Any, ...] = ()) -> LessonPlan | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Presenter", "Open a lesson plan"),
        "",
        QCoreApplication.translate("Presenter", "Lesson plans (*{suffix})").format(suffix=SUFFIX),
    )
    if not path:
        return None
    try:
        plan = read_lesson_plan(Path(path), exercise_ids=known_exercise_ids(packs))
        return in_class_language(plan)
    except LessonPlanError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Presenter", "Cannot use this lesson plan"),
            problem_lines(exc.problems),
        )
        return None


def own_lesson_plans() -> list[LessonPlan]:
    """The lesson plans made in the app (saved in the user's lesson plan folder) that read
    cleanly; one that does not is left out here and named when it is opened for editing."""
    from docinspect.ui.presenter.plan_editor import user_plans_dir

    plans = []
    for path in lesson_plan_files(user_plans_dir()):
        try:
            plans.append(in_class_language(read_lesson_plan(path)))
        except LessonPlanError:
            continue
    return plans


def exercise_choices(packs: tuple[Any, ...] = ()) -> list[tuple[str, str]]:
    """(id, title) of the exercises a plan's exercise step may name: the curriculum's and the
    open packs'."""
    from docinspect.training.catalogue import Catalogue
    from docinspect.training.exercise_files import builtin_exercises

    entries = Catalogue(builtin_exercises(), [p for p in packs if p]).entries
    return [(e.id, e.title) for e in entries]


def edit_lesson_plan(
    parent: QWidget | None,
    *,
    packs: tuple[Any, ...] = (),
    open_file: bool = False,
    path: Path | None = None,
) -> Any:
    """Open the lesson plan editor (non-modal): a new plan, or the file at ``path`` (asked for
    when ``open_file``). Returns the dialog, or None when nothing was opened."""
    from docinspect.ui.presenter.plan_editor import LessonPlanEditor, user_plans_dir

    plan = None
    if open_file and path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Presenter", "Edit a lesson plan"),
            str(user_plans_dir()),
            QCoreApplication.translate("Presenter", "Lesson plans (*{suffix})").format(
                suffix=SUFFIX
            ),
        )
        if not name:
            return None
        path = Path(name)
    if path is not None:
        try:
            plan = read_lesson_plan(path)
        except LessonPlanError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("Presenter", "Cannot use this lesson plan"),
                problem_lines(exc.problems),
            )
            return None
    live = tuple(p for p in packs if p is not None)
    dialog = LessonPlanEditor(
        plan, packs=live, exercises=exercise_choices(live), path=path, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
