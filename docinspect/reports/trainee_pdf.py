"""The trainee report: a PDF of a trainee's figures over a period."""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

from docinspect.analytics.dashboard import TraineeDashboard
from docinspect.model.exercise import DEFAULT_PASS_MARK
from docinspect.reports.blocks import accuracy_pair, confusion_block, confusion_height
from docinspect.reports.charts import NUMBERED_FROM, draw_detection_space, draw_learning_curve
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
)

SESSION_COLUMNS = (
    Column("exercise", 40),
    Column("finished", 17),
    Column("score", 7, "right"),
    Column("pass mark", 9, "right"),
    Column("result", 6),
)
#: Table area of a page given over to sessions.
_TABLE_TOP, _TABLE_BOTTOM = 0.885, 0.05


def write_trainee_pdf(dash: TraineeDashboard, path: Path, *, now: datetime | None = None) -> None:
    """Write the trainee report to ``path`` atomically (ReportError when it cannot be written)."""
    now = now or datetime.now()
    title = f"Trainee report — {dash.name}"
    subtitle = (
        f"Trainee {dash.trainee}   ·   period {period_text(dash.start, dash.end)}   ·   "
        f"{dash.overall.total} attempts"
    )
    footer = f"DocInspect · generated {now:%d %b %Y %H:%M}"
    with pdf_document(path, title=title) as pdf:
        fig = new_page(title, subtitle, footer + " · page 1")
        sd = dash.detection
        bottom = key_figures(
            fig,
            0.915,
            [
                ("accuracy (all questions)", pct(dash.overall.rate)),
                ("hit rate: forged refused", pct(sd.hit_rate)),
                ("false alarms: genuine refused", pct(sd.false_alarm_rate)),
                ("false accepts: forged passed", pct(sd.false_accept_rate)),
                ("sensitivity d′", num(sd.d_prime)),
                ("criterion c (< 0: refuses readily)", num(sd.criterion)),
                ("faces: impostors refused", pct(dash.faces.hit_rate)),
                ("faces: holders refused", pct(dash.faces.false_alarm_rate)),
                ("mean decision time", seconds(dash.times.mean_ms)),
                ("median decision time", seconds(dash.times.median_ms)),
            ],
        )
        exercises = ", ".join(dash.names.exercise(e) for e in dash.exercises) or "none"
        note(fig, bottom - 0.012, f"Exercises taken: {exercises}")

        heading(fig, bottom - 0.045, "Learning curve")
        ax = fig.add_axes((MARGIN + 0.05, bottom - 0.265, 1 - 2 * MARGIN - 0.06, 0.2))
        draw_learning_curve(ax, dash.curve, pass_mark=DEFAULT_PASS_MARK)
        note(fig, bottom - 0.3, "Share correct of the last 20 attempts, after each attempt.")

        accuracy_pair(fig, bottom - 0.335, dash.by_category, dash.by_method)
        pdf.savefig(fig)

        fig = new_page(title, subtitle, footer + " · page 2")
        heading(fig, 0.9, "Genuine or forged?")
        ax = fig.add_axes((MARGIN + 0.05, 0.6, 0.36, 0.27))
        draw_detection_space(ax, [(dash.name, sd)], annotate=False)
        fig.text(
            0.53,
            0.86,
            _detection_text(dash),
            fontsize=8,
            va="top",
            linespacing=1.6,
        )
        below = confusion_block(fig, 0.55, dash.confusion, title="Which method? (true × answered)")
        first_rows = sessions_on_page_two(dash)
        if first_rows:
            # A small confusion table leaves room for the first sessions on this page.
            heading(fig, below, "Exercise sessions")
            _sessions_table(fig, dash, _TABLE_BOTTOM, below - 0.015, first_rows, start=0)
        pdf.savefig(fig)

        per_page = rows_that_fit(_TABLE_TOP - _TABLE_BOTTOM, SESSION_COLUMNS)
        start, page = first_rows, 3
        while start < len(dash.sessions) or (start == 0 and first_rows == 0):
            fig = new_page(title, subtitle, footer + f" · page {page}")
            heading(fig, 0.9, "Exercise sessions" + (" (continued)" if start else ""))
            _sessions_table(fig, dash, _TABLE_BOTTOM, _TABLE_TOP, per_page, start=start)
            pdf.savefig(fig)
            start += per_page
            page += 1


def sessions_on_page_two(dash: TraineeDashboard) -> int:
    """Session rows that fit under the confusion table on page 2 (0: they start on page 3)."""
    below = 0.55 - 0.02 - confusion_height(dash.confusion)
    below -= 0.05 if len(dash.confusion.labels) >= NUMBERED_FROM else 0.1
    rows = rows_that_fit(below - 0.015 - _TABLE_BOTTOM, SESSION_COLUMNS)
    return rows if rows >= 5 else 0


def _detection_text(dash: TraineeDashboard) -> str:
    sd = dash.detection
    lines = [
        f"Forged documents seen: {sd.forged_trials}; refused {sd.hits}, passed {sd.misses}.",
        f"Genuine documents seen: {sd.genuine_trials}; passed {sd.correct_rejections}, "
        f"refused {sd.false_alarms}.",
        f"Faces: impostors seen {dash.faces.forged_trials}, refused {dash.faces.hits}; "
        f"holders seen {dash.faces.genuine_trials},",
        f"refused {dash.faces.false_alarms} (face d′ = {num(dash.faces.d_prime)}).",
        "",
        f"d′ = {num(sd.d_prime)}: how well forged and genuine are told apart",
        "(0 = guessing, 2 = good, 3 and more = very good).",
        f"c = {num(sd.criterion)}: the bias; below 0 refuses readily,",
        "above 0 lets documents through readily.",
        "(d′ and c use the log-linear correction, so perfect",
        "records stay finite.)",
    ]
    if dash.skills_due:
        due = ", ".join(s.skill.replace("_", " ") for s in dash.skills_due[:8])
        more = f" and {len(dash.skills_due) - 8} more" if len(dash.skills_due) > 8 else ""
        lines += ["", *textwrap.wrap(f"Due for review: {due}{more}.", 52)]
    return "\n".join(lines)


def _sessions_table(
    fig, dash: TraineeDashboard, bottom: float, top: float, rows: int, *, start: int
) -> None:
    ax = fig.add_axes((MARGIN, bottom, 1 - 2 * MARGIN, top - bottom))
    chunk = dash.sessions[start : start + rows]
    if not dash.sessions:
        ax.set_axis_off()
        ax.text(0, 0.95, "No finished sessions in the period.", fontsize=8, va="top")
        return
    draw_table(
        ax,
        SESSION_COLUMNS,
        [
            [
                dash.names.exercise(s.exercise),
                f"{s.finished:%d %b %Y %H:%M}",
                pct1(s.score),
                pct1(s.pass_mark),
                "passed" if s.passed else "failed",
            ]
            for s in chunk
        ],
        max_rows=rows,
        alert=lambda i: not chunk[i].passed,
    )
