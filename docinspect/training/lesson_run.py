"""A lesson plan being run: which step is on, and how long each step has taken so far.

No Qt: the window ticks a timer and reads these figures. Time comes from an injected clock
(seconds, monotonic) so that tests can move it by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from docinspect.model.lesson_plan import LessonPlan, Step


@dataclass(frozen=True, slots=True)
class StepTiming:
    planned_s: float
    elapsed_s: float

    @property
    def over(self) -> bool:
        """True once the step has run longer than planned."""
        return self.elapsed_s > self.planned_s


class LessonRun:
    """The agenda position and the time spent on each step (time runs only on the current step;
    going back to a step adds to what it already had)."""

    def __init__(self, plan: LessonPlan, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.plan = plan
        self._clock = clock
        self._index = 0
        self._spent = [0.0] * len(plan.steps)
        self._since = clock()
        self._paused = False

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> Step:
        return self.plan.steps[self._index]

    @property
    def untranslated(self) -> tuple[str, ...]:
        """The current step's texts shown as written: the plan has no translation of them in
        the language it was opened in (for the instructor's notes panel, not the class)."""
        return self.plan.untranslated.get(self.step.id, ())

    @property
    def paused(self) -> bool:
        return self._paused

    def go_to(self, index: int) -> bool:
        """Make step ``index`` current; False (and nothing changes) when out of range."""
        if not 0 <= index < len(self.plan.steps) or index == self._index:
            return False
        self._bank()
        self._index = index
        return True

    def next(self) -> bool:
        return self.go_to(self._index + 1)

    def back(self) -> bool:
        return self.go_to(self._index - 1)

    def set_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._bank()
            self._paused = paused

    def timing(self, index: int | None = None) -> StepTiming:
        """Planned and elapsed seconds of a step (the current one by default)."""
        i = self._index if index is None else index
        elapsed = self._spent[i]
        if i == self._index and not self._paused:
            elapsed += self._clock() - self._since
        return StepTiming(self.plan.steps[i].minutes * 60.0, elapsed)

    def total_elapsed_s(self) -> float:
        return sum(self.timing(i).elapsed_s for i in range(len(self.plan.steps)))

    def _bank(self) -> None:
        now = self._clock()
        if not self._paused:
            self._spent[self._index] += now - self._since
        self._since = now


def clock_text(seconds: float) -> str:
    """m:ss (or h:mm:ss), as a wall clock shows it."""
    whole = max(int(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
