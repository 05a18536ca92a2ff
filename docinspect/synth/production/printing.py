"""Background printing: offset guilloche, split-duct rainbow, UV ink and microprint."""

from __future__ import annotations

from docinspect.model import Ellipse, Light, Rect
from docinspect.model.scene import (
    Microprint,
    RainbowBand,
)
from docinspect.synth.design import (
    SANS,
    colour_name,
    feature_region,
    ink,
    state_border,
    state_rosette,
    state_uv_motif,
)
from docinspect.synth.draft import title_case
from docinspect.synth.production.context import Build


def background(b: Build) -> None:
    """Offset background: rainbow, rosette, border, UV motif and microprint."""
    st, pal, lay, W, H, add, regions, g = (
        b.st,
        b.st.palette,
        b.lay,
        b.width,
        b.height,
        b.add,
        b.regions,
        b.st.guilloche,
    )
    # Background: split-duct rainbow wave lines over the whole page, continuous fine lines.
    add(
        RainbowBand(
            id="rainbow",
            material=ink(pal.guilloche[0], ir=0.0, alpha=0.9),
            x=0.0,
            y=0.0,
            width=W,
            height=H,
            lines=round(H / 0.72),
            amplitude_mm=g.wave_amplitude_mm,
            wavelength_mm=g.wave_length_mm,
            phase_step_deg=9.0,
            mod_amplitude_mm=g.wave_amplitude_mm * 0.8,
            mod_wavelength_mm=g.wave_length_mm * 5.3,
            stroke_mm=g.line_width_mm,
            colours=pal.rainbow,
        ),
        "rainbow_printing",
    )
    regions.append(
        feature_region(
            "f-rainbow",
            Rect(lay.data_x, lay.rows[0] - 2, min(60.0, W - lay.data_x - 3), 30.0),
            "rainbow_printing",
            {Light.WHITE},
            4.0,
            "Split-duct (rainbow) printing: the background lines change colour smoothly across the page "
            "without any dots or steps, even under the loupe.",
        )
    )
    rx, ry, rr = lay.rosette
    add(state_rosette(st, rx, ry, rr), "guilloche")
    add(state_border(st, W, H, depth_mm=1.6, lines=7, amplitude_mm=0.35), "guilloche")
    regions.append(
        feature_region(
            "f-guilloche",
            Ellipse(rx, ry, rr, rr),
            "guilloche",
            {Light.WHITE, Light.IR},
            6.0,
            "Guilloche: interlaced continuous fine lines. Under the loupe every line is unbroken and "
            "sharp; the background inks are IR-transparent and vanish in IR.",
        )
    )
    regions.append(
        feature_region(
            "f-ir-transparent",
            Rect(1.0, 1.0, W - 2, 9.0),
            "ir_transparent_ink",
            {Light.IR},
            1.0,
            "The background and heading inks are transparent in near IR: in the IR view only the "
            "personal data, the portrait and the MRZ remain.",
        )
    )

    # UV motif: the state emblem in an invisible ink that fluoresces under UV.
    ux, uy, ur = lay.uv_motif
    for motif in state_uv_motif(st, ux, uy, ur):
        add(motif, "uv_ink")
    regions.append(
        feature_region(
            "f-uv-motif",
            Ellipse(ux, uy, ur, ur),
            "uv_ink",
            {Light.UV365},
            1.0,
            f"The emblem of {title_case(st.name_english)} is printed in an invisible ink that glows "
            f"{colour_name(pal.uv_motif)} under UV 365.",
        )
    )

    # Microprint lines: a line to the naked eye, legible text in the loupe.
    for k, (a, b) in enumerate(lay.micro_lines):
        add(
            Microprint(
                id=f"microprint-{k}",
                material=ink(pal.heading, ir=0.0),
                text=f"{st.microprint_text} {st.code} ",
                points=(a, b),
                glyph_height_mm=0.2,
                font=SANS,
                weight=700,
            ),
            "microprint",
        )
    (a, b) = lay.micro_lines[-1]
    regions.append(
        feature_region(
            "f-microprint",
            Rect(a[0], a[1] - 0.45, b[0] - a[0], 0.7),
            "microprint",
            {Light.WHITE},
            8.0,
            f"What looks like a thin line is microprint: '{st.microprint_text}' repeated in letters "
            "0.2 mm high, sharp and legible at 8–10×.",
        )
    )
