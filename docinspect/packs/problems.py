"""What can go wrong with a pack: problems found while reading, and the exceptions that carry them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docinspect.i18n import Message


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a pack.

    ``file`` is the path inside the pack with forward slashes (``specimens/s01/specimen.json``),
    or the pack's own name when the problem is with the folder or zip as a whole; ``field`` is
    the key path inside that file (``regions[3].shape.width``), empty when the whole file is at
    fault; ``reason`` says what is wrong in words a user can act on.
    """

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.field, self.reason) if part)

    def message(self) -> str:
        """The problem as one line, kept as a Message (file, field, reason) to be translated."""
        parts = [part for part in (self.file, self.field) if part]
        if not parts:
            return self.reason
        return Message("{where}: {reason}", where=": ".join(parts), reason=self.reason)

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file, "field": self.field, "reason": self.reason}


class PackError(Exception):
    """Base of every error the packs layer raises on purpose."""


class PackReadError(PackError):
    """A pack could not be read; ``problems`` lists everything found wrong with it, at once."""

    def __init__(self, path: Path, problems: Iterable[Problem]) -> None:
        self.path = path
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        first = self.problems[0].message() if self.problems else Message("unreadable")
        if count > 1:
            super().__init__(
                Message("{path}: {first} (and {n} more)", path=str(path), first=first, n=count - 1)
            )
        else:
            super().__init__(Message("{path}: {first}", path=str(path), first=first))


class PackWriteError(PackError):
    """A pack could not be written; whatever was at the destination before is unchanged.

    ``problems`` is filled when the content itself was invalid (it is validated before it
    replaces anything).
    """

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(message)


def describe(value: Any) -> str:
    """A short, safe rendering of a JSON value for messages (``got -2``, ``got a list``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return repr(shown)
    if isinstance(value, list):
        return Message("a list")
    if isinstance(value, dict):
        return Message("an object")
    return type(value).__name__
