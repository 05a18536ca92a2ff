"""Learning curves: how accuracy moves as a trainee practises."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """Accuracy over the attempts up to and including attempt number ``attempt`` (1-based)."""

    attempt: int
    accuracy: float
    #: How many attempts the accuracy is computed from (fewer than the window at the start).
    window: int


@dataclass(frozen=True, slots=True)
class PeriodPoint:
    """Accuracy of the attempts of one day."""

    day: date
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total


def rolling_accuracy(correct: Sequence[bool], *, window: int = 20) -> list[CurvePoint]:
    """Trailing rolling accuracy over attempts in the order given (oldest first).

    Point ``i`` averages attempts ``max(0, i - window + 1) .. i``; the first points average
    fewer attempts rather than being left out, so a beginner still sees a curve.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    values = np.asarray(correct, dtype=np.float64)
    if values.size == 0:
        return []
    # Cumulative sums make every window O(1): sum(a..b) = cs[b+1] - cs[a].
    cs = np.concatenate(([0.0], np.cumsum(values)))
    ends = np.arange(1, values.size + 1)
    starts = np.maximum(0, ends - window)
    sums = cs[ends] - cs[starts]
    sizes = ends - starts
    return [
        CurvePoint(attempt=int(e), accuracy=float(s / n), window=int(n))
        for e, s, n in zip(ends, sums, sizes, strict=True)
    ]


def daily_accuracy(timestamps: Sequence[datetime], correct: Sequence[bool]) -> list[PeriodPoint]:
    """Accuracy per calendar day of the timestamps, days in order; days without attempts skipped."""
    if len(timestamps) != len(correct):
        raise ValueError(f"{len(timestamps)} timestamps but {len(correct)} answers")
    tally: dict[date, list[int]] = {}
    for ts, ok in zip(timestamps, correct, strict=True):
        counts = tally.setdefault(ts.date(), [0, 0])
        counts[0] += bool(ok)
        counts[1] += 1
    return [PeriodPoint(day=d, correct=c, total=t) for d, (c, t) in sorted(tally.items())]
