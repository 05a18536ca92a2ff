"""Background printing: offset guilloche, split-duct rainbow, UV ink, microprint with its
deliberate error, iridescent band, see-through register, chip symbol."""

from __future__ import annotations

import math
from typing import Final

from docinspect.model import Ellipse, Light, Rect
from docinspect.model.scene import (
    Material,
    Microprint,
    Path,
    TiltEffect,
    TiltKind,
)
from docinspect.synth.design import (
    SANS,
    colour_name,
    deliberate_error,
    ink,
    microprint_unit,
    rainbow_band,
    state_border,
    state_rosette,
    state_uv_motif,
)
from docinspect.synth.draft import title_case
from docinspect.synth.production.context import Build


def background(b: Build) -> None:
    """Offset background: rainbow, rosette, border, UV motif and microprint."""
    st, pal, lay, W, H, add = b.st, b.st.palette, b.lay, b.width, b.height, b.add
    # Background: split-duct rainbow wave lines over the whole page, continuous fine lines.
    add(rainbow_band(st, W, H), "rainbow_printing")
    b.explain(
        "f-rainbow",
        Rect(lay.data_x, lay.rows[0] - 2, min(60.0, W - lay.data_x - 3), 30.0),
        "rainbow_printing",
        {Light.WHITE},
        4.0,
        "Split-duct (rainbow) printing: the background lines change colour smoothly across the page "
        "without any dots or steps, even under the loupe.",
    )
    rx, ry, rr = lay.rosette
    add(state_rosette(st, rx, ry, rr), "guilloche")
    add(state_border(st, W, H, depth_mm=1.6, lines=7, amplitude_mm=0.35), "guilloche")
    b.explain(
        "f-guilloche",
        Ellipse(rx, ry, rr, rr),
        "guilloche",
        {Light.WHITE, Light.IR},
        6.0,
        "Guilloche: interlaced continuous fine lines. Under the loupe every line is unbroken and "
        "sharp; the background inks are IR-transparent and vanish in IR.",
    )
    b.explain(
        "f-ir-transparent",
        Rect(1.0, 1.0, W - 2, 9.0),
        "ir_transparent_ink",
        {Light.IR},
        1.0,
        "The background and heading inks are transparent in near IR: in the IR view only the "
        "personal data, the portrait and the MRZ remain.",
    )

    # UV motif: the state emblem in an invisible ink that fluoresces under UV.
    ux, uy, ur = lay.uv_motif
    for motif in state_uv_motif(st, ux, uy, ur):
        add(motif, "uv_ink")
    b.explain(
        "f-uv-motif",
        Ellipse(ux, uy, ur, ur),
        "uv_ink",
        {Light.UV365},
        1.0,
        f"The emblem of {title_case(st.name_english)} is printed in an invisible ink that glows "
        f"{colour_name(pal.uv_motif)} under UV 365.",
    )

    # Microprint lines: a line to the naked eye, legible text in the loupe.
    for k, (p0, p1) in enumerate(lay.micro_lines):
        add(
            Microprint(
                id=f"microprint-{k}",
                material=ink(pal.heading, ir=0.0),
                # The first line carries the issuer's deliberate error.
                text=microprint_unit(st) if k == 0 else f"{st.microprint_text} {st.code} ",
                points=(p0, p1),
                glyph_height_mm=0.2,
                font=SANS,
                weight=700,
            ),
            "microprint",
        )
    (p0, p1) = lay.micro_lines[-1]
    b.explain(
        "f-microprint",
        Rect(p0[0], p0[1] - 0.45, p1[0] - p0[0], 0.7),
        "microprint",
        {Light.WHITE},
        8.0,
        f"What looks like a thin line is microprint: '{st.microprint_text}' repeated in letters "
        "0.2 mm high, sharp and legible at 8–10×.",
    )
    (p0, p1) = lay.micro_lines[0]
    word, wrong = deliberate_error(st)
    b.explain(
        "f-deliberate-error",
        Rect(p0[0], p0[1] - 0.45, p1[0] - p0[0], 0.7),
        "deliberate_error",
        {Light.WHITE},
        10.0,
        f"A deliberate error: in this microprint line every fifth '{word}' is printed "
        f"'{wrong}'. The issuer put it there; a forger who redraws the line tends to correct it.",
    )


def iridescent_band(b: Build) -> None:
    """The iridescent band, printed first: transparent, it lies under the background lines."""
    if b.lay.iridescent is not None:
        _iridescent_band(b, b.lay.iridescent)


def security_printing(b: Build) -> None:
    """The see-through register and the chip symbol (where the layout provides for them)."""
    lay = b.lay
    if lay.register is not None:
        _see_through_register(b, *lay.register)
    if lay.chip is not None:
        _chip_symbol(b, lay.chip)


#: The gold sheen of the iridescent band at full tilt.
IRIDESCENT_GOLD: Final = (212, 178, 84)


def _iridescent_band(b: Build, r: Rect) -> None:
    b.add(
        Path(
            id="iridescent",
            material=Material(
                colour=IRIDESCENT_GOLD,
                alpha=0.35,
                ir_absorption=0.0,
                density=0.0,
                tilt=TiltEffect(
                    kind=TiltKind.IRIDESCENT, colour=IRIDESCENT_GOLD, full_tilt_deg=30.0
                ),
            ),
            subpaths=(_box(r),),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
        "iridescent_ink",
    )
    b.explain(
        "f-iridescent",
        r,
        "iridescent_ink",
        {Light.WHITE},
        1.0,
        "An iridescent band: transparent when the document is looked at straight on, it shows a "
        "gold sheen when tilted towards the light. A band that is gold head-on, or never "
        "changes, is printed.",
    )


def register_sectors(cx: float, cy: float, r: float, *, front: bool) -> tuple:
    """The see-through register's ring of eight sectors: the even ones on the front, the
    odd ones on the back, so that together they close the ring against the light."""
    out = []
    for k in range(0 if front else 1, 8, 2):
        a0, a1 = k * math.pi / 4, (k + 1) * math.pi / 4
        angles = [a0 + (a1 - a0) * i / 8 for i in range(9)]
        outer = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in angles]
        inner = [
            (cx + 0.45 * r * math.cos(a), cy + 0.45 * r * math.sin(a)) for a in reversed(angles)
        ]
        out.append(tuple((round(x, 3), round(y, 3)) for x, y in outer + inner))
    return tuple(out)


def _see_through_register(b: Build, cx: float, cy: float, r: float) -> None:
    colour = b.st.palette.guilloche[1]
    b.add(
        Path(
            id="register-front",
            material=ink(colour, ir=0.0, density=0.3),
            subpaths=register_sectors(cx, cy, r, front=True),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
        "see_through_register",
    )
    # Printed on the back of the page: hidden in reflected light, seen against the light.
    b.add(
        Path(
            id="register-back",
            material=Material(colour=colour, alpha=0.0, ir_absorption=0.0, density=0.3),
            subpaths=register_sectors(cx, cy, r, front=False),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
        "see_through_register",
    )
    b.explain(
        "f-register",
        Ellipse(cx, cy, r + 0.5, r + 0.5),
        "see_through_register",
        {Light.WHITE, Light.TRANSMITTED},
        1.0,
        "See-through register: four segments of a ring are printed on this side and four on "
        "the back. Against the light they close into one ring with no gap or overlap; only "
        "printing both sides in one pass registers so exactly.",
    )


def _chip_symbol(b: Build, r: Rect) -> None:
    """The ICAO symbol of a document with a contactless chip."""
    cx, cy = r.x + r.width / 2, r.y + r.height / 2
    rad = r.height * 0.28
    circle = tuple(
        (
            round(cx + rad * math.cos(a * math.pi / 16), 3),
            round(cy + rad * math.sin(a * math.pi / 16), 3),
        )
        for a in range(33)
    )
    lines = tuple(
        ((round(r.x, 3), round(y, 3)), (round(r.x + r.width, 3), round(y, 3)))
        for y in (cy - rad, cy + rad)
    )
    b.add(
        Path(
            id="chip-symbol",
            material=ink(b.st.palette.heading, ir=0.0, density=0.1),
            subpaths=(_box(r) + (_box(r)[0],), circle, *lines),
            stroke_mm=0.22,
        ),
        "chip_symbol",
    )
    b.explain(
        "f-chip",
        r,
        "chip_symbol",
        {Light.WHITE},
        1.0,
        "The chip symbol: this document carries a contactless chip holding the data and the "
        "portrait. A reader at the desk checks that the chip answers and that its data match "
        "the page.",
    )


def _box(r: Rect) -> tuple:
    return (
        (r.x, r.y),
        (round(r.x + r.width, 3), r.y),
        (round(r.x + r.width, 3), round(r.y + r.height, 3)),
        (r.x, round(r.y + r.height, 3)),
    )
