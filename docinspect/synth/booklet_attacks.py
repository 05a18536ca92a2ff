"""Attacks on a passport booklet's binding besides a substituted visa page (synth/booklet.py):
a genuine data page from another booklet sewn in, and a booklet re-sewn with another thread.

Both are falsifications of genuine material (``REALISM.md``): the paper, print and
perforation are genuine; what gives them away is where one booklet's production meets
another's — the number perforated through the stack, the sewing along the spine, the glue.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Final

from docinspect.model import Light, Rect
from docinspect.model.scene import Material, Path
from docinspect.synth.booklet import (
    PERFORATION_IDS,
    THREAD,
    _indicator,
    _other_number,
    _perforation,
    _stitches,
)
from docinspect.synth.booklet_covers import COVER_FOIL
from docinspect.synth.draft import Draft

#: Bookbinder's glue a forger runs along the spine to hold a page sewn in again: almost
#: invisible in daylight, a slight sheen and relief, glowing bluish-white under UV 365.
_GLUE: Final = Material(
    colour=(232, 226, 204),
    alpha=0.18,
    uv_colour=(190, 205, 255),
    ir_absorption=0.0,
    relief_um=12.0,
    roughness=0.5,
    density=0.05,
)
#: The spine strip where the binding's indicators are (the stitches, the holes, the glue).
_SPINE_MM: Final = 3.4


def data_page_swap(d: Draft, s: float, rng: random.Random) -> None:
    """The booklet's own data page cut out and a genuine data page of another booklet sewn in
    its place (in place): the data page is genuine — its data, MRZ and perforated number agree
    with each other — but the number perforated through the visa pages behind it is the other
    booklet's; the data page was glued and re-sewn at the spine, through new holes beside the
    empty old ones. The indicators are on the data page, where the officer meets them."""
    if not d.pages:
        raise ValueError("data_page_swap needs a booklet (generate td3-booklet)")
    W = d.width_mm
    own = d.holder.document_number
    # The booklet's number, through every other page: the last two characters differ from
    # the data page's (one only when subtle: a number of the same batch).
    other = _other_number(own, rng)
    if s >= 0.5:
        other = own[:-1] + other[-1]
    for depth, page in enumerate(d.pages, start=1):
        for pid in PERFORATION_IDS:
            page.replace_item(pid, _perforation(d, pid, depth, text=other))
    # Re-sewn: the forger cut the old thread and sewed the data page in again, a little off
    # the line and uneven, with a thread like the genuine one; glue along the spine holds it.
    d.items = [it for it in d.items if it.id not in ("binding-thread", "sewing-holes")]
    jitter = 0.4 * (1.2 - s)
    d.items += _stitches(W, THREAD, offset_mm=1.5, jitter=lambda: rng.uniform(-jitter, jitter))
    d.items += _stitches(W, THREAD)[:1]  # the original holes stay, empty
    d.items.append(
        Path(
            id="spine-glue",
            material=dataclasses.replace(_GLUE, uv_strength=round(0.9 - 0.5 * s, 3)),
            subpaths=(((1.0, 0.9), (W - 1.0, 0.9)),),
            stroke_mm=1.4,
        )
    )
    box = next(r.shape for r in d.regions if r.feature == "laser_perforation")
    d.regions += [
        _indicator(
            "i-swap-perforation",
            box,
            "laser_perforation",
            {Light.TRANSMITTED, Light.WHITE},
            f"The number perforated through the data page reads {own}, but through the pages "
            f"behind it {other}: the data page comes from another booklet.",
            method="data_page_swap",
        ),
        _indicator(
            "i-swap-binding",
            Rect(0.0, 0.0, W, _SPINE_MM),
            "binding_thread",
            {Light.WHITE, Light.UV365},
            "The data page is sewn in through new holes beside empty ones, its stitches uneven, "
            "and glue along the spine glows bluish-white under UV 365: it was sewn in again.",
            method="data_page_swap",
        ),
    ]


#: The thread a forger re-binds with, by subtlety: blatant, a white thread glowing blue;
#: subtle, a red thread like the genuine one in daylight that glows only a dull orange.
_REBIND_BLATANT: Final = dataclasses.replace(
    THREAD, colour=(232, 228, 218), uv_colour=(120, 150, 255)
)
_REBIND_SUBTLE: Final = dataclasses.replace(
    THREAD, colour=(176, 58, 58), uv_colour=(210, 110, 40), uv_strength=0.55
)


def rebinding(d: Draft, s: float, rng: random.Random) -> None:
    """The whole booklet unsewn and sewn again with another thread (in place), as a forger
    does to take a page out or put one in: on every page the thread glows in another colour
    under UV 365 (when blatant it is another colour in daylight too), the needle went through
    new holes beside the empty holes of the original sewing, and the stitches are uneven. The
    indicators are along the spine of every page."""
    if not d.pages:
        raise ValueError("rebinding needs a booklet (generate td3-booklet)")
    W = d.width_mm
    thread = _REBIND_BLATANT if s < 0.5 else _REBIND_SUBTLE
    offset = round(2.0 - 1.2 * s, 2)  # a subtle forger keeps closer to the old holes
    jitter = 0.35 * (1.2 - s)
    # One sewing runs through the whole stack: the same new holes on every page.
    seed = rng.randrange(2**31)
    why = (
        "The binding thread glows blue, not yellow, under UV 365 and is white in daylight"
        if s < 0.5
        else "The binding thread is red like the genuine one in daylight, but under UV 365 it "
        "glows dull orange, not bright yellow"
    ) + (
        ", and it runs through new holes beside the empty holes of the original sewing: the "
        "booklet was taken apart and sewn again."
    )
    for number, target in enumerate([d, *d.pages]):
        stitch_rng = random.Random(seed)
        target.items = [
            it for it in target.items if it.id not in ("binding-thread", "sewing-holes")
        ]
        target.items += _stitches(
            W,
            thread,
            offset_mm=offset,
            jitter=lambda r=stitch_rng: r.uniform(-jitter, jitter),
        )
        target.items += _stitches(W, THREAD)[:1]  # the original holes stay, empty
        target.regions.append(
            _indicator(
                "i-rebinding" if number == 0 else "i-page-rebinding",
                Rect(0.0, 0.0, W, _SPINE_MM),
                "binding_thread",
                {Light.WHITE, Light.UV365},
                why,
                method="rebinding",
            )
        )


#: A cheap board's optical brighteners: it glows blue-white under UV 365.
_BRIGHTENED_UV: Final = (170, 185, 255)


def cover_replacement(d: Draft, s: float, rng: random.Random) -> None:
    """The booklet's cover replaced by a counterfeit one (in place), to renew a worn or
    damaged booklet or to hide a cut at the spine: its board has optical brighteners and glows
    under UV where the issuer's stays dull (fainter the subtler), and its gold is printed, not
    pressed — flat below 0.5, above it pressed far less deep than the issuer's stamping. The
    pages inside are genuine; the indicators are on the cover."""
    if not d.covers:
        raise ValueError("cover_replacement needs a booklet (generate td3-booklet)")
    cover = d.covers[0]
    W, H = d.width_mm, d.height_mm
    cover.substrate = dataclasses.replace(
        cover.substrate,
        uv_colour=_BRIGHTENED_UV,
        uv_strength=round(0.9 - 0.6 * s, 3),
        colour=tuple(min(255, c + round(rng.uniform(4, 10))) for c in cover.substrate.colour),
        grain=round(0.9 - 0.5 * s, 3),
        seed=rng.randrange(2**31),
    )
    depth = 0.0 if s < 0.5 else -round(8 + 10 * s, 1)  # the issuer's: 45 µm
    # Every item hot-stamped in the issuer's foil (its name, arms, title, chip symbol).
    shallow = dataclasses.replace(COVER_FOIL, relief_um=depth)
    cover.items = [
        dataclasses.replace(it, material=shallow) if it.material == COVER_FOIL else it
        for it in cover.items
    ]
    stamping = (
        "printed flat: under raking light its letters and arms cast no shadow"
        if s < 0.5
        else "pressed far less deep than the issuer's: under raking light its edges barely shade"
    )
    cover.regions += [
        _indicator(
            "i-cover-uv",
            Rect(0.0, 0.0, W, H),
            "uv_dull_substrate",
            {Light.UV365},
            "Under UV 365 the cover board glows blue-white where the issuer's board stays dull: "
            "the cover is a replacement.",
            method="cover_replacement",
        ),
        _indicator(
            "i-cover-stamping",
            Rect(W / 2 - 6.0, H - 13.0, 12.0, 8.0),
            "chip_symbol",
            {Light.OBLIQUE},
            f"The gold of the cover is {stamping}.",
            method="cover_replacement",
        ),
    ]
