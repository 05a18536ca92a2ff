"""Accuracy, learning curves, decision times, confusion and pass marks, checked by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from docinspect.analytics import (
    Accuracy,
    accuracy_by,
    daily_accuracy,
    decision_times,
    method_confusion,
    overall_accuracy,
    pass_summary,
    passes,
    rolling_accuracy,
)


def test_accuracy_per_category_and_per_method():
    categories = ["printing", "substrate", "printing", "printing", "substrate"]
    correct = [True, False, True, False, True]
    # printing: attempts 0, 2, 3 -> 2 of 3; substrate: attempts 1, 4 -> 1 of 2
    got = accuracy_by(categories, correct)
    assert got == {"printing": Accuracy(2, 3), "substrate": Accuracy(1, 2)}
    assert got["printing"].rate == pytest.approx(2 / 3)

    # A genuine specimen has no method (None); a specimen forged two ways counts under both.
    methods = [None, ("office_paper", "photo_substitution"), "office_paper"]
    got = accuracy_by(methods, [True, False, True])
    assert got == {"office_paper": Accuracy(1, 2), "photo_substitution": Accuracy(0, 1)}


def test_overall_and_empty_accuracy():
    assert overall_accuracy([True, True, False, True]) == Accuracy(3, 4)
    assert overall_accuracy([]).rate is None


def test_rolling_accuracy_by_hand():
    # window 3 over 1, 0, 1, 1, 0:
    #   #1: 1/1; #2: (1+0)/2; #3: (1+0+1)/3; #4: (0+1+1)/3; #5: (1+1+0)/3
    curve = rolling_accuracy([True, False, True, True, False], window=3)
    assert [p.attempt for p in curve] == [1, 2, 3, 4, 5]
    assert [p.accuracy for p in curve] == pytest.approx([1, 0.5, 2 / 3, 2 / 3, 2 / 3])
    assert [p.window for p in curve] == [1, 2, 3, 3, 3]
    assert rolling_accuracy([], window=5) == []
    with pytest.raises(ValueError):
        rolling_accuracy([True], window=0)


def test_daily_accuracy_groups_by_day_in_order():
    ts = [
        datetime(2026, 3, 2, 9, 0),
        datetime(2026, 3, 1, 23, 59),
        datetime(2026, 3, 2, 17, 0),
    ]
    days = daily_accuracy(ts, [True, False, False])
    # 1 March: 0 of 1; 2 March: 1 of 2
    assert [(d.day.day, d.correct, d.total) for d in days] == [(1, 0, 1), (2, 1, 2)]
    assert days[1].accuracy == 0.5


def test_decision_times_mean_and_median():
    # mean = (1200 + 800 + 4000 + 2000) / 4 = 2000; median = (1200 + 2000) / 2 = 1600
    t = decision_times([1200, 800, 4000, 2000])
    assert (t.count, t.mean_ms, t.median_ms) == (4, 2000.0, 1600.0)
    assert decision_times([]).mean_ms is None


def test_method_confusion():
    true = ["office_paper", "office_paper", "photo_sub", "photo_sub", "photo_sub"]
    said = ["office_paper", "photo_sub", "photo_sub", "genuine", "genuine"]
    cm = method_confusion(true, said, labels=["genuine", "office_paper", "photo_sub"])
    assert cm.counts == ((0, 0, 0), (0, 1, 1), (2, 0, 1))
    assert cm.count("photo_sub", "genuine") == 2
    assert cm.recall("photo_sub") == pytest.approx(1 / 3)
    assert cm.recall("genuine") is None  # no genuine rows here
    assert cm.mix_ups() == [("photo_sub", "genuine", 2), ("office_paper", "photo_sub", 1)]
    with pytest.raises(ValueError, match="'other'"):
        method_confusion(["other"], ["genuine"], labels=["genuine"])
    # Default labels: everything seen, sorted.
    assert method_confusion(["b"], ["a"]).labels == ("a", "b")


def test_pass_marks():
    assert passes(0.7, 0.7)
    assert passes(0.1 * 7, 0.7)  # 0.7000000000000001
    assert passes(7 / 10 - 1e-12, 0.7)  # rounding noise below the mark still passes
    assert not passes(0.69, 0.7)
    with pytest.raises(ValueError):
        passes(0.5, 70)  # a percentage where a fraction belongs
    summary = pass_summary(["ex1", "ex1", "ex2"], [True, False, True])
    assert summary["ex1"].sessions == 2 and summary["ex1"].passed == 1
    assert summary["ex1"].failed == 1 and summary["ex1"].pass_rate == 0.5
    assert summary["ex2"].pass_rate == 1.0
    with pytest.raises(ValueError):
        pass_summary(["ex1"], [])
