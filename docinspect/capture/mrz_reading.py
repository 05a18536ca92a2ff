"""Reading the MRZ printed on an imported scan, with nothing but what the app ships.

The machine readable zone is printed in OCR-B at a fixed pitch of ten characters per inch
(ICAO Doc 9303 part 3), and DocInspect ships the OCR-B font. So the zone can be read the way
fixed-pitch MRZ readers read it, without an OCR engine (see docs/decisions/0024):

1. Find the text rows of the page: dark components of character size, grouped by height;
   an MRZ row is one holding nearly a full line of them, spread over a full line's width.
   The bottom-most rows, as many as the document type has MRZ lines, are the zone.
2. Cut each row into character cells at the 2.54 mm pitch, fitted to the components found.
3. Compare each cell with the 37 OCR-B glyphs drawn from the font, each cut to its own ink
   and scaled alike, and keep the best glyph the cell's *position* allows: a date or a check
   digit is a digit, a name is letters and fillers (so O and 0, I and 1 are told apart by
   where they stand, as ICAO's field types say).

The reading is an offer to the instructor, never a truth: it is shown for them to check
against the document, and :func:`docinspect.mrz.check` says whether its check digits agree.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from docinspect.model import DocumentType
from docinspect.mrz import MRZ_SHAPE

#: Character pitch of every MRZ: ten characters per inch.
PITCH_MM: Final = 25.4 / 10
#: Side of the square each glyph and cell is compared at, in pixels.
GLYPH_SIDE: Final = 24
LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS: Final = "0123456789"
FILLER: Final = "<"
ALPHABET: Final = LETTERS + DIGITS + FILLER
#: A page narrower than this many pixels per millimetre cannot show OCR-B's strokes apart.
MIN_PX_PER_MM: Final = 4.0


class MrzNotFound(ValueError):
    """No MRZ could be read; the message says why in words for the instructor."""


@dataclass(frozen=True, slots=True)
class MrzReading:
    """The lines read, and how sure the reader is of each character (0..1, per line)."""

    lines: tuple[str, ...]
    confidence: tuple[tuple[float, ...], ...]

    @property
    def doubtful(self) -> int:
        """How many characters were a close call (worth checking by eye)."""
        return sum(1 for line in self.confidence for c in line if c < 0.6)


def read_mrz(page: np.ndarray, size_mm: tuple[float, float], doc_type: DocumentType) -> MrzReading:
    """The MRZ printed on ``page`` (RGB or grey, the whole document side, straightened), for a
    document of ``size_mm`` and type ``doc_type``; MrzNotFound saying why when there is none."""
    if doc_type not in MRZ_SHAPE:
        raise MrzNotFound("this document type has no machine readable zone")
    count, length = MRZ_SHAPE[doc_type]
    grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    px_per_mm = grey.shape[1] / size_mm[0]
    if px_per_mm < MIN_PX_PER_MM:
        raise MrzNotFound(
            f"the scan is too coarse to read the MRZ ({px_per_mm * 25.4:.0f} dpi; "
            f"at least {MIN_PX_PER_MM * 25.4:.0f} dpi is needed)"
        )
    ink = _ink(grey)
    rows = _mrz_rows(ink, px_per_mm, length)
    if len(rows) < count:
        where = "; an ID card (TD1) prints it on the back" if doc_type is DocumentType.TD1 else ""
        raise MrzNotFound(
            f"no machine readable zone of {count} lines of {length} characters was found "
            f"on the white-light scan{where}"
        )
    lines = []
    confidence = []
    for index, row in enumerate(rows[-count:]):
        text, sure = _read_row(ink, row, px_per_mm, length, _allowed(doc_type, index, length))
        lines.append(text)
        confidence.append(sure)
    return MrzReading(tuple(lines), tuple(confidence))


# --- finding the rows --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    top: int
    bottom: int
    #: (left, right) of the character components in the row, left to right.
    boxes: tuple[tuple[int, int], ...]


def _ink(grey: np.ndarray) -> np.ndarray:
    """Dark print as True: MRZ ink is black on a light page; the background print (guilloche,
    tints) is lighter, so a threshold well below the page's own brightness keeps the MRZ."""
    blurred = cv2.GaussianBlur(grey, (3, 3), 0)
    otsu, _ = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    paper = float(np.percentile(blurred, 90))
    return blurred < min(otsu, paper * 0.55)


def _mrz_rows(ink: np.ndarray, px_per_mm: float, length: int) -> list[_Row]:
    """Rows of character-sized components spread over a full MRZ line, top to bottom."""
    n, _labels, stats, _centroids = cv2.connectedComponentsWithStats(ink.astype(np.uint8), 8)
    boxes = []
    for x, y, w, h, _area in stats[1:]:
        if 0.5 * px_per_mm <= h <= 4.5 * px_per_mm and w <= 2.4 * px_per_mm:
            boxes.append((x, y, w, h))
    # Group by vertical centre: a row's characters share a middle within about 1 mm.
    boxes.sort(key=lambda b: b[1] + b[3] / 2)
    groups: list[list[tuple[int, int, int, int]]] = []
    for box in boxes:
        middle = box[1] + box[3] / 2
        if groups and abs(middle - _middle(groups[-1])) <= 1.0 * px_per_mm:
            groups[-1].append(box)
        else:
            groups.append([box])
    span = (length - 1) * PITCH_MM * px_per_mm
    rows = []
    for group in groups:
        group.sort(key=lambda b: b[0])
        # Characters of one line, not the background print: pitch-spaced and about a line wide.
        left = group[0][0]
        right = group[-1][0] + group[-1][2]
        if (
            len(group) < 0.6 * length
            or not 0.8 * span <= right - left <= 1.15 * span + 3 * px_per_mm
        ):
            continue
        tall = sorted(b[3] for b in group)[len(group) // 2 :]
        height = int(np.median(tall))
        middle = _middle(group)
        top = max(0, int(middle - 0.6 * height - 0.3 * px_per_mm))
        bottom = min(ink.shape[0], int(middle + 0.6 * height + 0.3 * px_per_mm))
        rows.append(_Row(top, bottom, tuple((b[0], b[0] + b[2]) for b in group)))
    return rows


def _middle(group: Sequence[tuple[int, int, int, int]]) -> float:
    return float(np.median([b[1] + b[3] / 2 for b in group]))


# --- reading a row -----------------------------------------------------------------------------


def _read_row(
    ink: np.ndarray, row: _Row, px_per_mm: float, length: int, allowed: Sequence[str]
) -> tuple[str, tuple[float, ...]]:
    pitch = PITCH_MM * px_per_mm
    centres = np.array([(a + b) / 2 for a, b in row.boxes], float)
    # Which cell each component is in, then the pitch and origin that fit them best (a scan's
    # scale is never exact, and a row may lack its first or last character).
    first = centres[0]
    cells = np.round((centres - first) / pitch)
    if cells.max() > 0:
        slope, origin = np.polyfit(cells, centres, 1)
    else:
        slope, origin = pitch, first
    band = ink[row.top : row.bottom]
    text = []
    sure = []
    glyphs = _glyphs()
    for i in range(length):
        centre = origin + i * slope
        left = max(0, int(round(centre - slope / 2)))
        right = min(band.shape[1], int(round(centre + slope / 2)))
        cell = band[:, left:right]
        vector = _normalised(cell)
        if vector is None:
            text.append(FILLER)
            sure.append(0.0)
            continue
        scores = {c: float(np.dot(vector, glyphs[c])) for c in allowed[i]}
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        best, score = ranked[0]
        runner = ranked[1][1] if len(ranked) > 1 else 0.0
        text.append(best)
        sure.append(max(0.0, min(1.0, (score - runner) * 5 + (score - 0.5))))
    return "".join(text), tuple(sure)


def _normalised(mask: np.ndarray) -> np.ndarray | None:
    """The ink of a cell cut to its own bounding box, centred in a square and scaled to
    GLYPH_SIDE, as a unit vector (None when the cell holds no ink)."""
    ys, xs = np.nonzero(mask)
    if len(xs) < 3:
        return None
    crop = mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1].astype(np.float32)
    h, w = crop.shape
    side = max(h, w)
    square = np.zeros((side, side), np.float32)
    square[(side - h) // 2 : (side - h) // 2 + h, (side - w) // 2 : (side - w) // 2 + w] = crop
    small = cv2.resize(square, (GLYPH_SIDE, GLYPH_SIDE), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (3, 3), 0)
    small -= small.mean()
    norm = float(np.linalg.norm(small))
    return None if norm == 0 else (small / norm).ravel()


@cache
def _glyphs() -> dict[str, np.ndarray]:
    """Each MRZ character drawn from the shipped OCR-B font and normalised like a cell."""
    data = resources.files("docinspect.assets").joinpath("fonts/OCRB.otf").read_bytes()
    font = ImageFont.truetype(io.BytesIO(data), 96)
    out = {}
    for char in ALPHABET:
        image = Image.new("L", (160, 160), 0)
        ImageDraw.Draw(image).text((30, 20), char, fill=255, font=font)
        vector = _normalised(np.asarray(image) > 127)
        assert vector is not None
        out[char] = vector
    return out


# --- what each position may hold ---------------------------------------------------------------

_ANY: Final = ALPHABET
_ALPHA: Final = LETTERS + FILLER
_NUM: Final = DIGITS + FILLER


def _allowed(doc_type: DocumentType, line: int, length: int) -> list[str]:
    """Characters each position of a line may hold, from Doc 9303's field types: names and
    codes are letters, dates and check digits are digits, numbers and optional data either."""
    allowed = [_ANY] * length

    def put(start: int, end: int, chars: str) -> None:
        for i in range(start, min(end, length)):
            allowed[i] = chars

    if doc_type is DocumentType.TD1:
        if line == 0:
            put(0, 5, _ALPHA)  # document code, issuing state
            put(14, 15, _NUM)  # document number check digit
        elif line == 1:
            put(0, 7, _NUM)  # birth date and its check digit
            put(7, 8, _ALPHA)  # sex
            put(8, 15, _NUM)  # expiry and its check digit
            put(15, 18, _ALPHA)  # nationality
            put(29, 30, _NUM)  # composite check digit
        else:
            put(0, 30, _ALPHA)  # name
    elif line == 0:
        put(0, length, _ALPHA)  # code, state and name
    else:
        put(9, 10, _NUM)  # document number check digit
        put(10, 13, _ALPHA)  # nationality
        put(13, 20, _NUM)  # birth date and its check digit
        put(20, 21, _ALPHA)  # sex
        put(21, 28, _NUM)  # expiry and its check digit
        if doc_type is DocumentType.TD3:
            put(42, 44, _NUM)  # optional data and composite check digits
        elif doc_type is DocumentType.TD2:
            put(35, 36, _NUM)  # composite check digit
    return allowed
