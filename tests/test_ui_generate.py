"""File > Generate specimens…: options dialog, background run with progress and Cancel, the
result in the user's generated folder and in the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from docinspect.ui.generate_dialog import GenerateDialog, GenerationRequest, generator_available
from docinspect.ui.main_window import MainWindow
from docinspect.ui.settings import AppSettings
from docinspect.userdata import generated_dir

pytestmark = pytest.mark.skipif(
    not generator_available(), reason="the generator (docinspect.synth) has not landed"
)


def window_for(qtbot) -> MainWindow:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_dialog_turns_its_fields_into_the_generators_options(qtbot):
    dialog = GenerateDialog(seed=1234)
    qtbot.addWidget(dialog)
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("td1"))
    dialog.count.setValue(7)
    dialog.forged.setValue(30)
    dialog.subtlety.setValue(80)
    dialog.wear.setValue(20)
    dialog.issuer_errors.setValue(10)
    # Forgers' profiles by default: every profile the type takes.
    assert dialog.by_profile.isChecked() and dialog.choices.currentWidget() is dialog.profiles
    assert dialog.request() == GenerationRequest(
        doc_type="td1",
        count=7,
        seed=1234,
        forged_share=0.3,
        methods=None,
        subtlety=0.8,
        profiles=None,
        wear=0.2,
        issuer_errors=0.1,
    )
    # Leaving out one profile names the rest; leaving out all of them is refused.
    first = dialog.profiles.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    profiles = dialog.request().profiles
    assert profiles is not None and first.data(Qt.ItemDataRole.UserRole) not in profiles
    for i in range(dialog.profiles.count()):
        dialog.profiles.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.generate_button.isEnabled()
    assert "profile" in dialog.hint.text()
    dialog.forged.setValue(0)  # all genuine: nothing to choose
    assert dialog.generate_button.isEnabled()


def test_single_methods_are_a_drill_option(qtbot):
    dialog = GenerateDialog(seed=1)
    qtbot.addWidget(dialog)
    dialog.by_method.click()
    assert dialog.choices.currentWidget() is dialog.methods
    assert dialog.choices_label.text() == "Forgery methods"
    everything = dialog.request().methods
    assert everything is not None and "office_paper" in everything
    first = dialog.methods.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    methods = dialog.request().methods
    assert methods is not None and first.data(Qt.ItemDataRole.UserRole) not in methods
    assert dialog.request().profiles is None
    for i in range(dialog.methods.count()):
        dialog.methods.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.generate_button.isEnabled() and "method" in dialog.hint.text()
    dialog.by_profile.click()
    assert dialog.generate_button.isEnabled() and dialog.request().methods is None


def test_the_dialog_offers_only_the_methods_and_profiles_of_the_document_type(qtbot):
    dialog = GenerateDialog(seed=1)
    qtbot.addWidget(dialog)
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("td3"))
    td3 = dialog.methods.count()
    profiles = {
        dialog.profiles.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.profiles.count())
    }
    assert "fantasy_document" in profiles and "photo_substitution" in profiles
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("td1"))
    assert 0 < dialog.methods.count() <= td3
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("td1-back"))
    back = {
        dialog.profiles.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.profiles.count())
    }
    assert "photo_substitution" not in back  # the portrait is on the front


def test_generated_specimens_join_the_library(qtbot):
    window = window_for(qtbot)
    steps: list[tuple[int, int]] = []
    window.generate_specimens(GenerationRequest(doc_type="td3", count=2, seed=5, forged_share=0.5))
    assert window.generation is not None
    assert window.generation.progress.isVisible()
    window.generation.run.signals.progress.connect(lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: window.model.specimen_count() == 2, timeout=120_000)
    (path,) = window.model.pack_paths()
    assert path.parent == generated_dir()
    assert steps and steps[-1] == (2, 2)
    assert window.generation is None and window.generation_error == ""
    assert AppSettings().library_packs() == [path]
    # The new pack is selected and drawn by the renderer.
    assert window.selected_key() is not None and window.selected_key().pack_path == path
    qtbot.waitUntil(window.preview.has_picture, timeout=60_000)


def test_cancelling_a_generation_writes_nothing_and_the_app_goes_on(qtbot):
    window = window_for(qtbot)
    window.generate_specimens(GenerationRequest(doc_type="td1", count=200, seed=9))
    progress = window.generation.progress
    cancel_button = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    # The user presses Cancel as soon as the first specimen is done.
    window.generation.run.signals.progress.connect(
        lambda done, _total: done and cancel_button.click()
    )
    qtbot.waitUntil(lambda: window.generation is None, timeout=120_000)
    assert window.generation_error == ""
    assert window.model.pack_paths() == []
    assert list(generated_dir().iterdir()) == []  # no half-written pack
    assert window.generate_action.isEnabled()


def test_a_failed_generation_is_explained_and_nothing_is_added(qtbot, monkeypatch):
    import docinspect.synth.generate as generate

    def broken(out, **_options):
        raise ValueError("count: 0 is outside 1–10000")

    monkeypatch.setattr(generate, "generate_pack", broken)
    window = window_for(qtbot)
    window.generate_specimens(GenerationRequest(count=3, seed=1))
    qtbot.waitUntil(lambda: window.generation is None)
    assert window.generation_error == "count: 0 is outside 1–10000"
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "could not be generated" in boxes[0].text()
    assert "outside 1–10000" in boxes[0].informativeText()
    assert window.model.pack_paths() == []
    assert window.generate_action.isEnabled()


def test_the_dialog_offers_every_document_type_the_generator_makes(qtbot):
    from docinspect.synth.forgeries import available_methods

    dialog = GenerateDialog(seed=1)
    qtbot.addWidget(dialog)
    from docinspect.synth.generate import DOC_TYPES

    offered = [dialog.doc_type.itemData(i) for i in range(dialog.doc_type.count())]
    assert sorted(offered) == sorted(DOC_TYPES)
    for doc_type in offered:
        dialog.doc_type.setCurrentIndex(dialog.doc_type.findData(doc_type))
        listed = {
            dialog.methods.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.methods.count())
        }
        assert listed == set(available_methods(doc_type))
