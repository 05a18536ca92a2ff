"""Test images for the capture and studio tests: a document-like page drawn by code."""

from __future__ import annotations

import cv2
import numpy as np


def document_page(width: int = 1000, height: int = 704, *, seed: int = 3) -> np.ndarray:
    """A page with the kind of detail a passport scan has: frames, circles, lines of text."""
    rng = np.random.default_rng(seed)
    img = np.full((height, width, 3), 236, np.uint8)
    cv2.rectangle(img, (8, 8), (width - 9, height - 9), (60, 70, 120), 3)
    for i in range(90):
        colour = tuple(int(v) for v in rng.integers(0, 190, 3))
        x, y = int(rng.integers(20, width - 20)), int(rng.integers(20, height - 20))
        kind = i % 3
        if kind == 0:
            w, h = int(rng.integers(10, 110)), int(rng.integers(10, 70))
            cv2.rectangle(img, (x, y), (x + w, y + h), colour, 2)
        elif kind == 1:
            cv2.circle(img, (x, y), int(rng.integers(5, 50)), colour, 2)
        else:
            cv2.putText(img, f"UTO<<{i}", (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.7, colour, 2)
    return img


def similarity(
    width: int, height: int, *, angle: float, scale: float, shift: tuple[float, float]
) -> np.ndarray:
    """3x3 matrix: rotate by ``angle`` degrees and scale about the centre, then shift."""
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, scale)
    matrix[0, 2] += shift[0]
    matrix[1, 2] += shift[1]
    return np.vstack([matrix, [0.0, 0.0, 1.0]])
