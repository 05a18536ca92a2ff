"""Faces a face-comparison trainer can teach with (issue 16).

Identity is measured with ``portrait.descriptor``: every stable trait (ears, face outline,
eyes, nose, mouth; STABLE_FEATURES) scaled by its population range, and the ear lobe as 0/1.
Two different people of a generated population are far apart by it; two photos of one
person are at distance 0 whatever the pose, light, expression, hair, glasses or weight; a
look-alike is in between, nearer for an expert forger, and its differences are named.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import random

import numpy as np
import pytest

from docinspect.synth import portrait
from docinspect.synth.documents import build_document
from docinspect.synth.forgeries import forge

#: Smallest identity distance allowed between two holders of a panel. Random traits put two
#: people about 1.5 apart (median); a look-alike that differs in a single feature is ~0.3.
DIFFERENT_PEOPLE = 0.5


def test_a_panel_of_holders_are_all_different_people():
    faces = [build_document(seed).face for seed in range(40)]
    distances = [portrait.identity_distance(a, b) for a, b in itertools.combinations(faces, 2)]
    assert min(distances) > DIFFERENT_PEOPLE
    assert {f.sex for f in faces} == {"M", "F"}
    assert len({f.lobe for f in faces}) == 2


@pytest.mark.parametrize("seed", range(6))
def test_the_genuine_traveller_is_the_holder_in_another_photo_not_the_same_picture(seed):
    d = build_document(seed)
    traveller = d.traveller
    assert portrait.identity_distance(d.face, traveller) == 0.0
    assert traveller.sex == d.face.sex and traveller.lobe == d.face.lobe
    # Another picture: pose, light and expression differ, so the pixels do too.
    changed = [
        k
        for k in ("roll_deg", "yaw", "exposure", "warmth", "light_x")
        if getattr(traveller, k) != getattr(d.face, k)
    ]
    assert len(changed) >= 4
    a = portrait.render_portrait_array(d.face).astype(np.int16)
    b = portrait.render_portrait_array(traveller).astype(np.int16)
    assert (np.abs(a - b).max(axis=2) > 24).mean() > 0.05


def test_a_document_photo_is_frontal_neutral_and_evenly_lit():
    for seed in range(10):
        face = build_document(seed).face
        assert (face.roll_deg, face.yaw, face.smile, face.exposure, face.warmth) == (
            0.0,
            0.0,
            0.0,
            1.0,
            0.0,
        )


@pytest.mark.parametrize("seed", range(8))
def test_an_impostor_is_further_than_the_holder_and_nearer_when_expert(seed):
    genuine = build_document(seed)
    found = {}
    for subtlety in (0.0, 1.0):
        d = copy.deepcopy(genuine)
        forge(d, ["impostor"], subtlety=subtlety, rng=random.Random(seed))
        found[subtlety] = d
    obvious, expert = found[0.0].traveller, found[1.0].traveller
    held = genuine.face
    assert portrait.identity_distance(held, genuine.traveller) == 0.0
    assert portrait.identity_distance(held, expert) > 0.1
    assert portrait.identity_distance(held, obvious) > portrait.identity_distance(held, expert)
    # What a forger matches at a glance stays the same.
    for t in (obvious, expert):
        assert (t.sex, t.skin, t.hair_colour) == (held.sex, held.skin, held.hair_colour)
        assert abs(t.age - genuine.traveller.age) <= 0.1 * genuine.traveller.age + 0.5
    # An expert's look-alike differs in fewer features than an obvious one.
    assert (
        1
        <= len(portrait.differing_features(held, expert))
        < len(portrait.differing_features(held, obvious))
    )


def test_impostor_feedback_names_what_differs():
    d = build_document(4)
    forge(d, ["impostor"], subtlety=0.8, rng=random.Random(4))
    indicator = next(r for r in d.regions if r.method == "impostor")
    groups = portrait.differing_features(d.face, d.traveller)
    assert groups
    for group in groups:
        assert f"the {group}:" in indicator.explanation
    assert "at the desk" in indicator.explanation


def test_differences_are_described_in_words_an_officer_uses():
    face = portrait.random_face(np.random.default_rng(1))
    other = dataclasses.replace(
        face,
        lobe="attached" if face.lobe == "free" else "free",
        nose_length=face.nose_length + 0.05,
    )
    phrases = portrait.describe_differences(face, other)
    assert phrases[0].startswith(f"the ears: {face.lobe} lobes in the photo, {other.lobe} lobes")
    assert "the nose: longer at the desk" in phrases


def test_children_have_a_nose_bridge_between_the_eyes_and_two_brows():
    """A child's large eyes touched, and the brows met in one line (issue 16)."""
    rng = np.random.default_rng(9)
    for _ in range(12):
        face = dataclasses.replace(
            portrait.random_face(rng), age=4.0, eye_spacing=0.36, eye_size=1.15
        )
        img = portrait.render_portrait_array(face).astype(np.float32).mean(axis=2)
        cues = portrait.age_cues(face)
        assert cues.child > 0.9
        # Along the eye line, the middle (the nose bridge) is skin, not eye white or iris.
        head = (face.chin_y - face.crown_y) * portrait.HEIGHT
        eye_row = round(face.crown_y * portrait.HEIGHT + (face.eye_y + 0.03) * head)
        middle = img[eye_row - 2 : eye_row + 3, portrait.WIDTH // 2 - 3 : portrait.WIDTH // 2 + 4]
        skin = float(np.mean(face.skin))
        assert abs(float(middle.mean()) - skin) < 45
