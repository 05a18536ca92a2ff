"""Attempt records for the tests: one answered verdict, with any field overridden by name."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime
from typing import Any

from docinspect.training import AttemptRecord

T0 = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)


def attempt(
    trainee_id: uuid.UUID,
    *,
    session_id: uuid.UUID | None = None,
    exercise_id: str = "ex-1",
    question_id: str = "q1",
    at: datetime = T0,
    correct: bool = True,
    **fields: Any,
) -> AttemptRecord:
    """A verdict on an office-paper counterfeit: right (refused) when ``correct``, else a false
    accept; ``fields`` replaces any other AttemptRecord field (``mark``, ``time_ms``, ...)."""
    record = AttemptRecord(
        id=uuid.uuid4(),
        trainee_id=trainee_id,
        session_id=session_id,
        exercise_id=exercise_id,
        question_id=question_id,
        question_type="verdict",
        specimen_ref="recipe:td3:UTO:1:office_paper:0.500",
        answer={"kind": "verdict", "forged": True, "method": "office_paper"},
        score=1.0 if correct else 0.0,
        max_score=1.0,
        correct=correct,
        mark="right" if correct else "false_accept",
        time_ms=4200,
        hints_used=0,
        answered_at=at,
        truth_verdict="counterfeit",
        accepted=not correct,
        timed_out=False,
        features=("uv_dull_substrate",),
        methods=("office_paper",),
        module="Counterfeits",
    )
    return dataclasses.replace(record, **fields) if fields else record
