"""The back of a TD1 identity card, with the card's three-line MRZ.

Doc 9303 (part 5) puts a TD1 card's machine readable zone on the back; a specimen is one
document side, so the back is its own specimen, built from the same seed as the front
(:func:`build_card_back` draws the holder exactly as the front does, so both sides carry the
same person and card number). The back is laid out in the state's design language (palette,
guilloche, emblem) and carries what a real card back typically does, in a fictional form:
the address, height and colour of eyes, the date of issue and the issuing authority, the card
number repeated, a changeable laser image (CLI), a microprint line and the MRZ.
"""

from __future__ import annotations

import hashlib
import random
from typing import Final

import numpy as np

from docinspect import mrz
from docinspect.model import DocumentType, Ellipse, Light, Rect, Region
from docinspect.model.scene import (
    Anchor,
    Microprint,
    Path,
    SceneItem,
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
    SERIF,
    WIDEST_EM,
    colour_name,
    emblem_paths,
    feature_region,
    ink,
    mrz_data,
    rainbow_band,
    state_border,
    state_rosette,
    state_uv_fibres,
    state_uv_motif,
)
from docinspect.synth.draft import Draft, title_case
from docinspect.synth.people import format_date, make_holder
from docinspect.synth.production import card
from docinspect.synth.states import State, label

W: Final = 85.60
H: Final = 53.98
#: Centres of the three MRZ lines above the bottom edge. The zone fills the bottom of the back
#: (Doc 9303 part 5 reserves the lower part of the TD1 back for it); lines are 5.7 mm apart,
#: OCR-B at 10 characters per inch, centred across the card (4.7 mm margins).
MRZ_CENTRES_MM: Final = (16.2, 10.5, 4.8)
MRZ_BASELINES: Final = tuple(round(H - c + 1.12, 3) for c in MRZ_CENTRES_MM)

#: Street names in each state's language (invented, generic).
_STREETS: Final = {
    "UTO": ("RUE DES TILLEULS", "AVENUE DU PORT", "RUE HAUTE", "CHEMIN DES VIGNES", "QUAI NEUF"),
    "KDV": ("УЛ. ЛИПОВА", "БУЛ. СВОБОДА", "УЛ. ЯСЕН", "УЛ. ГОРСКА", "УЛ. РЕЧНА"),
    "NRV": ("RUA DAS FLORES", "AVENIDA DO MAR", "TRAVESSA DO SOL", "RUA NOVA", "LARGO DA FONTE"),
}
_EYES: Final = {
    "UTO": ("BRUNS", "BLEUS", "VERTS", "GRIS", "NOISETTE"),
    "KDV": ("КАФЯВИ", "СИНИ", "ЗЕЛЕНИ", "СИВИ", "ЛЕШНИКОВИ"),
    "NRV": ("CASTANHOS", "AZUIS", "VERDES", "CINZENTOS", "MEL"),
}


def build_card_back(seed: int, *, state_code: str | None = None) -> Draft:
    """The back of the TD1 card that ``build_document(seed, doc_type="td1")`` is the front of."""
    from docinspect.synth.states import STATES

    # The same draws as the front, in the same order: state, then holder.
    rng = random.Random(seed)
    st = STATES[state_code] if state_code else STATES[sorted(STATES)[rng.randrange(len(STATES))]]
    holder = make_holder(rng, st, id_card=True)
    face = portrait.random_face(np.random.default_rng(holder.face_seed), sex=holder.sex)
    # Everything only the back has comes from its own stream, so the front stays as it was.
    brng = random.Random(f"docinspect-card-back:{seed}")
    pal = st.palette
    items: list[SceneItem] = []
    regions: list[Region] = []
    feature_items: dict[str, list[str]] = {}

    def add(item: SceneItem, feature: str | None = None) -> None:
        items.append(item)
        if feature:
            feature_items.setdefault(feature, []).append(item.id)

    substrate = card.polycarbonate(pal.paper, brng.randrange(2**31))
    regions.append(
        feature_region(
            "f-substrate",
            Rect(0.0, 0.0, W, H),
            "uv_dull_substrate",
            {Light.UV365, Light.TRANSMITTED},
            1.0,
            "The card body is polycarbonate: dull under UV 365 (only the UV motif glows), with "
            "no fibres, and nearly opaque against the light, without the cloudy look of paper.",
        )
    )
    _background(st, add, regions, brng)
    _uv_features(st, add, regions, brng)

    # Header: state name and title in plain offset print (the relief is on the front).
    heading = ink(pal.heading, ir=0.0)
    filled, outlined = emblem_paths(st, 6.0, 6.0, 2.6)
    add(
        Path(
            id="emblem",
            material=heading,
            subpaths=tuple(filled),
            closed=True,
            filled=True,
            stroke_mm=0.0,
        )
    )
    add(Path(id="emblem-lines", material=heading, subpaths=tuple(outlined), stroke_mm=0.12))
    add(
        Text(
            id="state-name",
            material=heading,
            text=st.name_native,
            x=10.0,
            y=5.6,
            font=SERIF,
            size_mm=1.9,
            weight=700,
        )
    )
    title = f"{st.id_card_native} / IDENTITY CARD"
    add(Text(id="title", material=heading, text=title, x=10.0, y=8.4, font=SANS, size_mm=1.35))
    regions.append(
        feature_region(
            "f-ir-transparent",
            Rect(1.0, 1.0, W - 2, 9.0),
            "ir_transparent_ink",
            {Light.IR},
            1.0,
            "The background and heading inks are transparent in near IR: in the IR view of the "
            "back only the personal data and the MRZ remain.",
        )
    )

    # Personal data, laser-engraved into the polycarbonate (dark, IR-absorbing, tactile).
    engraved = card.laser_ink()
    label_ink = ink(pal.label, ir=0.0)
    streets = _STREETS[st.code]
    address = (
        f"{streets[brng.randrange(len(streets))]} {brng.randint(1, 140)}, "
        f"{brng.randint(1000, 9899)} {st.places[brng.randrange(len(st.places))]}"
    )
    height_cm = round(brng.gauss(178 if holder.sex == "M" else 165, 7))
    if holder.age_at_issue < 14:
        height_cm = 100 + 5 * holder.age_at_issue + brng.randint(-5, 5)
    eyes = _EYES[st.code][brng.randrange(len(_EYES[st.code]))]
    rows = [
        (12.5, [("address", address, 0.0)]),
        (18.5, [("height", f"{height_cm} cm", 0.0), ("eyes", eyes, 16.0)]),
        (
            24.5,
            [
                ("date_of_issue", format_date(holder.date_of_issue, st), 0.0),
                ("authority", holder.authority, 22.0),
            ],
        ),
    ]
    data_x, right_edge, value_mm = 4.0, 58.0, 1.9
    data: dict[str, str] = {}
    field_items: dict[str, str] = {}
    for row_y, row in rows:
        for n, (key, value, dx) in enumerate(row):
            right = data_x + row[n + 1][2] - 1.2 if n + 1 < len(row) else right_edge
            size = min(value_mm, (right - data_x - dx) / (max(1, len(value)) * WIDEST_EM))
            add(
                Text(
                    id=f"label-{key}",
                    material=label_ink,
                    text=label(st, key),
                    x=data_x + dx,
                    y=row_y,
                    font=SANS_NARROW,
                    size_mm=0.95,
                )
            )
            add(
                Text(
                    id=f"data-{key}",
                    material=engraved,
                    text=value,
                    x=data_x + dx,
                    y=round(row_y + value_mm * 1.1, 3),
                    font=SANS,
                    size_mm=round(size, 3),
                ),
                "personal_data",
            )
            field_items[key] = f"data-{key}"
            data[key] = value
    # The card number again, top right, where a checker compares it with the MRZ.
    add(
        Text(
            id="data-card_number",
            material=engraved,
            text=holder.document_number,
            x=W - 4.0,
            y=8.2,
            font=SANS,
            size_mm=2.1,
            weight=700,
            anchor=Anchor.END,
        ),
        "personal_data",
    )
    field_items["card_number"] = "data-card_number"
    data["card_number"] = holder.document_number
    data_rect = Rect(data_x - 0.5, 11.0, right_edge - data_x + 1.0, 16.5)
    regions.append(
        feature_region(
            "f-personal-data",
            data_rect,
            "personal_data",
            {Light.WHITE, Light.IR},
            1.0,
            "Address, height, colour of eyes, date of issue and authority, laser-engraved into the "
            "card: dark in IR. The card number top right must be the one in the MRZ and on the "
            "front.",
        )
    )
    regions.append(
        feature_region(
            "f-laser-engraving",
            Rect(data_x - 0.5, 11.0, right_edge - data_x + 1.0, 16.5),
            "laser_engraving",
            {Light.WHITE, Light.OBLIQUE},
            4.0,
            "The data are burnt into the polycarbonate by a laser, not printed on it: under raking "
            "light the characters are slightly sunken, and in the loupe they are grey-black inside "
            "the card with no ink on the surface.",
        )
    )
    _cli(st, holder, add, regions)
    _microprint(st, add, regions)
    lines = mrz.compose(mrz_data(st, holder, DocumentType.TD1))
    _mrz(lines, add, regions)
    _barcode(lines, add, regions)
    regions.append(
        feature_region(
            "f-ir-absorbing",
            Rect(data_x - 0.5, 11.0, W - data_x - 3.0, H - 13.0),
            "ir_absorbing_ink",
            {Light.IR},
            1.0,
            "Personal data and MRZ absorb near IR: they stay black in the IR view while the "
            "background disappears.",
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
    return Draft(
        doc_type=DocumentType.TD1,
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
        files={},
        field_items=field_items,
        feature_items=feature_items,
        explanation=(
            f"The genuine back of a {title_case(st.name_english)} identity card: every security "
            "feature is present, and the MRZ agrees with the card number and the front."
        ),
        side="back",
        card_seed=seed,
    )


def _background(st: State, add, regions: list[Region], rng: random.Random) -> None:
    add(rainbow_band(st, W, H, back=True), "rainbow_printing")
    regions.append(
        feature_region(
            "f-rainbow",
            Rect(4.0, 10.0, 54.0, 20.0),
            "rainbow_printing",
            {Light.WHITE},
            4.0,
            "Split-duct (rainbow) printing: the background lines change colour smoothly across "
            "the back without any dots or steps, even under the loupe.",
        )
    )
    rx, ry, rr = 68.0, 19.0, 13.0
    add(state_rosette(st, rx, ry, rr), "guilloche")
    add(state_border(st, W, H, depth_mm=1.2, lines=5, amplitude_mm=0.3), "guilloche")
    regions.append(
        feature_region(
            "f-guilloche",
            Ellipse(rx, ry, rr, rr),
            "guilloche",
            {Light.WHITE, Light.IR},
            6.0,
            "Guilloche rosette of interlaced continuous fine lines: unbroken and sharp under the "
            "loupe, and gone in IR (IR-transparent inks).",
        )
    )


def _uv_features(st: State, add, regions: list[Region], rng: random.Random) -> None:
    pal = st.palette
    # Polycarbonate has no fibres; their draws are made all the same, so everything drawn
    # after them stays where it was.
    state_uv_fibres(st, W, H, rng)
    # UV motif: the emblem again, larger, in the free space right of the data.
    ux, uy, ur = 68.0, 19.0, 10.0
    for motif in state_uv_motif(st, ux, uy, ur):  # lines 0.5 mm wide at this radius
        add(motif, "uv_ink")
    regions.append(
        feature_region(
            "f-uv-motif",
            Ellipse(ux, uy, ur, ur),
            "uv_ink",
            {Light.UV365},
            1.0,
            f"The emblem of {title_case(st.name_english)} is printed in an invisible ink that "
            f"glows {colour_name(pal.uv_motif)} under UV 365.",
        )
    )


def _cli(st: State, holder, add, regions: list[Region]) -> None:
    """A changeable laser image: two pictures engraved through a lens structure, each seen
    from one side of the tilt range."""
    x, y, w, h = 61.5, 26.0, 20.0, 6.0
    add(
        Path(
            id="cli-frame",
            material=ink(st.palette.heading, ir=0.0, alpha=0.6),
            subpaths=(((x, y), (x + w, y), (x + w, y + h), (x, y + h)),),
            closed=True,
            stroke_mm=0.12,
        )
    )
    for k, text in enumerate(
        (holder.date_of_expiry.strftime("%d.%m.%y"), f"{st.code} {holder.document_number[-4:]}")
    ):
        add(
            Text(
                id=f"cli-{k}",
                material=card.cli_material(first=k == 0),
                text=text,
                x=x + w / 2,
                y=y + h / 2 + 1.0,
                font=SANS,
                size_mm=2.6,
                weight=700,
                anchor=Anchor.MIDDLE,
            ),
            "mli_cli",
        )
    add(card.lens_structure("cli-lenses", Rect(x, y, w, h)), "mli_cli")
    regions.append(
        feature_region(
            "f-cli",
            Rect(x, y, w, h),
            "mli_cli",
            # Engraved (carbon): dark in IR, and it hides the UV motif's glow beneath it.
            {Light.WHITE, Light.OBLIQUE, Light.IR, Light.UV365},
            1.0,
            "Changeable laser image: under a ruling of fine lenses (ridges under raking light) "
            "the window shows the date of expiry head-on and tilted one way, and the state code "
            "and the end of the card number tilted the other way. Both must agree with the "
            "data; a printed imitation shows the same picture at every tilt.",
        )
    )


def _microprint(st: State, add, regions: list[Region]) -> None:
    a, b = (4.0, 34.0), (W - 4.0, 34.0)
    add(
        Microprint(
            id="microprint-0",
            material=ink(st.palette.heading, ir=0.0),
            text=f"{st.microprint_text} {st.code} ",
            points=(a, b),
            glyph_height_mm=0.2,
            font=SANS,
            weight=700,
        ),
        "microprint",
    )
    regions.append(
        feature_region(
            "f-microprint",
            Rect(a[0], a[1] - 0.45, b[0] - a[0], 0.7),
            "microprint",
            {Light.WHITE},
            8.0,
            f"The thin line above the MRZ is microprint: '{st.microprint_text}' repeated in letters "
            "0.2 mm high, sharp and legible at 8–10×.",
        )
    )


def _mrz(lines: tuple[str, ...], add, regions: list[Region]) -> None:
    x0 = round((W - len(lines[0]) * MRZ_PITCH_MM) / 2, 3)
    mrz_ink = card.laser_ink()
    for k, (line, base) in enumerate(zip(lines, MRZ_BASELINES, strict=True)):
        add(
            Text(
                id=f"mrz-{k}",
                material=mrz_ink,
                text=line,
                x=x0,
                y=base,
                font=OCRB,
                size_mm=MRZ_EM_MM,
                letter_spacing_mm=round(MRZ_LETTER_SPACING_MM, 4),
            ),
            "mrz",
        )
    top = MRZ_BASELINES[0] - 3.2
    regions.append(
        feature_region(
            "f-mrz",
            Rect(x0 - 0.5, top, len(lines[0]) * MRZ_PITCH_MM + 1.0, MRZ_BASELINES[-1] - top + 1.0),
            "mrz",
            {Light.WHITE, Light.IR},
            1.0,
            "Three lines of 30 OCR-B characters, IR-absorbing (black in IR). The card number, "
            "dates and names must agree with the card's back and front, and every check digit "
            "must be right.",
        )
    )


#: The 2D barcode: modules per side, module size (mm) and top-left corner on the back.
BARCODE_MODULES: Final = 20
BARCODE_MODULE_MM: Final = 0.6
BARCODE_AT: Final = (68.5, 10.4)


def barcode_modules(payload: str) -> list[list[bool]]:
    """A Data-Matrix-like square of modules for ``payload``: a solid L finder on the left
    and bottom, an alternating clock track on the top and right, and the payload's bits
    (from its SHA-256, repeated) inside. It stands for a real 2D code: the app reads no
    barcode, an examiner's reader at the desk would."""
    n = BARCODE_MODULES
    digest = b"".join(
        hashlib.sha256(f"{payload}:{k}".encode()).digest() for k in range(n * n // 256 + 1)
    )
    bits = [(digest[i // 8] >> (i % 8)) & 1 == 1 for i in range(n * n)]
    grid = [[bits[r * n + c] for c in range(n)] for r in range(n)]
    for i in range(n):
        grid[i][0] = True  # finder: left column
        grid[n - 1][i] = True  # finder: bottom row
        grid[0][i] = i % 2 == 0  # clock track: top row
        grid[i][n - 1] = i % 2 == 1 or i == n - 1  # clock track: right column
    return grid


def _barcode(lines: tuple[str, ...], add, regions: list[Region]) -> None:
    grid = barcode_modules("".join(lines))
    x0, y0 = BARCODE_AT
    m = BARCODE_MODULE_MM
    squares = []
    for r, row in enumerate(grid):
        c = 0
        while c < len(row):  # runs of dark modules as one rectangle each
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            x, y, w = x0 + start * m, y0 + r * m, (c - start) * m
            squares.append(
                tuple(
                    (round(px, 3), round(py, 3))
                    for px, py in ((x, y), (x + w, y), (x + w, y + m), (x, y + m))
                )
            )
    add(
        Path(
            id="barcode",
            # Carbon black, like the MRZ: readers see it in near IR. Printed on the card's
            # opaque core, it adds nothing against the light.
            material=ink((20, 20, 20), ir=1.0, density=0.0),
            subpaths=tuple(squares),
            closed=True,
            filled=True,
            stroke_mm=0.0,
            even_odd=False,
        ),
        "barcode",
    )
    side = BARCODE_MODULES * m
    regions.append(
        feature_region(
            "f-barcode",
            Rect(x0 - 0.5, y0 - 0.5, side + 1.0, side + 1.0),
            "barcode",
            {Light.WHITE, Light.IR, Light.UV365},
            1.0,
            "A 2D barcode holding the card's data in carbon ink: black in white light, in IR and "
            "under UV (it does not fluoresce). "
            "A reader at the desk decodes it; its content must agree with the MRZ and the card.",
        )
    )
