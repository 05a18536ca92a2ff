"""Numbering: the laser-perforated document number, the letterpress sticker number."""

from __future__ import annotations

from typing import Final

from docinspect.model import Light, Rect
from docinspect.model.scene import (
    Material,
    Perforation,
    Text,
)
from docinspect.synth.design import (
    DEJAVU_CAP_EM,
    OCRB,
    SANS,
    WIDEST_BOLD_EM,
    colour_name,
    ink,
)
from docinspect.synth.production.context import Build

#: Back-light density of a laser cone's wall: thinner than the page, so brighter.
CONE_WALL_DENSITY: Final = -0.3


def numbers(b: Build) -> None:
    """The perforated number (passports, cards) or the sticker number (visas)."""
    lay, holder, add = b.lay, b.holder, b.add
    # Laser-perforated document number: holes through the page.
    if lay.perforation is not None:
        px, py, pht = lay.perforation
        # A laser burns a cone: the wider entry leaves a brownish scorched rim around each
        # hole (drawn first, a little wider) and a sunken wall that thins the paper (a soft
        # bright edge round the hole against the light); the narrow exit lets the light
        # through.
        add(
            Perforation(
                id="perforation-rim",
                material=Material(
                    colour=(120, 82, 48),
                    alpha=0.7,
                    ir_absorption=0.3,
                    density=CONE_WALL_DENSITY,
                    relief_um=-8.0,
                ),
                x=px,
                y=py,
                hole_mm=round(pht * 0.075 * 1.6, 3),
                pitch_mm=round(pht * 0.14, 3),
                text=holder.document_number,
                height_mm=pht,
                font=OCRB,
            ),
            "laser_perforation",
        )
        add(
            Perforation(
                id="perforation",
                material=Material(colour=(70, 60, 50), hole=True, ir_absorption=0.0, density=0.0),
                x=px,
                y=py,
                # About seven holes per character height: the digits stay legible.
                hole_mm=round(pht * 0.075, 3),
                pitch_mm=round(pht * 0.14, 3),
                text=holder.document_number,
                height_mm=pht,
                font=OCRB,
            ),
            "laser_perforation",
        )
        pw = (
            len(holder.document_number) * pht * (0.723 / 0.701) + 0.6
        )  # OCR-B advance per cap height
        b.explain(
            "f-perforation",
            Rect(px - 0.3, py - pht - 0.3, pw, pht + 0.6),
            "laser_perforation",
            {Light.TRANSMITTED, Light.WHITE, Light.OBLIQUE},
            1.0,
            "The document number is laser-perforated through the page: conical holes, wider on "
            "the entry side, with a brownish scorched rim. Against the light each hole is a "
            "bright core with a soft edge; under raking light the rim is sunken. The number "
            "must match the printed one.",
        )

    # Sticker number (visas): letterpress numbering in red, pressed into the paper.
    if lay.sticker_number is not None:
        nx, ny, nh = lay.sticker_number
        em = nh / DEJAVU_CAP_EM
        numbering_red = (196, 28, 36)
        add(
            Text(
                id="sticker-number",
                material=ink(numbering_red, ir=0.0, relief=-15.0, density=0.3),
                text=holder.document_number,
                x=nx,
                y=ny,
                font=SANS,
                size_mm=round(em, 3),
                weight=700,
            ),
            "letterpress_numbering",
        )
        width = len(holder.document_number) * WIDEST_BOLD_EM * em
        b.explain(
            "f-sticker-number",
            Rect(nx - 0.4, ny - nh - 0.5, width + 0.8, nh + 1.0),
            "letterpress_numbering",
            {Light.WHITE, Light.OBLIQUE},
            1.0,
            f"The sticker number is printed in {colour_name(numbering_red)} by letterpress "
            "numbering before the sticker is personalised: the digits are pressed into the "
            "paper (an impression under raking light, a slight embossing on the back) and "
            "must be the visa number of the data and the MRZ.",
        )
