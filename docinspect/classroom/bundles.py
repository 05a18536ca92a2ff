"""Results bundles: a seat's trainees, sessions and attempts in one file, carried to the instructor.

A bundle is a zip holding ``bundle.json`` (format name, version, when and where it was made,
and the SHA-256 of the payload) and ``results.json`` (the payload). Importing adds what the
instructor's database lacks and nothing else: trainees, sessions and attempts keep their
UUIDs, so importing the same bundle twice — or two bundles that overlap — changes nothing.

The checksum catches a damaged or hand-edited file; it is not a signature (anyone who can
edit the file can recompute it), see docs/decisions/0014-classroom-security.md.
"""

from __future__ import annotations

import hashlib
import json
import math
import socket
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa

from docinspect.i18n import Message
from docinspect.store import Store, StoreError
from docinspect.store.schema import attempts, exercise_sessions, trainees
from docinspect.training.attempt import AttemptRecord

FORMAT: Final = "docinspect-results"
VERSION: Final = 1
#: results.json: a class of 30 with 3,000 answers each is about 90 MiB of JSON.
_MAX_PAYLOAD: Final = 128 * 1024 * 1024
#: bundle.json holds a few short fields.
_MAX_MANIFEST: Final = 64 * 1024
#: Plausible values, checked before anything is written (an edited bundle can say anything).
_MAX_TIME_MS: Final = 24 * 60 * 60 * 1000
_MAX_HINTS: Final = 1000
_MAX_POINTS: Final = 1000.0
_MAX_QUESTIONS: Final = 10_000
_EARLIEST: Final = datetime(2000, 1, 1, tzinfo=UTC)
#: Clocks of seats drift; an answer "from the future" beyond this is refused.
_CLOCK_SLACK: Final = timedelta(days=2)


class BundleError(ValueError):
    """The bundle cannot be read or does not hold what it claims; the message names the file."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    trainees_added: int
    sessions_added: int
    attempts_added: int
    attempts_already_present: int
    #: Names of the trainees the import added (a bundle from another class adds its people:
    #: the instructor is told who, rather than finding strangers in the cohort later).
    new_trainees: tuple[str, ...] = ()


def export_bundle(
    store: Store, path: Path, *, trainee_ids: Iterable[uuid.UUID] | None = None
) -> int:
    """Write the given trainees' (default: all) sessions and attempts to ``path``.

    Returns the number of attempts written. The file is written whole or not at all.
    """
    wanted = list(trainee_ids) if trainee_ids is not None else [t.id for t in store.trainees()]
    people, sessions, records = [], [], []
    for tid in wanted:
        t = store.trainee(tid)
        people.append({"id": str(t.id), "name": t.name, "created_at": t.created_at.isoformat()})
        sessions.extend(_session_json(s) for s in _session_rows(store, tid))
        records.extend(_attempt_json(a) for a in store.attempts_for(tid))
    payload = json.dumps(
        {"trainees": people, "sessions": sessions, "attempts": records},
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "seat": socket.gethostname(),
        "attempts": len(records),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bundle.json", json.dumps(manifest, indent=2))
        archive.writestr("results.json", payload)
    tmp.replace(path)
    return len(records)


def read_bundle(path: Path) -> dict[str, Any]:
    """The checked payload of a bundle; BundleError saying what is wrong otherwise."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for needed in ("bundle.json", "results.json"):
                if needed not in names:
                    raise BundleError(
                        Message(
                            "{path}: not a results bundle ({needed} is missing)",
                            path=path,
                            needed=needed,
                        )
                    )
            if archive.getinfo("bundle.json").file_size > _MAX_MANIFEST:
                raise BundleError(
                    Message(
                        "{path}: bundle.json: larger than 64 KiB; not a results bundle", path=path
                    )
                )
            if archive.getinfo("results.json").file_size > _MAX_PAYLOAD:
                raise BundleError(Message("{path}: results.json: larger than 128 MiB", path=path))
            manifest = json.loads(archive.read("bundle.json"))
            payload = archive.read("results.json")
    except FileNotFoundError as exc:
        raise BundleError(Message("{path}: no such file", path=path)) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
        raise BundleError(
            Message("{path}: not a results bundle (not a readable zip file)", path=path)
        ) from exc
    except zipfile.error as exc:  # pragma: no cover - other zip damage
        raise BundleError(Message("{path}: damaged zip file: {exc}", path=path, exc=exc)) from exc
    except (NotImplementedError, RuntimeError) as exc:
        # A damaged header can claim encryption or a zip feature Python does not read.
        raise BundleError(
            Message("{path}: not a results bundle (damaged zip file: {exc})", path=path, exc=exc)
        ) from exc
    except (ValueError, OSError) as exc:
        if isinstance(exc, BundleError):
            raise
        raise BundleError(
            Message("{path}: bundle.json: cannot be read: {exc}", path=path, exc=exc)
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(
            Message("{path}: bundle.json: format: not a DocInspect results bundle", path=path)
        )
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(
            Message("{path}: bundle.json: version: must be a positive whole number", path=path)
        )
    if version > VERSION:
        raise BundleError(
            Message(
                "{path}: bundle.json: version: {version} is newer than this DocInspect reads ({version2}); update DocInspect on the instructor's station",
                path=path,
                version=version,
                version2=VERSION,
            )
        )
    if hashlib.sha256(payload).hexdigest() != manifest.get("sha256"):
        raise BundleError(
            Message(
                "{path}: results.json: checksum does not match bundle.json (the file was damaged or changed after export); nothing was imported",
                path=path,
            )
        )
    try:
        data = json.loads(payload)
    except ValueError as exc:
        raise BundleError(
            Message("{path}: results.json: not valid JSON: {exc}", path=path, exc=exc)
        ) from exc
    for key in ("trainees", "sessions", "attempts"):
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise BundleError(
                Message("{path}: results.json: {key}: must be a list", path=path, key=key)
            )
    return data


def import_bundle(store: Store, path: Path) -> ImportReport:
    """Add a bundle's trainees, sessions and attempts that ``store`` does not have yet.

    Every value is checked before anything is written, and everything is written in one
    transaction: a bad bundle raises BundleError and leaves the database as it was. A bundle
    may not add to, or finish, what belongs to another trainee of the database.
    """
    data = read_bundle(path)
    try:
        people = [_trainee_from(p) for p in data["trainees"]]
        sessions = [_session_from(s) for s in data["sessions"]]
        records = [_attempt_from(a) for a in data["attempts"]]
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        raise BundleError(
            Message(
                "{path}: results.json: a record is incomplete or invalid: {exc}", path=path, exc=exc
            )
        ) from exc
    _check_links(path, people, sessions, records)
    try:
        with store.transaction() as conn:
            _check_owners(path, conn, sessions, records)
            new_people = [p for p in people if not _exists(conn, trainees, p["id"])]
            for p in new_people:
                conn.execute(trainees.insert().values(**p, extra={}))
            added_s = 0
            for s in sessions:
                row = conn.execute(
                    sa.select(exercise_sessions.c.finished_at).where(
                        exercise_sessions.c.id == s["id"]
                    )
                ).first()
                if row is None:
                    conn.execute(exercise_sessions.insert().values(**s, extra={}))
                    added_s += 1
                elif row.finished_at is None and s["finished_at"] is not None:
                    finish = {k: s[k] for k in ("finished_at", "score", "max_score", "passed")}
                    conn.execute(
                        exercise_sessions.update()
                        .where(exercise_sessions.c.id == s["id"])
                        .values(**finish)
                    )
            added_a = sum(1 for r in records if store.append_attempt(conn, r))
    except StoreError as exc:
        raise BundleError(
            Message("{path}: nothing was imported: {exc}", path=path, exc=exc)
        ) from exc
    return ImportReport(
        len(new_people),
        added_s,
        added_a,
        len(records) - added_a,
        tuple(p["name"] for p in new_people),
    )


def _check_links(
    path: Path,
    people: list[dict[str, Any]],
    sessions: list[dict[str, Any]],
    records: list[AttemptRecord],
) -> None:
    """Within the bundle: every session and attempt names a trainee of the bundle, and an
    attempt's session is a session of the same trainee."""
    known = {p["id"] for p in people}
    owner = {s["id"]: s["trainee_id"] for s in sessions}
    for s in sessions:
        if s["trainee_id"] not in known:
            raise BundleError(
                Message(
                    "{path}: results.json: session {value} names an unknown trainee",
                    path=path,
                    value=s["id"],
                )
            )
    for r in records:
        if r.trainee_id not in known:
            raise BundleError(
                Message(
                    "{path}: results.json: attempt {id} names an unknown trainee",
                    path=path,
                    id=r.id,
                )
            )
        if r.session_id is not None and r.session_id not in owner:
            raise BundleError(
                Message(
                    "{path}: results.json: attempt {id} names an unknown session",
                    path=path,
                    id=r.id,
                )
            )
        if r.session_id is not None and owner[r.session_id] != r.trainee_id:
            raise BundleError(
                Message(
                    "{path}: results.json: attempt {id} is in another trainee's session",
                    path=path,
                    id=r.id,
                )
            )


def _check_owners(
    path: Path, conn: sa.Connection, sessions: list[dict[str, Any]], records: list[AttemptRecord]
) -> None:
    """Against the database: ids the bundle reuses must belong to the same trainee there.

    Without this an edited bundle could add attempts to, or finish, another trainee's
    session by naming its id.
    """
    for table, rows in (
        (exercise_sessions, {s["id"]: s["trainee_id"] for s in sessions}),
        (attempts, {r.id: r.trainee_id for r in records}),
    ):
        what = "session" if table is exercise_sessions else "attempt"
        ids = list(rows)
        for start in range(0, len(ids), 500):
            query = sa.select(table.c.id, table.c.trainee_id).where(
                table.c.id.in_(ids[start : start + 500])
            )
            for row in conn.execute(query):
                if row.trainee_id != rows[row.id]:
                    raise BundleError(
                        Message(
                            "{path}: results.json: {what} {id} belongs to another trainee of this database; nothing was imported",
                            path=path,
                            what=what,
                            id=row.id,
                        )
                    )


def _exists(conn: sa.Connection, table: sa.Table, row_id: uuid.UUID) -> bool:
    return conn.execute(sa.select(table.c.id).where(table.c.id == row_id)).first() is not None


def _session_rows(store: Store, trainee_id: uuid.UUID) -> list[sa.Row]:
    with store.engine.connect() as conn:
        return conn.execute(
            sa.select(exercise_sessions).where(exercise_sessions.c.trainee_id == trainee_id)
        ).all()


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_when(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"timestamp {str(value)[:40]!r} is not an ISO 8601 time")
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        raise ValueError(f"timestamp {value!r} has no time zone")
    try:
        when = when.astimezone(UTC)
    except OverflowError:  # 9999-12-31 at -14:00 is past the end of the calendar in UTC
        when = datetime.max.replace(tzinfo=UTC)
    if not _EARLIEST <= when <= datetime.now(UTC) + _CLOCK_SLACK:
        raise ValueError(f"timestamp {value!r} is not a plausible time (2000 to now)")
    return when


def _text(value: Any, field: str, limit: int) -> str:
    """Text of at most ``limit`` characters without control characters (a NUL breaks
    PostgreSQL mid-import; escape sequences would reach the instructor's terminal)."""
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"{field} must be text of at most {limit} characters")
    if any(ord(c) < 32 or 127 <= ord(c) < 160 or c in _BIDI for c in value):
        raise ValueError(f"{field} holds control characters")
    return value


#: Bidirectional overrides and isolates: they make a name display as something else.
_BIDI: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _whole(value: Any, field: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError(f"{field} must be a whole number from {lo} to {hi}")
    return value


def _points(value: Any, field: str, hi: float = _MAX_POINTS) -> float:
    """A finite score or maximum of 0 to ``hi`` (NaN or infinity would poison every sum)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{field} must be a number")
    number = float(value)
    if not math.isfinite(number) or not 0.0 <= number <= hi:
        raise ValueError(f"{field} must be a finite number from 0 to {hi:g}")
    return number


def _flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{field} must be true or false")
    return value


def _session_json(r: sa.Row) -> dict[str, Any]:
    return {
        "id": str(r.id),
        "trainee_id": str(r.trainee_id),
        "exercise_id": r.exercise_id,
        "exercise_title": r.exercise_title,
        "module": r.module,
        "mode": r.mode,
        "seed": r.seed,
        "question_order": list(r.question_order),
        "position": r.position,
        "started_at": _when(r.started_at),
        "finished_at": _when(r.finished_at),
        "score": r.score,
        "max_score": r.max_score,
        "passed": r.passed,
    }


def _trainee_from(p: Mapping[str, Any]) -> dict[str, Any]:
    name = _text(p["name"], "a trainee's name", 200).strip()
    if not name:
        raise ValueError("a trainee's name must have 1 to 200 characters")
    return {"id": uuid.UUID(p["id"]), "name": name, "created_at": _parse_when(p["created_at"])}


def _session_from(s: Mapping[str, Any]) -> dict[str, Any]:
    order = s["question_order"]
    if not isinstance(order, list) or len(order) > _MAX_QUESTIONS:
        raise ValueError(f"question_order must be a list of at most {_MAX_QUESTIONS} ids")
    max_score = None if s["max_score"] is None else _points(s["max_score"], "session max_score")
    score = None if s["score"] is None else _points(s["score"], "session score")
    if score is not None and (max_score is None or score > max_score):
        raise ValueError("session score is above its max_score")
    return {
        "id": uuid.UUID(s["id"]),
        "trainee_id": uuid.UUID(s["trainee_id"]),
        "exercise_id": _text(s["exercise_id"], "session exercise_id", 64),
        "exercise_title": _text(s["exercise_title"], "session exercise_title", 300),
        "module": _text(s["module"], "session module", 200),
        "mode": _text(s["mode"], "session mode", 16),
        "seed": _whole(s["seed"], "session seed", -(2**63), 2**63 - 1),
        "question_order": [_text(q, "question_order", 64) for q in order],
        "position": 0,  # recomputed as the attempts are saved
        "started_at": _parse_when(s["started_at"]),
        "finished_at": _parse_when(s["finished_at"]),
        "score": score,
        "max_score": max_score,
        "passed": None if s["passed"] is None else _flag(s["passed"], "session passed"),
    }


def _attempt_json(a: AttemptRecord) -> dict[str, Any]:
    return {
        "id": str(a.id),
        "trainee_id": str(a.trainee_id),
        "session_id": str(a.session_id) if a.session_id else None,
        "exercise_id": a.exercise_id,
        "module": a.module,
        "question_id": a.question_id,
        "question_type": a.question_type,
        "specimen_ref": a.specimen_ref,
        "answer": dict(a.answer),
        "correct": a.correct,
        "score": a.score,
        "max_score": a.max_score,
        "mark": a.mark,
        "time_ms": a.time_ms,
        "hints_used": a.hints_used,
        "answered_at": a.answered_at.isoformat(),
        "truth_verdict": a.truth_verdict,
        "accepted": a.accepted,
        "timed_out": a.timed_out,
        "features": list(a.features),
        "methods": list(a.methods),
        "extra": dict(a.extra),
    }


def _attempt_from(a: Mapping[str, Any]) -> AttemptRecord:
    if not isinstance(a["answer"], dict) or not isinstance(a.get("extra", {}), dict):
        raise ValueError("attempt fields answer and extra must be objects")
    answered_at = _parse_when(a["answered_at"])
    if answered_at is None:
        raise ValueError("attempt field answered_at is missing")
    max_score = _points(a["max_score"], "attempt max_score")
    score = _points(a["score"], "attempt score", max_score)
    return AttemptRecord(
        id=uuid.UUID(a["id"]),
        trainee_id=uuid.UUID(a["trainee_id"]),
        session_id=uuid.UUID(a["session_id"]) if a["session_id"] else None,
        exercise_id=_text(a["exercise_id"], "attempt exercise_id", 64),
        module=_text(a["module"], "attempt module", 200),
        question_id=_text(a["question_id"], "attempt question_id", 64),
        question_type=_text(a["question_type"], "attempt question_type", 16),
        specimen_ref=_text(a["specimen_ref"], "attempt specimen_ref", 300),
        answer=_plain(a["answer"], "attempt answer"),
        correct=_flag(a["correct"], "attempt correct"),
        score=score,
        max_score=max_score,
        mark=_text(a["mark"], "attempt mark", 16),
        time_ms=_whole(a["time_ms"], "attempt time_ms", 0, _MAX_TIME_MS),
        hints_used=_whole(a["hints_used"], "attempt hints_used", 0, _MAX_HINTS),
        answered_at=answered_at,
        truth_verdict=None
        if a["truth_verdict"] is None
        else _text(a["truth_verdict"], "attempt truth_verdict", 32),
        accepted=None if a["accepted"] is None else _flag(a["accepted"], "attempt accepted"),
        timed_out=_flag(a["timed_out"], "attempt timed_out"),
        features=tuple(_text(f, "attempt features", 64) for f in a["features"]),
        methods=tuple(_text(m, "attempt methods", 64) for m in a["methods"]),
        extra=_plain(a.get("extra", {}), "attempt extra"),
    )


def _plain(value: Any, field: str, depth: int = 0) -> Any:
    """A JSON value for the database's JSON column: no NUL (PostgreSQL refuses it mid-import),
    finite numbers, a bounded depth."""
    if depth > 16:
        raise ValueError(f"{field} is nested too deep")
    if isinstance(value, dict):
        return {_plain(k, field, depth + 1): _plain(v, field, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, field, depth + 1) for v in value]
    if isinstance(value, str) and "\x00" in value:
        raise ValueError(f"{field} holds a NUL character")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{field} holds a number that is not finite")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**63:
        raise ValueError(f"{field} holds a number out of range")
    return value
