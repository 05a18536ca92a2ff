"""The cohort report: a PDF of a cohort's figures for its instructor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages

from docinspect.analytics.cohort import CohortAnalysis, TraineeSummary
from docinspect.analytics.items import ItemStats, review_order
from docinspect.analytics.names import template_name
from docinspect.reports.blocks import accuracy_pair, confusion_block
from docinspect.reports.charts import draw_detection_space, draw_item_map
from docinspect.reports.language import date_text, tr
from docinspect.reports.layout import (
    MARGIN,
    Column,
    draw_table,
    heading,
    key_figures,
    new_page,
    note,
    num,
    pct,
    pct1,
    pdf_document,
    period_text,
    rows_that_fit,
    seconds,
    table_height,
)
from docinspect.reports.names import exercise_title, method_names

#: Below this d′ a trainee's row is marked: they barely tell forged from genuine yet.
WEAK_D_PRIME = 1.0
_TABLE_BOTTOM = 0.05

_TRAINEE_COLUMNS = (
    Column("trainee", 22),
    Column("attempts", 8, "right"),
    Column("accuracy", 8, "right"),
    Column("hit\nrate", 5, "right"),
    Column("false\nalarms", 6, "right"),
    Column("false\naccepts", 7, "right"),
    Column("d′", 5, "right"),
    Column("c", 5, "right"),
    Column("face\nhits", 5, "right"),
    Column("face\nFA", 5, "right"),
    Column("median\ntime", 7, "right"),
    Column("sessions\npassed", 8, "right"),
)
_ITEM_COLUMNS = (
    Column("item", 52),
    Column("trainees", 8, "right"),
    Column("attempts", 8, "right"),
    Column("difficulty\np", 10, "right"),
    Column("discrimination\nr", 14, "right"),
    Column("", 11),
)


class _Pages:
    """Numbers pages as they are added and carries the running header and footer."""

    def __init__(self, pdf: PdfPages, title: str, subtitle: str, footer: str) -> None:
        self.pdf, self.title, self.subtitle, self.footer = pdf, title, subtitle, footer
        self.number = 0

    def new(self):
        self.number += 1
        return new_page(
            self.title,
            self.subtitle,
            self.footer + tr(" · page {number}").format(number=self.number),
        )

    def save(self, fig) -> None:
        self.pdf.savefig(fig)


def write_cohort_pdf(cohort: CohortAnalysis, path: Path, *, now: datetime | None = None) -> None:
    """Write the cohort report to ``path`` atomically (ReportError when it cannot be written)."""
    now = now or datetime.now()
    title = tr("Cohort report — {name}").format(name=cohort.name)
    subtitle = tr(
        "Cohort {cohort}   ·   period {period}   ·   {trainees} trainees   ·   {attempts} attempts"
    ).format(
        cohort=cohort.cohort,
        period=period_text(cohort.start, cohort.end),
        trainees=len(cohort.trainees),
        attempts=cohort.overall.total,
    )
    with pdf_document(path, title=title) as pdf:
        footer = tr("DocInspect · generated {moment}").format(moment=date_text(now, time=True))
        pages = _Pages(pdf, title, subtitle, footer)
        _summary_page(pages, cohort)
        _trainee_pages(pages, cohort.trainees)
        _item_pages(pages, tr("Item analysis per question"), cohort.items, cohort.names.item)
        _item_pages(
            pages, tr("Item analysis per specimen template"), cohort.templates, template_name
        )
        _methods_and_passes_page(pages, cohort)


def _summary_page(pages: _Pages, cohort: CohortAnalysis) -> None:
    fig = pages.new()
    sd = cohort.detection
    sessions = sum(p.sessions for p in cohort.passes.values())
    passed = sum(p.passed for p in cohort.passes.values())
    bottom = key_figures(
        fig,
        0.915,
        [
            (tr("accuracy (all questions)"), pct(cohort.overall.rate)),
            (tr("hit rate: forged refused"), pct(sd.hit_rate)),
            (tr("false alarms: genuine refused"), pct(sd.false_alarm_rate)),
            (tr("false accepts: forged passed"), pct(sd.false_accept_rate)),
            (tr("sensitivity d′ (pooled)"), num(sd.d_prime)),
            (tr("criterion c (pooled)"), num(sd.criterion)),
            (tr("faces: impostors refused"), pct(cohort.faces.hit_rate)),
            (tr("faces: holders refused"), pct(cohort.faces.false_alarm_rate)),
            (tr("sessions passed"), f"{passed}/{sessions}"),
            (tr("items flagged (r < 0)"), str(len(cohort.flagged_items))),
        ],
    )
    taken = ", ".join(exercise_title(cohort.names.exercise(e)) for e in cohort.exercises)
    note(
        fig,
        bottom - 0.012,
        tr("Exercises taken: {exercises}").format(exercises=taken or tr("none")),
    )
    heading(fig, bottom - 0.045, tr("Genuine or forged? One point per trainee"))
    ax = fig.add_axes((MARGIN + 0.05, bottom - 0.39, 0.4, 0.33))
    points = [(t.name, t.detection) for t in cohort.trainees]
    draw_detection_space(ax, points)
    fig.text(
        0.56,
        bottom - 0.08,
        tr(
            "Up and to the left is better.\n"
            "Curves join equal sensitivity d′;\nthe dotted diagonal is guessing.\n\n"
            "Trainees below d′ = {weak}: {n} of {total}\n"
            "(marked in the trainee table)."
        ).format(
            weak=f"{WEAK_D_PRIME:g}",
            n=sum(1 for t in cohort.trainees if _weak(t)),
            total=len(cohort.trainees),
        ),
        fontsize=8,
        va="top",
        linespacing=1.6,
    )
    accuracy_pair(fig, bottom - 0.44, cohort.by_category, cohort.by_method)
    pages.save(fig)


def _weak(t: TraineeSummary) -> bool:
    return t.detection.d_prime is None or t.detection.d_prime < WEAK_D_PRIME


def _table_pages(
    pages: _Pages,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    alert: Callable[[int], bool],
    *,
    first_top: float = 0.9,
    first_fig=None,
) -> None:
    start, fig, top = 0, first_fig, first_top
    while True:
        if fig is None:
            fig = pages.new()
            top = 0.9
        suffix = tr(" (continued)") if start else ""
        heading(fig, top, title + suffix)
        height = top - 0.015 - _TABLE_BOTTOM
        capacity = max(1, rows_that_fit(height, columns))
        ax = fig.add_axes((MARGIN, _TABLE_BOTTOM, 1 - 2 * MARGIN, height))
        chunk_start = start
        draw_table(
            ax,
            columns,
            rows[start : start + capacity],
            max_rows=capacity,
            alert=lambda i, s=chunk_start: alert(s + i),
        )
        if not rows:
            ax.text(
                0.005,
                1 - table_height(1, columns) / height,
                tr("none in the period"),
                fontsize=7.5,
                va="top",
            )
        pages.save(fig)
        start += capacity
        fig = None
        if start >= len(rows):
            return


def _trainee_pages(pages: _Pages, trainees: Sequence[TraineeSummary]) -> None:
    ordered = sorted(trainees, key=lambda t: (t.name.lower(), t.trainee))
    rows = [
        [
            t.name,
            str(t.overall.total),
            pct(t.overall.rate),
            pct(t.detection.hit_rate),
            pct(t.detection.false_alarm_rate),
            pct(t.detection.false_accept_rate),
            num(t.detection.d_prime),
            num(t.detection.criterion),
            pct(t.faces.hit_rate),
            pct(t.faces.false_alarm_rate),
            seconds(t.times.median_ms),
            f"{t.sessions_passed}/{t.sessions}",
        ]
        for t in ordered
    ]
    _table_pages(pages, tr("Trainees"), _TRAINEE_COLUMNS, rows, lambda i: _weak(ordered[i]))


def _item_pages(
    pages: _Pages, title: str, items: Sequence[ItemStats], name: Callable[[str], str]
) -> None:
    fig = pages.new()
    heading(fig, 0.9, title)
    ax = fig.add_axes((MARGIN + 0.06, 0.57, 0.5, 0.3))
    draw_item_map(ax, items)
    undefined = sum(1 for s in items if s.discrimination is None)
    fig.text(
        0.63,
        0.87,
        tr(
            "Difficulty p: share of attempts correct.\n"
            "Discrimination: correlation between the item\n"
            "and the trainee's score on the other items\n"
            "(corrected point-biserial).\n\n"
            "Red diamonds: r < 0, better trainees get\n"
            "the item wrong more often. Check its key,\nwording and specimen.\n"
            "Dashed line: r = 0.2, below which an item\nsays little.\n\n"
            "{items} items, {flagged} flagged, {undefined}\n"
            "without r (one trainee, or no spread)."
        ).format(items=len(items), flagged=sum(s.flagged for s in items), undefined=undefined),
        fontsize=7.5,
        va="top",
        linespacing=1.5,
    )
    ordered = review_order(items)
    rows = [
        [
            _short(name(s.item), 64),
            str(s.trainees),
            str(s.attempts),
            num(s.difficulty),
            num(s.discrimination),
            tr("FLAGGED") if s.flagged else (tr("one trainee") if s.trainees < 2 else ""),
        ]
        for s in ordered
    ]
    # One page per item kind: the items to talk about in a debrief. Every item is in the
    # CSV of ``docinspect report items``; a printed list of hundreds helps no one and makes
    # the PDF slow (text is what a PDF page costs).
    shown = min(len(rows), rows_that_fit(0.52 - 0.015 - _TABLE_BOTTOM, _ITEM_COLUMNS))
    title = tr("Items to review: flagged first, then the least discriminating")
    if shown < len(rows):
        fig.text(
            MARGIN,
            0.035,
            tr(
                "{shown} of {total} items shown; all of them: "
                "docinspect report items --out FILE.csv"
            ).format(shown=shown, total=len(rows)),
            fontsize=7,
            color="#666666",
        )
    _table_pages(
        pages, title, _ITEM_COLUMNS, rows[:shown], lambda i: ordered[i].flagged,
        first_top=0.52, first_fig=fig,
    )  # fmt: skip


def _methods_and_passes_page(pages: _Pages, cohort: CohortAnalysis) -> None:
    fig = pages.new()
    below = confusion_block(
        fig, 0.9, cohort.confusion, title=tr("Which method? (true × answered, whole cohort)")
    )
    mix = cohort.confusion.mix_ups()[:5]
    names = method_names()
    if mix:
        text = tr("Most frequent mix-ups: ") + "; ".join(
            tr("{true} answered as {answered} ({n})").format(
                true=_name(names, t), answered=_name(names, a), n=n
            )
            for t, a, n in mix
        )
        fig.text(MARGIN, below, _wrap(text, 120), fontsize=7.5, va="top", linespacing=1.5)
    passes = list(cohort.passes.values())
    rows = [
        [
            _short(exercise_title(cohort.names.exercise(p.exercise)), 48),
            str(p.sessions),
            str(p.passed),
            str(p.failed),
            pct1(p.pass_rate),
        ]
        for p in passes
    ]
    _table_pages(
        pages,
        tr("Pass and fail per exercise"),
        (
            Column("exercise", 40),
            Column("sessions", 8, "right"),
            Column("passed", 8, "right"),
            Column("failed", 8, "right"),
            Column("pass rate", 9, "right"),
        ),
        rows,
        lambda i: (passes[i].pass_rate or 0) < 0.5,
        first_top=below - 0.08,
        first_fig=fig,
    )


def _name(names: dict[str, str], key: str) -> str:
    return names.get(key, key.replace("_", " "))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))
