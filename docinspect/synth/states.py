"""Fictional issuing states and their design languages.

DocInspect generates documents of fictional states only (DESIGN.md §3): ICAO's specimen state
Utopia (``UTO``) and invented states whose three-letter codes are assigned to no real state,
not reserved by ISO 3166-1 and not used by ICAO for anything else
(``tests/test_synth_states.py`` proves it against an embedded list). Every design element here
— palette, guilloche parameters, emblem, wording — is original and imitates no real document.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

RGB = tuple[int, int, int]
Point = tuple[float, float]

#: What a document's page is made of (``State.passport_page``, :func:`document_body`).
PAPER: Final = "paper"
POLYCARBONATE: Final = "polycarbonate"
#: Generator types always made of polycarbonate (ID cards), and those whose body is the
#: state's passport data page.
_CARD_KINDS: Final = frozenset({"td1", "td2", "td1-back"})
_PASSPORT_KINDS: Final = frozenset({"td3", "td3-booklet"})


@dataclass(frozen=True, slots=True)
class EmblemStroke:
    """One element of a state emblem, in unit coordinates: x, y in [-1, 1], y down."""

    points: tuple[Point, ...]
    closed: bool = True
    #: Filled shape (True) or an outline of ``width`` (in emblem units).
    filled: bool = False
    width: float = 0.06


@dataclass(frozen=True, slots=True)
class Guilloche:
    """Parameters of a state's background guilloche (continuous fine lines, never dots)."""

    #: Rosette: hypotrochoid lobes, the ratio of the rolling circle and the pen offset.
    rosette_lobes: int
    rosette_ratio: float
    rosette_offset: float
    #: Concentric rosette rings drawn, each a continuous curve.
    rosette_rings: int
    #: Background waves: number of lines, wavelength and amplitude in millimetres.
    wave_lines: int
    wave_length_mm: float
    wave_amplitude_mm: float
    #: Border: a looped band along the page edge, loops per 10 mm.
    border_loops_per_10mm: float
    #: Line width of the background inks in millimetres (real guilloche: 0.04–0.08 mm).
    line_width_mm: float


@dataclass(frozen=True, slots=True)
class Palette:
    #: Background (guilloche) inks, light and IR-transparent on a genuine document.
    guilloche: tuple[RGB, RGB]
    #: Split-duct rainbow printing: the colours the band blends through, left to right.
    rainbow: tuple[RGB, ...]
    #: Headline and label ink.
    heading: RGB
    label: RGB
    #: Personalisation (data) ink: black or near black, IR-absorbing.
    data: RGB
    #: Substrate colour under white light.
    paper: RGB
    #: UV emission colours: the emblem motif and the two fibre colours.
    uv_motif: RGB
    uv_fibres: tuple[RGB, RGB]
    #: Visible fibres (printed into the paper, seen in white light).
    visible_fibres: RGB
    #: Optically variable device: colours at tilt -45°, 0° and +45°.
    ovd: tuple[RGB, RGB, RGB]


@dataclass(frozen=True, slots=True)
class State:
    code: str
    #: Name as printed in the header, in the state's language(s) and English.
    name_native: str
    name_english: str
    #: Document titles, native and English.
    passport_native: str
    id_card_native: str
    palette: Palette
    guilloche: Guilloche
    emblem: tuple[EmblemStroke, ...]
    #: Field labels: field -> native wording; printed as "native / English".
    labels: Mapping[str, str]
    #: Script of names in the visual zone besides Latin: "latin", "cyrillic".
    name_script: str
    #: Issuing authority as printed.
    authority: str
    places: tuple[str, ...]
    #: Text repeated in the microprint lines.
    microprint_text: str
    #: Corner radius of the photo frame in millimetres (0 = square corners).
    photo_corner_mm: float = 0.0
    #: Which way the header band is drawn: "band" (solid colour) or "rule" (a thin line).
    header_style: str = "band"
    #: Document number pattern: "L" letter, "9" digit; e.g. "LL9999999".
    passport_number_pattern: str = "L9999999"
    id_number_pattern: str = "LLL999999"
    #: What the passport data page is made of: PAPER (laminated security paper) or
    #: POLYCARBONATE (a polycarbonate page bound into the paper booklet, built like a card:
    #: laser engraving, a CLI and a clear window; the visa pages stay paper).
    passport_page: str = PAPER
    extra: Mapping[str, str] = field(default_factory=dict)


ENGLISH_LABELS: Final[Mapping[str, str]] = {
    "type": "Type",
    "code": "Code",
    "document_number": "Passport No.",
    "card_number": "Document No.",
    "surname": "Surname",
    "given_names": "Given names",
    "nationality": "Nationality",
    "date_of_birth": "Date of birth",
    "sex": "Sex",
    "place_of_birth": "Place of birth",
    "date_of_issue": "Date of issue",
    "date_of_expiry": "Date of expiry",
    "authority": "Authority",
    "signature": "Holder's signature",
    "address": "Address",
    "height": "Height",
    "eyes": "Colour of eyes",
    "visa_type": "Type of visa",
    "visa_number": "Visa No.",
    "valid_from": "Valid from",
    "valid_until": "Until",
    "entries": "Number of entries",
    "duration": "Duration of stay",
    "passport_number": "Passport number",
    "remarks": "Remarks",
}

#: Native wording of the visa sticker's title and labels, by state code.
VISA_NATIVE: Final[Mapping[str, Mapping[str, str]]] = {
    "UTO": {
        "title": "VISA",
        "visa_type": "Type de visa",
        "visa_number": "Visa n°",
        "valid_from": "Valable du",
        "valid_until": "Au",
        "entries": "Nombre d'entrées",
        "duration": "Durée du séjour",
        "passport_number": "N° du passeport",
        "remarks": "Remarques",
    },
    "KDV": {
        "title": "ВИЗА",
        "visa_type": "Вид виза",
        "visa_number": "Виза №",
        "valid_from": "Валидна от",
        "valid_until": "До",
        "entries": "Брой влизания",
        "duration": "Срок на престой",
        "passport_number": "Паспорт №",
        "remarks": "Забележки",
    },
    "NRV": {
        "title": "VISTO",
        "visa_type": "Tipo de visto",
        "visa_number": "Visto n.º",
        "valid_from": "Válido de",
        "valid_until": "Até",
        "entries": "Número de entradas",
        "duration": "Duração da estadia",
        "passport_number": "Passaporte n.º",
        "remarks": "Observações",
    },
}


def _polygon(
    n: int, radius: float, *, phase: float = 0.0, inner: float | None = None
) -> tuple[Point, ...]:
    """A regular polygon, or a star when ``inner`` (the inner radius) is given."""
    pts: list[Point] = []
    steps = n * 2 if inner is not None else n
    for i in range(steps):
        r = radius if inner is None or i % 2 == 0 else inner
        a = phase + 2 * math.pi * i / steps
        pts.append((round(r * math.sin(a), 4), round(-r * math.cos(a), 4)))
    return tuple(pts)


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int = 24) -> tuple[Point, ...]:
    return tuple(
        (
            round(cx + r * math.cos(a0 + (a1 - a0) * i / (n - 1)), 4),
            round(cy + r * math.sin(a0 + (a1 - a0) * i / (n - 1)), 4),
        )
        for i in range(n)
    )


def _wave(
    y: float, amp: float, x0: float = -0.8, x1: float = 0.8, n: int = 30
) -> tuple[Point, ...]:
    return tuple(
        (
            round(x0 + (x1 - x0) * i / (n - 1), 4),
            round(y + amp * math.sin(i / (n - 1) * 4 * math.pi), 4),
        )
        for i in range(n)
    )


# Utopia: an eight-pointed star over a ring of laurel-like arcs.
_UTO_EMBLEM: Final = (
    EmblemStroke(_polygon(64, 0.95), closed=True, width=0.06),
    EmblemStroke(_polygon(8, 0.62, inner=0.26), closed=True, filled=True),
    EmblemStroke(_arc(0.0, 0.0, 0.80, math.radians(200), math.radians(340), 20), closed=False),
    EmblemStroke(_arc(0.0, 0.0, 0.80, math.radians(20), math.radians(160), 20), closed=False),
)

# Kaldavia: a stylised tower with a key-shaped gate inside a shield.
_KDV_EMBLEM: Final = (
    EmblemStroke(
        ((-0.8, -0.9), (0.8, -0.9), (0.8, 0.2), (0.0, 0.95), (-0.8, 0.2)), closed=True, width=0.07
    ),
    EmblemStroke(
        (
            (-0.42, 0.55),
            (-0.42, -0.35),
            (-0.55, -0.35),
            (-0.55, -0.65),
            (-0.3, -0.65),
            (-0.3, -0.5),
            (-0.1, -0.5),
            (-0.1, -0.65),
            (0.1, -0.65),
            (0.1, -0.5),
            (0.3, -0.5),
            (0.3, -0.65),
            (0.55, -0.65),
            (0.55, -0.35),
            (0.42, -0.35),
            (0.42, 0.55),
        ),
        closed=True,
        filled=True,
    ),
    EmblemStroke(_polygon(24, 0.12, phase=0.0), closed=True, width=0.05),
)

# Nerevia: three stars above two waves, in an oval.
_NRV_EMBLEM: Final = (
    EmblemStroke(
        tuple(
            (round(0.95 * math.sin(a), 4), round(-0.8 * math.cos(a), 4))
            for a in (2 * math.pi * i / 64 for i in range(64))
        ),
        closed=True,
        width=0.06,
    ),
    EmblemStroke(
        tuple((x - 0.4, y - 0.25) for x, y in _polygon(5, 0.2, inner=0.08)),
        closed=True,
        filled=True,
    ),
    EmblemStroke(
        tuple((x, y - 0.38) for x, y in _polygon(5, 0.22, inner=0.09)), closed=True, filled=True
    ),
    EmblemStroke(
        tuple((x + 0.4, y - 0.25) for x, y in _polygon(5, 0.2, inner=0.08)),
        closed=True,
        filled=True,
    ),
    EmblemStroke(_wave(0.2, 0.07), closed=False, width=0.07),
    EmblemStroke(_wave(0.42, 0.07, -0.65, 0.65), closed=False, width=0.07),
)


UTOPIA: Final = State(
    code="UTO",
    name_native="UTOPIA",
    name_english="UTOPIA",
    passport_native="PASSEPORT",
    id_card_native="CARTE D'IDENTITÉ",
    palette=Palette(
        guilloche=((120, 170, 150), (200, 150, 170)),
        rainbow=((150, 200, 175), (235, 215, 150), (225, 165, 175)),
        heading=(25, 80, 70),
        label=(45, 90, 85),
        data=(20, 20, 25),
        paper=(246, 243, 232),
        uv_motif=(60, 230, 120),
        uv_fibres=((255, 90, 60), (80, 200, 255)),
        visible_fibres=(200, 70, 90),
        ovd=((210, 90, 160), (90, 190, 150), (220, 190, 60)),
    ),
    guilloche=Guilloche(
        rosette_lobes=18,
        rosette_ratio=0.23,
        rosette_offset=0.62,
        rosette_rings=6,
        wave_lines=110,
        wave_length_mm=9.0,
        wave_amplitude_mm=0.9,
        border_loops_per_10mm=7.0,
        line_width_mm=0.05,
    ),
    emblem=_UTO_EMBLEM,
    labels={
        "type": "Type",
        "code": "Code",
        "document_number": "Passeport n°",
        "card_number": "Document n°",
        "surname": "Nom",
        "given_names": "Prénoms",
        "nationality": "Nationalité",
        "date_of_birth": "Date de naissance",
        "sex": "Sexe",
        "place_of_birth": "Lieu de naissance",
        "date_of_issue": "Date de délivrance",
        "date_of_expiry": "Date d'expiration",
        "authority": "Autorité",
        "address": "Domicile",
        "height": "Taille",
        "eyes": "Couleur des yeux",
        "signature": "Signature du titulaire",
    },
    name_script="latin",
    authority="MINISTRY OF TRAVEL",
    places=("AMAUROT", "ANYDER", "ABRAXA", "MACARIA", "ACHORIA", "POLYLERITE", "NEPHELOGETE"),
    microprint_text="UTOPIA",
    photo_corner_mm=2.0,
    header_style="band",
    passport_number_pattern="L99999999",
    id_number_pattern="LLL999999",
)

KALDAVIA: Final = State(
    code="KDV",
    name_native="РЕПУБЛИКА КАЛДАВИЯ",
    name_english="REPUBLIC OF KALDAVIA",
    passport_native="ПАСПОРТ",
    id_card_native="ЛИЧНА КАРТА",
    palette=Palette(
        guilloche=((110, 140, 200), (190, 165, 110)),
        rainbow=((170, 185, 230), (215, 190, 225), (235, 205, 160)),
        heading=(35, 45, 110),
        label=(55, 65, 120),
        data=(25, 20, 30),
        paper=(240, 242, 247),
        uv_motif=(255, 200, 60),
        uv_fibres=((255, 220, 70), (90, 160, 255)),
        visible_fibres=(60, 90, 190),
        ovd=((60, 120, 230), (180, 80, 200), (60, 200, 120)),
    ),
    guilloche=Guilloche(
        rosette_lobes=24,
        rosette_ratio=0.17,
        rosette_offset=0.75,
        rosette_rings=7,
        wave_lines=130,
        wave_length_mm=6.5,
        wave_amplitude_mm=0.6,
        border_loops_per_10mm=9.0,
        line_width_mm=0.045,
    ),
    emblem=_KDV_EMBLEM,
    labels={
        "type": "Тип",
        "code": "Код",
        "document_number": "Паспорт №",
        "card_number": "Документ №",
        "surname": "Фамилия",
        "given_names": "Имена",
        "nationality": "Гражданство",
        "date_of_birth": "Дата на раждане",
        "sex": "Пол",
        "place_of_birth": "Място на раждане",
        "date_of_issue": "Дата на издаване",
        "date_of_expiry": "Валидност",
        "authority": "Орган",
        "address": "Адрес",
        "height": "Ръст",
        "eyes": "Цвят на очите",
        "signature": "Подпис",
    },
    name_script="cyrillic",
    authority="МВР / MIN. OF INTERIOR",
    places=("КАЛДОВ", "ВЕРИН", "ЗЛАТОГОР", "ПРЕСТАВА", "ОРЕШНИК", "ЛУКОВИЦА", "БЕЛОЯР"),
    microprint_text="KALDAVIA",
    photo_corner_mm=0.0,
    header_style="rule",
    passport_number_pattern="99LL99999",
    id_number_pattern="LL9999999999",
)

NEREVIA: Final = State(
    code="NRV",
    name_native="REPÚBLICA DE NERÉVIA",
    name_english="REPUBLIC OF NEREVIA",
    passport_native="PASSAPORTE",
    id_card_native="BILHETE DE IDENTIDADE",
    palette=Palette(
        guilloche=((200, 150, 100), (120, 165, 185)),
        rainbow=((240, 200, 150), (240, 170, 150), (175, 200, 220)),
        heading=(120, 50, 30),
        label=(120, 70, 50),
        data=(30, 22, 20),
        paper=(248, 240, 228),
        uv_motif=(255, 120, 200),
        uv_fibres=((120, 255, 120), (255, 130, 60)),
        visible_fibres=(210, 120, 40),
        ovd=((230, 150, 60), (80, 160, 220), (200, 90, 120)),
    ),
    guilloche=Guilloche(
        rosette_lobes=12,
        rosette_ratio=0.31,
        rosette_offset=0.55,
        rosette_rings=5,
        wave_lines=95,
        wave_length_mm=12.0,
        wave_amplitude_mm=1.3,
        border_loops_per_10mm=5.5,
        line_width_mm=0.055,
    ),
    emblem=_NRV_EMBLEM,
    labels={
        "type": "Tipo",
        "code": "Código",
        "document_number": "Passaporte n.º",
        "card_number": "Documento n.º",
        "surname": "Apelido",
        "given_names": "Nomes",
        "nationality": "Nacionalidade",
        "date_of_birth": "Data de nascimento",
        "sex": "Sexo",
        "place_of_birth": "Local de nascimento",
        "date_of_issue": "Data de emissão",
        "date_of_expiry": "Válido até",
        "authority": "Autoridade",
        "address": "Morada",
        "height": "Altura",
        "eyes": "Cor dos olhos",
        "signature": "Assinatura",
    },
    name_script="latin",
    authority="DIRECÇÃO DE FRONTEIRAS",
    places=("PORTO ALVÉRIO", "SÃO TEODRO", "VILA MARÉS", "CALDEIRÃO", "ÍLHAVO NOVO", "ARRIÇA"),
    microprint_text="NEREVIA",
    photo_corner_mm=3.5,
    header_style="band",
    passport_number_pattern="LL9999999",
    id_number_pattern="L99999999",
    # Nerevia issues its passports with a polycarbonate data page (as Finland, Sweden,
    # Germany since 2017 or Poland do): a trainee meets both kinds of data page.
    passport_page=POLYCARBONATE,
)

STATES: Final[Mapping[str, State]] = {s.code: s for s in (UTOPIA, KALDAVIA, NEREVIA)}


def state(code: str) -> State:
    """The fictional state with this code, or ValueError naming the choices."""
    try:
        return STATES[code.upper()]
    except KeyError:
        raise ValueError(f"unknown state {code!r}; expected one of: {', '.join(STATES)}") from None


def document_body(st: State | None, kind) -> str:
    """What a document of generator type ``kind`` (a string or a DocumentType) issued by
    ``st`` is made of: POLYCARBONATE for ID cards, the state's ``passport_page`` for a
    passport data page (PAPER when the state is not known), PAPER for a visa sticker."""
    kind = getattr(kind, "value", kind)
    if kind in _CARD_KINDS:
        return POLYCARBONATE
    if kind in _PASSPORT_KINDS and st is not None:
        return st.passport_page
    return PAPER


def label(st: State, key: str) -> str:
    """A field label as printed: native wording / English (just one when they are the same)."""
    native = st.labels.get(key) or VISA_NATIVE[st.code][key]
    english = ENGLISH_LABELS[key]
    return native if native == english else f"{native} / {english}"
