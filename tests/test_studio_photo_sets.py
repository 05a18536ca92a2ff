"""Instructor photo sets (issue 16): pairs of photos imported in the studio, marked same or
different with the differing traits, made into a face-comparison exercise that stays in the
pack, practised through the verdict question with the traveller beside the photo; the studio
warns before a pack with real faces is exported.

The "real" faces here are generated portraits standing in for volunteers' photos."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from test_studio import answer_questions, quiet_messages, studio  # noqa: F401

from docinspect.capture.photo_sets import PHOTO_SET_KEY
from docinspect.model import Verdict
from docinspect.packs import read_pack
from docinspect.synth import portrait
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings


def _photos(tmp_path, seed: int, *, same: bool):
    rng = np.random.default_rng(seed)
    holder = portrait.random_face(rng)
    other = holder if same else portrait.look_alike(holder, rng, difference=0.6)
    document = tmp_path / f"doc-{seed}.png"
    live = tmp_path / f"live-{seed}.jpg"
    Image.fromarray(portrait.render_portrait_array(holder)).save(document)
    at_desk = portrait.same_person(other, rng)
    Image.fromarray(portrait.render_portrait_array(at_desk)).save(live, quality=90)
    return document, live


def _import(qtbot, window, document, live, *, title, different=(), consent=True):
    dialog = window.import_photo_set()
    dialog.document_edit.setText(str(document))
    dialog.live_edit.setText(str(live))
    dialog.title_edit.setText(title)
    if different:
        dialog.different.setChecked(True)
        for group in different:
            dialog.traits[group].setChecked(True)
        dialog.note_edit.setPlainText("Look at the ear lobes.")
    dialog.consent.setChecked(consent)
    dialog.ok_button.click()
    return dialog


def test_photo_sets_become_a_face_exercise_practised_in_the_app(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    window = studio
    same_doc, same_live = _photos(tmp_path, 1, same=True)
    diff_doc, diff_live = _photos(tmp_path, 2, same=False)
    # Refused with reasons, the dialog stays open: no consent, and "different" with no trait.
    dialog = window.import_photo_set()
    dialog.document_edit.setText(str(diff_doc))
    dialog.live_edit.setText(str(tmp_path / "missing.png"))
    dialog.different.setChecked(True)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result_set is None
    assert "at least one trait" in dialog.problem_label.text()
    assert "agreed" in dialog.problem_label.text()
    dialog.consent.setChecked(True)
    dialog.traits["ears"].setChecked(True)
    dialog.ok_button.click()
    assert "missing.png: no such file" in dialog.problem_label.text()
    dialog.reject()
    assert not window.document.draft.specimens

    _import(qtbot, window, same_doc, same_live, title="Volunteers, pair 1")
    _import(
        qtbot, window, diff_doc, diff_live, title="Volunteers, pair 2", different=("ears", "nose")
    )
    same, different = window.document.draft.specimens
    assert same.truth.verdict is Verdict.GENUINE and not same.regions
    assert different.truth.verdict is Verdict.IMPOSTOR and different.truth.methods == ("impostor",)
    assert different.extra[PHOTO_SET_KEY]["differing"] == ["ears", "nose"]
    (indicator,) = different.regions
    assert indicator.feature == "portrait" and "the ears; the nose" in indicator.explanation
    assert "Look at the ear lobes." in different.truth.explanation
    # The live photo is shown on the Specimen tab beside the document photo on the page.
    window.tabs.setCurrentIndex(1)
    assert not window.live_photo.pixmap().isNull()
    # Marked anew: the same person after all, then two people differing in the mouth.
    window.document.select_specimen(different.id)
    dialog = window.remark_photo_set()
    assert dialog.different.isChecked() and dialog.traits["ears"].isChecked()
    assert dialog.note_edit.toPlainText() == "Look at the ear lobes."
    dialog.same.setChecked(True)
    dialog.ok_button.click()
    now = window.document.current
    assert now.truth.verdict is Verdict.GENUINE and not now.regions
    assert now.layers == different.layers and now.extra["traveller"] == "traveller.png"
    dialog = window.remark_photo_set()
    dialog.different.setChecked(True)
    dialog.traits["mouth"].setChecked(True)
    dialog.ok_button.click()
    now = window.document.current
    assert now.truth.verdict is Verdict.IMPOSTOR and now.extra[PHOTO_SET_KEY]["differing"] == [
        "mouth"
    ]
    assert "the mouth" in now.regions[0].explanation
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.current.truth == different.truth
    assert window.make_face_exercise()
    (exercise,) = window.document.draft.exercises
    assert [q["specimen"] for q in exercise["questions"]] == [same.id, different.id]

    # Export warns about real faces; "No" writes nothing, "Yes" writes the pack.
    asked: list[str] = []
    dest = tmp_path / "faces-pack"
    answer_questions(monkeypatch, QMessageBox.StandardButton.No, asked)
    with qtbot.waitSignal(window.exported, timeout=60_000) as refused:
        window.export_to(dest)
    assert refused.args == [""] and not dest.exists()
    assert (
        "real people's faces (the photo sets Volunteers, pair 1, Volunteers, pair 2)" in asked[-1]
    )
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(window.exported, timeout=60_000) as done:
        window.export_to(dest)
    assert done.args == [str(dest)], window.last_error
    pack = read_pack(dest)
    assert {s.id for s in pack.specimens} == {same.id, different.id}
    assert all((dest / "specimens" / s.id / "traveller.png").is_file() for s in pack.specimens)

    # Practised in the practice window with the traveller beside the photo.
    library = MainWindow(AppSettings())
    qtbot.addWidget(library)
    library.show()
    library.open_pack(dest)
    qtbot.waitUntil(lambda: bool(library.model.pack_paths()), timeout=30_000)
    qtbot.waitUntil(lambda: not library.is_busy(), timeout=30_000)
    practice = library.open_practice()
    qtbot.addWidget(practice)
    listed = practice.picker.exercises
    rows = {listed.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(listed.count())}
    practice.add_trainee("Ines Instructor")
    qtbot.waitUntil(lambda: practice.trainee is not None, timeout=10_000)
    listed.setCurrentRow(rows[exercise["id"]])
    practice.picker.start.click()
    truth = {s.id: s.truth.verdict for s in pack.specimens}
    for n in (1, 2):
        qtbot.waitUntil(
            lambda n=n: (
                practice.pages.currentWidget() is practice.question_page
                and practice.progress.text().startswith(f"Question {n} ")
                and practice.panel.item is not None
                and practice.panel.answer_box.isEnabled()
            ),
            timeout=30_000,
        )
        assert practice.panel.traveller is not None  # the live photo beside the document photo
        # A photo set is a white-light picture: only that light is offered, and faces compare.
        enabled = [b.objectName() for b in practice.panel.lights.buttons() if b.isEnabled()]
        assert enabled == ["light_white"]
        assert not practice.panel.compare_faces.isHidden()
        specimen_id = practice.panel.item.question.specimen.id
        name = "answerGenuine" if truth[specimen_id] is Verdict.GENUINE else "answerForged"
        practice.panel.findChild(QPushButton, name).click()
        qtbot.waitUntil(lambda: practice.next.isVisible(), timeout=30_000)
        assert practice.quiz.outcome.correct
        practice.next.click()
    qtbot.waitUntil(lambda: practice.pages.currentWidget() is practice.results, timeout=30_000)
    assert "Score: 2 of 2" in practice.results.summary.text()
    practice.close()


@pytest.mark.parametrize("consent", [False])
def test_no_photo_set_without_consent(qtbot, studio, tmp_path, consent):  # noqa: F811
    document, live = _photos(tmp_path, 3, same=True)
    dialog = _import(qtbot, studio, document, live, title="Pair", consent=consent)
    assert dialog.result_set is None and not studio.document.draft.specimens
