"""The in-app dashboards (trainee and item analysis): real widgets, offscreen, from a real store."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from support.attempts import attempt

from docinspect.analytics.cohort import ItemAnalysis
from docinspect.analytics.items import ItemStats
from docinspect.store import open_store

pytest.importorskip("PySide6.QtWidgets")

from docinspect.analytics.items import review_order  # noqa: E402
from docinspect.ui.dashboard.item_view import ItemAnalysisView  # noqa: E402
from docinspect.ui.dashboard.trainee_view import TraineeDashboardView  # noqa: E402

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def _record(trainee, k, correct):
    return attempt(
        trainee,
        question_id=f"q{k % 4}",
        at=T0 + timedelta(minutes=k),
        correct=correct,
        specimen_ref=f"recipe:td3:UTO:{k}:office_paper:0.500",
        answer={
            "kind": "verdict",
            "forged": correct,
            "method": "office_paper" if correct else None,
        },
        time_ms=2000,
        module="",
    )


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    yield s
    s.close()


def test_trainee_dashboard_loads_in_the_background_and_shows_the_figures(qtbot, store):
    ann = store.add_trainee("Ann")
    for k in range(8):
        store.record_attempt(_record(ann.id, k, correct=k % 4 != 0))  # 6 of 8 right
    view = TraineeDashboardView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.load(store, ann.id)
    qtbot.waitUntil(lambda: view.figures["accuracy"].text() == "75%", timeout=10000)
    # every decision was on a forged document: 6 refused (hits), 2 passed (false accepts)
    assert view.figures["hit_rate"].text() == "75%"
    assert view.figures["false_accepts"].text() == "25%"
    assert view.figures["false_alarms"].text() == "–"  # no genuine documents seen
    assert view.figures["d_prime"].text() == "–"
    assert "Ann: 8 attempts" in view.status.text()
    assert view.curve.figure.axes and view.methods.figure.axes


def test_a_failed_load_is_reported_not_raised(qtbot, store):
    view = TraineeDashboardView()
    qtbot.addWidget(view)
    view.load(store, uuid.uuid4())
    qtbot.waitUntil(lambda: "Could not read" in view.status.text(), timeout=10000)
    assert "no trainee with id" in view.status.text()


def test_item_view_lists_flagged_items_first_in_the_alert_colour(qtbot):
    good = ItemStats("ex/q1", 10, 6, 5, 0.6, 0.4)
    bad = ItemStats("ex/q2", 10, 5, 5, 0.5, -0.3)
    solo = ItemStats("ex/q3", 1, 1, 1, 1.0, None)
    view = ItemAnalysisView()
    qtbot.addWidget(view)
    view.show_items(ItemAnalysis(5, 21, (good, bad, solo), (good,)))
    assert view.table.rowCount() == 4
    assert [view.table.item(r, 0).text() for r in range(3)] == ["ex/q2", "ex/q1", "ex/q3"]
    assert view.table.item(0, 5).text() == "-0.30" and view.table.item(2, 5).text() == "–"
    assert view.table.item(0, 0).foreground().color().name().lower() == "#d55e00"
    assert "1 items flagged" in view.status.text()
    assert review_order([solo, good, bad]) == [bad, good, solo]


def test_item_view_loads_a_cohort_from_the_store(qtbot, store):
    people = [store.add_trainee(n) for n in ("A", "B", "C")]
    for t, person in enumerate(people):
        for k in range(8):
            store.record_attempt(_record(person.id, k + 10 * t, correct=(k + t) % 3 != 0))
    view = ItemAnalysisView()
    qtbot.addWidget(view)
    view.load(store, None)
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10000)
    questions = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert sorted(q for q in questions if q.startswith("ex-1/")) == [
        "ex-1/q0", "ex-1/q1", "ex-1/q2", "ex-1/q3"
    ]  # fmt: skip
    assert "3 trainees, 24 attempts" in view.status.text()
