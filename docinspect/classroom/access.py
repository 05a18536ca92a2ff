"""Who is logged in and what they may do: the authorisation checks of the classroom.

Every classroom operation takes a ``Login`` and checks it before touching the database, so
hiding a button is never the only protection. A ``Login`` is only made by
``Classroom.log_in`` (a correct password) or ``Classroom.seat_login`` (a seat's own trainee);
the token inside it is checked against the classroom that issued it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    INSTRUCTOR = "instructor"
    TRAINEE = "trainee"


class Action(StrEnum):
    """What only an instructor may do; a trainee answers and reads their own results only."""

    OPEN_STUDIO = "open the studio"
    OPEN_ANSWER_KEYS = "open answer keys"
    WATCH_CLASS = "watch the class"
    READ_OTHERS_RESULTS = "read other trainees' results"
    MANAGE_CLASS = "manage accounts, cohorts and assignments"


class NotAllowed(PermissionError):
    """The logged-in account may not do this; the message says what was refused."""


@dataclass(frozen=True, slots=True)
class Login:
    """A logged-in account. ``trainee_id`` is the trainee a trainee login answers as."""

    account_id: uuid.UUID
    username: str
    role: Role
    trainee_id: uuid.UUID | None
    #: Secret issued by the classroom; a hand-made Login does not carry a valid one.
    token: bytes = field(repr=False, compare=False)

    @property
    def is_instructor(self) -> bool:
        return self.role is Role.INSTRUCTOR
