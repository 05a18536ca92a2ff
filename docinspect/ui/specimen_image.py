"""How the library gets a specimen's white-light picture (thumbnail and preview).

A captured specimen has a white-light image in its pack. A synthetic specimen has a scene
instead, drawn by ``docinspect.optics``; ``_render_white_light`` is the one place that depends
on the renderer, so switching to another render entry point is a one-function change.
Safe to call from a worker thread: it makes QImages only, never pixmaps or widgets.
"""

from __future__ import annotations

import threading
import traceback
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from docinspect.model import Light, Specimen, Viewing
from docinspect.packs import Pack
from docinspect.userdata import log_file

#: Prepared scenes kept for reuse, most recently used last.
MAX_CACHED_SOURCES: Final = 24
_sources: OrderedDict[tuple[int, str], tuple[object, Any]] = OrderedDict()
_sources_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class SpecimenPicture:
    """A white-light image of a specimen, or the reason there is none (for a placeholder)."""

    image: QImage | None
    reason: str = ""
    #: True when the picture was drawn by the renderer rather than captured.
    rendered: bool = False


def white_light_picture(pack: Pack, specimen: Specimen, *, max_side: int) -> SpecimenPicture:
    """The specimen under white light, scaled down so its longer side is at most ``max_side``."""
    layer_path = _captured_white_layer(pack, specimen)
    if layer_path is not None:
        return _read_scaled(layer_path, max_side)
    if specimen.scene is not None:
        return _render_white_light(pack, specimen, max_side)
    return SpecimenPicture(
        None, QCoreApplication.translate("SpecimenImage", "No white-light image in this specimen.")
    )


def _captured_white_layer(pack: Pack, specimen: Specimen) -> Path | None:
    if Light.WHITE not in specimen.layers:
        return None
    return pack.layer_path(specimen.id, Light.WHITE)


def _read_scaled(path: Path, max_side: int) -> SpecimenPicture:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        # Decoding at the scaled size keeps a 600 dpi scan from filling memory.
        reader.setScaledSize(
            size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        return SpecimenPicture(
            None,
            QCoreApplication.translate(
                "SpecimenImage", "The white-light image {name} cannot be read: {reason}"
            ).format(name=path.name, reason=reader.errorString()),
        )
    return SpecimenPicture(image)


def _render_white_light(pack: Pack, specimen: Specimen, max_side: int) -> SpecimenPicture:
    """Draw a synthetic specimen's scene under white light (the one tie to the renderer)."""
    from docinspect import optics

    open_source = getattr(optics, "open_source", None)
    if open_source is None:
        return SpecimenPicture(
            None,
            QCoreApplication.translate(
                "SpecimenImage",
                "This specimen is drawn by the renderer, which is not available yet.",
            ),
        )
    ratio = specimen.width_mm / specimen.height_mm
    size = (max_side, max(1, round(max_side / ratio)))
    if ratio < 1:
        size = (max(1, round(max_side * ratio)), max_side)
    try:
        pixels = _source(open_source, pack, specimen.id).page(Viewing(Light.WHITE), size)
    except Exception as exc:  # a bad scene must not take the library down: say why, log it
        _log_render_failure(specimen.id)
        return SpecimenPicture(
            None,
            QCoreApplication.translate(
                "SpecimenImage", "This specimen cannot be drawn: {reason}"
            ).format(reason=exc),
        )
    return SpecimenPicture(rgb_image(pixels), rendered=True)


def _source(open_source: Any, pack: Pack, specimen_id: str) -> Any:
    """The renderer's source for a specimen, kept for the next picture of it: preparing a
    scene costs far more than drawing it, and thumbnail and preview draw the same one."""
    # Keyed by the pack object (kept alive in the value, so its id is not reused): a pack
    # opened again, perhaps regenerated, gets fresh sources.
    key = (id(pack), specimen_id)
    with _sources_lock:
        if key in _sources:
            _sources.move_to_end(key)
            return _sources[key][1]
    source = open_source(pack, specimen_id)
    with _sources_lock:
        _sources[key] = (pack, source)
        while len(_sources) > MAX_CACHED_SOURCES:
            _sources.popitem(last=False)
    return source


def rgb_image(pixels: np.ndarray) -> QImage:
    """A QImage copy of an (H, W, 3) uint8 RGB array (safe to hand to another thread)."""
    array = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width = array.shape[:2]
    image = QImage(array.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return image.copy()  # the QImage above borrows the array's memory


def _log_render_failure(specimen_id: str) -> None:
    try:
        with log_file().open("a", encoding="utf-8") as out:
            out.write(f"--- cannot draw specimen {specimen_id}\n{traceback.format_exc()}")
    except OSError:
        pass
