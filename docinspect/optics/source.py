"""A specimen ready to be looked at: captured layers, a scene, or both, with a page cache.

``SpecimenSource.render(viewing, window_mm, size_px)`` is what the inspection view, the loupe
and ``docinspect render`` call. Captured layers (imported scans) are cropped and resampled as
they are; lights without a capture are drawn from the scene; a light with neither raises
``NoLayerError`` so the view can say "no UV image for this specimen".
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Final

import cv2
import numpy as np
from PIL import Image

from docinspect.i18n import Message
from docinspect.model.geometry import Bounds
from docinspect.model.light import Light, Viewing
from docinspect.model.scene import Scene
from docinspect.model.specimen import Specimen
from docinspect.optics.appearance import DESK_RGB
from docinspect.optics.painter import prepare_passes, render_window
from docinspect.optics.prepared import PreparedScene, prepare
from docinspect.packs.scene_file import read_scene_file


class NoLayerError(LookupError):
    """The specimen has neither a captured image nor a scene for this light."""

    def __init__(self, specimen_id: str, light: Light) -> None:
        super().__init__(
            Message(
                "specimen {id} has no image under {light}", id=repr(specimen_id), light=light.value
            )
        )
        self.specimen_id = specimen_id
        self.light = light


class LayerCache:
    """Full-page layers, least recently used dropped first, bounded in pixels. Thread-safe."""

    def __init__(self, *, max_pixels: int = 40_000_000) -> None:
        self._items: OrderedDict[Hashable, np.ndarray] = OrderedDict()
        self._max_pixels = max_pixels
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> np.ndarray | None:
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
            return item

    def put(self, key: Hashable, image: np.ndarray) -> None:
        image.flags.writeable = False  # shared between callers: nobody may draw on it
        with self._lock:
            self._items[key] = image
            self._items.move_to_end(key)
            while len(self._items) > 1 and self._pixels() > self._max_pixels:
                self._items.popitem(last=False)

    def _pixels(self) -> int:
        return sum(a.shape[0] * a.shape[1] for a in self._items.values())

    def __len__(self) -> int:
        return len(self._items)


_tokens = itertools.count(1)

#: The cache sources use unless given their own: bounded for the whole process (~160 MB), so
#: opening many specimens cannot grow memory without limit.
SHARED_CACHE: Final = LayerCache()

#: Tilt steps the cache distinguishes (finer changes are invisible).
_TILT_STEP_DEG: Final = 0.25


class SpecimenSource:
    """A specimen that can be drawn under any of its lights, any window, any size.

    ``folder`` is the specimen's folder (captured layers and scene assets are inside);
    ``scene`` is its parsed scene, if it has one. Safe to use from several threads.
    """

    def __init__(
        self,
        specimen: Specimen,
        folder: Path | None,
        scene: Scene | None = None,
        *,
        cache: LayerCache | None = None,
    ) -> None:
        self._specimen = specimen
        self._folder = folder
        self._scene = scene
        self._prepared: PreparedScene | None = None
        self._images: dict[Light, np.ndarray] = {}
        self._lock = threading.Lock()
        self._cache = cache if cache is not None else SHARED_CACHE
        self._token = next(_tokens)  # this source's share of a shared cache
        self._tilt_matters = scene is not None and any(
            it.material.tilt is not None for it in scene.items
        )

    @property
    def specimen(self) -> Specimen:
        return self._specimen

    @property
    def scene(self) -> Scene | None:
        return self._scene

    @property
    def page_mm(self) -> Bounds:
        return Bounds(0.0, 0.0, self._specimen.width_mm, self._specimen.height_mm)

    def has_light(self, light: Light) -> bool:
        """True when the specimen can be shown under ``light`` (captured or rendered)."""
        captured = self._folder is not None and light in self._specimen.layers
        return captured or self._scene is not None

    def is_captured(self, light: Light) -> bool:
        return self._folder is not None and light in self._specimen.layers

    def max_px_per_mm(self, light: Light) -> float | None:
        """Finest useful resolution under ``light``: a scan's own, or None (a scene has no limit)."""
        if self.is_captured(light):
            return self._captured(light).shape[1] / self._specimen.width_mm
        return None

    def render(self, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]) -> np.ndarray:
        """The window of the page under ``viewing`` as an (H, W, 3) uint8 RGB array,
        ``size_px`` = (W, H). Parts of the window beyond the page show the desk (the light box
        in transmitted light). Raises NoLayerError when the light has neither a capture nor a
        scene. Whole-page renders are cached (returned read-only); the same inputs always give
        the same pixels."""
        light = viewing.light
        if not self.has_light(light):
            raise NoLayerError(self._specimen.id, light)
        size = (max(1, int(size_px[0])), max(1, int(size_px[1])))
        whole = _same_bounds(window_mm, self.page_mm)
        key = self._key(viewing, size) if whole else None
        if key is not None:
            cached = self._cache.get(key)
            if cached is not None:
                return cached
        if self.is_captured(light):
            out = resample_window(self._captured(light), self._specimen.size_mm, window_mm, size)
        else:
            out = render_window(self._prepare(), viewing, window_mm, size)
        if key is not None:
            self._cache.put(key, out)
        return out

    def page(self, viewing: Viewing, size_px: tuple[int, int]) -> np.ndarray:
        """The whole page (cached)."""
        return self.render(viewing, self.page_mm, size_px)

    def _key(self, viewing: Viewing, size: tuple[int, int]) -> Hashable:
        light = viewing.light
        captured = self.is_captured(light)
        tilt = (0.0, 0.0)
        if self._tilt_matters and not captured:
            step = _TILT_STEP_DEG
            tilt = (
                round(viewing.tilt_deg / step) * step,
                round(viewing.tilt_away_deg / step) * step,
            )
        azimuth = viewing.oblique_azimuth_deg if light is Light.OBLIQUE and not captured else 0.0
        return (self._token, light, tilt, round(azimuth, 2), size)

    def prepare(self) -> None:
        """Cut the scene into pieces now (fonts and images read), which the first drawing
        would otherwise do; nothing for a specimen without a scene. Thread-safe."""
        if self._scene is not None:
            self._prepare()

    def _prepare(self) -> PreparedScene:
        with self._lock:
            if self._prepared is None:
                assert self._scene is not None
                self._prepared = prepare(self._scene, self._folder)
            return self._prepared

    def _captured(self, light: Light) -> np.ndarray:
        with self._lock:
            cached = self._images.get(light)
            if cached is not None:
                return cached
            layer = self._specimen.layers.get(light)
            if layer is None or self._folder is None:
                raise NoLayerError(self._specimen.id, light)
            with Image.open(self._folder / layer.file) as img:
                array = np.ascontiguousarray(np.asarray(img.convert("RGB")))
            self._images[light] = array
            return array


def _same_bounds(a: Bounds, b: Bounds) -> bool:
    return all(
        abs(x - y) < 1e-6
        for x, y in zip(
            (a.left, a.top, a.right, a.bottom), (b.left, b.top, b.right, b.bottom), strict=True
        )
    )


#: Order in which lights other than white and oblique are drawn: the costliest first.
_LONGEST_FIRST: Final = (Light.UV365, Light.TRANSMITTED, Light.IR)


def render_layers(
    source: SpecimenSource, lights: Iterable[Light], size_px: tuple[int, int], *, threads: int = 2
) -> dict[Light, np.ndarray]:
    """The whole page under each of ``lights`` (straight on, default lamp azimuth) at
    ``size_px``, as ``source.page`` gives them one by one (same pixels, cached the same way),
    drawn in ``threads`` threads.

    QPainter holds Python's lock while it paints, but OpenCV and numpy release it, so one
    light's image passes (grain, bloom, shading, laying inks through coverage masks) run while
    another light is painted. White light goes first with oblique light after it in one thread
    (oblique shades the white picture); the second thread meanwhile makes the paper grain and
    the oblique light's shading of the relief (no painted picture needed), then draws the other
    lights, after white has painted the guilloche masks they lay their inks through; the first
    thread, done with white and oblique, takes over the lights the second has not begun.
    """
    wanted = list(dict.fromkeys(lights))
    first = [light for light in (Light.WHITE, Light.OBLIQUE) if light in wanted]
    # The others, the longest first (UV's bloom), taken by whichever thread is free first.
    rest = sorted(
        (light for light in wanted if light not in first),
        key=lambda light: _LONGEST_FIRST.index(light) if light in _LONGEST_FIRST else 99,
    )
    out: dict[Light, np.ndarray] = {}
    lock = threading.Lock()

    def take() -> Light | None:
        with lock:
            return rest.pop(0) if rest else None

    def run(chain: list[Light], warm: bool = False) -> None:
        if warm and source.scene is not None:
            # What the lights share and needs no painting, made while the first thread paints.
            oblique = Viewing(Light.OBLIQUE) if Light.OBLIQUE in wanted else None
            prepare_passes(source._prepare(), source.page_mm, size_px, oblique)
        for light in chain:
            out[light] = source.page(Viewing(light), size_px)
        while (light := take()) is not None:
            out[light] = source.page(Viewing(light), size_px)

    if threads <= 1 or not first or not rest:
        run(first)
    else:
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="render-layers") as pool:
            futures = [pool.submit(run, first), pool.submit(run, [], True)]
            for future in futures:
                future.result()
    return {light: out[light] for light in wanted}


def render_view(
    source: SpecimenSource, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]
) -> np.ndarray:
    """The window of ``source`` under ``viewing`` at ``size_px`` = (W, H): an (H, W, 3) uint8
    RGB array. Same as ``source.render``; see there."""
    return source.render(viewing, window_mm, size_px)


def read_scene(path: Path) -> Scene:
    """Read, parse and check a scene file; SceneError naming the file and every problem.

    Strictly, as every pack file is read (``packs.scene_file``): no links or FIFOs, bounded
    size, nesting and drawing cost, image items only from the specimen's own folder.
    """
    return read_scene_file(path.parent, path.name)


def open_source(pack: Any, specimen_id: str, *, cache: LayerCache | None = None) -> SpecimenSource:
    """The specimen ``specimen_id`` of a pack (from ``docinspect.packs.read_pack``), ready to draw.

    KeyError when the pack has no such specimen; SceneError when its scene file is bad.
    """
    specimen = pack.specimen(specimen_id)
    folder = Path(pack.specimen_dir(specimen_id))
    scene = read_scene(folder / specimen.scene) if specimen.scene is not None else None
    return SpecimenSource(specimen, folder, scene, cache=cache)


def resample_window(
    image: np.ndarray,
    page_mm: tuple[float, float],
    window_mm: Bounds,
    size_px: tuple[int, int],
) -> np.ndarray:
    """Cut ``window_mm`` out of a full-page image and resample it to ``size_px`` (W, H).

    Beyond the page the desk shows. Shrinking averages (no aliasing of fine lines); enlarging
    interpolates bicubically (a scan holds no more detail than it was scanned with).
    """
    out_w, out_h = max(1, int(size_px[0])), max(1, int(size_px[1]))
    out = np.empty((out_h, out_w, 3), np.uint8)
    out[:] = DESK_RGB
    img_h, img_w = image.shape[:2]
    sx, sy = img_w / page_mm[0], img_h / page_mm[1]
    ox, oy = out_w / window_mm.width, out_h / window_mm.height
    left, top = max(window_mm.left, 0.0), max(window_mm.top, 0.0)
    right, bottom = min(window_mm.right, page_mm[0]), min(window_mm.bottom, page_mm[1])
    if right <= left or bottom <= top:
        return out
    dx0, dy0 = round((left - window_mm.left) * ox), round((top - window_mm.top) * oy)
    dx1, dy1 = round((right - window_mm.left) * ox), round((bottom - window_mm.top) * oy)
    dw, dh = dx1 - dx0, dy1 - dy0
    if dw <= 0 or dh <= 0:
        return out
    src_x0, src_y0, src_x1, src_y1 = left * sx, top * sy, right * sx, bottom * sy
    scale_x = dw / max(src_x1 - src_x0, 1e-9)
    scale_y = dh / max(src_y1 - src_y0, 1e-9)
    if scale_x < 1.0 and scale_y < 1.0:
        ix0, iy0 = int(src_x0), int(src_y0)
        ix1 = min(img_w, int(np.ceil(src_x1)))
        iy1 = min(img_h, int(np.ceil(src_y1)))
        patch = cv2.resize(image[iy0:iy1, ix0:ix1], (dw, dh), interpolation=cv2.INTER_AREA)
    else:
        matrix = np.array(
            [
                [1.0 / scale_x, 0.0, src_x0 + 0.5 / scale_x - 0.5],
                [0.0, 1.0 / scale_y, src_y0 + 0.5 / scale_y - 0.5],
            ]
        )
        patch = cv2.warpAffine(
            image,
            matrix,
            (dw, dh),
            flags=cv2.INTER_CUBIC | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
    out[dy0:dy1, dx0:dx1] = patch
    return out
