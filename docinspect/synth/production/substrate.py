"""Substrate: the paper and what is made into it (watermark, fibres)."""

from __future__ import annotations

from docinspect.model import Ellipse, Light, Rect
from docinspect.model.scene import (
    EllipseItem,
    Fibres,
    Material,
    Path,
    Substrate,
)
from docinspect.synth.design import (
    emblem_paths,
    feature_region,
    ink,
    state_uv_fibres,
)
from docinspect.synth.production.context import Build


def paper(b: Build) -> None:
    """The page: its paper, watermark and fibres."""
    st, pal, lay, W, H, add, regions = (
        b.st,
        b.st.palette,
        b.lay,
        b.width,
        b.height,
        b.add,
        b.regions,
    )
    b.substrate = Substrate(
        colour=pal.paper,
        uv_colour=None,
        ir_reflectance=0.86,
        transmittance=0.5 if b.paper else 0.2,
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
        regions.append(
            feature_region(
                "f-watermark",
                Ellipse(wx, wy, wr * 1.25, wr * 1.25),
                "watermark",
                {Light.TRANSMITTED},
                1.0,
                "A multi-tone watermark of the state emblem is formed in the paper itself: invisible in "
                "reflected light, it shows light and dark tones against back light.",
            )
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
    regions.append(
        feature_region(
            "f-uv-fibres",
            Rect(2.0, 2.0, W - 4, H - 4),
            "uv_fibres",
            {Light.UV365},
            1.0,
            "Invisible fibres embedded in the paper glow in two colours under UV 365. They lie in the "
            "paper, crossing printed lines, and can be lifted with a needle only on a forgery.",
        )
    )
    regions.append(
        feature_region(
            "f-visible-fibres",
            Rect(2.0, 2.0, W - 4, H - 4),
            "visible_fibres",
            {Light.WHITE},
            4.0,
            "Short coloured fibres are part of the paper: under the loupe they lie in it, not on it.",
        )
    )
