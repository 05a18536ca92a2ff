"""How long trainees take to decide."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class DecisionTimes:
    count: int
    mean_ms: float | None  # None without attempts
    median_ms: float | None


def decision_times(times_ms: Sequence[float]) -> DecisionTimes:
    """Mean and median of the decision times in milliseconds (None when there are none)."""
    values = np.asarray(times_ms, dtype=np.float64)
    if values.size == 0:
        return DecisionTimes(count=0, mean_ms=None, median_ms=None)
    return DecisionTimes(
        count=int(values.size), mean_ms=float(values.mean()), median_ms=float(np.median(values))
    )
