"""Intaglio: the raised heading, the emblem, the latent image and the OVI state code."""

from __future__ import annotations

import dataclasses
from typing import Final

from docinspect.model import DocumentType, Light, Rect
from docinspect.model.scene import (
    Anchor,
    Path,
    PrintProcess,
    Text,
    TiltEffect,
    TiltKind,
)
from docinspect.synth.design import (
    DEJAVU_CAP_EM,
    SANS,
    SERIF,
    WIDEST_BOLD_EM,
    emblem_paths,
    ink,
)
from docinspect.synth.production.context import Build
from docinspect.synth.states import VISA_NATIVE


def heading(b: Build) -> None:
    """The state name, title and emblem in intaglio, the OVI state code."""
    st, pal, lay, doc_type, W, add = b.st, b.st.palette, b.lay, b.doc_type, b.width, b.add
    # Header: state name and document title in intaglio (raised ink), emblem.
    if doc_type is DocumentType.MRVA:
        title, title_en = VISA_NATIVE[st.code]["title"], "VISA"
    else:
        title = st.passport_native if doc_type is DocumentType.TD3 else st.id_card_native
        title_en = "PASSPORT" if doc_type is DocumentType.TD3 else "IDENTITY CARD"
    head_x = lay.data_x
    intaglio = ink(pal.heading, ir=0.0, relief=30.0, process=PrintProcess.INTAGLIO, density=0.35)
    if st.header_style == "band":
        add(
            Path(
                id="header-band",
                material=ink(pal.guilloche[0], ir=0.0, alpha=0.35),
                subpaths=(
                    (
                        (2.5, 2.5),
                        (W - 2.5, 2.5),
                        (W - 2.5, lay.header_y + 6.2),
                        (2.5, lay.header_y + 6.2),
                    ),
                ),
                closed=True,
                filled=True,
                stroke_mm=0.0,
            )
        )
    else:
        add(
            Path(
                id="header-rule",
                material=ink(pal.heading, ir=0.0),
                subpaths=(((head_x, lay.header_y + 6.4), (W - 4, lay.header_y + 6.4)),),
                stroke_mm=0.25,
            )
        )
    hs = {DocumentType.TD3: 2.6, DocumentType.MRVA: 2.5, DocumentType.TD2: 2.3}.get(doc_type, 2.0)
    add(
        Text(
            id="state-name",
            material=intaglio,
            text=st.name_native,
            x=head_x,
            y=lay.header_y + hs,
            font=SERIF,
            size_mm=hs,
            weight=700,
        ),
        "intaglio",
    )
    sub = st.name_english if st.name_english != st.name_native else ""
    add(
        Text(
            id="title",
            material=intaglio,
            text=f"{title} / {title_en}" if title != title_en else title,
            x=head_x,
            y=lay.header_y + hs * 2.1,
            font=SERIF,
            size_mm=hs * 0.75,
            weight=700,
        ),
        "intaglio",
    )
    if sub:
        add(
            Text(
                id="state-name-en",
                material=ink(pal.heading, ir=0.0),
                text=sub,
                x=W - 4.0,
                y=lay.header_y + hs * 2.1,
                font=SANS,
                size_mm=hs * 0.55,
                anchor=Anchor.END,
            )
        )
    ex_r = {DocumentType.TD3: 3.2, DocumentType.MRVA: 3.0, DocumentType.TD2: 2.8}.get(doc_type, 2.4)
    filled, outlined = emblem_paths(st, lay.photo.x + ex_r, lay.header_y + ex_r - 0.6, ex_r)
    add(
        Path(
            id="emblem",
            material=intaglio,
            subpaths=tuple(filled),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
        "intaglio",
    )
    add(
        Path(id="emblem-lines", material=intaglio, subpaths=tuple(outlined), stroke_mm=0.05 * ex_r),
        "intaglio",
    )
    b.explain(
        "f-intaglio",
        Rect(head_x - 0.5, lay.header_y - 0.5, min(70.0, W - head_x - 2), hs * 2.6),
        "intaglio",
        {Light.OBLIQUE, Light.WHITE},
        1.0,
        "The state name and title are printed in intaglio: the ink stands raised on the paper, "
        "casting small shadows under raking (oblique) light, and can be felt with a fingertip.",
    )
    # OVI: the state code changes colour with tilt.
    ovi_mat = dataclasses.replace(
        ink(pal.ovd[0], ir=0.0),
        tilt=TiltEffect(kind=TiltKind.COLOUR_SHIFT, colour=pal.ovd[2], full_tilt_deg=30.0),
    )
    add(
        Text(
            id="ovi-code",
            material=ovi_mat,
            text=st.code,
            x=W - 4.0,
            y=lay.header_y + hs * 1.05,
            font=SANS,
            size_mm=hs * 1.1,
            weight=700,
            anchor=Anchor.END,
        ),
        "ovi",
    )
    b.explain(
        "f-ovi",
        Rect(W - 4.0 - hs * 2.6, lay.header_y - 0.3, hs * 2.6, hs * 1.3),
        "ovi",
        {Light.WHITE},
        1.0,
        "Optically variable ink: the state code shifts colour when the page is tilted.",
    )


#: Tilt from which the latent image is seen (degrees either way).
LATENT_TILT_DEG: Final = 15.0


def latent_image(b: Build) -> None:
    """A latent image engraved in the intaglio plate: lines whose relief hides the state
    code head-on and shows it when the page is tilted towards a low light."""
    if b.lay.latent is None:
        return
    x, y, cap = b.lay.latent
    latent = dataclasses.replace(
        ink(b.st.palette.heading, ir=0.0, relief=25.0, process=PrintProcess.INTAGLIO, alpha=0.15),
        density=0.0,
    )
    size = round(cap / DEJAVU_CAP_EM, 3)
    for k, (lo, hi) in enumerate(((LATENT_TILT_DEG, 45.0), (-45.0, -LATENT_TILT_DEG))):
        b.add(
            Text(
                id=f"latent-{k}",
                material=dataclasses.replace(
                    latent, tilt=TiltEffect(kind=TiltKind.SWITCH, min_tilt_deg=lo, max_tilt_deg=hi)
                ),
                text=b.st.code,
                x=x,
                y=y,
                font=SANS,
                size_mm=size,
                weight=700,
            ),
            "latent_image",
        )
    width = len(b.st.code) * WIDEST_BOLD_EM * size
    b.explain(
        "f-latent",
        Rect(x - 0.5, y - cap - 0.5, width + 1.0, cap + 1.0),
        "latent_image",
        {Light.WHITE, Light.OBLIQUE},
        1.0,
        f"A latent image in the intaglio: looked at straight on there is nothing here; tilt the "
        f"page towards a low light and '{b.st.code}' appears in the raised lines. A flat print "
        "shows it head-on, or not at all.",
    )
