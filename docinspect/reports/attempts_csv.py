"""CSV export of the attempt log, one row per attempt (columns in docs/analytics.md).

Rows are streamed from the database in chunks, so exporting a million attempts holds a few
thousand in memory. The file is written atomically: a failed export leaves no half file.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa

from docinspect.analytics.cohort import ItemAnalysis, specimen_template
from docinspect.analytics.queries import ALL_TIME, COHORT_KEY, Period
from docinspect.reports.layout import ReportError
from docinspect.store import Store
from docinspect.store.schema import attempt_skills, attempts, trainees

#: The columns, in order; docs/analytics.md says what each holds.
COLUMNS: Final = (
    "attempt_id",
    "answered_at",
    "trainee_id",
    "trainee_name",
    "cohort",
    "exercise_id",
    "module",
    "session_id",
    "question_id",
    "question_type",
    "specimen_ref",
    "specimen_template",
    "truth_verdict",
    "methods",
    "features",
    "answer",
    "answered_method",
    "accepted",
    "correct",
    "score",
    "max_score",
    "mark",
    "time_ms",
    "hints_used",
    "timed_out",
)

_CHUNK = 2000
#: A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """Text as a spreadsheet shows it literally: a leading ' before a would-be formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _flag(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def attempt_rows(
    store: Store,
    *,
    trainee_ids: Sequence[uuid.UUID] | None = None,
    cohort: str | None = None,
    period: Period = ALL_TIME,
) -> Iterator[list[str]]:
    """The export's rows (as text cells, COLUMNS order), oldest attempt first."""
    a = attempts.c
    cohort_col = trainees.c.extra[COHORT_KEY].as_string()
    query = (
        sa.select(
            a.id,
            a.answered_at,
            a.trainee_id,
            trainees.c.name,
            cohort_col,
            a.exercise_id,
            a.module,
            a.session_id,
            a.question_id,
            a.question_type,
            a.specimen_ref,
            a.truth_verdict,
            a.answer,
            a.accepted,
            a.correct,
            a.score,
            a.max_score,
            a.mark,
            a.time_ms,
            a.hints_used,
            a.timed_out,
        )  # fmt: skip
        .join(trainees, trainees.c.id == a.trainee_id)
        .where(*period.where(a.answered_at))
        .order_by(a.answered_at, a.id)
    )
    if trainee_ids is not None:
        query = query.where(a.trainee_id.in_(list(trainee_ids)))
    if cohort is not None:
        query = query.where(cohort_col == cohort)
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=_CHUNK).execute(query)
        for chunk in result.partitions():
            tags: dict[uuid.UUID, tuple[list[str], list[str]]] = {}
            for attempt_id, kind, skill in conn.execute(
                sa.select(
                    attempt_skills.c.attempt_id, attempt_skills.c.kind, attempt_skills.c.skill
                )
                .where(attempt_skills.c.attempt_id.in_([r.id for r in chunk]))
                .order_by(attempt_skills.c.skill)
            ):
                entry = tags.setdefault(attempt_id, ([], []))
                (entry[0] if kind == "method" else entry[1]).append(skill)
            for r in chunk:
                methods, features = tags.get(r.id, ([], []))
                answer = r.answer if isinstance(r.answer, dict) else {}
                said = ""
                if r.accepted is not None and answer.get("kind") == "verdict":
                    said = "genuine" if r.accepted else str(answer.get("method") or "")
                yield [
                    str(r.id),
                    _iso(r.answered_at),
                    str(r.trainee_id),
                    _text(r.name),
                    _text(r[4] or ""),
                    _text(r.exercise_id),
                    _text(r.module),
                    "" if r.session_id is None else str(r.session_id),
                    _text(r.question_id),
                    r.question_type,
                    _text(r.specimen_ref),
                    _text(specimen_template(r.specimen_ref)),
                    r.truth_verdict or "",
                    ";".join(methods),
                    ";".join(features),
                    json.dumps(r.answer, ensure_ascii=False, sort_keys=True),
                    _text(said),
                    _flag(r.accepted),
                    _flag(r.correct),
                    repr(float(r.score)),
                    repr(float(r.max_score)),
                    r.mark,
                    str(r.time_ms),
                    str(r.hints_used),
                    _flag(r.timed_out),
                ]


def write_attempts_csv(path: Path, rows: Iterator[Sequence[Any]]) -> int:
    """Write the attempts export (COLUMNS header, then ``rows``) to ``path`` atomically.

    Returns the number of attempts written. Raises ReportError naming the file when it cannot
    be written; the previous file, if any, is then untouched.
    """
    return write_csv(path, COLUMNS, rows)


#: Columns of the item analysis export (docs/analytics.md).
ITEM_COLUMNS: Final = (
    "kind",
    "item",
    "trainees",
    "attempts",
    "correct",
    "difficulty",
    "discrimination",
    "flagged",
)


def item_rows(analysis: ItemAnalysis) -> Iterator[list[str]]:
    """One row per question, then per specimen template, in id order."""
    for kind, items in (("question", analysis.items), ("template", analysis.templates)):
        for s in items:
            yield [
                kind,
                _text(s.item),
                str(s.trainees),
                str(s.attempts),
                str(s.correct),
                f"{s.difficulty:.4f}",
                "" if s.discrimination is None else f"{s.discrimination:.4f}",
                _flag(s.flagged),
            ]


def write_csv(path: Path, header: Sequence[str], rows: Iterator[Sequence[Any]]) -> int:
    """Write ``header`` and ``rows`` to ``path`` atomically (UTF-8, comma, CRLF as RFC 4180).

    Returns the number of rows written. Raises ReportError naming the file when it cannot be
    written; the previous file, if any, is then untouched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ReportError(f"{path}: cannot write there ({exc.strerror or exc})") from exc
    count = 0
    try:
        # utf-8-sig: spreadsheet programs then read accented names correctly.
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise ReportError(f"{path}: cannot write the export ({exc.strerror or exc})") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return count
