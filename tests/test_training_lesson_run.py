"""A lesson plan being run (docinspect.training.lesson_run), without Qt: time runs only on the
current step, and an injected clock moves by hand."""

from __future__ import annotations

from docinspect.model.lesson_plan import LessonPlan, Step, StepKind
from docinspect.training.lesson_run import LessonRun, clock_text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_run_counts_time_on_the_current_step_only():
    clock = FakeClock()
    plan = LessonPlan(id="p", title="P", steps=(
        Step(id="a", kind=StepKind.LESSON, title="A", minutes=1),
        Step(id="b", kind=StepKind.LESSON, title="B", minutes=2),
    ))  # fmt: skip
    run = LessonRun(plan, clock=clock)
    clock.now += 50
    assert run.next()
    clock.now += 130
    assert run.timing(0).elapsed_s == 50 and not run.timing(0).over
    assert run.timing().elapsed_s == 130 and run.timing().over is True
    assert not run.next()  # no step after the last
    assert run.back()
    clock.now += 20
    assert run.timing(0).elapsed_s == 70  # going back resumes the step's own clock
    run.set_paused(True)
    clock.now += 500
    assert run.timing(0).elapsed_s == 70
    assert run.total_elapsed_s() == 200
    assert clock_text(70) == "1:10" and clock_text(3725) == "1:02:05"
