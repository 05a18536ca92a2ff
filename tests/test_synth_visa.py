"""MRV-A visa stickers: a valid pack, a checkable MRZ starting with V<, the visa's own fields."""

from __future__ import annotations

import copy
import functools
import random

import pytest

from docinspect import mrz
from docinspect.cli import main
from docinspect.model import DocumentType, Role, Verdict
from docinspect.packs import read_pack, validate_pack
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import available_methods, forge
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


def test_visa_forgeries_apply_including_a_wrong_check_digit():
    assert "mrz_check_digit" in available_methods("mrva")
    assert "printed_watermark" not in available_methods("mrva")
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
