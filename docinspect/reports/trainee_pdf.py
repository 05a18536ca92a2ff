"""The trainee report: a PDF of a trainee's figures over a period."""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

from docinspect.analytics.dashboard import TraineeDashboard
from docinspect.model.exercise import DEFAULT_PASS_MARK
from docinspect.reports.blocks import (
    accuracy_pair,
    confusion_block,
    confusion_height,
    labels_room,
)
from docinspect.reports.charts import draw_detection_space, draw_learning_curve
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
)
from docinspect.reports.names import exercise_title, skill_name

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
    title = tr("Trainee report — {name}").format(name=dash.name)
    subtitle = tr("Trainee {trainee}   ·   period {period}   ·   {attempts} attempts").format(
        trainee=dash.trainee, period=period_text(dash.start, dash.end), attempts=dash.overall.total
    )
    footer = tr("DocInspect · generated {moment}").format(moment=date_text(now, time=True))
    page = tr(" · page {number}")
    with pdf_document(path, title=title) as pdf:
        fig = new_page(title, subtitle, footer + page.format(number=1))
        sd = dash.detection
        bottom = key_figures(
            fig,
            0.915,
            [
                (tr("accuracy (all questions)"), pct(dash.overall.rate)),
                (tr("hit rate: forged refused"), pct(sd.hit_rate)),
                (tr("false alarms: genuine refused"), pct(sd.false_alarm_rate)),
                (tr("false accepts: forged passed"), pct(sd.false_accept_rate)),
                (tr("sensitivity d′"), num(sd.d_prime)),
                (tr("criterion c (< 0: refuses readily)"), num(sd.criterion)),
                (tr("faces: impostors refused"), pct(dash.faces.hit_rate)),
                (tr("faces: holders refused"), pct(dash.faces.false_alarm_rate)),
                (tr("mean decision time"), seconds(dash.times.mean_ms)),
                (tr("median decision time"), seconds(dash.times.median_ms)),
            ],
        )
        exercises = ", ".join(exercise_title(dash.names.exercise(e)) for e in dash.exercises)
        note(
            fig,
            bottom - 0.012,
            tr("Exercises taken: {exercises}").format(exercises=exercises or tr("none")),
        )

        heading(fig, bottom - 0.045, tr("Learning curve"))
        ax = fig.add_axes((MARGIN + 0.05, bottom - 0.265, 1 - 2 * MARGIN - 0.06, 0.2))
        draw_learning_curve(ax, dash.curve, pass_mark=DEFAULT_PASS_MARK)
        note(fig, bottom - 0.3, tr("Share correct of the last 20 attempts, after each attempt."))

        accuracy_pair(fig, bottom - 0.335, dash.by_category, dash.by_method)
        pdf.savefig(fig)

        fig = new_page(title, subtitle, footer + page.format(number=2))
        heading(fig, 0.9, tr("Genuine or forged?"))
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
        below = confusion_block(
            fig, 0.55, dash.confusion, title=tr("Which method? (true × answered)")
        )
        first_rows = sessions_on_page_two(dash)
        if first_rows:
            # A small confusion table leaves room for the first sessions on this page.
            heading(fig, below, tr("Exercise sessions"))
            _sessions_table(fig, dash, _TABLE_BOTTOM, below - 0.015, first_rows, start=0)
        pdf.savefig(fig)

        per_page = rows_that_fit(_TABLE_TOP - _TABLE_BOTTOM, SESSION_COLUMNS)
        start, number = first_rows, 3
        while start < len(dash.sessions) or (start == 0 and first_rows == 0):
            fig = new_page(title, subtitle, footer + page.format(number=number))
            heading(fig, 0.9, tr("Exercise sessions") + (tr(" (continued)") if start else ""))
            _sessions_table(fig, dash, _TABLE_BOTTOM, _TABLE_TOP, per_page, start=start)
            pdf.savefig(fig)
            start += per_page
            number += 1


def sessions_on_page_two(dash: TraineeDashboard) -> int:
    """Session rows that fit under the confusion table on page 2 (0: they start on page 3)."""
    below = 0.55 - 0.02 - confusion_height(dash.confusion)
    below -= labels_room(dash.confusion)
    rows = rows_that_fit(below - 0.015 - _TABLE_BOTTOM, SESSION_COLUMNS)
    return rows if rows >= 5 else 0


def _detection_text(dash: TraineeDashboard) -> str:
    sd = dash.detection
    faces = dash.faces
    lines = [
        tr("Forged documents seen: {seen}; refused {hits}, passed {misses}.").format(
            seen=sd.forged_trials, hits=sd.hits, misses=sd.misses
        ),
        tr("Genuine documents seen: {seen}; passed {passed}, refused {refused}.").format(
            seen=sd.genuine_trials, passed=sd.correct_rejections, refused=sd.false_alarms
        ),
        tr("Faces: impostors seen {seen}, refused {hits}; holders seen {holders},").format(
            seen=faces.forged_trials, hits=faces.hits, holders=faces.genuine_trials
        ),
        tr("refused {refused} (face d′ = {d}).").format(
            refused=faces.false_alarms, d=num(faces.d_prime)
        ),
        "",
        tr("d′ = {d}: how well forged and genuine are told apart").format(d=num(sd.d_prime)),
        tr("(0 = guessing, 2 = good, 3 and more = very good)."),
        tr("c = {c}: the bias; below 0 refuses readily,").format(c=num(sd.criterion)),
        tr("above 0 lets documents through readily."),
        tr("(d′ and c use the log-linear correction, so perfect"),
        tr("records stay finite.)"),
    ]
    if dash.skills_due:
        due = ", ".join(skill_name(s.skill) for s in dash.skills_due[:8])
        more = (
            tr(" and {n} more").format(n=len(dash.skills_due) - 8)
            if len(dash.skills_due) > 8
            else ""
        )
        lines += [
            "",
            *textwrap.wrap(tr("Due for review: {due}{more}.").format(due=due, more=more), 52),
        ]
    return "\n".join(lines)


def _sessions_table(
    fig, dash: TraineeDashboard, bottom: float, top: float, rows: int, *, start: int
) -> None:
    ax = fig.add_axes((MARGIN, bottom, 1 - 2 * MARGIN, top - bottom))
    chunk = dash.sessions[start : start + rows]
    if not dash.sessions:
        ax.set_axis_off()
        ax.text(0, 0.95, tr("No finished sessions in the period."), fontsize=8, va="top")
        return
    draw_table(
        ax,
        SESSION_COLUMNS,
        [
            [
                exercise_title(dash.names.exercise(s.exercise)),
                date_text(s.finished, time=True),
                pct1(s.score),
                pct1(s.pass_mark),
                tr("passed") if s.passed else tr("failed"),
            ]
            for s in chunk
        ],
        max_rows=rows,
        alert=lambda i: not chunk[i].passed,
    )
