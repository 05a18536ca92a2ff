"""Where the inspection view gets its pixels: a specimen under a light, any window, any size.

The renderer (``docinspect.optics.SpecimenSource``) does the drawing: captured layers of
imported scans resampled as they are, lights without a capture drawn from the specimen's scene,
and ``NoLayerError`` for a light with neither, so the view can say so instead of inventing an
image. The view depends only on the small protocol below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import numpy as np

from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Viewing
from docinspect.model.specimen import Specimen
from docinspect.optics.appearance import DESK_RGB
from docinspect.optics.source import NoLayerError, SpecimenSource, open_source, read_scene

__all__ = ["DESK_RGB", "NoLayerError", "PageSource", "open_page_source", "pack_page_source"]


class PageSource(Protocol):
    """A specimen that can be drawn under a light, window by window (thread-safe)."""

    @property
    def specimen(self) -> Specimen: ...

    def has_light(self, light: Light) -> bool:
        """True when the specimen can be shown under ``light`` (captured or rendered)."""
        ...

    def max_px_per_mm(self, light: Light) -> float | None:
        """Finest useful resolution under ``light`` (a scan's own), or None when unbounded."""
        ...

    def render(self, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]) -> np.ndarray:
        """The window of the page as an (H, W, 3) uint8 RGB array of ``size_px`` = (W, H).

        Raises NoLayerError when the light has neither a capture nor a scene.
        """
        ...


def open_page_source(specimen: Specimen, folder: Path | None) -> PageSource:
    """``specimen`` ready to draw from its folder: captured layers, and its scene if it has one.

    Raises SceneError (from the renderer) when the scene file is missing or malformed.
    """
    scene = None
    if specimen.scene is not None and folder is not None:
        scene = read_scene(folder / specimen.scene)
    return SpecimenSource(specimen, folder, scene)


def pack_page_source(pack: Any, specimen_id: str) -> PageSource:
    """Specimen ``specimen_id`` of a pack read with ``docinspect.packs.read_pack``.

    KeyError when the pack has no such specimen; SceneError when its scene is bad.
    """
    return open_source(pack, specimen_id)
