"""Subtlety control: a weighted up-down staircase that holds a trainee near 77.5 % success.

After a right answer the next specimen is made subtler by ``step_up``; after a wrong one it is
made plainer by ``step_down``. The staircase settles where p·step_up = (1−p)·step_down, so with
step_up = step_down·(1−p)/p it converges on success rate p (Kaernbach 1991, weighted up-down).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

#: Middle of the 75–80 % band the issue asks for.
TARGET_SUCCESS: Final = 0.775
DEFAULT_STEP: Final = 0.08


@dataclass(frozen=True, slots=True)
class Staircase:
    """Subtlety in [0, 1] (0 = blatant forgery, 1 = as subtle as the generator makes it)."""

    subtlety: float = 0.3
    step_down: float = DEFAULT_STEP
    target: float = TARGET_SUCCESS

    def __post_init__(self) -> None:
        if not 0.0 < self.target < 1.0:
            raise ValueError("target success rate must be between 0 and 1")
        if self.step_down <= 0:
            raise ValueError("step must be positive")

    @property
    def step_up(self) -> float:
        return self.step_down * (1.0 - self.target) / self.target

    def after(self, correct: bool) -> Staircase:
        """The staircase after one more answer."""
        delta = self.step_up if correct else -self.step_down
        level = min(1.0, max(0.0, self.subtlety + delta))
        return Staircase(level, self.step_down, self.target)
