"""A passport booklet: the TD3 data page sewn into a booklet with its visa pages.

What an officer checks on every passport and cannot check on a data page alone: the pages
are numbered, the document number is laser-perforated through every page (the holes shrink
page by page, away from the side the laser came from), and the pages are sewn along the
spine with a thread that glows under UV. Each visa page is its own scene, on the same
security paper as the data page (its own fibres), with its own background print, UV image,
page number, perforation and stitches. The spine is the data page's top edge: a passport's
data page is read with the booklet turned a quarter, the fold above it.

:func:`page_substitution` is the attack on the booklet: one visa page replaced by a page of
another paper batch (``REALISM.md``, falsification); a data page from another booklet and a
re-sewn binding are in :mod:`docinspect.synth.booklet_attacks`.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Final

from docinspect.model import Light, Rect, Region, Role
from docinspect.model.scene import (
    Anchor,
    Fibres,
    Material,
    Path,
    Perforation,
    SceneItem,
    Text,
)
from docinspect.synth.booklet_covers import add_covers, booklet_paper
from docinspect.synth.design import (
    SANS,
    SERIF,
    feature_region,
    ink,
    rainbow_band,
    state_border,
    state_uv_fibres,
    state_uv_motif,
)
from docinspect.synth.draft import BookletPage, Draft

#: Visa pages generated after the data page (a real booklet has 24–64 pages; four show
#: the shrinking holes and leave neighbours on both sides of a substituted page).
VISA_PAGES: Final = 4
#: The first visa page's number: the data page is page 2 (after the inside cover).
FIRST_VISA_PAGE: Final = 3
#: Each page's holes as a share of the page before's: the laser's cone narrows through
#: the stack, entering at the data page.
HOLE_SHRINK: Final = 0.9
#: The sewing along the spine (the page's top edge): stitch length, pitch and line.
STITCH_MM: Final = 6.0
STITCH_PITCH_MM: Final = 8.0
THREAD_Y_MM: Final = 1.6
THREAD_HOLE_MM: Final = 0.35
#: The binding thread: red in daylight, glowing yellow under UV 365, raised on the page.
THREAD: Final = Material(
    colour=(168, 52, 60),
    uv_colour=(250, 226, 70),
    uv_strength=1.3,
    ir_absorption=0.1,
    relief_um=60.0,
    density=0.6,
)
PERFORATION_IDS: Final = ("perforation-rim", "perforation")


def add_pages(d: Draft, seed: int) -> Draft:
    """Make the TD3 data page ``d`` a booklet: sew it in and add its visa pages (in place)."""
    rng = random.Random(f"docinspect-booklet:{seed}")
    for item in _stitches(d.width_mm, THREAD):
        d.items.append(item)
        d.feature_items.setdefault("binding_thread", []).append(item.id)
    d.regions.append(_binding_region(d.width_mm))
    for k in range(VISA_PAGES):
        d.pages.append(_visa_page(d, k + 1, rng))
    add_covers(d, random.Random(f"docinspect-booklet-covers:{seed}"))
    return d


def _perforation(d: Draft, item_id: str, depth: int, **changes) -> Perforation:
    """The data page's perforation item ``item_id`` as it comes out ``depth`` pages deeper."""
    perforation = d.item(item_id)
    assert isinstance(perforation, Perforation)
    hole = round(perforation.hole_mm * HOLE_SHRINK**depth, 4)
    return dataclasses.replace(perforation, hole_mm=hole, **changes)


def _visa_page(d: Draft, depth: int, rng: random.Random) -> BookletPage:
    st, pal, W, H = d.state, d.state.palette, d.width_mm, d.height_mm
    number = FIRST_VISA_PAGE + depth - 1
    items: list[SceneItem] = [
        Fibres(
            id="fibres-visible",
            material=ink(pal.visible_fibres, ir=0.0, alpha=0.55),
            seed=rng.randrange(2**31),
            count=round(W * H / 450),
            x=2.0,
            y=2.0,
            width=W - 4,
            height=H - 4,
            length_mm=2.5,
            width_mm=0.05,
            curl=0.5,
        ),
        *state_uv_fibres(st, W, H, rng),
        rainbow_band(st, W, H),
        state_border(st, W, H, depth_mm=1.6, lines=7, amplitude_mm=0.35),
        *state_uv_motif(st, W / 2, H / 2 + 4, 22.0),
        Text(
            id="visa-heading",
            material=ink(pal.heading, ir=0.0),
            text="VISAS",
            x=W / 2,
            y=12.0,
            font=SANS,
            size_mm=4.0,
            weight=700,
            anchor=Anchor.MIDDLE,
            letter_spacing_mm=1.2,
        ),
        Text(
            id="page-number",
            material=ink(pal.heading, ir=0.0),
            text=str(number),
            x=W - 6.0,
            y=H - 4.0,
            font=SANS,
            size_mm=3.2,
            weight=700,
            anchor=Anchor.END,
        ),
    ]
    for pid in PERFORATION_IDS:
        items.append(_perforation(d, pid, depth))
    items += _stitches(W, THREAD)
    substrate = dataclasses.replace(booklet_paper(d), seed=rng.randrange(2**31))
    page = BookletPage(
        id=f"page-{number}",
        label=f"page {number}",
        number=number,
        substrate=substrate,
        items=items,
    )
    perforation_box = next(r.shape for r in d.regions if r.feature == "laser_perforation")
    page.regions += [
        feature_region(
            "f-substrate",
            Rect(0.0, 0.0, W, H),
            "uv_dull_substrate",
            {Light.UV365},
            1.0,
            "Every page of the booklet is the same UV-dull security paper: under UV 365 it "
            "stays as dark as its neighbours, with the same fibres glowing in it.",
        ),
        feature_region(
            "f-perforation",
            perforation_box,
            "laser_perforation",
            {Light.TRANSMITTED, Light.WHITE},
            1.0,
            "The document number is laser-perforated through every page, in line with the data "
            "page's; the holes are a little smaller on each page further from the data page.",
        ),
        _binding_region(W),
    ]
    return page


def _binding_region(width: float):
    return feature_region(
        "f-binding",
        Rect(0.0, 0.0, width, 3.4),
        "binding_thread",
        {Light.WHITE, Light.UV365},
        1.0,
        "The pages are sewn along the spine with one thread: even stitches through the same "
        "holes on every page, and the thread glows yellow under UV 365.",
    )


def _stitches(width: float, thread: Material, *, offset_mm: float = 0.0, jitter=None) -> list:
    """The thread's stitches along the spine and the holes the needle made at their ends
    (a second sewing, ``offset_mm`` along, gets its own item ids)."""
    segments = []
    holes = []
    x = 4.0 + offset_mm
    while x + STITCH_MM < width - 3.0:
        dy = jitter() if jitter else 0.0
        y = THREAD_Y_MM + dy
        segments.append(((x, y), (x + STITCH_MM, y)))
        holes += [(x, y), (x + STITCH_MM, y)]
        x += STITCH_PITCH_MM
    return [
        Perforation(
            id="sewing-holes" if not offset_mm else "sewing-holes-2",
            material=Material(colour=(70, 60, 50), hole=True, ir_absorption=0.0, density=0.0),
            x=0.0,
            y=0.0,
            hole_mm=THREAD_HOLE_MM,
            pitch_mm=1.0,
            holes=tuple(holes),
        ),
        Path(
            id="binding-thread" if not offset_mm else "binding-thread-2",
            material=thread,
            subpaths=tuple(segments),
            stroke_mm=0.45,
        ),
    ]


#: A page from another paper batch: the mill's brighteners make it glow blue-white under UV.
_OTHER_BATCH_UV: Final = (150, 165, 235)
#: The thread a forger re-sews with: white in daylight, glowing blue (not yellow) under UV.
_OTHER_THREAD: Final = dataclasses.replace(
    THREAD, colour=(226, 222, 212), uv_colour=(120, 150, 255)
)


def page_substitution(d: Draft, s: float, rng: random.Random) -> None:
    """One visa page cut out and replaced by a page of another booklet (in place): another
    paper batch (it glows under UV where its neighbours stay dull; fainter the subtler), the
    other booklet's perforated number (or, when subtle, its holes the wrong size and out of
    line with the stack's), and the page sewn back in with another thread through new holes
    beside the old ones. Its indicators are on the substituted page."""
    if not d.pages:
        raise ValueError("page_substitution needs a booklet (generate td3-booklet)")
    depth = rng.randrange(2, len(d.pages)) if len(d.pages) > 2 else 1
    page = d.pages[depth - 1]
    W, H = d.width_mm, d.height_mm
    page.substrate = dataclasses.replace(
        page.substrate,
        uv_colour=_OTHER_BATCH_UV,
        uv_strength=round(0.9 - 0.55 * s, 3),
        colour=tuple(min(255, c + 4) for c in page.substrate.colour),
        seed=rng.randrange(2**31),
    )
    box = next(r.shape for r in page.regions if r.feature == "laser_perforation")
    if s < 0.5:
        # The donor booklet's number: the page belongs to another passport.
        other = _other_number(d.holder.document_number, rng)
        changes: dict = {"text": other}
        why = (
            f"The number perforated through this page reads {other}, not "
            f"{d.holder.document_number} as on every other page: it comes from another booklet."
        )
    else:
        # The donor page lay at another depth of another stack: its holes are as large as the
        # data page's, and its number sits a little off the line the others share.
        changes = {"depth": 0, "dx": 0.7}
        why = (
            "Against the light the perforated number on this page is out of line with the pages "
            "beside it, and its holes are larger than the page before's: it was not perforated "
            "in this booklet's stack."
        )
    for pid in PERFORATION_IDS:
        if "text" in changes:
            new = _perforation(d, pid, depth, text=changes["text"])
        else:
            base = _perforation(d, pid, changes["depth"])
            new = dataclasses.replace(base, x=round(base.x + changes["dx"], 3))
        page.replace_item(pid, new)
    # Re-sewn: the old stitches were cut out with the page; new ones through new holes, with
    # another thread, a little off the line and uneven.
    page.items = [it for it in page.items if it.id not in ("binding-thread", "sewing-holes")]
    page.items += _stitches(
        W, _OTHER_THREAD, offset_mm=1.5, jitter=lambda: rng.uniform(-0.35, 0.35) * (1.2 - s)
    )
    page.items += _stitches(W, THREAD)[:1]  # the original holes stay, empty
    page.regions += [
        _indicator(
            "i-page-uv",
            Rect(0.0, 0.0, W, H),
            "uv_dull_substrate",
            {Light.UV365},
            f"Under UV 365 page {page.number} glows faintly blue-white where the pages beside it "
            "stay dull: its paper is from another batch.",
        ),
        _indicator(
            "i-page-perforation",
            box,
            "laser_perforation",
            {Light.TRANSMITTED, Light.WHITE},
            why,
        ),
        _indicator(
            "i-page-binding",
            Rect(0.0, 0.0, W, 3.4),
            "binding_thread",
            {Light.WHITE, Light.UV365},
            f"Page {page.number} is sewn with another thread (it glows blue, not yellow, under "
            "UV), through new holes beside the empty holes of the original sewing.",
        ),
    ]
    _page_number_trace(page, s, rng)


#: How careful a page-substituting forger is with the printed page number, by subtlety: below
#: the first, the donor page keeps its own number; below the second, that number is covered
#: and the right one printed over it, in another typeface and out of place; from the second
#: on, the donor page was the same page of another booklet of the series (no number trace).
PAGE_NUMBER_LEFT: Final = 0.35
PAGE_NUMBER_REPRINTED: Final = 0.7
#: The pages a booklet's page number can read (a 32-page booklet's visa pages).
BOOKLET_PAGE_NUMBERS: Final = range(FIRST_VISA_PAGE, 33)


def _page_number_trace(page: BookletPage, s: float, rng: random.Random) -> None:
    """The printed page number of a substituted page: the donor page's own (another number),
    or the right number printed over it by the forger (another typeface, out of place), or,
    from a careful forger, the right one (nothing to see). Its indicator, if any, is on the
    page (a region round the number). Drawn after every other draw of the attack, so the
    page's other traces are what they were before page numbers carried one."""
    if s >= PAGE_NUMBER_REPRINTED:
        return
    number = page.item("page-number")
    assert isinstance(number, Text)
    box = Rect(round(number.x - 9.0, 3), round(number.y - 4.6, 3), 10.0, 6.0)
    if s < PAGE_NUMBER_LEFT:
        other = rng.choice([n for n in BOOKLET_PAGE_NUMBERS if abs(n - page.number) > 1])
        page.replace_item("page-number", dataclasses.replace(number, text=str(other)))
        why = (
            f"Page {page.number} is numbered {other}: between pages {page.number - 1} and "
            f"{page.number + 1} it was cut from another place in another booklet."
        )
        mag = 1.0
    else:
        dx, dy = round(rng.uniform(0.9, 1.6), 2), round(rng.uniform(0.4, 0.8), 2)
        page.replace_item(
            "page-number",
            dataclasses.replace(
                number,
                font=SERIF,
                weight=400,
                size_mm=round(number.size_mm * 0.9, 3),
                x=round(number.x - dx, 3),
                y=round(number.y - dy, 3),
            ),
        )
        why = (
            f"The number of page {page.number} is in another typeface and about {dx:.1f} mm "
            "out of the place where the other pages print theirs: the forger printed it over "
            "the donor page's own number."
        )
        mag = 2.0
    page.regions.append(
        dataclasses.replace(
            _indicator("i-page-number", box, "page_numbers", {Light.WHITE}, why),
            min_magnification=mag,
        )
    )


def _indicator(
    rid: str, shape, feature: str, lights, explanation: str, *, method: str = "page_substitution"
) -> Region:
    return Region(
        id=rid,
        shape=shape,
        feature=feature,
        role=Role.FORGERY_INDICATOR,
        lights=frozenset(lights),
        min_magnification=1.0,
        explanation=explanation,
        method=method,
    )


def _other_number(number: str, rng: random.Random) -> str:
    """Another booklet's number of the same series: the last two characters differ."""
    digits = "0123456789"
    tail = "".join(rng.choice([c for c in digits if c != old]) for old in number[-2:])
    return number[:-2] + tail
