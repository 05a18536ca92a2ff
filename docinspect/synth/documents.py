"""Genuine synthetic documents as scenes: a TD3 passport data page and a TD1 ID card front.

:func:`build_document` lays out one document of a fictional state for a seeded holder as a
:class:`Draft`: the scene items (substrate, guilloche, rainbow, microprint, fibres, UV motif,
watermark, OVD, intaglio, portrait, ghost image, perforated number, visual zone, MRZ), a
security-feature :class:`~docinspect.model.Region` for every feature, the printed data and
MRZ, and the asset files (portrait and ghost image PNGs). Forgeries
(:mod:`docinspect.synth.forgeries`) edit a draft; :meth:`Draft.specimen` freezes it.

Positions follow ICAO Doc 9303 where it fixes them: TD3 MRZ lines centred 17.0 and 8.5 mm
above the bottom edge, OCR-B at 10 characters per inch; the TD1 MRZ is on the card's back, so
a TD1 front specimen carries its MRZ lines as data (``Specimen.mrz``) but does not print them;
the back (:mod:`docinspect.synth.card_back`, ``doc_type="td1-back"``) prints them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import random
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from docinspect import mrz
from docinspect.model import (
    DocumentType,
    Ellipse,
    Light,
    Rect,
    Region,
    Role,
    Specimen,
    Truth,
    Verdict,
)
from docinspect.model.geometry import Bounds
from docinspect.model.scene import (
    Anchor,
    Border,
    EllipseItem,
    Fibres,
    Material,
    Microprint,
    Path,
    Perforation,
    PrintProcess,
    RainbowBand,
    Raster,
    Rosette,
    Scene,
    SceneItem,
    Substrate,
    Text,
    TiltEffect,
    TiltKind,
    WaveBand,
    scene_to_dict,
)
from docinspect.synth import portrait
from docinspect.synth.people import (
    REFERENCE_DATE,
    Holder,
    format_date,
    make_holder,
    make_visa_holder,
)
from docinspect.synth.signature import make_signature
from docinspect.synth.states import VISA_NATIVE, State, label

SANS: Final = "DejaVuSans"
SANS_NARROW: Final = "DejaVuSansCondensed"
SERIF: Final = "DejaVuSerif"
OCRB: Final = "OCRB"
#: OCR-B: advance 0.723 em, capitals 0.701 em. At 3.2 mm em the capitals are 2.24 mm tall;
#: the letter spacing brings the pitch to 2.54 mm (10 characters per inch, Doc 9303).
MRZ_EM_MM: Final = 3.2
MRZ_PITCH_MM: Final = 2.54
MRZ_LETTER_SPACING_MM: Final = MRZ_PITCH_MM - 0.723 * MRZ_EM_MM

#: Widest average advance of DejaVu Sans capitals and digits, in em (a conservative bound
#: used to keep a long value inside its field).
_WIDEST_EM: Final = 0.72
#: The same bound for DejaVu Sans Bold, and its capital height in em.
_WIDEST_BOLD_EM: Final = 0.8
_DEJAVU_CAP_EM: Final = 0.729

PORTRAIT_FILE: Final = "portrait.png"
GHOST_FILE: Final = "ghost.png"
#: The live photo of the person presenting the document (an asset outside the scene, named
#: by ``Specimen.extra["traveller"]``): the holder on another day, or an impostor.
TRAVELLER_FILE: Final = "traveller.png"
TRAVELLER_KEY: Final = "traveller"
SCENE_FILE: Final = "scene.json"
#: The generator's type name of a TD1 card's back (its specimen's document type is td1).
TD1_BACK: Final = "td1-back"
#: Specimen.extra key of a card side: {"side": "back", "card_seed": S}.
CARD_KEY: Final = "card"

ALL: Final = frozenset(Light)
#: Tilt (degrees) beyond which the DOVID's second image channel replaces the first.
OVD_SWITCH_DEG: Final = 8.0


@dataclass
class Draft:
    """A document being built or forged. Mutable on purpose: forgeries edit it in place;
    :meth:`specimen` and :meth:`scene` give the frozen results."""

    doc_type: DocumentType
    state: State
    holder: Holder
    face: portrait.Face
    width_mm: float
    height_mm: float
    substrate: Substrate
    items: list[SceneItem]
    regions: list[Region]
    data: dict[str, str]
    mrz_lines: tuple[str, ...]
    files: dict[str, bytes]
    #: Visual-zone field -> scene item id, so a forgery can find what it alters.
    field_items: dict[str, str] = field(default_factory=dict)
    #: Feature id -> ids of the scene items that carry it.
    feature_items: dict[str, list[str]] = field(default_factory=dict)
    verdict: Verdict = Verdict.GENUINE
    methods: list[str] = field(default_factory=list)
    explanation: str = ""
    #: The face of the person presenting the document (None until one is set).
    traveller: portrait.Face | None = None
    #: Which side of the document this is: a TD1 card's back is its own specimen.
    side: str = "front"
    #: The seed the card was built from; both sides of one card share it.
    card_seed: int | None = None
    #: The forger's profile that made this specimen (synth/profiles.py), None for genuine
    #: documents and single-method forgeries.
    profile: str | None = None
    #: Benign flaws (wear, scratches, …: synth/wear.py), listed in the truth as not being
    #: forgery indicators.
    flaws: list[dict] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """The generator's type name: the document type, or ``td1-back`` for a card back."""
        return TD1_BACK if self.side == "back" else self.doc_type.value

    # --- editing helpers used by forgeries ---

    def item(self, item_id: str) -> SceneItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def replace_item(self, item_id: str, new: SceneItem | None) -> None:
        """Put ``new`` where ``item_id`` was (or remove it when ``new`` is None)."""
        for i, it in enumerate(self.items):
            if it.id == item_id:
                if new is None:
                    del self.items[i]
                else:
                    self.items[i] = new
                return
        raise KeyError(item_id)

    def insert_after(self, item_id: str, new: SceneItem) -> None:
        for i, it in enumerate(self.items):
            if it.id == item_id:
                self.items.insert(i + 1, new)
                return
        raise KeyError(item_id)

    def mark_id(self) -> str:
        """A fresh id for something put on the document after it was made (a flaw, a cut
        edge, an erased patch). Forgeries and benign flaws share the one neutral name, so an
        item's id never says whether the document is forged."""
        taken = {it.id for it in self.items}
        n = 1
        while f"mark-{n}" in taken:
            n += 1
        return f"mark-{n}"

    def region(self, feature: str) -> Region:
        return next(r for r in self.regions if r.feature == feature)

    def set_traveller(self, face: portrait.Face) -> None:
        """Make ``face`` the person presenting the document and render their live photo.

        ``face`` is given as on the document's photo; at the desk (on REFERENCE_DATE) the
        person is older by the years since the document was issued."""
        since = _years(self.holder.date_of_issue, REFERENCE_DATE)
        face = dataclasses.replace(face, age=face.age + since)
        self.traveller = face
        self.files[TRAVELLER_FILE] = portrait.render_portrait(face)

    def holder_in_person(self) -> portrait.Face:
        """The rightful holder as they look at the border: same face, another photo (seeded
        by the holder, so it is the same whenever it is asked for)."""
        return portrait.same_person(self.face, np.random.default_rng((self.holder.face_seed, 1)))

    # --- results ---

    def scene(self) -> Scene:
        return Scene(
            width_mm=self.width_mm,
            height_mm=self.height_mm,
            substrate=self.substrate,
            items=tuple(self.items),
        )

    def scene_bytes(self) -> bytes:
        text = json.dumps(scene_to_dict(self.scene()), ensure_ascii=False, indent=1)
        return (text + "\n").encode("utf-8")

    def specimen(self, specimen_id: str) -> Specimen:
        kind = {
            DocumentType.TD3: "passport data page",
            DocumentType.TD2: "ID card (TD2) front",
            DocumentType.MRVA: "visa (MRV-A)",
        }.get(self.doc_type, "ID card front")
        if self.side == "back":
            kind = "ID card back"
        title = f"{_title_case(self.state.name_english)} {kind} — {self.holder.latin_surname()}"
        return Specimen(
            id=specimen_id,
            title=title,
            document_type=self.doc_type,
            width_mm=self.width_mm,
            height_mm=self.height_mm,
            truth=Truth(
                verdict=self.verdict,
                methods=tuple(self.methods),
                explanation=self.explanation,
                extra=self._truth_extra(),
            ),
            regions=tuple(self.regions),
            mrz=self.mrz_lines,
            issuing_state=self.state.code,
            data=dict(self.data),
            scene=SCENE_FILE,
            assets=tuple(sorted(self.files)),
            extra=self._extra(),
        )

    def _truth_extra(self) -> dict:
        extra: dict = {}
        if self.profile:
            extra["profile"] = self.profile
        if self.flaws:
            extra["benign_flaws"] = [dict(f) for f in self.flaws]
        return extra

    def _extra(self) -> dict:
        extra: dict = {}
        if TRAVELLER_FILE in self.files:
            extra[TRAVELLER_KEY] = TRAVELLER_FILE
        if self.side == "back":
            # Links the back to its front: build_document(card_seed, doc_type="td1").
            extra[CARD_KEY] = {"side": "back", "card_seed": self.card_seed}
        return extra


# --- materials ------------------------------------------------------------------------------


def _ink(
    colour,
    *,
    ir: float = 0.0,
    uv=None,
    relief: float = 0.0,
    alpha: float = 1.0,
    process: PrintProcess = PrintProcess.OFFSET,
    density: float = 0.2,
) -> Material:
    return Material(
        colour=tuple(colour),
        alpha=alpha,
        uv_colour=uv,
        ir_absorption=ir,
        relief_um=relief,
        process=process,
        density=density,
    )


def _data_ink(st: State) -> Material:
    # Personalisation: carbon-based toner/inkjet, black in IR (what the MRZ reader needs).
    return _ink(st.palette.data, ir=1.0, process=PrintProcess.OFFSET, density=0.3)


def _region(rid: str, shape, feature: str, lights, mag: float, explanation: str) -> Region:
    return Region(
        id=rid,
        shape=shape,
        feature=feature,
        role=Role.SECURITY_FEATURE,
        lights=frozenset(lights),
        min_magnification=mag,
        explanation=explanation,
    )


def _emblem_paths(st: State, cx: float, cy: float, r: float) -> tuple[list, list]:
    """The state emblem at (cx, cy), radius r mm: (filled subpaths, outline subpaths)."""
    filled, outlined = [], []
    for stroke in st.emblem:
        pts = tuple((round(cx + x * r, 3), round(cy + y * r, 3)) for x, y in stroke.points)
        if stroke.closed:
            pts = (*pts, pts[0])
        (filled if stroke.filled else outlined).append(pts)
    return filled, outlined


def mrz_data(st: State, h: Holder, doc_type: DocumentType) -> mrz.MrzData:
    return mrz.MrzData(
        document_type=doc_type,
        document_code={DocumentType.TD3: "P", DocumentType.MRVA: "V"}.get(doc_type, "ID"),
        issuing_state=st.code,
        primary_identifier=h.latin_surname(),
        secondary_identifier=h.latin_given_names(),
        document_number=h.document_number,
        nationality=h.nationality,
        birth_date=h.date_of_birth,
        sex=mrz.Sex(h.sex),
        expiry_date=h.date_of_expiry,
    )


def name_as_printed(st: State, native: str, latin: str) -> str:
    """Names in a non-Latin script are printed with their Latin transliteration."""
    return native if st.name_script == "latin" else f"{native} / {latin}"


# --- layout ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    width: float
    height: float
    photo: Rect
    ghost: Rect
    data_x: float
    rows: tuple[float, ...]
    label_mm: float
    value_mm: float
    signature: Rect | None
    header_y: float
    watermark: tuple[float, float, float] | None
    uv_motif: tuple[float, float, float]
    ovd: tuple[float, float, float]
    rosette: tuple[float, float, float]
    perforation: tuple[float, float, float] | None
    mrz_baselines: tuple[float, ...]
    micro_lines: tuple[tuple[tuple[float, float], tuple[float, float]], ...]
    #: The serial number printed by letterpress numbering (x, baseline y, height mm), on
    #: stickers only: a paper label is numbered before personalisation, not perforated.
    sticker_number: tuple[float, float, float] | None = None


TD3_LAYOUT: Final = _Layout(
    width=125.0,
    height=88.0,
    photo=Rect(5.0, 14.0, 32.0, 41.14),
    ghost=Rect(104.0, 36.5, 16.0, 20.57),
    data_x=41.0,
    rows=(15.0, 21.5, 28.0, 34.5, 41.0, 47.5, 54.0),
    label_mm=1.25,
    value_mm=2.6,
    signature=Rect(5.0, 56.5, 32.0, 7.5),
    header_y=4.0,
    watermark=(112.0, 22.0, 8.0),
    uv_motif=(72.0, 36.0, 20.0),
    ovd=(34.5, 50.5, 5.5),
    rosette=(76.0, 38.0, 24.0),
    # Vertical baseline on the right edge would need rotated holes; Doc 9303 allows any
    # place outside the MRZ and photo, so the number runs under the header.
    perforation=(62.0, 63.2, 3.0),
    # Doc 9303 part 4: line centres 17.0 and 8.5 mm above the bottom edge; the baseline is
    # half a capital below the centre line.
    mrz_baselines=(88.0 - 17.0 + 1.12, 88.0 - 8.5 + 1.12),
    micro_lines=(((41.0, 12.2), (122.0, 12.2)), ((3.0, 66.0), (122.0, 66.0))),
)

TD1_LAYOUT: Final = _Layout(
    width=85.60,
    height=53.98,
    photo=Rect(3.5, 11.0, 23.0, 29.57),
    ghost=Rect(74.0, 41.0, 9.0, 11.57),
    data_x=29.5,
    rows=(11.0, 16.5, 22.0, 27.5, 33.0, 38.5),
    label_mm=1.05,
    value_mm=2.1,
    signature=Rect(3.5, 42.5, 23.0, 7.0),
    header_y=3.0,
    watermark=None,
    uv_motif=(56.0, 28.0, 14.0),
    ovd=(76.5, 17.5, 5.0),
    rosette=(56.0, 28.0, 16.0),
    perforation=(29.5, 51.2, 2.9),
    mrz_baselines=(),
    micro_lines=(((29.5, 9.0), (83.0, 9.0)), ((3.0, 51.8), (27.0, 51.8))),
)


TD2_LAYOUT: Final = _Layout(
    width=105.0,
    height=74.0,
    photo=Rect(4.5, 12.0, 27.0, 34.71),
    ghost=Rect(90.0, 33.0, 11.0, 14.14),
    data_x=35.0,
    rows=(12.0, 18.0, 24.0, 30.0, 36.0, 42.0),
    label_mm=1.1,
    value_mm=2.3,
    signature=Rect(4.5, 47.3, 27.0, 5.5),
    header_y=3.2,
    watermark=None,
    uv_motif=(68.0, 30.0, 16.0),
    ovd=(29.5, 43.5, 4.5),
    rosette=(68.0, 30.0, 18.0),
    perforation=(35.0, 51.0, 2.9),
    # Doc 9303 part 5: as on TD3, line centres 17.0 and 8.5 mm above the bottom edge.
    mrz_baselines=(74.0 - 17.0 + 1.12, 74.0 - 8.5 + 1.12),
    micro_lines=(((35.0, 10.0), (102.0, 10.0)), ((3.0, 54.0), (102.0, 54.0))),
)

#: MRV-A visa sticker (Doc 9303 part 7): 120 x 80 mm paper label, no holder signature; the
#: MRZ lines sit where the TD3's do (centres 17.0 and 8.5 mm above the bottom edge). The
#: sticker's security paper has a watermark (in the free corner under the ghost image) and
#: the sticker number is letterpress-numbered in red under the photo, where a passport has
#: the signature.
MRVA_LAYOUT: Final = _Layout(
    width=120.0,
    height=80.0,
    photo=Rect(4.5, 13.0, 28.0, 36.0),
    ghost=Rect(101.0, 28.0, 14.0, 18.0),
    data_x=37.0,
    rows=(13.0, 19.5, 26.0, 32.5, 39.0, 45.5, 52.0),
    label_mm=1.15,
    value_mm=2.4,
    signature=None,
    header_y=3.5,
    watermark=(108.5, 52.5, 5.2),
    uv_motif=(70.0, 32.0, 18.0),
    ovd=(30.0, 46.0, 5.0),
    rosette=(70.0, 32.0, 22.0),
    perforation=None,
    mrz_baselines=(80.0 - 17.0 + 1.12, 80.0 - 8.5 + 1.12),
    micro_lines=(((37.0, 11.0), (117.0, 11.0)), ((3.0, 57.5), (117.0, 57.5))),
    sticker_number=(4.5, 55.0, 2.6),
)

LAYOUTS: Final = {
    DocumentType.MRVA: MRVA_LAYOUT,
    DocumentType.TD3: TD3_LAYOUT,
    DocumentType.TD2: TD2_LAYOUT,
    DocumentType.TD1: TD1_LAYOUT,
}


def _fields(st: State, h: Holder, doc_type: DocumentType) -> list[list[tuple[str, str, float]]]:
    """Visual-zone rows: each a list of (field key, printed value, x offset from data_x)."""
    if doc_type is DocumentType.MRVA:
        assert h.visa is not None
        v = h.visa
        return [
            [
                ("visa_type", v.visa_type, 0.0),
                ("visa_number", h.document_number, 22.0),
                ("entries", v.entries, 50.0),
            ],
            [
                ("valid_from", format_date(v.valid_from, st), 0.0),
                ("valid_until", format_date(h.date_of_expiry, st), 30.0),
                ("duration", v.duration, 60.0),
            ],
            [("surname", h.latin_surname(), 0.0)],
            [("given_names", h.latin_given_names(), 0.0)],
            [
                ("date_of_birth", format_date(h.date_of_birth, st), 0.0),
                ("sex", h.sex, 30.0),
                ("nationality", h.nationality, 42.0),
            ],
            [
                ("passport_number", v.passport_number, 0.0),
                ("date_of_issue", format_date(h.date_of_issue, st), 30.0),
            ],
            [("remarks", v.remarks, 0.0)],
        ]
    td3 = doc_type is DocumentType.TD3
    surname = name_as_printed(st, h.surname, h.latin_surname())
    given = name_as_printed(st, h.given_names, h.latin_given_names())
    rows = [
        [
            ("type", "P" if td3 else "ID", 0.0),
            ("code", st.code, 14.0),
            ("document_number" if td3 else "card_number", h.document_number, 34.0 if td3 else 24.0),
        ],
        [("surname", surname, 0.0)],
        [("given_names", given, 0.0)],
        [("nationality", f"{st.name_english.split()[-1]}", 0.0)]
        if td3
        else [("nationality", st.code, 0.0), ("sex", h.sex, 24.0)],
        [("date_of_birth", format_date(h.date_of_birth, st), 0.0)]
        + ([("sex", h.sex, 38.0)] if td3 else [])
        + [("place_of_birth", h.place_of_birth, 50.0 if td3 else 30.0)],
        [
            ("date_of_issue", format_date(h.date_of_issue, st), 0.0),
            ("authority", h.authority, 38.0 if td3 else 30.0),
        ],
    ]
    if td3:
        rows.append([("date_of_expiry", format_date(h.date_of_expiry, st), 0.0)])
    else:
        rows[-1] = [
            ("date_of_expiry", format_date(h.date_of_expiry, st), 0.0),
            ("date_of_issue", format_date(h.date_of_issue, st), 30.0),
        ]
    return rows


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
    shows no portrait, so it has no traveller)."""
    from docinspect.synth.states import STATES

    if doc_type == TD1_BACK:
        from docinspect.synth.card_back import build_card_back

        return build_card_back(seed, state_code=state_code)
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
        age=_years(holder.date_of_birth, holder.date_of_issue),
    )
    lay = LAYOUTS[doc_type]
    pal = st.palette
    g = st.guilloche
    items: list[SceneItem] = []
    regions: list[Region] = []
    feature_items: dict[str, list[str]] = {}
    W, H = lay.width, lay.height
    page = Rect(0.0, 0.0, W, H)

    def add(item: SceneItem, feature: str | None = None) -> SceneItem:
        items.append(item)
        if feature:
            feature_items.setdefault(feature, []).append(item.id)
        return item

    substrate = Substrate(
        colour=pal.paper,
        uv_colour=None,
        ir_reflectance=0.86,
        transmittance=0.5 if doc_type in (DocumentType.TD3, DocumentType.MRVA) else 0.2,
        grain=0.45,
        seed=rng.randrange(2**31),
    )
    regions.append(
        _region(
            "f-substrate",
            page,
            "uv_dull_substrate",
            {Light.UV365},
            1.0,
            "Security paper has no optical brighteners: under UV 365 the page stays dull and dark, "
            "so the fibres and the UV motif stand out.",
        )
    )

    # Watermark (TD3 page, visa sticker paper): a lighter emblem and darker surround seen
    # against the light.
    if lay.watermark is not None:
        wx, wy, wr = lay.watermark
        filled, outlined = _emblem_paths(st, wx, wy, wr)
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
            _region(
                "f-watermark",
                Ellipse(wx, wy, wr * 1.25, wr * 1.25),
                "watermark",
                {Light.TRANSMITTED},
                1.0,
                "A multi-tone watermark of the state emblem is formed in the paper itself: invisible in "
                "reflected light, it shows light and dark tones against back light.",
            )
        )

    # Background: split-duct rainbow wave lines over the whole page, continuous fine lines.
    add(
        RainbowBand(
            id="rainbow",
            material=_ink(pal.guilloche[0], ir=0.0, alpha=0.9),
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
        _region(
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
        _region(
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
        _region(
            "f-ir-transparent",
            Rect(1.0, 1.0, W - 2, 9.0),
            "ir_transparent_ink",
            {Light.IR},
            1.0,
            "The background and heading inks are transparent in near IR: in the IR view only the "
            "personal data, the portrait and the MRZ remain.",
        )
    )

    # Fibres: visible coloured fibres and invisible ones that glow in two colours under UV.
    fibre_area = dict(x=2.0, y=2.0, width=W - 4, height=H - 4)
    add(
        Fibres(
            id="fibres-visible",
            material=_ink(pal.visible_fibres, ir=0.0, alpha=0.55),
            seed=rng.randrange(2**31),
            count=round(W * H / 450),
            length_mm=2.5,
            width_mm=0.05,
            curl=0.5,
            **fibre_area,
        ),
        "visible_fibres",
    )
    for fibres in state_uv_fibres(st, W, H, rng):
        add(fibres, "uv_fibres")
    regions.append(
        _region(
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
        _region(
            "f-visible-fibres",
            Rect(2.0, 2.0, W - 4, H - 4),
            "visible_fibres",
            {Light.WHITE},
            4.0,
            "Short coloured fibres are part of the paper: under the loupe they lie in it, not on it.",
        )
    )

    # UV motif: the state emblem in an invisible ink that fluoresces under UV.
    ux, uy, ur = lay.uv_motif
    for motif in state_uv_motif(st, ux, uy, ur):
        add(motif, "uv_ink")
    regions.append(
        _region(
            "f-uv-motif",
            Ellipse(ux, uy, ur, ur),
            "uv_ink",
            {Light.UV365},
            1.0,
            f"The emblem of {_title_case(st.name_english)} is printed in an invisible ink that glows "
            f"{_colour_name(pal.uv_motif)} under UV 365.",
        )
    )

    # Microprint lines: a line to the naked eye, legible text in the loupe.
    for k, (a, b) in enumerate(lay.micro_lines):
        add(
            Microprint(
                id=f"microprint-{k}",
                material=_ink(pal.heading, ir=0.0),
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
        _region(
            "f-microprint",
            Rect(a[0], a[1] - 0.45, b[0] - a[0], 0.7),
            "microprint",
            {Light.WHITE},
            8.0,
            f"What looks like a thin line is microprint: '{st.microprint_text}' repeated in letters "
            "0.2 mm high, sharp and legible at 8–10×.",
        )
    )

    # Header: state name and document title in intaglio (raised ink), emblem.
    if doc_type is DocumentType.MRVA:
        title, title_en = VISA_NATIVE[st.code]["title"], "VISA"
    else:
        title = st.passport_native if doc_type is DocumentType.TD3 else st.id_card_native
        title_en = "PASSPORT" if doc_type is DocumentType.TD3 else "IDENTITY CARD"
    head_x = lay.data_x
    intaglio = _ink(pal.heading, ir=0.0, relief=30.0, process=PrintProcess.INTAGLIO, density=0.35)
    if st.header_style == "band":
        add(
            Path(
                id="header-band",
                material=_ink(pal.guilloche[0], ir=0.0, alpha=0.35),
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
                material=_ink(pal.heading, ir=0.0),
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
                material=_ink(pal.heading, ir=0.0),
                text=sub,
                x=W - 4.0,
                y=lay.header_y + hs * 2.1,
                font=SANS,
                size_mm=hs * 0.55,
                anchor=Anchor.END,
            )
        )
    ex_r = {DocumentType.TD3: 3.2, DocumentType.MRVA: 3.0, DocumentType.TD2: 2.8}.get(doc_type, 2.4)
    filled, outlined = _emblem_paths(st, lay.photo.x + ex_r, lay.header_y + ex_r - 0.6, ex_r)
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
    regions.append(
        _region(
            "f-intaglio",
            Rect(head_x - 0.5, lay.header_y - 0.5, min(70.0, W - head_x - 2), hs * 2.6),
            "intaglio",
            {Light.OBLIQUE, Light.WHITE},
            1.0,
            "The state name and title are printed in intaglio: the ink stands raised on the paper, "
            "casting small shadows under raking (oblique) light, and can be felt with a fingertip.",
        )
    )
    # OVI: the state code changes colour with tilt.
    ovi_mat = dataclasses.replace(
        _ink(pal.ovd[0], ir=0.0),
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
    regions.append(
        _region(
            "f-ovi",
            Rect(W - 4.0 - hs * 2.6, lay.header_y - 0.3, hs * 2.6, hs * 1.3),
            "ovi",
            {Light.WHITE},
            1.0,
            "Optically variable ink: the state code shifts colour when the page is tilted.",
        )
    )

    # Visual zone labels and data.
    field_items: dict[str, str] = {}
    data_ink = _data_ink(st)
    label_ink = _ink(pal.label, ir=0.0)
    rows = _fields(st, holder, doc_type)
    data: dict[str, str] = {}
    for row_y, row in zip(lay.rows, rows, strict=False):
        for n, (key, value, dx) in enumerate(row):
            # Room up to the next field of the row, or to the page margin (the ghost image
            # column is left free on TD3).
            right = lay.data_x + row[n + 1][2] - 1.5 if n + 1 < len(row) else W - 3.0
            room = right - (lay.data_x + dx)
            size = min(lay.value_mm, room / (max(1, len(value)) * _WIDEST_EM))
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
                    material=data_ink,
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
    data_rect = Rect(
        lay.data_x - 0.5,
        lay.rows[0] - 1.2,
        min(62.0, W - lay.data_x - 1),
        lay.rows[-1] - lay.rows[0] + 4.5,
    )
    regions.append(
        _region(
            "f-personal-data",
            data_rect,
            "personal_data",
            {Light.WHITE, Light.IR},
            1.0,
            "Personal data printed in an IR-absorbing ink: it stays black in the IR view while the "
            "background disappears. It must agree with the MRZ.",
        )
    )
    regions.append(
        _region(
            "f-ir-absorbing",
            data_rect,
            "ir_absorbing_ink",
            {Light.IR},
            1.0,
            "The personalisation ink absorbs near IR: data and MRZ stay dark in the IR view.",
        )
    )

    # Portrait, UV overprint over it, OVD over its corner, ghost image.
    png = portrait.render_portrait(face)
    files = {PORTRAIT_FILE: png, GHOST_FILE: portrait.ghost_image(png)}
    ph = lay.photo
    add(
        Raster(
            id="portrait",
            material=Material(
                colour=(0, 0, 0),
                ir_absorption=0.75,
                density=0.3,
                process=PrintProcess.INKJET,
                dot_pitch_mm=0.042,
            ),
            file=PORTRAIT_FILE,
            x=ph.x,
            y=ph.y,
            width=ph.width,
            height=ph.height,
        ),
        "portrait",
    )
    regions.append(
        _region(
            "f-portrait",
            ph,
            "portrait",
            {Light.WHITE, Light.IR},
            1.0,
            "The holder's portrait, printed into the page (no glued photo, no cut edges). Compare the "
            "face, ears and feature positions with the ghost image and with the person.",
        )
    )
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
    regions.append(
        _region(
            "f-uv-overprint",
            Rect(ph.x - 1.5, ph.y + ph.height * 0.45, ph.width + 3.0, ph.height * 0.6),
            "uv_overprint",
            {Light.UV365},
            1.0,
            "Fluorescent wave lines run across the lower part of the portrait and onto the page "
            "without a break: a replaced photo interrupts them.",
        )
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
    filled, outlined = _emblem_paths(st, ox, oy, orad * 0.7)
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
    regions.append(
        _region(
            "f-dovid",
            Ellipse(ox, oy, orad, orad),
            "dovid",
            {Light.WHITE},
            1.0,
            "Diffractive optically variable device (DOVID) overlapping the portrait: when the page is "
            "tilted its colours travel and its image switches (the emblem head-on, the state code "
            "when tilted). A foil that only shimmers and never switches is an imitation.",
        )
    )
    gh = lay.ghost
    add(
        Raster(
            id="ghost",
            material=Material(colour=(0, 0, 0), ir_absorption=0.5, density=0.1),
            file=GHOST_FILE,
            x=gh.x,
            y=gh.y,
            width=gh.width,
            height=gh.height,
        ),
        "ghost_image",
    )
    regions.append(
        _region(
            "f-ghost",
            gh,
            "ghost_image",
            {Light.WHITE},
            1.0,
            "Ghost image: a second, pale greyscale portrait of the holder. It must show the same face "
            "as the main portrait.",
        )
    )

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
                material=_ink((25, 30, 70), ir=0.2),
                subpaths=subpaths,
                stroke_mm=round(0.22 * sig.pen, 3),
            ),
            "signature",
        )
        add(
            Text(
                id="label-signature",
                material=label_ink,
                text=label(st, "signature"),
                x=sr.x,
                y=sr.y - 0.3,
                font=SANS_NARROW,
                size_mm=lay.label_mm * 0.9,
            )
        )
        regions.append(
            _region(
                "f-signature",
                sr,
                "signature",
                {Light.WHITE},
                1.0,
                "The holder's signature, reproduced in the page with the personal data.",
            )
        )

    # Laser-perforated document number: holes through the page.
    if lay.perforation is not None:
        px, py, pht = lay.perforation
        # A laser burns a cone: the wider entry leaves a brownish scorched rim around each
        # hole (drawn first, a little wider), the narrow exit lets the light through.
        add(
            Perforation(
                id="perforation-rim",
                material=Material(
                    colour=(120, 82, 48),
                    alpha=0.7,
                    ir_absorption=0.3,
                    density=0.45,
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
        regions.append(
            _region(
                "f-perforation",
                Rect(px - 0.3, py - pht - 0.3, pw, pht + 0.6),
                "laser_perforation",
                {Light.TRANSMITTED, Light.WHITE},
                1.0,
                "The document number is laser-perforated through the page: tiny holes with burnt edges "
                "that shine in transmitted light and must match the printed number.",
            )
        )

    # Sticker number (visas): letterpress numbering in red, pressed into the paper.
    if lay.sticker_number is not None:
        nx, ny, nh = lay.sticker_number
        em = nh / _DEJAVU_CAP_EM
        numbering_red = (196, 28, 36)
        add(
            Text(
                id="sticker-number",
                material=_ink(numbering_red, ir=0.0, relief=-15.0, density=0.3),
                text=holder.document_number,
                x=nx,
                y=ny,
                font=SANS,
                size_mm=round(em, 3),
                weight=700,
            ),
            "letterpress_numbering",
        )
        width = len(holder.document_number) * _WIDEST_BOLD_EM * em
        regions.append(
            _region(
                "f-sticker-number",
                Rect(nx - 0.4, ny - nh - 0.5, width + 0.8, nh + 1.0),
                "letterpress_numbering",
                {Light.WHITE, Light.OBLIQUE},
                1.0,
                f"The sticker number is printed in {_colour_name(numbering_red)} by letterpress "
                "numbering before the sticker is personalised: the digits are pressed into the "
                "paper (an impression under raking light, a slight embossing on the back) and "
                "must be the visa number of the data and the MRZ.",
            )
        )

    # MRZ.
    lines = mrz.compose(mrz_data(st, holder, doc_type))
    if lay.mrz_baselines:
        x0 = (W - len(lines[0]) * MRZ_PITCH_MM) / 2
        mrz_ink = _ink((15, 15, 15), ir=1.0, density=0.3)
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
        regions.append(
            _region(
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
        )

    for key, value in (
        ("issuing_state", st.code),
        ("surname_latin", holder.latin_surname()),
        ("given_names_latin", holder.latin_given_names()),
        ("document_number", holder.document_number),
        ("date_of_birth_iso", holder.date_of_birth.isoformat()),
        ("date_of_expiry_iso", holder.date_of_expiry.isoformat()),
    ):
        data.setdefault(key, value)

    draft = Draft(
        doc_type=doc_type,
        state=st,
        holder=holder,
        face=face,
        width_mm=W,
        height_mm=H,
        substrate=substrate,
        items=items,
        regions=regions,
        data=data,
        mrz_lines=lines,
        files=files,
        field_items=field_items,
        feature_items=feature_items,
        explanation=f"A genuine {_title_case(st.name_english)} document: every security feature is present and consistent.",
    )
    if traveller:
        draft.set_traveller(draft.holder_in_person())
    return draft


def _years(start: dt.date, end: dt.date) -> float:
    """Years from ``start`` to ``end`` with their fraction (a portrait ages continuously)."""
    return round((end - start).days / 365.25, 2)


def _title_case(name: str) -> str:
    return " ".join(w.lower() if w in ("OF", "DE") else w.capitalize() for w in name.split())


def _colour_name(rgb) -> str:
    r, g, b = rgb
    hue = math.degrees(math.atan2(math.sqrt(3) * (g - b), 2 * r - g - b)) % 360
    names = (
        (20, "red"),
        (45, "orange"),
        (70, "yellow"),
        (160, "green"),
        (200, "cyan"),
        (260, "blue"),
        (300, "violet"),
        (340, "pink"),
        (360, "red"),
    )
    return next(n for limit, n in names if hue <= limit)


def region_bounds(draft: Draft) -> list[tuple[str, Bounds]]:
    """Each region's id and bounds, for checks that regions lie on the page."""
    return [(r.id, r.shape.bounds()) for r in draft.regions]


def state_rosette(st: State, cx: float, cy: float, r: float) -> Rosette:
    """The state's guilloche rosette (its lobes, rings and ratio) centred at (cx, cy)."""
    g = st.guilloche
    return Rosette(
        id="rosette",
        material=_ink(st.palette.guilloche[1], ir=0.0, alpha=0.7),
        cx=cx,
        cy=cy,
        r_inner=r * (0.3 + g.rosette_offset * 0.2),
        r_outer=r,
        petals=g.rosette_lobes // 2,
        lines=g.rosette_rings * 3,
        waves=g.rosette_lobes + 3,
        wave_amp_mm=r * g.rosette_ratio * 0.08,
        stroke_mm=g.line_width_mm,
        samples=1440,
    )


def state_border(
    st: State, width: float, height: float, *, depth_mm: float, lines: int, amplitude_mm: float
) -> Border:
    """The state's guilloche border 1 mm inside a page or card of ``width`` × ``height`` mm."""
    g = st.guilloche
    return Border(
        id="border",
        material=_ink(st.palette.guilloche[1], ir=0.0),
        x=1.0,
        y=1.0,
        width=width - 2,
        height=height - 2,
        depth_mm=depth_mm,
        lines=lines,
        amplitude_mm=amplitude_mm,
        wavelength_mm=10.0 / g.border_loops_per_10mm,
        phase_step_deg=25.0,
        corner_radius_mm=3.0,
        stroke_mm=g.line_width_mm,
    )


def state_uv_fibres(st: State, width: float, height: float, rng: random.Random) -> list[Fibres]:
    """Invisible fibres in the state's two UV colours, over a page or card 2 mm inside its edge
    (one seed drawn from ``rng`` per colour, in order)."""
    return [
        Fibres(
            id=f"fibres-uv-{k}",
            material=Material(
                colour=st.palette.paper,
                alpha=0.0,
                uv_colour=colour,
                uv_strength=1.4,
                ir_absorption=0.0,
                density=0.0,
            ),
            seed=rng.randrange(2**31),
            count=round(width * height / 120),
            length_mm=3.0,
            width_mm=0.06,
            curl=0.45,
            x=2.0,
            y=2.0,
            width=width - 4,
            height=height - 4,
        )
        for k, colour in enumerate(st.palette.uv_fibres)
    ]


def state_uv_motif(st: State, cx: float, cy: float, r: float) -> list[Path]:
    """The state emblem in an ink invisible in daylight that fluoresces under UV: the filled
    shapes and the outlines (lines 5 % of the radius wide)."""
    filled, outlined = _emblem_paths(st, cx, cy, r)
    uv = Material(
        colour=st.palette.paper,
        alpha=0.0,
        uv_colour=st.palette.uv_motif,
        uv_strength=1.2,
        ir_absorption=0.0,
        density=0.0,
    )
    return [
        Path(
            id="uv-motif",
            material=uv,
            subpaths=tuple(filled),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        ),
        Path(id="uv-motif-lines", material=uv, subpaths=tuple(outlined), stroke_mm=0.05 * r),
    ]
