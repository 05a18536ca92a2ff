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
import socket
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa

from docinspect.store import Store
from docinspect.store.schema import exercise_sessions, trainees
from docinspect.training.attempt import AttemptRecord

FORMAT: Final = "docinspect-results"
VERSION: Final = 1
_MAX_PAYLOAD: Final = 512 * 1024 * 1024


class BundleError(ValueError):
    """The bundle cannot be read or does not hold what it claims; the message names the file."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    trainees_added: int
    sessions_added: int
    attempts_added: int
    attempts_already_present: int


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
                    raise BundleError(f"{path}: not a results bundle ({needed} is missing)")
            manifest = json.loads(archive.read("bundle.json"))
            if archive.getinfo("results.json").file_size > _MAX_PAYLOAD:
                raise BundleError(f"{path}: results.json is larger than 512 MiB")
            payload = archive.read("results.json")
    except FileNotFoundError as exc:
        raise BundleError(f"{path}: no such file") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
        raise BundleError(f"{path}: not a results bundle (not a readable zip file)") from exc
    except zipfile.error as exc:  # pragma: no cover - other zip damage
        raise BundleError(f"{path}: damaged zip file: {exc}") from exc
    except (NotImplementedError, RuntimeError) as exc:
        # A damaged header can claim encryption or a zip feature Python does not read.
        raise BundleError(f"{path}: not a results bundle (damaged zip file: {exc})") from exc
    except (ValueError, OSError) as exc:
        if isinstance(exc, BundleError):
            raise
        raise BundleError(f"{path}: bundle.json: cannot be read: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{path}: bundle.json: format: not a DocInspect results bundle")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(f"{path}: bundle.json: version: must be a positive whole number")
    if version > VERSION:
        raise BundleError(
            f"{path}: bundle.json: version: {version} is newer than this DocInspect reads "
            f"({VERSION}); update DocInspect on the instructor's station"
        )
    if hashlib.sha256(payload).hexdigest() != manifest.get("sha256"):
        raise BundleError(
            f"{path}: results.json: checksum does not match bundle.json (the file was damaged "
            "or changed after export); nothing was imported"
        )
    try:
        data = json.loads(payload)
    except ValueError as exc:
        raise BundleError(f"{path}: results.json: not valid JSON: {exc}") from exc
    for key in ("trainees", "sessions", "attempts"):
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            raise BundleError(f"{path}: results.json: {key}: must be a list")
    return data


def import_bundle(store: Store, path: Path) -> ImportReport:
    """Add a bundle's trainees, sessions and attempts that ``store`` does not have yet.

    Everything is checked before anything is written: a bad bundle raises BundleError and
    leaves the database as it was. Attempts are appended through the store's idempotent save.
    """
    data = read_bundle(path)
    try:
        people = [_trainee_from(p) for p in data["trainees"]]
        sessions = [_session_from(s) for s in data["sessions"]]
        records = [_attempt_from(a) for a in data["attempts"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleError(
            f"{path}: results.json: a record is incomplete or invalid: {exc}"
        ) from exc
    known = {p["id"] for p in people}
    session_ids = {s["id"] for s in sessions}
    for s in sessions:
        if s["trainee_id"] not in known:
            raise BundleError(f"{path}: results.json: session {s['id']} names an unknown trainee")
    for r in records:
        if r.trainee_id not in known:
            raise BundleError(f"{path}: results.json: attempt {r.id} names an unknown trainee")
        if r.session_id is not None and r.session_id not in session_ids:
            raise BundleError(f"{path}: results.json: attempt {r.id} names an unknown session")
    added_t = added_s = 0
    with store.engine.begin() as conn:
        for p in people:
            if conn.execute(sa.select(trainees.c.id).where(trainees.c.id == p["id"])).first():
                continue
            conn.execute(trainees.insert().values(**p, extra={}))
            added_t += 1
        for s in sessions:
            row = conn.execute(
                sa.select(exercise_sessions.c.finished_at).where(exercise_sessions.c.id == s["id"])
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
    added_a = sum(1 for r in records if store.record_attempt(r))
    return ImportReport(added_t, added_s, added_a, len(records) - added_a)


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
    when = datetime.fromisoformat(value)
    if when.tzinfo is None:
        raise ValueError(f"timestamp {value!r} has no time zone")
    return when


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
    name = str(p["name"]).strip()
    if not name or len(name) > 200:
        raise ValueError("a trainee's name must have 1 to 200 characters")
    return {"id": uuid.UUID(p["id"]), "name": name, "created_at": _parse_when(p["created_at"])}


def _session_from(s: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": uuid.UUID(s["id"]),
        "trainee_id": uuid.UUID(s["trainee_id"]),
        "exercise_id": str(s["exercise_id"])[:64],
        "exercise_title": str(s["exercise_title"])[:300],
        "module": str(s["module"])[:200],
        "mode": str(s["mode"])[:16],
        "seed": int(s["seed"]),
        "question_order": [str(q) for q in s["question_order"]],
        "position": 0,  # recomputed as the attempts are saved
        "started_at": _parse_when(s["started_at"]),
        "finished_at": _parse_when(s["finished_at"]),
        "score": None if s["score"] is None else float(s["score"]),
        "max_score": None if s["max_score"] is None else float(s["max_score"]),
        "passed": None if s["passed"] is None else bool(s["passed"]),
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
    def text(key: str, limit: int) -> str:
        value = a[key]
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError(f"attempt field {key} must be text of at most {limit} characters")
        return value

    if not isinstance(a["answer"], dict) or not isinstance(a.get("extra", {}), dict):
        raise ValueError("attempt fields answer and extra must be objects")
    answered_at = _parse_when(a["answered_at"])
    if answered_at is None:
        raise ValueError("attempt field answered_at is missing")
    return AttemptRecord(
        id=uuid.UUID(a["id"]),
        trainee_id=uuid.UUID(a["trainee_id"]),
        session_id=uuid.UUID(a["session_id"]) if a["session_id"] else None,
        exercise_id=text("exercise_id", 64),
        module=text("module", 200),
        question_id=text("question_id", 64),
        question_type=text("question_type", 16),
        specimen_ref=text("specimen_ref", 300),
        answer=a["answer"],
        correct=bool(a["correct"]),
        score=float(a["score"]),
        max_score=float(a["max_score"]),
        mark=text("mark", 16),
        time_ms=int(a["time_ms"]),
        hints_used=int(a["hints_used"]),
        answered_at=answered_at,
        truth_verdict=a["truth_verdict"],
        accepted=a["accepted"],
        timed_out=bool(a["timed_out"]),
        features=tuple(str(f) for f in a["features"]),
        methods=tuple(str(m) for m in a["methods"]),
        extra=a.get("extra", {}),
    )
