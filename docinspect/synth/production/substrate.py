"""Substrate: the paper and what is made into it (watermark, fibres, thread, planchettes)."""

from __future__ import annotations

import dataclasses
import math
from typing import Final

from docinspect.model import Ellipse, Light, Rect
from docinspect.model.scene import (
    EllipseItem,
    Fibres,
    Material,
    Path,
    Perforation,
    Substrate,
    Text,
)
from docinspect.synth.design import (
    SANS,
    colour_name,
    emblem_paths,
    ink,
    state_uv_fibres,
)
from docinspect.synth.production import card
from docinspect.synth.production.context import Build


def paper(b: Build) -> None:
    """The page: its paper, watermark and fibres; a card's polycarbonate body instead."""
    if not b.paper:
        card.body(b)
        return
    st, pal, lay, W, H, add = b.st, b.st.palette, b.lay, b.width, b.height, b.add
    b.substrate = Substrate(
        colour=pal.paper,
        uv_colour=None,
        ir_reflectance=0.86,
        transmittance=0.5,
        grain=0.45,
        seed=b.rng.randrange(2**31),
    )
    b.explain(
        "f-substrate",
        Rect(0.0, 0.0, W, H),
        "uv_dull_substrate",
        {Light.UV365},
        1.0,
        "Security paper has no optical brighteners: under UV 365 the page stays dull and dark, "
        "so the fibres and the UV motif stand out.",
    )
    # Watermark (TD3 page, visa sticker paper): a lighter emblem and darker surround seen
    # against the light.
    if lay.watermark is not None:
        wx, wy, wr = lay.watermark
        filled, outlined = emblem_paths(st, wx, wy, wr)
        add(
            EllipseItem(
                id="watermark-shade",
                material=Material(colour=pal.paper, alpha=0.0, ir_absorption=0.0, density=0.18),
                cx=wx,
                cy=wy,
                rx=wr * 1.25,
                ry=wr * 1.25,
                filled=True,
                stroke_mm=0.0,
            ),
            "watermark",
        )
        add(
            Path(
                id="watermark",
                material=Material(colour=pal.paper, alpha=0.0, ir_absorption=0.0, density=-0.35),
                subpaths=tuple(filled + outlined),
                closed=True,
                filled=True,
                stroke_mm=0.6,
            ),
            "watermark",
        )
        b.explain(
            "f-watermark",
            Ellipse(wx, wy, wr * 1.25, wr * 1.25),
            "watermark",
            {Light.TRANSMITTED},
            1.0,
            "A multi-tone watermark of the state emblem is formed in the paper itself: invisible in "
            "reflected light, it shows light and dark tones against back light.",
        )

    # Fibres: visible coloured fibres and invisible ones that glow in two colours under UV.
    fibre_area = dict(x=2.0, y=2.0, width=W - 4, height=H - 4)
    add(
        Fibres(
            id="fibres-visible",
            material=ink(pal.visible_fibres, ir=0.0, alpha=0.55),
            seed=b.rng.randrange(2**31),
            count=round(W * H / 450),
            length_mm=2.5,
            width_mm=0.05,
            curl=0.5,
            **fibre_area,
        ),
        "visible_fibres",
    )
    for fibres in state_uv_fibres(st, W, H, b.rng):
        add(fibres, "uv_fibres")
    b.explain(
        "f-uv-fibres",
        Rect(2.0, 2.0, W - 4, H - 4),
        "uv_fibres",
        {Light.UV365},
        1.0,
        "Invisible fibres embedded in the paper glow in two colours under UV 365. They lie in the "
        "paper, crossing printed lines, and can be lifted with a needle only on a forgery.",
    )
    b.explain(
        "f-visible-fibres",
        Rect(2.0, 2.0, W - 4, H - 4),
        "visible_fibres",
        {Light.WHITE},
        4.0,
        "Short coloured fibres are part of the paper: under the loupe they lie in it, not on it.",
    )


def security_thread(b: Build) -> None:
    """A security thread embedded in the paper: seen against the light, with negative
    microtext, glowing faintly under UV; and the glow of the planchettes.

    Run after the background printing and the heading band although thread and planchettes
    lie under them: the thread is invisible in reflected light, and both glows reach
    through the thin background inks under UV (drawn under them, every background line
    would cut them, and a dot-printed copy of the background would change their glow)."""
    if not b.paper:
        return
    st, pal, H = b.st, b.st.palette, b.height
    x = b.lay.thread_x
    if x is not None:
        b.add(
            Path(
                id="thread",
                material=Material(
                    colour=pal.paper,
                    alpha=0.0,
                    # Embedded under the surface: a weaker glow than the fibres near it
                    # (a dimmer colour, drawn opaque over the background's traces).
                    uv_colour=tuple(round(c * 0.45) for c in pal.uv_fibres[0]),
                    uv_strength=1.0,
                    ir_absorption=0.0,
                    density=0.32,
                ),
                subpaths=(((x, 0.0), (x, H)),),
                stroke_mm=THREAD_MM,
            ),
            "security_thread",
        )
        # Negative text: the thread is demetallised in letters that shine against the light.
        size = 0.55
        unit = f"{st.code}  "
        b.add(
            Text(
                id="thread-text",
                material=Material(colour=pal.paper, alpha=0.0, ir_absorption=0.0, density=-0.2),
                text=unit * math.ceil(H / (len(unit) * size * 0.6)),
                # Rotated a quarter turn the glyphs stand to the right of their baseline.
                x=round(x - size * 0.36, 3),
                y=0.5,
                font=SANS,
                size_mm=size,
                weight=700,
                angle_deg=90.0,
            ),
            "security_thread",
        )
        b.explain(
            "f-thread",
            Rect(x - 1.5, 0.0, 3.0, H),
            "security_thread",
            {Light.TRANSMITTED, Light.UV365},
            1.0,
            f"A security thread is embedded in the paper: invisible in reflected light, it shows "
            f"as a dark line against the light, with '{st.code}' in clear letters along it "
            "(loupe), and glows faintly under UV 365. A printed line on the surface is an "
            "imitation.",
        )
    # The planchettes' glow (their discs are drawn under the print, in ``planchettes``).
    discs = next((it for it in b.items if it.id == "planchettes"), None)
    if isinstance(discs, Perforation):
        b.add(
            dataclasses.replace(
                discs,
                id="planchettes-glow",
                material=Material(
                    colour=pal.paper,
                    alpha=0.0,
                    uv_colour=pal.uv_motif,
                    uv_strength=0.8,
                    ir_absorption=0.0,
                    density=0.0,
                ),
            ),
            "planchettes",
        )


def planchettes(b: Build) -> None:
    """Planchettes (small coloured discs that glow under UV) in paper pages; the paper is
    also chemically sensitised: it shows nothing until an eradicator touches it
    (forgeries.data_alteration then leaves its stain)."""
    if not b.paper:
        return
    pal, W, H = b.st.palette, b.width, b.height
    rng = b.more
    n = round(W * H / 550)
    holes = tuple(
        (round(rng.uniform(3.0, W - 3.0), 3), round(rng.uniform(3.0, H - 3.0), 3)) for _ in range(n)
    )
    b.add(
        Perforation(
            id="planchettes",
            # Their glow is drawn apart, over the background (see ``security_thread``).
            material=Material(
                colour=pal.visible_fibres, alpha=0.35, ir_absorption=0.0, density=0.0
            ),
            x=0.0,
            y=0.0,
            hole_mm=PLANCHETTE_MM,
            pitch_mm=PLANCHETTE_MM,
            holes=holes,
        ),
        "planchettes",
    )
    b.explain(
        "f-planchettes",
        Rect(2.0, 2.0, W - 4, H - 4),
        "planchettes",
        {Light.WHITE, Light.UV365},
        4.0,
        f"Planchettes: tiny discs ({PLANCHETTE_MM} mm) mixed into the paper, pale "
        f"{colour_name(pal.visible_fibres)} in daylight and glowing "
        f"{colour_name(pal.uv_motif)} under UV 365. They lie in the paper, not printed on it.",
    )
    b.explain(
        "f-chemical",
        Rect(0.0, 0.0, W, H),
        "chemical_sensitisation",
        {Light.WHITE, Light.UV365},
        1.0,
        "The paper is chemically sensitised: an eradicator or solvent used to remove ink leaves "
        "a coloured stain, dark under UV. A genuine page shows none.",
    )


#: Width of the security thread, diameter of a planchette (mm).
THREAD_MM: Final = 0.9
PLANCHETTE_MM: Final = 0.8
