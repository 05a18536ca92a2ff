"""Item analysis: which questions (or generated-specimen templates) are too easy, too hard, or broken.

Classical test theory on an attempt log, where not every trainee meets every item and some
meet one several times:

- a trainee's *item score* s(t, i) is the proportion of their attempts at item i that were
  correct (0 or 1 when they answered once);
- their *rest score* for item i is the mean of their item scores over the *other* items they
  answered, (Σ s(t, ·) − s(t, i)) / (k(t) − 1), undefined when item i is the only one;
- *difficulty* p is the proportion of all attempts at the item that were correct;
- *discrimination* is the corrected point-biserial correlation: Pearson's r between item
  score and rest score over the trainees who answered the item and at least one other. With
  complete data (everyone answers everything once) this equals the textbook item–rest
  correlation, because the mean of the others is the rest sum divided by the same k − 1.

Discrimination is None when fewer than two trainees qualify or either score does not vary
(everyone right, or everyone equally good elsewhere): r would be 0/0. A negative value means
trainees who do well elsewhere get this item wrong more often: a wrong key, an ambiguous
question or a misleading specimen. Those items are flagged.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

#: Variances below this are treated as zero (scores are proportions in [0, 1]).
_FLAT: float = 1e-12


@dataclass(frozen=True, slots=True)
class ItemStats:
    item: str
    attempts: int
    correct: int
    #: Distinct trainees who answered the item.
    trainees: int
    #: Proportion of attempts correct (higher = easier).
    difficulty: float
    #: Corrected point-biserial correlation, or None when undefined (see module docstring).
    discrimination: float | None

    @property
    def flagged(self) -> bool:
        """True when the item discriminates the wrong way and should be reviewed."""
        return self.discrimination is not None and self.discrimination < 0


def item_analysis(
    trainees: Sequence[Hashable], items: Sequence[str], correct: Sequence[bool | float]
) -> list[ItemStats]:
    """Item statistics from raw attempts (one entry per attempt), items sorted by id."""
    if not (len(trainees) == len(items) == len(correct)):
        raise ValueError("trainees, items and correct must have the same length")
    cells: dict[tuple[Hashable, str], list[float]] = {}
    for t, i, ok in zip(trainees, items, correct, strict=True):
        cell = cells.setdefault((t, i), [0, 0.0])
        cell[0] += 1
        cell[1] += float(ok)
    keys = list(cells)
    return item_analysis_from_cells(
        [k[0] for k in keys],
        [k[1] for k in keys],
        [cells[k][0] for k in keys],
        [cells[k][1] for k in keys],
    )


def item_analysis_from_cells(
    trainees: Sequence[Hashable],
    items: Sequence[str],
    attempts: Sequence[int],
    correct: Sequence[float],
) -> list[ItemStats]:
    """Item statistics from attempts already summed per (trainee, item) cell.

    Entry ``j`` says trainee ``trainees[j]`` made ``attempts[j]`` attempts at ``items[j]``, of
    which ``correct[j]`` were correct; each (trainee, item) pair appears at most once. This is
    what a ``GROUP BY trainee, item`` query returns, so the database sums a million attempts
    and Python sees only a few thousand cells. Items are returned sorted by id.
    """
    n = len(trainees)
    if not (len(items) == len(attempts) == len(correct) == n):
        raise ValueError("trainees, items, attempts and correct must have the same length")
    if n == 0:
        return []
    t_ids, t_idx = np.unique(np.asarray(trainees, dtype=object).astype(str), return_inverse=True)
    i_ids, i_idx = np.unique(np.asarray(items, dtype=object).astype(str), return_inverse=True)
    a = np.asarray(attempts, dtype=np.float64)
    c = np.asarray(correct, dtype=np.float64)
    if np.any(a <= 0) or np.any(c < 0) or np.any(c > a):
        raise ValueError("each cell needs attempts > 0 and 0 <= correct <= attempts")
    s = c / a

    # Per trainee: sum of item scores and number of items answered.
    score_sum = np.bincount(t_idx, weights=s, minlength=t_ids.size)
    answered = np.bincount(t_idx, minlength=t_ids.size)
    others = answered[t_idx] - 1
    valid = others > 0
    rest = np.full(n, np.nan)
    rest[valid] = (score_sum[t_idx][valid] - s[valid]) / others[valid]

    # Pearson's r per item from grouped sums over the valid cells.
    m = i_ids.size
    iv, x, y = i_idx[valid], s[valid], rest[valid]
    cnt = np.bincount(iv, minlength=m).astype(np.float64)
    sx = np.bincount(iv, weights=x, minlength=m)
    sy = np.bincount(iv, weights=y, minlength=m)
    sxx = np.bincount(iv, weights=x * x, minlength=m)
    syy = np.bincount(iv, weights=y * y, minlength=m)
    sxy = np.bincount(iv, weights=x * y, minlength=m)
    with np.errstate(divide="ignore", invalid="ignore"):
        vx = sxx - sx * sx / cnt
        vy = syy - sy * sy / cnt
        cov = sxy - sx * sy / cnt
        r = cov / np.sqrt(vx * vy)
    defined = (cnt >= 2) & (vx > _FLAT) & (vy > _FLAT)

    tot_attempts = np.bincount(i_idx, weights=a, minlength=m)
    tot_correct = np.bincount(i_idx, weights=c, minlength=m)
    n_trainees = np.bincount(i_idx, minlength=m)
    return [
        ItemStats(
            item=str(i_ids[k]),
            attempts=int(round(tot_attempts[k])),
            correct=int(round(tot_correct[k])),
            trainees=int(n_trainees[k]),
            difficulty=float(tot_correct[k] / tot_attempts[k]),
            # Clip: rounding can push a perfect correlation a hair past ±1.
            discrimination=float(np.clip(r[k], -1.0, 1.0)) if defined[k] else None,
        )
        for k in range(m)
    ]


def review_order(items: Sequence[ItemStats]) -> list[ItemStats]:
    """Items in the order an instructor should review them: flagged first (worst first), then
    the least discriminating; items without a discrimination figure last."""
    return sorted(
        items,
        key=lambda s: (
            not s.flagged,
            s.discrimination is None,
            s.discrimination if s.discrimination is not None else 0.0,
            s.item,
        ),
    )
