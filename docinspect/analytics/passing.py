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


def pass_summary(exercises: Sequence[str], passed: Sequence[bool]) -> dict[str, PassSummary]:
    """Sessions and passes per exercise, exercises sorted; one entry per finished session.

    ``passed[i]`` is session ``i``'s verdict against its exercise's pass mark (``passes``, or
    the verdict the store recorded when the session finished).
    """
    if len(exercises) != len(passed):
        raise ValueError(f"{len(exercises)} exercises but {len(passed)} verdicts")
    tally: dict[str, list[int]] = {}
    for ex, ok in zip(exercises, passed, strict=True):
        counts = tally.setdefault(ex, [0, 0])
        counts[0] += 1
        counts[1] += bool(ok)
    return {ex: PassSummary(ex, s, p) for ex, (s, p) in sorted(tally.items())}
