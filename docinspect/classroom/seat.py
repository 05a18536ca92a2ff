"""A classroom seat: the class's server when it answers, this machine's own file when it does not.

An offline seat keeps answering into its own SQLite database; when the server is back,
``push_results`` carries over what the server lacks, and pushing again changes nothing.

A push is incremental: it sends only the attempts and sessions the server does not have. For
each trainee it compares attempt ids — ids only, never whole records — from a *mark* on: the
time before which every attempt of the seat's file is known to be on the server (returned by
the last push that reached it, which the seat remembers). With a mark, a push after one answer
reads a handful of ids on both sides and sends that one attempt; without one (the seat's first
push after it starts) the whole history's ids are compared, still without sending what the
server has. The mark trails the newest answer seen by ``SINCE_MARGIN``, so an answer stamped
just before a push but saved just after it is still compared at the next one. The comparison
by id is also what keeps a push idempotent and correct when the network drops half-way: the
mark moves only when a push succeeds, and the next one finds what already arrived.

Sessions go first (attempts refer to them), attempts next, and a session's finish last, so the
server never holds a finished session without its answers. A seat's own PostgreSQL role (row-
level security) reads and writes only its trainee's rows: every query here is per trainee.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

import sqlalchemy as sa

from docinspect.classroom.bundles import ImportReport
from docinspect.i18n import Message
from docinspect.store import Store, StoreError, open_store
from docinspect.store.schema import attempts, exercise_sessions, trainees

#: How far the mark trails the newest answer a push saw (answers are saved within
#: milliseconds of being stamped; minutes leave room for a slow save or a clock nudge).
SINCE_MARGIN: Final = timedelta(minutes=10)

#: Per trainee: attempts, newest answer, sessions, finished sessions (see ``results_signature``).
Signature = tuple[int, datetime | None, int, int]


@dataclass(frozen=True, slots=True)
class SeatStore:
    store: Store
    #: True when the server could not be reached and answers go to this machine's own file.
    offline: bool
    #: Why the server was not used (the StoreError's message), or "".
    reason: str = ""


@dataclass(frozen=True, slots=True)
class PushReport(ImportReport):
    """What a push sent and what the server added (an ImportReport, plus what was sent)."""

    #: Attempts read from the seat's file and sent (those the server lacked).
    attempts_sent: int = 0
    #: Sessions sent: new to the server, or finished since it last heard of them.
    sessions_sent: int = 0
    #: Per trainee pushed, the mark the next push can compare from (see the module's doc).
    marks: Mapping[uuid.UUID, datetime | None] = field(default_factory=dict)


def open_seat(server_url: str, local_url: str | None = None) -> SeatStore:
    """The class server's store, or — if it cannot be opened — the local one, marked offline.

    Raises StoreError only when neither can be opened.
    """
    try:
        return SeatStore(open_store(server_url), offline=False)
    except StoreError as exc:
        return SeatStore(open_store(local_url), offline=True, reason=str(exc))


def results_signature(local: Store) -> dict[uuid.UUID, Signature]:
    """Per trainee of the seat's file, what changes when they answer, start or finish.

    Two grouped queries on the seat's own file (no server): the seat pushes only the trainees
    whose signature differs from the one their last successful push saw.
    """
    with local.engine.connect() as conn:
        answers = {
            r.trainee_id: (r.n, r.newest)
            for r in conn.execute(
                sa.select(
                    attempts.c.trainee_id,
                    sa.func.count().label("n"),
                    sa.func.max(attempts.c.answered_at).label("newest"),
                ).group_by(attempts.c.trainee_id)
            )
        }
        runs = {
            r.trainee_id: (r.n, r.done)
            for r in conn.execute(
                sa.select(
                    exercise_sessions.c.trainee_id,
                    sa.func.count().label("n"),
                    sa.func.count(exercise_sessions.c.finished_at).label("done"),
                ).group_by(exercise_sessions.c.trainee_id)
            )
        }
        people = [r.id for r in conn.execute(sa.select(trainees.c.id))]
    result: dict[uuid.UUID, Signature] = {}
    for tid in people:
        n, newest = answers.get(tid, (0, None))
        if isinstance(newest, str):  # SQLite's MAX() hands back the stored text
            newest = datetime.fromisoformat(newest)
        s, done = runs.get(tid, (0, 0))
        result[tid] = (n, newest, s, done)
    return result


def push_results(
    local: Store,
    server: Store,
    *,
    trainee_ids: Iterable[uuid.UUID] | None = None,
    since: Mapping[uuid.UUID, datetime | None] | None = None,
) -> PushReport:
    """Send the server the given trainees' (default: all) sessions and attempts it lacks.

    ``since`` holds the marks of the last push that reached the server (``PushReport.marks``);
    a trainee without one is compared over their whole history. Idempotent: pushing again
    sends nothing. Raises StoreError when either database fails (what was sent before the
    failure stays on the server, and the next push finds it there).
    """
    wanted = list(trainee_ids) if trainee_ids is not None else [t.id for t in local.trainees()]
    marks = dict(since or {})
    totals = [0] * 6  # trainees, sessions and attempts added; present; attempts, sessions sent
    new_marks: dict[uuid.UUID, datetime | None] = {}
    try:
        for tid in wanted:
            counts, new_marks[tid] = _push_trainee(local, server, tid, marks.get(tid))
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(
            Message("pushing to the class server failed: {value}", value=_first_line(exc))
        ) from exc
    added_t, added_s, added_a, present, sent_a, sent_s = totals
    return PushReport(
        trainees_added=added_t,
        sessions_added=added_s,
        attempts_added=added_a,
        attempts_already_present=present,
        attempts_sent=sent_a,
        sessions_sent=sent_s,
        marks=new_marks,
    )


def _push_trainee(
    local: Store, server: Store, tid: uuid.UUID, mark: datetime | None
) -> tuple[tuple[int, int, int, int, int, int], datetime | None]:
    with local.engine.connect() as conn:
        seen = conn.execute(_since(sa.select(attempts.c.id, attempts.c.answered_at), tid, mark))
        mine = {r.id: r.answered_at for r in seen}
        runs = conn.execute(_open_sessions(tid, mark)).mappings().all()
        person = (
            None
            if mark is not None
            else conn.execute(
                sa.select(trainees.c.id, trainees.c.name, trainees.c.created_at).where(
                    trainees.c.id == tid
                )
            )
            .mappings()
            .first()
        )
    added_t = 0
    with server.engine.begin() as conn:
        if person is not None and not _has(conn, trainees, tid):
            conn.execute(trainees.insert().values(**person, extra={}))
            added_t = 1
        there = {r.id: r.finished_at for r in _server_sessions(conn, [s["id"] for s in runs])}
        new_runs = [s for s in runs if s["id"] not in there]
        for s in new_runs:  # position moves on as the attempts arrive; the finish comes last
            conn.execute(
                exercise_sessions.insert().values({**s, **_UNFINISHED, "position": 0, "extra": {}})
            )
        have = set(conn.execute(_since(sa.select(attempts.c.id), tid, mark)).scalars())
    missing = [a for a in mine if a not in have]
    records = []
    if missing:
        oldest = min(mine[a] for a in missing)
        wanted = set(missing)
        records = [r for r in local.attempts_for(tid, since=oldest) if r.id in wanted]
    added_a = sum(1 for r in records if server.record_attempt(r))
    finished = [s for s in runs if s["finished_at"] is not None and there.get(s["id"]) is None]
    if finished:
        with server.engine.begin() as conn:
            for s in finished:
                conn.execute(
                    exercise_sessions.update()
                    .where(
                        (exercise_sessions.c.id == s["id"])
                        & exercise_sessions.c.finished_at.is_(None)
                    )
                    .values({k: s[k] for k in ("finished_at", "score", "max_score", "passed")})
                )
    newest = max(mine.values(), default=None)
    next_mark = mark if newest is None else newest - SINCE_MARGIN
    if mark is not None and next_mark is not None and next_mark < mark:
        next_mark = mark
    sent_s = len(new_runs) + sum(1 for s in finished if s["id"] in there)  # each once
    counts = (added_t, len(new_runs), added_a, len(records) - added_a, len(records), sent_s)
    return counts, next_mark


_UNFINISHED: Final = {"finished_at": None, "score": None, "max_score": None, "passed": None}


def _since(query: sa.Select[Any], tid: uuid.UUID, mark: datetime | None) -> sa.Select[Any]:
    query = query.where(attempts.c.trainee_id == tid)
    return query if mark is None else query.where(attempts.c.answered_at >= mark)


def _open_sessions(tid: uuid.UUID, mark: datetime | None) -> sa.Select[Any]:
    """The trainee's sessions the server may lack or not know finished (all, without a mark)."""
    columns = [c for c in exercise_sessions.c if c.name not in ("extra", "position")]
    query = sa.select(*columns).where(exercise_sessions.c.trainee_id == tid)
    if mark is None:
        return query
    return query.where(
        exercise_sessions.c.finished_at.is_(None)
        | (exercise_sessions.c.finished_at >= mark)
        | (exercise_sessions.c.started_at >= mark)
    )


def _server_sessions(conn: sa.Connection, ids: list[uuid.UUID]) -> list[sa.Row[Any]]:
    if not ids:
        return []
    query = sa.select(exercise_sessions.c.id, exercise_sessions.c.finished_at)
    return list(conn.execute(query.where(exercise_sessions.c.id.in_(ids))))


def _has(conn: sa.Connection, table: sa.Table, row_id: uuid.UUID) -> bool:
    return conn.execute(sa.select(table.c.id).where(table.c.id == row_id)).first() is not None


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
