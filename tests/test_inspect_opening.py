"""Opening the workstation from a pack, and the loupe's true detail on a generated specimen."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMessageBox

from docinspect.model import DocumentType, Layer, Light, Specimen, Truth, Verdict
from docinspect.packs import SpecimenFiles, read_pack, write_pack
from docinspect.synth.documents import build_document
from docinspect.ui.inspect.imaging import rgb_from_qimage
from docinspect.ui.inspect.opening import choose_reference, open_inspection


def _png(colour) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (500, 352), colour).save(out, "PNG")
    return out.getvalue()


def _scan(specimen_id: str, verdict: Verdict, state: str = "UTO") -> SpecimenFiles:
    methods = ("office_paper",) if verdict is not Verdict.GENUINE else ()
    specimen = Specimen(
        id=specimen_id,
        title=f"Scan {specimen_id}",
        document_type=DocumentType.TD3,
        width_mm=125.0,
        height_mm=88.0,
        truth=Truth(verdict, methods),
        layers={Light.WHITE: Layer(Light.WHITE, "white.png")},
        issuing_state=state,
    )
    return SpecimenFiles(specimen, {"white.png": _png((200, 190, 170))})


def _generated(seed: int) -> SpecimenFiles:
    draft = build_document(seed, doc_type="td3", state_code="UTO")
    specimen = draft.specimen(f"gen-{seed}")
    files = {specimen.scene: draft.scene_bytes(), **draft.files}
    return SpecimenFiles(specimen, files)


@pytest.fixture
def scans_pack(tmp_path):
    path = write_pack(
        tmp_path / "scans",
        pack_id="scans",
        title="Scans",
        version="1",
        specimens=[
            _scan("forged", Verdict.COUNTERFEIT),
            _scan("other-state", Verdict.GENUINE, state="KDV"),
            _scan("genuine", Verdict.GENUINE),
        ],
    )
    return read_pack(path)


def test_reference_is_a_genuine_specimen_of_the_same_state(scans_pack):
    forged = scans_pack.specimen("forged")
    assert choose_reference(scans_pack, forged) == "genuine"
    assert choose_reference(scans_pack, scans_pack.specimen("genuine")) == "other-state"


def test_open_inspection_offers_compare_with_the_reference(qtbot, scans_pack):
    window = open_inspection(scans_pack, "forged")
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.compare_action.isEnabled()
    assert window.reference_view.source.specimen.id == "genuine"
    window.set_compare(True)
    assert window.comparing
    window.close()


def test_a_window_nobody_holds_stays_open_until_closed(qtbot, scans_pack):
    import gc

    from docinspect.ui.inspect import opening

    before = set(opening._OPEN)
    open_inspection(scans_pack, "forged")  # the caller drops the window at once
    gc.collect()
    (window,) = opening._OPEN - before
    assert window.isVisible()
    window.close()
    assert window not in opening._OPEN


def test_unknown_specimen_is_explained_not_raised(qtbot, scans_pack, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert open_inspection(scans_pack, "no-such-id") is None
    assert said and "no-such-id" in said[0]


def test_a_damaged_scene_is_explained_not_raised(qtbot, tmp_path, monkeypatch):
    path = write_pack(
        tmp_path / "gen", pack_id="gen", title="Generated", version="1", specimens=[_generated(3)]
    )
    pack = read_pack(path)
    scene_file = pack.specimen_dir("gen-3") / pack.specimen("gen-3").scene
    scene_file.write_text('{"width_mm": "wide"}', encoding="utf-8")  # damaged after reading
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert open_inspection(pack, "gen-3") is None
    assert said and "gen-3" in said[0]


def _high_frequency(rgb: np.ndarray) -> float:
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    return float(cv2.Laplacian(grey, cv2.CV_32F).var())


@pytest.mark.slow
def test_loupe_over_microprint_shows_detail_an_upscaled_page_does_not(qtbot, tmp_path):
    path = write_pack(
        tmp_path / "gen", pack_id="gen", title="Generated", version="1", specimens=[_generated(7)]
    )
    pack = read_pack(path)
    window = open_inspection(pack, "gen-7")
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1100, 800)
    view = window.view
    qtbot.waitUntil(lambda: not view.page_pixmap().isNull(), timeout=60_000)
    microprint = next(r for r in pack.specimen("gen-7").regions if r.feature == "microprint")
    box = microprint.shape.bounds()
    centre = QPointF((box.left + box.right) / 2, (box.top + box.bottom) / 2)
    window.state.set_loupe_power(10)
    window.state.set_loupe_enabled(True)
    view.move_loupe_to(centre)
    view.wait_for_renders()
    qtbot.waitUntil(lambda: view.lens.frame is not None, timeout=60_000)
    loupe = rgb_from_qimage(view.lens.frame)
    # The same window cut from the page picture and enlarged bicubically to the loupe's size.
    page = rgb_from_qimage(view.page_pixmap().toImage())
    scale = page.shape[1] / 125.0
    side_mm = loupe.shape[1] / (view.loupe_px_per_mm() * view.devicePixelRatioF())
    x0 = round((centre.x() - side_mm / 2) * scale)
    y0 = round((centre.y() - side_mm / 2) * scale)
    n = max(2, round(side_mm * scale))
    upscaled = cv2.resize(
        page[y0 : y0 + n, x0 : x0 + n], loupe.shape[1::-1], interpolation=cv2.INTER_CUBIC
    )
    assert _high_frequency(loupe) > 3 * _high_frequency(upscaled)

    # Tilting the page turns the colour-shifting ink (OVI) and re-renders the page for it.
    window.state.set_loupe_enabled(False)
    ovi = next(r for r in pack.specimen("gen-7").regions if r.feature == "ovi").shape.bounds()

    def ovi_colour() -> np.ndarray:
        rgb = rgb_from_qimage(view.page_pixmap().toImage())
        s = rgb.shape[1] / 125.0
        patch = rgb[
            round(ovi.top * s) : round(ovi.bottom * s), round(ovi.left * s) : round(ovi.right * s)
        ]
        return patch.reshape(-1, 3).astype(float).mean(axis=0)

    flat = ovi_colour()
    window.state.set_tilt(30)
    qtbot.waitUntil(
        lambda: view.shown_viewing() is not None and view.shown_viewing().tilt_deg == 30,
        timeout=60_000,
    )
    assert np.abs(ovi_colour() - flat).max() > 20
    # Towards-away tilt re-renders it too (the OVI follows the angle from the normal).
    window.state.set_tilt(0)
    window.state.set_tilt_away(30)
    qtbot.waitUntil(
        lambda: view.shown_viewing() is not None and view.shown_viewing().tilt_away_deg == 30,
        timeout=60_000,
    )
    assert np.abs(ovi_colour() - flat).max() > 20
    window.close()
