"""Portrait ageing: the face looks the age of the person on the day of the photo."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from docinspect.synth import portrait
from docinspect.synth.documents import build_document
from docinspect.synth.people import REFERENCE_DATE

AGES = (20, 40, 60, 75)


def _face(seed: int, **changes) -> portrait.Face:
    face = portrait.random_face(np.random.default_rng(seed), sex="F")
    # Dark hair and a high hairline: grey hair and forehead lines must be visible to measure.
    base = dict(hair_colour=portrait.HAIR_COLOURS[1], hairline=0.15, ageing=0.5, glasses=False)
    return dataclasses.replace(face, **{**base, **changes})


def _boxes(f: portrait.Face) -> tuple[tuple[slice, slice], tuple[slice, slice]]:
    """The top of the hair, and the forehead between hairline and brows (rows, columns)."""
    crown, chin = f.crown_y * portrait.HEIGHT, f.chin_y * portrait.HEIGHT
    head = chin - crown
    cx = portrait.WIDTH / 2 + f.cx_offset * portrait.WIDTH
    hw = f.face_width * head
    cols = slice(round(cx - 0.3 * hw), round(cx + 0.3 * hw))
    hair = slice(round(crown + 0.01 * head), round(crown + 0.1 * head))
    forehead = slice(
        round(crown + (f.hairline + 0.07) * head),
        round(crown + (f.eye_y - f.brow_gap - 0.09) * head),
    )
    return (hair, cols), (forehead, cols)


def _grey_hair(img: np.ndarray, box) -> float:
    """Share of light, colourless pixels on the top of the head."""
    px = img[box].astype(np.int32)
    light = px.mean(axis=2) > 120
    colourless = (px.max(axis=2) - px.min(axis=2)) < 25
    return float((light & colourless).mean())


def _line_density(img: np.ndarray, box) -> float:
    """Mean vertical brightness change: horizontal lines across the forehead raise it."""
    grey = img[box].astype(np.float32).mean(axis=2)
    return float(np.abs(np.diff(grey, axis=0)).mean())


@pytest.mark.parametrize("seed", [3, 17, 40])
def test_hair_greys_and_forehead_lines_deepen_with_age(seed):
    faces = [_face(seed, age=a) for a in AGES]
    images = [portrait.render_portrait_array(f) for f in faces]
    hair_box, forehead_box = _boxes(faces[0])
    grey = [_grey_hair(img, hair_box) for img in images]
    lines = [_line_density(img, forehead_box) for img in images]
    # At 20 and 40 the hair keeps its colour; at 60 it is greying, at 75 mostly grey or white.
    assert grey[0] < 0.05 and grey[1] < 0.05
    assert grey[2] > grey[1] + 0.2
    assert grey[3] >= grey[2] and grey[3] > 0.7
    # ... and lighter: steel grey first, white later.
    light = [float(img[hair_box].mean()) for img in images]
    assert light[1] < light[2] < light[3]
    # A smooth forehead at 20, lines from 40, deeper at 60 and 75.
    assert lines[0] < lines[1] < lines[2] <= lines[3] * 1.02
    assert lines[3] > lines[0] * 1.5


def test_a_late_greying_person_keeps_colour_longer_than_an_early_one():
    late = portrait.render_portrait_array(_face(5, age=55, ageing=0.0))
    early = portrait.render_portrait_array(_face(5, age=55, ageing=1.0))
    box = _boxes(_face(5))[0]
    assert _grey_hair(early, box) > _grey_hair(late, box) + 0.3


def test_age_cues_follow_age_and_children_look_like_children():
    face = _face(8)
    cues = [portrait.age_cues(dataclasses.replace(face, age=a)) for a in (6, 12, 20, 40, 60, 75)]
    for name in ("grey", "lines", "folds", "sag"):
        values = [getattr(c, name) for c in cues]
        assert values == sorted(values) and values[-1] > 0.8 and values[0] == 0.0, name
    child = [c.child for c in cues]
    assert child == sorted(child, reverse=True) and child[0] > 0.7 and child[2] == 0.0
    # A child's face is drawn as a child's: a large cranium over a short face, the eyes at or
    # below the middle of the head and large, a short nose; an adult's eyes sit above it.
    kid = portrait.render_portrait_array(dataclasses.replace(face, age=6, beard="full"))
    adult = portrait.render_portrait_array(dataclasses.replace(face, age=30))
    assert not np.array_equal(kid, adult)
    toddler = portrait.drawn_proportions(dataclasses.replace(face, age=2))
    grown = portrait.drawn_proportions(dataclasses.replace(face, age=30))
    assert toddler["eye_line"] >= 0.5 > grown["eye_line"]
    assert toddler["nose_length"] < 0.7 * grown["nose_length"]
    assert toddler["eye_size"] > 1.3 * grown["eye_size"]
    assert toddler["head_height"] < grown["head_height"]


def test_a_toddler_wears_a_toddlers_hair_and_no_glasses():
    face = dataclasses.replace(_face(8), sex="F", hair_style="bun", glasses=True)
    assert portrait.drawn_style(dataclasses.replace(face, age=2)) == ("short", False)
    assert portrait.drawn_style(dataclasses.replace(face, age=30)) == ("bun", True)


def test_aged_portraits_are_deterministic_and_still_differ_between_people():
    a = portrait.render_portrait(_face(12, age=70))
    assert a == portrait.render_portrait(_face(12, age=70))
    rng = np.random.default_rng(9)
    old = [
        portrait.render_portrait_array(dataclasses.replace(portrait.random_face(rng), age=72))
        for _ in range(4)
    ]
    diffs = [
        np.abs(x.astype(int) - y.astype(int)).mean() for x, y in zip(old, old[1:], strict=False)
    ]
    assert min(diffs) > 5  # old faces are not one grey face


@pytest.mark.parametrize("seed", range(6))
def test_document_photo_shows_the_age_at_issue_and_the_traveller_the_age_today(seed):
    d = build_document(seed)
    h = d.holder
    at_issue = (h.date_of_issue - h.date_of_birth).days / 365.25
    today = (REFERENCE_DATE - h.date_of_birth).days / 365.25
    assert d.face.age == pytest.approx(at_issue, abs=0.02)
    assert d.traveller is not None and d.traveller.age == pytest.approx(today, abs=0.02)
    assert d.traveller.age >= d.face.age
    assert d.files["portrait.png"] == build_document(seed).files["portrait.png"]


@pytest.mark.parametrize("subtlety", [0.0, 0.3])
def test_an_obvious_substituted_photo_shows_someone_of_about_the_holders_age(subtlety):
    """Not a 35-year-old on every passport: a stranger within 14 years of the holder's age (the
    person in the new photo then presents the document, older by the years since issue)."""
    import copy
    import random

    from docinspect.synth.forgeries import forge

    for seed in (3, 8, 21):
        d = copy.deepcopy(build_document(seed))
        holder_age, since = d.face.age, d.traveller.age - d.face.age
        forge(d, ["photo_substitution"], subtlety=subtlety, rng=random.Random(seed))
        photo_age = d.traveller.age - since
        assert photo_age >= 2.0 and abs(photo_age - holder_age) <= 14.0 + 1e-6
        assert abs(photo_age - holder_age) >= 4.0 - 1e-6 or photo_age == 2.0
