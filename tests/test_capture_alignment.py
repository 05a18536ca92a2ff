"""Automatic and manual alignment of one light's image to the white-light one."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from docinspect.capture import AlignmentError, align_automatic, align_by_points, warp_to
from tests.test_capture_support import document_page, similarity


def _max_error(found: np.ndarray, truth: np.ndarray, width: int, height: int) -> float:
    # Over a grid spanning the whole image, corners included.
    xs, ys = np.meshgrid(np.linspace(0, width, 11), np.linspace(0, height, 9))
    pts = np.stack([xs.ravel(), ys.ravel()], 1).reshape(-1, 1, 2)
    a = cv2.perspectiveTransform(pts, found)
    b = cv2.perspectiveTransform(pts, truth)
    return float(np.linalg.norm((a - b).reshape(-1, 2), axis=1).max())


def _as_uv(image: np.ndarray) -> np.ndarray:
    # A UV photo: dark, with inverted, bluish contrast - nothing like the white scan's pixels.
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    glow = (255.0 - grey) * 0.6
    return np.clip(np.dstack([glow * 0.5, glow * 0.4, glow]) + 10, 0, 255).astype(np.uint8)


def _as_ir(image: np.ndarray) -> np.ndarray:
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    noisy = grey.astype(np.float32) * 0.7 + 40 + np.random.default_rng(0).normal(0, 4, grey.shape)
    return np.dstack([np.clip(noisy, 0, 255).astype(np.uint8)] * 3)


@pytest.mark.parametrize(
    ("angle", "scale", "shift", "look"),
    [
        (0.0, 1.0, (13.4, -7.7), "white"),
        (3.5, 1.0, (0.0, 0.0), "white"),
        (-2.0, 1.06, (-9.2, 15.3), "white"),
        (1.5, 0.95, (6.6, 4.1), "uv"),
        (-4.0, 1.03, (-12.0, 8.5), "ir"),
    ],
)
def test_automatic_alignment_recovers_a_known_motion_within_one_pixel(angle, scale, shift, look):
    reference = document_page()
    h, w = reference.shape[:2]
    motion = similarity(w, h, angle=angle, scale=scale, shift=shift)  # reference -> photo
    photo = cv2.warpPerspective(reference, motion, (w, h), borderValue=(30, 30, 30))
    photo = {"white": photo, "uv": _as_uv(photo), "ir": _as_ir(photo)}[look]

    found = align_automatic(reference, photo)

    assert found.method == "features"
    assert _max_error(found.homography, np.linalg.inv(motion), w, h) < 1.0


def test_aligned_image_lies_over_the_reference():
    reference = document_page()
    h, w = reference.shape[:2]
    motion = similarity(w, h, angle=2.0, scale=1.02, shift=(10.0, -6.0))
    photo = cv2.warpPerspective(reference, motion, (w, h))
    aligned = warp_to(photo, align_automatic(reference, photo), (w, h))
    inner = (slice(60, h - 60), slice(60, w - 60))
    before = np.abs(photo[inner].astype(int) - reference[inner]).mean()
    after = np.abs(aligned[inner].astype(int) - reference[inner]).mean()
    assert after < before / 4


def test_blank_image_cannot_be_aligned_automatically():
    reference = document_page()
    blank = np.full_like(reference, 12)
    with pytest.raises(AlignmentError, match="four points"):
        align_automatic(reference, blank)


def test_four_points_give_the_exact_homography():
    h, w = 700, 1000
    motion = similarity(w, h, angle=5.0, scale=1.1, shift=(20.0, -3.0))
    moving = [(50.0, 40.0), (930.0, 60.0), (900.0, 650.0), (70.0, 620.0)]
    pts = np.asarray(moving, np.float64).reshape(-1, 1, 2)
    reference = [tuple(p) for p in cv2.perspectiveTransform(pts, motion).reshape(-1, 2)]
    found = align_by_points(moving, reference)
    assert _max_error(found.homography, motion, w, h) < 1e-3
    assert found.method == "points"


def test_four_points_in_a_line_are_refused():
    line = [(0.0, 0.0), (10.0, 10.0), (20.0, 20.0), (30.0, 30.0)]
    with pytest.raises(AlignmentError, match="one line"):
        align_by_points(line, [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)])
    with pytest.raises(AlignmentError, match="four"):
        align_by_points(line[:3], line[:3])
