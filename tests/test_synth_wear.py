"""Benign flaws: genuine documents wear, and the truth says that wear is not forgery."""

from __future__ import annotations

import random

import pytest

from docinspect.model import Role, Verdict
from docinspect.synth.documents import build_document
from docinspect.synth.generate import make_specimen
from docinspect.synth.wear import add_wear


def _flaws(seed: int, *, wear: float, profile: str | None = None):
    spec, files = make_specimen(seed, kind="td3", specimen_id="x", profile=profile, wear=wear)
    return spec, files, [f["kind"] for f in spec.truth.extra.get("benign_flaws", [])]


def test_no_wear_leaves_the_document_as_built():
    spec, files, kinds = _flaws(3, wear=0.0)
    assert kinds == [] and "benign_flaws" not in spec.truth.extra
    assert spec.truth.verdict is Verdict.GENUINE


def test_genuine_documents_carry_benign_flaws_listed_in_the_truth_as_not_indicators():
    seen = set()
    for seed in range(12):
        spec, _files, kinds = _flaws(seed, wear=1.0)
        seen |= set(kinds)
        assert spec.truth.verdict is Verdict.GENUINE  # flaws never make a forgery
        assert not spec.forgery_indicators()
        for flaw in spec.truth.extra.get("benign_flaws", []):
            assert flaw["explanation"] and len(flaw["box"]) == 4
    assert seen == {"corner_wear", "scratch", "dirt", "bent_corner", "faded_uv", "misregistration"}


def test_forged_documents_wear_alike_and_keep_their_indicators():
    genuine_counts, forged_counts = [], []
    for seed in range(16):
        genuine_counts.append(len(_flaws(seed, wear=0.5)[2]))
        spec, _files, kinds = _flaws(seed, wear=0.5, profile="offset_counterfeit")
        forged_counts.append(len(kinds))
        assert spec.truth.verdict is Verdict.COUNTERFEIT and spec.forgery_indicators()
    # The same stream draws the flaws of a seed whether the document is forged or not.
    assert genuine_counts == forged_counts


def test_wear_is_deterministic_and_adds_neutral_items():
    a = _flaws(5, wear=0.8)
    b = _flaws(5, wear=0.8)
    assert a[0] == b[0] and a[1] == b[1]
    d = build_document(5)
    before = {it.id for it in d.items}
    add_wear(d, 1.0, random.Random(1))
    added = {it.id for it in d.items} - before
    assert added and all(i.startswith("mark-") for i in added)
    assert all(r.role is Role.SECURITY_FEATURE for r in d.regions)


def test_a_wear_rate_outside_0_to_1_is_refused():
    with pytest.raises(ValueError, match="wear"):
        add_wear(build_document(1), 1.5, random.Random(1))


# --- rare issuer errors -------------------------------------------------------------------------


def _issued(seed: int, *, rate: float, profile: str | None = None, kind: str = "td3"):
    spec, _files = make_specimen(
        seed, kind=kind, specimen_id="x", profile=profile, issuer_errors=rate
    )
    return spec, [f for f in spec.truth.extra.get("benign_flaws", []) if f.get("issuer_error")]


def test_a_genuine_document_may_carry_an_issuer_error_that_is_not_a_forgery_sign():
    from docinspect.training.scoring import visual_zone_mismatch

    kinds = set()
    for seed in range(10):
        plain, _ = make_specimen(seed, kind="td3", specimen_id="x")
        spec, errors = _issued(seed, rate=1.0)
        assert len(errors) == 1
        kinds.add(errors[0]["kind"])
        assert spec.truth.verdict is Verdict.GENUINE and not spec.forgery_indicators()
        # Never the MRZ: what it holds still agrees with the page.
        assert spec.mrz == plain.mrz
        assert visual_zone_mismatch(spec) is None
        assert "not a forgery sign" in errors[0]["explanation"]
        if errors[0]["kind"] == "spelling_variant":
            changed = {k for k in plain.data if plain.data[k] != spec.data[k]}
            assert len(changed) == 1 and changed <= {"place_of_birth", "authority"}
    assert kinds == {"misaligned_personalisation", "spelling_variant"}


def test_issuer_errors_are_rare_at_the_default_rate_and_only_where_the_issuer_personalised():
    from docinspect.synth.generate import DEFAULT_ISSUER_ERRORS

    hits = sum(bool(_issued(seed, rate=DEFAULT_ISSUER_ERRORS)[1]) for seed in range(60))
    assert 0 < hits <= 8  # about 3 in 60
    for profile in ("desktop_counterfeit", "stolen_blank", "fantasy_document"):
        assert not _issued(4, rate=1.0, profile=profile)[1], profile
    assert _issued(4, rate=1.0, profile="photo_substitution")[1]


def test_feedback_names_the_flaws_that_are_not_forgery_signs():
    from docinspect.training.feedback import benign_flaws_text

    spec, errors = _issued(1, rate=1.0)
    text = benign_flaws_text(spec)
    assert text.startswith("Not forgery signs") and errors[0]["explanation"] in text
    plain, _ = make_specimen(1, kind="td3", specimen_id="x")
    assert benign_flaws_text(plain) == ""
