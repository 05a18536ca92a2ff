"""Analytics speed on a classroom-sized attempt log. Prints figures; asserts nothing.

Builds (once, cached under /tmp) a SQLite database through the store's own migrations and
fills it with 1,000,000 attempts by 500 trainees in 20 cohorts of 25, over 240 questions of 12
exercises and generated specimens of 18 forgery methods, with sessions and skill states. Then
measures, warm (the second and later calls; the first is printed too):

- a trainee dashboard's figures (``trainee_dashboard_from_store``)      target <= 150 ms
- a cohort item analysis (``cohort_item_analysis_from_store``, 25 trainees)  target <= 1 s
- a cohort PDF (``cohort_analysis_from_store`` + ``write_cohort_pdf``)      target <= 5 s
and, for information, every cohort figure, a trainee PDF, the item analysis over all 500
trainees and over the last 30 days. Wall and CPU times are printed: on a loaded machine the
wall time includes waiting for a core.

Run: python benchmarks/bench_analytics.py [--rebuild] [--db PATH]
Answers are simulated with a 2-parameter logistic model (ability x item difficulty and
discrimination); six questions have a wrong key (negative discrimination) so flags show.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from docinspect.analytics.queries import (
    Period,
    cohort_analysis_from_store,
    cohort_item_analysis_from_store,
    cohort_names,
    cohort_trainees,
    trainee_dashboard_from_store,
)
from docinspect.model.taxonomy import load_taxonomy
from docinspect.reports.cohort_pdf import write_cohort_pdf
from docinspect.reports.trainee_pdf import write_trainee_pdf
from docinspect.store import head_revision, open_store

TRAINEES = 500
COHORT_SIZE = 25
ATTEMPTS = 1_000_000
EXERCISES = 12
QUESTIONS_PER_EXERCISE = 20
SESSION_LENGTH = 20
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAYS = 60
#: Bump when the generated data changes, so an old cache is not reused.
DATA_VERSION = 1


def default_db() -> Path:
    return (
        Path(tempfile.gettempdir())
        / f"docinspect-bench-analytics-v{DATA_VERSION}-{head_revision()}.sqlite3"
    )


def build(path: Path) -> None:
    """Create the database with the store's migrations, then bulk-insert with sqlite3."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_store(f"sqlite:///{path}").close()  # schema by Alembic, as the app makes it
    rng = np.random.default_rng(2026)
    tax = load_taxonomy()
    methods = sorted(tax.methods)
    features = sorted(tax.features)
    t0 = time.perf_counter()

    def ids(n: int) -> list[str]:
        raw = rng.bytes(16 * n)
        return [raw[i : i + 16].hex() for i in range(0, 16 * n, 16)]

    def stamp(values: np.ndarray) -> np.ndarray:
        # SQLAlchemy's SQLite DateTime text form: "YYYY-MM-DD HH:MM:SS.ffffff" (UTC).
        text = np.datetime_as_string(values.astype("datetime64[us]"), unit="us")
        return np.char.replace(text, "T", " ")

    trainee_ids = ids(TRAINEES)
    ability = rng.normal(0, 1, TRAINEES)

    # Items: 240 questions; 70% genuine/forged verdicts on generated specimens.
    n_items = EXERCISES * QUESTIONS_PER_EXERCISE
    item_ex = np.repeat(np.arange(EXERCISES), QUESTIONS_PER_EXERCISE)
    item_q = np.tile(np.arange(QUESTIONS_PER_EXERCISE), EXERCISES)
    verdict = rng.random(n_items) < 0.7
    forged_item = verdict & (rng.random(n_items) < 0.6)
    item_method = rng.integers(0, len(methods), n_items)
    item_feature = rng.integers(0, len(features), n_items)
    item_doc = rng.choice(["td1", "td3", "td2"], n_items)
    item_subtlety = rng.choice([0.3, 0.5, 0.7], n_items)
    difficulty = rng.normal(-0.6, 1.0, n_items)
    discrimination = rng.uniform(0.5, 2.0, n_items)
    discrimination[rng.choice(n_items, 6, replace=False)] = -0.9  # wrong keys

    # Sessions: each trainee runs sessions of 20 questions of one exercise.
    per_trainee = ATTEMPTS // TRAINEES
    sessions_per_trainee = per_trainee // SESSION_LENGTH
    n_sessions = TRAINEES * sessions_per_trainee
    session_ids = ids(n_sessions)
    session_trainee = np.repeat(np.arange(TRAINEES), sessions_per_trainee)
    session_ex = rng.integers(0, EXERCISES, n_sessions)
    session_start = np.datetime64(START.replace(tzinfo=None), "s") + np.sort(
        rng.integers(0, DAYS * 86400, (TRAINEES, sessions_per_trainee)), axis=1
    ).ravel().astype("timedelta64[s]")

    # Attempts: session k holds attempts k*20 .. k*20+19, questions of its exercise in order.
    a_session = np.repeat(np.arange(n_sessions), SESSION_LENGTH)
    a_trainee = session_trainee[a_session]
    a_item = session_ex[a_session] * QUESTIONS_PER_EXERCISE + np.tile(
        np.arange(SESSION_LENGTH), n_sessions
    )
    theta = ability[a_trainee]
    p = 1 / (1 + np.exp(-discrimination[a_item] * (theta - difficulty[a_item])))
    correct = rng.random(ATTEMPTS) < p
    time_ms = np.clip(rng.lognormal(np.log(8000) - 0.15 * theta, 0.45), 800, 120000).astype(int)
    offsets = np.cumsum(time_ms.reshape(n_sessions, SESSION_LENGTH) + 3000, axis=1).ravel()
    answered = session_start[a_session] + offsets.astype("timedelta64[ms]")
    answered_text = stamp(answered)
    a_ids = ids(ATTEMPTS)
    seeds = rng.integers(1, 10**9, ATTEMPTS)

    is_verdict = verdict[a_item]
    is_forged = forged_item[a_item]
    # Accepted: a right answer accepts genuine and refuses forged; a wrong one the opposite,
    # except that 30% of wrong answers on forged documents refuse with a wrong method.
    wrong_method = is_forged & ~correct & (rng.random(ATTEMPTS) < 0.3)
    accepted = np.where(is_forged, ~correct & ~wrong_method, correct)
    method_name = [methods[m] for m in item_method]
    answers = {
        ("v", True): json.dumps({"kind": "verdict", "forged": False, "method": None}),
        "choice": json.dumps({"kind": "choice", "choice": "feature"}),
    }
    rows = []
    skill_rows = []
    for k in range(ATTEMPTS):
        item = a_item[k]
        m = method_name[item]
        if is_verdict[k]:
            if accepted[k]:
                answer = answers[("v", True)]
            else:
                said = (
                    m
                    if (is_forged[k] and not wrong_method[k])
                    else methods[(item + 1) % len(methods)]
                )
                answer = json.dumps({"kind": "verdict", "forged": True, "method": said})
            qtype = "verdict"
            ref = (
                f"recipe:{item_doc[item]}:UTO:{seeds[k]}:{m if is_forged[k] else 'genuine'}"
                f":{item_subtlety[item]:.3f}"
            )
            truth = "counterfeit" if is_forged[k] else "genuine"
            acc = int(accepted[k])
            if is_forged[k]:
                skill_rows.append((a_ids[k], "method", m))
                for f in tax.methods[m].indicator_features:
                    skill_rows.append((a_ids[k], "feature", f))
            if is_forged[k] and correct[k]:
                mark = "right"
            elif is_forged[k]:
                mark = "wrong_method" if wrong_method[k] else "false_accept"
            else:
                mark = "right" if correct[k] else "false_reject"
        else:
            answer, qtype, truth, acc = answers["choice"], "identify", None, None
            ref = f"pack:reference-{item_doc[item]}-{item % 7}"
            skill_rows.append((a_ids[k], "feature", features[item_feature[item]]))
            mark = "right" if correct[k] else "wrong"
        s = a_session[k]
        ok = bool(correct[k])
        rows.append((
            a_ids[k], trainee_ids[a_trainee[k]], session_ids[s], f"ex-{item_ex[item]:02d}",
            "Benchmark", f"q{item_q[item]:02d}", qtype, ref, answer, int(ok),
            1.0 if ok else (0.5 if mark == "wrong_method" else 0.0), 1.0, mark,
            int(time_ms[k]), 0, answered_text[k], truth, acc, 0, "{}",
        ))  # fmt: skip
    t1 = time.perf_counter()

    session_correct = correct.reshape(n_sessions, SESSION_LENGTH).sum(axis=1)
    finished = stamp(answered.reshape(n_sessions, SESSION_LENGTH)[:, -1])
    started = stamp(session_start)
    order = json.dumps([f"q{q:02d}" for q in range(SESSION_LENGTH)])
    session_rows = [
        (
            session_ids[s],
            trainee_ids[session_trainee[s]],
            f"ex-{session_ex[s]:02d}",
            f"Exercise {session_ex[s]}",
            "Benchmark",
            "exam",
            s,
            order,
            SESSION_LENGTH,
            started[s],
            finished[s],
            float(session_correct[s]),
            float(SESSION_LENGTH),
            int(session_correct[s] >= 0.8 * SESSION_LENGTH),
            "{}",
        )  # fmt: skip
        for s in range(n_sessions)
    ]
    now = np.datetime64(START.replace(tzinfo=None) + timedelta(days=DAYS), "s")
    skill_state_rows = []
    for t in range(TRAINEES):
        for kind, skill in [("method", m) for m in methods[:10]] + [
            ("feature", f) for f in features[:10]
        ]:
            due = now + np.timedelta64(int(rng.integers(-20, 30)), "D")
            skill_state_rows.append(
                (
                    trainee_ids[t],
                    kind,
                    skill,
                    "{}",
                    str(stamp(np.array([due]))[0]),
                    0.5,
                    3,
                    1,
                    str(stamp(np.array([now]))[0]),
                )
            )
    created = str(stamp(np.array([np.datetime64(START.replace(tzinfo=None), "s")]))[0])
    trainee_rows = [
        (
            trainee_ids[t],
            f"Trainee {t:03d}",
            created,
            json.dumps({"cohort": f"cohort-{t // COHORT_SIZE:02d}"}),
        )
        for t in range(TRAINEES)
    ]

    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")  # a benchmark fixture: speed over durability
    with db:
        db.executemany("INSERT INTO trainees VALUES (?,?,?,?)", trainee_rows)
        db.executemany(
            "INSERT INTO exercise_sessions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", session_rows
        )
        db.executemany(
            "INSERT INTO attempts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows
        )
        db.executemany("INSERT INTO attempt_skills VALUES (?,?,?)", skill_rows)
        db.executemany("INSERT INTO skills VALUES (?,?,?,?,?,?,?,?,?)", skill_state_rows)
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(
        f"built {path}: {ATTEMPTS:,} attempts, {len(skill_rows):,} attempt skills, "
        f"{n_sessions:,} sessions; generate {t1 - t0:.1f} s, insert {time.perf_counter() - t1:.1f} s"
    )


CPU_TIMES: list[float] = []


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """(first call, median of the next ``repeat`` calls) in seconds, and the last result.

    The median CPU time of the warm calls goes to CPU_TIMES: on a busy machine (other jobs,
    a loaded CI runner) wall time includes waiting for a core, CPU time does not.
    """
    t = time.perf_counter()
    result = fn()
    first = time.perf_counter() - t
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    CPU_TIMES.append(statistics.median(cpu))
    return first, statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument("--db", type=Path, default=None, help="database file (default under /tmp)")
    args = parser.parse_args()
    path = args.db or default_db()
    if args.rebuild or not path.exists():
        build(path)
    else:
        print(f"using cached {path} (--rebuild to make it anew)")
    store = open_store(f"sqlite:///{path}")
    print(f"attempts in the log: {store.attempt_count():,}")
    cohorts = cohort_names(store)
    cohort, size = cohorts[len(cohorts) // 2]
    members = cohort_trainees(store, cohort)
    trainee_id = members[0][0]

    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times include waiting)"
    )

    def line(label: str, first: float, warm: float, target: float | None) -> None:
        if target is None:
            verdict = "(for information)"
        else:
            verdict = f"target {target * 1000:5.0f} ms  " + (
                "ok" if warm <= target else "SLOWER THAN TARGET"
            )
        print(f"{label:<46} first {first * 1000:7.0f} ms  warm {warm * 1000:7.0f} ms  "
              f"cpu {CPU_TIMES[-1] * 1000:7.0f} ms  {verdict}")  # fmt: skip

    first, warm, dash = timed(lambda: trainee_dashboard_from_store(store, trainee_id), 5)
    line(f"trainee dashboard ({dash.overall.total} attempts)", first, warm, 0.150)

    first, warm, items = timed(lambda: cohort_item_analysis_from_store(store, cohort=cohort), 3)
    line(f"cohort item analysis ({size} trainees, {items.attempts:,} att.)", first, warm, 1.0)
    print(
        f"  {len(items.items)} questions ({sum(s.flagged for s in items.items)} flagged), "
        f"{len(items.templates)} specimen templates"
    )
    first, warm, analysis = timed(lambda: cohort_analysis_from_store(store, cohort=cohort), 3)
    line("all cohort figures (part of the PDF)", first, warm, None)

    out = Path(tempfile.gettempdir()) / "docinspect-bench-cohort.pdf"

    def cohort_pdf() -> None:
        write_cohort_pdf(cohort_analysis_from_store(store, cohort=cohort), out)

    first, warm, _ = timed(cohort_pdf, 2)
    line(f"cohort PDF ({out.stat().st_size // 1024} KiB)", first, warm, 5.0)

    trainee_out = Path(tempfile.gettempdir()) / "docinspect-bench-trainee.pdf"
    first, warm, _ = timed(
        lambda: write_trainee_pdf(trainee_dashboard_from_store(store, trainee_id), trainee_out), 2
    )
    line("trainee PDF", first, warm, None)

    first, warm, everyone = timed(lambda: cohort_item_analysis_from_store(store), 1)
    line(f"item analysis, all {everyone.trainees} trainees", first, warm, None)
    last_month = Period(START + timedelta(days=DAYS - 30), START + timedelta(days=DAYS))
    first, warm, _ = timed(
        lambda: cohort_item_analysis_from_store(store, cohort=cohort, period=last_month), 3
    )
    line("cohort item analysis, last 30 days", first, warm, 1.0)
    store.close()


if __name__ == "__main__":
    main()
