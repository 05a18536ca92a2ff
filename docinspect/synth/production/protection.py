"""Protection: the UV overprint across the portrait and the DOVID over its corner."""

from __future__ import annotations

import dataclasses
import math
from typing import Final

from docinspect.model import DocumentType, Ellipse, Light, Rect
from docinspect.model.light import TiltAxis
from docinspect.model.scene import (
    Anchor,
    EllipseItem,
    Material,
    Path,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
)
from docinspect.synth.design import (
    OVD_SWITCH_DEG,
    SANS,
    emblem_paths,
)
from docinspect.synth.production.context import Build


def protection(b: Build) -> None:
    """UV overprint and DOVID."""
    st, pal, lay, add = b.st, b.st.palette, b.lay, b.add
    ph = lay.photo
    add(
        WaveBand(
            id="uv-overprint",
            material=Material(
                colour=pal.paper,
                alpha=0.0,
                uv_colour=pal.uv_fibres[1],
                uv_strength=0.9,
                ir_absorption=0.0,
                density=0.0,
            ),
            x=ph.x - 1.5,
            y=ph.y + ph.height * 0.45,
            width=ph.width + 3.0,
            height=ph.height * 0.6,
            lines=9,
            amplitude_mm=0.8,
            wavelength_mm=7.0,
            phase_step_deg=40.0,
            stroke_mm=0.25,
        ),
        "uv_overprint",
    )
    b.explain(
        "f-uv-overprint",
        Rect(ph.x - 1.5, ph.y + ph.height * 0.45, ph.width + 3.0, ph.height * 0.6),
        "uv_overprint",
        {Light.UV365},
        1.0,
        "Fluorescent wave lines run across the lower part of the portrait and onto the page "
        "without a break: a replaced photo interrupts them.",
    )
    ox, oy, orad = lay.ovd
    ovd_mat = Material(
        colour=(200, 200, 205),
        alpha=0.55,
        ir_absorption=0.0,
        density=0.05,
        tilt=TiltEffect(kind=TiltKind.DIFFRACTIVE, full_tilt_deg=25.0),
    )
    add(
        EllipseItem(
            id="ovd", material=ovd_mat, cx=ox, cy=oy, rx=orad, ry=orad, filled=True, stroke_mm=0.0
        ),
        "dovid",
    )
    filled, outlined = emblem_paths(st, ox, oy, orad * 0.7)
    # Two image channels that switch with tilt (a kinegram's channels): the emblem seen
    # head-on and tilted one way, the state code tilted the other way. A generic foil
    # imitation looks like the head-on view and never switches (forgeries.static_ovd).
    ovd_lines = dataclasses.replace(
        ovd_mat,
        colour=(150, 150, 160),
        alpha=0.7,
        tilt=TiltEffect(kind=TiltKind.SWITCH, min_tilt_deg=-45.0, max_tilt_deg=OVD_SWITCH_DEG),
    )
    add(
        Path(
            id="ovd-emblem",
            material=ovd_lines,
            subpaths=tuple(filled + outlined),
            closed=True,
            filled=False,
            stroke_mm=0.12,
        ),
        "dovid",
    )
    add(
        Text(
            id="ovd-code",
            material=dataclasses.replace(
                ovd_lines,
                colour=(120, 120, 135),
                alpha=0.8,
                tilt=TiltEffect(
                    kind=TiltKind.SWITCH, min_tilt_deg=OVD_SWITCH_DEG + 0.01, max_tilt_deg=45.0
                ),
            ),
            text=st.code,
            x=ox,
            y=round(oy + orad * 0.25, 3),
            font=SANS,
            size_mm=round(orad * 0.75, 3),
            weight=700,
            anchor=Anchor.MIDDLE,
        ),
        "dovid",
    )
    # A third and fourth channel on the other axis: rocked towards or away, a ring of rays
    # lights up round the emblem, turned half a ray between the two (a kinematic effect).
    for side, lo, hi in (
        ("away", OVD_SWITCH_DEG + 0.01, 45.0),
        ("towards", -45.0, -OVD_SWITCH_DEG - 0.01),
    ):
        add(
            Path(
                id=f"ovd-rays-{side}",
                material=dataclasses.replace(
                    ovd_lines,
                    colour=(135, 135, 150),
                    alpha=0.75,
                    tilt=TiltEffect(
                        kind=TiltKind.SWITCH,
                        min_tilt_deg=lo,
                        max_tilt_deg=hi,
                        axis=TiltAxis.TOWARDS_AWAY,
                    ),
                ),
                subpaths=_rays(ox, oy, orad, turned=side == "towards"),
                closed=False,
                filled=False,
                stroke_mm=0.1,
            ),
            "dovid",
        )
    b.explain(
        "f-dovid",
        Ellipse(ox, oy, orad, orad),
        "dovid",
        {Light.WHITE},
        1.0,
        "Diffractive optically variable device (DOVID) overlapping the portrait: when the page is "
        "tilted its colours travel and its image switches (the emblem head-on, the state code "
        "when tilted). Rocked towards or away from you, a ring of rays lights up round it and "
        "turns. A foil that only shimmers and never switches is an imitation.",
    )


#: Rays in the DOVID's ring channel.
_RAYS: Final = 20


def _rays(
    cx: float, cy: float, r: float, *, turned: bool
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Short radial strokes between the emblem and the DOVID's rim; ``turned`` by half a ray."""
    rays = []
    for k in range(_RAYS):
        a = 2 * math.pi * (k + (0.5 if turned else 0.0)) / _RAYS
        c, s = math.cos(a), math.sin(a)
        rays.append(
            (
                (round(cx + 0.76 * r * c, 3), round(cy + 0.76 * r * s, 3)),
                (round(cx + 0.94 * r * c, 3), round(cy + 0.94 * r * s, 3)),
            )
        )
    return tuple(rays)


#: Height of the laminate's edge under raking light (micrometres) and its inset (mm).
LAMINATE_EDGE_UM: Final = 30.0
LAMINATE_INSET_MM: Final = 1.2


def laminate(b: Build) -> None:
    """A paper passport data page is sealed under a clear laminate film (which carries the
    DOVID). Clear and colourless, it is seen only as its edge, a fine ridge under raking
    light. A polycarbonate data page, like a card, is fused in one piece: no film to lift."""
    if b.doc_type is not DocumentType.TD3 or not b.paper:
        return
    i, W, H = LAMINATE_INSET_MM, b.width, b.height
    edge = ((i, i), (W - i, i), (W - i, H - i), (i, H - i), (i, i))
    b.add(
        Path(
            id="laminate",
            material=Material(
                colour=(255, 255, 255),
                alpha=0.0,
                ir_absorption=0.0,
                density=0.0,
                relief_um=LAMINATE_EDGE_UM,
            ),
            subpaths=(tuple((round(x, 3), round(y, 3)) for x, y in edge),),
            stroke_mm=0.4,
        ),
        "laminate",
    )
    b.explain(
        "f-laminate",
        Rect(0.0, 0.0, W, H),
        "laminate",
        {Light.OBLIQUE},
        1.0,
        f"The page is sealed under a clear laminate: under raking light its edge shows as a fine "
        f"ridge {LAMINATE_INSET_MM:g} mm inside the page edge, unbroken all round. Bubbles, "
        "lifted edges or a cut in it mean it was opened.",
    )
