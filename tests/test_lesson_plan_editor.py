"""Lesson plans made in the app (issue 21): the presenter's plan editor, driven as an
instructor would, makes a plan of every step kind, refuses one that cannot run (naming the
step), saves a .lesson file that model/lesson_plan.py reads back, and presenter mode runs it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from docinspect.cli import main as cli_main
from docinspect.model.lesson_plan import PackSpecimenRef, StepKind, read_lesson_plan
from docinspect.model.light import Light
from docinspect.packs import read_pack
from docinspect.ui.presenter import opening
from docinspect.ui.presenter.opening import edit_lesson_plan, exercise_choices
from docinspect.ui.presenter.plan_editor import LessonPlanEditor, user_plans_dir
from docinspect.ui.presenter.window import PresenterWindow


@pytest.fixture(scope="module")
def pack_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("plan-editor") / "pack"
    assert cli_main(["generate", "--out", str(out), "--count", "2", "--seed", "3"]) == 0
    return out


def _add(qtbot, dialog, kind: StepKind) -> None:
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData(kind.value))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_a_plan_of_every_step_kind_is_made_saved_read_back_and_run(qtbot, pack_dir, tmp_path):
    pack = read_pack(pack_dir)
    forged = next(s for s in pack.specimens if s.truth.methods and len(s.taught_regions()) >= 2)
    dialog = LessonPlanEditor(packs=[pack], exercises=exercise_choices((pack,)))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.title_edit, "Paper and light, first morning")

    _add(qtbot, dialog, StepKind.LESSON)
    _type(qtbot, dialog.step_title, "Why paper matters")
    dialog.minutes.setValue(7)
    dialog.text.setPlainText("Genuine paper is dull under UV.\n\nOffice paper glows.")
    dialog.notes.setPlainText("Pass the lamp round.")

    _add(qtbot, dialog, StepKind.PRESENTER)
    assert dialog.form.isRowVisible(dialog.specimen) and not dialog.form.isRowVisible(
        dialog.exercise
    )
    _type(qtbot, dialog.step_title, "A forgery on the big screen")
    # Without a specimen the plan cannot run: saving is refused and the step is named.
    target = tmp_path / "morning.lesson"
    assert not dialog.save_to(target)
    assert "A forgery on the big screen: choose the specimen" in dialog.last_error
    assert not target.exists()
    key = PackSpecimenRef(pack.id, forged.id).key()
    dialog.specimen.setCurrentIndex(dialog.specimen.findData(key))
    dialog.specimen.activated.emit(dialog.specimen.currentIndex())
    regions = [r.id for r in forged.taught_regions()]
    assert [dialog.reveal.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)] == regions[:2]
    # Tick the first two regions, then reveal the second one first.
    for i in (0, 1):
        dialog.reveal.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.reveal.setCurrentRow(1)
    qtbot.mouseClick(dialog.reveal_up, Qt.MouseButton.LeftButton)
    dialog.light.setCurrentIndex(dialog.light.findData(Light.UV365.value))
    dialog.light.activated.emit(dialog.light.currentIndex())
    dialog.tilt_away.setValue(20)

    _add(qtbot, dialog, StepKind.EXERCISE)
    dialog.exercise.setCurrentIndex(dialog.exercise.findData("light-and-uv"))
    dialog.exercise.activated.emit(dialog.exercise.currentIndex())
    _add(qtbot, dialog, StepKind.DEBRIEF)
    dialog.items.setValue(3)
    # Move the exercise step after the debrief and back again.
    dialog.step_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert "Planned: 37 min" in dialog.total_label.text()

    assert dialog.save_to(target), dialog.last_error
    plan = read_lesson_plan(target)
    assert plan.title == "Paper and light, first morning"
    assert [s.kind for s in plan.steps] == [
        StepKind.LESSON,
        StepKind.PRESENTER,
        StepKind.EXERCISE,
        StepKind.DEBRIEF,
    ]
    lesson, shown, exercise, debrief = plan.steps
    assert lesson.title == "Why paper matters" and lesson.minutes == 7
    assert lesson.text == ("Genuine paper is dull under UV.", "Office paper glows.")
    assert lesson.notes == "Pass the lamp round."
    assert shown.specimen == PackSpecimenRef(pack.id, forged.id)
    assert shown.reveal == (regions[1], regions[0]) and shown.light is Light.UV365
    assert shown.tilt_away_deg == 20.0
    assert exercise.exercise == "light-and-uv" and debrief.items == 3

    # Opened again for editing, changed and saved over itself.
    again = edit_lesson_plan(None, packs=(pack,), path=target)
    qtbot.addWidget(again)
    again.step_list.setCurrentRow(0)
    again.minutes.setValue(9)
    assert again.save(), again.last_error
    assert read_lesson_plan(target).steps[0].minutes == 9
    assert read_lesson_plan(target).steps[1].reveal == shown.reveal

    # Presenter mode runs it: the specimen step reveals in the order chosen.
    window = PresenterWindow(read_lesson_plan(target), packs=[pack])
    qtbot.addWidget(window)
    window.go_to(1)
    assert window.plan.steps[1].reveal == (regions[1], regions[0])
    assert window.state.tilt_away_deg == 20.0  # the step's towards-away tilt is on the stage


def test_the_presenter_chooser_offers_new_plans_and_lists_the_ones_made(
    qtbot, pack_dir, monkeypatch
):
    pack = read_pack(pack_dir)
    picked: list[str] = []

    def choose(wanted):
        def get_item(_parent, _title, _label, items, *_args):
            picked[:] = list(items)
            match = next(i for i in items if i.startswith(wanted))
            return match, True

        return get_item

    monkeypatch.setattr(QInputDialog, "getItem", choose("New lesson plan"))
    assert opening.start_presenter(None, packs=(pack,)) is None
    editor = next(w for w in _top_level(LessonPlanEditor))
    qtbot.addWidget(editor)
    assert "Edit a lesson plan file…" in picked
    editor.title_edit.setText("My own plan")
    _add(qtbot, editor, StepKind.LESSON)
    editor.text.setPlainText("Hello.")
    assert editor.save_to(user_plans_dir() / "my-own-plan.lesson"), editor.last_error
    editor.close()
    monkeypatch.setattr(QInputDialog, "getItem", choose("Another lesson plan file"))
    monkeypatch.setattr(opening, "_plan_from_file", lambda *_a, **_k: None)
    opening.start_presenter(None, packs=(pack,))
    assert any(item.startswith("Lesson plan: My own plan") for item in picked)


def _top_level(kind):
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture(scope="module")
def booklet_pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("plan-editor-booklet") / "pack"
    assert cli_main(
        ["generate", "--out", str(out), "--type", "td3-booklet", "--count", "1", "--seed", "11",
         "--forged-share", "1", "--method", "page_substitution"]
    ) == 0  # fmt: skip
    return read_pack(out)


def test_a_booklet_step_opens_at_the_page_chosen_with_that_pages_regions(
    qtbot, booklet_pack, pack_dir, tmp_path
):
    pack = booklet_pack
    specimen = pack.specimens[0]
    page = next(p for p in specimen.pages if any(r.method for r in p.regions))
    one_page = read_pack(pack_dir)
    dialog = LessonPlanEditor(packs=[pack, one_page], exercises=exercise_choices((pack,)))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.title_edit, "Booklet checks")
    _add(qtbot, dialog, StepKind.PRESENTER)
    # No specimen yet, or a document of one page: no page to choose.
    assert not dialog.form.isRowVisible(dialog.page)
    dialog.specimen.setCurrentIndex(
        dialog.specimen.findData(PackSpecimenRef(pack.id, specimen.id).key())
    )
    dialog.specimen.activated.emit(dialog.specimen.currentIndex())
    assert dialog.form.isRowVisible(dialog.page)
    # The booklet's pages in order, handed over at its data page: its regions are offered.
    assert dialog.page.count() == len(specimen.pages) + 1
    assert dialog.page.currentData() == ""
    offered = {dialog.reveal.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)}
    assert offered <= {r.id for r in specimen.taught_regions()}
    # The substituted page: its own regions, the indicator among them.
    dialog.page.setCurrentIndex(dialog.page.findData(page.id))
    dialog.page.activated.emit(dialog.page.currentIndex())
    ids = [
        dialog.reveal.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.reveal.count())
    ]
    assert sorted(ids) == sorted(r.id for r in page.regions)
    indicator = next(r.id for r in page.regions if r.method)
    dialog.reveal.item(ids.index(indicator)).setCheckState(Qt.CheckState.Checked)
    target = tmp_path / "booklet.lesson"
    assert dialog.save_to(target), dialog.last_error
    step = read_lesson_plan(target).steps[0]
    assert step.extra.get("page") == page.id and step.reveal == (indicator,)
    # Opened again: the page is chosen as saved; the presenter opens the booklet there.
    again = edit_lesson_plan(None, packs=(pack,), path=target)
    qtbot.addWidget(again)
    again.step_list.setCurrentRow(0)
    assert again.page.currentData() == page.id
    window = PresenterWindow(read_lesson_plan(target), packs=[pack])
    qtbot.addWidget(window)
    window.go_to(0)
    assert window.stage.pages is not None and window.stage.pages.page_id == page.id
    # Another specimen, of one page: the row goes, and the step forgets the page.
    other = one_page.specimens[0]
    dialog.specimen.setCurrentIndex(
        dialog.specimen.findData(PackSpecimenRef(one_page.id, other.id).key())
    )
    dialog.specimen.activated.emit(dialog.specimen.currentIndex())
    assert not dialog.form.isRowVisible(dialog.page)
    assert "page" not in dialog.steps[0].extra
