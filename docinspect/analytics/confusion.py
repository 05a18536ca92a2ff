"""Confusion between forgery methods: what trainees answered, given what was done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MethodConfusion:
    """Counts of (true method, answered method) pairs.

    ``counts[r][c]`` is how often a specimen forged by ``labels[r]`` was answered as
    ``labels[c]``; the diagonal holds the correct identifications.
    """

    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, true: str, answered: str) -> int:
        return self.counts[self.labels.index(true)][self.labels.index(answered)]

    def recall(self, true: str) -> float | None:
        """Share of specimens forged by ``true`` that were identified as such (None if none)."""
        row = self.counts[self.labels.index(true)]
        total = sum(row)
        return row[self.labels.index(true)] / total if total else None

    def mix_ups(self) -> list[tuple[str, str, int]]:
        """Off-diagonal (true, answered, count) cells with a count, most frequent first."""
        cells = [
            (t, a, self.counts[r][c])
            for r, t in enumerate(self.labels)
            for c, a in enumerate(self.labels)
            if r != c and self.counts[r][c]
        ]
        return sorted(cells, key=lambda cell: (-cell[2], cell[0], cell[1]))


def method_confusion(
    true: Sequence[str], answered: Sequence[str], *, labels: Sequence[str] | None = None
) -> MethodConfusion:
    """Tabulate true × answered methods.

    ``labels`` fixes the order of rows and columns (e.g. the taxonomy's order, with
    ``"genuine"`` for an answer of no forgery); by default it is every label seen, sorted.
    A pair naming a label outside a given ``labels`` is a ValueError, not silently dropped.
    """
    if len(true) != len(answered):
        raise ValueError(f"{len(true)} truths but {len(answered)} answers")
    return method_confusion_from_counts(
        [(t, a, 1) for t, a in zip(true, answered, strict=True)], labels=labels
    )


def method_confusion_from_counts(
    cells: Sequence[tuple[str, str, int]], *, labels: Sequence[str] | None = None
) -> MethodConfusion:
    """Tabulate (true, answered, count) cells, as a ``GROUP BY`` returns them.

    Labels as in ``method_confusion``; cells naming the same pair are added up.
    """
    order = (
        tuple(labels)
        if labels is not None
        else tuple(sorted({c[0] for c in cells} | {c[1] for c in cells}))
    )
    index = {label: k for k, label in enumerate(order)}
    if len(index) != len(order):
        raise ValueError("labels must be distinct")
    grid = [[0] * len(order) for _ in order]
    for t, a, n in cells:
        if n < 0:
            raise ValueError(f"negative count {n} for ({t!r}, {a!r})")
        try:
            grid[index[t]][index[a]] += n
        except KeyError as exc:
            raise ValueError(f"method {exc.args[0]!r} is not among the labels") from None
    return MethodConfusion(labels=order, counts=tuple(tuple(row) for row in grid))
