"""A cohort's figures for its instructor: per trainee, per item, per template, per exercise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from docinspect.analytics.accuracy import Accuracy
from docinspect.analytics.confusion import MethodConfusion
from docinspect.analytics.detection import SignalDetection
from docinspect.analytics.items import ItemStats
from docinspect.analytics.names import ExerciseNames
from docinspect.analytics.passing import PassSummary
from docinspect.analytics.timing import DecisionTimes


@dataclass(frozen=True, slots=True)
class TraineeSummary:
    """One row of the instructor's table: a trainee's headline figures."""

    trainee: str
    name: str
    overall: Accuracy
    detection: SignalDetection
    times: DecisionTimes
    sessions: int
    sessions_passed: int
    #: Impostors refused and genuine holders refused (see ``dashboard.face_detection``).
    faces: SignalDetection = SignalDetection(0, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class ItemAnalysis:
    """Item statistics of a cohort: per question and per generated-specimen template."""

    trainees: int
    attempts: int
    #: Per question, as "<exercise id>/<question id>".
    items: tuple[ItemStats, ...]
    #: Per generated-specimen template (see ``specimen_template``).
    templates: tuple[ItemStats, ...]

    @property
    def flagged_items(self) -> tuple[ItemStats, ...]:
        """Items (questions and templates) with negative discrimination, worst first."""
        flagged = [s for s in self.items + self.templates if s.flagged]
        return tuple(sorted(flagged, key=lambda s: s.discrimination or 0.0))


@dataclass(frozen=True, slots=True)
class CohortAnalysis:
    cohort: str
    name: str
    start: datetime | None
    end: datetime | None
    trainees: tuple[TraineeSummary, ...]
    overall: Accuracy
    by_category: dict[str, Accuracy]
    by_method: dict[str, Accuracy]
    #: Pooled over the cohort's decisions.
    detection: SignalDetection
    #: Per question id.
    items: tuple[ItemStats, ...]
    #: Per generated-specimen template (see ``specimen_template``).
    templates: tuple[ItemStats, ...]
    confusion: MethodConfusion
    passes: dict[str, PassSummary]
    #: Exercises attempted in the period, sorted.
    exercises: tuple[str, ...]
    #: Titles of the exercises and places of their questions, for people.
    names: ExerciseNames = ExerciseNames()
    #: The face decision pooled: impostors refused, genuine holders refused.
    faces: SignalDetection = SignalDetection(0, 0, 0, 0)

    @property
    def flagged_items(self) -> tuple[ItemStats, ...]:
        """Items (questions and templates) with negative discrimination, worst first."""
        flagged = [s for s in self.items + self.templates if s.flagged]
        return tuple(sorted(flagged, key=lambda s: s.discrimination or 0.0))


def specimen_template(specimen: str) -> str:
    """The template a specimen reference was made from: a recipe key without its seed.

    Generated specimens are new each time (a new seed), so item analysis per specimen would
    see each once; per template (type, state, methods, subtlety) it sees every trainee.
    ``recipe:td3:UTO:1234:office_paper:0.500`` → ``recipe:td3:UTO:office_paper:0.500``.
    Pack specimens (``pack:<id>``) are their own template.
    """
    if not specimen.startswith("recipe:"):
        return specimen
    parts = specimen.split(":")
    # Six parts, or seven with ":wear=…" (recipes whose documents show wear).
    if len(parts) in (6, 7) and parts[3].lstrip("-").isdigit():
        return ":".join(parts[:3] + parts[4:])
    return specimen
