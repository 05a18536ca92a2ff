"""The back of a TD1 identity card: same holder as the front, the MRZ printed where Doc 9303
puts it, and the MRZ forgeries practisable on ID cards."""

from __future__ import annotations

import copy
import random

import numpy as np
import pytest

from docinspect import mrz
from docinspect.model import Light, Role, Viewing, load_taxonomy
from docinspect.model.geometry import Bounds
from docinspect.model.scene import Text
from docinspect.optics import SpecimenSource
from docinspect.synth.card_back import MRZ_BASELINES
from docinspect.synth.documents import MRZ_PITCH_MM, SCENE_FILE, build_document
from docinspect.synth.forgeries import available_methods, forge, refusal
from docinspect.synth.people import REFERENCE_DATE

PX_PER_MM_300DPI = 300 / 25.4
STATES = ("UTO", "KDV", "NRV")


def _source(draft, folder):
    files = dict(draft.files)
    files[SCENE_FILE] = draft.scene_bytes()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return SpecimenSource(draft.specimen("back"), folder, draft.scene())


@pytest.mark.parametrize("seed", range(6))
def test_the_back_belongs_to_the_front_of_the_same_seed(seed):
    front = build_document(seed, doc_type="td1", traveller=False)
    back = build_document(seed, doc_type="td1-back")
    assert back.state.code == front.state.code
    assert back.mrz_lines == front.mrz_lines
    assert back.data["card_number"] == front.data["card_number"]
    spec = back.specimen("b")
    assert spec.document_type.value == "td1" and spec.size_mm == (85.60, 53.98)
    assert spec.extra["card"] == {"side": "back", "card_seed": seed}
    assert "ID card back" in spec.title
    assert mrz.check(spec.mrz, today=REFERENCE_DATE).valid
    assert "traveller" not in spec.extra and spec.assets == ()  # no face on the back


@pytest.mark.parametrize("state", STATES)
def test_the_back_carries_its_security_features_on_the_page(state):
    back = build_document(7, doc_type="td1-back", state_code=state)
    taxonomy = set(load_taxonomy().features)
    features = {r.feature for r in back.regions if r.role is Role.SECURITY_FEATURE}
    assert features <= taxonomy
    for required in (
        "mrz",
        "uv_ink",
        "uv_dull_substrate",
        "guilloche",
        "rainbow_printing",
        "microprint",
        "ir_absorbing_ink",
        "ir_transparent_ink",
        "personal_data",
        "laser_engraving",
        "mli_cli",
    ):
        assert required in features, required
    # Polycarbonate has no fibres.
    assert "uv_fibres" not in features and "visible_fibres" not in features
    for r in back.regions:
        assert r.shape.bounds().within(back.width_mm, back.height_mm), r.id
    # The MRZ is IR-absorbing, the background inks are not.
    for item in back.items:
        if item.id.startswith("mrz-"):
            assert item.material.ir_absorption == 1.0
        if item.id in ("rainbow", "rosette", "border"):
            assert item.material.ir_absorption == 0.0


@pytest.mark.parametrize("state", STATES)
def test_back_mrz_at_300_dpi_has_one_ocrb_character_per_2_54_mm_cell(state, tmp_path, qapp):
    draft = build_document(9, doc_type="td1-back", state_code=state)
    source = _source(draft, tmp_path)
    x0 = (draft.width_mm - 30 * MRZ_PITCH_MM) / 2
    assert x0 > 3.0  # inside the card with a margin
    for line, base in enumerate(MRZ_BASELINES):
        text = draft.mrz_lines[line]
        window = Bounds(x0, base - 3.0, x0 + 30 * MRZ_PITCH_MM, base + 0.8)
        size = (round(window.width * PX_PER_MM_300DPI), round(window.height * PX_PER_MM_300DPI))
        ink = source.render(Viewing(light=Light.WHITE), window, size).mean(axis=2) < 110
        cell_px = MRZ_PITCH_MM * PX_PER_MM_300DPI
        for k, char in enumerate(text):
            cell = ink[:, round(k * cell_px) + 1 : round((k + 1) * cell_px) - 1]
            assert cell.sum() > 8, f"no ink for {char!r} at line {line} position {k}"
        rows = np.flatnonzero(ink.any(axis=1))
        assert 1.9 <= (rows[-1] - rows[0] + 1) / PX_PER_MM_300DPI <= 2.8
        ir = source.render(Viewing(light=Light.IR), window, size).mean(axis=2) < 110
        assert ir.sum() > 0.8 * ink.sum()


def test_mrz_forgeries_apply_to_the_back_and_stay_refused_on_the_front():
    for method in ("mrz_check_digit", "data_alteration", "ir_anomaly"):
        assert method in available_methods("td1-back")
    assert "mrz_check_digit" not in available_methods("td1")
    # The back's changeable laser image can be imitated by a print.
    assert "static_ovd" in available_methods("td1-back")
    for method in ("photo_substitution", "impostor", "printed_watermark", "office_paper"):
        reason = refusal(method, "td1-back")
        assert reason is not None and method in reason and "td1-back" in reason


@pytest.mark.parametrize("seed", range(8))
def test_a_check_digit_forgery_fails_the_digit_the_indicator_names(seed):
    d = copy.deepcopy(build_document(seed, doc_type="td1-back"))
    genuine = d.mrz_lines
    forge(d, ["mrz_check_digit"], subtlety=0.5, rng=random.Random(seed))
    spec = d.specimen("b")
    result = mrz.check(spec.mrz, today=REFERENCE_DATE)
    failed = {(c.line, c.position): c for c in result.check_digits if not c.ok}
    # The printed line changed at exactly one digit, which fails; the composite digit, which
    # covers the others, fails with it (as on a real forgery).
    changed = [
        (n + 1, k + 1)
        for n, (a, b) in enumerate(zip(genuine, spec.mrz, strict=True))
        for k in range(30)
        if a[k] != b[k]
    ]
    assert len(changed) == 1 and changed[0] in failed
    wrong = failed.pop(changed[0])
    assert all(c.name == "composite" for c in failed.values())
    printed = {it.id: it.text for it in d.items if isinstance(it, Text) and it.id.startswith("mrz")}
    assert tuple(printed[f"mrz-{n}"] for n in range(3)) == spec.mrz
    indicator = next(r for r in spec.regions if r.role is Role.FORGERY_INDICATOR)
    assert indicator.feature == "mrz" and wrong.name in indicator.explanation


def test_data_alteration_on_the_back_makes_card_number_and_mrz_disagree():
    d = copy.deepcopy(build_document(14, doc_type="td1-back", state_code="UTO"))
    forge(d, ["data_alteration"], subtlety=0.5, rng=random.Random(3))
    spec = d.specimen("b")
    result = mrz.check(spec.mrz, today=REFERENCE_DATE)
    assert result.valid  # the forger left the MRZ alone
    assert spec.data["card_number"] != result.data.document_number
    features = {r.feature for r in spec.regions if r.role is Role.FORGERY_INDICATOR}
    # The engraved number cannot be erased: it is covered and printed over.
    assert features == {"personal_data", "mrz", "laser_engraving"}
    # The indicator lies over the right-aligned card number (it used to start where the
    # number ends, so the feedback outlined blank card).
    number = d.item("data-card_number")
    box = next(
        r.shape
        for r in spec.regions
        if r.role is Role.FORGERY_INDICATOR and r.feature == "personal_data"
    )
    assert number.x - 1.0 <= box.x + box.width <= number.x + 1.5
    assert box.x <= number.x - len(number.text) * number.size_mm * 0.5


def test_ir_anomaly_on_the_back_makes_the_mrz_fade_in_ir(tmp_path, qapp):
    d = copy.deepcopy(build_document(15, doc_type="td1-back", state_code="KDV"))
    genuine = _source(copy.deepcopy(d), tmp_path)
    forge(d, ["ir_anomaly"], subtlety=0.2, rng=random.Random(1))
    (tmp_path / "forged").mkdir()
    forged = _source(d, tmp_path / "forged")
    top = MRZ_BASELINES[0] - 3.0
    window = Bounds(4.0, top, 81.6, MRZ_BASELINES[-1] + 0.8)
    size = (round(window.width * 10), round(window.height * 10))

    def ink(source, light):
        return (source.render(Viewing(light=light), window, size).mean(axis=2) < 110).sum()

    assert ink(forged, Light.WHITE) > 0.8 * ink(genuine, Light.WHITE)
    assert ink(forged, Light.IR) < 0.2 * ink(genuine, Light.IR)
