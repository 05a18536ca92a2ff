"""Seeded personal data, portraits and signatures: deterministic, consistent, varied."""

from __future__ import annotations

import io
import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from docinspect import mrz
from docinspect.synth import portrait
from docinspect.synth.people import REFERENCE_DATE, make_holder
from docinspect.synth.signature import make_signature
from docinspect.synth.states import STATES


@given(seed=st.integers(0, 2**32), code=st.sampled_from(sorted(STATES)), card=st.booleans())
@settings(max_examples=150, deadline=None)
def test_holders_have_consistent_dates_and_numbers(seed, code, card):
    s = STATES[code]
    h = make_holder(random.Random(seed), s, id_card=card)
    assert h.date_of_birth < h.date_of_issue < REFERENCE_DATE < h.date_of_expiry
    years = 5 if h.age_at_issue < 18 else 10
    assert (h.date_of_expiry - h.date_of_issue).days in range(365 * years - 3, 365 * years + 3)
    pattern = s.id_number_pattern if card else s.passport_number_pattern
    assert len(h.document_number) == len(pattern)
    assert all(c.isdigit() == (p == "9") for c, p in zip(h.document_number, pattern, strict=True))
    assert h.sex in ("M", "F")
    # The Latin form exists and composes into a valid MRZ name field.
    field = mrz.name_field(h.latin_surname(), h.latin_given_names(), 39)
    assert len(field) == 39 and set(field) <= mrz.MRZ_CHARACTERS


def test_same_seed_same_holder_and_different_seeds_differ():
    s = STATES["UTO"]
    assert make_holder(random.Random(7), s) == make_holder(random.Random(7), s)
    holders = {make_holder(random.Random(i), s).document_number for i in range(50)}
    assert len(holders) == 50


def test_cyrillic_state_prints_cyrillic_names_with_icao_transliteration():
    s = STATES["KDV"]
    h = next(h for h in (make_holder(random.Random(i), s) for i in range(200)) if "Ж" in h.surname)
    assert "ZH" in h.latin_surname()
    assert h.latin_surname().isascii()


def test_portrait_bytes_are_deterministic_and_carry_no_metadata():
    face = portrait.random_face(np.random.default_rng(11))
    a, b = portrait.render_portrait(face), portrait.render_portrait(face)
    assert a == b
    with Image.open(io.BytesIO(a)) as im:
        assert im.size == (portrait.WIDTH, portrait.HEIGHT)
        assert im.mode == "RGB"
        assert not im.info.get("dpi") and not im.text
    ghost = portrait.ghost_image(a)
    with Image.open(io.BytesIO(ghost)) as im:
        assert im.mode == "LA"
        grey, alpha = (np.asarray(c) for c in im.split())
    # Pale and see-through: the ghost never reaches the portrait's dark tones.
    assert grey.min() > 80 and alpha.max() < 200 and alpha[:10, :10].max() == 0


def test_portraits_are_light_backed_faces_that_differ_between_people():
    rng = np.random.default_rng(3)
    arrays = [portrait.render_portrait_array(portrait.random_face(rng)) for _ in range(6)]
    for arr in arrays:
        assert arr[:15, :15].mean() > 190  # light studio background
        centre = arr[200:300, 170:250].astype(int)
        assert abs(centre.mean() - arr[:15, :15].mean()) > 10  # a face in the middle
    diffs = [
        np.abs(a.astype(int) - b.astype(int)).mean()
        for a, b in zip(arrays, arrays[1:], strict=False)
    ]
    assert min(diffs) > 5


def test_look_alike_differs_in_identity_features_same_person_does_not():
    rng = np.random.default_rng(5)
    for _ in range(20):
        face = portrait.random_face(rng)
        same = portrait.same_person(face, rng)
        other = portrait.look_alike(face, rng)
        identity = ("face_width", "jaw_width", "eye_spacing", "ear_size", "ear_y", "nose_length")
        assert all(getattr(same, k) == getattr(face, k) for k in identity)
        changed = [k for k in identity if abs(getattr(other, k) - getattr(face, k)) > 1e-3]
        assert len(changed) >= 4
        assert (other.skin, other.hair_colour, other.sex) == (face.skin, face.hair_colour, face.sex)


@given(seed=st.integers(0, 2**31))
@settings(max_examples=60, deadline=None)
def test_signatures_are_smooth_strokes_in_the_unit_box(seed):
    sig = make_signature(seed)
    assert sig == make_signature(seed)
    assert 1 <= len(sig.strokes) <= 4
    for stroke in sig.strokes:
        assert len(stroke) >= 20
        assert all(0 <= x <= 1.0001 and 0 <= y <= 1.0001 for x, y in stroke)
        steps = [
            abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in zip(stroke, stroke[1:], strict=False)
        ]
        assert max(steps) < 0.05  # dense enough to look smooth at 30x, no jumps
