"""A seat's push after one more answer: the whole history (before) against the increment (now).

Usage: python benchmarks/bench_seat_push.py [--db URL] [--answers 600] [--seats 30] [--rounds 5]

Each seat's own SQLite file holds one trainee with ``--answers`` answers, already on the class
server. Then, ``--rounds`` times, the trainee answers once more and the seat pushes:

- before: what a seat did until now, the trainee's whole history as a results bundle
  (export_bundle + import_bundle: every attempt read, written to a zip, read back and offered
  to the server, which finds all but one present);
- after: ``push_results`` with the marks of the previous push (ids since the mark compared,
  the one new attempt sent); and once without marks (a seat that has just started: the whole
  history's ids compared, still only the new attempt sent).

First for one seat alone, then for ``--seats`` seats pushing at the same moment (threads, each
with its own engines, as separate workstations are). Prints wall and CPU time (the thread's
own) per push, and what was sent. Runs in a private schema of the database, dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

# The attempt and the private schema are bench_seats.py's.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_seats import DEFAULT_URL, bench_attempt, private_schema  # noqa: E402

from docinspect.classroom import export_bundle, import_bundle
from docinspect.classroom.seat import push_results
from docinspect.store import open_store


class Seat:
    """One seat's own file with a trainee whose ``answers`` answers the server already has."""

    def __init__(self, url: str, folder: Path, answers: int) -> None:
        self.local = open_store(f"sqlite:///{folder / 'seat.sqlite3'}")
        self.server = open_store(url)
        self.folder = folder
        self.trainee = self.local.add_trainee(f"Trainee {folder.name}")
        self.start = datetime.now(UTC) - timedelta(seconds=20 * (answers + 100))
        self.n = 0
        for _ in range(answers):
            self.answer()
        self.marks = push_results(self.local, self.server).marks

    def answer(self) -> None:
        self.local.record_attempt(
            bench_attempt(self.trainee.id, self.n, self.start + timedelta(seconds=20 * self.n))
        )
        self.n += 1

    def push_whole(self) -> int:
        path = self.folder / "results.zip"
        export_bundle(self.local, path, trainee_ids=[self.trainee.id])
        report = import_bundle(self.server, path)
        return report.attempts_added + report.attempts_already_present

    def push_increment(self) -> int:
        report = push_results(self.local, self.server, since=self.marks)
        self.marks = report.marks
        return report.attempts_sent

    def push_unmarked(self) -> int:
        report = push_results(self.local, self.server)
        self.marks = report.marks
        return report.attempts_sent

    def close(self) -> None:
        self.local.close()
        self.server.close()


def _timed(push: Callable[[], int]) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.thread_time()
    sent = push()
    return time.perf_counter() - wall, time.thread_time() - cpu, sent


def _line(label: str, rows: list[tuple[float, float, int]]) -> str:
    walls = sorted(r[0] for r in rows)
    cpus = [r[1] for r in rows]
    p95 = walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))]
    return (
        f"  {label:<34} wall median {statistics.median(walls) * 1000:7.1f} ms, "
        f"p95 {p95 * 1000:7.1f} ms; CPU median {statistics.median(cpus) * 1000:6.1f} ms; "
        f"attempts sent per push: {statistics.median(r[2] for r in rows):.0f}"
    )


def _round(seats: list[Seat], method: str) -> list[tuple[float, float, int]]:
    """Every seat answers once, then all push at the same moment."""
    for s in seats:
        s.answer()
    barrier = threading.Barrier(len(seats))
    rows: list[tuple[float, float, int]] = []
    lock = threading.Lock()

    def run(seat: Seat) -> None:
        barrier.wait()
        row = _timed(getattr(seat, method))
        with lock:
            rows.append(row)

    threads = [threading.Thread(target=run, args=(s,)) for s in seats]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_URL)
    parser.add_argument("--answers", type=int, default=600, help="answers already pushed")
    parser.add_argument("--seats", type=int, default=30, help="seats pushing together")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    with (
        private_schema(args.db) as url,
        tempfile.TemporaryDirectory(prefix="bench-push-") as tmp,
    ):
        print(f"database: {sa.make_url(args.db).render_as_string(hide_password=True)}")
        print(f"load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"a trainee with {args.answers} answers already on the server answers once more:")
        folder = Path(tmp) / "alone"
        folder.mkdir()
        seat = Seat(url, folder, args.answers)
        print(" one seat pushing alone:")
        for label, method in (
            ("before (whole history as a bundle)", "push_whole"),
            ("after (increment since the mark)", "push_increment"),
            ("after, seat just started (no mark)", "push_unmarked"),
        ):
            rows = [_round([seat], method)[0] for _ in range(args.rounds)]
            print(_line(label, rows))
        seat.close()

        seats = []
        for i in range(args.seats):
            folder = Path(tmp) / f"seat{i:02d}"
            folder.mkdir()
            seats.append(Seat(url, folder, args.answers))
        print(f" {args.seats} seats pushing at the same moment (each push timed on its seat):")
        for label, method in (
            ("before (whole history as a bundle)", "push_whole"),
            ("after (increment since the mark)", "push_increment"),
        ):
            rows = [row for _ in range(args.rounds) for row in _round(seats, method)]
            print(_line(label, rows))
        for s in seats:
            s.close()
        print(f"load average at end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
