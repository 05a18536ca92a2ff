"""Charts of the analytics figures, drawn onto a matplotlib ``Axes``.

The same functions draw into the PDF reports and, through ``FigureCanvasQTAgg``, into the
app's dashboards (docs/decisions/0004-charts-and-pdf-matplotlib.md). They never touch
``pyplot``. Axis labels are keyword arguments so the app can pass translated text; chart
titles are the caller's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.ticker import MaxNLocator

from docinspect.analytics import (
    Accuracy,
    CurvePoint,
    ItemStats,
    MethodConfusion,
    SignalDetection,
)
from docinspect.reports.language import tr

#: Colours chosen to stay distinguishable for red-green colour blindness (Okabe–Ito).
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILION = "#D55E00"
GREEN = "#009E73"
GREY = "#7f7f7f"
#: Confusion tables with this many labels or more number their columns.
NUMBERED_FROM = 7
#: Longest label drawn beside a bar or a row; longer ones end with "…".
LABEL_CHARS = 34
_HEAT = LinearSegmentedColormap.from_list("docinspect_heat", ["#ffffff", BLUE])


def _label(key: str, names: Mapping[str, str] | None) -> str:
    text = (names or {}).get(key, key).replace("_", " ")
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _tidy(ax: Axes) -> None:
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.tick_params(labelsize=8)


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", color=GREY, transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)


def draw_learning_curve(
    ax: Axes,
    curve: Sequence[CurvePoint],
    *,
    pass_mark: float | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    empty: str | None = None,
    pass_label: str | None = None,
) -> None:
    """Rolling accuracy against attempt number, with the pass mark as a dashed line."""
    xlabel = tr("attempt") if xlabel is None else xlabel
    ylabel = tr("rolling accuracy (%)") if ylabel is None else ylabel
    empty = tr("no attempts yet") if empty is None else empty
    pass_label = tr("pass mark") if pass_label is None else pass_label
    if not curve:
        _empty(ax, empty)
        return
    x = np.array([p.attempt for p in curve])
    y = np.array([p.accuracy for p in curve]) * 100
    ax.plot(x, y, color=BLUE, linewidth=1.4)
    ax.fill_between(x, y, color=BLUE, alpha=0.08)
    if pass_mark is not None:
        ax.axhline(pass_mark * 100, color=VERMILION, linestyle="--", linewidth=1)
        ax.text(
            x[-1],
            pass_mark * 100 + 1.5,
            pass_label,
            color=VERMILION,
            fontsize=7,
            ha="right",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85},
        )
    ax.set_xlim(1, max(2, int(x[-1])))
    # Attempts are counted: no "2.5th attempt" tick with only a few attempts.
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, 105)
    ax.set_xlabel(xlabel, fontsize=8)
    ax.set_ylabel(ylabel, fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    _tidy(ax)


def draw_accuracy_bars(
    ax: Axes,
    accuracy: Mapping[str, Accuracy],
    *,
    names: Mapping[str, str] | None = None,
    xlabel: str | None = None,
    empty: str | None = None,
) -> None:
    """Horizontal bars of accuracy per group, each labelled with correct/total."""
    xlabel = tr("accuracy (%)") if xlabel is None else xlabel
    empty = tr("no attempts") if empty is None else empty
    rows = [(k, a) for k, a in accuracy.items() if a.total]
    if not rows:
        _empty(ax, empty)
        return
    rows.reverse()  # first key at the top
    labels = [_label(k, names) for k, _ in rows]
    values = [a.rate * 100 for _, a in rows]
    colours = [GREEN if v >= 80 else ORANGE if v >= 60 else VERMILION for v in values]
    y = np.arange(len(rows))
    ax.barh(y, values, color=colours, height=0.6)
    for yi, (v, (_, a)) in enumerate(zip(values, rows, strict=True)):
        ax.text(min(v, 100) + 1.5, yi, f"{a.correct}/{a.total}", va="center", fontsize=7)
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_xlim(0, 118)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel(xlabel, fontsize=8)
    ax.grid(axis="x", alpha=0.3)
    _tidy(ax)


def draw_detection_space(
    ax: Axes,
    points: Sequence[tuple[str, SignalDetection]],
    *,
    xlabel: str | None = None,
    ylabel: str | None = None,
    empty: str | None = None,
    annotate: bool = True,
) -> None:
    """Hit rate against false-alarm rate, with the chance line and curves of equal d′.

    Up and left is better; the distance from the diagonal is d′, the side of the anti-diagonal
    is the bias.
    """
    xlabel = tr("false alarms: genuine refused (%)") if xlabel is None else xlabel
    ylabel = tr("hits: forged refused (%)") if ylabel is None else ylabel
    empty = tr("no genuine/forged decisions yet") if empty is None else empty
    usable = [
        (label, sd)
        for label, sd in points
        if sd.hit_rate is not None and sd.false_alarm_rate is not None
    ]
    if not usable:
        _empty(ax, empty)
        return
    from statistics import NormalDist

    nd = NormalDist()
    f = np.linspace(0.001, 0.999, 200)
    ax.plot([0, 100], [0, 100], color=GREY, linewidth=0.8, linestyle=":")
    for d in (1.0, 2.0, 3.0):
        h = np.array([nd.cdf(nd.inv_cdf(v) + d) for v in f])
        ax.plot(f * 100, h * 100, color=GREY, linewidth=0.6, alpha=0.6)
        k = 12
        ax.text(f[k] * 100 + 1, h[k] * 100 - 1, f"d′={d:g}", fontsize=6, color=GREY, va="top")
    xs = [sd.false_alarm_rate * 100 for _, sd in usable]
    ys = [sd.hit_rate * 100 for _, sd in usable]
    ax.scatter(xs, ys, s=28, color=BLUE, zorder=3, edgecolor="white", linewidth=0.6)
    if annotate and len(usable) <= 12:
        for (label, _), x, y in zip(usable, xs, ys, strict=True):
            ax.annotate(label, (x, y), xytext=(4, -8), textcoords="offset points", fontsize=7)
    ax.set_xlim(-2, 102)
    ax.set_ylim(-2, 102)
    ax.set_aspect("equal")
    ax.set_xlabel(xlabel, fontsize=8)
    ax.set_ylabel(ylabel, fontsize=8)
    _tidy(ax)


def draw_item_map(
    ax: Axes,
    items: Sequence[ItemStats],
    *,
    xlabel: str | None = None,
    ylabel: str | None = None,
    empty: str | None = None,
    label_flagged: bool = True,
) -> None:
    """Discrimination against difficulty; flagged items (r < 0) in red and named."""
    xlabel = tr("difficulty p (proportion correct)") if xlabel is None else xlabel
    ylabel = tr("discrimination (item–rest r)") if ylabel is None else ylabel
    empty = tr("no item has a discrimination yet") if empty is None else empty
    defined = [s for s in items if s.discrimination is not None]
    if not defined:
        _empty(ax, empty)
        return
    ok = [s for s in defined if not s.flagged]
    bad = [s for s in defined if s.flagged]
    ax.axhline(0, color=VERMILION, linewidth=0.8)
    ax.axhline(0.2, color=GREY, linewidth=0.6, linestyle="--")
    ax.axvspan(0, 0.2, color=GREY, alpha=0.07)
    ax.axvspan(0.95, 1.0, color=GREY, alpha=0.07)
    ax.scatter(
        [s.difficulty for s in ok], [s.discrimination for s in ok], s=16, color=BLUE, alpha=0.8
    )
    ax.scatter(
        [s.difficulty for s in bad],
        [s.discrimination for s in bad],
        s=26,
        color=VERMILION,
        marker="D",
    )
    # Names only while they stay readable; the table beside the chart lists every flag.
    if label_flagged and len(bad) <= 4:
        for s in bad:
            ax.annotate(
                s.item,
                (s.difficulty, s.discrimination),
                xytext=(4, -3),
                textcoords="offset points",
                fontsize=6,
                color=VERMILION,
            )
    low = min(-0.25, min(s.discrimination for s in defined) - 0.05)
    ax.set_xlim(0, 1)
    ax.set_ylim(low, 1.0)
    ax.set_xlabel(xlabel, fontsize=8)
    ax.set_ylabel(ylabel, fontsize=8)
    ax.grid(alpha=0.25)
    _tidy(ax)


def draw_confusion(
    ax: Axes,
    confusion: MethodConfusion,
    *,
    names: Mapping[str, str] | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    empty: str | None = None,
) -> None:
    """Heat map of true × answered method with the counts written in the cells.

    With ``NUMBERED_FROM`` labels or more the columns are numbered and the rows say
    "3  Photo substitution": twenty names do not fit under a column each.
    """
    xlabel = tr("answered") if xlabel is None else xlabel
    ylabel = tr("true method") if ylabel is None else ylabel
    empty = tr("no method answers yet") if empty is None else empty
    counts = np.array(confusion.counts, dtype=float)
    if counts.size == 0 or counts.sum() == 0:
        _empty(ax, empty)
        return
    labels = [_label(k, names) for k in confusion.labels]
    # Colour by row share so a rare method's mix-ups are as visible as a common one's.
    row = counts.sum(axis=1, keepdims=True)
    share = np.divide(counts, row, out=np.zeros_like(counts), where=row > 0)
    ax.imshow(share, cmap=_HEAT, vmin=0, vmax=1, aspect="auto")
    n = len(labels)
    size = 7 if n < NUMBERED_FROM else (5.5 if n <= 14 else 4.5)
    for r in range(n):
        for c in range(n):
            if counts[r, c]:
                ax.text(
                    c,
                    r,
                    f"{int(counts[r, c])}",
                    ha="center",
                    va="center",
                    fontsize=size,
                    color="white" if share[r, c] > 0.6 else "black",
                )
    if n < NUMBERED_FROM:
        ax.set_xticks(range(n), labels, rotation=35, ha="right", fontsize=7)
        ax.set_yticks(range(n), labels, fontsize=7)
    else:
        ax.set_xticks(range(n), [str(k + 1) for k in range(n)], fontsize=6)
        ax.set_yticks(range(n), [f"{label}  {k + 1}" for k, label in enumerate(labels)], fontsize=6)
    ax.tick_params(length=0)
    ax.set_xlabel(xlabel, fontsize=8)
    ax.set_ylabel(ylabel, fontsize=8)
