"""Aligning each light's image of a specimen to the white-light one.

UV and IR photos never line up exactly with the white-light scan, and their contrast differs
(a UV photo is dark with a few glowing features; IR loses most colour inks). So features are
matched (SIFT) on contrast-equalised grey images and, where that is not enough, on their
*gradient magnitude*, which keeps the edges every light shares (the page border, the MRZ,
printed lines) even where a light inverts the contrast, and fitted with a
homography estimated with MAGSAC (OpenCV's USAC), which lands within a fraction of a pixel
where plain RANSAC is often off by two or three.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np

#: Images are matched at most this many pixels on their longer side (then scaled back).
_WORK_SIDE: Final = 1200
_MIN_INLIERS: Final = 12
#: Inliers beyond which the first view's match is trusted without trying the next one.
_ENOUGH_INLIERS: Final = 150


class AlignmentError(ValueError):
    """Automatic alignment found no trustworthy match; the reason is for the user."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """A 3x3 homography taking pixel (x, y) of the moving image to the reference image."""

    homography: np.ndarray
    #: How the match was found: "features", "points" or "identity".
    method: str
    #: Feature matches that agreed with the homography (0 for manual points).
    inliers: int = 0

    def map_points(self, points: Sequence[tuple[float, float]]) -> np.ndarray:
        """Where moving-image points land in the reference image, as an (N, 2) array."""
        pts = np.asarray(points, np.float64).reshape(-1, 1, 2)
        return cv2.perspectiveTransform(pts, self.homography).reshape(-1, 2)


def identity() -> Alignment:
    return Alignment(np.eye(3), "identity")


def edge_image(image: np.ndarray) -> np.ndarray:
    """Gradient magnitude of ``image`` (grey or RGB, any bit depth) as uint8, contrast-stretched.

    Light-independent enough to match a UV or IR photo against a white-light scan.
    """
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    grey = grey.astype(np.float32)
    grey = cv2.GaussianBlur(grey, (0, 0), 1.0)
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = cv2.magnitude(gx, gy)
    sample = magnitude[:: max(1, magnitude.shape[0] // 300), :: max(1, magnitude.shape[1] // 300)]
    top = float(np.percentile(sample, 99.5)) or 1.0
    return np.clip(magnitude * (255.0 / top), 0, 255).astype(np.uint8)


def align_automatic(reference: np.ndarray, moving: np.ndarray) -> Alignment:
    """Find the homography that lays ``moving`` over ``reference``.

    Matches SIFT features on two views of each image - contrast-equalised grey (what most
    lights share) and its gradient magnitude (which survives a light that inverts contrast,
    as UV does) - and keeps the view where most matches agree. Raises AlignmentError when too
    few features agree (then ask for four points by hand).
    """
    scale_r = min(1.0, _WORK_SIDE / max(reference.shape[:2]))
    scale_m = min(1.0, _WORK_SIDE / max(moving.shape[:2]))
    ref_grey = _resized(equalised(reference), scale_r)
    mov_grey = _resized(equalised(moving), scale_m)
    best: tuple[np.ndarray, int] | None = None
    reasons: list[str] = []
    for view in (lambda g: g, edge_image):
        try:
            found = _feature_homography(view(ref_grey), view(mov_grey))
        except AlignmentError as exc:
            reasons.append(str(exc))
            continue
        if best is None or found[1] > best[1]:
            best = found
        if best[1] >= _ENOUGH_INLIERS:
            break
    if best is None:
        raise AlignmentError(reasons[-1])
    homography, inliers = best
    # Back to full resolution: H_full = S_r^-1 . H . S_m
    s_r = np.diag([scale_r, scale_r, 1.0])
    s_m = np.diag([scale_m, scale_m, 1.0])
    full = np.linalg.inv(s_r) @ homography @ s_m
    return Alignment(full / full[2, 2], "features", inliers)


def equalised(image: np.ndarray) -> np.ndarray:
    """Grey, locally contrast-equalised (CLAHE) uint8: a dim UV photo gets the contrast of a scan."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    if grey.dtype != np.uint8:
        grey = cv2.normalize(grey, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    return cv2.createCLAHE(clipLimit=4.0, tileGridSize=(8, 8)).apply(grey)


def align_by_points(
    moving_points: Sequence[tuple[float, float]], reference_points: Sequence[tuple[float, float]]
) -> Alignment:
    """The homography taking four (or more) points clicked on the moving image to the same
    four points on the reference image: the manual fallback when automatic alignment fails.
    Raises AlignmentError when the points are too few or degenerate (three in a line)."""
    src = np.asarray(moving_points, np.float64)
    dst = np.asarray(reference_points, np.float64)
    if src.shape != dst.shape or src.ndim != 2 or src.shape[1] != 2 or len(src) < 4:
        raise AlignmentError("four matching points are needed on each image")
    if _degenerate(src) or _degenerate(dst):
        raise AlignmentError("the points must not lie on one line; spread them to the corners")
    if len(src) == 4:
        homography = cv2.getPerspectiveTransform(src.astype(np.float32), dst.astype(np.float32))
    else:
        homography, _mask = cv2.findHomography(src, dst, 0)
    if homography is None or not np.all(np.isfinite(homography)):
        raise AlignmentError("these points give no usable alignment")
    return Alignment(homography / homography[2, 2], "points")


def warp_to(
    moving: np.ndarray, alignment: Alignment, size_px: tuple[int, int], *, fill: int = 0
) -> np.ndarray:
    """``moving`` resampled into the reference image's frame of ``size_px`` = (W, H)."""
    return cv2.warpPerspective(
        moving,
        alignment.homography,
        size_px,
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(fill, fill, fill),
    )


def corner_error_px(a: Alignment, b: np.ndarray, size_px: tuple[int, int]) -> float:
    """Largest distance (pixels) between where ``a`` and homography ``b`` send the image's corners."""
    w, h = size_px
    corners = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)]
    pa = a.map_points(corners)
    pb = cv2.perspectiveTransform(np.asarray(corners, np.float64).reshape(-1, 1, 2), b)
    return float(np.max(np.linalg.norm(pa - pb.reshape(-1, 2), axis=1)))


def _resized(image: np.ndarray, scale: float) -> np.ndarray:
    if scale >= 1.0:
        return image
    size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


def _feature_homography(reference: np.ndarray, moving: np.ndarray) -> tuple[np.ndarray, int]:
    sift = cv2.SIFT_create(nfeatures=4000)
    kp_r, des_r = sift.detectAndCompute(reference, None)
    kp_m, des_m = sift.detectAndCompute(moving, None)
    if des_r is None or des_m is None or len(kp_r) < _MIN_INLIERS or len(kp_m) < _MIN_INLIERS:
        raise AlignmentError(
            "too little detail to match (a blank or very dark image?); align with four points"
        )
    matcher = cv2.BFMatcher(cv2.NORM_L2)
    pairs = matcher.knnMatch(des_m, des_r, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.8 * p[1].distance]
    if len(good) < _MIN_INLIERS:
        raise AlignmentError(
            f"only {len(good)} features matched, too few to trust; align with four points"
        )
    src = np.float32([kp_m[m.queryIdx].pt for m in good]).reshape(-1, 1, 2)
    dst = np.float32([kp_r[m.trainIdx].pt for m in good]).reshape(-1, 1, 2)
    homography, mask = cv2.findHomography(src, dst, cv2.USAC_MAGSAC, 2.0, maxIters=5000)
    inliers = int(mask.sum()) if mask is not None else 0
    if homography is None or inliers < _MIN_INLIERS:
        raise AlignmentError(
            f"only {inliers} features agree on one alignment, too few to trust; "
            "align with four points"
        )
    if not _plausible(homography, moving.shape[1], moving.shape[0]):
        raise AlignmentError("the match would fold or shrink the image; align with four points")
    return homography, inliers


def _plausible(homography: np.ndarray, width: int, height: int) -> bool:
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]]).reshape(-1, 1, 2)
    mapped = cv2.perspectiveTransform(corners, homography).reshape(-1, 2)
    area = cv2.contourArea(mapped.astype(np.float32))
    ratio = area / float(width * height)
    return bool(cv2.isContourConvex(mapped.astype(np.float32))) and 0.25 < ratio < 4.0


def _degenerate(points: np.ndarray) -> bool:
    hull = cv2.convexHull(points.astype(np.float32))
    return float(cv2.contourArea(hull)) < 1.0
