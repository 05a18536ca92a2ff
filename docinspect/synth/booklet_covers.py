"""A passport booklet's cover and inside cover, before the data page.

The cover is not paper: a coated board, dark and matt, that stays dull under UV 365 and lets no
light through. The state's name, the document's title and its coat of arms are hot-stamped in
gold foil and pressed into the board, so under raking light their edges cast shadows; the chip
symbol of an e-passport is stamped below. The inside cover is the booklet's security paper,
printed like the visa pages (background, border, a UV image), with the holder's notice.

Both are drawn by the existing materials (relief, UV emission, transmittance): nothing new in
the scene format or the renderer.
"""

from __future__ import annotations

import dataclasses
import math
import random
from typing import Final

from docinspect.model import Light, Rect
from docinspect.model.scene import Anchor, Material, Path, SceneItem, Substrate, Text
from docinspect.synth.design import (
    SANS,
    emblem_paths,
    feature_region,
    ink,
    rainbow_band,
    state_border,
    state_uv_fibres,
    state_uv_motif,
)
from docinspect.synth.draft import BookletPage, Draft

#: The cover board: a dark coated board, matt, UV-dull, opaque, with a coarse grain.
_BOARD: Final = Substrate(
    colour=(92, 30, 40),
    uv_colour=None,
    ir_reflectance=0.45,
    transmittance=0.02,
    grain=0.9,
)
#: Gold foil, hot-stamped and pressed into the board: it shines in daylight, does not glow
#: under UV, vanishes in IR (metal over a dye) and sits below the board's surface.
COVER_FOIL: Final = Material(
    colour=(206, 172, 96),
    uv_colour=None,
    ir_absorption=0.05,
    relief_um=-45.0,
    density=0.2,
)


def add_covers(d: Draft, rng: random.Random) -> None:
    """Give the booklet ``d`` its cover and inside cover (in place), listed before its data
    page."""
    d.covers[:0] = [_cover(d, rng), _inside_cover(d, rng)]


def _cover(d: Draft, rng: random.Random) -> BookletPage:
    st, W, H = d.state, d.width_mm, d.height_mm
    # The cover is read with the booklet upright: the spine is the page's top edge here too,
    # so its words run along the page as the data page's do.
    filled, outlined = emblem_paths(st, W / 2, H / 2 - 2.0, 13.0)
    items: list[SceneItem] = [
        Text(
            id="cover-state",
            material=COVER_FOIL,
            text=st.name_native.upper(),
            x=W / 2,
            y=17.0,
            font=SANS,
            size_mm=5.0,
            weight=700,
            anchor=Anchor.MIDDLE,
            letter_spacing_mm=0.8,
        ),
        Path(
            id="cover-arms",
            material=COVER_FOIL,
            subpaths=tuple(filled),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
        Path(id="cover-arms-lines", material=COVER_FOIL, subpaths=tuple(outlined), stroke_mm=0.6),
        Text(
            id="cover-title",
            material=COVER_FOIL,
            text=f"{st.passport_native.upper()} · PASSPORT",
            x=W / 2,
            y=H - 18.0,
            font=SANS,
            size_mm=4.2,
            weight=700,
            anchor=Anchor.MIDDLE,
            letter_spacing_mm=1.0,
        ),
        *_chip_symbol(W / 2, H - 9.0),
    ]
    if st.name_english.upper() != st.name_native.upper():
        # The state's name in English under its own (once, where both are the same).
        items.insert(
            1,
            Text(
                id="cover-state-english",
                material=COVER_FOIL,
                text=st.name_english.upper(),
                x=W / 2,
                y=23.5,
                font=SANS,
                size_mm=3.2,
                weight=600,
                anchor=Anchor.MIDDLE,
                letter_spacing_mm=0.6,
            ),
        )
    page = BookletPage(
        id="cover",
        label="cover",
        number=0,
        substrate=_with_seed(_BOARD, rng),
        items=items,
        before_data_page=True,
    )
    page.regions += [
        feature_region(
            "f-cover-uv",
            Rect(0.0, 0.0, W, H),
            "uv_dull_substrate",
            {Light.UV365},
            1.0,
            "The cover board stays dull under UV 365, its gold stamping too: a cover that glows "
            "has been replaced or coated.",
        ),
        feature_region(
            "f-cover-chip",
            Rect(W / 2 - 6.0, H - 13.0, 12.0, 8.0),
            "chip_symbol",
            {Light.WHITE, Light.OBLIQUE},
            1.0,
            "The chip symbol, stamped into the cover like the title and the coat of arms: under "
            "raking light their edges cast shadows, as pressed foil does and a print does not.",
        ),
    ]
    return page


def _chip_symbol(cx: float, cy: float) -> list[SceneItem]:
    """The ICAO symbol of an e-passport, stamped in foil: a box, a circle, two lines."""
    w, h = 9.0, 5.6
    r = h * 0.28
    box = ((cx - w / 2, cy - h / 2), (cx + w / 2, cy - h / 2), (cx + w / 2, cy + h / 2),
           (cx - w / 2, cy + h / 2), (cx - w / 2, cy - h / 2))  # fmt: skip
    circle = tuple(
        (
            round(cx + r * math.cos(a * math.pi / 16), 3),
            round(cy + r * math.sin(a * math.pi / 16), 3),
        )
        for a in range(33)
    )
    lines = tuple(((cx - w / 2, y), (cx + w / 2, y)) for y in (cy - r, cy + r))
    return [
        Path(
            id="cover-chip-symbol",
            material=COVER_FOIL,
            subpaths=(tuple((round(x, 3), round(y, 3)) for x, y in box), circle, *lines),
            stroke_mm=0.45,
        )
    ]


def _inside_cover(d: Draft, rng: random.Random) -> BookletPage:
    st, pal, W, H = d.state, d.state.palette, d.width_mm, d.height_mm
    items: list[SceneItem] = [
        *state_uv_fibres(st, W, H, rng),
        rainbow_band(st, W, H),
        state_border(st, W, H, depth_mm=1.6, lines=7, amplitude_mm=0.35),
        *state_uv_motif(st, W / 2, H / 2 + 6, 20.0),
        Text(
            id="inside-cover-title",
            material=ink(pal.heading, ir=0.0),
            text=st.name_english.upper(),
            x=W / 2,
            y=14.0,
            font=SANS,
            size_mm=3.6,
            weight=700,
            anchor=Anchor.MIDDLE,
            letter_spacing_mm=0.8,
        ),
        Text(
            id="inside-cover-notice",
            material=ink(pal.label, ir=0.0),
            text="This passport remains the property of the issuing state.",
            x=W / 2,
            y=22.0,
            font=SANS,
            size_mm=2.4,
            anchor=Anchor.MIDDLE,
        ),
    ]
    page = BookletPage(
        id="inside-cover",
        label="inside cover",
        number=1,
        substrate=_with_seed(booklet_paper(d), rng),
        items=items,
        before_data_page=True,
    )
    page.regions.append(
        feature_region(
            "f-inside-uv",
            Rect(W / 2 - 22.0, H / 2 - 16.0, 44.0, 44.0),
            "uv_ink",
            {Light.UV365},
            1.0,
            "The inside cover is the booklet's security paper: dull under UV 365, with the "
            "state's UV image glowing and the same fibres as every page.",
        )
    )
    return page


def booklet_paper(d: Draft) -> Substrate:
    """The security paper of the booklet's pages: the data page's own, or, behind a
    polycarbonate data page, the paper the state's passports are printed on (as the
    paper data page's, production/substrate.py)."""
    if not d.polycarbonate:
        return d.substrate
    return Substrate(
        colour=d.state.palette.paper,
        uv_colour=None,
        ir_reflectance=0.86,
        transmittance=0.5,
        grain=0.45,
        seed=d.substrate.seed,
    )


def _with_seed(substrate: Substrate, rng: random.Random) -> Substrate:
    return dataclasses.replace(substrate, seed=rng.randrange(2**31))
