"""MRV-A visa stickers: a valid pack, a checkable MRZ starting with V<, the visa's own fields."""

from __future__ import annotations

import copy
import functools
import random

import pytest

from docinspect import mrz
from docinspect.cli import main
from docinspect.model import DocumentType, Light, Role, Verdict, load_taxonomy
from docinspect.packs import read_pack, validate_pack
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import METHODS, available_methods, forge
from docinspect.synth.people import REFERENCE_DATE
from docinspect.synth.states import STATES


@functools.cache
def _visa(seed: int, state: str | None = None):
    return build_document(seed, doc_type="mrva", state_code=state, traveller=False)


@pytest.mark.parametrize("state", sorted(STATES))
def test_visa_mrz_is_mrv_a_and_passes_the_check(state):
    d = _visa(3, state)
    assert (d.width_mm, d.height_mm) == (120.0, 80.0)
    assert [len(line) for line in d.mrz_lines] == [44, 44]
    assert d.mrz_lines[0].startswith("V<" + state)
    result = mrz.check(d.mrz_lines, today=REFERENCE_DATE)
    assert result.valid, result
    data = mrz.parse(d.mrz_lines, today=REFERENCE_DATE)
    assert data.document_type is DocumentType.MRVA
    assert data.document_number == d.data["visa_number"] == d.holder.document_number
    # The holder is a foreigner, and the visa names the passport it is affixed in.
    assert d.holder.nationality != state and data.nationality == d.holder.nationality
    assert d.data["passport_number"] != d.data["visa_number"]
    assert data.expiry_date == d.holder.date_of_expiry


def test_visa_prints_its_own_fields_and_features_but_no_signature():
    d = _visa(5)
    for key in (
        "visa_type",
        "valid_from",
        "valid_until",
        "entries",
        "duration",
        "passport_number",
        "remarks",
    ):
        assert d.data[key], key
    features = {r.feature for r in d.regions if r.role is Role.SECURITY_FEATURE}
    assert {
        "portrait",
        "mrz",
        "guilloche",
        "microprint",
        "uv_ink",
        "dovid",
        "ghost_image",
    } <= features
    assert "signature" not in features
    assert "Visa" in d.specimen("v").title or "visa" in d.specimen("v").title


@pytest.mark.parametrize("state", sorted(STATES))
def test_visa_paper_has_a_watermark_and_a_letterpress_sticker_number(state):
    d = _visa(6, state)
    taxonomy = load_taxonomy()
    watermark = d.region("watermark")
    assert watermark.role is Role.SECURITY_FEATURE and watermark.lights == {Light.TRANSMITTED}
    number = d.region("letterpress_numbering")
    assert number.role is Role.SECURITY_FEATURE
    assert {Light.WHITE, Light.OBLIQUE} <= number.lights
    for region in (watermark, number):
        assert taxonomy.feature(region.feature)  # a feature the taxonomy describes
        assert region.shape.bounds().within(d.width_mm, d.height_mm)
    # The watermark is in the paper: invisible in reflected light, lighter and darker
    # tones against the light.
    marks = [d.item(i) for i in d.feature_items["watermark"]]
    assert marks and all(m.material.alpha == 0 for m in marks)
    assert {m.material.density > 0 for m in marks} == {True, False}
    # The sticker number is the visa number, pressed into the paper in red.
    (item,) = [d.item(i) for i in d.feature_items["letterpress_numbering"]]
    assert item.text == d.data["visa_number"] == d.mrz_lines[1][:9].rstrip("<")
    assert item.material.relief_um < 0
    red, green, blue = item.material.colour
    assert red > 150 and green < 80 and blue < 80
    assert "laser_perforation" not in {r.feature for r in d.regions}


def test_visa_forgeries_apply_including_a_wrong_check_digit():
    assert "mrz_check_digit" in available_methods("mrva")
    assert "printed_watermark" in available_methods("mrva")
    for seed in range(4):
        d = copy.deepcopy(_visa(seed))
        forge(d, ["mrz_check_digit"], subtlety=0.5, rng=random.Random(seed))
        assert d.verdict is Verdict.FALSIFIED
        assert not mrz.check(d.mrz_lines, today=REFERENCE_DATE).valid


def test_cli_generates_a_valid_visa_pack(tmp_path, capsys):
    out = tmp_path / "visas"
    code = main(["generate", "--out", str(out), "--type", "mrva", "--count", "3", "--seed", "4"])
    assert code == 0, capsys.readouterr().err
    assert validate_pack(out) == []
    pack = read_pack(out)
    assert {s.document_type for s in pack.specimens} == {DocumentType.MRVA}
    for s in pack.specimens:
        if not s.truth.methods or s.truth.methods == ("impostor",):
            assert mrz.check(s.mrz, today=REFERENCE_DATE).valid, s.id


@pytest.mark.parametrize("subtlety", [0.2, 0.8])
def test_a_visa_counterfeit_has_no_watermark_or_a_printed_one(subtlety):
    d = copy.deepcopy(_visa(7))
    genuine = {i: d.item(i) for i in d.feature_items["watermark"]}
    forge(d, ["printed_watermark"], subtlety=subtlety, rng=random.Random(7))
    assert d.verdict is Verdict.COUNTERFEIT
    (indicator,) = [r for r in d.regions if r.role is Role.FORGERY_INDICATOR]
    assert indicator.feature == "watermark" and Light.TRANSMITTED in indicator.lights
    ids = {it.id for it in d.items}
    if subtlety < 0.4:
        # No watermark in the paper at all: its items draw nothing under any light (they stay
        # in the scene under their ids, so no item name tells the forgery).
        assert set(genuine) <= ids
        for item_id in genuine:
            material = d.item(item_id).material
            assert material.alpha == 0 and material.back_light_density == 0
    else:  # printed on the surface: seen in reflected light, dark only against the light
        for item_id in genuine:
            material = d.item(item_id).material
            assert material.alpha > 0 and material.density > 0


def test_every_forgery_method_applies_to_a_visa():
    genuine = _visa(8)
    taxonomy = load_taxonomy()
    # A paper sticker with a printed MRZ takes every method but the perforation's (it is
    # numbered by letterpress), the see-through register's (it prints none) and those that
    # attack a polycarbonate card or a booklet's pages.
    assert set(available_methods("mrva")) == set(METHODS) - {
        "page_substitution",
        "data_page_swap",
        "rebinding",
        "cover_replacement",
        "imitated_perforation",
        "misaligned_register",
        "non_polycarbonate_body",
        "printed_portrait",
        "delamination",
    }
    for method in available_methods("mrva"):
        d = copy.deepcopy(genuine)
        forge(d, [method], subtlety=0.5, rng=random.Random(8))
        indicators = [r for r in d.regions if r.role is Role.FORGERY_INDICATOR]
        assert indicators, method
        assert all(r.feature in taxonomy.method(method).indicator_features for r in indicators)
    with pytest.raises(ValueError, match="unknown forgery method 'glue'"):
        forge(copy.deepcopy(genuine), ["glue"], subtlety=0.5, rng=random.Random(8))
