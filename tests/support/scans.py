"""A plain captured scan to inspect: one flat picture per light, and a page source that makes
its loupe windows costly, as a busy machine's are."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
from PIL import Image

from docinspect.model import DocumentType, Layer, Light, Specimen, Truth, Verdict
from docinspect.model.geometry import Bounds
from docinspect.model.light import Viewing
from docinspect.optics.page_source import PageSource, open_page_source

#: The page a scan is of: a TD3 data page, in mm.
WIDTH_MM, HEIGHT_MM = 125.0, 88.0


def plain_scan(
    folder: Path, colours: Mapping[Light, int | tuple[int, int, int]], *, px_per_mm: int = 4
) -> PageSource:
    """A genuine TD3 scan in ``folder`` (made if missing): under each light of ``colours`` one
    flat picture of that grey or RGB colour, ``px_per_mm`` pixels a millimetre."""
    folder.mkdir(parents=True, exist_ok=True)
    layers = {}
    for light, colour in colours.items():
        shape = (round(HEIGHT_MM) * px_per_mm, round(WIDTH_MM) * px_per_mm, 3)
        Image.fromarray(np.full(shape, colour, np.uint8)).save(folder / f"{light.value}.png")
        layers[light] = Layer(light, f"{light.value}.png")
    specimen = Specimen(
        id="s",
        title="Scan",
        document_type=DocumentType.TD3,
        width_mm=WIDTH_MM,
        height_mm=HEIGHT_MM,
        truth=Truth(Verdict.GENUINE),
        layers=layers,
    )
    return open_page_source(specimen, folder)


class CostlyLoupeSource:
    """``inner``, but each loupe window (narrower than the page) first calls ``loupe_cost()``;
    ``loupe_renders`` counts them."""

    def __init__(self, inner: PageSource) -> None:
        self._inner = inner
        self.loupe_renders = 0

    @property
    def specimen(self) -> Specimen:
        return self._inner.specimen

    def has_light(self, light: Light) -> bool:
        return self._inner.has_light(light)

    def max_px_per_mm(self, light: Light) -> float | None:
        return self._inner.max_px_per_mm(light)

    def render(self, viewing: Viewing, window_mm: Bounds, size_px: tuple[int, int]) -> np.ndarray:
        if window_mm.width < 40:  # a loupe window, not the page
            self.loupe_renders += 1
            self.loupe_cost()
        return self._inner.render(viewing, window_mm, size_px)

    def loupe_cost(self) -> None:
        """What a loupe window costs besides drawing it (nothing here)."""


def shown_inspection(qtbot, source, *, size: tuple[int, int] = (900, 650)):
    """The inspection window on ``source``, shown at ``size`` and exposed."""
    from docinspect.ui.inspect.workstation import InspectionWindow

    win = InspectionWindow(source)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win
