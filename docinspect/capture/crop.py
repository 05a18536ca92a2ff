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
    best_area = 0.0
    # Closing bridges thin dark print (a frame line near the edge) so the page is one region.
    k = max(5, round(0.015 * max(small.shape)))
    kernel = np.ones((k, k), np.uint8)
    for candidate in (
        cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel),
        cv2.morphologyEx(255 - mask, cv2.MORPH_CLOSE, kernel),
    ):
        contours, _h = cv2.findContours(candidate, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            area = cv2.contourArea(contour)
            if area < 0.2 * small.size or area > 0.98 * small.size or area <= best_area:
                continue
            # The hull ignores notches where print or a thumb reaches the page edge; the page's
            # sides are then its four longest edges, and their crossings are the corners even
            # where a corner itself is cut off or dark.
            quad = _four_sides(cv2.convexHull(contour).reshape(-1, 2).astype(np.float64))
            if quad is not None:
                best, best_area = quad, area
    if best is None:
        return None
    points = best / scale
    return [(float(x), float(y)) for x, y in _order_corners(points)]


def _four_sides(hull: np.ndarray) -> np.ndarray | None:
    approx = (
        cv2.approxPolyDP(
            hull.astype(np.float32).reshape(-1, 1, 2),
            0.01 * cv2.arcLength(hull.astype(np.float32).reshape(-1, 1, 2), True),
            True,
        )
        .reshape(-1, 2)
        .astype(np.float64)
    )
    n = len(approx)
    if n < 4:
        return None
    lengths = [float(np.linalg.norm(approx[(i + 1) % n] - approx[i])) for i in range(n)]
    sides = sorted(sorted(range(n), key=lambda i: -lengths[i])[:4])
    corners = []
    for a, b in zip(sides, sides[1:] + sides[:1], strict=True):
        point = _crossing(approx[a], approx[(a + 1) % n], approx[b], approx[(b + 1) % n])
        if point is None:
            return None
        corners.append(point)
    quad = np.array(corners)
    if not cv2.isContourConvex(quad.astype(np.float32)):
        return None
    return quad


def _crossing(p1: np.ndarray, p2: np.ndarray, p3: np.ndarray, p4: np.ndarray) -> np.ndarray | None:
    d1, d2 = p2 - p1, p4 - p3
    cross = d1[0] * d2[1] - d1[1] * d2[0]
    if abs(cross) < 1e-9:
        return None
    t = ((p3[0] - p1[0]) * d2[1] - (p3[1] - p1[1]) * d2[0]) / cross
    return p1 + t * d1


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
