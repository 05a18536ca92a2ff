"""Polycarbonate cards on rendered pixels: no fibres under UV, no paper in transmitted light, a
clear window, a greyscale engraved portrait, relief under raking light, a CLI that switches
with tilt and a printed imitation that does not; and the card attacks' traces."""

from __future__ import annotations

import copy
import dataclasses
import random
from pathlib import Path

import numpy as np
import pytest
from support.drafts import draft_source

from docinspect.model import Light, Viewing
from docinspect.model.geometry import Bounds
from docinspect.synth.documents import PORTRAIT_FILE, build_document
from docinspect.synth.forgeries import forge
from docinspect.synth.production.card import CLI_FILE

#: Pixels per millimetre of the page renders (about 200 dpi).
PPM = 8.0


def _render(
    draft, folder: Path, light: Light, window: Bounds | None = None, *, tilt=0.0, away=0.0, ppm=PPM
):
    src = draft_source(draft, folder)
    window = window or Bounds(0.0, 0.0, draft.width_mm, draft.height_mm)
    size = (round(window.width * ppm), round(window.height * ppm))
    viewing = Viewing(light=light, tilt_deg=tilt, tilt_away_deg=away)
    return src.render(viewing, window, size).astype(np.int16)


def _mask_out(draft, img: np.ndarray, features: tuple[str, ...], ppm=PPM) -> np.ndarray:
    """A mask of the page without the regions of ``features`` (and a margin at the edges)."""
    h, w = img.shape[:2]
    keep = np.zeros((h, w), bool)
    m = round(3 * ppm)
    keep[m:-m, m:-m] = True
    for r in draft.regions:
        if r.feature in features:
            b = r.shape.bounds()
            keep[
                max(0, int(b.top * ppm) - 4) : int(b.bottom * ppm) + 4,
                max(0, int(b.left * ppm) - 4) : int(b.right * ppm) + 4,
            ] = False
    return keep


def _glowing_share(draft, folder: Path) -> float:
    """Share of the page, away from its printed UV features, that glows under UV."""
    img = _render(draft, folder, Light.UV365)
    keep = _mask_out(draft, img, ("uv_ink", "uv_overprint", "security_thread", "dovid", "ovi"))
    bright = img.max(axis=2) > 90
    return float(bright[keep].mean())


@pytest.mark.parametrize("kind", ["td1", "td2", "td1-back"])
def test_a_card_has_no_fibres_under_uv_where_a_paper_page_has(kind, tmp_path, qapp):
    card = build_document(11, doc_type=kind, traveller=False)
    page = build_document(11, doc_type="td3", state_code="UTO", traveller=False)
    assert not {"uv_fibres", "visible_fibres"} & set(card.feature_items)
    # Fibres glow all over a paper page, away from its printed UV features; nothing does on a
    # polycarbonate body.
    on_paper = _glowing_share(page, tmp_path / "page")
    on_card = _glowing_share(card, tmp_path / "card")
    assert on_paper > 0.002 and on_card < on_paper / 20, (on_paper, on_card)


def _body_spread(draft, folder: Path) -> tuple[float, float]:
    """Median and spread (90th - 10th percentile) of the grey level against the light over
    the page away from its window, perforation and the bright features."""
    img = _render(draft, folder, Light.TRANSMITTED)
    keep = _mask_out(
        draft,
        img,
        ("transparent_window", "laser_perforation", "watermark", "security_thread"),
    )
    grey = img.mean(axis=2)[keep]
    return float(np.median(grey)), float(np.percentile(grey, 90) - np.percentile(grey, 10))


@pytest.mark.parametrize("kind", ["td1", "td2", "td1-back"])
def test_a_card_is_nearly_opaque_against_the_light_without_paper_cloud_or_watermark(
    kind, tmp_path, qapp
):
    card = build_document(12, doc_type=kind, traveller=False)
    page = build_document(12, doc_type="td3", state_code="UTO", traveller=False)
    assert "watermark" not in card.feature_items
    card_median, card_spread = _body_spread(card, tmp_path / "card")
    page_median, page_spread = _body_spread(page, tmp_path / "page")
    assert card_median < 40 and page_median > 100
    # Paper shows its formation (clouds) against the light; polycarbonate is even.
    assert card_spread < 12 < page_spread


@pytest.mark.parametrize("kind", ["td1", "td2"])
def test_the_clear_window_lets_the_light_through_and_a_pvc_copy_does_not(kind, tmp_path, qapp):
    card = build_document(13, doc_type=kind, traveller=False)
    window = card.region("transparent_window").shape.bounds()
    # A strip along the window's top edge, above the engraved ghost image.
    strip = Bounds(window.left + 1.5, window.top + 0.15, window.right - 1.5, window.top + 0.5)
    lit = _render(card, tmp_path / "g", Light.TRANSMITTED, strip, ppm=20).mean()
    assert lit > 200
    pvc = copy.deepcopy(card)
    forge(pvc, ["non_polycarbonate_body"], subtlety=0.8, rng=random.Random(1))
    assert _render(pvc, tmp_path / "f", Light.TRANSMITTED, strip, ppm=20).mean() < lit - 80


def _chroma(img: np.ndarray) -> float:
    """Mean colourfulness (max - min channel) of the picture's mid and dark tones."""
    lum = img.mean(axis=2)
    tones = (lum > 40) & (lum < 200)
    return float((img.max(axis=2) - img.min(axis=2))[tones].mean())


@pytest.mark.parametrize("kind", ["td1", "td2"])
def test_the_engraved_portrait_is_greyscale_and_a_printed_one_is_not(kind, tmp_path, qapp):
    card = build_document(14, doc_type=kind, traveller=False)
    photo = card.region("portrait").shape.bounds()
    inner = Bounds(photo.left + 2, photo.top + 2, photo.right - 2, photo.bottom - 2)
    genuine = _render(card, tmp_path / "g", Light.WHITE, inner)
    printed = copy.deepcopy(card)
    forge(printed, ["printed_portrait"], subtlety=0.3, rng=random.Random(2))
    forged = _render(printed, tmp_path / "f", Light.WHITE, inner)
    # Engraved: black to grey over the card's pale tint; printed: skin, hair and clothes.
    assert _chroma(genuine) < 16
    assert _chroma(forged) > _chroma(genuine) + 12


def _relief_change(card, feature: str, item_ids, folder: Path) -> dict[Light, float]:
    """Per light, the share of ``feature``'s region that changes by > 8 levels when the
    relief of ``item_ids`` is taken away."""
    flat = copy.deepcopy(card)
    for item_id in item_ids:
        it = flat.item(item_id)
        flat.replace_item(
            item_id,
            dataclasses.replace(it, material=dataclasses.replace(it.material, relief_um=0.0)),
        )
    region = card.region(feature).shape.bounds()
    out = {}
    for light in (Light.WHITE, Light.OBLIQUE):
        a = _render(card, folder / "a", light, region, ppm=16)
        b = _render(flat, folder / "b", light, region, ppm=16)
        out[light] = float((np.abs(a - b).max(axis=2) > 8).mean())
    return out


@pytest.mark.parametrize("kind", ["td1", "td2", "td1-back"])
def test_engraved_data_show_relief_under_raking_light_only(kind, tmp_path, qapp):
    card = build_document(15, doc_type=kind, traveller=False)
    change = _relief_change(card, "personal_data", card.feature_items["personal_data"], tmp_path)
    assert change[Light.WHITE] == 0.0
    assert change[Light.OBLIQUE] > 0.02, change


def _cli_change(draft, folder: Path, axis: str) -> float:
    """Share of the CLI's window that changes by > 40 levels between 20° one way and the
    other about ``axis`` ("left_right" or "towards_away")."""
    r = draft.region("mli_cli").shape.bounds()
    at = {"tilt": 20.0} if axis == "left_right" else {"away": 20.0}
    back = {k: -v for k, v in at.items()}
    a = _render(draft, folder, Light.WHITE, r, ppm=16, **back)
    b = _render(draft, folder, Light.WHITE, r, ppm=16, **at)
    return float((np.abs(a - b).max(axis=2) > 40).mean())


@pytest.mark.parametrize("kind", ["td1", "td2", "td1-back"])
def test_the_cli_switches_towards_and_away_and_a_printed_imitation_does_not(kind, tmp_path, qapp):
    # The lens ridges run left to right: the two images switch as the card tilts towards and
    # away, and stay as they are when it turns left and right.
    card = build_document(16, doc_type=kind, traveller=False)
    assert _cli_change(card, tmp_path / "g", "towards_away") > 0.08
    assert _cli_change(card, tmp_path / "g", "left_right") < 0.005
    static = copy.deepcopy(card)
    forge(static, ["static_ovd"], subtlety=0.7, rng=random.Random(3))
    for axis in ("towards_away", "left_right"):
        assert _cli_change(static, tmp_path / "f", axis) < 0.005


def test_the_cli_lenses_stand_out_under_raking_light(tmp_path, qapp):
    card = build_document(17, doc_type="td1", traveller=False)
    change = _relief_change(card, "mli_cli", ["cli-lenses"], tmp_path)
    assert change[Light.WHITE] == 0.0
    assert change[Light.OBLIQUE] > 0.3, change


def test_a_delaminated_card_keeps_the_holder_in_its_cli_and_ghost_image(tmp_path, qapp):
    card = build_document(18, doc_type="td1", traveller=False)
    before = dict(card.files)
    forge(card, ["delamination"], subtlety=0.5, rng=random.Random(4))
    assert card.files[PORTRAIT_FILE] != before[PORTRAIT_FILE]
    assert card.files[CLI_FILE] == before[CLI_FILE]
    # The glue glows along the edges under UV where the genuine card stays dull.
    genuine = build_document(18, doc_type="td1", traveller=False)
    edge = Bounds(10.0, 0.0, 60.0, 1.2)
    glued = _render(card, tmp_path / "f", Light.UV365, edge, ppm=20).mean()
    dull = _render(genuine, tmp_path / "g", Light.UV365, edge, ppm=20).mean()
    assert glued > dull + 15


def test_a_pvc_card_glows_under_uv(tmp_path, qapp):
    card = build_document(19, doc_type="td2", traveller=False)
    pvc = copy.deepcopy(card)
    forge(pvc, ["non_polycarbonate_body"], subtlety=0.6, rng=random.Random(5))
    assert _glowing_share(pvc, tmp_path / "f") > 0.5 > _glowing_share(card, tmp_path / "g")


def test_a_card_wears_but_does_not_crease():
    from docinspect.synth.wear import add_wear

    kinds = set()
    for seed in range(10):
        d = build_document(seed, doc_type="td1", traveller=False)
        kinds |= {f["kind"] for f in add_wear(d, 1.0, random.Random(seed))}
    assert "scratch" in kinds and "bent_corner" not in kinds
