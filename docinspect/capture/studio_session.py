"""Where the studio keeps its work between sessions, and whether the last one ended cleanly.

The draft lives in ``<data folder>/studio/draft``; ``session.json`` next to it says whether a
studio is open. Found "open" at start, the last session was killed: its autosaved draft is
offered for recovery.
"""

from __future__ import annotations

import json
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from docinspect import userdata
from docinspect.capture import DraftFolder, write_atomically

#: Autosave interval; the issue allows losing at most 30 s of work.
AUTOSAVE_MS = 10_000


def studio_dir() -> Path:
    path = userdata.data_dir() / "studio"
    path.mkdir(parents=True, exist_ok=True)
    return path


def draft_folder() -> DraftFolder:
    return DraftFolder(studio_dir() / "draft")


def _marker() -> Path:
    return studio_dir() / "session.json"


def previous_session_crashed() -> bool:
    """True when the last studio session did not close cleanly and left a draft behind."""
    try:
        data = json.loads(_marker().read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return bool(data.get("open")) and draft_folder().exists()


def mark_open(open_: bool) -> None:
    text = json.dumps({"open": open_, "at": datetime.now(UTC).isoformat(timespec="seconds")})
    write_atomically(_marker(), text.encode())


def set_aside_draft() -> Path | None:
    """Move the current draft out of the way (declined recovery keeps it, never deletes it)."""
    folder = draft_folder().root
    if not folder.exists():
        return None
    target = studio_dir() / f"draft-set-aside-{time.strftime('%Y%m%d-%H%M%S')}"
    shutil.move(str(folder), target)
    return target
