"""Paths inside a pack: checking the names manifests use, and opening files without leaving the pack.

Policy (docs/pack-format.md, "Security rules"): a name in a manifest is relative, uses forward
slashes, has no ``.``, ``..`` or empty parts, no drive letter, no backslash and no control
characters. Nothing inside a pack may be a symbolic link - not only links that leave the pack:
a link inside is never needed (the generator and the zip reader write plain files) and
forbidding all of them removes a whole class of escapes. The pack folder itself may be
reached through a link (it is resolved once, before anything is read).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from docinspect.i18n import Message, os_reason

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: Characters and device names Windows cannot use in a file name: a pack made on Linux must
#: still unpack on Windows without surprises (``aux.png`` would open a device there).
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)
MAX_NAME_CHARS = 512
MAX_PART_CHARS = 255


class UnsafePathError(ValueError):
    """A name or file that would leave the pack, or is not a plain file; message = reason."""


def check_relative_name(name: str) -> str | None:
    """Why ``name`` is not an acceptable path inside a pack, or None when it is."""
    if not name:
        return Message("is empty")
    if len(name) > MAX_NAME_CHARS:
        return Message("is longer than {limit} characters", limit=MAX_NAME_CHARS)
    if _CONTROL.search(name):
        return Message("contains a control character")
    if "\\" in name:
        return Message("contains a backslash (use forward slashes)")
    if name.startswith("/"):
        return Message("is an absolute path")
    if _DRIVE.match(name):
        return Message("starts with a drive letter")
    parts = name.split("/")
    if any(part in ("", ".") for part in parts):
        return Message("has an empty or '.' part")
    if ".." in parts:
        return Message("leaves the pack ('..')")
    if any(len(part) > MAX_PART_CHARS for part in parts):
        return Message("has a part longer than {limit} characters", limit=MAX_PART_CHARS)
    if _WINDOWS_FORBIDDEN.search(name):
        return Message('contains one of < > : " | ? * (not allowed in file names on Windows)')
    for part in parts:
        if part.endswith((".", " ")):
            return Message("has a part ending in '.' or a space (not allowed on Windows)")
        if part.split(".", 1)[0].lower() in _WINDOWS_DEVICES:
            return Message("uses {part}, a device name on Windows", part=repr(part))
    return None


def join_name(folder: str, name: str) -> str:
    """``folder/name`` as a pack path (folder may be empty for the pack root)."""
    return f"{folder}/{name}" if folder else name


def inside(root: Path, name: str) -> Path:
    """The file ``name`` under ``root``, after checking that every part is a real folder or file.

    Raises UnsafePathError (missing, a symbolic link, not a regular file).
    """
    reason = check_relative_name(name)
    if reason:
        raise UnsafePathError(Message("the name {reason}", reason=reason))
    current = root
    parts = name.split("/")
    for index, part in enumerate(parts):
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            raise UnsafePathError(Message("missing file")) from None
        except OSError as exc:
            raise UnsafePathError(
                Message("cannot be read ({reason})", reason=os_reason(exc))
            ) from None
        last = index == len(parts) - 1
        # A Windows junction is not S_ISLNK but redirects just the same.
        if stat.S_ISLNK(st.st_mode) or getattr(st, "st_reparse_tag", 0):
            if last:
                raise UnsafePathError(
                    Message("is a symbolic link (links are not allowed in a pack)")
                )
            raise UnsafePathError(
                Message(
                    "is inside {folder}, which is a symbolic link (links are not allowed in a pack)",
                    folder=repr("/".join(parts[: index + 1])),
                )
            )
        if not last and not stat.S_ISDIR(st.st_mode):
            raise UnsafePathError(
                Message("{value} is not a folder", value=repr("/".join(parts[: index + 1])))
            )
        if last and not stat.S_ISREG(st.st_mode):
            raise UnsafePathError(Message("is not a regular file"))
    return current


def read_inside(root: Path, name: str, *, limit: int) -> bytes:
    """The bytes of ``name`` under ``root``, at most ``limit`` of them, or UnsafePathError."""
    path = inside(root, name)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnsafePathError(
            Message("cannot be opened ({reason})", reason=os_reason(exc))
        ) from None
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise UnsafePathError(Message("is not a regular file"))
        if st.st_size > limit:
            raise UnsafePathError(
                Message(
                    "is {st_size} bytes, more than the limit of {limit}",
                    st_size=format(st.st_size, ","),
                    limit=format(limit, ","),
                )
            )
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnsafePathError(
            Message("is more than the limit of {limit} bytes", limit=format(limit, ","))
        )
    return data
