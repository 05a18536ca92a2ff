"""Reports name exercises, questions and specimen templates as people do, not by internal ids
(issue 21): an instructor's own exercise by the title its sessions recorded."""

from __future__ import annotations

import uuid

import pytest
from test_training_ui_practice import EXAM

from docinspect.analytics.names import ExerciseNames, names_of, template_name
from docinspect.analytics.queries import cohort_analysis_from_store
from docinspect.reports import cohort_pdf
from docinspect.reports.layout import num
from docinspect.store import open_store
from docinspect.training.quiz import question_order


def test_templates_and_items_read_as_people_say_them():
    assert template_name("recipe:td3:UTO:genuine:0.300") == "TD3 of UTO, genuine, subtlety 0.30"
    assert template_name("recipe:td1-back:UTO:mrz_check_digit:0.500").startswith(
        "TD1 card back of UTO, "
    )
    assert "office" in template_name("recipe:td3:UTO:office_paper:0.500").lower()
    assert template_name("pack:s01") == "pack specimen s01"
    names = names_of([EXAM])
    assert names.item("exam-1/q2") == "Counterfeits exam, question 2"
    assert names.item("gone/q1") == "gone/q1"
    assert ExerciseNames().exercise("x") == "x"


@pytest.mark.parametrize(("value", "text"), [(-0.001, "0.00"), (-0.004, "0.00"), (-0.3, "-0.30")])
def test_a_value_that_rounds_to_zero_has_no_minus_sign(value, text):
    assert num(value) == text


def test_the_cohort_report_names_an_instructors_exercise_by_the_title_its_sessions_kept(
    tmp_path, monkeypatch
):
    from datetime import UTC, datetime

    from docinspect.training.attempt import AttemptRecord

    store = open_store(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    ann = store.add_trainee("Ann")
    session = store.start_session(ann.id, EXAM, order=question_order(EXAM, 1), seed=1)
    for k, q in enumerate(EXAM.questions):
        store.record_attempt(
            AttemptRecord(
                id=uuid.uuid4(),
                trainee_id=ann.id,
                session_id=session.id,
                exercise_id=EXAM.id,
                question_id=q.id,
                question_type=q.type,
                specimen_ref="recipe:td3:UTO:7:office_paper:0.300",
                answer={"kind": "verdict", "forged": False, "method": None},
                score=0.0,
                max_score=1.0,
                correct=False,
                mark="false_accept",
                time_ms=2000,
                hints_used=0,
                answered_at=datetime(2026, 5, 1, 9, k, tzinfo=UTC),
            )
        )
    cohort = cohort_analysis_from_store(store)
    store.close()
    assert cohort.names.exercise("exam-1") == "Counterfeits exam"
    tables = []
    real = cohort_pdf.draw_table

    def keep(ax, columns, rows, **kwargs):
        tables.append([list(r) for r in rows])
        return real(ax, columns, rows, **kwargs)

    monkeypatch.setattr(cohort_pdf, "draw_table", keep)
    cohort_pdf.write_cohort_pdf(cohort, tmp_path / "c.pdf")
    cells = {c for table in tables for row in table for c in row}
    assert "Counterfeits exam, question 1" in cells
    assert any(c.startswith("TD3 of UTO, ") and c.endswith("subtlety 0.30") for c in cells)
    assert not any("exam-1/" in c or c.startswith("recipe:") for c in cells)
