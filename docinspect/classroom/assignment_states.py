"""Where a trainee stands on each of their assignments, read from the seat's own file.

The seat's file holds the trainee's answers from every seat (copied in at sign-in) and the
ones given here (saved here first), so an offline seat counts them as the class view will:
each question of the assigned exercise once, from the moment it was assigned.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from docinspect.classroom.classroom import Assignment
from docinspect.store import Store


@dataclass(frozen=True, slots=True)
class AssignmentState:
    assignment: Assignment
    answered: int
    done: bool
    overdue: bool


def assignment_states(
    store: Store, trainee_id: uuid.UUID, assigned: Iterable[Assignment], *, now: datetime
) -> list[AssignmentState]:
    """Each assignment with the questions answered, done, and overdue (due, and not done)."""
    records = store.attempts_for(trainee_id)
    sessions = store.sessions_for(trainee_id)
    out = []
    for a in assigned:
        questions = {
            r.question_id
            for r in records
            if r.exercise_id == a.exercise_id and r.answered_at >= a.created_at
        }
        finished = any(
            s.exercise_id == a.exercise_id
            and s.finished_at is not None
            and s.finished_at >= a.created_at
            for s in sessions
        )
        done = finished or len(questions) >= a.question_count
        overdue = a.due_at is not None and now > a.due_at and not done
        out.append(AssignmentState(a, len(questions), done, overdue))
    return out
