"""Pass and fail against exercise pass marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Scores are fractions computed by division; 0.7 must pass a 0.7 mark even when it arrives
#: as 0.7000000000000001 or 0.6999999999999999.
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class PassSummary:
    exercise: str
    sessions: int
    passed: int

    @property
    def failed(self) -> int:
        return self.sessions - self.passed

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.sessions if self.sessions else None


def passes(score: float, pass_mark: float) -> bool:
    """True when a session score (fraction of the maximum, 0..1) reaches the pass mark (0..1)."""
    if not (0.0 <= pass_mark <= 1.0):
        raise ValueError(f"pass mark {pass_mark} is not between 0 and 1")
    return score >= pass_mark - _TOLERANCE


def pass_summary(
    exercises: Sequence[str], scores: Sequence[float], pass_marks: Sequence[float]
) -> dict[str, PassSummary]:
    """Sessions and passes per exercise, exercises sorted; one entry per finished session."""
    if not (len(exercises) == len(scores) == len(pass_marks)):
        raise ValueError("exercises, scores and pass marks must have the same length")
    tally: dict[str, list[int]] = {}
    for ex, score, mark in zip(exercises, scores, pass_marks, strict=True):
        counts = tally.setdefault(ex, [0, 0])
        counts[0] += 1
        counts[1] += passes(score, mark)
    return {ex: PassSummary(ex, s, p) for ex, (s, p) in sorted(tally.items())}
