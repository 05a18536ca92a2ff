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
