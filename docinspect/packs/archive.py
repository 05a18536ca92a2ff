"""Zip packs: every entry checked before anything is unpacked, then unpacked into the pack cache.

A zip pack is unpacked (never in place) into ``<user data>/pack-cache/<sha256 of the zip>/``:
into a fresh temporary folder inside the cache first, renamed into place when complete, so a
half-unpacked pack is never used and two processes opening the same zip do not collide.
Before a byte is written the central directory is checked: the entry count (read from the
end record, before Python's zipfile loads the directory), every name (no ``..``, absolute
paths, drive letters, backslashes), no symbolic links or other special files, no encryption,
declared sizes against per-entry and total caps, and the compression ratio. While unpacking
the real bytes are counted, so an entry that lies about its size is stopped at the cap.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import struct
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

from docinspect.i18n import Message, message_of, os_reason
from docinspect.packs.limits import (
    MAX_ZIP_BYTES,
    MAX_ZIP_ENTRIES,
    MAX_ZIP_ENTRY_BYTES,
    MAX_ZIP_RATIO,
    MAX_ZIP_TOTAL_BYTES,
    ZIP_RATIO_EXEMPT_BYTES,
)
from docinspect.packs.pack_json import PACK_FILE
from docinspect.packs.paths import check_relative_name
from docinspect.packs.problems import Problem

CACHE_FOLDER: Final = "pack-cache"
#: Unpacked zips not opened for this long are removed when another zip is unpacked.
CACHE_KEEP_DAYS: Final = 30
_COMPLETE_MARK: Final = ".complete"
_CHUNK: Final = 1024 * 1024
#: Stored, deflated, bzip2, LZMA: what Python's zipfile can read.
_METHODS: Final = frozenset({0, 8, 12, 14})
_EOCD: Final = b"PK\x05\x06"
_EOCD64_LOCATOR: Final = b"PK\x06\x07"
_EOCD64: Final = b"PK\x06\x06"


def is_zip_file(path: Path) -> bool:
    """True when ``path`` is a file that starts like a zip archive."""
    try:
        with open(path, "rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def _declared_entry_count(handle, size: int) -> int | None:
    """Entry count from the end-of-central-directory record, read without loading the directory."""
    tail_len = min(size, 22 + 65535)
    handle.seek(size - tail_len)
    tail = handle.read(tail_len)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        return None
    count = struct.unpack("<H", tail[at + 10 : at + 12])[0]
    if count != 0xFFFF:
        return count
    # Zip64: the locator sits right before the classic record and points at the zip64 record.
    loc = tail[at - 20 : at] if at >= 20 else b""
    if not loc.startswith(_EOCD64_LOCATOR):
        return None
    offset = struct.unpack("<Q", loc[8:16])[0]
    if offset + 56 > size:
        return None
    handle.seek(offset)
    record = handle.read(56)
    if not record.startswith(_EOCD64):
        return None
    return struct.unpack("<Q", record[32:40])[0]


def check_zip(path: Path) -> tuple[list[zipfile.ZipInfo], list[Problem]]:
    """The entries of the zip at ``path`` when all are safe to unpack, else every problem.

    Reads only the end record and the central directory; writes nothing.
    """
    label = path.name
    problems: list[Problem] = []

    def bad(field: str, reason: str) -> None:
        problems.append(Problem(label, field, reason))

    try:
        size = path.stat().st_size
        if size > MAX_ZIP_BYTES:
            bad(
                "",
                Message(
                    "zip is {size} bytes, more than the limit of {max_zip_bytes}",
                    size=format(size, ","),
                    max_zip_bytes=format(MAX_ZIP_BYTES, ","),
                ),
            )
            return [], problems
        with open(path, "rb") as handle:
            declared = _declared_entry_count(handle, size)
            if declared is None:
                bad("", Message("not a readable zip archive (no end-of-archive record)"))
                return [], problems
            if declared > MAX_ZIP_ENTRIES:
                bad(
                    "",
                    Message(
                        "zip has {declared} entries, more than the limit of {max_zip_entries}",
                        declared=format(declared, ","),
                        max_zip_entries=format(MAX_ZIP_ENTRIES, ","),
                    ),
                )
                return [], problems
            handle.seek(0)
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
    except OSError as exc:
        bad("", Message("cannot be read ({reason})", reason=os_reason(exc)))
        return [], problems
    except Exception as exc:  # zipfile raises many kinds on hostile bytes; all mean the same
        bad("", Message("not a readable zip archive ({value})", value=exc or type(exc).__name__))
        return [], problems
    if len(infos) > MAX_ZIP_ENTRIES:
        bad(
            "",
            Message(
                "zip has {n} entries, more than the limit of {max_zip_entries}",
                n=format(len(infos), ","),
                max_zip_entries=format(MAX_ZIP_ENTRIES, ","),
            ),
        )
        return [], problems

    total = 0
    seen: dict[str, str] = {}
    for info in infos:
        name = info.filename
        field = name if len(name) <= 120 else name[:117] + "..."
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            bad(field, Message("entry is a symbolic link (links are not allowed in a pack)"))
            continue
        # zipfile writes permission bits without a file type; only a stated other type counts.
        kind = stat.S_IFMT(mode)
        if info.create_system == 3 and kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
            bad(field, Message("entry is not a regular file or folder"))
            continue
        reason = check_relative_name(name[:-1] if info.filename.endswith("/") else name)
        if reason:
            escapes = any(word in reason for word in ("absolute", "drive", "'..'", "backslash"))
            where = Message("; it would be written outside the pack") if escapes else ""
            bad(field, Message("entry name {reason}{where}", reason=reason, where=where))
            continue
        if info.flag_bits & 0x1:
            bad(field, Message("entry is encrypted"))
            continue
        if info.compress_type not in _METHODS:
            bad(
                field,
                Message(
                    "entry uses unsupported compression method {compress_type}",
                    compress_type=info.compress_type,
                ),
            )
            continue
        folded = name.rstrip("/").casefold()
        if folded in seen:
            bad(field, Message("entry appears twice (also as {value})", value=repr(seen[folded])))
            continue
        seen[folded] = name
        if info.filename.endswith("/"):
            continue
        if info.file_size > MAX_ZIP_ENTRY_BYTES:
            bad(
                field,
                Message(
                    "entry unpacks to {file_size} bytes, more than the limit of {max_zip_entry_bytes}",
                    file_size=format(info.file_size, ","),
                    max_zip_entry_bytes=format(MAX_ZIP_ENTRY_BYTES, ","),
                ),
            )
            continue
        if info.file_size > ZIP_RATIO_EXEMPT_BYTES and info.file_size > MAX_ZIP_RATIO * max(
            info.compress_size, 1
        ):
            bad(
                field,
                Message(
                    "entry is compressed {value} to 1, more than the limit of {max_zip_ratio} to 1 (a zip bomb?)",
                    value=format(info.file_size // max(info.compress_size, 1), ","),
                    max_zip_ratio=MAX_ZIP_RATIO,
                ),
            )
            continue
        total += info.file_size
    if total > MAX_ZIP_TOTAL_BYTES:
        bad(
            "",
            Message(
                "zip unpacks to {total} bytes, more than the limit of {max_zip_total_bytes}",
                total=format(total, ","),
                max_zip_total_bytes=format(MAX_ZIP_TOTAL_BYTES, ","),
            ),
        )
    return infos, problems


def pack_root_in(names: list[str]) -> str | None:
    """Folder inside the archive holding pack.json: "" at the top, or one top-level folder."""
    if PACK_FILE in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) == 1:
        (top,) = tops
        if f"{top}/{PACK_FILE}" in names:
            return top
    return None


def cache_root(data_dir: Callable[[], Path]) -> Path:
    path = data_dir() / CACHE_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


def unpack_zip(path: Path, cache: Path) -> tuple[Path | None, list[Problem]]:
    """Unpack the zip pack at ``path`` into ``cache``; the folder holding pack.json, or problems.

    Nothing is written when the central directory has any problem; a failure while unpacking
    removes everything written so far.
    """
    infos, problems = check_zip(path)
    if problems:
        return None, problems
    label = path.name
    root_in_zip = pack_root_in([info.filename.rstrip("/") for info in infos])
    if root_in_zip is None:
        return None, [
            Problem(label, PACK_FILE, Message("missing (the zip holds no pack.json at its top)"))
        ]
    try:
        key = _digest(path)
    except OSError as exc:
        return None, [
            Problem(label, "", Message("cannot be read ({reason})", reason=os_reason(exc)))
        ]
    target = cache / key
    if (target / _COMPLETE_MARK).is_file():
        _touch(target)
        return target / root_in_zip if root_in_zip else target, []
    prune_cache(cache)
    staging = Path(tempfile.mkdtemp(prefix=".partial-", dir=cache))
    try:
        problems = _extract(path, infos, staging)
        if problems:
            return None, problems
        (staging / _COMPLETE_MARK).touch()
        if target.exists():  # a stale, incomplete folder from a killed process
            shutil.rmtree(target, ignore_errors=True)
        try:
            os.rename(staging, target)
        except OSError:
            # Another process finished the same zip first; use its copy.
            if not (target / _COMPLETE_MARK).is_file():
                raise
    except OSError as exc:
        return None, [
            Problem(
                label,
                "",
                Message(
                    "cannot unpack into {cache} ({reason})", cache=cache, reason=os_reason(exc)
                ),
            )
        ]
    except Exception as exc:  # the zip changed on disk since it was checked, or worse
        return None, [
            Problem(label, "", Message("not a readable zip archive ({exc})", exc=message_of(exc)))
        ]
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return (target / root_in_zip if root_in_zip else target), []


def _touch(folder: Path) -> None:
    # A read-only cache still works; it is only pruned sooner.
    with contextlib.suppress(OSError):
        os.utime(folder)


def prune_cache(cache: Path, *, now: float | None = None) -> None:
    """Remove unpacked zips not opened for CACHE_KEEP_DAYS, and leftovers of killed unpacks.

    Every open of a cached zip refreshes its folder's time, so a pack in use is kept.
    """
    now = time.time() if now is None else now
    try:
        entries = list(cache.iterdir())
    except OSError:
        return
    for entry in entries:
        try:
            age = now - entry.stat().st_mtime
        except OSError:
            continue
        partial = entry.name.startswith(".partial-")
        if entry.is_dir() and (age > CACHE_KEEP_DAYS * 86400 or (partial and age > 86400)):
            shutil.rmtree(entry, ignore_errors=True)


def _extract(path: Path, infos: list[zipfile.ZipInfo], staging: Path) -> list[Problem]:
    label = path.name
    total = 0
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_BINARY", 0)
    )
    with zipfile.ZipFile(path) as archive:
        for info in infos:
            name = info.filename
            target = staging.joinpath(*name.rstrip("/").split("/"))
            try:
                if info.filename.endswith("/"):
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                return [
                    Problem(
                        label,
                        name,
                        Message("entry clashes with a file of the same name; nothing unpacked"),
                    )
                ]
            written = 0
            try:
                with (
                    archive.open(info) as source,
                    os.fdopen(os.open(target, flags, 0o644), "wb") as sink,
                ):
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        total += len(chunk)
                        # Count real bytes: the declared size may lie.
                        if written > info.file_size or written > MAX_ZIP_ENTRY_BYTES:
                            return [
                                Problem(
                                    label,
                                    name,
                                    Message(
                                        "entry holds more data than it declares (a zip bomb?); nothing unpacked"
                                    ),
                                )
                            ]
                        if total > MAX_ZIP_TOTAL_BYTES:
                            return [
                                Problem(
                                    label,
                                    name,
                                    Message(
                                        "zip unpacks to more than {max_zip_total_bytes} bytes; nothing unpacked",
                                        max_zip_total_bytes=format(MAX_ZIP_TOTAL_BYTES, ","),
                                    ),
                                )
                            ]
                        sink.write(chunk)
            except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
                return [
                    Problem(
                        label,
                        name,
                        Message("entry is corrupt ({exc}); nothing unpacked", exc=message_of(exc)),
                    )
                ]
            except FileExistsError:
                return [
                    Problem(
                        label, name, Message("entry clashes with another entry; nothing unpacked")
                    )
                ]
            except OSError:
                raise  # the disk, not the zip: the caller reports it as such
            except Exception as exc:  # encrypted, corrupt streams: many kinds, one meaning
                return [
                    Problem(
                        label,
                        name,
                        Message(
                            "entry cannot be read ({exc}); nothing unpacked", exc=message_of(exc)
                        ),
                    )
                ]
    return []
