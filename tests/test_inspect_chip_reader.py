"""The document reader on the workstation: Read chip (E) shows access, passive authentication
and the chip's data beside the page's (issue 22)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from support.chips import with_chip_case

from docinspect.chip.make import ChipCase
from docinspect.packs import read_pack
from docinspect.packs.writer import SpecimenFiles, write_pack
from docinspect.synth.generate import make_specimen
from docinspect.ui.inspect.chip_panel import ChipReaderDialog
from docinspect.ui.inspect.opening import open_inspection


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    root = tmp_path_factory.mktemp("reader") / "pack"
    visa, visa_files = make_specimen(3, kind="td2", specimen_id="td2-card")
    subst, subst_files = make_specimen(
        21, kind="td3", specimen_id="substituted", profile="photo_substitution"
    )
    write_pack(
        root,
        pack_id="reader",
        title="Reader",
        version="1",
        specimens=[
            with_chip_case(31, ChipCase.GENUINE, "genuine"),
            with_chip_case(32, ChipCase.SELF_SIGNED, "self-made"),
            with_chip_case(33, ChipCase.NONE, "no-chip"),
            with_chip_case(34, ChipCase.LEAKED_KEY, "leaked"),
            with_chip_case(35, ChipCase.REVOKED_CSCA, "withdrawn"),
            with_chip_case(36, ChipCase.CLONED, "cloned"),
            with_chip_case(37, ChipCase.BLANK, "blank"),
            with_chip_case(38, ChipCase.DEAD, "dead"),
            SpecimenFiles(visa, visa_files),
            SpecimenFiles(subst, subst_files),
        ],
    )
    return read_pack(root)


def _reader(qtbot, pack, specimen_id) -> ChipReaderDialog:
    win = open_inspection(pack, specimen_id)
    assert win is not None
    qtbot.addWidget(win)
    action = next(a for a in win.actions() if a.objectName() == "chipReader")
    assert action.shortcut().toString() == "E"
    action.trigger()
    dialog = win.property("chipReader")
    assert isinstance(dialog, ChipReaderDialog)
    return dialog


def test_a_genuine_chip_reads_and_shows_its_photo(qtbot, pack):
    dialog = _reader(qtbot, pack, "genuine")
    assert dialog.status_label.text() == "Passive authentication passed."
    assert "✘" not in dialog.checks_label.text()
    assert not dialog.chip_photo.pixmap().isNull()
    assert not dialog.printed_photo.pixmap().isNull()
    # DG1 is the page's MRZ: nothing marked.
    assert "f6c7c9" not in dialog.dg1_label.text()


def test_a_retyped_wrong_mrz_is_refused(qtbot, pack):
    dialog = _reader(qtbot, pack, "genuine")
    lines = dialog.mrz_edit.toPlainText().splitlines()
    lines[1] = ("Q" if lines[1][0] != "Q" else "R") + lines[1][1:]
    dialog.mrz_edit.setPlainText("\n".join(lines))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text().startswith("Chip access refused")
    assert dialog.chip_photo.pixmap().isNull()


def test_a_self_made_csca_fails_at_the_chain(qtbot, pack):
    dialog = _reader(qtbot, pack, "self-made")
    assert dialog.status_label.text() == "Passive authentication FAILED."
    assert dialog.reading is not None and not dialog.reading.authenticated
    failed = [c.step for c in dialog.reading.checks if c.outcome.value == "failed"]
    assert failed == ["chain"]
    assert "self-made CSCA" in dialog.checks_label.text()


def test_a_counterfeit_without_chip_gets_no_answer(qtbot, pack):
    dialog = _reader(qtbot, pack, "no-chip")
    assert dialog.status_label.text() == "No chip answers the reader."
    assert dialog.checks_label.text() == ""


def test_no_reader_for_a_document_without_a_chip_record(qtbot, pack):
    win = open_inspection(pack, "td2-card")
    assert win is not None
    qtbot.addWidget(win)
    assert not [a for a in win.actions() if a.objectName() == "chipReader"]


def test_an_expired_signer_is_shown_as_a_warning(qtbot, tmp_path):
    # A Nerevian passport signed more than three years before the reading date.
    spec, files = make_specimen(5, kind="td3", specimen_id="nrv", state_code="NRV")
    chip_files = {lds: files[path] for lds, path in spec.chip.files.items()}
    dialog = ChipReaderDialog(spec, chip_files, today=dt.date(2031, 1, 1))
    qtbot.addWidget(dialog)
    assert dialog.status_label.text() == "Passive authentication passed, with a warning."
    assert "no reason to refuse" in dialog.checks_label.text()


@pytest.mark.parametrize(
    ("specimen", "status", "says"),
    [
        ("leaked", "Passive authentication FAILED.", "its key leaked"),
        ("withdrawn", "Passive authentication FAILED.", "has withdrawn"),
        ("cloned", "Authenticated, but the chip's data are not this page's.", "cloned chip"),
        ("blank", "The chip answers but holds no travel document.", ""),
        ("dead", "No chip answers the reader.", ""),
    ],
)
def test_every_forgers_chip_on_the_reader(qtbot, pack, specimen, status, says):
    dialog = _reader(qtbot, pack, specimen)
    assert dialog.status_label.text() == status
    assert says in dialog.checks_label.text()


def _photo_difference(dialog) -> float:
    """Mean difference (0-255) between the chip's photo and the printed one, at one size."""
    import numpy as np
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    def pixels(label):
        image = (
            label.pixmap()
            .toImage()
            .scaled(QSize(100, 130))
            .convertToFormat(QImage.Format.Format_RGB888)
        )
        data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
        return data.reshape(130, image.bytesPerLine())[:, :300].astype(float)

    return float(np.abs(pixels(dialog.chip_photo) - pixels(dialog.printed_photo)).mean())


def test_a_photo_substitution_on_the_reader_shows_the_real_holder(qtbot, pack):
    substituted = _reader(qtbot, pack, "substituted")
    assert substituted.status_label.text() == "Passive authentication passed."
    genuine = _reader(qtbot, pack, "genuine")
    # On a genuine passport the chip's photo is the printed one (JPEG-compressed); after a
    # photo substitution the chip keeps the photo at issue and the page shows another face.
    assert _photo_difference(genuine) < 8 < _photo_difference(substituted)
