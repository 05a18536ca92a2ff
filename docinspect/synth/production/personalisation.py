"""Personalisation: the holder's data, portrait, ghost image, signature and MRZ."""

from __future__ import annotations

import dataclasses
from typing import Final

from docinspect import mrz
from docinspect.model import DocumentType, Light, Rect
from docinspect.model.scene import (
    Material,
    Path,
    PrintProcess,
    Raster,
    Text,
)
from docinspect.synth import portrait
from docinspect.synth.design import (
    MRZ_EM_MM,
    MRZ_LETTER_SPACING_MM,
    MRZ_PITCH_MM,
    OCRB,
    SANS,
    SANS_NARROW,
    WIDEST_EM,
    data_ink,
    ink,
    mrz_data,
)
from docinspect.synth.draft import GHOST_FILE, PORTRAIT_FILE
from docinspect.synth.layouts import fields
from docinspect.synth.production import card
from docinspect.synth.production.context import Build
from docinspect.synth.signature import make_signature
from docinspect.synth.states import label


def visual_zone(b: Build) -> None:
    """Labels and the holder's data."""
    st, pal, lay, holder, doc_type, W, add = (
        b.st,
        b.st.palette,
        b.lay,
        b.holder,
        b.doc_type,
        b.width,
        b.add,
    )
    # Visual zone labels and data.
    field_items, data = b.field_items, b.data
    personal = data_ink(st) if b.paper else card.laser_ink()
    if doc_type is DocumentType.MRVA:
        # A visa sticker is personalised by thermal transfer: a resin film melted from a
        # ribbon onto the paper, slightly raised and without dots.
        personal = dataclasses.replace(personal, relief_um=THERMAL_RELIEF_UM)
    label_ink = ink(pal.label, ir=0.0)
    rows = fields(st, holder, doc_type)
    for row_y, row in zip(lay.rows, rows, strict=False):
        for n, (key, value, dx) in enumerate(row):
            # Room up to the next field of the row, or to the page margin (the ghost image
            # column is left free on TD3).
            right = lay.data_x + row[n + 1][2] - 1.5 if n + 1 < len(row) else W - 3.0
            room = right - (lay.data_x + dx)
            size = min(lay.value_mm, room / (max(1, len(value)) * WIDEST_EM))
            add(
                Text(
                    id=f"label-{key}",
                    material=label_ink,
                    text=label(st, key),
                    x=lay.data_x + dx,
                    y=row_y,
                    font=SANS_NARROW,
                    size_mm=lay.label_mm,
                )
            )
            add(
                Text(
                    id=f"data-{key}",
                    material=personal,
                    text=value,
                    x=lay.data_x + dx,
                    y=row_y + lay.value_mm * 1.08,
                    font=SANS,
                    size_mm=round(size, 3),
                ),
                "personal_data",
            )
            field_items[key] = f"data-{key}"
            data[key] = value
    number_key = next(k for k in ("document_number", "card_number", "visa_number") if k in data)
    number = next(it for it in b.items if it.id == field_items[number_key])
    b.explain(
        "f-document-number",
        Rect(
            number.x - 0.4,
            number.y - number.size_mm * 0.85,
            len(number.text) * number.size_mm * 0.66 + 0.8,
            number.size_mm * 1.1,
        ),
        "document_number",
        {Light.WHITE},
        1.0,
        "The document number, printed with the other data: it must be the same in the MRZ"
        + (" and in the perforated number below." if lay.perforation is not None else "."),
    )
    data_rect = Rect(
        lay.data_x - 0.5,
        lay.rows[0] - 1.2,
        min(62.0, W - lay.data_x - 1),
        lay.rows[-1] - lay.rows[0] + 4.5,
    )
    b.explain(
        "f-personal-data",
        data_rect,
        "personal_data",
        {Light.WHITE, Light.IR},
        1.0,
        "Personal data printed in an IR-absorbing ink: it stays black in the IR view while the "
        "background disappears. It must agree with the MRZ.",
    )
    b.explain(
        "f-ir-absorbing",
        data_rect,
        "ir_absorbing_ink",
        {Light.IR},
        1.0,
        "The personalisation ink absorbs near IR: data and MRZ stay dark in the IR view.",
    )
    if not b.paper:
        b.explain(
            "f-laser-engraving",
            data_rect,
            "laser_engraving",
            {Light.WHITE, Light.OBLIQUE},
            4.0,
            "The data are burnt into the polycarbonate by a laser, not printed on it: grey-black "
            "inside the card with no ink on the surface (loupe), and slightly sunken under "
            "raking light, where a finger feels them.",
        )


#: Height of the resin film a thermal-transfer ribbon leaves on paper (micrometres).
THERMAL_RELIEF_UM: Final = 8.0


def thermal_transfer(b: Build) -> None:
    """Where the data are thermal transfer (visa stickers): the region that says so."""
    if b.doc_type is not DocumentType.MRVA:
        return
    b.explain(
        "f-thermal-transfer",
        b.region_of("personal_data"),
        "thermal_transfer",
        {Light.WHITE, Light.OBLIQUE},
        8.0,
        "The visa is personalised by thermal transfer: at 8× the characters have crisp edges "
        "and solid strokes, no droplets or dots, and under raking light the resin film stands "
        "slightly raised and glossy on the paper. Inkjet droplets here mean a stolen blank.",
    )


def portrait_and_ghost(b: Build) -> None:
    """The portrait and its ghost image: printed on a paper page, laser-engraved in
    greyscale into a card (the ghost image in its clear window, where it has one)."""
    lay, add, face = b.lay, b.add, b.face
    # Portrait, UV overprint over it, OVD over its corner, ghost image.
    png = portrait.render_portrait(face)
    if b.paper:
        b.files.update({PORTRAIT_FILE: png, GHOST_FILE: portrait.ghost_image(png)})
        photo = Material(
            colour=(0, 0, 0),
            ir_absorption=0.75,
            density=0.3,
            process=PrintProcess.INKJET,
            dot_pitch_mm=0.042,
        )
        ghost = Material(colour=(0, 0, 0), ir_absorption=0.5, density=0.1)
        text = (
            "The holder's portrait, printed into the page (no glued photo, no cut edges). Compare "
            "the face, ears and feature positions with the ghost image and with the person."
        )
    else:
        b.files.update(
            {PORTRAIT_FILE: card.engraved_portrait(png), GHOST_FILE: card.engraved_ghost(png)}
        )
        photo = dataclasses.replace(card.laser_ink(relief_um=card.TACTILE_UM / 2), colour=(0, 0, 0))
        # In the clear window the ghost must read against the light.
        ghost = dataclasses.replace(card.laser_ink(relief_um=0.0), colour=(0, 0, 0), density=0.9)
        text = (
            "The holder's portrait, laser-engraved inside the card: greyscale only (black to "
            "grey, no colour), sharp and without dots at 10×, slightly sunken under raking light. "
            "Compare the face with the ghost image, the CLI and the person."
        )
    ph = lay.photo
    add(
        Raster(
            id="portrait",
            material=photo,
            file=PORTRAIT_FILE,
            x=ph.x,
            y=ph.y,
            width=ph.width,
            height=ph.height,
        ),
        "portrait",
    )
    b.explain(
        "f-portrait",
        ph,
        "portrait",
        {Light.WHITE, Light.IR},
        1.0,
        text,
    )
    gh = lay.ghost
    add(
        Raster(
            id="ghost",
            material=ghost,
            file=GHOST_FILE,
            x=gh.x,
            y=gh.y,
            width=gh.width,
            height=gh.height,
        ),
        "ghost_image",
    )
    b.explain(
        "f-ghost",
        gh,
        "ghost_image",
        {Light.WHITE},
        1.0,
        "Ghost image: a second, pale greyscale portrait of the holder. It must show the same face "
        "as the main portrait.",
    )


def signature(b: Build) -> None:
    """The holder's signature (a visa sticker has none)."""
    st, lay, holder, add = b.st, b.lay, b.holder, b.add
    # Signature under the portrait (a visa sticker has none).
    if lay.signature is not None:
        sig = make_signature(holder.signature_seed)
        sr = lay.signature
        scale = min(sr.width, sr.height * 3.2)
        subpaths = tuple(
            tuple((round(sr.x + x * scale, 3), round(sr.y + y * sr.height * 0.95, 3)) for x, y in s)
            for s in sig.strokes
        )
        add(
            Path(
                id="signature",
                # On a card the scanned signature is engraved with the data.
                material=ink((25, 30, 70), ir=0.2) if b.paper else card.laser_ink(relief_um=0.0),
                subpaths=subpaths,
                stroke_mm=round(0.22 * sig.pen, 3),
            ),
            "signature",
        )
        add(
            Text(
                id="label-signature",
                material=ink(b.st.palette.label, ir=0.0),
                text=label(st, "signature"),
                x=sr.x,
                y=sr.y - 0.3,
                font=SANS_NARROW,
                size_mm=lay.label_mm * 0.9,
            )
        )
        b.explain(
            "f-signature",
            sr,
            "signature",
            {Light.WHITE},
            1.0,
            "The holder's signature, reproduced in the page with the personal data.",
        )


def machine_readable_zone(b: Build) -> None:
    """The MRZ."""
    st, lay, holder, doc_type, W, add = b.st, b.lay, b.holder, b.doc_type, b.width, b.add
    # MRZ.
    lines = b.mrz_lines = mrz.compose(mrz_data(st, holder, doc_type))
    if lay.mrz_baselines:
        x0 = (W - len(lines[0]) * MRZ_PITCH_MM) / 2
        mrz_ink = ink((15, 15, 15), ir=1.0, density=0.3) if b.paper else card.laser_ink()
        for k, (line, base) in enumerate(zip(lines, lay.mrz_baselines, strict=True)):
            add(
                Text(
                    id=f"mrz-{k}",
                    material=mrz_ink,
                    text=line,
                    x=round(x0, 3),
                    y=base,
                    font=OCRB,
                    size_mm=MRZ_EM_MM,
                    letter_spacing_mm=round(MRZ_LETTER_SPACING_MM, 4),
                ),
                "mrz",
            )
        top = lay.mrz_baselines[0] - 3.2
        b.explain(
            "f-mrz",
            Rect(
                x0 - 0.5,
                top,
                len(lines[0]) * MRZ_PITCH_MM + 1.0,
                lay.mrz_baselines[-1] - top + 1.0,
            ),
            "mrz",
            {Light.WHITE, Light.IR},
            1.0,
            "Machine readable zone in OCR-B, IR-absorbing (black in IR). Its data and check digits "
            "must agree with the visual zone.",
        )
