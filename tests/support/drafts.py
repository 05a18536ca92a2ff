"""A generator's draft written to a folder and opened as the renderer opens a pack's
specimen, for tests that look at a draft's pixels before and after a forger touches it."""

from __future__ import annotations

from pathlib import Path

from docinspect.optics import SpecimenSource
from docinspect.synth.documents import SCENE_FILE


def draft_source(draft, folder: Path) -> SpecimenSource:
    """``draft``'s scene and files in ``folder`` (made if missing), ready to render."""
    folder.mkdir(parents=True, exist_ok=True)
    files = dict(draft.files)
    files[SCENE_FILE] = draft.scene_bytes()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return SpecimenSource(draft.specimen("x"), folder, draft.scene())
