"""The shipped taxonomy (assets/taxonomy.json): complete, consistent and written for trainees."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from docinspect.model import Category, Light, Verdict, load_taxonomy
from docinspect.model.taxonomy import TaxonomyError, parse_taxonomy

# Ids other parts of DocInspect (generator, renderer, exercises) rely on.
REQUIRED_FEATURES = {
    Category.SUBSTRATE: [
        "uv_dull_substrate",
        "watermark",
        "security_thread",
        "visible_fibres",
        "uv_fibres",
        "planchettes",
    ],
    Category.PRINTING: [
        "guilloche",
        "rainbow_printing",
        "microprint",
        "intaglio",
        "latent_image",
        "uv_ink",
        "ir_absorbing_ink",
        "ir_transparent_ink",
        "ovi",
        "see_through_register",
    ],
    Category.PERSONALISATION: [
        "portrait",
        "signature",
        "personal_data",
        "laser_engraving",
        "inkjet_personalisation",
        "thermal_transfer",
        "laser_perforation",
    ],
    Category.PROTECTION: [
        "dovid",
        "mli_cli",
        "ghost_image",
        "laminate",
        "binding_thread",
        "uv_overprint",
    ],
    Category.MACHINE_READABLE: ["mrz", "barcode"],
}

REQUIRED_METHODS = {
    "office_paper": Verdict.COUNTERFEIT,
    "fibres_missing": Verdict.COUNTERFEIT,
    "halftone_print": Verdict.COUNTERFEIT,
    "degraded_microprint": Verdict.COUNTERFEIT,
    "static_ovd": Verdict.COUNTERFEIT,
    "no_relief": Verdict.COUNTERFEIT,
    "ir_anomaly": Verdict.COUNTERFEIT,
    "uv_motif_wrong": Verdict.COUNTERFEIT,
    "photo_substitution": Verdict.FALSIFIED,
    "data_alteration": Verdict.FALSIFIED,
    "mrz_check_digit": Verdict.FALSIFIED,
    "page_substitution": Verdict.FALSIFIED,
    "impostor": Verdict.IMPOSTOR,
}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[.!?](?:\s|$)", text) if s.strip()]


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def test_loads_with_at_least_30_features(taxonomy):
    assert len(taxonomy.features) >= 30
    assert len(taxonomy.methods) >= len(REQUIRED_METHODS)


def test_every_category_is_present(taxonomy):
    assert {f.category for f in taxonomy.features.values()} == set(Category)


@pytest.mark.parametrize(
    ("category", "feature_id"),
    [(c, f) for c, ids in REQUIRED_FEATURES.items() for f in ids],
)
def test_required_feature_ids_exist_in_their_category(taxonomy, category, feature_id):
    assert taxonomy.feature(feature_id).category is category


@pytest.mark.parametrize(("method_id", "verdict"), REQUIRED_METHODS.items())
def test_required_methods_exist_with_their_verdict(taxonomy, method_id, verdict):
    method = taxonomy.method(method_id)
    assert method.verdict is verdict
    assert method.indicator_features


def test_every_method_names_existing_features(taxonomy):
    for method in taxonomy.methods.values():
        for feature_id in method.indicator_features:
            assert feature_id in taxonomy.features, (method.id, feature_id)


def test_every_description_is_written_for_a_trainee(taxonomy):
    items = [*taxonomy.features.values(), *taxonomy.methods.values()]
    for item in items:
        assert len(item.description) >= 100, item.id
        assert 2 <= len(_sentences(item.description)) <= 4, item.id
        assert item.name and item.name[0].isupper(), item.id
    for feature in taxonomy.features.values():
        # What it is, how to check it, what a forgery gets wrong: the check is in the text.
        assert feature.lights, feature.id


def test_lights_magnification_and_tilt_match_the_domain(taxonomy):
    f = taxonomy.features
    assert f["uv_dull_substrate"].lights == {Light.UV365}
    assert Light.TRANSMITTED in f["watermark"].lights
    assert Light.TRANSMITTED in f["see_through_register"].lights
    assert Light.IR in f["mrz"].lights and Light.IR in f["ir_absorbing_ink"].lights
    assert Light.OBLIQUE in f["intaglio"].lights
    assert f["microprint"].min_magnification == 8
    assert f["guilloche"].min_magnification == 4
    assert f["portrait"].min_magnification == 1
    tilting = {"dovid", "ovi", "mli_cli", "latent_image"}
    assert {fid for fid, feature in f.items() if feature.needs_tilt} >= tilting
    assert not f["microprint"].needs_tilt and not f["watermark"].needs_tilt
    for feature in f.values():
        assert 1 <= feature.min_magnification <= 30, feature.id


def test_every_verdict_except_genuine_has_a_method(taxonomy):
    verdicts = {m.verdict for m in taxonomy.methods.values()}
    assert verdicts == set(Verdict) - {Verdict.GENUINE}


def test_the_file_has_a_format_version_and_unique_ids():
    text = resources.files("docinspect.assets").joinpath("taxonomy.json").read_text("utf-8")
    data = json.loads(text)
    assert data["format"] == 1
    ids = [f["id"] for f in data["features"]]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)


def test_a_method_naming_an_unknown_feature_is_rejected():
    text = resources.files("docinspect.assets").joinpath("taxonomy.json").read_text("utf-8")
    data = json.loads(text)
    data["forgery_methods"][0]["indicator_features"] = ["no_such_feature"]
    with pytest.raises(TaxonomyError, match="no_such_feature"):
        parse_taxonomy(data)
