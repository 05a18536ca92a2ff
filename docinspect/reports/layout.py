"""Page furniture for the PDF reports: A4 pages, headings, key-figure grids, paginated tables."""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import FT2Font, LoadFlags

from docinspect.reports.language import date_text, tr

A4_INCHES = (8.27, 11.69)
MARGIN = 0.07  # figure fraction left/right
INK = "#1a1a1a"
MUTED = "#666666"
STRIPE = "#f2f5f9"
RULE = "#b8c4d0"
ALERT = "#D55E00"


class ReportError(Exception):
    """A report could not be written (the message names the file and the reason)."""


@contextmanager
def pdf_document(path: Path, *, title: str) -> Iterator[PdfPages]:
    """A PdfPages written to a temporary file beside ``path`` and moved over it at the end.

    A failed or interrupted report leaves any previous file at ``path`` untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ReportError(
            tr("{file}: cannot write there ({reason})").format(
                file=path, reason=exc.strerror or exc
            )
        ) from exc
    os.close(fd)
    try:
        with PdfPages(tmp, metadata={"Title": title, "Creator": "DocInspect"}) as pdf:
            yield pdf
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a report is an ordinary document.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise ReportError(
            tr("{file}: cannot write the report ({reason})").format(
                file=path, reason=exc.strerror or exc
            )
        ) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def new_page(title: str, subtitle: str, page_note: str) -> Figure:
    """An A4 page with the report title, a subtitle line and a footer note."""
    fig = Figure(figsize=A4_INCHES)
    fig.text(MARGIN, 0.955, title, fontsize=15, weight="bold", color=INK)
    fig.text(MARGIN, 0.935, subtitle, fontsize=9, color=MUTED)
    fig.add_artist(
        _rule(fig, 0.927),
    )
    fig.text(MARGIN, 0.025, page_note, fontsize=7, color=MUTED)
    return fig


def _rule(fig: Figure, y: float):
    from matplotlib.lines import Line2D

    return Line2D([MARGIN, 1 - MARGIN], [y, y], transform=fig.transFigure, color=RULE, lw=0.8)


def heading(fig: Figure, y: float, text: str) -> None:
    fig.text(MARGIN, y, text, fontsize=11, weight="bold", color=INK)


def note(fig: Figure, y: float, text: str) -> None:
    fig.text(MARGIN, y, text, fontsize=7, color=MUTED, wrap=True)


def key_figures(
    fig: Figure, top: float, figures: Sequence[tuple[str, str]], *, columns: int = 4
) -> float:
    """A grid of (label, value) boxes starting at ``top``; returns the y below the grid."""
    width = (1 - 2 * MARGIN) / columns
    height = 0.052
    for k, (label, value) in enumerate(figures):
        r, c = divmod(k, columns)
        x = MARGIN + c * width
        y = top - (r + 1) * height
        fig.text(x + 0.008, y + 0.028, value, fontsize=13, weight="bold", color=INK)
        fig.text(x + 0.008, y + 0.012, label, fontsize=7, color=MUTED)
    rows = -(-len(figures) // columns)
    return top - rows * height


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    #: Width in characters (the table is set in a monospaced font).
    width: int
    align: str = "left"


#: Tables are set in a monospaced font (columns measured in characters), one text per column
#: and run of rows rather than per cell: the PDF backend's cost is per glyph and per text
#: object, and padding rows with spaces to align them doubles the glyphs.
TABLE_FONT = "DejaVu Sans Mono"
TABLE_SIZE = 7.5
#: Characters between columns.
GAP = 2
#: Rows per text run. Matplotlib's "normal" line spacing puts lines exactly one font line
#: (ascent + descent + line gap) apart, unless a glyph reaches above the ascent ("l" by
#: 0.04 pt at this size): runs of five keep that drift invisible. Columns with characters
#: that reach further (accented capitals in names) get one text per row.
_RUN = 5
#: The font's line puts the glyphs high in it (line gap split above and below, tall
#: ascent): lowering body text by this share of a row centres it in its stripe.
_DROP = 0.1


@cache
def _font() -> tuple[float, float, FT2Font]:
    """(line pitch, character advance) in em, and the table font."""
    font = get_font(findfont(FontProperties(family=TABLE_FONT)))
    os2 = font.get_sfnt_table("OS/2")
    em = font.get_sfnt_table("head")["unitsPerEm"]
    pitch = (os2["sTypoAscender"] - os2["sTypoDescender"] + os2["sTypoLineGap"]) / em
    advance = font.load_char(ord("0"), flags=LoadFlags.NO_SCALE).horiAdvance / em
    return pitch, advance, font


@cache
def _fits(char: str) -> bool:
    """True when the glyph stays (nearly) within the font's line: safe to stack in runs."""
    font = _font()[2]
    os2 = font.get_sfnt_table("OS/2")
    try:
        glyph = font.load_char(ord(char), flags=LoadFlags.NO_SCALE)
    except (RuntimeError, ValueError):
        return False
    slack = 16  # font units (0.008 em): "l" and "|" overshoot by about 10
    return (
        glyph.bbox[3] <= os2["sTypoAscender"] + slack
        and -glyph.bbox[1] <= -os2["sTypoDescender"] + slack
    )


def row_pitch_inches() -> float:
    """Height of one table row on the page."""
    return _font()[0] * TABLE_SIZE / 72


def table_height(rows: int, columns: Sequence[Column]) -> float:
    """Figure-fraction height of a table of ``rows`` rows (plus header) on an A4 page."""
    header_lines = max(tr(c.header).count("\n") + 1 for c in columns)
    return (rows + header_lines + 0.4) * row_pitch_inches() / A4_INCHES[1]


def rows_that_fit(height: float, columns: Sequence[Column]) -> int:
    """How many rows a table of ``height`` (figure fraction) holds."""
    header_lines = max(tr(c.header).count("\n") + 1 for c in columns)
    return max(0, int(height * A4_INCHES[1] / row_pitch_inches() - header_lines - 0.4))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def draw_table(
    ax: Axes,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    max_rows: int,
    alert: Callable[[int], bool] | None = None,
) -> None:
    """Draw up to ``max_rows`` rows at the top of ``ax``, striped, header ruled.

    Headers may take two lines (``"false\\naccepts"``). ``alert(i)`` marks row ``i`` in the
    alert colour (flagged items, failed sessions). Cells longer than their column end in "…".
    """
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    fig = ax.get_figure()
    box = ax.get_position()
    width_pt = box.width * fig.get_figwidth() * 72
    height_pt = box.height * fig.get_figheight() * 72
    pitch_em, advance_em, _ = _font()
    line = pitch_em * TABLE_SIZE / height_pt  # one row, in axes fraction
    char = advance_em * TABLE_SIZE / width_pt  # one character, in axes fraction
    header_lines = max(tr(c.header).count("\n") + 1 for c in columns)
    head = header_lines * line
    shown = [list(r) for r in rows[:max_rows]]
    flagged = [alert is not None and alert(i) for i in range(len(shown))]

    x = 0.004
    spans = []
    for col in columns:
        spans.append((x, x + col.width * char))
        x += (col.width + GAP) * char

    style = {"family": TABLE_FONT, "fontsize": TABLE_SIZE, "va": "top", "linespacing": "normal"}
    for i in range(1, len(shown), 2):
        top = 1 - head - i * line
        ax.axhspan(top - line, top, color=STRIPE, lw=0)
    ax.plot([0, 1], [1 - head, 1 - head], color=RULE, lw=0.8)

    for c, (col, (left, right)) in enumerate(zip(columns, spans, strict=True)):
        xpos, ha = (right, "right") if col.align == "right" else (left, "left")
        header = tr(col.header)  # in the report's language; the English text is the key
        lines = header.split("\n")
        # Bottom-align short headers under two-line neighbours.
        ax.text(xpos, 1 - (header_lines - len(lines)) * line, header, ha=ha,
                multialignment=ha, weight="bold", color=INK, **style)  # fmt: skip
        cells = [_cut(str(r[c]), col.width) for r in shown]
        run = _RUN if all(_fits(ch) for cell in cells for ch in cell) else 1
        start = 0
        while start < len(cells):
            end = start + 1
            while end < len(cells) and end - start < run and flagged[end] == flagged[start]:
                end += 1
            ax.text(xpos, 1 - head - (start + _DROP) * line, "\n".join(cells[start:end]), ha=ha,
                    multialignment=ha, color=ALERT if flagged[start] else INK, **style)  # fmt: skip
            start = end


def period_text(start: datetime | None, end: datetime | None) -> str:
    if start is None and end is None:
        return tr("no attempts in the period")
    if start is None:
        return tr("up to {date}").format(date=date_text(end))
    if end is None:
        return tr("from {date}").format(date=date_text(start))
    return f"{date_text(start)} – {date_text(end)}"


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def pct1(value: float | None) -> str:
    """Percent with one decimal, rounded down, so a failing 79.96% is not shown as 80%."""
    if value is None:
        return "–"
    # The epsilon keeps 0.7 (700.0000000000001 permille) and 0.57 (569.999…) where they belong.
    return f"{math.floor(value * 1000 + 1e-9) / 10:.1f}%"


def num(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    # A value that rounds to zero is zero: "-0.00" reads as a negative discrimination.
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def seconds(ms: float | None) -> str:
    return "–" if ms is None else tr("{seconds} s").format(seconds=f"{ms / 1000:.1f}")
