"""Exercises of packs in the practice window: listed by pack beside the built-in curriculum,
and practised with the specimens of their own pack (issue 21)."""

from __future__ import annotations

from pathlib import Path

from hostile.packbuild import exercise, specimen, specimen_files
from PySide6.QtCore import Qt
from test_training_ui_practice import EXAM, PRACTICE

from docinspect.model.truth import Truth, Verdict
from docinspect.packs import ExerciseFile, read_pack, write_pack
from docinspect.store import open_store
from docinspect.training.catalogue import Catalogue
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend


def _pack(dest: Path, pack_id: str, *, genuine: bool, exercise_id: str = "seized-1"):
    item = specimen("s01")
    if genuine:
        item = specimen("s01", truth=Truth(Verdict.GENUINE), regions=())
    data = exercise(exercise_id)
    data["title"] = f"Seized documents of {pack_id}"
    write_pack(
        dest,
        pack_id=pack_id,
        title=f"Border {pack_id}",
        version="1",
        specimens=[specimen_files(item)],
        exercises=[ExerciseFile(f"exercises/{exercise_id}.json", data)],
    )
    return read_pack(dest)


def test_catalogue_keeps_the_pack_of_each_exercise_and_refuses_a_second_owner_of_an_id(tmp_path):
    east = _pack(tmp_path / "east", "east", genuine=False)
    west = _pack(tmp_path / "west", "west", genuine=True)  # same exercise id as east's
    catalogue = Catalogue([EXAM], [east, west])
    assert [e.id for e in catalogue.entries] == ["exam-1", "seized-1"]
    assert catalogue.pack_of("seized-1") is east and catalogue.pack_of("exam-1") is None
    assert catalogue.title("seized-1") == "Seized documents of east"
    assert catalogue.title("gone") == "gone"
    [problem] = catalogue.problems
    assert "'seized-1' is also used by pack 'east'" in str(problem)


def _window(qtbot, tmp_path, packs):
    store = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    backend = PracticeBackend(store=store)
    win = PracticeWindow(backend=backend, exercises=[EXAM, PRACTICE], packs=packs)
    qtbot.addWidget(win)
    win.show()
    win.add_trainee("Ann Officer")
    qtbot.waitUntil(lambda: win.trainee is not None)
    return win, store


def _rows(win):
    lst = win.picker.exercises
    return [
        (lst.item(i).text(), lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
    ]


def test_pack_exercises_are_listed_under_their_pack_and_practised_with_its_specimens(
    qtbot, tmp_path
):
    east = _pack(tmp_path / "east", "east", genuine=False, exercise_id="seized-east")
    west = _pack(tmp_path / "west", "west", genuine=True, exercise_id="seized-west")
    win, store = _window(qtbot, tmp_path, [east, west])
    rows = _rows(win)
    headings = [text for text, data in rows if data is None]
    assert headings == ["Built-in curriculum", "Pack: Border east", "Pack: Border west"]
    ids = [data for _text, data in rows]
    assert ids.index("seized-east") == ids.index(None, 3) + 1  # under its own heading
    # A heading cannot be chosen.
    assert not win.picker.exercises.item(0).flags() & Qt.ItemFlag.ItemIsSelectable

    # Both packs' specimen is "s01": each exercise is answered on its own pack's document.
    for exercise_id, verdict_button, right in (
        ("seized-west", "answerGenuine", True),
        ("seized-east", "answerGenuine", False),
    ):
        win.picker.exercises.setCurrentRow(ids.index(exercise_id))
        qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                win.pages.currentWidget() is win.question_page
                and win.panel.item is not None
                and win.panel.answer_box.isEnabled()
            )
        )
        qtbot.mouseClick(
            win.panel.findChild(type(win.picker.start), verdict_button), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: win.next.isVisible())
        assert win.quiz.outcome.correct is right
        qtbot.mouseClick(win.next, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.pages.currentWidget() is win.results)
        qtbot.mouseClick(win.results.done, Qt.MouseButton.LeftButton)
    win.backend.wait()
    answered = {r.exercise_id: r.correct for r in store.attempts_for(win.trainee.id)}
    assert answered == {"seized-west": True, "seized-east": False}
    win.close()
    store.close()


def test_packs_given_later_are_offered_without_reopening_the_window(qtbot, tmp_path):
    win, store = _window(qtbot, tmp_path, [])
    assert None not in [data for _text, data in _rows(win)]  # no headings without packs
    win.set_packs([_pack(tmp_path / "east", "east", genuine=False)])
    assert "seized-1" in [data for _text, data in _rows(win)]
    win.close()
    store.close()
