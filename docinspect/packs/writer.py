"""Writing a pack atomically: a failed or interrupted write leaves the previous pack as it was.

Everything is written into a fresh staging folder next to the destination (same file system),
each file flushed and fsynced, ``pack.json`` last; the staging folder is then validated with
the same reader users run. Only a valid pack replaces anything:
- a zip is built as a temporary file in the destination's folder and ``os.replace``d over it;
- a folder is renamed into place; when one already exists it is first renamed aside, and
  removed only once the new one is in place. (Between those two renames - microseconds - a
  crash would leave the old pack under ``.<name>.old-*`` next to it, never a mixed pack.)
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docinspect.i18n import Message, os_reason
from docinspect.model import Specimen
from docinspect.packs.jsontext import dump_json
from docinspect.packs.limits import FORMAT_VERSION
from docinspect.packs.pack_json import (
    PACK_FILE,
    SPECIMEN_FILE,
    PackManifest,
    pack_manifest_to_dict,
)
from docinspect.packs.paths import check_relative_name, join_name
from docinspect.packs.problems import PackReadError, PackWriteError
from docinspect.packs.reader import read_pack
from docinspect.packs.specimen_json import specimen_to_dict

#: Content of one file to write: its bytes, or a file to copy.
FileContent = bytes | Path


@dataclass(frozen=True, slots=True)
class SpecimenFiles:
    """A specimen to write, with the content of every file it names.

    ``files`` maps a path inside the specimen's folder (as named by ``specimen.layers``,
    ``specimen.scene`` and ``specimen.assets``) to its bytes or to a file to copy. Files the
    specimen does not name may be included (e.g. notes); named files that are missing make
    the write fail before anything is replaced.
    """

    specimen: Specimen
    files: Mapping[str, FileContent] = field(default_factory=dict)
    #: Folder of the specimen inside the pack; ``specimens/<id>`` by default.
    folder: str | None = None

    def folder_name(self) -> str:
        return self.folder or f"specimens/{self.specimen.id}"


@dataclass(frozen=True, slots=True)
class ExerciseFile:
    """An exercise to write: its JSON object, at ``file`` inside the pack (a .json path)."""

    file: str
    data: Mapping[str, Any]


def write_pack(
    dest: Path,
    *,
    pack_id: str,
    title: str,
    version: str,
    specimens: Sequence[SpecimenFiles],
    exercises: Sequence[ExerciseFile] = (),
    description: str = "",
    created: str | None = None,
    extra: Mapping[str, Any] | None = None,
    as_zip: bool | None = None,
    verify_images: bool = True,
    translations: Mapping[str, FileContent] | None = None,
) -> Path:
    """Write a pack at ``dest`` (a folder, or a zip when ``as_zip`` or ``dest`` ends in .zip).

    The content is validated with the reader before it replaces anything; on any failure
    PackWriteError is raised (with ``problems`` when the content was invalid) and whatever
    was at ``dest`` is unchanged. Returns ``dest``. ``translations`` are the exercises' PO
    catalogues by language (``{"bg": path}``), written as ``i18n/<language>.po``.
    """
    dest = Path(dest)
    zipped = dest.suffix.lower() == ".zip" if as_zip is None else as_zip
    parent = dest.parent if str(dest.parent) else Path(".")
    if not parent.is_dir():
        raise PackWriteError(Message("{path}: no such folder", path=str(parent)))
    _check_destination(dest, zipped)
    _check_unique(specimens, exercises)
    manifest = PackManifest(
        format=FORMAT_VERSION,
        id=pack_id,
        title=title,
        version=version,
        description=description,
        created=created if created is not None else datetime.now(UTC).isoformat(timespec="seconds"),
        specimens=tuple(s.folder_name() for s in specimens),
        exercises=tuple(e.file for e in exercises),
        extra=dict(extra or {}),
    )
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.new-", dir=parent))
    except OSError as exc:
        raise PackWriteError(
            Message("{path}: cannot write here ({reason})", path=str(parent), reason=os_reason(exc))
        ) from None
    try:
        _stage(staging, manifest, specimens, exercises, translations or {})
        try:
            read_pack(staging, verify_images=verify_images)
        except PackReadError as exc:
            raise PackWriteError(
                Message(
                    "{name}: the pack is not valid: {problem}",
                    name=dest.name,
                    problem=str(exc.problems[0]),
                ),
                exc.problems,
            ) from None
        if zipped:
            _replace_with_zip(staging, dest)
        else:
            _replace_folder(staging, dest)
    except OSError as exc:
        raise PackWriteError(
            Message(
                "{path}: cannot write the pack ({reason})", path=str(dest), reason=os_reason(exc)
            )
        ) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return dest


def _check_unique(specimens: Sequence[SpecimenFiles], exercises: Sequence[ExerciseFile]) -> None:
    seen: dict[str, str] = {}
    for item in specimens:
        for key, what in (
            (f"id {item.specimen.id}", "specimen id"),
            (item.folder_name().casefold(), "folder"),
        ):
            if key in seen:
                raise PackWriteError(f"two specimens have the same {what} ({item.folder_name()!r})")
            seen[key] = what
    names = [e.file.casefold() for e in exercises]
    if len(set(names)) != len(names):
        raise PackWriteError("two exercises have the same file name")


def _check_destination(dest: Path, zipped: bool) -> None:
    if not dest.exists() and not dest.is_symlink():
        return
    if zipped:
        if not dest.is_file():
            raise PackWriteError(
                Message("{path}: exists and is not a file; not replaced", path=str(dest))
            )
        return
    if dest.is_symlink() or not dest.is_dir():
        raise PackWriteError(
            Message("{path}: exists and is not a folder; not replaced", path=str(dest))
        )
    if any(dest.iterdir()) and not (dest / PACK_FILE).is_file():
        raise PackWriteError(
            Message(
                "{path}: is a folder that is not a pack (no {file}); not replaced",
                path=str(dest),
                file=PACK_FILE,
            )
        )


def _stage(
    staging: Path,
    manifest: PackManifest,
    specimens: Sequence[SpecimenFiles],
    exercises: Sequence[ExerciseFile],
    translations: Mapping[str, FileContent],
) -> None:
    for item in specimens:
        folder = item.folder_name()
        _check_name(folder, "specimen folder")
        for name, content in item.files.items():
            _check_name(name, f"file of specimen {item.specimen.id!r}")
            _write_file(staging, join_name(folder, name), content)
        _write_file(
            staging, join_name(folder, SPECIMEN_FILE), dump_json(specimen_to_dict(item.specimen))
        )
    for exercise in exercises:
        _check_name(exercise.file, "exercise file")
        _write_file(staging, exercise.file, dump_json(dict(exercise.data)))
    for language, content in sorted(translations.items()):
        name = f"i18n/{language}.po"
        _check_name(name, "translation file")
        _write_file(staging, name, content)
    # pack.json last: a staging folder without it is not a pack.
    _write_file(staging, PACK_FILE, dump_json(pack_manifest_to_dict(manifest)))
    _fsync_dir(staging)


def _check_name(name: str, what: str) -> None:
    reason = check_relative_name(name)
    if reason:
        raise PackWriteError(f"{what} {name!r}: the name {reason}")


def _write_file(root: Path, name: str, content: FileContent) -> None:
    path = root.joinpath(*name.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, Path):
        with open(content, "rb") as source, open(path, "xb") as sink:
            shutil.copyfileobj(source, sink, 1024 * 1024)
            sink.flush()
            os.fsync(sink.fileno())
        return
    with open(path, "xb") as sink:
        sink.write(content)
        sink.flush()
        os.fsync(sink.fileno())


def _fsync_dir(path: Path) -> None:
    # Makes the renames durable on POSIX; Windows cannot open folders, and needs no such call.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _replace_with_zip(staging: Path, dest: Path) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w") as archive:
                files = sorted(p for p in staging.rglob("*") if p.is_file())
                # pack.json last, as in a folder: an archive cut short has no manifest.
                files.sort(key=lambda p: p.relative_to(staging).as_posix() == PACK_FILE)
                for file in files:
                    name = file.relative_to(staging).as_posix()
                    compress = (
                        zipfile.ZIP_STORED
                        if file.suffix.lower() in (".png", ".jpg", ".jpeg")
                        else zipfile.ZIP_DEFLATED
                    )
                    # A fixed date and mode, not the staged file's: the same pack content
                    # then gives the same zip bytes (generated packs are byte-identical).
                    entry = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
                    entry.compress_type = compress
                    entry.external_attr = 0o100644 << 16
                    with file.open("rb") as source, archive.open(entry, "w") as target:
                        shutil.copyfileobj(source, target, 1 << 20)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, dest)
        _fsync_dir(dest.parent)
    finally:
        if temp.exists():
            temp.unlink()


def _replace_folder(staging: Path, dest: Path) -> None:
    if not dest.exists():
        os.rename(staging, dest)
        _fsync_dir(dest.parent)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
    old.rmdir()
    os.rename(dest, old)
    try:
        os.rename(staging, dest)
    except OSError:
        os.rename(old, dest)
        raise
    _fsync_dir(dest.parent)
    shutil.rmtree(old, ignore_errors=True)
