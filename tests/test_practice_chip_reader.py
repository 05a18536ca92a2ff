"""The document reader at the practice desk (issue 22): offered where the exercise asks for it
(the chip module), absent where the page must be read (decision 0025)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_training_ui_practice import _wait_for_question

from docinspect.model.exercise import parse_exercise
from docinspect.store import open_store
from docinspect.training.specimens import SpecimenSupply
from docinspect.ui.inspect.chip_panel import ChipReaderDialog
from docinspect.ui.practice import PracticeWindow
from docinspect.ui.practice.backend import PracticeBackend


def _exercise(ex_id: str, *, reader: bool):
    data = {
        "format": 1,
        "id": ex_id,
        "title": ex_id,
        "module": "8. The chip",
        "mode": "practice",
        "lesson": ["Read the chip."],
        "questions": [
            {
                "id": "c1",
                "type": "verdict",
                "recipe": {
                    "document_type": "td3",
                    "state": "UTO",
                    "seed": 21,
                    "profile": "photo_substitution",
                    "subtlety": 0.5,
                },
            }
        ],
    }
    if reader:
        data["chip_reader"] = True
    return parse_exercise(data, file=f"{ex_id}.json")


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'seat.sqlite3'}")
    supply = SpecimenSupply(cache_dir=tmp_path / "cache")
    backend = PracticeBackend(store=store, supply=supply)
    exercises = [_exercise("with-reader", reader=True), _exercise("page-only", reader=False)]
    win = PracticeWindow(backend=backend, exercises=exercises)
    qtbot.addWidget(win)
    win.show()
    win.add_trainee("Ann Officer")
    qtbot.waitUntil(lambda: win.picker.trainee.count() == 1 and win.trainee is not None)
    yield win
    backend.wait()
    store.close()


def _start(qtbot, win, row: int) -> None:
    win.picker.exercises.setCurrentRow(row)
    qtbot.mouseClick(win.picker.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.lesson)
    qtbot.mouseClick(win.lesson.begin, Qt.MouseButton.LeftButton)
    _wait_for_question(qtbot, win, 1)


def test_the_chip_module_offers_the_reader_and_it_reads_the_real_holder(qtbot, window):
    _start(qtbot, window, 0)
    button = window.panel.read_chip
    assert not button.isHidden()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.panel.chip_dialog
    assert isinstance(dialog, ChipReaderDialog)
    # A photo substitution: the chip is the issuer's and still authenticates.
    assert dialog.status_label.text() == "Passive authentication passed."
    assert not dialog.chip_photo.pixmap().isNull()
    assert not dialog.printed_photo.pixmap().isNull()


def test_a_module_about_the_page_has_no_reader(qtbot, window):
    _start(qtbot, window, 1)
    assert window.panel.read_chip.isHidden()
    window.panel._open_chip_reader()  # the E key does nothing either
    assert window.panel.chip_dialog is None
