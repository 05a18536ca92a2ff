"""Forgery methods: each edits a genuine :class:`~docinspect.synth.documents.Draft` the way a
forger would, and records where the result betrays itself.

Every method adds at least one forgery-indicator region (feature and method ids from the
taxonomy, the lights and loupe power that reveal it, an explanation for trainees) and its id
to the truth. ``subtlety`` runs from 0 (obvious: a trainee sees it at a glance) to 1 (expert:
the indicator is still there, but small, faint or only visible at high power).
"""

from __future__ import annotations

import dataclasses
import math
import random
import re
from collections.abc import Callable, Mapping
from typing import Final

import numpy as np

from docinspect import mrz
from docinspect.i18n import Message
from docinspect.model import DocumentType, Light, Rect, Region, Role, Verdict, load_taxonomy
from docinspect.model.geometry import Bounds
from docinspect.model.scene import (
    Anchor,
    Blend,
    EllipseItem,
    Material,
    Microprint,
    Path,
    Perforation,
    PrintProcess,
    Raster,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
)
from docinspect.synth import booklet, booklet_attacks, portrait
from docinspect.synth.design import microprint_unit, mrz_data, said_of_page
from docinspect.synth.draft import BOOKLET, PORTRAIT_FILE, TD1_BACK, TRAVELLER_FILE, Draft
from docinspect.synth.layouts import LAYOUTS, layout_for
from docinspect.synth.states import PAPER, POLYCARBONATE, STATES, document_body

#: Methods that need a printed MRZ (a TD1 card prints it on the back, not on the front).
NEEDS_PRINTED_MRZ: Final = frozenset({"mrz_check_digit"})
#: Methods that imitate what only some layouts carry: the layout field that places it, what
#: it is, and why a document without it has none.
NEEDS_LAYOUT: Final[Mapping[str, tuple[str, str, str]]] = {
    "printed_watermark": ("watermark", "a paper watermark", "a card is polycarbonate with none"),
    "imitation_thread": ("thread_x", "a security thread", "a card's body has none"),
    "misaligned_register": (
        "register",
        "a see-through register",
        "only the passport data page prints one",
    ),
    "imitated_perforation": (
        "perforation",
        "a laser-perforated number",
        "a visa sticker is numbered by letterpress",
    ),
}
#: Attacks on paper that a polycarbonate card (TD1, TD2) cannot carry, with the reason.
PAPER_ONLY: Final[Mapping[str, str]] = {
    "office_paper": "a card is polycarbonate, not paper (its counterfeit body is "
    "non_polycarbonate_body)",
    "fibres_missing": "a polycarbonate card has no fibres to leave out",
    "photo_substitution": "a card's portrait is engraved inside it, not glued on (it is replaced "
    "by splitting the card: delamination)",
}
#: The same attacks on a polycarbonate passport data page (``State.passport_page``), and the
#: paper features a polycarbonate page has none of, with the reason.
PAPER_ONLY_ON_PAGE: Final[Mapping[str, str]] = {
    "office_paper": "the data page is polycarbonate, not paper (its counterfeit body is "
    "non_polycarbonate_body)",
    "fibres_missing": "a polycarbonate data page has no fibres to leave out",
    "photo_substitution": "the portrait is engraved inside the polycarbonate page, not glued on "
    "(it is replaced by splitting the page: delamination)",
    "printed_watermark": "a polycarbonate data page has no watermark",
    "imitation_thread": "a polycarbonate data page has no security thread",
    "misaligned_register": "a polycarbonate data page has no see-through register",
}
#: Attacks on polycarbonate (a card, a polycarbonate data page) that paper cannot carry.
CARD_ONLY: Final = frozenset({"non_polycarbonate_body", "printed_portrait", "delamination"})
#: Card types: polycarbonate bodies.
CARD_TYPES: Final = frozenset({DocumentType.TD1, DocumentType.TD2})
#: Why a method does not fit the back of a TD1 card (what it needs is on the front).
BACK_REFUSALS: Final[Mapping[str, str]] = {
    **PAPER_ONLY,
    "printed_watermark": "a polycarbonate card has no watermark",
    "printed_portrait": "the portrait is on the front",
    "delamination": "the portrait is on the front",
    "no_relief": "the intaglio heading is on the front",
    "photo_substitution": "the portrait is on the front",
    "impostor": "the portrait to compare with the traveller is on the front",
    "imitated_perforation": "the laser-perforated number is on the front",
    "imitation_thread": "a card has no security thread",
    "misaligned_register": "the card has no see-through register",
}


def _lerp(obvious: float, expert: float, s: float) -> float:
    return obvious + (expert - obvious) * s


def _indicator(
    d: Draft,
    method: str,
    feature: str,
    shape,
    lights,
    mag: float,
    explanation: str,
) -> None:
    n = sum(1 for r in d.regions if r.role is Role.FORGERY_INDICATOR)
    if d.polycarbonate and d.doc_type is DocumentType.TD3:
        explanation = said_of_page(explanation)  # a card attack on a polycarbonate data page
    b = shape.bounds()
    # Indicators must lie on the page even when a feature sits at its edge.
    if not b.within(d.width_mm, d.height_mm):
        left, top = max(0.0, b.left), max(0.0, b.top)
        right, bottom = min(d.width_mm, b.right), min(d.height_mm, b.bottom)
        shape = Rect(left, top, right - left, bottom - top)
    d.regions.append(
        Region(
            id=f"x{n + 1}-{method}",
            shape=shape,
            feature=feature,
            role=Role.FORGERY_INDICATOR,
            lights=frozenset(lights),
            min_magnification=round(mag, 1),
            explanation=explanation,
            method=method,
        )
    )


#: What a removed feature's item becomes: nothing under any light.
_NOTHING: Final = Material(alpha=0.0, ir_absorption=0.0, density=0.0)


def _vanish(d: Draft, item_id: str) -> None:
    """Take an item off the document without taking its id out of the scene: the item stays,
    drawn under no light, so no item name or count tells a forgery from a genuine document
    (only what is seen does)."""
    it = d.item(item_id)
    d.replace_item(item_id, dataclasses.replace(it, material=_NOTHING))


def _shape_of(d: Draft, feature: str):
    return d.region(feature).shape


def _with(item, **material_changes):
    return dataclasses.replace(
        item, material=dataclasses.replace(item.material, **material_changes)
    )


# --- counterfeits ---------------------------------------------------------------------------


def office_paper(d: Draft, s: float, rng: random.Random) -> None:
    # Only the optical brighteners betray the paper: the forger chose a paper of the right
    # tint and weight, so white, IR and transmitted light show nothing here.
    d.substrate = dataclasses.replace(
        d.substrate, uv_colour=(165, 185, 255), uv_strength=round(_lerp(1.2, 0.35, s), 3)
    )
    _indicator(
        d,
        "office_paper",
        "uv_dull_substrate",
        Rect(0.0, 0.0, d.width_mm, d.height_mm),
        {Light.UV365},
        1.0,
        "The whole page glows blue-white under UV 365: ordinary paper with optical brighteners. "
        "Genuine security paper stays dull.",
    )


def printed_watermark(d: Draft, s: float, rng: random.Random) -> None:
    shape = _shape_of(d, "watermark")
    if s < 0.4:
        for item_id in d.feature_items["watermark"]:
            _vanish(d, item_id)
        text = "No watermark against the light: the paper of this counterfeit has none."
    else:
        # A printed imitation: faintly visible in reflected light, and against the light it
        # shows only dark tones, never the light tones of thinner paper.
        for item_id in d.feature_items["watermark"]:
            it = d.item(item_id)
            d.replace_item(
                item_id,
                _with(
                    it, alpha=round(_lerp(0.12, 0.04, s), 3), colour=(150, 150, 150), density=0.12
                ),
            )
        text = (
            "The 'watermark' is printed on the surface: it can be seen in reflected light and "
            "shows only dark tones against the light, never the light tones of a real one."
        )
    _indicator(d, "printed_watermark", "watermark", shape, {Light.TRANSMITTED}, 1.0, text)


def fibres_missing(d: Draft, s: float, rng: random.Random) -> None:
    shape = _shape_of(d, "uv_fibres")
    if s < 0.5:
        for item_id in d.feature_items.get("uv_fibres", []):
            _vanish(d, item_id)
        lights = {Light.UV365}
        text = "No fluorescent fibres under UV 365: the paper of a counterfeit has none."
    else:
        alpha = round(_lerp(0.35, 0.1, s), 3)
        for item_id in d.feature_items.get("uv_fibres", []):
            it = d.item(item_id)
            d.replace_item(
                item_id,
                _with(
                    it,
                    alpha=alpha,
                    colour=tuple(int(c * 0.8) for c in it.material.uv_colour),
                    uv_strength=0.8,
                    process=PrintProcess.HALFTONE,
                    dot_pitch_mm=0.08,
                ),
            )
        lights = {Light.UV365, Light.WHITE}
        text = (
            "The 'fibres' are printed on the surface: faintly visible in white light, made of "
            "dots in the loupe, and they never cross under printed lines as real fibres do."
        )
    for item_id in d.feature_items.get("visible_fibres", []):
        it = d.item(item_id)
        d.replace_item(item_id, _with(it, process=PrintProcess.HALFTONE, dot_pitch_mm=0.1))
    # Planchettes: left out by the obvious forger, printed flat (dots, no glow) by a better one.
    for item_id in d.feature_items.get("planchettes", []):
        if s < 0.5:
            _vanish(d, item_id)
        else:
            d.replace_item(
                item_id,
                _with(
                    d.item(item_id),
                    uv_colour=None,
                    process=PrintProcess.HALFTONE,
                    dot_pitch_mm=0.1,
                ),
            )
    if d.feature_items.get("planchettes"):
        _indicator(
            d,
            "fibres_missing",
            "planchettes",
            _shape_of(d, "planchettes"),
            {Light.UV365, Light.WHITE},
            4.0,
            "No planchettes glow under UV 365: the small discs of the genuine paper are missing "
            "or printed as dots on the surface.",
        )
    _indicator(d, "fibres_missing", "uv_fibres", shape, lights, 1.0 if s < 0.5 else 6.0, text)


_BACKGROUND: Final = ("rainbow", "rosette", "border", "header-band")


def halftone_print(d: Draft, s: float, rng: random.Random) -> None:
    pitch = round(_lerp(0.17, 0.07, s), 3)
    process = PrintProcess.HALFTONE if rng.random() < 0.6 else PrintProcess.INKJET
    for it in list(d.items):
        if it.id in _BACKGROUND:
            d.replace_item(it.id, _with(it, process=process, dot_pitch_mm=pitch))
    kind = "a halftone screen" if process is PrintProcess.HALFTONE else "scattered inkjet droplets"
    mag = _lerp(4.0, 12.0, s)
    _indicator(
        d,
        "halftone_print",
        "guilloche",
        _shape_of(d, "guilloche"),
        {Light.WHITE, Light.TRANSMITTED},
        mag,
        f"Under the loupe the guilloche lines are made of {kind} (about {pitch:.2f} mm apart), "
        "not continuous lines: a copy, not offset printing.",
    )
    _indicator(
        d,
        "halftone_print",
        "rainbow_printing",
        _shape_of(d, "rainbow_printing"),
        {Light.WHITE, Light.TRANSMITTED},
        mag,
        "The rainbow background is built from coloured dots instead of lines whose ink changes "
        "smoothly: split-duct printing cannot be copied on a desktop printer.",
    )


def degraded_microprint(d: Draft, s: float, rng: random.Random) -> None:
    for item_id in list(d.feature_items.get("microprint", [])):
        it = d.item(item_id)
        assert isinstance(it, Microprint)
        (x0, y0), (x1, y1) = it.points[0], it.points[-1]
        if s < 0.5:
            # A dotted line: the copier could not resolve the letters at all.
            dash, gap = 0.14, _lerp(0.2, 0.12, s * 2)
            subpaths = []
            x = x0
            while x + dash <= x1:
                subpaths.append(((round(x, 3), y0 - 0.08), (round(x + dash, 3), y1 - 0.08)))
                x += dash + gap
            d.replace_item(
                item_id,
                Path(id=item_id, material=it.material, subpaths=tuple(subpaths), stroke_mm=0.11),
            )
            text = "The microprint line is a row of dots and dashes: no letters in the loupe."
        else:
            d.replace_item(
                item_id,
                _with(it, process=PrintProcess.INKJET, dot_pitch_mm=round(_lerp(0.1, 0.06, s), 3)),
            )
            text = (
                "At 10× the microprint is smudged into blurred, broken letters that cannot be "
                "read: it was scanned and reprinted."
            )
        _indicator(
            d,
            "degraded_microprint",
            "microprint",
            Rect(min(x0, x1), y0 - 0.45, abs(x1 - x0), 0.7),
            {Light.WHITE},
            8.0,
            text,
        )


def static_ovd(d: Draft, s: float, rng: random.Random) -> None:
    for item_id in list(d.feature_items.get("dovid", [])):
        it = d.item(item_id)
        t = it.material.tilt
        if t is not None and t.kind is TiltKind.SWITCH:
            # No image channels: what shows head-on is printed for good, the rest is missing.
            if t.min_tilt_deg <= 0.0 <= t.max_tilt_deg:
                d.replace_item(item_id, _with(it, tilt=None))
            else:
                _vanish(d, item_id)
        elif s < 0.5:
            # A plain silver foil.
            d.replace_item(item_id, _with(it, tilt=None, colour=(185, 185, 190)))
        else:
            # A generic rainbow foil: head-on it looks like the genuine patch, but its colours
            # are printed and do not travel when the page is tilted.
            d.replace_item(
                item_id,
                _with(
                    it, tilt=TiltEffect(kind=TiltKind.DIFFRACTIVE, full_tilt_deg=STATIC_FOIL_DEG)
                ),
            )
    iridescent = d.feature_items.get("iridescent_ink", [])
    for item_id in iridescent:
        # Printed in a gold ink: there head-on, and the same at every tilt.
        it = d.item(item_id)
        d.replace_item(
            item_id,
            _with(it, tilt=None, alpha=round(_lerp(0.3, 0.12, s), 3), uv_colour=None),
        )
    if iridescent:
        _indicator(
            d,
            "static_ovd",
            "iridescent_ink",
            _shape_of(d, "iridescent_ink"),
            {Light.WHITE},
            1.0,
            "The iridescent band is printed in a gold ink: it shows straight on and does not "
            "change when the page is tilted. A real iridescent ink is clear head-on.",
        )
    if d.feature_items.get("dovid"):
        _indicator(
            d,
            "static_ovd",
            "dovid",
            _shape_of(d, "dovid"),
            {Light.WHITE},
            1.0,
            "Tilt the page: this 'hologram' does not change. Head-on it looks right, but its "
            "colours do not travel and its image never switches to the second channel: a "
            "printed or generic foil imitation without a diffractive structure.",
        )
    _static_cli(d, s)


def _static_cli(d: Draft, s: float) -> None:
    """A changeable laser image imitated by a print: the head-on picture printed for good,
    the second picture missing, the lenses a flat printed ruling (or none)."""
    ids = d.feature_items.get("mli_cli", [])
    if not ids:
        return
    for item_id in ids:
        it = d.item(item_id)
        t = it.material.tilt
        if t is not None and t.kind is TiltKind.SWITCH:
            if t.min_tilt_deg <= 0.0 <= t.max_tilt_deg:
                d.replace_item(item_id, _with(it, tilt=None, process=PrintProcess.OFFSET))
            else:
                _vanish(d, item_id)
        elif it.material.relief_um > 0:  # the lenses
            if s < 0.5:
                _vanish(d, item_id)
            else:
                d.replace_item(item_id, _with(it, relief_um=0.0))
    _indicator(
        d,
        "static_ovd",
        "mli_cli",
        _shape_of(d, "mli_cli"),
        {Light.WHITE, Light.OBLIQUE},
        1.0,
        "Tilt the card: the changeable laser image shows the same picture at every angle, and "
        "under raking light its 'lenses' are flat: a print, not two images engraved through "
        "a lens structure.",
    )


#: A printed rainbow "moves" one colour cycle per this many degrees: not at all in practice.
STATIC_FOIL_DEG: Final = 1.0e6


def no_relief(d: Draft, s: float, rng: random.Random) -> None:
    for item_id in d.feature_items.get("intaglio", []):
        it = d.item(item_id)
        d.replace_item(
            item_id, _with(it, relief_um=round(_lerp(0.0, 6.0, s), 1), process=PrintProcess.OFFSET)
        )
    _indicator(
        d,
        "no_relief",
        "intaglio",
        _shape_of(d, "intaglio"),
        {Light.OBLIQUE},
        1.0,
        "Under raking light the heading casts no shadows and feels flat: flat printing where "
        "the genuine document has raised intaglio.",
    )
    latent = d.feature_items.get("latent_image", [])
    for k, item_id in enumerate(latent):
        it = d.item(item_id)
        if k > 0:  # one flat print stands for the whole latent image
            _vanish(d, item_id)
            continue
        # Without relief there is nothing to hide the image head-on: a faint flat print.
        d.replace_item(
            item_id,
            _with(it, tilt=None, relief_um=0.0, alpha=round(_lerp(0.3, 0.12, s), 3)),
        )
    if latent:
        _indicator(
            d,
            "no_relief",
            "latent_image",
            _shape_of(d, "latent_image"),
            {Light.WHITE, Light.OBLIQUE},
            1.0,
            "The latent image is printed flat: it can be seen straight on and does not appear "
            "or vanish when the page is tilted.",
        )


def ir_anomaly(d: Draft, s: float, rng: random.Random) -> None:
    absorb = round(_lerp(0.0, 0.35, s), 3)
    mrz_ids = d.feature_items.get("mrz", [])
    targets = list(mrz_ids)
    if not mrz_ids or s < 0.5:
        targets += d.feature_items.get("personal_data", [])
    for item_id in targets:
        d.replace_item(item_id, _with(d.item(item_id), ir_absorption=absorb))
    if mrz_ids:
        _indicator(
            d,
            "ir_anomaly",
            "mrz",
            _shape_of(d, "mrz"),
            {Light.IR},
            1.0,
            "In IR the MRZ fades away: it was printed with a colour ink that is transparent in "
            "near IR. A genuine MRZ is IR-absorbing (black) so that readers can see it.",
        )
    if not mrz_ids or s < 0.5:
        _indicator(
            d,
            "ir_anomaly",
            "ir_absorbing_ink",
            _shape_of(d, "personal_data"),
            {Light.IR},
            1.0,
            "The personal data vanish in IR like the background: printed with inks that do not "
            "absorb near IR, unlike the genuine personalisation.",
        )


def uv_motif_wrong(d: Draft, s: float, rng: random.Random) -> None:
    shape = _shape_of(d, "uv_ink")
    ids = d.feature_items.get("uv_ink", [])
    if s < 0.3:
        for item_id in ids:
            _vanish(d, item_id)
        text = "The UV motif is missing: nothing glows where the emblem should appear under UV."
    else:
        r, g, b = d.state.palette.uv_motif
        # Rotate the hue (less for experts) and weaken the glow.
        shift = _lerp(2, 1, (s - 0.3) / 0.7)
        colour = (b, r, g) if shift >= 1.5 else ((r + b) // 2, (g + r) // 2, (b + g) // 2)
        if colour == (r, g, b):
            colour = (g, b, r)
        for item_id in ids:
            it = d.item(item_id)
            d.replace_item(
                item_id, _with(it, uv_colour=colour, uv_strength=round(_lerp(1.1, 0.6, s), 3))
            )
        text = (
            "The UV motif glows in the wrong colour: the genuine emblem fluoresces "
            f"{_hex(d.state.palette.uv_motif)}, this one {_hex(colour)}."
        )
    _indicator(d, "uv_motif_wrong", "uv_ink", shape, {Light.UV365}, 1.0, text)


def imitated_perforation(d: Draft, s: float, rng: random.Random) -> None:
    """The number "perforated" without a laser. Clumsy (subtlety < 0.5): dark dots printed
    where the holes should be; against the light nothing shines through. Better: holes
    punched with a needle or die: they pass light, but as clean cylinders, sharp-edged,
    with no scorched rim and no cone."""
    punched = s >= 0.5
    for item_id in list(d.feature_items.get("laser_perforation", [])):
        it = d.item(item_id)
        if not it.material.hole:  # the scorched rim and cone wall: only a laser makes them
            _vanish(d, item_id)
            continue
        if punched:
            # A punch a little wider than the laser's exit, the same where it goes through.
            assert isinstance(it, Perforation)
            d.replace_item(item_id, dataclasses.replace(it, hole_mm=round(it.hole_mm * 1.15, 3)))
            continue
        d.replace_item(
            item_id,
            _with(
                it,
                hole=False,
                colour=(46, 40, 38),
                alpha=round(_lerp(1.0, 0.85, s), 3),
                ir_absorption=1.0,
                density=0.35,
            ),
        )
    text = (
        "Against the light the holes shine, but each is a clean disc with a sharp edge: no "
        "soft bright edge of a burnt cone, no brownish scorched rim in the loupe, no sunken "
        "rim under raking light. The holes were punched, not laser-perforated."
        if punched
        else "Against the light the perforated number does not shine: its 'holes' are printed "
        "dots. In the loupe they have no brownish scorched rim, and under raking light they "
        "are flat, without the sunken cones of laser holes."
    )
    _indicator(
        d,
        "imitated_perforation",
        "laser_perforation",
        _shape_of(d, "laser_perforation"),
        {Light.TRANSMITTED, Light.OBLIQUE, Light.WHITE},
        4.0 if punched else 1.0,
        text,
    )


def imitation_thread(d: Draft, s: float, rng: random.Random) -> None:
    """The security thread imitated by a line printed on the surface: seen in reflected
    light, no clear letters against the light, no glow (or a printed one) under UV."""
    for item_id in d.feature_items.get("security_thread", []):
        it = d.item(item_id)
        if isinstance(it, Text):  # the demetallised letters: a printer makes none
            _vanish(d, item_id)
            continue
        d.replace_item(
            item_id,
            _with(
                it,
                colour=(150, 150, 150),
                alpha=round(_lerp(0.45, 0.15, s), 3),
                uv_colour=None,
                density=round(_lerp(0.3, 0.2, s), 3),
            ),
        )
    _indicator(
        d,
        "imitation_thread",
        "security_thread",
        _shape_of(d, "security_thread"),
        {Light.WHITE, Light.TRANSMITTED, Light.UV365},
        1.0,
        "The 'security thread' is a grey line printed on the surface: it can be seen in "
        "reflected light, it does not glow under UV, and against the light it carries no clear "
        "letters. A real thread lies inside the paper.",
    )


def misaligned_register(d: Draft, s: float, rng: random.Random) -> None:
    """The see-through register printed in two passes: the back's half of the figure does
    not meet the front's against the light."""
    shift = round(_lerp(1.2, 0.35, s), 3) * rng.choice((-1, 1))
    for item_id in d.feature_items.get("see_through_register", []):
        it = d.item(item_id)
        if it.material.alpha > 0:  # the front half stays where it was printed
            continue
        assert isinstance(it, Path)
        moved = tuple(
            tuple((round(x + shift, 3), round(y + abs(shift) * 0.6, 3)) for x, y in sub)
            for sub in it.subpaths
        )
        d.replace_item(item_id, dataclasses.replace(it, subpaths=moved))
    _indicator(
        d,
        "misaligned_register",
        "see_through_register",
        _shape_of(d, "see_through_register"),
        {Light.TRANSMITTED},
        1.0 if s < 0.5 else 4.0,
        f"Against the light the two halves of the see-through register do not close into one "
        f"ring: the back's segments sit about {abs(shift):.1f} mm off. Front and back were "
        "printed separately.",
    )


def stolen_blank_personalisation(d: Draft, s: float, rng: random.Random) -> None:
    """A genuine blank personalised by criminals with an office inkjet: the data and MRZ are
    made of droplets and absorb less IR than the issuer's ink, and the number could not be
    laser-perforated."""
    pitch = round(_lerp(0.12, 0.07, s), 3)
    absorb = round(_lerp(0.45, 0.75, s), 3)
    font = "DejaVuSerif" if s < 0.4 else None
    for feature in ("personal_data", "mrz"):
        for item_id in d.feature_items.get(feature, []):
            it = d.item(item_id)
            new = _with(it, process=PrintProcess.INKJET, dot_pitch_mm=pitch, ir_absorption=absorb)
            if font is not None and isinstance(new, Text) and feature == "personal_data":
                new = dataclasses.replace(new, font=font)
            d.replace_item(item_id, new)
    if d.polycarbonate and d.side == "front":
        # No laser engraver either: the portrait is printed in colour.
        _printed_colour_portrait(d, s, pitch)
    _indicator(
        d,
        "stolen_blank_personalisation",
        "inkjet_personalisation",
        _shape_of(d, "personal_data"),
        {Light.WHITE, Light.IR, Light.TRANSMITTED, Light.UV365},
        8.0,
        "Under the loupe the personal data are made of scattered inkjet droplets, and in IR they "
        "are greyer than the issuer's ink; under UV and against the light the droplets show as "
        "a speckled trace: the document is genuine, its personalisation is not.",
    )
    if "laser_perforation" in d.feature_items:
        if s < 0.5:
            for item_id in d.feature_items["laser_perforation"]:
                _vanish(d, item_id)
            text = "The document number is not perforated: the criminals had no laser."
        else:
            for item_id in list(d.feature_items["laser_perforation"]):
                if not d.item(item_id).material.hole:  # no laser, no scorched rim
                    _vanish(d, item_id)
                    continue
                d.replace_item(
                    item_id,
                    _with(
                        d.item(item_id),
                        hole=False,
                        colour=(46, 40, 38),
                        alpha=0.85,
                        ir_absorption=1.0,
                        density=0.35,
                    ),
                )
            text = (
                "The perforated number is printed dots: nothing shines through against the light."
            )
        _indicator(
            d,
            "stolen_blank_personalisation",
            "laser_perforation",
            _shape_of(d, "laser_perforation"),
            {Light.TRANSMITTED, Light.OBLIQUE, Light.WHITE, Light.IR, Light.UV365},
            1.0,
            text,
        )


def _hex(c) -> str:
    return "#{:02x}{:02x}{:02x}".format(*c)


# --- falsified genuine documents ------------------------------------------------------------


def photo_substitution(d: Draft, s: float, rng: random.Random) -> None:
    photo_item = d.item("portrait")
    assert isinstance(photo_item, Raster)
    ph = Rect(photo_item.x, photo_item.y, photo_item.width, photo_item.height)
    face_rng = np.random.default_rng(rng.randrange(2**31))
    # Obvious: any other face. Expert: a look-alike chosen to resemble the holder.
    if s < 0.5:
        # A stranger of about the holder's age (a forger picks someone plausible), years off
        # when done clumsily: a photo that does not fit the date of birth is itself a sign.
        gap = _lerp(14.0, 4.0, s * 2) * rng.choice((-1, 1))
        new_face = dataclasses.replace(
            portrait.random_face(face_rng, sex=d.face.sex), age=max(2.0, d.face.age + gap)
        )
    else:
        new_face = portrait.look_alike(d.face, face_rng)
    d.files[PORTRAIT_FILE] = portrait.render_portrait(new_face)
    # The person in the new photo presents the document: they match it, not the ghost image.
    d.set_traveller(portrait.same_person(new_face, face_rng))
    # The glued photo is slightly larger and offset; its cut edge is raised and visible.
    off = _lerp(1.0, 0.25, s)
    dx, dy = off * rng.choice((-1, 1)), off * rng.choice((-1, 1)) * 0.6
    # Its own material: a clumsy forger glues a photo-paper print (brighteners: it glows
    # under UV), an expert an inkjet print on matt paper (a faint glow). Either way dye and
    # pigment inks darken it in IR and against the light like a picture, not like a patch.
    glued = dataclasses.replace(
        photo_item,
        x=round(ph.x + dx - 0.3, 3),
        y=round(ph.y + dy - 0.3, 3),
        width=round(ph.width + 0.6, 3),
        height=round(ph.height + 0.6, 3),
        material=dataclasses.replace(
            photo_item.material,
            relief_um=round(_lerp(40, 12, s), 1),
            density=0.5,
            uv_colour=(150, 165, 235),
            uv_strength=round(_lerp(0.9, 0.2, s), 3),
            ir_absorption=0.6,
            process=PrintProcess.OFFSET,
            dot_pitch_mm=0.0,
        ),
    )
    # The glued photo lies on top of the page's print, opaque (photo paper, not ink).
    glued = dataclasses.replace(glued, blend=Blend.NORMAL)
    d.replace_item("portrait", None)
    d.items.append(glued)
    gx, gy, gw, gh = glued.x, glued.y, glued.width, glued.height
    edge = Path(
        id=d.mark_id(),
        material=Material(
            colour=(90, 90, 90),
            alpha=round(_lerp(0.8, 0.25, s), 3),
            ir_absorption=0.3,
            relief_um=round(_lerp(45, 15, s), 1),
            roughness=round(_lerp(0.7, 0.3, s), 2),
        ),
        subpaths=(((gx, gy), (gx + gw, gy), (gx + gw, gy + gh), (gx, gy + gh), (gx, gy)),),
        closed=True,
        stroke_mm=round(_lerp(0.18, 0.07, s), 3),
    )
    d.items.append(edge)
    # The UV overprint no longer runs across the photo: the glued photo lies over it (it is
    # painted later), so its lines stop at the photo's edge under UV.
    over = d.item("uv-overprint")
    assert isinstance(over, WaveBand)
    if s >= 0.5:
        # An expert forger redraws lines over the new photo, but they do not meet the old ones.
        d.items.append(
            dataclasses.replace(
                over,
                id=d.mark_id(),
                clip=Bounds(gx, gy, gx + gw, gy + gh),
                phase_step_deg=over.phase_step_deg + 70.0,
                wavelength_mm=over.wavelength_mm * 1.15,
            )
        )
    # The OVD that overlapped the photo is cut at the photo edge.
    for item_id in d.feature_items.get("dovid", []):
        it = d.item(item_id)
        if isinstance(it, EllipseItem | Path | Text):
            d.replace_item(
                item_id, dataclasses.replace(it, clip=Bounds(gx + gw, 0.0, d.width_mm, d.height_mm))
            )
    # The laminate was lifted and pressed back: a few bubbles and a rippled band along the
    # photo's edges, seen only under raking light (clear film, no ink).
    film = Material(
        colour=d.state.palette.paper,
        alpha=0.0,
        ir_absorption=0.0,
        density=0.0,
        relief_um=round(_lerp(10.0, 4.0, s), 1),
        roughness=round(_lerp(0.8, 0.4, s), 2),
    )
    bubbles = []
    for _ in range(rng.randint(3, 6) if s < 0.5 else rng.randint(2, 3)):
        side = rng.random()
        bx = gx + gw * rng.random() if side < 0.5 else gx + gw + rng.uniform(0.2, 1.5)
        by = gy + gh + rng.uniform(0.2, 1.5) if side < 0.5 else gy + gh * rng.random()
        bx, by = min(bx, d.width_mm - 1), min(by, d.height_mm - 1)
        r = rng.uniform(0.3, 0.9)
        ry = r * rng.uniform(0.6, 1.0)
        bubbles.append(
            tuple(
                (round(bx + r * math.cos(a), 3), round(by + ry * math.sin(a), 3))
                for a in (2 * math.pi * k / 12 for k in range(12))
            )
        )
    # One item for all the bubbles: the scene of a falsified page should not grow by more
    # items than wear adds to a genuine one (a file-size cue).
    d.items.append(
        Path(
            id=d.mark_id(),
            material=film,
            subpaths=tuple(bubbles),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        )
    )
    shape = Rect(max(0.0, gx - 0.5), max(0.0, gy - 0.5), gw + 1.0, gh + 1.0)
    _indicator(
        d,
        "photo_substitution",
        "portrait",
        shape,
        {Light.WHITE, Light.OBLIQUE, Light.UV365, Light.IR, Light.TRANSMITTED},
        _lerp(1.0, 4.0, s),
        "The photo is glued on: its edges are cut and raised (see them under raking light) and it "
        "sits askew in its frame; the page's background lines do not run on under it. The "
        "hologram stops at the photo edge. It is another paper: under UV it glows where the "
        "page stays dull, and against the light it is a thicker, darker patch with a sharp edge.",
    )
    _indicator(
        d,
        "photo_substitution",
        "laminate",
        Rect(max(0.0, gx - 0.5), max(0.0, gy - 0.5), min(gw + 3.0, d.width_mm - gx), gh + 3.0),
        {Light.OBLIQUE},
        _lerp(1.0, 4.0, s),
        "Under raking light the laminate around the photo is rippled and has small bubbles: it "
        "was lifted to change the photo and pressed back.",
    )
    _indicator(
        d,
        "photo_substitution",
        "ghost_image",
        _shape_of(d, "ghost_image"),
        {Light.WHITE},
        1.0,
        "The ghost image shows a different face from the main portrait: the ghost is the "
        "original holder, the photo has been replaced.",
    )
    _indicator(
        d,
        "photo_substitution",
        "uv_overprint",
        _shape_of(d, "uv_overprint"),
        {Light.UV365},
        1.0,
        "Under UV the fluorescent lines stop at the photo edge (or do not meet the lines on the "
        "page): the photo was replaced after personalisation.",
    )


# --- impostors ------------------------------------------------------------------------------


#: Issuers of fantasy documents: (name, English name, code), outright inventions. Their codes,
#: and the borrowed-name variant's (``_CAMOUFLAGE``), lie in ISO 3166-1's user-assigned range
#: QMA–QZZ, so no state has them and none ever will.
FANTASY_ISSUERS: Final = (
    ("SOVEREIGN ORDER OF ST. AUREL", "SOVEREIGN ORDER OF ST. AUREL", "QSA"),
    ("FREE REPUBLIC OF WESTMARCH", "FREE REPUBLIC OF WESTMARCH", "QWM"),
    ("UNITED PROVINCES OF OSTRALIS", "UNITED PROVINCES OF OSTRALIS", "QOP"),
)
#: A name and code made from a registered state's: "Federal Republic of Kaldavia".
_CAMOUFLAGE: Final = ("FEDERAL {name}", "QZ{initial}")


def fantasy_issuer(d: Draft, s: float, rng: random.Random) -> tuple[str, str, str]:
    """The issuer a fantasy document claims: an invented entity (obvious) or, from subtlety
    0.5, a name borrowed from a registered state (a better fake: it sounds familiar)."""
    if s < 0.5:
        return FANTASY_ISSUERS[rng.randrange(len(FANTASY_ISSUERS))]
    st = d.state
    english = _CAMOUFLAGE[0].format(name=st.name_english)
    code = _CAMOUFLAGE[1].format(initial=st.code[0])
    return english, english, code


def fantasy_document(d: Draft, s: float, rng: random.Random) -> None:
    """A document of an issuer that issues none: well made (the design of a real issuer,
    its print quality), every text naming the issuer changed, the MRZ composed correctly
    with a code no state has. Nothing on it is wrong except that the issuer does not exist:
    the check is the reference (the register of issuing states), not the features."""
    native, english, code = fantasy_issuer(d, s, rng)
    old = d.state
    d.state = dataclasses.replace(
        old,
        code=code,
        name_native=native,
        name_english=english,
        microprint_text=english.split()[-1],
    )
    renames: dict[str, str] = {
        "state-name": native,
        # The second line under the name repeats it in English: gone when it would repeat it.
        "state-name-en": english if english != native else "",
    }
    if d.doc_type is not DocumentType.MRVA:  # a visa's nationality is its holder's own
        renames["data-nationality"] = (
            code if d.doc_type is not DocumentType.TD3 else english.split()[-1]
        )
    for item_id, text in renames.items():
        try:
            it = d.item(item_id)
        except KeyError:
            continue
        if not text:
            _vanish(d, item_id)
        elif isinstance(it, Text):
            d.replace_item(item_id, dataclasses.replace(it, text=text))
    # Every other text that names the issuer by its code (thread, CLI, ...).
    word = re.compile(rf"\b{old.code}\b")
    for it in list(d.items):
        if isinstance(it, Text) and word.search(it.text) and not it.id.startswith("mrz-"):
            d.replace_item(it.id, dataclasses.replace(it, text=word.sub(code, it.text)))
    for item_id in d.feature_items.get("microprint", []):
        it = d.item(item_id)
        assert isinstance(it, Microprint)
        text = (
            microprint_unit(d.state)
            if item_id == "microprint-0"
            else f"{d.state.microprint_text} {code} "
        )
        d.replace_item(item_id, dataclasses.replace(it, text=text))
    if "code" in d.data:
        d.data["code"] = code
    if "data-nationality" in renames and "nationality" in d.data:
        d.data["nationality"] = renames["data-nationality"]
    d.data["issuing_state"] = code
    if d.doc_type is not DocumentType.MRVA:
        d.holder = dataclasses.replace(d.holder, nationality=code)
    d.mrz_lines = mrz.compose(mrz_data(d.state, d.holder, d.doc_type))
    for k, line in enumerate(d.mrz_lines):
        try:
            it = d.item(f"mrz-{k}")
        except KeyError:
            break
        d.replace_item(it.id, dataclasses.replace(it, text=line))
    why = (
        f"No state or organisation with the code {code} issues travel documents: '{english}' "
        "is in no register of issuers (Doc 9303 part 3, the reference collection). The "
        "document is well made; there is simply nothing genuine it could be compared with."
    )
    where = "intaglio" if any(r.feature == "intaglio" for r in d.regions) else "personal_data"
    _indicator(
        d,
        "fantasy_document",
        "personal_data",
        _shape_of(d, where),
        {Light.WHITE, Light.IR, Light.TRANSMITTED},
        1.0,
        why,
    )
    if "mrz" in d.feature_items:
        _indicator(
            d,
            "fantasy_document",
            "mrz",
            _shape_of(d, "mrz"),
            {Light.WHITE, Light.IR},
            1.0,
            f"The MRZ names the issuing state {code}, a code no issuer has; its check digits are "
            "right, which proves nothing.",
        )


def impostor(d: Draft, s: float, rng: random.Random) -> None:
    """The document stays genuine; the traveller is a look-alike of its holder."""
    face_rng = np.random.default_rng(rng.randrange(2**31))
    # Obvious: someone who merely shares sex, skin and hair. Expert: a close look-alike whose
    # ears, face shape and feature positions differ only a little.
    look = portrait.look_alike(d.face, face_rng, difference=round(_lerp(1.0, 0.2, s), 3))
    d.set_traveller(portrait.same_person(look, face_rng))
    differences = "; ".join(portrait.describe_differences(d.face, look))
    _indicator(
        d,
        "impostor",
        "portrait",
        d.region("portrait").shape,
        {Light.WHITE},
        1.0,
        "The document is genuine, but the traveller is not its holder. What differs between "
        f"the photo and the person: {differences}. Compare feature by feature, not the overall "
        "impression: ears, face outline, the eyes' spacing and axis, nose and mouth stay with "
        "a person for life, while hair, glasses, beard, weight, pose, expression and light "
        "change between photos of the same person (and are easy for a look-alike to copy).",
    )


_ALTERABLE: Final = ("date_of_birth", "date_of_expiry", "surname", "given_names")


def data_alteration(d: Draft, s: float, rng: random.Random) -> None:
    from docinspect.synth.people import format_date

    # A card back repeats only the card number of what its MRZ holds.
    alterable = ("card_number",) if d.side == "back" else _ALTERABLE
    key = rng.choice([k for k in alterable if k in d.field_items])
    item = d.item(d.field_items[key])
    assert isinstance(item, Text)
    h = d.holder
    if key == "date_of_birth":
        years = rng.choice((-1, 1)) * rng.randint(3, 12)
        new = format_date(
            h.date_of_birth.replace(
                year=h.date_of_birth.year + years, day=min(h.date_of_birth.day, 28)
            ),
            d.state,
        )
        what = "date of birth"
    elif key == "date_of_expiry":
        new = format_date(
            h.date_of_expiry.replace(
                year=h.date_of_expiry.year + rng.randint(3, 8), day=min(h.date_of_expiry.day, 28)
            ),
            d.state,
        )
        what = "date of expiry"
    else:
        old = item.text
        letters = [i for i, c in enumerate(old) if c.isalpha() and c.isascii()]
        i = rng.choice(letters)
        repl = "M" if old[i] != "M" else "N"
        new = old[:i] + repl + old[i + 1 :]
        what = {"surname": "surname", "card_number": "card number"}.get(key, "given names")
    # Erased and reprinted: slight misalignment and another typeface when done clumsily.
    shift = round(_lerp(0.45, 0.08, s), 3)
    font = "DejaVuSerif" if s < 0.4 else item.font
    # Engraving inside a card cannot be erased: the forger scrapes the surface over it, hides
    # it under an opaque patch and prints the new characters on top (toner, standing on
    # the surface, not sunken in it).
    engraved = item.material.process is PrintProcess.LASER
    d.data[key] = new
    wide = max(12.0, len(new) * item.size_mm * 0.62)
    # The text's anchor names its left end, middle or right end (a card back's number is
    # right-aligned): the erased patch and the indicator must lie over the characters.
    if item.anchor is Anchor.END:
        w = min(item.x - 0.5, wide)
        left = item.x - w
    elif item.anchor is Anchor.MIDDLE:
        w = min(2 * min(item.x, d.width_mm - item.x) - 1.0, wide)
        left = item.x - w / 2
    else:
        w = min(d.width_mm - item.x - 0.5, wide)
        left = item.x
    field = Rect(left - 0.4, item.y - item.size_mm * 0.95, w + 0.8, item.size_mm * 1.35)
    # Erasure traces under raking light: a scraped, slightly recessed patch.
    d.replace_item(
        item.id,
        Path(
            id=(erasure_id := d.mark_id()),
            material=Material(
                colour=d.state.palette.paper,
                alpha=round(_lerp(0.95, 0.8, s) if engraved else _lerp(0.35, 0.0, s), 3),
                # The eradicator leaves the paper faintly fluorescent where it was used.
                uv_colour=(120, 130, 175),
                uv_strength=round(_lerp(0.5, 0.15, s), 3),
                ir_absorption=0.0,
                relief_um=round(_lerp(-12, -3, s), 1),
                roughness=round(_lerp(0.9, 0.35, s), 2),
                density=-0.08,
            ),
            subpaths=(
                (
                    (field.x, field.y),
                    (field.x + field.width, field.y),
                    (field.x + field.width, field.y + field.height),
                    (field.x, field.y + field.height),
                ),
            ),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
    )
    under_text = erasure_id
    if any(r.feature == "chemical_sensitisation" for r in d.regions):
        # Sensitised paper reacts to the eradicator: a stain round the erased field.
        d.insert_after(
            erasure_id,
            EllipseItem(
                id=(under_text := d.mark_id()),
                material=Material(
                    colour=(196, 128, 150),
                    alpha=round(_lerp(0.3, 0.12, s), 3),
                    ir_absorption=0.0,
                    density=0.0,
                ),
                cx=round(field.x + field.width / 2, 3),
                cy=round(field.y + field.height / 2, 3),
                rx=round(field.width / 2 + 1.2, 3),
                ry=round(field.height / 2 + 0.9, 3),
                filled=True,
                stroke_mm=0.0,
            ),
        )
        _indicator(
            d,
            "data_alteration",
            "chemical_sensitisation",
            Rect(field.x - 1.2, field.y - 0.9, field.width + 2.4, field.height + 1.8),
            {Light.WHITE, Light.UV365},
            1.0,
            "A faint pink stain surrounds the altered field, dark under UV: the chemically "
            "sensitised paper reacted to the eradicator.",
        )
    # The new text is printed over the erased patch.
    overlay = dataclasses.replace(item, text=new, y=round(item.y - shift, 3), font=font)
    if engraved:
        overlay = _with(
            overlay, process=PrintProcess.OFFSET, relief_um=3.0, colour=(20, 22, 34), density=0.3
        )
        _indicator(
            d,
            "data_alteration",
            "laser_engraving",
            field,
            {Light.WHITE, Light.OBLIQUE},
            _lerp(1.0, 6.0, s),
            f"The new {what} is printed on the card's surface over a covering patch: under raking "
            "light it stands on the surface instead of being sunken, and in the loupe it is "
            "black toner, not grey engraving inside the card.",
        )
    d.insert_after(under_text, overlay)
    _indicator(
        d,
        "data_alteration",
        "personal_data",
        field,
        {Light.WHITE, Light.OBLIQUE, Light.IR, Light.UV365, Light.TRANSMITTED},
        _lerp(1.0, 4.0, s),
        f"The {what} was erased and reprinted: it no longer agrees with the MRZ, the surface is "
        "disturbed under raking light and the characters sit out of line. Under UV the "
        "eradicated patch glows faintly, and against the light the scraped paper is thinner.",
    )
    if "mrz" in d.feature_items:
        _indicator(
            d,
            "data_alteration",
            "mrz",
            _shape_of(d, "mrz"),
            {Light.WHITE},
            1.0,
            f"The MRZ still carries the original {what}: visual zone and MRZ disagree.",
        )


def mrz_check_digit(d: Draft, s: float, rng: random.Random) -> None:
    lines = list(d.mrz_lines)
    if d.doc_type is DocumentType.TD3:
        positions = [
            (1, 9, "document number"),
            (1, 19, "date of birth"),
            (1, 27, "date of expiry"),
            (1, 43, "composite"),
        ]
    elif d.doc_type is DocumentType.MRVA:  # a visa's MRZ has no composite check digit
        positions = [(1, 9, "document number"), (1, 19, "date of birth"), (1, 27, "date of expiry")]
    elif d.doc_type is DocumentType.TD2:
        positions = [(1, 19, "date of birth"), (1, 27, "date of expiry"), (1, 35, "composite")]
        if len(d.holder.document_number) <= 9:  # a longer number's check digit moves
            positions.append((1, 9, "document number"))
    else:
        positions = [(1, 6, "date of birth"), (1, 14, "date of expiry"), (1, 29, "composite")]
    line, pos, what = rng.choice(positions)
    old = lines[line][pos]
    new = str((int(old) + rng.randint(1, 9)) % 10) if old.isdigit() else "1"
    lines[line] = lines[line][:pos] + new + lines[line][pos + 1 :]
    d.mrz_lines = tuple(lines)
    mrz_ids = d.feature_items.get("mrz", [])
    if mrz_ids:
        it = d.item(mrz_ids[line])
        d.replace_item(it.id, dataclasses.replace(it, text=lines[line]))
    _indicator(
        d,
        "mrz_check_digit",
        "mrz",
        _shape_of(d, "mrz"),
        {Light.WHITE, Light.IR},
        1.0,
        f"The {what} check digit of the MRZ is wrong ({new} instead of {old}): the forger "
        "composed the MRZ by hand.",
    )


# --- polycarbonate cards --------------------------------------------------------------------


def non_polycarbonate_body(d: Draft, s: float, rng: random.Random) -> None:
    """A card counterfeited on PVC or on paper laminated in a pouch: the body glows under UV
    (brighteners), and lets light through (paper with its formation); a clear window is a
    grey patch printed on it."""
    paper = s < 0.5
    d.substrate = dataclasses.replace(
        d.substrate,
        uv_colour=(165, 185, 255),
        uv_strength=round(_lerp(1.1, 0.3, s), 3),
        transmittance=0.3 if paper else 0.12,
        grain=0.45 if paper else 0.0,
    )
    what = "paper sealed in a pouch" if paper else "PVC"
    _indicator(
        d,
        "non_polycarbonate_body",
        "uv_dull_substrate",
        Rect(0.0, 0.0, d.width_mm, d.height_mm),
        {Light.UV365, Light.TRANSMITTED},
        1.0,
        f"The card body glows blue-white under UV 365 and lets light through: it is {what}, "
        "not polycarbonate, which stays dull and nearly opaque.",
    )
    for item_id in d.feature_items.get("transparent_window", []):
        it = d.item(item_id)
        d.replace_item(item_id, _with(it, alpha=0.35, density=0.3, ir_absorption=0.0))
    if d.feature_items.get("transparent_window"):
        _indicator(
            d,
            "non_polycarbonate_body",
            "transparent_window",
            _shape_of(d, "transparent_window"),
            {Light.WHITE, Light.TRANSMITTED, Light.IR},
            1.0,
            "The 'window' is a grey patch printed on the card: against the light it stays dark, "
            "where a clear window lets the light through.",
        )


def _printed_colour_portrait(d: Draft, s: float, pitch: float) -> None:
    """The portrait (and the ghost image) printed in colour with an office printer's dots
    instead of engraved: colour where an engraving is grey, and flat."""
    d.files[PORTRAIT_FILE] = portrait.render_portrait(d.face)
    for item_id in ("portrait", "ghost"):
        it = d.item(item_id)
        d.replace_item(
            item_id,
            _with(
                it,
                process=PrintProcess.INKJET,
                dot_pitch_mm=pitch,
                relief_um=0.0,
                ir_absorption=0.55,
            ),
        )


def printed_portrait(d: Draft, s: float, rng: random.Random) -> None:
    """Portrait and data printed on the surface of a counterfeit card instead of laser
    engraved: a colour portrait of dots, toner letters standing on the surface, no relief."""
    pitch = round(_lerp(0.12, 0.06, s), 3)
    _printed_colour_portrait(d, s, pitch)
    for feature in ("personal_data", "mrz"):
        for item_id in d.feature_items.get(feature, []):
            it = d.item(item_id)
            d.replace_item(
                item_id,
                _with(it, process=PrintProcess.OFFSET, relief_um=0.0, colour=(22, 24, 34)),
            )
    _indicator(
        d,
        "printed_portrait",
        "portrait",
        _shape_of(d, "portrait"),
        {Light.WHITE, Light.IR},
        _lerp(1.0, 8.0, s),
        "The portrait is printed in colour, and at magnification it is made of printer dots: a "
        "genuine card's portrait is laser-engraved inside it, in greys only and without dots.",
    )
    _indicator(
        d,
        "printed_portrait",
        "laser_engraving",
        _shape_of(d, "personal_data"),
        {Light.OBLIQUE},
        1.0,
        "Under raking light the data lie flat on the surface: printed, not engraved into the "
        "card (genuine engraving is slightly sunken and can be felt).",
    )


def delamination(d: Draft, s: float, rng: random.Random) -> None:
    """A genuine card split open, its portrait replaced on the inner layer, and glued shut
    again: glue that glows at the edges, a disturbed surface, a printed colour portrait; and
    the changeable laser image and ghost image, engraved in the body, still show the holder."""
    face_rng = np.random.default_rng(rng.randrange(2**31))
    new_face = (
        dataclasses.replace(portrait.random_face(face_rng, sex=d.face.sex), age=d.face.age)
        if s < 0.5
        else portrait.look_alike(d.face, face_rng)
    )
    d.files[PORTRAIT_FILE] = portrait.render_portrait(new_face)
    d.set_traveller(portrait.same_person(new_face, face_rng))
    photo = d.item("portrait")
    assert isinstance(photo, Raster)
    # The new portrait is printed; the CLI's small portrait (its own file) is engraved in the
    # body under the lenses and cannot be changed: it still shows the holder.
    d.replace_item(
        "portrait",
        _with(
            photo,
            process=PrintProcess.INKJET,
            dot_pitch_mm=round(_lerp(0.1, 0.05, s), 3),
            relief_um=0.0,
            ir_absorption=0.55,
        ),
    )
    ph = Rect(photo.x, photo.y, photo.width, photo.height)
    W, H = d.width_mm, d.height_mm
    # Glue squeezed out along the card's edge, glowing under UV; a surface that is no longer
    # flat over the portrait (bubbles, ripples under raking light).
    inset = 0.6
    d.items.append(
        Path(
            id=d.mark_id(),
            material=Material(
                colour=(235, 232, 220),
                alpha=round(_lerp(0.35, 0.1, s), 3),
                uv_colour=(150, 170, 230),
                uv_strength=round(_lerp(0.9, 0.35, s), 3),
                ir_absorption=0.0,
                relief_um=round(_lerp(25, 8, s), 1),
                density=0.0,
            ),
            subpaths=(
                (
                    (inset, inset),
                    (W - inset, inset),
                    (W - inset, H - inset),
                    (inset, H - inset),
                    (inset, inset),
                ),
            ),
            stroke_mm=round(_lerp(0.8, 0.4, s), 2),
        )
    )
    d.items.append(
        EllipseItem(
            id=d.mark_id(),
            material=Material(
                colour=(255, 255, 255),
                alpha=0.0,
                ir_absorption=0.0,
                roughness=round(_lerp(0.8, 0.35, s), 2),
                relief_um=round(_lerp(10, 4, s), 1),
                density=0.0,
            ),
            cx=round(ph.x + ph.width / 2, 3),
            cy=round(ph.y + ph.height / 2, 3),
            rx=round(ph.width * 0.6, 3),
            ry=round(ph.height * 0.55, 3),
            filled=True,
            stroke_mm=0.0,
        )
    )
    _indicator(
        d,
        "delamination",
        "laminate",
        Rect(0.0, 0.0, W, H),
        {Light.UV365, Light.OBLIQUE},
        1.0,
        "The card was split and glued shut again: under UV glue glows along its edges, and "
        "under raking light the surface over the portrait is uneven.",
    )
    _indicator(
        d,
        "delamination",
        "portrait",
        ph,
        {Light.WHITE, Light.IR},
        _lerp(1.0, 8.0, s),
        "The portrait is printed in colour (dots at magnification), not engraved in greys, and "
        "it shows another person than the ghost image"
        + (" and the changeable laser image." if d.feature_items.get("mli_cli") else "."),
    )


METHODS: Final[Mapping[str, Callable[[Draft, float, random.Random], None]]] = {
    "office_paper": office_paper,
    "printed_watermark": printed_watermark,
    "fibres_missing": fibres_missing,
    "halftone_print": halftone_print,
    "degraded_microprint": degraded_microprint,
    "static_ovd": static_ovd,
    "no_relief": no_relief,
    "ir_anomaly": ir_anomaly,
    "uv_motif_wrong": uv_motif_wrong,
    "photo_substitution": photo_substitution,
    "data_alteration": data_alteration,
    "mrz_check_digit": mrz_check_digit,
    "impostor": impostor,
    "imitated_perforation": imitated_perforation,
    "stolen_blank_personalisation": stolen_blank_personalisation,
    "imitation_thread": imitation_thread,
    "misaligned_register": misaligned_register,
    "fantasy_document": fantasy_document,
    "non_polycarbonate_body": non_polycarbonate_body,
    "printed_portrait": printed_portrait,
    "delamination": delamination,
    "page_substitution": booklet.page_substitution,
    "data_page_swap": booklet_attacks.data_page_swap,
    "rebinding": booklet_attacks.rebinding,
    "cover_replacement": booklet_attacks.cover_replacement,
}
#: Methods that attack a booklet's pages or binding, and what each does (for the refusal).
BOOKLET_METHODS: Final[Mapping[str, str]] = {
    "page_substitution": "{method} replaces a booklet page and does not fit a {type}: {reason}",
    "data_page_swap": (
        "{method} sews another booklet's data page into a booklet and does not fit a {type}: "
        "{reason}"
    ),
    "rebinding": "{method} sews a booklet's pages again and does not fit a {type}: {reason}",
    "cover_replacement": "{method} replaces a booklet's cover and does not fit a {type}: {reason}",
}
#: Verdicts of a document made whole by a forger: on a booklet every page would show it.
WHOLE_DOCUMENT: Final = frozenset({Verdict.COUNTERFEIT, Verdict.FANTASY})
#: Why a document that is not a booklet cannot have a page substituted, by generator type.
BOOKLET_ONLY: Final[Mapping[str, str]] = {
    "td3": "a td3 is the data page alone, with no other pages (generate td3-booklet)",
    "td2": "a card has no pages",
    "td1": "a card has no pages",
    TD1_BACK: "a card has no pages",
    "mrva": "a visa sticker is a single sheet, not a booklet",
}


def refusal(method: str, doc_type: DocumentType | str, state: str | None = None) -> str | None:
    """Why ``method`` cannot be applied to a document of this type issued by ``state`` (a
    state code), as a sentence naming the method; None when it can.

    What the document is made of decides the attacks on paper and on polycarbonate, and a
    passport's data page is paper or polycarbonate as its state's design says
    (``State.passport_page``). With no ``state`` (a pack of random states) a passport
    method is refused only when no state's data page can carry it."""
    if method not in METHODS:
        return Message(
            "unknown forgery method {method}; expected one of: {methods}",
            method=repr(method),
            methods=", ".join(METHODS),
        )
    if state is None and str(getattr(doc_type, "value", doc_type)) in ("td3", BOOKLET):
        reasons = [refusal(method, doc_type, code) for code in sorted(STATES)]
        if any(r is None for r in reasons):
            return None
        # Refused whatever the state: the reason as a paper passport gives it.
        return next(
            (r for code, r in zip(sorted(STATES), reasons, strict=True) if _page(code) == PAPER),
            reasons[0],
        )
    if method in BOOKLET_METHODS and doc_type != BOOKLET:
        reason = BOOKLET_ONLY.get(str(doc_type), "it is not a passport booklet")
        return Message(
            BOOKLET_METHODS[method], method=repr(method), type=str(doc_type), reason=Message(reason)
        )
    if doc_type == BOOKLET:
        if load_taxonomy().method(method).verdict in WHOLE_DOCUMENT:
            return Message(
                "{method} makes a {verdict} document, which a td3-booklet would be on every "
                "page, and the generator forges a booklet's data page only (drill it on td3)",
                method=repr(method),
                verdict=load_taxonomy().method(method).verdict.value,
            )
        doc_type = DocumentType.TD3  # a falsification works on the data page
    if doc_type == TD1_BACK:
        reason = BACK_REFUSALS.get(method)
        return (
            None
            if reason is None
            else Message(
                "{method} does not fit a td1-back (the card's back): {reason}",
                method=repr(method),
                reason=Message(reason),
            )
        )
    doc_type = DocumentType(doc_type)
    st = STATES.get(state.upper()) if state else None
    if doc_type is DocumentType.TD3 and st is not None:
        if st.passport_page == POLYCARBONATE and method in PAPER_ONLY_ON_PAGE:
            return Message(
                "{method} does not fit a {type} of {state}, whose passport data page is "
                "polycarbonate: {reason}",
                method=repr(method),
                type=doc_type.value,
                state=st.code,
                reason=Message(PAPER_ONLY_ON_PAGE[method]),
            )
        if st.passport_page == PAPER and method in CARD_ONLY:
            return Message(
                "{method} attacks polycarbonate, and the data page of a {type} of {state} is "
                "paper (states with a polycarbonate data page: {states}; or generate td1, td2 "
                "or td1-back)",
                method=repr(method),
                type=doc_type.value,
                state=st.code,
                states=", ".join(c for c in sorted(STATES) if _page(c) == POLYCARBONATE),
            )
    if doc_type in CARD_TYPES and method in PAPER_ONLY:
        return Message(
            "{method} does not fit a {type}: {reason}",
            method=repr(method),
            type=doc_type.value,
            reason=Message(PAPER_ONLY[method]),
        )
    if document_body(st, doc_type) == PAPER and method in CARD_ONLY:
        return Message(
            "{method} attacks a polycarbonate card, and a {type} is a paper page "
            "(generate td1, td2 or td1-back)",
            method=repr(method),
            type=doc_type.value,
        )
    layout = layout_for(doc_type, st) if doc_type in LAYOUTS else None
    needs = NEEDS_LAYOUT.get(method)
    if needs is not None and (layout is None or getattr(layout, needs[0]) is None):
        return Message(
            "{method} imitates {what}, and a {type} has none ({reason})",
            method=repr(method),
            what=Message(needs[1]),
            type=doc_type.value,
            reason=Message(needs[2]),
        )
    if method in NEEDS_PRINTED_MRZ and (layout is None or not layout.mrz_baselines):
        return Message(
            "{method} alters the printed MRZ, and a {type} card front prints none "
            "(Doc 9303 puts it on the back: generate td1-back)",
            method=repr(method),
            type=doc_type.value,
        )
    return None


def _page(code: str) -> str:
    return STATES[code].passport_page


def available_methods(doc_type: DocumentType | str, state: str | None = None) -> tuple[str, ...]:
    """Methods that can be applied to a document of this type (issued by ``state``; any
    state when None), in a fixed order."""
    return tuple(m for m in METHODS if refusal(m, doc_type, state) is None)


def draft_refusal(method: str, d: Draft) -> str | None:
    """Why ``method`` cannot be applied to the draft ``d`` (its type and its state)."""
    return refusal(method, d.kind, d.state.code)


def forge(
    d: Draft, methods: list[str] | tuple[str, ...], *, subtlety: float, rng: random.Random
) -> Draft:
    """Apply ``methods`` to the genuine draft ``d`` (in place) and set its truth.

    Raises ValueError for an unknown method, one the document type cannot carry, or a
    subtlety outside [0, 1].
    """
    if not 0.0 <= subtlety <= 1.0:
        raise ValueError(f"subtlety must be between 0 and 1, not {subtlety:g}")
    for m in methods:
        reason = draft_refusal(m, d)
        if reason is not None:
            raise ValueError(reason)
    for m in methods:
        METHODS[m](d, subtlety, rng)
        d.methods.append(m)
    if TRAVELLER_FILE not in d.files and d.side == "front":
        # Whoever presents a forged document (unless a method chose them) looks like its photo.
        d.set_traveller(d.holder_in_person())
    conclude(d)
    return d


#: Verdicts from the gravest down: the gravest finding names the document.
_GRAVITY: Final = (
    Verdict.COUNTERFEIT,
    Verdict.FANTASY,
    Verdict.STOLEN_BLANK,
    Verdict.FALSIFIED,
    Verdict.IMPOSTOR,
)
_KIND: Final = {
    Verdict.COUNTERFEIT: "counterfeit (a complete reproduction)",
    Verdict.FANTASY: "fantasy document",
    Verdict.STOLEN_BLANK: "genuine blank document personalised by criminals (a stolen blank)",
    Verdict.FALSIFIED: "falsified genuine document",
    Verdict.IMPOSTOR: "genuine document presented by an impostor (a look-alike of its holder)",
}


def verdict_of(methods) -> Verdict:
    """The verdict of a document forged by ``methods``: a counterfeit if any method makes
    one, else a stolen blank, else a falsified document, else (impostor only) an impostor."""
    taxonomy = load_taxonomy()
    verdicts = {taxonomy.method(m).verdict for m in methods}
    return next(v for v in _GRAVITY if v in verdicts)


def conclude(d: Draft, *, summary: str = "") -> None:
    """Set the draft's verdict from its methods and its explanation from its indicators."""
    d.verdict = verdict_of(d.methods)
    regions = [*d.regions, *(r for page in (*d.covers, *d.pages) for r in page.regions)]
    # Each thing said once: a re-sewn booklet has the same indicator on every page.
    tells = " ".join(
        dict.fromkeys(r.explanation for r in regions if r.role is Role.FORGERY_INDICATOR)
    )
    lead = f"This is a {_KIND[d.verdict]}."
    d.explanation = " ".join(p for p in (lead, summary, tells) if p)
