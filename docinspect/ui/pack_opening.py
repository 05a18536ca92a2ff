"""Opening a pack for the library, as a background job: the result is either the pack or the
problems that keep it out, never an exception."""

from __future__ import annotations

import datetime as dt
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from docinspect.packs import Pack, PackReadError, Problem, read_pack
from docinspect.userdata import log_file


@dataclass(frozen=True, slots=True)
class PackOpened:
    path: Path
    pack: Pack


@dataclass(frozen=True, slots=True)
class PackRejected:
    path: Path
    problems: tuple[Problem, ...]


def open_pack(path: Path) -> PackOpened | PackRejected:
    """Read and validate the pack at ``path`` (a folder or a .zip file)."""
    if not path.exists():
        return PackRejected(
            path,
            (
                Problem(
                    str(path),
                    "",
                    QCoreApplication.translate("PackOpening", "the pack is not there any more"),
                ),
            ),
        )
    try:
        return PackOpened(path, read_pack(path))
    except PackReadError as exc:
        problems = tuple(exc.problems) or (Problem(str(path), "", str(exc)),)
        return PackRejected(path, problems)
    except OSError as exc:
        return PackRejected(path, (Problem(str(path), "", exc.strerror or str(exc)),))
    except Exception as exc:  # a bug in reading: the user gets one line, the log the details
        _log_unexpected(path)
        reason = QCoreApplication.translate(
            "PackOpening", "unexpected error: {error} (details in {log})"
        ).format(error=exc, log=log_file())
        return PackRejected(path, (Problem(str(path), "", reason),))


def _log_unexpected(path: Path) -> None:
    try:
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with log_file().open("a", encoding="utf-8") as out:
            out.write(f"--- {stamp} unexpected error opening the pack {path}\n")
            out.write(traceback.format_exc())
    except OSError:
        pass
