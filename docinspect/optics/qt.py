"""The Qt pieces the renderer uses: an offscreen QGuiApplication, QImage <-> numpy, fast polygons.

Only QtGui (painting on QImage) is used here; no widgets, no display. QPainter on a QImage is
safe in worker threads.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np
from PySide6.QtCore import QByteArray, QDataStream
from PySide6.QtGui import QGuiApplication, QImage, QPolygonF

_app_lock = threading.Lock()
_own_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Make sure a Qt GUI application exists (fonts and painting need one).

    The app's own QApplication is used when there is one; otherwise (CLI, benchmarks) an
    offscreen QGuiApplication is created once, so no display is needed. A process that will
    also show widgets must create its QApplication before the first render (Qt allows one
    application object, and widgets need the QApplication kind).
    """
    global _own_app
    if QGuiApplication.instance() is not None:
        return
    with _app_lock:
        if QGuiApplication.instance() is None:
            _own_app = QGuiApplication(["docinspect", "-platform", "offscreen"])


def polygon(points: np.ndarray) -> QPolygonF:
    """A QPolygonF of an (N, 2) float array, built in one call through QDataStream (a Python
    loop of QPointF is ten times slower and, on some PySide6 builds, leaks references)."""
    n = len(points)
    data = np.empty(4 + 16 * n, np.uint8)
    data[:4] = np.frombuffer(np.array([n], ">u4").tobytes(), np.uint8)
    data[4:] = np.frombuffer(np.ascontiguousarray(points, ">f8").tobytes(), np.uint8)
    stream = QDataStream(QByteArray(data.tobytes()))
    result = QPolygonF()
    stream >> result
    return result


def polygons(pieces: list[np.ndarray]) -> list[QPolygonF]:
    """QPolygonF of each (N, 2) float array, all read from one QDataStream (a stream per piece
    cost 17 µs each, most of preparing a document's thousands of guilloche pieces)."""
    if not pieces:
        return []
    counts = np.array([len(p) for p in pieces], ">u4")
    points = np.concatenate([np.asarray(p, float).reshape(-1, 2) for p in pieces])
    raw = np.ascontiguousarray(points, ">f8").view(np.uint8).reshape(-1, 16)
    # The stream holds, per piece, its point count (4 bytes) and then its points (16 each).
    rows = np.empty(len(points) * 16 + 4 * len(pieces), np.uint8)
    starts = np.concatenate(([0], np.cumsum(4 + 16 * counts.astype(np.int64))[:-1]))
    header = starts[:, None] + np.arange(4)
    rows[header.ravel()] = counts.view(np.uint8).reshape(-1, 4).ravel()
    first = np.concatenate(([0], np.cumsum(counts.astype(np.int64))[:-1]))
    # Byte position of each point: its piece's start + 4 + 16 * its index within the piece.
    piece_of = np.repeat(np.arange(len(pieces)), counts.astype(np.int64))
    within = np.arange(len(points)) - first[piece_of]
    at = starts[piece_of] + 4 + 16 * within
    rows[(at[:, None] + np.arange(16)).ravel()] = raw.ravel()
    stream = QDataStream(QByteArray(rows.tobytes()))
    out = []
    for _ in pieces:
        poly = QPolygonF()
        stream >> poly
        out.append(poly)
    return out


def new_image(width: int, height: int) -> QImage:
    return QImage(width, height, QImage.Format.Format_RGB32)


def rgb_array(image: QImage) -> np.ndarray:
    """(H, W, 3) uint8 RGB copy of a Format_RGB32 / ARGB32 image."""
    w, h = image.width(), image.height()
    bgra = np.frombuffer(image.constBits(), np.uint8, count=image.bytesPerLine() * h)
    bgra = bgra.reshape(h, image.bytesPerLine() // 4, 4)[:, :w]
    return cv2.cvtColor(bgra, cv2.COLOR_BGRA2RGB)


def argb_image(rgba: np.ndarray) -> QImage:
    """A premultiplied ARGB QImage (owning its pixels) of an (H, W, 4) uint8 RGBA array."""
    h, w = rgba.shape[:2]
    a = rgba[:, :, 3:4].astype(np.uint16)
    bgra = np.empty((h, w, 4), np.uint8)
    bgra[:, :, :3] = (rgba[:, :, 2::-1].astype(np.uint16) * a // 255).astype(np.uint8)
    bgra[:, :, 3] = rgba[:, :, 3]
    image = QImage(bgra.data, w, h, 4 * w, QImage.Format.Format_ARGB32_Premultiplied)
    return image.copy()  # detach from the numpy buffer


def rgba_array(image: QImage) -> np.ndarray:
    """(H, W, 4) uint8 straight RGBA of any QImage."""
    img = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = img.width(), img.height()
    raw = np.frombuffer(img.constBits(), np.uint8, count=img.bytesPerLine() * h)
    # A copy: ``raw`` views the buffer of ``img``, which is freed when this function returns.
    return raw.reshape(h, img.bytesPerLine() // 4, 4)[:, :w].copy()
