"""Blocks of a report page shared by the trainee and cohort PDFs."""

from __future__ import annotations

from collections.abc import Mapping

from matplotlib.figure import Figure

from docinspect.analytics import Accuracy, MethodConfusion
from docinspect.reports.charts import LABEL_CHARS, NUMBERED_FROM, draw_accuracy_bars, draw_confusion
from docinspect.reports.language import tr
from docinspect.reports.layout import MARGIN, heading
from docinspect.reports.names import category_names, method_names

#: Where the method chart's heading and bars start: its names (up to 34 characters) need the
#: room between the category chart and the bars.
_METHOD_HEADING_X = 0.45
_METHOD_BARS_X = 0.71


def bars_height(rows: int, room: float) -> float:
    """Bars of a readable thickness: the chart grows with its rows up to the room left."""
    return min(room, 0.05 + 0.03 * max(rows, 1))


def accuracy_pair(
    fig: Figure,
    top: float,
    by_category: Mapping[str, Accuracy],
    by_method: Mapping[str, Accuracy],
    *,
    bottom: float = 0.07,
) -> None:
    """Accuracy per feature category (left) and per forgery method (right), from ``top`` down."""
    heading(fig, top, tr("Accuracy per feature category"))
    fig.text(_METHOD_HEADING_X, top, tr("Accuracy per forgery method"), fontsize=11, weight="bold")
    room = top - 0.03 - bottom
    h = bars_height(len(by_category), room)
    ax = fig.add_axes((MARGIN + 0.12, top - 0.025 - h, 0.2, h))
    draw_accuracy_bars(ax, by_category, names=category_names())
    h = bars_height(len(by_method), room)
    ax = fig.add_axes((_METHOD_BARS_X, top - 0.025 - h, 1 - MARGIN - _METHOD_BARS_X, h))
    draw_accuracy_bars(ax, by_method, names=method_names())
    if len(by_method) > 10:
        ax.tick_params(axis="y", labelsize=7)


def confusion_height(confusion: MethodConfusion) -> float:
    """Figure height a confusion table needs: small tables stay small."""
    n = len(confusion.labels)
    return 0.17 if n < NUMBERED_FROM else min(0.42, 0.1 + 0.016 * n)


def confusion_block(fig: Figure, top: float, confusion: MethodConfusion, *, title: str) -> float:
    """Heading and confusion table from ``top`` down; returns the y below it (labels included)."""
    heading(fig, top, title)
    h = confusion_height(confusion)
    numbered = len(confusion.labels) >= NUMBERED_FROM
    # Numbered tables carry names on the left only; small ones need room below for names.
    # A long name on the left (a translated one) moves the table right, so the axis title
    # stays on the page.
    left, width = (0.36, 0.56) if numbered else (MARGIN + 0.2 + 0.0065 * _beyond(confusion), 0.45)
    ax = fig.add_axes((left, top - 0.02 - h, width, h))
    draw_confusion(ax, confusion, names=method_names())
    return top - 0.02 - h - labels_room(confusion)


def labels_room(confusion: MethodConfusion) -> float:
    """Figure height under a confusion table for its column names: a small table's names
    stand slanted below it, and a Russian or Bulgarian name is longer than the English one."""
    if len(confusion.labels) >= NUMBERED_FROM:
        return 0.05
    # A slanted name reaches down about 0.004 of the page per character.
    return 0.1 + 0.004 * _beyond(confusion)


def _beyond(confusion: MethodConfusion) -> int:
    """Characters of the longest method name beyond what the standard layout holds."""
    names = method_names()
    longest = max((len(names.get(k, k)) for k in confusion.labels), default=0)
    return max(0, min(longest, LABEL_CHARS) - 26)
