"""Whether a database has accounts on, and what may be done under them.

An academy turns accounts on by creating the first instructor in its database
(``docinspect classroom init``). From then on the instructor's parts (the studio, answers,
class results, reports) need an instructor's login, which the classroom checks again on every
operation. A single seat with no instructor account keeps everything open, as before
accounts existed. The app (``docinspect.ui.classroom.roles``) and the report command
(``docinspect report``) read this the same way, through these functions.

The app asks at launch, so this module imports the database layer only when a question needs
it: a lone seat's file is answered by ``surely_without_accounts`` with the standard library.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Final

from docinspect.classroom.access import Action, Login

if TYPE_CHECKING:
    from docinspect.classroom.classroom import Classroom
    from docinspect.store import Store

#: The classroom's account table (``docinspect.classroom.schema.accounts``; a test holds them
#: equal), named here so that a SQLite file can be asked without SQLAlchemy.
ACCOUNTS_TABLE: Final = "classroom_accounts"


def has_account_tables(store: Store) -> bool:
    """Whether the classroom's account table exists on ``store`` (never on a lone seat's file)."""
    import sqlalchemy as sa

    return sa.inspect(store.engine).has_table(ACCOUNTS_TABLE)


def surely_without_accounts(url: str) -> bool:
    """True when ``url`` is a SQLite file on this computer that has no account table (or does
    not exist yet): accounts are off, as ``open_accounts`` would find, without opening the
    store. False means "ask ``open_accounts``" (a server, an unusual URL, a file with the
    table or one that cannot be read: ``open_accounts`` says what is wrong with it)."""
    prefix = "sqlite:///"
    name = url[len(prefix) :] if url.startswith(prefix) else ""
    # Only a plain path: anything SQLAlchemy would decode or read options from is left to it.
    if not name or name == ":memory:" or any(c in name for c in "?%#"):
        return False
    path = Path(name)
    if not path.exists():
        return True
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        ) as db:
            found = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                (ACCOUNTS_TABLE,),
            ).fetchone()
    except sqlite3.Error:
        return False
    return found is None


def open_accounts(url: str) -> Classroom | None:
    """The classroom of ``url`` when it has an instructor account, else None (accounts off).

    A database without the classroom's tables is left without them: a single seat never
    needs them.
    """
    from docinspect.classroom.classroom import open_classroom
    from docinspect.store import StoreError, open_store

    store = open_store(url)
    try:
        tables = has_account_tables(store)
    finally:
        store.close()
    if not tables:
        return None
    room = open_classroom(url)
    try:
        # A seat's own database login (grant-seat) may not read the accounts: it is a
        # trainee's seat of a class, so accounts are on.
        if room.seat_login() is not None or room.has_instructor():
            return room
    except StoreError:
        room.close()
        raise
    room.close()
    return None


def allows(
    action: Action, *, accounts_on: bool | None, classroom: Classroom | None, login: Login | None
) -> bool:
    """Whether ``action`` may be done: always with accounts off; with accounts on or not yet
    known, only by a signed-in login the classroom allows it."""
    if accounts_on is False:
        return True
    if classroom is None or login is None:
        return False
    return classroom.may(login, action)
