"""Accuracy per group of attempts: per feature category, per forgery method, per exercise."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How many attempts in one group were answered correctly."""

    correct: int
    total: int

    @property
    def rate(self) -> float | None:
        """Proportion correct, or None when the group has no attempts."""
        return self.correct / self.total if self.total else None


def accuracy_by(
    keys: Sequence[str | Iterable[str] | None], correct: Sequence[bool]
) -> dict[str, Accuracy]:
    """Accuracy per key, keys sorted.

    ``keys[i]`` names the group(s) of attempt ``i``: one key, several (a specimen forged by two
    methods counts once under each), or None (the attempt belongs to no group: a genuine
    specimen has no forgery method). ``correct[i]`` says whether attempt ``i`` was right.
    """
    if len(keys) != len(correct):
        raise ValueError(f"{len(keys)} keys but {len(correct)} answers")
    tally: dict[str, list[int]] = {}
    for key, ok in zip(keys, correct, strict=True):
        if key is None:
            continue
        for k in (key,) if isinstance(key, str) else set(key):
            counts = tally.setdefault(k, [0, 0])
            counts[0] += bool(ok)
            counts[1] += 1
    return {k: Accuracy(correct=c, total=t) for k, (c, t) in sorted(tally.items())}


def overall_accuracy(correct: Sequence[bool]) -> Accuracy:
    """Accuracy over all attempts."""
    return Accuracy(correct=sum(bool(x) for x in correct), total=len(correct))
