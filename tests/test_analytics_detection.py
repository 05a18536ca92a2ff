"""Signal detection figures against values worked out by hand (z from a normal table)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docinspect.analytics import SignalDetection, signal_detection


def test_counts_the_four_outcomes():
    forged = [True, True, True, False, False]
    refused = [True, False, True, True, False]
    # forged & refused: 2 hits; forged & passed: 1 miss;
    # genuine & refused: 1 false alarm; genuine & passed: 1 correct rejection.
    assert signal_detection(forged, refused) == SignalDetection(2, 1, 1, 1)


def test_rates_d_prime_and_criterion_for_a_mixed_record():
    # 8 forged, 6 refused; 12 genuine, 3 refused.
    sd = SignalDetection(hits=6, misses=2, false_alarms=3, correct_rejections=9)
    assert sd.hit_rate == pytest.approx(6 / 8)  # 0.75
    assert sd.false_alarm_rate == pytest.approx(3 / 12)  # 0.25
    assert sd.false_accept_rate == pytest.approx(2 / 8)  # 0.25 forged passed as genuine
    # Log-linear: H = (6 + 0.5) / (8 + 1) = 0.72222, F = (3 + 0.5) / (12 + 1) = 0.26923
    assert sd.corrected_hit_rate == pytest.approx(6.5 / 9)
    assert sd.corrected_false_alarm_rate == pytest.approx(3.5 / 13)
    # z(0.72222) = 0.58946, z(0.26923) = -0.61514
    # d' = 0.58946 - (-0.61514) = 1.20460;  c = -(0.58946 - 0.61514) / 2 = 0.01284
    assert sd.d_prime == pytest.approx(1.20460, abs=1e-4)
    assert sd.criterion == pytest.approx(0.01284, abs=1e-4)


def test_perfect_record_stays_finite():
    # 10 forged all refused, 10 genuine all passed: raw H = 1, F = 0 would give z = ±inf.
    sd = SignalDetection(hits=10, misses=0, false_alarms=0, correct_rejections=10)
    assert sd.hit_rate == 1.0 and sd.false_alarm_rate == 0.0 and sd.false_accept_rate == 0.0
    # H = 10.5 / 11 = 0.95455 -> z = 1.69062;  F = 0.5 / 11 = 0.04545 -> z = -1.69062
    # d' = 1.69062 + 1.69062 = 3.38124;  c = -(1.69062 - 1.69062) / 2 = 0
    assert sd.d_prime == pytest.approx(3.38124, abs=1e-4)
    assert sd.criterion == pytest.approx(0.0, abs=1e-9)


def test_perfect_hits_with_a_liberal_refuser():
    # 5 forged all refused (H = 1), 3 genuine of which 2 refused.
    sd = SignalDetection(hits=5, misses=0, false_alarms=2, correct_rejections=1)
    # H = 5.5 / 6 = 0.91667 -> z = 1.38299;  F = 2.5 / 4 = 0.625 -> z = 0.31864
    # d' = 1.38299 - 0.31864 = 1.06435;  c = -(1.38299 + 0.31864) / 2 = -0.85082 (refuses readily)
    assert sd.d_prime == pytest.approx(1.06435, abs=1e-4)
    assert sd.criterion == pytest.approx(-0.85082, abs=1e-4)


def test_all_wrong_is_negative_and_finite():
    sd = SignalDetection(hits=0, misses=10, false_alarms=10, correct_rejections=0)
    # Mirror image of the perfect record: d' = -3.38124, c = 0.
    assert sd.d_prime == pytest.approx(-3.38124, abs=1e-4)
    assert sd.false_accept_rate == 1.0


def test_undefined_without_both_kinds_of_trial():
    only_forged = SignalDetection(hits=3, misses=1, false_alarms=0, correct_rejections=0)
    assert only_forged.hit_rate == 0.75
    assert only_forged.false_alarm_rate is None
    assert only_forged.d_prime is None and only_forged.criterion is None
    empty = signal_detection([], [])
    assert empty.hit_rate is None and empty.false_accept_rate is None and empty.d_prime is None


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError, match="2 truths but 1 answers"):
        signal_detection([True, False], [True])


@given(st.integers(0, 200), st.integers(0, 200), st.integers(0, 200), st.integers(0, 200))
def test_d_prime_is_always_finite_and_bounded(h, m, fa, cr):
    sd = SignalDetection(h, m, fa, cr)
    if sd.forged_trials and sd.genuine_trials:
        assert math.isfinite(sd.d_prime) and math.isfinite(sd.criterion)
        # The correction keeps each rate within (0.5/(n+1), 1 - 0.5/(n+1)).
        assert 0 < sd.corrected_hit_rate < 1 and 0 < sd.corrected_false_alarm_rate < 1
        assert sd.hit_rate + sd.false_accept_rate == pytest.approx(1.0)
