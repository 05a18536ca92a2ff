"""Skills — (trainee × feature or forgery method) — scheduled for review with FSRS.

A skill, not a specimen, is what is scheduled: generated specimens are new every time. Each
answer that exercised a skill is a review of it: full marks → Good, partial credit → Hard,
wrong → Again. The skill also carries its own subtlety staircase, so practice of a weak point
starts at the subtlety where the trainee last stood.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from fsrs import Card, Rating, Scheduler

from docinspect.training.attempt import AttemptRecord
from docinspect.training.staircase import Staircase


class SkillKind(StrEnum):
    FEATURE = "feature"
    METHOD = "method"


@dataclass(frozen=True, slots=True, order=True)
class SkillKey:
    kind: SkillKind
    id: str


@dataclass(frozen=True, slots=True)
class SkillState:
    """The review state of one skill of one trainee (what the store keeps per skill)."""

    key: SkillKey
    #: fsrs.Card in its JSON form (fsrs' own, stable across its versions' to/from_json).
    card_json: str
    due: datetime
    subtlety: float
    reviews: int = 0
    lapses: int = 0


def skills_of(record: AttemptRecord) -> tuple[SkillKey, ...]:
    """The skills an attempt exercised: its forgery methods, then its features."""
    return tuple(
        [SkillKey(SkillKind.METHOD, m) for m in record.methods]
        + [SkillKey(SkillKind.FEATURE, f) for f in record.features]
    )


def rating_for(record: AttemptRecord) -> Rating:
    if record.correct:
        return Rating.Good
    if record.score > 0:
        return Rating.Hard
    return Rating.Again


class SkillSchedule:
    """FSRS scheduling of skills; pure (no storage): states in, states out."""

    def __init__(self, *, desired_retention: float = 0.9, fuzz: bool = True) -> None:
        self._scheduler = Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)

    def new(self, key: SkillKey, *, now: datetime, subtlety: float = 0.3) -> SkillState:
        card = Card(card_id=0, due=now)  # card_id=0: fsrs otherwise sleeps 1 ms per new card
        return SkillState(key, card.to_json(), now, subtlety)

    def review(self, state: SkillState, record: AttemptRecord) -> SkillState:
        """The skill's state after ``record`` exercised it."""
        card = Card.from_json(state.card_json)
        when = record.answered_at.astimezone(UTC)
        rating = rating_for(record)
        card, _log = self._scheduler.review_card(
            card, rating, review_datetime=when, review_duration=record.time_ms
        )
        subtlety = Staircase(state.subtlety).after(record.correct).subtlety
        return SkillState(
            state.key,
            card.to_json(),
            card.due,
            subtlety,
            state.reviews + 1,
            state.lapses + (rating is Rating.Again),
        )

    def retrievability(self, state: SkillState, *, now: datetime) -> float:
        """Probability (0..1) that the trainee still masters the skill at ``now``."""
        return self._scheduler.get_card_retrievability(
            Card.from_json(state.card_json), current_datetime=now
        )

    def apply(self, states: dict[SkillKey, SkillState], record: AttemptRecord) -> list[SkillState]:
        """Review every skill ``record`` exercised (creating new ones); returns the changed states."""
        changed = []
        for key in skills_of(record):
            state = states.get(key) or self.new(key, now=record.answered_at)
            states[key] = self.review(state, record)
            changed.append(states[key])
        return changed


def due_skills(states: Iterable[SkillState], *, now: datetime, limit: int = 10) -> list[SkillState]:
    """Skills due at ``now``, most overdue first; fewer than ``limit`` if fewer are due."""
    due = sorted((s for s in states if s.due <= now), key=lambda s: (s.due, s.key))
    return due[:limit]


def weakest(states: Sequence[SkillState], *, limit: int = 5) -> list[SkillState]:
    """Skills with the most lapses per review (ties: lowest subtlety reached)."""
    ranked = sorted(states, key=lambda s: (-(s.lapses / max(1, s.reviews)), s.subtlety, s.key))
    return ranked[:limit]
