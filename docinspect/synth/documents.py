"""Genuine synthetic documents as scenes: a TD3 passport data page, TD2 and TD1 ID card
fronts and an MRV-A visa sticker, each made by the production steps of
:mod:`docinspect.synth.production`.

:func:`build_document` lays out one document of a fictional state for a seeded holder as a
:class:`~docinspect.synth.draft.Draft`: the scene items, a security-feature
:class:`~docinspect.model.Region` for every feature, the printed data and MRZ, and the asset
files (portrait and ghost image PNGs). Forgeries (:mod:`docinspect.synth.forgeries`,
:mod:`docinspect.synth.profiles`) edit a draft; :meth:`Draft.specimen` freezes it.

Positions follow ICAO Doc 9303 where it fixes them: TD3 MRZ lines centred 17.0 and 8.5 mm
above the bottom edge, OCR-B at 10 characters per inch; the TD1 MRZ is on the card's back, so
a TD1 front specimen carries its MRZ lines as data (``Specimen.mrz``) but does not print them;
the back (:mod:`docinspect.synth.card_back`, ``doc_type="td1-back"``) prints them.
"""

from __future__ import annotations

import dataclasses
import random

import numpy as np

from docinspect.model import DocumentType
from docinspect.model.geometry import Bounds
from docinspect.synth import booklet, portrait
from docinspect.synth.card_back import build_card_back
from docinspect.synth.design import MRZ_PITCH_MM
from docinspect.synth.draft import (
    BOOKLET,
    CARD_KEY,
    GHOST_FILE,
    PORTRAIT_FILE,
    SCENE_FILE,
    TD1_BACK,
    TRAVELLER_FILE,
    TRAVELLER_KEY,
    Draft,
    title_case,
    years,
)
from docinspect.synth.layouts import LAYOUTS, TD3_LAYOUT, layout_for
from docinspect.synth.people import make_holder, make_visa_holder
from docinspect.synth.production import (
    card,
    intaglio,
    numbering,
    personalisation,
    printing,
    protection,
    substrate,
)
from docinspect.synth.production.context import Build
from docinspect.synth.states import STATES

__all__ = [
    "CARD_KEY",
    "GHOST_FILE",
    "LAYOUTS",
    "MRZ_PITCH_MM",
    "PORTRAIT_FILE",
    "SCENE_FILE",
    "TD1_BACK",
    "TD3_LAYOUT",
    "TRAVELLER_FILE",
    "TRAVELLER_KEY",
    "Draft",
    "build_document",
    "region_bounds",
]

#: The production steps, in the order an issuer runs them (later items lie on top).
STEPS = (
    substrate.paper,
    substrate.planchettes,
    printing.iridescent_band,
    printing.background,
    printing.security_printing,
    intaglio.heading,
    substrate.security_thread,
    intaglio.latent_image,
    card.clear_window,
    personalisation.visual_zone,
    personalisation.thermal_transfer,
    personalisation.portrait_and_ghost,
    personalisation.signature,
    personalisation.machine_readable_zone,
    card.changeable_laser_image,
    numbering.numbers,
    protection.protection,
    protection.laminate,
)


def build_document(
    seed: int,
    *,
    doc_type: DocumentType | str = DocumentType.TD3,
    state_code: str | None = None,
    traveller: bool = True,
) -> Draft:
    """A genuine document of a fictional state, entirely determined by ``seed``.

    With ``traveller`` the draft also carries the live photo of its holder (TRAVELLER_FILE);
    without it, :func:`~docinspect.synth.forgeries.forge` adds the photo of whoever presents
    the forged document (saving a portrait rendering when an impostor replaces the holder).

    ``doc_type="td1-back"`` gives the back of the TD1 card whose front has the same seed (it
    shows no portrait, so it has no traveller); ``"td3-booklet"`` the TD3 data page of the
    same seed sewn into a booklet with its visa pages (synth/booklet.py)."""
    if doc_type == TD1_BACK:
        return build_card_back(seed, state_code=state_code)
    if doc_type == BOOKLET:
        data_page = build_document(seed, state_code=state_code, traveller=traveller)
        return booklet.add_pages(data_page, seed)
    doc_type = DocumentType(doc_type)
    if doc_type not in LAYOUTS:
        raise ValueError(
            f"document type {doc_type.value!r} is not generated; use td3, td2, td1, td1-back or mrva"
        )
    rng = random.Random(seed)
    st = STATES[state_code] if state_code else STATES[sorted(STATES)[rng.randrange(len(STATES))]]
    if doc_type is DocumentType.MRVA:
        holder = make_visa_holder(random.Random(f"docinspect-visa:{seed}"), st)
        rng.random()  # keep the draw sequence of the shared code below
    else:
        holder = make_holder(rng, st, id_card=doc_type is not DocumentType.TD3)
    face_rng = np.random.default_rng(holder.face_seed)
    # The printed photo shows the holder as old as they were when the document was issued.
    face = dataclasses.replace(
        portrait.random_face(face_rng, sex=holder.sex),
        age=years(holder.date_of_birth, holder.date_of_issue),
    )
    b = Build(
        doc_type=doc_type,
        st=st,
        holder=holder,
        face=face,
        lay=layout_for(doc_type, st),
        rng=rng,
        more=random.Random(f"docinspect-features:{seed}"),
    )
    for step in STEPS:
        step(b)
    for key, value in (
        ("issuing_state", st.code),
        ("surname_latin", holder.latin_surname()),
        ("given_names_latin", holder.latin_given_names()),
        ("document_number", holder.document_number),
        ("date_of_birth_iso", holder.date_of_birth.isoformat()),
        ("date_of_expiry_iso", holder.date_of_expiry.isoformat()),
    ):
        b.data.setdefault(key, value)
    assert b.substrate is not None
    draft = Draft(
        doc_type=doc_type,
        state=st,
        holder=holder,
        face=face,
        width_mm=b.width,
        height_mm=b.height,
        substrate=b.substrate,
        items=b.items,
        regions=b.regions,
        data=b.data,
        mrz_lines=b.mrz_lines,
        files=b.files,
        field_items=b.field_items,
        feature_items=b.feature_items,
        explanation=f"A genuine {title_case(st.name_english)} document: every security feature is present and consistent.",
    )
    if traveller:
        draft.set_traveller(draft.holder_in_person())
    return draft


def region_bounds(draft: Draft) -> list[tuple[str, Bounds]]:
    """Each region's id and bounds, for checks that regions lie on the page."""
    return [(r.id, r.shape.bounds()) for r in draft.regions]
