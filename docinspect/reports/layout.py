"""Page furniture for the PDF reports: A4 pages, headings, key-figure grids, paginated tables."""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

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
        raise ReportError(f"{path}: cannot write there ({exc.strerror or exc})") from exc
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
        raise ReportError(f"{path}: cannot write the report ({exc.strerror or exc})") from exc
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


#: Tables are set in a monospaced font, one text per row: columns align exactly, and a page
#: of 46 rows costs 47 text objects instead of 470 (text is what makes PDF pages slow).
TABLE_FONT = "DejaVu Sans Mono"
TABLE_SIZE = 7.5
_GAP = "  "


def _cell(text: str, col: Column) -> str:
    if len(text) > col.width:
        text = text[: col.width - 1] + "…"
    return text.rjust(col.width) if col.align == "right" else text.ljust(col.width)


def format_row(columns: Sequence[Column], cells: Sequence[str]) -> str:
    """One table row as fixed-width text (cells cut with … when too long)."""
    return _GAP.join(_cell(text, col) for col, text in zip(columns, cells, strict=True)).rstrip()


def draw_table(
    ax: Axes,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    max_rows: int,
    alert: Callable[[int], bool] | None = None,
) -> None:
    """Draw up to ``max_rows`` rows into ``ax`` (axes coordinates), striped, header ruled.

    Headers may take two lines (``"false\\naccepts"``). ``alert(i)`` marks row ``i`` in the
    alert colour (flagged items, failed sessions).
    """
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    header_lines = max(c.header.count("\n") + 1 for c in columns)
    line = 1.0 / (max_rows + header_lines)
    head = header_lines * line
    style = {"family": TABLE_FONT, "fontsize": TABLE_SIZE, "va": "center", "ha": "left"}
    # Header lines are bottom-aligned per column: pad the short ones with blank lines on top.
    split = [c.header.split("\n") for c in columns]
    split = [[""] * (header_lines - len(s)) + s for s in split]
    header = "\n".join(format_row(columns, [s[k] for s in split]) for k in range(header_lines))
    ax.text(0.004, 1 - head / 2, header, weight="bold", color=INK, linespacing=1.05, **style)
    ax.plot([0, 1], [1 - head, 1 - head], color=RULE, lw=0.8)
    for i, cells in enumerate(rows[:max_rows]):
        row_top = 1 - head - i * line
        if i % 2:
            ax.axhspan(row_top - line, row_top, color=STRIPE, lw=0)
        colour = ALERT if alert is not None and alert(i) else INK
        ax.text(0.004, row_top - line / 2, format_row(columns, cells), color=colour, **style)


def period_text(start: datetime | None, end: datetime | None) -> str:
    if start is None and end is None:
        return "no attempts in the period"
    fmt = "%d %b %Y"
    if start is None:
        return f"up to {end:{fmt}}"
    if end is None:
        return f"from {start:{fmt}}"
    return f"{start:{fmt}} – {end:{fmt}}"


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def pct1(value: float | None) -> str:
    """Percent with one decimal, rounded down, so a failing 79.96% is not shown as 80%."""
    if value is None:
        return "–"
    # The epsilon keeps 0.7 (700.0000000000001 permille) and 0.57 (569.999…) where they belong.
    return f"{math.floor(value * 1000 + 1e-9) / 10:.1f}%"


def num(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def seconds(ms: float | None) -> str:
    return "–" if ms is None else f"{ms / 1000:.1f} s"
