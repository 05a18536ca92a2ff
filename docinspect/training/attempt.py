"""An attempt: one answer by one trainee to one question, as the attempt log keeps it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from docinspect.model.exercise import IdentifyQuestion, MrzQuestion, WhichLightQuestion
from docinspect.training.answers import Answer, answer_to_json
from docinspect.training.items import Item
from docinspect.training.scoring import Outcome


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """Append-only: once saved it is never changed. ``id`` makes a repeated save harmless."""

    id: uuid.UUID
    trainee_id: uuid.UUID
    exercise_id: str
    question_id: str
    question_type: str
    #: Pack specimen id ("pack:<id>") or generator recipe key ("recipe:...").
    specimen_ref: str
    answer: Mapping[str, Any]
    score: float
    max_score: float
    correct: bool
    #: Why the score: a scoring.Mark value (right, wrong_method, false_accept, ...).
    mark: str
    time_ms: int
    hints_used: int
    answered_at: datetime
    session_id: uuid.UUID | None = None
    #: The specimen's true verdict (genuine, counterfeit, ...), for verdict-like questions.
    truth_verdict: str | None = None
    #: Whether the answer accepted the document (None when the question is not a verdict).
    accepted: bool | None = None
    timed_out: bool = False
    #: Skills this attempt exercised: taxonomy feature ids and forgery method ids.
    features: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    module: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.answered_at.tzinfo is None:
            raise ValueError("answered_at must be timezone-aware (UTC)")


def make_attempt(
    item: Item,
    answer: Answer,
    outcome: Outcome,
    *,
    trainee_id: uuid.UUID,
    exercise_id: str,
    module: str = "",
    session_id: uuid.UUID | None = None,
    time_ms: int,
    hints_used: int = 0,
    answered_at: datetime | None = None,
) -> AttemptRecord:
    """The record of one scored answer, with a fresh UUID and the skills it exercised."""
    q = item.question
    features: list[str] = []
    methods: list[str] = []
    truth_verdict = None
    if item.specimen is not None and not item.sealed:
        truth = item.specimen.truth
        methods = list(truth.methods)
        features = [r.feature for r in item.specimen.forgery_indicators()]
        if outcome.accepted is not None and truth.verdict is not None:
            truth_verdict = truth.verdict.value
    if item.sealed:
        pass  # the skills are in the sealed key; the station adds them when it scores
    elif isinstance(q, IdentifyQuestion | WhichLightQuestion):
        features = [q.feature]
    elif isinstance(q, MrzQuestion):
        features = ["mrz"]
    return AttemptRecord(
        id=uuid.uuid4(),
        trainee_id=trainee_id,
        exercise_id=exercise_id,
        question_id=q.id,
        question_type=q.type,
        specimen_ref=item.specimen_ref,
        answer=answer_to_json(answer),
        score=outcome.score,
        max_score=outcome.max_score,
        correct=outcome.correct,
        mark=outcome.mark.value,
        time_ms=max(0, int(time_ms)),
        hints_used=max(0, int(hints_used)),
        answered_at=answered_at or datetime.now(UTC),
        session_id=session_id,
        truth_verdict=truth_verdict,
        accepted=outcome.accepted,
        timed_out=outcome.timed_out,
        features=tuple(dict.fromkeys(features)),
        methods=tuple(dict.fromkeys(methods)),
        module=module,
    )
