"""What a classroom seat keeps on this computer, apart from its results file.

A seat saves every answer in its own SQLite file first (``seat_file_url``) and pushes it to
the class server (``docinspect.classroom.seat``). Beside that file it keeps, in the user's
data folder:

- the logins of trainees who signed in here, as a salted scrypt hash of the password (never
  the password), so they can sign in again while the server is away; and the trainee a seat
  role (``grant-seat``) belonged to when the seat was last online;
- each trainee's assignments as last read from the server;
- the class packs fetched for those assignments.

Each file is written whole (a temporary file, then a rename) or not at all. A missing or
damaged file reads as empty: the server still holds everything, the seat only needs it to
be reachable again. Used by the seat's window (``docinspect.ui.classroom.seat_link``).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa

from docinspect.classroom.access import NotAllowed
from docinspect.classroom.class_packs import fetched_packs
from docinspect.classroom.classroom import Assignment
from docinspect.classroom.passwords import hash_password, verify_password
from docinspect.i18n import Message
from docinspect.store import Trainee
from docinspect.userdata import data_dir

#: Seconds a seat waits for the server to answer a connection (psycopg's connect_timeout).
CONNECT_TIMEOUT: Final = 5

#: Key of the seat role's trainee in the remembered logins (a user name is never empty).
_SEAT_ROLE_KEY: Final = ""


def is_class_server(url: str) -> bool:
    """Whether ``url`` names a shared server (a classroom seat), not this computer's file."""
    try:
        return sa.make_url(url).get_backend_name() != "sqlite"
    except sa.exc.ArgumentError:
        return False  # open_store says what is wrong with it


def seat_file_url() -> str:
    """The seat's own results file: kept apart from a single user's own database."""
    return f"sqlite:///{data_dir() / 'classroom-seat.sqlite3'}"


def with_connect_timeout(url: str) -> str:
    """``url`` with a connection timeout, so an unplugged network is noticed in seconds."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT)})
    return parsed.render_as_string(hide_password=False)


# --- remembered logins ---------------------------------------------------------------------


def _logins_file() -> Path:
    return data_dir() / "classroom-seat-logins.json"


def _remembered() -> dict[str, Any]:
    try:
        data = json.loads(_logins_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_whole(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # the seat then needs the server for this: nothing else is lost


def remember_login(username: str, trainee: Trainee, password: str) -> None:
    """Keep a salted scrypt hash of the password, so the trainee can sign in offline here."""
    try:
        verifier = hash_password(password)
    except ValueError:
        return  # a password too short to hash here: this trainee signs in online only
    data = _remembered()
    data[username.strip()] = {"trainee_id": str(trainee.id), "name": trainee.name, "hash": verifier}
    _write_whole(_logins_file(), data)


def remembered_trainee_id(username: str, password: str) -> uuid.UUID | None:
    """The trainee ``username`` signed in as at this seat before, when ``password`` matches;
    None when they never signed in here. A wrong password raises NotAllowed."""
    entry = _remembered().get(username.strip())
    if entry is None:
        return None
    if not verify_password(password, str(entry.get("hash", ""))):
        raise NotAllowed(Message("wrong user name or password"))
    return uuid.UUID(entry["trainee_id"])


def remember_seat_role(trainee: Trainee) -> None:
    """Remember the trainee this seat's database login (a seat role) belongs to."""
    data = _remembered()
    data[_SEAT_ROLE_KEY] = {"trainee_id": str(trainee.id), "name": trainee.name}
    _write_whole(_logins_file(), data)


def forget_seat_role() -> None:
    """The seat's login is a shared one now: no trainee is signed in by it."""
    data = _remembered()
    if data.pop(_SEAT_ROLE_KEY, None) is not None:
        _write_whole(_logins_file(), data)


def remembered_seat_role() -> uuid.UUID | None:
    """The trainee of the seat role when the seat was last online, or None."""
    entry = _remembered().get(_SEAT_ROLE_KEY)
    if not isinstance(entry, dict):
        return None
    try:
        return uuid.UUID(entry["trainee_id"])
    except (KeyError, TypeError, ValueError):
        return None


# --- assignments as last read --------------------------------------------------------------


def _cache_file() -> Path:
    return data_dir() / "classroom-assignments.json"


def write_assignment_cache(trainee_id: uuid.UUID, found: list[Assignment]) -> None:
    """Keep the trainee's assignments on the seat (written whole, or not at all)."""
    path = _cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[str(trainee_id)] = [_assignment_json(a) for a in found]
    _write_whole(path, data)  # only a cache: the server holds the assignments


def cached_assignments(trainee_id: uuid.UUID) -> list[Assignment]:
    """The assignments last read for ``trainee_id`` at this seat (for an offline seat)."""
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
        rows = data.get(str(trainee_id), [])
        return [_assignment_from(r) for r in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return []  # no cache, or a damaged one: nothing to show, nothing lost


def _assignment_json(a: Assignment) -> dict[str, Any]:
    return {
        "id": str(a.id),
        "cohort_id": str(a.cohort_id),
        "exercise_id": a.exercise_id,
        "title": a.title,
        "question_count": a.question_count,
        "due_at": a.due_at.isoformat() if a.due_at else None,
        "created_at": a.created_at.isoformat(),
    }


def _assignment_from(r: dict[str, Any]) -> Assignment:
    return Assignment(
        id=uuid.UUID(r["id"]),
        cohort_id=uuid.UUID(r["cohort_id"]),
        exercise_id=str(r["exercise_id"]),
        title=str(r["title"]),
        question_count=int(r["question_count"]),
        due_at=datetime.fromisoformat(r["due_at"]) if r["due_at"] else None,
        created_at=datetime.fromisoformat(r["created_at"]),
    )


# --- class packs ---------------------------------------------------------------------------


def class_packs_dir() -> Path:
    """Where a seat keeps the class packs it fetched (docinspect.classroom.class_packs)."""
    return data_dir() / "class-packs"


def seat_class_packs() -> list[Path]:
    """The class packs this seat fetched, newest version of each."""
    return fetched_packs(class_packs_dir())
