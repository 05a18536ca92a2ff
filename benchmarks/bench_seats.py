"""30 classroom seats answering at once against PostgreSQL: answers per second, p95 save time.

Usage: python benchmarks/bench_seats.py [--db URL] [--seats 30] [--answers 50] [--processes]
Runs in a private schema of the database (dropped afterwards). Each seat is a thread (or with
--processes a process, as separate workstations are) with its own Store, saving attempts
through Store.record_attempt as the practice window does.
"""

from __future__ import annotations

import argparse
import multiprocessing
import queue
import statistics
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from docinspect.store import open_store
from docinspect.training import AttemptRecord

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def bench_attempt(trainee_id: uuid.UUID, n: int, answered_at: datetime) -> AttemptRecord:
    """The ``n``-th answer of a trainee at a seat (a right verdict on an office-paper copy)."""
    return AttemptRecord(
        id=uuid.uuid4(),
        trainee_id=trainee_id,
        exercise_id="bench",
        question_id=f"q{n}",
        question_type="verdict",
        specimen_ref=f"recipe:td3:UTO:{n}:office_paper:0.500",
        answer={"kind": "verdict", "forged": n % 2 == 0},
        score=1.0,
        max_score=1.0,
        correct=True,
        mark="right",
        time_ms=3000,
        hints_used=0,
        answered_at=answered_at,
        features=("uv_dull_substrate",),
        methods=("office_paper",),
        module="Bench",
    )


@contextmanager
def private_schema(db: str) -> Iterator[str]:
    """The URL of a fresh schema of the database ``db`` (migrated), dropped afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(db)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = f"{db}{'&' if '?' in db else '?'}options=-csearch_path%3D{schema}"
    try:
        open_store(url).close()  # migrate once, before the seats connect
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _answer(trainee_id: uuid.UUID, n: int) -> AttemptRecord:
    return bench_attempt(trainee_id, n, datetime.now(UTC) + timedelta(milliseconds=n))


def _seat(url: str, trainee_id: uuid.UUID, answers: int, barrier, results) -> None:
    store = open_store(url)
    store.record_attempt(_answer(trainee_id, -1))  # warm the connection
    mine = []
    barrier.wait()
    for n in range(answers):
        t0 = time.perf_counter()
        store.record_attempt(_answer(trainee_id, n))
        mine.append(time.perf_counter() - t0)
    results.put(mine)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_URL)
    parser.add_argument("--seats", type=int, default=30)
    parser.add_argument("--answers", type=int, default=50, help="answers per seat")
    parser.add_argument("--processes", action="store_true", help="one process per seat")
    args = parser.parse_args()

    with private_schema(args.db) as url:
        station = open_store(url)
        trainees = [station.add_trainee(f"Seat {i}") for i in range(args.seats)]
        if args.processes:
            ctx = multiprocessing.get_context("spawn")
            barrier, results = ctx.Barrier(args.seats + 1), ctx.Queue()
            workers = [
                ctx.Process(target=_seat, args=(url, t.id, args.answers, barrier, results))
                for t in trainees
            ]
        else:
            barrier, results = threading.Barrier(args.seats + 1), queue.Queue()
            workers = [
                threading.Thread(target=_seat, args=(url, t.id, args.answers, barrier, results))
                for t in trainees
            ]
        for w in workers:
            w.start()
        barrier.wait()
        t0 = time.perf_counter()
        times: list[float] = []
        for _ in workers:
            times.extend(results.get())
        elapsed = time.perf_counter() - t0
        for w in workers:
            w.join()
        total = len(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        saved = station.attempt_count() - args.seats
        station.close()
        print(f"database: {sa.make_url(args.db).render_as_string(hide_password=True)}")
        kind = "processes" if args.processes else "threads"
        print(
            f"seats: {args.seats} ({kind}), answers per seat: {args.answers}, saved: {saved}/{total}"
        )
        print(f"answers per second: {total / elapsed:.0f}")
        print(
            f"save time: median {statistics.median(times) * 1000:.1f} ms, "
            f"95th percentile {p95 * 1000:.1f} ms, max {max(times) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
