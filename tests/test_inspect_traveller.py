"""The traveller at the desk: the live photo beside the document, so impostors can be practised."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from docinspect.model import DocumentType, Specimen, Truth, Verdict
from docinspect.optics.page_source import DESK_RGB, open_page_source
from docinspect.packs import read_pack
from docinspect.synth.generate import generate_pack
from docinspect.ui.inspect.imaging import rgb_from_qimage
from docinspect.ui.inspect.opening import open_inspection
from docinspect.ui.inspect.traveller import TravellerPanel, traveller_photo_path
from docinspect.ui.inspect.workstation import InspectionWindow


@pytest.fixture(scope="module")
def impostor_pack(tmp_path_factory):
    out = tmp_path_factory.mktemp("impostor") / "pack"
    generate_pack(out, doc_type="td3", count=2, seed=5, forged_share=0.5, methods=["impostor"])
    return read_pack(out)


def _impostor(pack):
    return next(s for s in pack.specimens if s.truth.verdict is Verdict.IMPOSTOR)


def _open(qtbot, pack):
    win = open_inspection(pack, _impostor(pack).id)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1280, 860)
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: not win.view.page_pixmap().isNull(), timeout=30_000)
    return win


def test_the_traveller_stands_beside_the_document_at_a_size_to_compare(qtbot, impostor_pack):
    specimen = _impostor(impostor_pack)
    win = _open(qtbot, impostor_pack)
    panel = win.traveller_panel
    assert panel is not None and panel.isVisible() and panel.has_photo()
    assert panel.heading.text() == "Traveller at the desk"
    assert "<b>Compare the face with the document's photo.</b>" in panel.hint.text()
    assert win.traveller_action.isChecked() and win.traveller_action.isEnabled()
    # Left of the document, where the portrait is, so the eye goes straight from one to other.
    view = win.view
    assert (
        panel.mapTo(win, panel.rect().topRight()).x() <= view.mapTo(win, view.rect().topLeft()).x()
    )
    # The face is shown at least as large as the document's portrait on screen.
    portrait = next(r for r in specimen.regions if r.feature == "portrait")
    on_screen = portrait.shape.bounds().width * view.px_per_mm()
    shown = panel.photo.pixmap()
    assert not shown.isNull()
    assert shown.width() >= 0.9 * on_screen
    assert shown.width() / shown.height() == pytest.approx(420 / 540, rel=0.02)
    # The photo is the traveller's, not the document's portrait.
    assert panel.photo_path.name == specimen.extra["traveller"]

    qtbot.keyClick(win, Qt.Key.Key_P)  # put the traveller away ...
    assert not panel.isVisible() and not win.traveller_action.isChecked()
    qtbot.keyClick(win, Qt.Key.Key_P)  # ... and back
    assert panel.isVisible()
    # Compare with a genuine reference: traveller, questioned and reference side by side.
    qtbot.keyClick(win, Qt.Key.Key_C)
    assert win.comparing
    assert panel.isVisible() and win.reference_view.isVisible()
    assert panel.width() >= 250
    assert win.view.width() == pytest.approx(win.reference_view.width(), abs=4)
    win.close()


def test_the_loupe_works_over_the_document_portrait(qtbot, impostor_pack):
    specimen = _impostor(impostor_pack)
    win = _open(qtbot, impostor_pack)
    portrait = next(r for r in specimen.regions if r.feature == "portrait").shape.bounds()
    qtbot.keyClick(win, Qt.Key.Key_L)
    # The eyes sit about 40 % down the portrait: what a trainee puts the loupe on.
    target = QPointF(portrait.left + portrait.width / 2, portrait.top + 0.4 * portrait.height)
    qtbot.mouseMove(win.view.viewport(), win.view.mapFromScene(target))
    win.view.wait_for_renders()
    qtbot.waitUntil(lambda: win.view.lens.frame is not None)
    assert not win.view.lens.frame_missing
    frame = rgb_from_qimage(win.view.lens.frame).astype(int)
    # Portrait print, not the desk and not an empty lens: varied tones.
    assert np.abs(frame.reshape(-1, 3).mean(axis=0) - np.array(DESK_RGB)).max() > 30
    assert frame.std() > 8
    win.close()


def test_a_missing_photo_file_is_said_plainly(qtbot, tmp_path):
    out = tmp_path / "pack"
    generate_pack(out, doc_type="td1", count=1, seed=2, forged_share=0.0)
    pack = read_pack(out)
    specimen = pack.specimens[0]
    (pack.specimen_dir(specimen.id) / specimen.extra["traveller"]).unlink()
    win = open_inspection(pack, specimen.id)
    qtbot.addWidget(win)
    assert win.traveller_panel is not None  # named, but the file is gone: said, not hidden
    assert not win.traveller_panel.has_photo()
    assert "cannot be shown" in win.traveller_panel.photo.text()
    win.close()


def test_a_specimen_without_a_traveller_has_no_panel(qtbot, tmp_path):

    out = tmp_path / "pack"
    generate_pack(out, doc_type="td1", count=1, seed=2, forged_share=0.0)
    pack = read_pack(out)
    specimen = pack.specimens[0]
    # As an imported scan: the same specimen with no "traveller" key.

    bare = replace(specimen, extra={})
    win = InspectionWindow(open_page_source(bare, pack.specimen_dir(specimen.id)))
    qtbot.addWidget(win)
    assert win.traveller_panel is None
    assert not win.traveller_action.isEnabled() and not win.traveller_action.isChecked()
    win.close()


def test_traveller_names_that_leave_the_specimen_folder_are_refused(tmp_path):

    base = Specimen(
        id="x",
        title="x",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(Verdict.GENUINE),
    )
    assert traveller_photo_path(base, tmp_path) is None
    for bad in ("../secret.png", "/etc/passwd", "", 5):
        assert traveller_photo_path(replace(base, extra={"traveller": bad}), tmp_path) is None
    good = replace(base, extra={"traveller": "people/traveller.png"})
    assert traveller_photo_path(good, tmp_path) == tmp_path / "people" / "traveller.png"
    assert traveller_photo_path(good, None) is None


def test_panel_without_a_readable_photo_says_so(qtbot, tmp_path):
    (tmp_path / "traveller.png").write_bytes(b"not a png")
    panel = TravellerPanel(tmp_path / "traveller.png")
    qtbot.addWidget(panel)
    assert not panel.has_photo()
    assert "traveller.png" in panel.photo.text()


def test_the_photo_does_not_hold_the_window_at_its_scaled_height(qtbot, tmp_path):
    # The photo is scaled to its label; a label that could not shrink below that picture made
    # the practice window taller with each question that showed a traveller.
    from PySide6.QtGui import QColor, QPixmap

    path = tmp_path / "traveller.png"
    picture = QPixmap(420, 540)
    picture.fill(QColor(120, 90, 70))
    picture.save(str(path))
    panel = TravellerPanel(path)
    qtbot.addWidget(panel)
    panel.resize(600, 900)
    panel.show()
    qtbot.waitUntil(lambda: not panel.photo.pixmap().isNull())
    assert panel.minimumSizeHint().height() < panel.photo.pixmap().height()
