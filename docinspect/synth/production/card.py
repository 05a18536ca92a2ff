"""A polycarbonate card (TD1, TD2): its body, clear window and changeable laser image, and the
materials of laser engraving (REALISM.md §1, the polycarbonate column).

A card is not paper. Its layers of polycarbonate are fused into one body: an opaque white core
printed in offset under clear, laser-sensitive outer layers. It has no fibres, no watermark and
no paper formation; against the light it is nearly opaque except where a clear window is left.
The holder's portrait and data are written *inside* it by a laser that blackens the
polycarbonate: greyscale (black to grey, never colour), carbon-dark in IR, without glow under UV,
and slightly sunken where the engraving is tactile. A changeable laser image (CLI) engraves two
pictures through a row of cylindrical lenses on the surface, each seen from one side of the
tilt range. The card back (:mod:`docinspect.synth.card_back`) uses the same materials.
"""

from __future__ import annotations

import dataclasses
import io
from typing import Final

import cv2
import numpy as np
from PIL import Image

from docinspect.model import Light, Rect
from docinspect.model.light import TiltAxis
from docinspect.model.scene import (
    Anchor,
    Material,
    Path,
    PrintProcess,
    Raster,
    SceneItem,
    Substrate,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
)
from docinspect.synth import portrait
from docinspect.synth.design import SANS, state_uv_fibres
from docinspect.synth.draft import PORTRAIT_FILE
from docinspect.synth.production.context import Build

#: Depth of tactile laser engraving (micrometres, sunken into the surface).
TACTILE_UM: Final = -12.0
#: Height of the CLI's cylindrical lenses above the surface, and their pitch (mm).
LENS_UM: Final = 10.0
LENS_PITCH_MM: Final = 0.25
#: The CLI's first picture is seen from head-on to this far tilted one way; beyond it (and
#: tilted the other way) the second.
CLI_SWITCH_DEG: Final = 0.0
#: The CLI's small portrait: the engraved portrait again, in its own file (a forger who
#: replaces the main portrait cannot change what is engraved under the lenses).
CLI_FILE: Final = "cli.png"
#: A polycarbonate body's share of back light: nearly opaque (an opaque white core).
BODY_TRANSMITTANCE: Final = 0.03


def polycarbonate(colour, seed: int) -> Substrate:
    """The card body: UV-dull (no brighteners), bright in IR, nearly opaque against the light,
    and smooth (no paper grain or formation: ``grain`` 0)."""
    return Substrate(
        colour=tuple(colour),
        uv_colour=None,
        ir_reflectance=0.88,
        transmittance=BODY_TRANSMITTANCE,
        grain=0.0,
        seed=seed,
    )


def laser_ink(*, relief_um: float = TACTILE_UM, alpha: float = 1.0) -> Material:
    """Laser engraving: carbonised polycarbonate inside the card. Grey-black, no colour,
    IR-dark, no glow; ``relief_um`` < 0 where the engraving is tactile."""
    return Material(
        colour=(36, 35, 34),
        alpha=alpha,
        ir_absorption=1.0,
        relief_um=relief_um,
        density=0.45,
        process=PrintProcess.LASER,
    )


#: A clear window: the card's core is left out, so the desk shows through in reflected
#: light (a grey, glassy patch), and back light passes freely.
CLEAR_WINDOW: Final = Material(
    colour=(150, 158, 164),
    alpha=0.9,
    ir_absorption=0.75,
    density=-1.0,
)


def engraved_portrait(png: bytes) -> bytes:
    """The portrait as a laser engraves it: grey (equal channels), the midtones slightly
    darker and harder than a photograph, the background left light."""
    with Image.open(io.BytesIO(png)) as im:
        rgb = np.asarray(im.convert("RGB")).astype(np.float32)
    grey = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    # A gamma above one darkens the midtones: the laser's dose curve.
    out = 255.0 * (grey / 255.0) ** 1.35
    out = np.clip(out + 0.5, 0, 255).astype(np.uint8)
    return _png(Image.fromarray(np.dstack([out, out, out]), "RGB"))


def engraved_ghost(png: bytes) -> bytes:
    """The ghost image of the portrait ``png``, engraved in the clear window: the pale ghost
    made darker, so it reads against the light (LA, grey with the silhouette's alpha)."""
    with Image.open(io.BytesIO(png)) as im:
        arr = np.asarray(im.convert("RGB"))
    la = portrait.ghost_image_array(arr).astype(np.int32)
    grey = 255 - (255 - la[..., 0]) * 17 // 10
    alpha = cv2.GaussianBlur(np.clip(la[..., 1] * 17 // 10, 0, 255).astype(np.uint8), (5, 5), 1)
    return _png(Image.fromarray(np.dstack([np.clip(grey, 0, 255).astype(np.uint8), alpha]), "LA"))


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def body(b: Build) -> None:
    """The card body, instead of paper: polycarbonate, with no fibres or watermark.

    The paper's random draws are made all the same (and thrown away), so every later feature
    of a seed is where it was before cards were made of polycarbonate."""
    W, H = b.width, b.height
    seed = b.rng.randrange(2**31)
    b.rng.randrange(2**31)  # the visible fibres' seed
    state_uv_fibres(b.st, W, H, b.rng)  # the UV fibres' draws
    b.substrate = polycarbonate(b.st.palette.paper, seed)
    b.explain(
        "f-substrate",
        Rect(0.0, 0.0, W, H),
        "uv_dull_substrate",
        {Light.UV365, Light.TRANSMITTED},
        1.0,
        "The card body is polycarbonate: dull under UV 365 (only the printed UV features glow), "
        "with no fibres, and nearly opaque against the light, without the cloudy look of paper. "
        "A body that glows, or lets light through like paper, is PVC or paper.",
    )


def clear_window(b: Build) -> None:
    """A clear window, where the card's design has one (the ghost image is engraved in it)."""
    r = b.lay.window
    if r is None:
        return
    corner = 1.2
    b.add(
        Path(
            id="window",
            material=CLEAR_WINDOW,
            subpaths=(_rounded(r, corner),),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
        "transparent_window",
    )
    b.explain(
        "f-window",
        r,
        "transparent_window",
        {Light.WHITE, Light.TRANSMITTED, Light.IR},
        1.0,
        "A clear window through the card: the white core is left out here, so the desk shows "
        "through it and back light passes, with the ghost image engraved in it. A printed grey "
        "patch stays dark against the light.",
    )


def _rounded(r: Rect, c: float) -> tuple[tuple[float, float], ...]:
    x0, y0, x1, y1 = r.x, r.y, r.x + r.width, r.y + r.height
    return tuple(
        (round(x, 3), round(y, 3))
        for x, y in (
            (x0 + c, y0),
            (x1 - c, y0),
            (x1, y0 + c),
            (x1, y1 - c),
            (x1 - c, y1),
            (x0 + c, y1),
            (x0, y1 - c),
            (x0, y0 + c),
            (x0 + c, y0),
        )
    )


def lens_structure(item_id: str, r: Rect) -> WaveBand:
    """The CLI's lenses: fine straight ridges on the surface, clear, seen as a faint ruling in
    white light and as relief under raking light."""
    return WaveBand(
        id=item_id,
        material=Material(
            colour=(120, 125, 130),
            alpha=0.22,
            ir_absorption=0.0,
            relief_um=LENS_UM,
            density=0.0,
        ),
        x=r.x,
        y=r.y,
        width=r.width,
        height=r.height,
        lines=max(1, round(r.height / LENS_PITCH_MM)),
        amplitude_mm=0.0,
        wavelength_mm=10.0,
        stroke_mm=round(LENS_PITCH_MM * 0.35, 3),
    )


def cli_material(*, first: bool) -> Material:
    """Engraving under the lenses, seen from one side of the tilt range only. The lens
    ridges run left to right, so the images switch as the card tilts towards and away."""
    lo, hi = (-45.0, CLI_SWITCH_DEG) if first else (CLI_SWITCH_DEG + 0.01, 45.0)
    return dataclasses.replace(
        laser_ink(relief_um=0.0),
        tilt=TiltEffect(
            kind=TiltKind.SWITCH, min_tilt_deg=lo, max_tilt_deg=hi, axis=TiltAxis.TOWARDS_AWAY
        ),
    )


def changeable_laser_image(b: Build) -> None:
    """The CLI on the card front: a small portrait seen head-on and tilted one way, the date of
    birth tilted the other way, through a visible lens structure."""
    r = b.lay.cli
    if r is None:
        return
    add = b.add
    b.files[CLI_FILE] = b.files[PORTRAIT_FILE]
    side = min(r.width * 0.45, r.height * 0.9)
    items: list[SceneItem] = [
        Raster(
            id="cli-0",
            material=cli_material(first=True),
            file=CLI_FILE,
            x=round(r.x + (r.width - side * 0.78) / 2, 3),
            y=round(r.y + (r.height - side) / 2, 3),
            width=round(side * 0.78, 3),
            height=round(side, 3),
        ),
        Text(
            id="cli-1",
            material=cli_material(first=False),
            text=b.holder.date_of_birth.strftime("%d%m%y"),
            x=round(r.x + r.width / 2, 3),
            y=round(r.y + r.height / 2 + 1.0, 3),
            font=SANS,
            size_mm=round(min(2.8, r.width / 5.6), 3),
            weight=700,
            anchor=Anchor.MIDDLE,
        ),
    ]
    for it in items:
        add(it, "mli_cli")
    add(lens_structure("cli-lenses", r), "mli_cli")
    b.explain(
        "f-cli",
        r,
        "mli_cli",
        {Light.WHITE, Light.OBLIQUE, Light.IR},
        1.0,
        "Changeable laser image: under a ruling of fine lenses (ridges under raking light) the "
        "holder's small portrait shows head-on and tilted one way, the date of birth "
        "(ddmmyy) tilted the other way; engraved, it stays dark in IR. Both must agree with "
        "the card; a printed imitation shows the same picture at every tilt and its lenses "
        "are flat.",
    )
