"""Where everything sits on each document type (Doc 9303 sizes and zones), and which fields
its visual zone prints."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from docinspect.model import DocumentType, Rect
from docinspect.synth.design import name_as_printed
from docinspect.synth.people import Holder, format_date
from docinspect.synth.states import POLYCARBONATE, State, document_body


@dataclass(frozen=True)
class Layout:
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
    #: x of the security thread embedded in the paper (paper pages only).
    thread_x: float | None = None
    #: Where the iridescent band is printed (a transparent ink seen only when tilted).
    iridescent: Rect | None = None
    #: See-through register (centre x, centre y, radius): half printed on each side.
    register: tuple[float, float, float] | None = None
    #: Latent image in intaglio (x, baseline y, cap height), seen only at a tilt.
    latent: tuple[float, float, float] | None = None
    #: The ICAO chip symbol of an e-document (documents with a chip).
    chip: Rect | None = None
    #: A polycarbonate card's changeable laser image (its lens area).
    cli: Rect | None = None
    #: A polycarbonate card's clear window (the ghost image is engraved in it).
    window: Rect | None = None


TD3_LAYOUT: Final = Layout(
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
    thread_x=101.0,
    iridescent=Rect(95.0, 13.0, 4.0, 52.0),
    register=(24.0, 7.0, 3.8),
    latent=(106.0, 63.8, 4.0),
    chip=Rect(103.0, 2.4, 7.0, 4.6),
)

TD1_LAYOUT: Final = Layout(
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
    iridescent=Rect(64.0, 1.5, 3.5, 51.0),
    chip=Rect(74.0, 23.0, 5.0, 3.3),
    cli=Rect(60.5, 42.2, 11.5, 9.0),
    window=Rect(73.4, 40.6, 10.2, 12.4),
)


TD2_LAYOUT: Final = Layout(
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
    iridescent=Rect(84.0, 1.5, 4.0, 52.0),
    cli=Rect(89.5, 48.2, 12.0, 5.6),
    window=Rect(89.2, 32.2, 12.6, 15.5),
)

#: MRV-A visa sticker (Doc 9303 part 7): 120 x 80 mm paper label, no holder signature; the
#: MRZ lines sit where the TD3's do (centres 17.0 and 8.5 mm above the bottom edge). The
#: sticker's security paper has a watermark (in the free corner under the ghost image) and
#: the sticker number is letterpress-numbered in red under the photo, where a passport has
#: the signature.
MRVA_LAYOUT: Final = Layout(
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
    thread_x=97.5,
)

#: A polycarbonate passport data page (``State.passport_page``): the TD3's zones, built like a
#: card. Polycarbonate has no watermark, no security thread and no see-through register (it
#: is opaque), and no intaglio latent image. Where the watermark was, a clear window with
#: the ghost image engraved in it; where the latent image was, a CLI. Both are kept clear of
#: the data rows (a long place of birth or authority reaches past x 104 mm lower down).
TD3_POLYCARBONATE_LAYOUT: Final = replace(
    TD3_LAYOUT,
    watermark=None,
    thread_x=None,
    register=None,
    latent=None,
    ghost=Rect(105.5, 15.2, 14.0, 18.0),
    window=Rect(104.5, 14.4, 16.0, 19.6),
    cli=Rect(104.5, 55.6, 16.0, 9.4),
)

LAYOUTS: Final = {
    DocumentType.MRVA: MRVA_LAYOUT,
    DocumentType.TD3: TD3_LAYOUT,
    DocumentType.TD2: TD2_LAYOUT,
    DocumentType.TD1: TD1_LAYOUT,
}


def layout_for(doc_type: DocumentType, st: State | None) -> Layout:
    """Where everything sits on a document of this type issued by ``st`` (a state with a
    polycarbonate data page lays its passport out as TD3_POLYCARBONATE_LAYOUT)."""
    if doc_type is DocumentType.TD3 and document_body(st, doc_type) == POLYCARBONATE:
        return TD3_POLYCARBONATE_LAYOUT
    return LAYOUTS[doc_type]


def fields(st: State, h: Holder, doc_type: DocumentType) -> list[list[tuple[str, str, float]]]:
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
