"""The design language every production step draws with: fonts, inks, the state's emblem,
guilloche and UV features, and the security-feature regions that explain them.

Shared by the front (:mod:`docinspect.synth.documents`) and the card back
(:mod:`docinspect.synth.card_back`), so neither imports the other.
"""

from __future__ import annotations

import math
import random
from typing import Final

from docinspect import mrz
from docinspect.model import DocumentType, Light, Region, Role
from docinspect.model.scene import (
    Border,
    Fibres,
    Material,
    Path,
    PrintProcess,
    RainbowBand,
    Rosette,
)
from docinspect.synth.people import Holder
from docinspect.synth.states import State

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
WIDEST_EM: Final = 0.72
#: The same bound for DejaVu Sans Bold, and its capital height in em.
WIDEST_BOLD_EM: Final = 0.8
DEJAVU_CAP_EM: Final = 0.729

ALL: Final = frozenset(Light)
#: Tilt (degrees) beyond which the DOVID's second image channel replaces the first.
OVD_SWITCH_DEG: Final = 8.0


def ink(
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


def data_ink(st: State) -> Material:
    # Personalisation: carbon-based toner/inkjet, black in IR (what the MRZ reader needs).
    return ink(st.palette.data, ir=1.0, process=PrintProcess.OFFSET, density=0.3)


#: A card's words and a polycarbonate passport data page's, longest first.
_CARD_WORDS: Final = (
    ("The card body", "The data page"),
    ("card body", "data page"),
    ("card's", "page's"),
    ("the card", "the page"),
    ("a card", "a page"),
    ("card", "page"),
)


def said_of_page(text: str) -> str:
    """A sentence written of a polycarbonate card, said of a polycarbonate passport data
    page: the same check on the same material, a page where it says a card."""
    for card_word, page_word in _CARD_WORDS:
        text = text.replace(card_word, page_word)
    return text


def feature_region(rid: str, shape, feature: str, lights, mag: float, explanation: str) -> Region:
    return Region(
        id=rid,
        shape=shape,
        feature=feature,
        role=Role.SECURITY_FEATURE,
        lights=frozenset(lights),
        min_magnification=mag,
        explanation=explanation,
    )


def emblem_paths(st: State, cx: float, cy: float, r: float) -> tuple[list, list]:
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


def colour_name(rgb) -> str:
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


def state_rosette(st: State, cx: float, cy: float, r: float) -> Rosette:
    """The state's guilloche rosette (its lobes, rings and ratio) centred at (cx, cy)."""
    g = st.guilloche
    return Rosette(
        id="rosette",
        material=ink(st.palette.guilloche[1], ir=0.0, alpha=0.7),
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
        material=ink(st.palette.guilloche[1], ir=0.0),
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
    filled, outlined = emblem_paths(st, cx, cy, r)
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


#: Look-alike glyphs an issuer swaps for a deliberate error, in order of preference.
_ERROR_SWAPS: Final = (("I", "1"), ("O", "0"), ("E", "F"), ("S", "5"), ("B", "8"), ("A", "4"))


def deliberate_error(st: State) -> tuple[str, str]:
    """The first word of the state's microprint and the deliberately misspelt form its
    issuer prints in one repetition of five (a look-alike glyph, never the first letter)."""
    word = st.microprint_text.split()[0]
    for letter, swap in _ERROR_SWAPS:
        i = word.find(letter, 1)
        if i > 0:
            return word, word[:i] + swap + word[i + 1 :]
    return word, word[:-1] + "."


def microprint_unit(st: State) -> str:
    """The repeated text of the front's first microprint line, with its deliberate error."""
    word, wrong = deliberate_error(st)
    rest = st.microprint_text[len(word) :]
    plain = f"{word}{rest} {st.code} "
    return plain * 2 + f"{wrong}{rest} {st.code} " + plain * 2


def rainbow_band(st: State, width: float, height: float, *, back: bool = False) -> RainbowBand:
    """The split-duct rainbow wave lines over a whole page; a card's back runs its waves the
    other way round from the front, with its colours reversed."""
    pal, g = st.palette, st.guilloche
    return RainbowBand(
        id="rainbow",
        material=ink(pal.guilloche[0], ir=0.0, alpha=0.9),
        x=0.0,
        y=0.0,
        width=width,
        height=height,
        lines=round(height / 0.72),
        amplitude_mm=g.wave_amplitude_mm,
        wavelength_mm=g.wave_length_mm,
        phase_step_deg=-9.0 if back else 9.0,
        mod_amplitude_mm=g.wave_amplitude_mm * 0.8,
        mod_wavelength_mm=g.wave_length_mm * (4.1 if back else 5.3),
        stroke_mm=g.line_width_mm,
        colours=tuple(reversed(pal.rainbow)) if back else pal.rainbow,
    )
