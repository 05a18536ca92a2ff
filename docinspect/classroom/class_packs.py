"""Class packs: an instructor's packs kept in the class database for the seats to fetch.

An exercise made in the studio lives in its pack, beside the specimens it asks about. A seat
is given the pack itself through the class database (table ``classroom_packs``), not through
a shared folder every seat would have to mount: the database URL is the one thing a seat is
already set up with (docs/decisions/0019-exercises-from-packs.md). A seat keeps what it
fetched, so it can still practise the exercise while the server is away.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from docinspect.i18n import Message
from docinspect.model.exercise import exercise_to_data
from docinspect.packs import Pack, PackError, read_pack
from docinspect.training.catalogue import pack_exercises
from docinspect.training.exercise_files import builtin_exercises

#: A class pack is read whole into memory by the server and every seat fetching it.
MAX_CLASS_PACK_BYTES: Final = 512 * 1024 * 1024


class ClassPackError(ValueError):
    """A pack cannot be given to the class; the message says why (file: reason)."""


@dataclass(frozen=True, slots=True)
class ExerciseSummary:
    """What an assignment needs to know of an exercise without loading its pack."""

    id: str
    title: str
    questions: int
    #: The class pack holding it; None for the built-in curriculum.
    pack_id: str | None = None
    #: The exercise's JSON form (kept with a class pack: reports number its questions).
    definition: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class ClassPack:
    pack_id: str
    title: str
    version: str
    digest: str
    exercises: tuple[ExerciseSummary, ...]
    added_at: datetime


@dataclass(frozen=True, slots=True)
class PackUpload:
    """A pack read and checked, ready to be stored: its summary and its zip file's bytes."""

    pack: Pack
    data: bytes
    digest: str
    exercises: tuple[ExerciseSummary, ...]


def prepare_upload(path: Path) -> PackUpload:
    """Read the pack at ``path`` (folder or zip) strictly and zip it for the class database.

    Raises ClassPackError when it cannot be read, holds no exercise, or has an exercise that
    does not parse.
    """
    try:
        pack = read_pack(path)
    except PackError as exc:
        problems = getattr(exc, "problems", ())
        detail = "; ".join(str(p) for p in list(problems)[:5]) or str(exc)
        raise ClassPackError(
            Message("{path}: not a pack the class can use: {detail}", path=path, detail=detail)
        ) from None
    except OSError as exc:
        raise ClassPackError(
            Message("{path}: cannot read: {value}", path=path, value=exc.strerror or exc)
        ) from None
    exercises, problems = pack_exercises(pack)
    if problems:
        raise ClassPackError("; ".join(str(p) for p in problems[:5]))
    if not exercises:
        raise ClassPackError(Message("{path}: the pack has no exercises to assign", path=path))
    data = path.read_bytes() if pack.is_zip else _zip_folder(pack.root)
    if len(data) > MAX_CLASS_PACK_BYTES:
        raise ClassPackError(
            Message(
                "{path}: {value} MB is larger than a class pack may be ({value2} MB)",
                path=path,
                value=len(data) // (1024 * 1024),
                value2=MAX_CLASS_PACK_BYTES // (1024 * 1024),
            )
        )
    summaries = tuple(
        ExerciseSummary(e.id, e.title or e.id, len(e.questions), pack.id, exercise_to_data(e))
        for e in exercises
    )
    return PackUpload(pack, data, hashlib.sha256(data).hexdigest(), summaries)


def _zip_folder(root: Path) -> bytes:
    """The pack folder as zip bytes, files in name order (the same folder, the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
            info = zipfile.ZipInfo(file.relative_to(root).as_posix(), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, file.read_bytes())
    return buffer.getvalue()


def summaries_from_json(value: Any, pack_id: str) -> tuple[ExerciseSummary, ...]:
    out = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, Mapping) and isinstance(item.get("id"), str):
            out.append(
                ExerciseSummary(
                    item["id"],
                    str(item.get("title") or item["id"]),
                    int(item.get("questions") or 0),
                    pack_id,
                )
            )
    return tuple(out)


def summaries_to_json(summaries: Sequence[ExerciseSummary]) -> list[dict[str, Any]]:
    return [
        {"id": s.id, "title": s.title, "questions": s.questions, "definition": s.definition}
        for s in summaries
    ]


def builtin_summaries() -> tuple[ExerciseSummary, ...]:
    return tuple(
        ExerciseSummary(e.id, e.title or e.id, len(e.questions)) for e in builtin_exercises()
    )


def store_fetched(folder: Path, pack: ClassPack, data: bytes) -> Path:
    """Keep a fetched class pack in ``folder`` (a seat's data folder), atomically; its path.

    Named by pack id and digest, so a changed pack is a new file and an unchanged one is
    never fetched twice; older files of the same pack are removed.
    """
    if hashlib.sha256(data).hexdigest() != pack.digest:
        raise ClassPackError(
            Message(
                "class pack {pack_id}: the file fetched is not the one stored", pack_id=pack.pack_id
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    dest = fetched_path(folder, pack)
    tmp = dest.with_suffix(".part")
    with open(tmp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, dest)
    for old in folder.glob(f"{pack.pack_id}--*.zip"):
        if old != dest:
            old.unlink(missing_ok=True)
    return dest


def fetched_path(folder: Path, pack: ClassPack) -> Path:
    return folder / f"{pack.pack_id}--{pack.digest[:16]}.zip"


def fetched_packs(folder: Path) -> list[Path]:
    """Class packs a seat fetched before (for practising while the server is away)."""
    return sorted(folder.glob("*--*.zip")) if folder.is_dir() else []
