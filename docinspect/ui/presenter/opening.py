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
from docinspect.ui.presenter.window import PresenterWindow

#: Open presenter windows, kept alive until they close.
_OPEN: set[PresenterWindow] = set()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


def builtin_lesson_plans() -> list[LessonPlan]:
    """The lesson plans shipped in ``exercises/lesson-plans/``, by file name.

    Raises LessonPlanError if a shipped file is invalid (a test keeps that from happening).
    """
    root = resources.files("docinspect.exercises").joinpath("lesson-plans")
    with resources.as_file(root) as folder:
        return [read_lesson_plan(p) for p in lesson_plan_files(Path(folder))]


def single_specimen_plan(pack: Any, specimen: Any, *, minutes: float = 15.0) -> LessonPlan:
    """A one-step plan showing ``specimen`` of ``pack``: security features first, then the
    forgery indicators, in the order the specimen lists them."""
    regions = sorted(specimen.regions, key=lambda r: r.role is Role.FORGERY_INDICATOR)
    step = Step(
        id="specimen",
        kind=StepKind.PRESENTER,
        title=specimen.title,
        minutes=minutes,
        specimen=PackSpecimenRef(pack.id, specimen.id),
        reveal=tuple(r.id for r in regions),
    )
    return LessonPlan(id="specimen", title=specimen.title, steps=(step,))


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


def choose_lesson_plan(parent: QWidget | None) -> LessonPlan | None:
    """Ask which plan to run: a built-in one or a file. None when cancelled or unreadable
    (the instructor is told every problem of a bad file)."""
    plans = builtin_lesson_plans()
    other = _tr("Another lesson plan file…")
    names = [f"{p.title}  ({p.planned_minutes:g} min)" for p in plans] + [other]
    choice, ok = QInputDialog.getItem(
        parent, _tr("Presenter mode"), _tr("Lesson plan to run:"), names, 0, False
    )
    if not ok:
        return None
    if choice != other:
        return plans[names.index(choice)]
    path, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open a lesson plan"), "", _tr("Lesson plans (*{suffix})").format(suffix=SUFFIX)
    )
    if not path:
        return None
    try:
        from docinspect.training.exercise_files import builtin_exercises

        ids = {e.id for e in builtin_exercises()}
        return read_lesson_plan(Path(path), exercise_ids=ids)
    except LessonPlanError as exc:
        QMessageBox.warning(parent, _tr("Cannot use this lesson plan"), str(exc))
        return None
