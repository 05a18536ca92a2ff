"""Reading a hand-written JSON file (an exercise, a lesson plan): every way it can be unreadable
becomes one Problem naming the file, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docinspect.i18n import Message, os_reason
from docinspect.model.exercise import Problem


def read_json_file(
    path: Path, *, max_bytes: int, error: Callable[[list[Problem]], Exception]
) -> Any:
    """The JSON value in the file at ``path``; ``error([problem])`` is raised when the file is
    larger than ``max_bytes``, cannot be read, is not UTF-8 or is not JSON Python can hold."""
    file = str(path)

    def refused(reason: str) -> Exception:
        return error([Problem(file, "", reason)])

    try:
        if Path(path).stat().st_size > max_bytes:
            raise refused(Message("larger than {value} MB", value=max_bytes // 1024 // 1024))
        text = Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise refused(Message("not UTF-8 text ({reason})", reason=exc.reason)) from None
    except OSError as exc:
        raise refused(Message("cannot read: {reason}", reason=os_reason(exc))) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = Message("line {line}, column {column}", line=exc.lineno, column=exc.colno)
        raise refused(
            Message("not valid JSON: {msg} at {where}", msg=exc.msg, where=where)
        ) from None
    except RecursionError:
        raise refused(Message("not valid JSON: nested too deeply")) from None
    except ValueError:  # an integer of thousands of digits: Python refuses to convert it
        raise refused(Message("not valid JSON: a number has more than 4300 digits")) from None
