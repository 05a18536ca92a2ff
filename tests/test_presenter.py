"""Presenter mode driven as an instructor would: keys through a lesson plan, reveals, lights,
the step clock, and the debrief of a real store's attempts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from support.attempts import attempt

from docinspect.cli import main as cli_main
from docinspect.model.lesson_plan import LessonPlan, PackSpecimenRef, Step, StepKind
from docinspect.model.light import Light
from docinspect.model.region import Role
from docinspect.packs import read_pack
from docinspect.store import open_store
from docinspect.training.exercise_files import builtin_exercises
from docinspect.training.specimens import SpecimenSupply
from docinspect.ui.presenter.opening import single_specimen_plan
from docinspect.ui.presenter.window import PresenterWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def pack_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("presenter") / "pack"
    assert cli_main(["generate", "--out", str(out), "--count", "2", "--seed", "3"]) == 0
    return out


@pytest.fixture
def pack(pack_dir):
    return read_pack(pack_dir)


def _plan(pack) -> LessonPlan:
    forged = next(s for s in pack.specimens if s.truth.methods)
    return LessonPlan(
        id="t",
        title="Test plan",
        steps=(
            Step(id="intro", kind=StepKind.LESSON, title="Intro", minutes=5,
                 text=("Paper first.",), notes="secret note"),
            Step(id="walk", kind=StepKind.PRESENTER, title="Walk", minutes=10,
                 specimen=PackSpecimenRef(pack.id, forged.id), light=Light.WHITE,
                 reveal=("f-uv-fibres", "mrz", "f-substrate")),
            Step(id="ex", kind=StepKind.EXERCISE, title="Practice", minutes=12,
                 exercise="light-and-uv"),
        ),
    )  # fmt: skip


def _window(qtbot, plan, pack, **kwargs) -> PresenterWindow:
    win = PresenterWindow(plan, packs=[pack], **kwargs)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # window shortcuts need the active window
    return win


def _settle(qtbot, win) -> None:
    if win.stage.view is not None:
        win.stage.view.wait_for_renders()
    qtbot.wait(20)


def test_steps_advance_and_go_back_by_key_with_the_clock(qtbot, pack):
    clock = FakeClock()
    win = _window(qtbot, _plan(pack), pack, clock=clock, db_url="sqlite:///:memory:")
    assert win.run.index == 0 and win.agenda.currentRow() == 0
    assert win.pages.currentWidget() is win.text_page
    assert "Paper first." in win.text_body.text()
    assert win.notes.text() == "secret note"
    clock.now += 90
    win.update_clock()
    assert win.clock_label.text().startswith("1:30 of 5:00")

    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert win.run.index == 1 and win.agenda.currentRow() == 1
    assert win.pages.currentWidget() is win.stage
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert win.run.index == 2
    assert "Light sources and UV basics" in win.text_title.text()  # the curriculum's title
    qtbot.keyClick(win, Qt.Key.Key_PageUp)
    qtbot.keyClick(win, Qt.Key.Key_PageUp)
    assert win.run.index == 0
    win.update_clock()
    assert win.clock_label.text().startswith("1:30 of 5:00")  # the intro kept its time
    clock.now += 400  # over the 5 planned minutes
    win.update_clock()
    assert "color: #ff6b6b" in win.clock_label.styleSheet()

    qtbot.keyClick(win, Qt.Key.Key_N)
    assert win.notes_dock.isHidden()  # off the projector
    qtbot.keyClick(win, Qt.Key.Key_N)
    assert not win.notes_dock.isHidden()
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert win.notes_dock.isFloating() and win.notes_dock.isVisible()  # for a second screen
    assert win.notes.text() == "secret note"


def test_regions_are_revealed_in_the_plan_order(qtbot, pack):
    win = _window(qtbot, _plan(pack), pack, db_url="sqlite:///:memory:")
    qtbot.keyClick(win, Qt.Key.Key_Space)  # intro -> walk (nothing to reveal on a lesson)
    assert win.run.index == 1
    _settle(qtbot, win)
    stage = win.stage
    # "mrz" is a feature id: the forged specimen's MRZ indicator is chosen over the feature.
    order = [r.id for r in stage.order]
    assert order[0] == "f-uv-fibres" and order[2] == "f-substrate"
    assert stage.order[1].feature == "mrz" and stage.order[1].role is Role.FORGERY_INDICATOR
    assert stage.revealed == 0 and stage.explanation_text() == ""
    assert not win.state.overlay

    qtbot.keyClick(win, Qt.Key.Key_Space)
    assert stage.current_region().id == "f-uv-fibres"
    assert "1/3" in stage.explanation_text()
    assert stage.order[0].explanation.split(":")[0] in stage.explanation_text()
    assert win.state.light is Light.UV365  # revealing a UV feature turns the UV lamp on
    assert [i.region.id for i in stage.view.region_items()] == ["f-uv-fibres"]

    qtbot.keyClick(win, Qt.Key.Key_Right)
    assert stage.current_region().role is Role.FORGERY_INDICATOR
    highlighted = [i.region.id for i in stage.view.region_items() if i.highlighted]
    assert highlighted == [stage.order[1].id]
    qtbot.keyClick(win, Qt.Key.Key_Left)
    assert stage.current_region().id == "f-uv-fibres"
    qtbot.keyClick(win, Qt.Key.Key_Space)
    qtbot.keyClick(win, Qt.Key.Key_Space)
    assert stage.revealed == 3 and win.run.index == 1
    qtbot.keyClick(win, Qt.Key.Key_Space)  # all revealed: on to the next step
    assert win.run.index == 2
    qtbot.keyClick(win, Qt.Key.Key_Left)  # back to the walk-through, from the start
    assert win.run.index == 1 and win.stage.revealed == 0


def test_lights_tilt_and_loupe_by_key_on_the_big_screen(qtbot, pack):
    specimen = pack.specimens[1]
    win = _window(qtbot, single_specimen_plan(pack, specimen), pack, db_url="sqlite:///:memory:")
    _settle(qtbot, win)
    assert win.stage.view.source.specimen.id == specimen.id
    assert win.state.light is Light.WHITE
    qtbot.keyClick(win, Qt.Key.Key_U)
    assert win.state.light is Light.UV365
    assert "UV" in win.stage.caption.text()
    qtbot.keyClick(win, Qt.Key.Key_I)
    assert win.state.light is Light.IR
    qtbot.keyClick(win, Qt.Key.Key_BracketRight)
    assert win.state.tilt_deg == 5.0
    qtbot.keyClick(win, Qt.Key.Key_Apostrophe)
    qtbot.keyClick(win, Qt.Key.Key_Apostrophe)
    qtbot.keyClick(win, Qt.Key.Key_Semicolon)
    assert win.state.tilt_away_deg == 5.0 and win.state.tilt_deg == 5.0
    assert "top edge tilted +5°" in win.stage.caption.text()
    qtbot.keyClick(win, Qt.Key.Key_L)
    assert win.state.loupe_enabled
    qtbot.keyClick(win, Qt.Key.Key_Plus)
    assert win.state.loupe_power > 10.0
    _settle(qtbot, win)
    assert win.stage.view.shown_viewing().light is Light.IR
    qtbot.keyClick(win, Qt.Key.Key_F11)
    qtbot.waitUntil(win.isFullScreen)
    qtbot.keyClick(win, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not win.isFullScreen())
    with qtbot.waitSignal(win.closed, timeout=5000):
        qtbot.keyClick(win, Qt.Key.Key_Escape)  # Esc leaves presenter mode
    assert not win.isVisible()


def _attempt(trainee, question, correct, minute):
    return attempt(
        trainee,
        exercise_id="light-and-uv",
        question_id=question,
        correct=correct,
        at=datetime(2026, 5, 1, 9, tzinfo=UTC) + timedelta(minutes=minute),
        specimen_ref="recipe:td3:UTO:101:office_paper:0.100",
        answer={"kind": "verdict", "forged": not correct, "method": None},
        time_ms=3000,
        truth_verdict=None,
        accepted=None,
        features=(),
        methods=(),
        module="",
    )


def test_debrief_lists_the_most_missed_question_and_shows_it(qtbot, pack, tmp_path):
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    store = open_store(url)
    ann, bob = store.add_trainee("Ann"), store.add_trainee("Bob")
    answers = [
        (ann.id, "office-paper-verdict", False), (bob.id, "office-paper-verdict", False),
        (ann.id, "genuine-verdict", True), (bob.id, "genuine-verdict", False),
        (ann.id, "fibres-verdict", True), (bob.id, "fibres-verdict", True),
    ]  # fmt: skip
    for k, (who, question, ok) in enumerate(answers):
        assert store.record_attempt(_attempt(who, question, ok, k))
    store.close()

    plan = LessonPlan(id="d", title="D", steps=(
        Step(id="d", kind=StepKind.DEBRIEF, title="Debrief", minutes=5, items=5),
    ))  # fmt: skip
    supply = SpecimenSupply(cache_dir=tmp_path / "recipes")
    win = _window(qtbot, plan, pack, db_url=url, exercises=builtin_exercises(), supply=supply)
    qtbot.waitUntil(lambda: bool(win.debrief.items), timeout=10_000)
    items = win.debrief.items
    assert [i.item for i in items] == ["light-and-uv/office-paper-verdict",
                                       "light-and-uv/genuine-verdict"]  # fmt: skip
    assert items[0].missed == 2 and items[0].attempts == 2
    first_row = win.debrief.findChildren(type(win.debrief.heading), "debriefItem")[0]
    assert "100% wrong (2 of 2)" in first_row.text()
    assert "Genuine or forged" in first_row.text() or items[0].prompt in first_row.text()

    qtbot.mouseClick(win.debrief.buttons[0], Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.stage
    shown = win.stage.view.source.specimen
    assert shown.truth.methods == ("office_paper",)
    assert win.stage.current_region().role is Role.FORGERY_INDICATOR
    assert win.stage.current_region().method == "office_paper"
    qtbot.keyClick(win, Qt.Key.Key_Left)
    qtbot.keyClick(win, Qt.Key.Key_Left)  # nothing more to hide: back to the list
    assert win.pages.currentWidget() is win.debrief
    win.close()


def test_debrief_says_so_when_the_store_cannot_be_read(qtbot, tmp_path):
    plan = LessonPlan(id="d", title="D", steps=(
        Step(id="d", kind=StepKind.DEBRIEF, title="Debrief", minutes=5),
    ))  # fmt: skip
    win = PresenterWindow(plan, db_url="nosuchdriver://x", exercises=())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.debrief.loaded, timeout=10_000):
        pass
    assert "Cannot read the class's results" in win.debrief.status.text()


def test_tools_menu_opens_presenter_mode_for_the_selected_specimen(qtbot, pack_dir, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from docinspect.ui import presenter
    from docinspect.ui.main_window import MainWindow
    from docinspect.ui.presenter import opening
    from docinspect.ui.settings import AppSettings

    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_pack_folder(pack_dir)
    qtbot.waitUntil(lambda: window.model.specimen_count() == 2)
    qtbot.waitUntil(lambda: window.selected_key() is not None)
    offered = []

    def pick_first(_parent, _title, _label, items, *_args):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick_first)
    assert window.presenter_action.text().replace("&", "") == "Presenter mode…"
    window.presenter_action.trigger()
    assert offered[0].startswith("The selected specimen")
    assert any("UV basics" in name for name in offered)  # the built-in plans are offered too
    (shown,) = opening._OPEN
    assert isinstance(shown, presenter.window.PresenterWindow)
    assert shown.isFullScreen()
    assert shown.stage.view.source.specimen.id == window.selected_key().specimen_id
    shown.close()


def test_builtin_plans_reveal_only_what_their_specimens_have(tmp_path):
    from docinspect.optics.page_source import open_page_source
    from docinspect.ui.presenter.opening import builtin_lesson_plans
    from docinspect.ui.presenter.stage import resolve_reveal

    supply = SpecimenSupply(cache_dir=tmp_path / "recipes")
    plans = builtin_lesson_plans()
    assert {p.id for p in plans} >= {"uv-basics-45", "ir-and-the-mrz-30"}
    for plan in plans:
        for step in plan.steps:
            if step.kind is not StepKind.PRESENTER:
                continue
            located = supply.locate(step.specimen)
            source = open_page_source(located.specimen, located.folder)
            found, unknown = resolve_reveal(source.specimen.regions, step.reveal)
            assert unknown == [], f"{plan.id}/{step.id}"
            assert len(found) == len(step.reveal)


def test_a_plan_and_the_debrief_use_an_exercise_of_a_pack_by_its_title(qtbot, tmp_path):
    import dataclasses

    from hostile.packbuild import valid_pack

    mine = read_pack(valid_pack(tmp_path / "mine"))  # exercise "e1": "Exercise 1", on s01
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    store = open_store(url)
    ann = store.add_trainee("Ann")
    wrong = dataclasses.replace(
        _attempt(ann.id, "q1", False, 0), exercise_id="e1", specimen_ref="pack:s01"
    )
    assert store.record_attempt(wrong)
    store.close()
    plan = LessonPlan(id="p", title="P", steps=(
        Step(id="ex", kind=StepKind.EXERCISE, title="Practice", minutes=5, exercise="e1"),
        Step(id="d", kind=StepKind.DEBRIEF, title="Debrief", minutes=5, items=5),
    ))  # fmt: skip
    win = _window(qtbot, plan, mine, db_url=url)
    assert win.text_title.text() == "Exercise: Exercise 1"
    qtbot.keyClick(win, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bool(win.debrief.items), timeout=10_000)
    row = win.debrief.findChildren(type(win.debrief.heading), "debriefItem")[0].text()
    assert "Exercise 1, question 1" in row and "e1/q1" not in row
    # Its specimen is the pack's own, found by the pack the exercise came from.
    qtbot.mouseClick(win.debrief.buttons[0], Qt.MouseButton.LeftButton)
    assert win.stage.view.source.specimen.id == "s01"
    win.close()
