"""Impostors: a genuine document presented by a look-alike, with the traveller's live photo."""

from __future__ import annotations

import copy
import dataclasses
import functools
import random

import numpy as np
import pytest
from PIL import Image

from docinspect.cli import main
from docinspect.model import Role, Verdict
from docinspect.packs import read_pack, validate_pack
from docinspect.synth import portrait
from docinspect.synth.documents import TRAVELLER_FILE, build_document
from docinspect.synth.forgeries import available_methods, forge
from docinspect.synth.generate import generate_pack


@functools.cache
def _genuine(seed: int):
    return build_document(seed)


def _impostor(seed: int, subtlety: float):
    d = copy.deepcopy(_genuine(seed))
    forge(d, ["impostor"], subtlety=subtlety, rng=random.Random(seed))
    return d


#: What changes between two photos of one person (portrait.PHOTO_CONDITIONS), and the years
#: between them: the traveller at the desk is older than on the document's photo.
_PHOTO_CONDITIONS = (*portrait.PHOTO_CONDITIONS, "age")


def _pixels_changed(photo_face: portrait.Face, traveller: portrait.Face) -> float:
    """Share of pixels that differ when the traveller is photographed exactly like the
    portrait (same light, clothes, background, camera noise): 0 for the same person."""
    posed = dataclasses.replace(traveller, **{k: getattr(photo_face, k) for k in _PHOTO_CONDITIONS})
    a = portrait.render_portrait_array(photo_face).astype(np.int16)
    b = portrait.render_portrait_array(posed).astype(np.int16)
    return float((np.abs(a - b).max(axis=2) > 24).mean())


def test_impostor_is_available_for_every_document_type():
    for doc_type in ("td3", "td2", "td1"):
        assert "impostor" in available_methods(doc_type)


def test_genuine_traveller_is_the_holder_in_another_photo():
    d = _genuine(4)
    assert d.traveller is not None
    assert portrait.identity(d.traveller) == portrait.identity(d.face)
    assert d.files[TRAVELLER_FILE] != d.files["portrait.png"]  # other light, clothes, background
    spec = d.specimen("s")
    assert TRAVELLER_FILE in spec.assets and spec.extra["traveller"] == TRAVELLER_FILE


def test_impostor_keeps_the_document_and_changes_the_traveller():
    genuine = _genuine(5)
    d = _impostor(5, 0.5)
    assert d.verdict is Verdict.IMPOSTOR and d.methods == ["impostor"]
    assert d.scene_bytes() == genuine.scene_bytes()  # every security feature intact
    assert d.files["portrait.png"] == genuine.files["portrait.png"]
    [indicator] = [r for r in d.regions if r.role is Role.FORGERY_INDICATOR]
    assert indicator.feature == "portrait" and indicator.method == "impostor"
    assert indicator.shape == d.region("portrait").shape
    for word in ("ears", "face outline", "nose and mouth", "What differs"):
        assert word in indicator.explanation


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_look_alike_differs_measurably_and_less_for_experts(seed):
    genuine = _genuine(seed)
    obvious, expert = _impostor(seed, 0.0), _impostor(seed, 1.0)
    held = np.array(portrait.identity(genuine.face))
    far = np.abs(np.array(portrait.identity(obvious.traveller)) - held).sum()
    near = np.abs(np.array(portrait.identity(expert.traveller)) - held).sum()
    assert far > near > 0.1
    # In the pictures too, posed like the portrait: the holder matches it pixel for pixel,
    # a look-alike does not (and an obvious one less than a close one).
    assert _pixels_changed(genuine.face, genuine.traveller) == 0.0
    assert _pixels_changed(genuine.face, obvious.traveller) > 0.02
    assert _pixels_changed(genuine.face, expert.traveller) > 0.005


def test_look_alike_refuses_a_difference_outside_its_range():
    face = _genuine(1).face
    for bad in (0.0, 1.5):
        with pytest.raises(ValueError):
            portrait.look_alike(face, np.random.default_rng(0), difference=bad)


def test_impostor_pack_validates_with_its_traveller_asset(tmp_path):
    out = generate_pack(
        tmp_path / "p", count=3, seed=2, forged_share=2 / 3, methods=["impostor"], jobs=1
    )
    assert validate_pack(out) == []
    pack = read_pack(out)
    verdicts = sorted(s.truth.verdict.value for s in pack.specimens)
    assert verdicts == ["genuine", "impostor", "impostor"]
    for s in pack.specimens:
        name = s.extra["traveller"]
        assert name in s.assets
        with Image.open(out / "specimens" / s.id / name) as im:
            assert im.size == (portrait.WIDTH, portrait.HEIGHT)


def test_photo_substitution_traveller_matches_the_new_photo():
    d = copy.deepcopy(_genuine(6))
    forge(d, ["photo_substitution"], subtlety=0.0, rng=random.Random(3))
    genuine = _genuine(6)
    # The forger presents the document: they are the person in the new photo, not the holder.
    assert d.files["portrait.png"] != genuine.files["portrait.png"]
    assert portrait.identity(d.traveller) != portrait.identity(genuine.face)
    assert d.files[TRAVELLER_FILE] != genuine.files[TRAVELLER_FILE]


def test_cli_generates_impostors(tmp_path, capsys):
    out = tmp_path / "imp"
    code = main(
        [
            "generate",
            "--out",
            str(out),
            "--count",
            "2",
            "--forged-share",
            "1",
            "--methods",
            "impostor",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert {s.truth.verdict for s in read_pack(out).specimens} == {Verdict.IMPOSTOR}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_impostor_is_about_the_holders_age(seed):
    # A forger picks a look-alike of the holder's age: within 8 % of it, with the same greying.
    genuine = _genuine(seed)
    for subtlety in (0.0, 1.0):
        d = _impostor(seed, subtlety)
        assert d.traveller is not None and genuine.traveller is not None
        assert d.traveller.age == pytest.approx(genuine.traveller.age, rel=0.09)
        assert d.traveller.ageing == genuine.face.ageing
