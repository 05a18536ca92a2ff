"""Reading JSON values field by field, collecting a Problem for each one that is wrong.

One pass over a manifest reports every problem at once; the readers here never raise for bad
input, they record a problem and return None.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, Final, TypeVar

from docinspect.i18n import Message
from docinspect.packs.limits import MAX_PROBLEMS_PER_FILE, MAX_TEXT_CHARS
from docinspect.packs.paths import check_relative_name
from docinspect.packs.problems import Problem, describe

IDENT: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
IDENT_HINT: Final = Message(
    "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
)

E = TypeVar("E", bound=StrEnum)

MISSING: Final = object()


def join(prefix: str, key: str | int) -> str:
    """The field path of ``key`` under ``prefix``: ``regions[3]`` + ``shape`` -> ``regions[3].shape``."""
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else key


class Fields:
    """Problems found in one file, and typed readers that record them."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        #: Problems found, including those not listed beyond MAX_PROBLEMS_PER_FILE.
        self.count = 0

    def bad(self, field: str, reason: str) -> None:
        # A hostile file can hold millions of wrong values; list enough to act on, no more.
        self.count += 1
        if self.count <= MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.file, field, reason))
        elif self.count == MAX_PROBLEMS_PER_FILE + 1:
            self.problems.append(
                Problem(
                    self.file,
                    "",
                    Message(
                        "more than {max_problems_per_file} problems; the rest are not listed",
                        max_problems_per_file=MAX_PROBLEMS_PER_FILE,
                    ),
                )
            )

    def obj(self, value: Any, field: str) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.bad(field, Message("must be an object, got {value}", value=describe(value)))
        return None

    def get(self, obj: Mapping[str, Any], key: str, prefix: str, *, required: bool) -> Any:
        if key in obj:
            return obj[key]
        if required:
            self.bad(join(prefix, key), Message("missing"))
        return MISSING

    def text(
        self,
        value: Any,
        field: str,
        *,
        non_empty: bool = False,
        max_chars: int = MAX_TEXT_CHARS,
    ) -> str | None:
        if not isinstance(value, str):
            self.bad(field, Message("must be a string, got {value}", value=describe(value)))
            return None
        if non_empty and not value.strip():
            self.bad(field, Message("must not be empty"))
            return None
        if len(value) > max_chars:
            self.bad(
                field,
                Message(
                    "is {n} characters, more than the limit of {max_chars}",
                    n=format(len(value), ","),
                    max_chars=format(max_chars, ","),
                ),
            )
            return None
        return value

    def ident(self, value: Any, field: str) -> str | None:
        if not isinstance(value, str):
            self.bad(field, Message("must be an id string, got {value}", value=describe(value)))
            return None
        if not IDENT.match(value):
            self.bad(
                field,
                Message(
                    "{value} is not a valid id ({ident_hint})",
                    value=describe(value),
                    ident_hint=IDENT_HINT,
                ),
            )
            return None
        return value

    def name(self, value: Any, field: str) -> str | None:
        """A relative file or folder name inside the pack."""
        if not isinstance(value, str):
            self.bad(field, Message("must be a file name, got {value}", value=describe(value)))
            return None
        reason = check_relative_name(value)
        if reason:
            self.bad(field, Message("{value} {reason}", value=describe(value), reason=reason))
            return None
        return value

    def number(
        self,
        value: Any,
        field: str,
        *,
        positive: bool = False,
        low: float | None = None,
        high: float | None = None,
    ) -> float | None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            kind = Message("a positive number") if positive else Message("a number")
            self.bad(
                field, Message("must be {kind}, got {value}", kind=kind, value=describe(value))
            )
            return None
        if positive and value <= 0:
            self.bad(
                field, Message("must be a positive number, got {value}", value=describe(value))
            )
            return None
        if low is not None and value < low or high is not None and value > high:
            self.bad(
                field,
                Message(
                    "must be between {low} and {high}, got {value}",
                    low=format(low, "g"),
                    high=format(high, "g"),
                    value=describe(value),
                ),
            )
            return None
        return float(value)

    def integer(self, value: Any, field: str) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(field, Message("must be a whole number, got {value}", value=describe(value)))
            return None
        return value

    def boolean(self, value: Any, field: str) -> bool | None:
        if not isinstance(value, bool):
            self.bad(field, Message("must be true or false, got {value}", value=describe(value)))
            return None
        return value

    def choice(self, value: Any, field: str, enum: type[E]) -> E | None:
        try:
            return enum(value) if isinstance(value, str) else enum("\0")
        except ValueError:
            choices = ", ".join(member.value for member in enum)
            self.bad(
                field,
                Message(
                    "must be one of {choices}; got {value}", choices=choices, value=describe(value)
                ),
            )
            return None

    def items(self, value: Any, field: str, *, limit: int) -> list[Any] | None:
        if not isinstance(value, list):
            self.bad(field, Message("must be a list, got {value}", value=describe(value)))
            return None
        if len(value) > limit:
            self.bad(
                field,
                Message(
                    "has {n} entries, more than the limit of {limit}",
                    n=format(len(value), ","),
                    limit=format(limit, ","),
                ),
            )
            return None
        return value
