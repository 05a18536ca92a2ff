"""The practice question panel as a trainee sees it: no light buttons without a document, and
a 'drawing' notice over the desk (and the document's clock) until the document is on screen."""

from __future__ import annotations

import numpy as np
from PIL import Image
from PySide6.QtWidgets import QLabel

from docinspect.model import DocumentType, Layer, Light, Specimen, Truth, Verdict
from docinspect.model.exercise import parse_exercise
from docinspect.model.taxonomy import load_taxonomy
from docinspect.training.items import Item
from docinspect.training.specimens import Located
from docinspect.ui.practice.panel import QuestionPanel

QUESTIONS = parse_exercise(
    {
        "format": 1,
        "id": "panel-1",
        "title": "Panel",
        "module": "1. Light",
        "mode": "practice",
        "questions": [
            {"id": "v", "type": "verdict", "specimen": "scan-1"},
            {"id": "w", "type": "which_light", "feature": "uv_dull_substrate"},
        ],
    },
    file="panel.json",
).questions


def scanned(tmp_path) -> Located:
    Image.fromarray(np.full((240, 400, 3), 200, np.uint8)).save(tmp_path / "white.png")
    specimen = Specimen(
        id="scan-1",
        title="Imported scan",
        document_type=DocumentType.OTHER,
        width_mm=100.0,
        height_mm=60.0,
        truth=Truth(Verdict.GENUINE),
        layers={Light.WHITE: Layer(Light.WHITE, "white.png")},
    )
    return Located(specimen, tmp_path)


def make_panel(qtbot) -> QuestionPanel:
    panel = QuestionPanel(load_taxonomy())
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    return panel


def test_a_question_without_a_document_shows_no_light_buttons(qtbot, tmp_path):
    panel = make_panel(qtbot)
    panel.show_item(Item(QUESTIONS[1], None), None, None)
    # Only the answer choices "White", "UV 365 nm"… remain: no look-alike light buttons.
    assert not panel.controls.isVisible()
    located = scanned(tmp_path)
    panel.show_item(Item(QUESTIONS[0], located.specimen), located, None)
    assert panel.controls.isVisible()
    panel.clear()


def test_the_panel_says_the_document_is_being_drawn_until_it_is_seen(qtbot, tmp_path):
    panel = make_panel(qtbot)
    located = scanned(tmp_path)
    seen = []
    panel.document_shown.connect(lambda: seen.append(True))
    panel.show_item(Item(QUESTIONS[0], located.specimen), located, None)
    message = panel.panes[0].view.findChild(QLabel, "missingLayerMessage")
    qtbot.waitUntil(lambda: message.isVisible() or bool(seen))
    assert "Drawing the document…" in message.text() and not seen
    qtbot.waitUntil(lambda: seen == [True])
    assert not message.isVisible()
    assert panel.panes[0].view.missing_message() == ""
    panel.clear()


def test_results_and_history_tables_cannot_be_edited(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from docinspect.ui.practice.pages import HistoryPage, ResultsPage

    results, history = ResultsPage(), HistoryPage()
    for page in (results, history):
        qtbot.addWidget(page)
        page.show()
    for table in (results.table, history.modules, history.sessions):
        table.setRowCount(1)
        table.setItem(0, 0, QTableWidgetItem("1 / 1"))
        table.setFocus()
        table.setCurrentCell(0, 0)
        qtbot.keyClick(table, Qt.Key.Key_F2)  # the keyboard's "edit this cell"
        assert table.state() is not QTableWidget.State.EditingState
        assert not table.verticalHeader().isVisible()


def test_the_traveller_stands_beside_the_questioned_document(qtbot, tmp_path):
    """An impostor question can be answered only by comparing the traveller with the portrait."""
    from docinspect.packs import read_pack
    from docinspect.synth.generate import generate_pack

    out = tmp_path / "pack"
    generate_pack(out, doc_type="td3", count=1, seed=5, forged_share=1.0, methods=["impostor"])
    pack = read_pack(out)
    specimen = pack.specimens[0]
    located = Located(specimen, pack.specimen_dir(specimen.id))
    panel = make_panel(qtbot)
    panel.resize(1280, 800)
    panel.show_item(Item(QUESTIONS[0], specimen), located, None)
    traveller = panel.traveller
    assert traveller is not None and traveller.isVisible() and traveller.has_photo()
    assert traveller.heading.text() == "Traveller at the desk"
    assert "Compare the face with the document's photo" in traveller.hint.text()
    assert panel.desk.indexOf(traveller) == 0  # left of the document, next to its portrait
    assert traveller.photo.pixmap().width() >= 250  # a face to compare, not a thumbnail

    # The next question's document has no traveller: the panel goes with the old question.
    plain = scanned(tmp_path)
    panel.show_item(Item(QUESTIONS[0], plain.specimen), plain, None)
    assert panel.traveller is None
    assert panel.desk.count() == 1
    panel.clear()


def test_the_practice_loupe_has_the_size_chosen_at_the_desk(qtbot):
    from docinspect.ui.inspect.preferences import save_loupe_size
    from docinspect.ui.inspect.state import LoupeSize

    assert make_panel(qtbot).state.loupe_size is LoupeSize.MEDIUM  # nothing chosen yet
    save_loupe_size(LoupeSize.LARGE)
    assert make_panel(qtbot).state.loupe_size is LoupeSize.LARGE


def test_the_pressed_answer_stays_marked_when_the_buttons_grey_out(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    panel = make_panel(qtbot)
    located = scanned(tmp_path)
    panel.show_item(Item(QUESTIONS[0], located.specimen), located, None)
    answers = []
    panel.answered.connect(answers.append)
    refuse = panel.findChild(QPushButton, "answerForged")
    accept = panel.findChild(QPushButton, "answerGenuine")
    qtbot.mouseClick(refuse, Qt.MouseButton.LeftButton)
    assert len(answers) == 1 and not panel.answer_box.isEnabled()
    assert panel.chosen_button is refuse
    assert "border" in refuse.styleSheet() and accept.styleSheet() == ""
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)  # disabled: nothing changes
    assert len(answers) == 1 and panel.chosen_button is refuse
    panel.clear()
    assert panel.chosen_button is None


def test_a_question_without_a_document_keeps_its_answers_right_below_the_prompt(qtbot):
    panel = make_panel(qtbot)
    panel.resize(1200, 900)
    panel.show_item(Item(QUESTIONS[1], None), None, None)

    def gap() -> int:
        prompt_bottom = panel.prompt.mapTo(panel, panel.prompt.rect().bottomLeft()).y()
        return panel.answer_box.mapTo(panel, panel.answer_box.rect().topLeft()).y() - prompt_bottom

    # Laid out (asynchronously): the answers right under the prompt, not at the page's bottom.
    qtbot.waitUntil(lambda: panel.answer_box.isVisible() and 0 <= gap() < 80)
    assert panel.answer_box.geometry().top() < 200
    panel.clear()


def test_beside_two_documents_the_traveller_keeps_to_its_narrowest(qtbot, tmp_path):
    from docinspect.model.exercise import CompareQuestion
    from docinspect.packs import read_pack
    from docinspect.synth.generate import generate_pack
    from docinspect.ui.inspect.traveller import MAX_PANEL_WIDTH_PX, MIN_PHOTO_WIDTH_PX

    out = tmp_path / "pack"
    generate_pack(out, doc_type="td3", count=2, seed=5, forged_share=0.5, methods=["impostor"])
    pack = read_pack(out)
    first, second = (Located(s, pack.specimen_dir(s.id)) for s in pack.specimens)
    question = CompareQuestion(id="c", specimen=first.specimen, reference=second.specimen)
    panel = make_panel(qtbot)
    panel.resize(1400, 800)
    panel.show_item(Item(question, first.specimen), first, second)
    traveller = panel.traveller
    assert traveller is not None and len(panel.panes) == 2
    qtbot.waitUntil(lambda: traveller.width() >= MIN_PHOTO_WIDTH_PX)
    assert traveller.width() < MAX_PANEL_WIDTH_PX - 60
    assert all(pane.width() > traveller.width() for pane in panel.panes)
    panel.clear()
