"""The quiz flow as an explicit state machine.

Per question: SHOWN → (answer or time-out) → ANSWERED → (begin_save) → SAVING → (saved) →
FEEDBACK in practice mode, then (next) → SHOWN of the next question, or DONE after the last.
In exam and timed modes ``saved`` goes straight to the next question (feedback comes at the
end). A failed save goes to SAVE_FAILED, from which only a retry (begin_save) leads on: an
answer is never dropped silently.

Saving comes before feedback (not after it) on purpose: a trainee may read feedback for
minutes, and a crash then must not lose the answer already given.

The Quiz does no I/O and runs no clocks: the caller saves the pending attempt (on a worker)
and reports back with ``saved`` or ``save_failed``, and measures time.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from docinspect.model.exercise import Exercise, Mode
from docinspect.model.taxonomy import Taxonomy, load_taxonomy
from docinspect.training.answers import Answer, TimeOut, answer_from_json
from docinspect.training.attempt import AttemptRecord, make_attempt
from docinspect.training.feedback import Feedback, explain
from docinspect.training.items import Item, Resolver, resolve_item
from docinspect.training.scoring import Mark, Outcome, score_answer


class Phase(StrEnum):
    SHOWN = "shown"
    ANSWERED = "answered"
    SAVING = "saving"
    SAVE_FAILED = "save_failed"
    FEEDBACK = "feedback"
    DONE = "done"


class IllegalTransition(RuntimeError):
    """An action that the quiz's current phase does not allow (a programming error)."""


def time_out_accepts(exercise: Exercise) -> bool:
    """Whether a time-out accepts the document: only in timed mode, a first-line check where a
    document not stopped in time has passed. A practice or exam question's time limit is a
    limit on answering: running out is no answer (0 points, "time ran out"), not an accept."""
    return exercise.mode is Mode.TIMED


def question_order(exercise: Exercise, seed: int) -> tuple[str, ...]:
    """Question ids in the order they are asked: as written, or shuffled by ``seed``."""
    ids = [q.id for q in exercise.questions]
    if exercise.shuffle:
        random.Random(seed).shuffle(ids)
    return tuple(ids)


@dataclass(frozen=True, slots=True)
class Results:
    score: float
    max_score: float
    answered: int
    total: int
    pass_mark: float
    #: Forged documents shown, and how many of them were let through.
    forged_shown: int
    false_accepts: int
    mean_time_ms: float | None

    @property
    def fraction(self) -> float:
        return self.score / self.max_score if self.max_score else 0.0

    @property
    def passed(self) -> bool:
        """Score reached the pass mark, with every question answered."""
        return self.answered == self.total and self.fraction >= self.pass_mark - 1e-9

    @property
    def false_accept_rate(self) -> float | None:
        return self.false_accepts / self.forged_shown if self.forged_shown else None


class Quiz:
    """One trainee working through one exercise (fresh, or resumed from saved attempts)."""

    def __init__(
        self,
        exercise: Exercise,
        *,
        resolver: Resolver,
        trainee_id: uuid.UUID,
        session_id: uuid.UUID | None = None,
        order: Sequence[str] | None = None,
        seed: int = 0,
        answered: Sequence[AttemptRecord] = (),
        taxonomy: Taxonomy | None = None,
    ) -> None:
        self.exercise = exercise
        self.trainee_id = trainee_id
        self.session_id = session_id
        self.order = tuple(order) if order is not None else question_order(exercise, seed)
        if sorted(self.order) != sorted(q.id for q in exercise.questions):
            raise ValueError("the question order must name every question of the exercise once")
        self._resolver = resolver
        self._taxonomy = taxonomy or load_taxonomy()
        # Only the first saved attempt per question counts (a resumed session never re-asks).
        self._records: dict[str, AttemptRecord] = {}
        for record in answered:
            if record.question_id in self.order:
                self._records.setdefault(record.question_id, record)
        self._item: Item | None = None
        self.pending: AttemptRecord | None = None
        self.outcome: Outcome | None = None
        self._answer: Answer | None = None
        self.feedback: Feedback | None = None
        self.save_error: str | None = None
        self.position = 0
        self.phase = Phase.SHOWN
        self._advance_to_unanswered()

    # --- state -------------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self.exercise.mode

    @property
    def item(self) -> Item:
        """The current question with its specimens (resolved on first use: may generate)."""
        if self.phase is Phase.DONE:
            raise IllegalTransition("the quiz is done: there is no current question")
        if self._item is None:
            self._item = resolve_item(
                self.exercise.question(self.order[self.position]), self._resolver
            )
        return self._item

    @property
    def records(self) -> tuple[AttemptRecord, ...]:
        """Saved attempts, in the order of the questions."""
        return tuple(self._records[q] for q in self.order if q in self._records)

    @property
    def seconds_allowed(self) -> float | None:
        return self.exercise.seconds_per_question()

    def _require(self, action: str, *phases: Phase) -> None:
        if self.phase not in phases:
            allowed = " or ".join(p.value for p in phases)
            raise IllegalTransition(
                f"cannot {action} while {self.phase.value} (only when {allowed})"
            )

    # --- transitions -------------------------------------------------------------------------

    def answer(
        self, answer: Answer, *, time_ms: int, hints_used: int = 0, now: datetime | None = None
    ) -> AttemptRecord:
        """SHOWN → ANSWERED: score the answer and return the attempt to be saved."""
        self._require("answer", Phase.SHOWN)
        item = self.item
        outcome = score_answer(
            item, answer, taxonomy=self._taxonomy, time_out_accepts=time_out_accepts(self.exercise)
        )
        self.pending = make_attempt(
            item,
            answer,
            outcome,
            trainee_id=self.trainee_id,
            exercise_id=self.exercise.id,
            module=self.exercise.module,
            session_id=self.session_id,
            time_ms=time_ms,
            hints_used=hints_used,
            answered_at=now,
        )
        self.outcome = outcome
        self._answer = answer
        self.phase = Phase.ANSWERED
        return self.pending

    def time_out(self, *, time_ms: int, now: datetime | None = None) -> AttemptRecord:
        """SHOWN → ANSWERED with no answer given in time: in timed mode a time-out accepts the
        document (the traveller walked through); elsewhere it scores 0 as ``timed_out``."""
        return self.answer(TimeOut(), time_ms=time_ms, now=now)

    def begin_save(self) -> AttemptRecord:
        """ANSWERED or SAVE_FAILED → SAVING: the attempt the caller must now save."""
        self._require("save", Phase.ANSWERED, Phase.SAVE_FAILED)
        assert self.pending is not None
        self.phase = Phase.SAVING
        self.save_error = None
        return self.pending

    def save_failed(self, message: str) -> None:
        """SAVING → SAVE_FAILED: keep the answer so that it can be saved again."""
        self._require("report a failed save", Phase.SAVING)
        self.save_error = message
        self.phase = Phase.SAVE_FAILED

    def saved(self) -> None:
        """SAVING → FEEDBACK (practice) or the next question / DONE (exam, timed)."""
        self._require("confirm a save", Phase.SAVING)
        assert self.pending is not None and self.outcome is not None
        self._records[self.pending.question_id] = self.pending
        if self.mode is Mode.PRACTICE:
            self.feedback = explain(
                self.item, self.outcome, taxonomy=self._taxonomy, answer=self._answer
            )
            self.phase = Phase.FEEDBACK
        else:
            self._move_on()

    def next(self) -> None:
        """FEEDBACK → SHOWN of the next question, or DONE after the last."""
        self._require("go to the next question", Phase.FEEDBACK)
        self._move_on()

    def _move_on(self) -> None:
        self.pending = None
        self._answer = None
        self.feedback = None
        self._item = None
        self.position += 1
        self._advance_to_unanswered()

    def _advance_to_unanswered(self) -> None:
        while self.position < len(self.order) and self.order[self.position] in self._records:
            self.position += 1
        self.phase = Phase.DONE if self.position >= len(self.order) else Phase.SHOWN

    # --- results -----------------------------------------------------------------------------

    def results(self) -> Results:
        """Score so far over the whole exercise (max score counts unanswered questions too)."""
        return results_of(self.exercise, self.records)

    def review(self, question_id: str) -> Feedback:
        """Feedback for an answered question (exam mode shows it at the end)."""
        record = self._records[question_id]
        item = resolve_item(self.exercise.question(question_id), self._resolver)
        outcome = Outcome(
            record.score, record.max_score, Mark(record.mark), record.accepted, record.timed_out
        )
        try:
            answer: Answer | None = answer_from_json(dict(record.answer))
        except ValueError:  # an answer logged by another version: explain without it
            answer = None
        return explain(item, outcome, taxonomy=self._taxonomy, answer=answer)


def results_of(exercise: Exercise, records: Sequence[AttemptRecord]) -> Results:
    """Results of an exercise from its saved attempts (first attempt per question counts)."""
    first: dict[str, AttemptRecord] = {}
    for r in records:
        first.setdefault(r.question_id, r)
    counted = [first[q.id] for q in exercise.questions if q.id in first]
    forged = [r for r in counted if r.truth_verdict not in (None, "genuine")]
    times = [r.time_ms for r in counted]
    return Results(
        score=sum(r.score for r in counted),
        max_score=exercise.max_score,
        answered=len(counted),
        total=len(exercise.questions),
        pass_mark=exercise.pass_mark,
        forged_shown=len(forged),
        false_accepts=sum(1 for r in forged if r.accepted),
        mean_time_ms=sum(times) / len(times) if times else None,
    )
