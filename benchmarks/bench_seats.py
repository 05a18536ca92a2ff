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
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from docinspect.store import open_store
from docinspect.training import AttemptRecord

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _attempt(trainee_id: uuid.UUID, n: int) -> AttemptRecord:
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
        answered_at=datetime.now(UTC) + timedelta(milliseconds=n),
        features=("uv_dull_substrate",),
        methods=("office_paper",),
        module="Bench",
    )


def _seat(url: str, trainee_id: uuid.UUID, answers: int, barrier, results) -> None:
    store = open_store(url)
    store.record_attempt(_attempt(trainee_id, -1))  # warm the connection
    mine = []
    barrier.wait()
    for n in range(answers):
        t0 = time.perf_counter()
        store.record_attempt(_attempt(trainee_id, n))
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

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(args.db)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = f"{args.db}{'&' if '?' in args.db else '?'}options=-csearch_path%3D{schema}"
    try:
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
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
