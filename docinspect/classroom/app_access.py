"""Whether a database has accounts on, and what may be done under them.

An academy turns accounts on by creating the first instructor in its database
(``docinspect classroom init``). From then on the instructor's parts (the studio, answers,
class results, reports) need an instructor's login, which the classroom checks again on every
operation. A single seat with no instructor account keeps everything open, as before
accounts existed. The app (``docinspect.ui.classroom.roles``) and the report command
(``docinspect report``) read this the same way, through these functions.
"""

from __future__ import annotations

import sqlalchemy as sa

from docinspect.classroom.access import Action, Login
from docinspect.classroom.classroom import Classroom, open_classroom
from docinspect.classroom.schema import accounts
from docinspect.store import Store, StoreError, open_store


def has_account_tables(store: Store) -> bool:
    """Whether the classroom's account table exists on ``store`` (never on a lone seat's file)."""
    return sa.inspect(store.engine).has_table(accounts.name)


def open_accounts(url: str) -> Classroom | None:
    """The classroom of ``url`` when it has an instructor account, else None (accounts off).

    A database without the classroom's tables is left without them: a single seat never
    needs them.
    """
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
