"""The trainee dashboard assembles the pure statistics correctly (hand-checked small case)."""

from __future__ import annotations

from datetime import datetime

import pytest

from docinspect.analytics import Accuracy
from docinspect.analytics.cohort import specimen_template
from docinspect.analytics.dashboard import (
    AttemptFacts,
    SessionResult,
    SkillDue,
    trainee_dashboard,
)


def _a(hour, correct, *, cats=(), methods=(), forged=None, refused=None, said=None, ms=1000):
    return AttemptFacts(
        timestamp=datetime(2026, 5, 1 + hour // 24, hour % 24),
        correct=correct,
        time_ms=ms,
        exercise="ex1" if hour < 24 else "ex2",
        question=f"q{hour}",
        specimen="pack:s1",
        categories=cats,
        methods=methods,
        forged=forged,
        refused=refused,
        answered_method=said,
    )


def test_dashboard_from_a_handful_of_attempts():
    attempts = [
        # given out of order: the dashboard sorts by time
        _a(
            30,
            False,
            cats=("substrate",),
            methods=("office_paper",),
            forged=True,
            refused=False,
            said="genuine",
            ms=3000,
        ),
        _a(
            1,
            True,
            cats=("printing",),
            methods=("office_paper",),
            forged=True,
            refused=True,
            said="office_paper",
            ms=1000,
        ),
        _a(2, True, cats=("printing",), forged=False, refused=False, said="genuine", ms=2000),
        _a(3, False, cats=("printing", "substrate"), ms=6000),
    ]
    sessions = [
        SessionResult("ex1", datetime(2026, 5, 1, 4), score=0.5, pass_mark=0.8),
        SessionResult("ex2", datetime(2026, 5, 2, 7), score=0.8, pass_mark=0.8),
        # The recorded verdict wins (e.g. not every question answered) ...
        SessionResult(
            "ex2", datetime(2026, 5, 2, 8), score=0.9, pass_mark=0.8, recorded_passed=False
        ),
        # ... and without a pass mark it is the only verdict there is.
        SessionResult(
            "ex3", datetime(2026, 5, 2, 9), score=0.2, pass_mark=None, recorded_passed=True
        ),
    ]
    due = [
        SkillDue("photo_substitution", datetime(2026, 6, 2)),
        SkillDue("mrz", datetime(2026, 6, 1)),
    ]
    d = trainee_dashboard("t1", "Ann", attempts, sessions=sessions, skills_due=due, curve_window=2)

    assert (d.start, d.end) == (datetime(2026, 5, 1, 1), datetime(2026, 5, 2, 6))
    assert d.overall == Accuracy(2, 4)
    # printing: attempts at 1, 2, 3 -> 2 of 3; substrate: attempts at 3, 30 -> 0 of 2
    assert d.by_category == {"printing": Accuracy(2, 3), "substrate": Accuracy(0, 2)}
    assert d.by_method == {"office_paper": Accuracy(1, 2)}
    # window 2 over (1, 1, 0, 0): 1/1, 2/2, 1/2, 0/2
    assert [p.accuracy for p in d.curve] == [1.0, 1.0, 0.5, 0.0]
    # decisions: hour 1 hit, hour 2 correct rejection, hour 30 miss
    sd = d.detection
    assert (sd.hits, sd.misses, sd.false_alarms, sd.correct_rejections) == (1, 1, 0, 1)
    assert sd.false_accept_rate == 0.5
    # times 1000, 2000, 6000, 3000: mean 3000, median (2000 + 3000) / 2 = 2500
    assert (d.times.mean_ms, d.times.median_ms) == (3000.0, 2500.0)
    assert d.confusion.count("office_paper", "genuine") == 1
    assert d.confusion.count("genuine", "genuine") == 1
    assert [s.passed for s in d.sessions] == [False, True, False, True]
    assert d.passes["ex1"].passed == 0 and d.passes["ex2"].passed == 1
    assert d.passes["ex2"].sessions == 2 and d.passes["ex3"].passed == 1
    assert [s.skill for s in d.skills_due] == ["mrz", "photo_substitution"]  # soonest first
    assert d.exercises == ("ex1", "ex2", "ex3")


def test_empty_dashboard_has_no_period_and_no_rates():
    d = trainee_dashboard("t1", "Ann", [])
    assert d.start is None and d.end is None
    assert d.overall.rate is None and d.detection.d_prime is None and d.curve == ()
    assert d.times.median_ms is None and d.exercises == ()


def test_requested_period_overrides_the_attempt_span():
    d = trainee_dashboard(
        "t1", "Ann", [_a(5, True)], start=datetime(2026, 4, 1), end=datetime(2026, 6, 1)
    )
    assert (d.start, d.end) == (datetime(2026, 4, 1), datetime(2026, 6, 1))


@pytest.mark.parametrize(
    ("ref", "template"),
    [
        ("recipe:td3:UTO:1234:office_paper:0.500", "recipe:td3:UTO:office_paper:0.500"),
        ("recipe:td1:KDV:7:genuine:0.300", "recipe:td1:KDV:genuine:0.300"),
        ("pack:uto-passport-01", "pack:uto-passport-01"),
        ("recipe:odd", "recipe:odd"),
        ("", ""),
    ],
)
def test_specimen_template_drops_the_seed_only(ref, template):
    assert specimen_template(ref) == template


def test_faces_are_reported_apart_from_other_forgeries():
    def decision(hour, verdict, refused):
        forged = verdict != "genuine"
        return AttemptFacts(
            timestamp=datetime(2026, 3, 1, hour),
            correct=forged == refused,
            time_ms=1000,
            exercise="faces",
            question=f"q{hour}",
            specimen="recipe:x",
            forged=forged,
            refused=refused,
            verdict=verdict,
        )

    attempts = [
        decision(1, "impostor", True),
        decision(2, "impostor", False),
        decision(3, "impostor", True),
        decision(4, "genuine", True),
        decision(5, "genuine", False),
        decision(6, "genuine", False),
        decision(7, "genuine", False),
        # Counterfeits refused say nothing about comparing faces.
        decision(8, "counterfeit", True),
        decision(9, "counterfeit", True),
    ]
    dash = trainee_dashboard("t", "T", attempts)
    faces = dash.faces
    assert (faces.hits, faces.misses) == (2, 1)
    assert (faces.false_alarms, faces.correct_rejections) == (1, 3)
    assert faces.hit_rate == pytest.approx(2 / 3)
    assert faces.false_alarm_rate == pytest.approx(1 / 4)
    # The overall decision counts every forgery.
    assert dash.detection.hits == 4
