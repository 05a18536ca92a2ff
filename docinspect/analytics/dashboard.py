"""A trainee's dashboard: every figure a trainee (or their instructor) sees, in one value.

``trainee_dashboard`` builds it from decoded attempts; ``docinspect.analytics.queries`` reads
those from the store, and the reports and the app draw them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from docinspect.analytics.accuracy import Accuracy, accuracy_by, overall_accuracy
from docinspect.analytics.confusion import MethodConfusion, method_confusion
from docinspect.analytics.curve import CurvePoint, PeriodPoint, daily_accuracy, rolling_accuracy
from docinspect.analytics.detection import SignalDetection, signal_detection
from docinspect.analytics.names import ExerciseNames
from docinspect.analytics.passing import PassSummary, pass_summary, passes
from docinspect.analytics.timing import DecisionTimes, decision_times

#: Rolling window of the learning curve, in attempts.
CURVE_WINDOW = 20

#: Label for "no forgery" in the method confusion table.
GENUINE = "genuine"


@dataclass(frozen=True, slots=True)
class AttemptFacts:
    """What the statistics need to know about one attempt, decoded from the log."""

    timestamp: datetime
    correct: bool
    time_ms: int
    exercise: str
    question: str
    #: Specimen reference as logged (``pack:<id>`` or a recipe key).
    specimen: str
    #: Feature categories the question exercised (from its features; empty when none).
    categories: tuple[str, ...] = ()
    #: Forgery methods applied to the specimen (empty for a genuine one or when unknown).
    methods: tuple[str, ...] = ()
    #: For genuine/forged decisions: the truth (True = forged) and the answer (True = refused).
    forged: bool | None = None
    refused: bool | None = None
    #: For verdict questions that ask the method: the method the trainee named, or "genuine".
    answered_method: str | None = None
    #: For genuine/forged decisions: the truth's verdict (``genuine``, ``impostor``, …).
    verdict: str | None = None


@dataclass(frozen=True, slots=True)
class SessionResult:
    """One exercise session a trainee finished."""

    exercise: str
    finished: datetime
    #: Fraction of the maximum points, 0..1.
    score: float
    #: The exercise's pass mark (0..1) when known.
    pass_mark: float | None
    #: The verdict recorded when the session finished; judged from the pass mark when absent.
    recorded_passed: bool | None = None

    @property
    def passed(self) -> bool:
        if self.recorded_passed is not None:
            return self.recorded_passed
        return self.pass_mark is not None and passes(self.score, self.pass_mark)


@dataclass(frozen=True, slots=True)
class SkillDue:
    """A skill (feature or forgery method) scheduled for review."""

    skill: str
    due: datetime


@dataclass(frozen=True, slots=True)
class TraineeDashboard:
    trainee: str
    name: str
    #: Period the figures cover (the requested range, or the first and last attempt).
    start: datetime | None
    end: datetime | None
    overall: Accuracy
    by_category: dict[str, Accuracy]
    by_method: dict[str, Accuracy]
    curve: tuple[CurvePoint, ...]
    daily: tuple[PeriodPoint, ...]
    detection: SignalDetection
    #: The face decision apart (issue 16): impostors refused (hits) and genuine holders
    #: refused (false alarms), over decisions on impostors and on genuine documents only.
    faces: SignalDetection
    times: DecisionTimes
    confusion: MethodConfusion
    sessions: tuple[SessionResult, ...]
    passes: dict[str, PassSummary]
    skills_due: tuple[SkillDue, ...]
    #: Exercises with attempts or finished sessions in the period, sorted.
    exercises: tuple[str, ...]
    #: Titles of the exercises, for people.
    names: ExerciseNames = ExerciseNames()


def method_pairs(attempts: Sequence[AttemptFacts]) -> tuple[list[str], list[str]]:
    """(true, answered) method pairs; a specimen forged two ways counts once under each."""
    true: list[str] = []
    said: list[str] = []
    for a in attempts:
        if a.answered_method is None:
            continue
        for method in a.methods or (GENUINE,):
            true.append(method)
            said.append(a.answered_method)
    return true, said


IMPOSTOR = "impostor"


def face_detection(decisions: Sequence[AttemptFacts]) -> SignalDetection:
    """Is the traveller the holder? Hits are impostors refused, false alarms genuine documents
    refused, over the decisions whose truth is an impostor or a genuine document (every
    generated document comes with its traveller). Other forgeries are left out: refusing them
    says nothing about comparing faces. A genuine document refused for another reason counts
    as a false alarm too — the traveller was turned away all the same."""
    faces = [a for a in decisions if a.verdict in (IMPOSTOR, GENUINE)]
    return signal_detection(
        [a.verdict == IMPOSTOR for a in faces], [bool(a.refused) for a in faces]
    )


def trainee_dashboard(
    trainee: str,
    name: str,
    attempts: Sequence[AttemptFacts],
    *,
    sessions: Sequence[SessionResult] = (),
    skills_due: Sequence[SkillDue] = (),
    start: datetime | None = None,
    end: datetime | None = None,
    curve_window: int = CURVE_WINDOW,
) -> TraineeDashboard:
    """Compute a trainee's figures from their attempts (any order; sorted by time here)."""
    ordered = sorted(attempts, key=lambda a: a.timestamp)
    correct = [a.correct for a in ordered]
    decisions = [a for a in ordered if a.forged is not None and a.refused is not None]
    named = [a for a in ordered if a.answered_method is not None]
    return TraineeDashboard(
        trainee=trainee,
        name=name,
        start=start if start is not None else (ordered[0].timestamp if ordered else None),
        end=end if end is not None else (ordered[-1].timestamp if ordered else None),
        overall=overall_accuracy(correct),
        by_category=accuracy_by([a.categories or None for a in ordered], correct),
        by_method=accuracy_by([a.methods or None for a in ordered], correct),
        curve=tuple(rolling_accuracy(correct, window=curve_window)),
        daily=tuple(daily_accuracy([a.timestamp for a in ordered], correct)),
        detection=signal_detection(
            [bool(a.forged) for a in decisions], [bool(a.refused) for a in decisions]
        ),
        faces=face_detection(decisions),
        times=decision_times([a.time_ms for a in ordered]),
        confusion=method_confusion(*method_pairs(named)),
        sessions=tuple(sorted(sessions, key=lambda s: s.finished)),
        passes=pass_summary([s.exercise for s in sessions], [s.passed for s in sessions]),
        skills_due=tuple(sorted(skills_due, key=lambda s: s.due)),
        exercises=tuple(sorted({a.exercise for a in ordered} | {s.exercise for s in sessions})),
    )
