"""The MRZ is read from an imported scan with the app's own reader (decision 0024): a generated
document rendered to an image, as a scanner gives it, is read back character for character and
offered in the studio's MRZ box; a scan without an MRZ gets a sentence, never a traceback."""

from __future__ import annotations

import copy
import io
import random
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image
from test_studio import quiet_messages, studio  # noqa: F401

from docinspect import mrz
from docinspect.capture.mrz_reading import MrzNotFound, read_mrz
from docinspect.model import DocumentType, Light, Viewing
from docinspect.optics import SpecimenSource
from docinspect.synth.documents import SCENE_FILE, build_document
from docinspect.synth.forgeries import forge
from docinspect.synth.people import REFERENCE_DATE


def render(draft, folder: Path, dpi: int) -> np.ndarray:
    """The whole page under white light at ``dpi``, as a scanner gives it."""
    folder.mkdir(parents=True, exist_ok=True)
    files = dict(draft.files)
    files[SCENE_FILE] = draft.scene_bytes()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    source = SpecimenSource(draft.specimen("s"), folder, draft.scene())
    px_per_mm = dpi / 25.4
    size = (round(draft.width_mm * px_per_mm), round(draft.height_mm * px_per_mm))
    return np.asarray(source.page(Viewing(light=Light.WHITE), size))


@pytest.mark.parametrize(
    ("doc_type", "kind", "state", "seed", "dpi"),
    [
        ("td3", DocumentType.TD3, "UTO", 11, 300),
        ("td3", DocumentType.TD3, "KDV", 12, 200),
        ("td2", DocumentType.TD2, "NRV", 21, 300),
        ("td1-back", DocumentType.TD1, "UTO", 51, 300),
    ],
)
def test_the_reader_reads_a_generated_mrz_from_its_rendered_image(
    doc_type, kind, state, seed, dpi, tmp_path, qapp
):
    draft = build_document(seed, doc_type=doc_type, state_code=state, traveller=False)
    page = render(draft, tmp_path, dpi)
    reading = read_mrz(page, (draft.width_mm, draft.height_mm), kind)
    assert reading.lines == tuple(draft.mrz_lines)
    assert mrz.check(reading.lines, today=REFERENCE_DATE).valid


def test_the_front_of_an_id_card_has_no_zone_to_read(tmp_path, qapp):
    """The TD1 front records its MRZ lines but prints none: its text rows are not an MRZ."""
    front = build_document(51, doc_type="td1", state_code="KDV", traveller=False)
    page = render(front, tmp_path, 300)
    with pytest.raises(MrzNotFound, match="prints it on the back"):
        read_mrz(page, (front.width_mm, front.height_mm), DocumentType.TD1)


def test_a_phone_like_scan_is_read_and_a_forged_check_digit_is_read_as_printed(tmp_path, qapp):
    draft = copy.deepcopy(build_document(41, doc_type="td3", state_code="KDV", traveller=False))
    genuine = draft.mrz_lines
    forge(draft, ["mrz_check_digit"], subtlety=0.5, rng=random.Random(41))
    assert draft.mrz_lines != genuine
    page = render(draft, tmp_path, 300)
    # Soft focus, sensor noise, JPEG, and a size 3 % off in width: what a phone gives.
    rng = np.random.default_rng(1)
    soft = cv2.GaussianBlur(page, (5, 5), 1.2).astype(float) * 0.85 + 20
    noisy = np.clip(soft + rng.normal(0, 8, soft.shape), 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(noisy).save(buffer, "JPEG", quality=70)
    photo = np.asarray(Image.open(buffer))
    photo = cv2.resize(photo, (int(photo.shape[1] * 0.97), photo.shape[0]))
    reading = read_mrz(photo, (draft.width_mm, draft.height_mm), DocumentType.TD3)
    assert reading.lines == tuple(draft.mrz_lines)  # what is printed, not what is right
    assert not mrz.check(reading.lines, today=REFERENCE_DATE).valid


def test_a_page_without_an_mrz_says_so(qapp):
    blank = np.full((1039, 1476, 3), 235, np.uint8)
    with pytest.raises(MrzNotFound, match="no machine readable zone of 2 lines of 44"):
        read_mrz(blank, (125.0, 88.0), DocumentType.TD3)
    with pytest.raises(MrzNotFound, match="an ID card \\(TD1\\) prints it on the back"):
        read_mrz(blank, (85.6, 53.98), DocumentType.TD1)
    with pytest.raises(MrzNotFound, match="too coarse"):
        read_mrz(np.full((88, 125), 235, np.uint8), (125.0, 88.0), DocumentType.TD3)
    with pytest.raises(MrzNotFound, match="no machine readable zone"):
        read_mrz(blank, (125.0, 88.0), DocumentType.OTHER)


def _import(qtbot, window, path: Path) -> None:
    dialog = window.import_scans()
    dialog.set_file(Light.WHITE, path)
    dialog.title_edit.setText("Reference passport")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("td3"))
    dialog.find_edges.setChecked(False)
    with qtbot.waitSignal(dialog.lights_loaded, timeout=60_000):
        dialog.read_button.click()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.import_button.click()


def test_the_studio_reads_the_mrz_at_import_and_offers_it_to_edit(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
):
    window = studio
    draft = build_document(14, doc_type="td3", state_code="UTO", traveller=False)
    path = tmp_path / "scan.png"
    Image.fromarray(render(draft, tmp_path / "render", 300)).save(path)
    with qtbot.waitSignal(window.mrz_read, timeout=60_000) as told:
        _import(qtbot, window, path)
    assert "check every character" in told.args[0] and "check digits agree" in told.args[0]
    assert window.document.current.mrz == tuple(draft.mrz_lines)
    assert window.mrz_edit.toPlainText() == "\n".join(draft.mrz_lines)
    assert window.mrz_status.text() == told.args[0]
    assert window.document.current.issuing_state == "UTO"  # from the MRZ, as it was empty
    # The offer is editable: a corrected character is kept, and undo goes back to the reading.
    corrected = draft.mrz_lines[0][:-1] + "X"
    window.mrz_edit.setPlainText(corrected + "\n" + draft.mrz_lines[1])
    window.mrz_edit.editing_finished.emit()
    assert window.document.current.mrz[0] == corrected
    # The reading at import never overwrites what was typed while it ran ...
    with qtbot.waitSignal(window.mrz_read, timeout=60_000) as kept:
        window.read_mrz_from_scan(keep_typed=True)
    assert "typed meanwhile is kept" in kept.args[0]
    assert window.document.current.mrz[0] == corrected
    # ... while Read from the scan, asked for, offers the reading again.
    with qtbot.waitSignal(window.mrz_read, timeout=60_000):
        window.read_mrz_button.click()
    assert window.document.current.mrz == tuple(draft.mrz_lines)


def test_a_scan_without_an_mrz_gets_a_sentence_not_a_traceback(
    qtbot,
    studio,  # noqa: F811
    tmp_path,
):
    window = studio
    path = tmp_path / "blank.png"
    Image.fromarray(np.full((1039, 1476, 3), 235, np.uint8)).save(path)
    with qtbot.waitSignal(window.mrz_read, timeout=60_000) as told:
        _import(qtbot, window, path)
    assert told.args[0].startswith("No MRZ could be read from the scan (no machine readable")
    assert told.args[0].endswith("type it.")
    assert window.document.current.mrz == ()
    # Asked again with the button: the same sentence.
    with qtbot.waitSignal(window.mrz_read, timeout=60_000) as again:
        window.read_mrz_button.click()
    assert again.args[0] == told.args[0]
