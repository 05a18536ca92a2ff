"""PDF reports: written whole or not at all, with the pages their content needs."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from docinspect.analytics import (
    Accuracy,
    decision_times,
    item_analysis,
    method_confusion,
    pass_summary,
    signal_detection,
)
from docinspect.analytics.cohort import CohortAnalysis, TraineeSummary
from docinspect.analytics.dashboard import AttemptFacts, SessionResult, trainee_dashboard
from docinspect.reports import cohort_pdf, trainee_pdf
from docinspect.reports.cohort_pdf import _TRAINEE_COLUMNS, write_cohort_pdf
from docinspect.reports.layout import ReportError, pct1, rows_that_fit
from docinspect.reports.trainee_pdf import SESSION_COLUMNS, sessions_on_page_two, write_trainee_pdf

T0 = datetime(2026, 3, 2, 9, 0)


def _pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def _dashboard(n_sessions=3):
    attempts = [
        AttemptFacts(
            timestamp=T0 + timedelta(minutes=k),
            correct=k % 3 != 0,
            time_ms=1000 + 10 * k,
            exercise="ex-uv",
            question=f"q{k % 7}",
            specimen="pack:s",
            categories=("substrate",),
            methods=("office_paper",) if k % 2 else (),
            forged=bool(k % 2),
            refused=k % 3 != 0,
            answered_method="office_paper" if k % 3 else "genuine",
        )
        for k in range(60)
    ]
    sessions = [
        SessionResult("ex-uv", T0 + timedelta(days=k), score=0.5 + k / 100, pass_mark=0.8)
        for k in range(n_sessions)
    ]
    return trainee_dashboard("t-1", "Ann Example", attempts, sessions=sessions)


def _cohort(n_trainees=3, n_items=5):
    trainees = tuple(
        TraineeSummary(
            f"t{k}",
            f"Trainee {k}",
            Accuracy(5 + k, 10),
            signal_detection([True, False], [True, k % 2 == 0]),
            decision_times([1000, 2000]),
            2,
            k % 3,
        )
        for k in range(n_trainees)
    )
    t = [k for k in range(n_trainees) for _ in range(n_items)]
    i = [f"q{j}" for _ in range(n_trainees) for j in range(n_items)]
    c = [(k + j) % 2 == 0 for k in range(n_trainees) for j in range(n_items)]
    items = tuple(item_analysis(t, i, c))
    return CohortAnalysis(
        cohort="c1",
        name="Spring class",
        start=T0,
        end=T0 + timedelta(days=30),
        trainees=trainees,
        overall=Accuracy(30, 50),
        by_category={"printing": Accuracy(3, 4)},
        by_method={"office_paper": Accuracy(1, 2)},
        detection=signal_detection([True, False, True], [True, False, False]),
        items=items,
        templates=items[:2],
        confusion=method_confusion(["office_paper"], ["genuine"]),
        passes=pass_summary(["ex"], [True]),
        exercises=("ex",),
    )


def test_trainee_pdf_is_a_two_page_pdf(tmp_path):
    out = tmp_path / "ann.pdf"
    write_trainee_pdf(_dashboard(), out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _pages(out) == 2
    assert b"/Creator (DocInspect)" in data and b"/Title" in data


def test_many_sessions_continue_on_further_pages(tmp_path):
    out = tmp_path / "ann.pdf"
    first = sessions_on_page_two(_dashboard())
    assert first >= 5  # a small confusion table leaves room for sessions on page 2
    per_page = rows_that_fit(0.885 - 0.05, SESSION_COLUMNS)
    write_trainee_pdf(_dashboard(n_sessions=first + per_page + 1), out)
    assert _pages(out) == 4  # `first` on page 2, a full page 3, 1 on page 4


def test_empty_trainee_still_gets_a_report(tmp_path):
    out = tmp_path / "nobody.pdf"
    write_trainee_pdf(trainee_dashboard("t-9", "Nobody", []), out)
    assert _pages(out) == 2


def test_cohort_pdf_pages_grow_with_the_tables(tmp_path):
    small, large = tmp_path / "small.pdf", tmp_path / "large.pdf"
    write_cohort_pdf(_cohort(), small)
    # summary, trainees, questions, templates, methods and passes
    assert _pages(small) == 5
    # One trainee more than a page holds takes a second page; items never do: the page
    # shows those to review and points to the items CSV for the rest.
    per_page = rows_that_fit(0.9 - 0.015 - 0.05, _TRAINEE_COLUMNS)
    write_cohort_pdf(_cohort(n_trainees=per_page + 1, n_items=90), large)
    assert _pages(large) == 6


def test_a_failed_report_leaves_the_previous_file_and_no_litter(tmp_path, monkeypatch):
    out = tmp_path / "ann.pdf"
    out.write_bytes(b"previous report")

    def broken(*args, **kwargs):
        raise RuntimeError("chart failed")

    monkeypatch.setattr(trainee_pdf, "confusion_block", broken)
    with pytest.raises(RuntimeError):
        write_trainee_pdf(_dashboard(), out)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["ann.pdf"]

    monkeypatch.setattr(cohort_pdf, "draw_item_map", broken)
    with pytest.raises(RuntimeError):
        write_cohort_pdf(_cohort(), tmp_path / "c.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["ann.pdf"]


def test_unwritable_destination_is_a_report_error_naming_the_file(tmp_path):
    target = tmp_path / "no-such-folder" / "r.pdf"
    with pytest.raises(ReportError, match="no-such-folder"):
        write_trainee_pdf(_dashboard(), target)


def test_scores_are_shown_rounded_down():
    # A failing 79.96% must not read as a passing 80.0%.
    assert pct1(0.7996) == "79.9%"
    assert pct1(0.1 * 7) == "70.0%" and pct1(0.57) == "57.0%" and pct1(None) == "–"


def test_a_large_method_table_moves_sessions_to_page_three(tmp_path):
    methods = [f"method_{k}" for k in range(19)]
    attempts = [
        AttemptFacts(
            timestamp=T0 + timedelta(minutes=k),
            correct=False,
            time_ms=1000,
            exercise="ex",
            question="q",
            specimen="pack:s",
            methods=(methods[k % 19],),
            forged=True,
            refused=True,
            answered_method=methods[(k + 1) % 19],
        )  # fmt: skip
        for k in range(76)
    ]
    sessions = [SessionResult("ex", T0, score=0.5, pass_mark=0.8)]
    dash = trainee_dashboard("t", "Many", attempts, sessions=sessions)
    assert len(dash.confusion.labels) == 19 and sessions_on_page_two(dash) == 0
    out = tmp_path / "many.pdf"
    write_trainee_pdf(dash, out)
    assert _pages(out) == 3
