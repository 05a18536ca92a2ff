"""Rendering a specimen under a light, tilt and magnification (DESIGN.md §4).

Entry points: :class:`SpecimenSource` (``open_source(pack, id)``), :func:`render_view` and
:func:`render_layers` (several lights of a whole page at once);
the loupe in :mod:`docinspect.optics.loupe`. QtGui is used offscreen; no widgets.
"""

from docinspect.optics.appearance import DESK_RGB
from docinspect.optics.fonts import UnknownFontError
from docinspect.optics.loupe import draw_loupe, loupe_bounds, render_loupe
from docinspect.optics.prepared import SceneAssetError
from docinspect.optics.source import (
    LayerCache,
    NoLayerError,
    SpecimenSource,
    open_source,
    read_scene,
    render_layers,
    render_view,
    resample_window,
)

__all__ = [
    "DESK_RGB",
    "LayerCache",
    "NoLayerError",
    "SceneAssetError",
    "SpecimenSource",
    "UnknownFontError",
    "draw_loupe",
    "loupe_bounds",
    "open_source",
    "read_scene",
    "render_layers",
    "render_loupe",
    "render_view",
    "resample_window",
]
