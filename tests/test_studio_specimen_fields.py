"""The studio after import (issue 21): a redacted region is a redaction, never a feature; the
MRZ and data that repeat what was redacted are pointed out; the specimen's document type,
issuing state, forgery methods and MRZ text can be edited."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from test_mrz import TD3 as MRZ  # Doc 9303's specimen
from test_studio import (  # noqa: F401
    answer_questions,
    choose,
    drag,
    import_three_lights,
    quiet_messages,
    studio,
)

from docinspect.capture import Redaction
from docinspect.model import DocumentType, Role, Verdict
from docinspect.model.exercise import IdentifyQuestion, PackSpecimen
from docinspect.training.items import Item
from docinspect.ui.studio.canvas import Tool


def _draw_an_indicator(qtbot, window, tmp_path) -> None:
    """A scan imported and a forgery indicator drawn on it (region r1, selected)."""
    import_three_lights(qtbot, window, tmp_path)
    window.set_tool(Tool.RECT)
    drag(window.canvas, (10, 10), (40, 30))
    choose(window.region_panel.role, "forgery_indicator")


def test_a_redacted_region_is_a_redaction_and_the_mrz_that_repeats_it_is_named(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
    quiet_messages,  # noqa: F811
):
    window = studio
    _draw_an_indicator(qtbot, window, tmp_path)
    window.set_tool(Tool.RECT)
    drag(window.canvas, (60, 40), (100, 50))  # the holder's name
    # A new region does not take the role of the one selected before it.
    assert window.document.current.regions[1].role is Role.SECURITY_FEATURE
    specimen = window.document.current
    window.document.edit("mrz", lambda d: d.with_specimen(replace(specimen, mrz=MRZ)))
    window.canvas.select("r2")
    assert window.redact_selected(Redaction.BLACK, confirm=False)
    name = window.document.current.regions[1]
    assert name.role is Role.REDACTION and name.personal_data and name.method is None
    assert "MRZ text repeats the holder's name" in quiet_messages[-1]
    current = window.document.current
    assert [r.id for r in current.taught_regions()] == ["r1"]
    # Never asked about as a feature: an identify question finds no region of it.
    choices = ("personal_data", "portrait")
    ask = IdentifyQuestion("q", PackSpecimen(current.id), "personal_data", choices, region="r2")
    assert Item(ask, current).marked_region() is None


def test_document_type_state_methods_and_mrz_are_edited_on_the_specimen_tab(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
):
    window = studio
    import_three_lights(qtbot, window, tmp_path)
    window.tabs.setCurrentIndex(1)
    choose(window.verdict_combo, "counterfeit")
    choose(window.doc_type_combo, "td2")
    window.state_edit.setText("uto")
    window.state_edit.editingFinished.emit()
    methods = window.methods_list
    row = next(
        i for i in range(methods.count())
        if methods.item(i).data(Qt.ItemDataRole.UserRole) == "office_paper"
    )  # fmt: skip
    methods.item(row).setCheckState(Qt.CheckState.Checked)
    window.mrz_edit.setPlainText(f"{MRZ[0].lower()}\n {MRZ[1]} \n")
    window.mrz_edit.editing_finished.emit()
    got = window.document.current
    assert got.document_type is DocumentType.TD2 and got.issuing_state == "UTO"
    assert got.truth.verdict is Verdict.COUNTERFEIT and got.truth.methods == ("office_paper",)
    assert got.mrz == MRZ
    window.undo_action.trigger()  # each edit is undoable
    assert window.document.current.mrz == ()


def test_a_question_is_loaded_edited_and_updated_and_the_editor_fits_the_screen(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
    quiet_messages,  # noqa: F811
):
    window = studio
    _draw_an_indicator(qtbot, window, tmp_path)
    window.tabs.setCurrentIndex(3)
    dialog = window.edit_exercise(new=True)
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()
    specimen = window.document.current.id
    dialog.set_type("verdict")
    dialog.choose(dialog.specimen_combo, specimen)
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        assert dialog.add_question()
    dialog.set_type("locate")
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        assert dialog.add_question()
    # Choose the first question: the form shows it; change it to a locate by dragging.
    dialog.question_list.setCurrentRow(0)
    assert dialog.type_combo.currentData() == "verdict"
    dialog.set_type("locate")
    dialog.choose(dialog.input_combo, "drag")
    dialog.prompt_edit.setText("Draw a box around the office paper.")
    assert dialog.update_question()
    first = dialog.questions[0]
    assert (first["id"], first["type"], first["input"]) == ("q1", "locate", "drag")
    assert first["prompt"] == "Draw a box around the office paper."
    assert len(dialog.questions) == 2
    # An update that cannot be asked is refused and changes nothing.
    dialog.set_type("mrz")
    assert not dialog.update_question()
    assert dialog.questions[0] == first and "has no MRZ text" in quiet_messages[-1]


def test_removing_a_specimen_asks_first_and_names_the_exercises_using_it(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    from PySide6.QtWidgets import QMessageBox

    window = studio
    import_three_lights(qtbot, window, tmp_path)
    specimen = window.document.current
    exercise = {"id": "e", "title": "Seized", "questions": [{"id": "q1", "specimen": specimen.id}]}
    window.document.edit("exercise", lambda d: replace(d, exercises=(exercise,)))
    asked: list[str] = []
    answer_questions(monkeypatch, QMessageBox.StandardButton.No, asked)
    assert not window.remove_specimen()
    assert window.document.current is not None
    assert "Seized passport" in asked[-1] and "used by the exercises: Seized" in asked[-1]
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    assert window.remove_specimen()
    assert window.document.draft.specimens == ()


def test_the_region_list_names_every_region_and_chooses_one(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
):
    window = studio
    import_three_lights(qtbot, window, tmp_path)
    for box in (((10, 10), (40, 30)), ((60, 40), (100, 50))):
        window.set_tool(Tool.RECT)
        drag(window.canvas, *box)
    window.canvas.select("r2")
    assert window.redact_selected(Redaction.BLACK, confirm=False)
    texts = [window.region_list.item(i).text() for i in range(window.region_list.count())]
    assert texts[0].startswith("r1: ") and texts[0].endswith("(security feature)")
    assert texts[1] == "r2: personal data (redacted)"
    window.region_list.setCurrentRow(0)
    assert window.canvas.selected_id == "r1"
    assert window.region_panel.current_region().id == "r1"


def test_the_outline_found_and_the_one_marked_are_shown_and_kept_across_back(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
):
    import numpy as np
    from test_instructor_loop import card_photo

    from docinspect.model import Light

    photo = tmp_path / "card.jpg"
    corners = card_photo(photo)
    dialog = studio.import_scans()
    dialog.set_file(Light.WHITE, photo)
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    found, kind = dialog.outline()
    assert kind == "found" and "Orange" in dialog.status_label.text()
    assert np.allclose(found, corners, atol=6)  # the card's edges, found in the photo
    shown = dialog.preview_image()
    assert (shown == (255, 150, 0)).all(axis=2).any()  # drawn on the preview

    marked = [(c[0] + 1, c[1] + 1) for c in corners]
    dialog.set_page_corners(marked)
    assert dialog.outline() == (marked, "marked") and "Green" in dialog.status_label.text()
    dialog.pages.setCurrentIndex(0)  # Back, and read the same image again
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    assert dialog.outline() == (marked, "marked")
    other = tmp_path / "other.jpg"
    card_photo(other)
    dialog.pages.setCurrentIndex(0)
    dialog.set_file(Light.WHITE, other)  # another photo: its own corners, not these
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.start_reading()
    assert dialog.outline()[1] == "found"


def test_the_document_size_is_changed_after_import_and_regions_stay_over_the_print(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
):
    window = studio
    import_three_lights(qtbot, window, tmp_path)
    before = window.document.current
    assert window.width_spin.isEnabled()
    assert window.width_spin.value() == before.width_mm
    window.set_tool(Tool.RECT)
    drag(window.canvas, (10, 10), (40, 30))
    rect = window.document.current.regions[0].shape
    # Typed on the Specimen tab: half as wide and half as high.
    new_w, new_h = round(before.width_mm / 2, 2), round(before.height_mm / 2, 2)
    window.width_spin.setValue(new_w)
    window.width_spin.editingFinished.emit()
    window.height_spin.setValue(new_h)
    window.height_spin.editingFinished.emit()
    after = window.document.current
    assert after.size_mm == (new_w, new_h)
    assert set(after.layers) == set(before.layers)  # the scans are kept as they are
    moved = after.regions[0].shape
    sx, sy = new_w / before.width_mm, new_h / before.height_mm
    assert (moved.x, moved.y) == (
        pytest.approx(rect.x * sx, abs=0.01),
        pytest.approx(rect.y * sy, abs=0.01),
    )
    assert (moved.width, moved.height) == (
        pytest.approx(rect.width * sx, abs=0.01),
        pytest.approx(rect.height * sy, abs=0.01),
    )
    # The type's nominal size in one click; undo brings the previous size and region back.
    combo = window.doc_type_combo
    choose(combo, DocumentType.TD1.value)
    window.nominal_size_button.click()
    assert window.document.current.size_mm == (85.60, 53.98)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.current.size_mm == (new_w, new_h)
    assert window.document.current.regions[0].shape == moved
