"""Cropping and deskewing a scan to the document's page: pixels in, rectified page out."""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

MM_PER_INCH = 25.4


def size_px_for(size_mm: tuple[float, float], dpi: float) -> tuple[int, int]:
    """Pixel size (W, H) of a page of ``size_mm`` scanned at ``dpi``."""
    return (
        max(1, round(size_mm[0] * dpi / MM_PER_INCH)),
        max(1, round(size_mm[1] * dpi / MM_PER_INCH)),
    )


def size_mm_for(size_px: tuple[int, int], dpi: float) -> tuple[float, float]:
    """Physical size (W, H) in millimetres of an image of ``size_px`` scanned at ``dpi``."""
    if dpi <= 0:
        raise ValueError("dpi must be positive")
    return (size_px[0] * MM_PER_INCH / dpi, size_px[1] * MM_PER_INCH / dpi)


def rectify(
    image: np.ndarray, corners: Sequence[tuple[float, float]], size_px: tuple[int, int]
) -> np.ndarray:
    """The page whose corners (top-left, top-right, bottom-right, bottom-left, in image pixels)
    are ``corners``, cut out and straightened to ``size_px`` = (W, H): crop and deskew at once,
    perspective included (a photo taken at a slight angle)."""
    if len(corners) != 4:
        raise ValueError("four corners are needed")
    w, h = size_px
    src = np.asarray(corners, np.float32)
    dst = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(
        image,
        matrix,
        (w, h),
        flags=cv2.INTER_AREA if _shrinks(src, w, h) else cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )


def crop_box(image: np.ndarray, left: int, top: int, right: int, bottom: int) -> np.ndarray:
    """An axis-aligned cut of ``image``, clamped to it; ValueError when nothing is left."""
    h, w = image.shape[:2]
    left, right = max(0, left), min(w, right)
    top, bottom = max(0, top), min(h, bottom)
    if right - left < 2 or bottom - top < 2:
        raise ValueError("the crop leaves nothing of the image")
    return np.ascontiguousarray(image[top:bottom, left:right])


def rotated(
    image: np.ndarray, degrees: float, *, fill: tuple[int, int, int] = (255, 255, 255)
) -> np.ndarray:
    """``image`` turned by ``degrees`` anticlockwise about its centre, on a canvas that holds
    all of it (a small deskew or a quarter turn)."""
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(round(h * sin + w * cos)), int(round(h * cos + w * sin))
    matrix[0, 2] += new_w / 2.0 - w / 2.0
    matrix[1, 2] += new_h / 2.0 - h / 2.0
    return cv2.warpAffine(image, matrix, (new_w, new_h), flags=cv2.INTER_CUBIC, borderValue=fill)


def find_page(image: np.ndarray) -> list[tuple[float, float]] | None:
    """Corners of the document on a contrasting background (top-left first, clockwise), or
    None when no four-cornered page is found; a suggestion the user confirms or drags."""
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    scale = min(1.0, 1000.0 / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    _t, mask = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    best: np.ndarray | None = None
    for candidate in (mask, 255 - mask):
        contours, _h = cv2.findContours(candidate, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            area = cv2.contourArea(contour)
            if area < 0.2 * small.size or area > 0.98 * small.size:
                continue
            quad = cv2.approxPolyDP(contour, 0.02 * cv2.arcLength(contour, True), True)
            if len(quad) == 4 and (best is None or area > cv2.contourArea(best)):
                best = quad
    if best is None:
        return None
    points = best.reshape(4, 2).astype(np.float64) / scale
    return [tuple(map(float, p)) for p in _order_corners(points)]


def _order_corners(points: np.ndarray) -> np.ndarray:
    sums = points.sum(axis=1)
    diffs = np.diff(points, axis=1).ravel()
    return np.array(
        [
            points[np.argmin(sums)],
            points[np.argmin(diffs)],
            points[np.argmax(sums)],
            points[np.argmax(diffs)],
        ]
    )


def _shrinks(src: np.ndarray, w: int, h: int) -> bool:
    return float(np.linalg.norm(src[1] - src[0])) > w * 1.05
