"""Every taxonomy feature is generated somewhere (or says why not), and each feature the
production model added shows on rendered pixels under the lights its region declares, and
under no other."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import numpy as np
import pytest
from support.drafts import draft_source

from docinspect.model import Light, Role, Viewing, load_taxonomy
from docinspect.model.geometry import Bounds
from docinspect.synth.design import deliberate_error
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import _vanish, available_methods, forge
from docinspect.synth.generate import DOC_TYPES
from docinspect.synth.profiles import available_profiles, produce

TAXONOMY = load_taxonomy()
_PPM = 150 / 25.4


def _generated_features() -> set[str]:
    """Features of every region any generated specimen carries, genuine or forged."""
    found: set[str] = set()
    for kind in DOC_TYPES:
        found |= {r.feature for r in build_document(2, doc_type=kind, traveller=False).regions}
        state = build_document(2, doc_type=kind, traveller=False).state.code
        for method in available_methods(kind, state):
            d = build_document(2, doc_type=kind, traveller=False)
            forge(d, [method], subtlety=0.5, rng=random.Random(1))
            found |= _features(d)
        for profile in available_profiles(kind):
            for subtlety in (0.0, 1.0):
                d = build_document(2, doc_type=kind, traveller=False)
                produce(d, profile, subtlety=subtlety, rng=random.Random(1))
                found |= _features(d)
    return found


def _features(d) -> set[str]:
    """The features of a draft's regions, a booklet's pages' included (a substituted page
    carries its own indicators)."""
    return {r.feature for r in (*d.regions, *(r for p in d.pages for r in p.regions))}


def test_every_taxonomy_feature_is_generated_or_says_why_not():
    generated = _generated_features()
    for feature in TAXONOMY.features.values():
        if feature.not_generated:
            assert feature.id not in generated, f"{feature.id} is generated: drop its reason"
            assert len(feature.not_generated) > 40, feature.id
        else:
            assert feature.id in generated, f"{feature.id} is never generated"
    # Only what needs a booklet or a polycarbonate body is left out.
    assert {f.id for f in TAXONOMY.features.values() if f.not_generated} <= {
        "binding_thread",
        "transparent_window",
    }


def _changes(a, b, folder: Path) -> dict[Light, tuple[float, float]]:
    """Per light (white and raking light head-on and tilted 25° about each axis): mm² changed
    by > 32 and by > 16 levels."""
    page = Bounds(0.0, 0.0, a.width_mm, a.height_mm)
    sa, sb = draft_source(a, folder / "a"), draft_source(b, folder / "b")
    size = (round(page.width * _PPM), round(page.height * _PPM))
    out = {}
    for light in Light:
        strong = weak = 0.0
        tilts = ((0.0, 0.0), (25.0, 0.0), (0.0, 25.0))
        for lr, ta in tilts if light in (Light.WHITE, Light.OBLIQUE) else tilts[:1]:
            view = Viewing(light=light, tilt_deg=lr, tilt_away_deg=ta)
            diff = np.abs(
                sa.render(view, page, size).astype(np.int16)
                - sb.render(view, page, size).astype(np.int16)
            ).max(axis=2)
            strong = max(strong, float((diff > 32).sum() / _PPM**2))
            weak = max(weak, float((diff > 16).sum() / _PPM**2))
        out[light] = (strong, weak)
    return out


@pytest.mark.parametrize(
    ("kind", "feature"),
    [
        ("td3", "security_thread"),
        ("mrva", "security_thread"),
        ("td3", "planchettes"),
        ("td3", "iridescent_ink"),
        ("td1", "iridescent_ink"),
        ("td3", "see_through_register"),
        ("td3", "latent_image"),
        ("td3", "chip_symbol"),
        ("td1", "chip_symbol"),
        ("td3", "laminate"),
        ("td1-back", "barcode"),
        ("td1", "transparent_window"),
        ("td2", "transparent_window"),
        ("td1", "mli_cli"),
        ("td1-back", "mli_cli"),
    ],
)
def test_a_new_feature_shows_only_under_the_lights_its_region_declares(
    kind, feature, tmp_path, qapp
):
    genuine = build_document(6, doc_type=kind, traveller=False)
    without = build_document(6, doc_type=kind, traveller=False)
    for item_id in genuine.feature_items[feature]:
        _vanish(without, item_id)
    declared = genuine.region(feature).lights
    allowed = declared | ({Light.OBLIQUE} if Light.WHITE in declared else set())
    changed = _changes(genuine, without, tmp_path)
    clear = {light for light, (strong, _) in changed.items() if strong >= 1.5}
    assert clear <= allowed, (feature, clear - allowed, changed)
    for light in declared:
        assert changed[light][1] >= 1.0, (feature, light, changed)


def test_the_latent_image_and_the_iridescent_band_are_seen_only_when_tilted(tmp_path, qapp):
    genuine = build_document(6, traveller=False)
    src = draft_source(genuine, tmp_path / "g")
    for feature in ("latent_image", "iridescent_ink"):
        box = genuine.region(feature).shape.bounds()
        size = (round(box.width * 20), round(box.height * 20))
        flat = src.render(Viewing(light=Light.WHITE), box, size).astype(int)
        tilted = src.render(Viewing(light=Light.WHITE, tilt_deg=25.0), box, size).astype(int)
        other_way = src.render(Viewing(light=Light.WHITE, tilt_deg=-25.0), box, size).astype(int)
        without = build_document(6, traveller=False)
        for item_id in genuine.feature_items[feature]:
            _vanish(without, item_id)
        bare = draft_source(without, tmp_path / feature).render(
            Viewing(light=Light.WHITE), box, size
        )
        assert np.abs(flat - bare.astype(int)).max() <= 2, feature  # nothing head-on
        assert np.abs(tilted - flat).mean() > 4, feature
        assert np.abs(other_way - flat).mean() > 4, feature


def test_thermal_transfer_shows_as_relief_under_raking_light_at_8x(tmp_path, qapp):
    visa = build_document(6, doc_type="mrva", traveller=False)
    flat = build_document(6, doc_type="mrva", traveller=False)
    for item_id in flat.feature_items["personal_data"]:
        it = flat.item(item_id)
        flat.replace_item(
            item_id, dataclasses.replace(it, material=dataclasses.replace(it.material, relief_um=0))
        )
    box = visa.region("thermal_transfer").shape.bounds()
    window = Bounds(box.left, box.top, box.left + 12.0, box.top + 8.0)
    size = (round(12.0 * 8 * _PPM), round(8.0 * 8 * _PPM))
    a, b = draft_source(visa, tmp_path / "a"), draft_source(flat, tmp_path / "b")
    for light, shows in ((Light.OBLIQUE, True), (Light.WHITE, False), (Light.IR, False)):
        diff = np.abs(
            a.render(Viewing(light=light), window, size).astype(int)
            - b.render(Viewing(light=light), window, size).astype(int)
        ).max(axis=2)
        assert bool((diff > 16).sum() > 200) is shows, (light, (diff > 16).sum())


def test_the_deliberate_error_is_in_the_microprint_and_an_offset_forger_corrects_it():
    genuine = build_document(3, traveller=False)
    word, wrong = deliberate_error(genuine.state)
    assert wrong != word and len(wrong) == len(word)
    line = genuine.item("microprint-0")
    assert line.text.count(wrong) == 1 and line.text.count(word) == 4
    # An offset counterfeit that redrew the microprint (subtlety 0: every trace left).
    fake = build_document(3, traveller=False)
    produce(fake, "offset_counterfeit", subtlety=0.0, rng=random.Random(3))
    assert wrong not in fake.item("microprint-0").text
    assert any(
        r.role is Role.FORGERY_INDICATOR and r.feature == "deliberate_error" for r in fake.regions
    )


@pytest.mark.parametrize("method", ["imitation_thread", "misaligned_register"])
def test_a_poorly_imitated_feature_leaves_its_indicator(method):
    d = build_document(4, traveller=False)
    forge(d, [method], subtlety=0.5, rng=random.Random(2))
    assert [r.method for r in d.regions if r.role is Role.FORGERY_INDICATOR] == [method]
    assert method in {m for m in available_methods("td3")}


@pytest.mark.parametrize("kind", ["td3", "td1", "td1-back", "mrva"])
def test_a_fantasy_document_names_one_issuer_that_no_register_holds(kind):
    from docinspect import mrz
    from docinspect.synth.states import STATES

    for subtlety in (0.0, 1.0):
        d = build_document(7, doc_type=kind, traveller=False)
        registered = d.state
        produce(d, "fantasy_document", subtlety=subtlety, rng=random.Random(7))
        spec = d.specimen("x")
        code = spec.issuing_state
        # ISO 3166-1 user-assigned: no state has such a code, nor ever will.
        assert "QMA" <= code <= "QZZ" and code not in STATES
        data = mrz.parse(spec.mrz)
        assert data.issuing_state == code and mrz.check(spec.mrz).check_digits
        assert all(c.printed == c.expected for c in mrz.check(spec.mrz).check_digits)
        texts = " ".join(it.text for it in d.items if hasattr(it, "text"))
        assert registered.code not in texts.split()  # every mention of the issuer changed
        if subtlety >= 0.5:
            assert registered.name_english in spec.title.upper()  # a borrowed name
        assert spec.truth.verdict.value == "fantasy"
        assert any("register" in r.explanation for r in spec.forgery_indicators())
