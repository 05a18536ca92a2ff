"""``pack.json``: the pack's manifest, read strictly and written back with unknown keys kept."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from docinspect.i18n import Message
from docinspect.packs.fields import MISSING, Fields
from docinspect.packs.limits import FORMAT_VERSION, MAX_EXERCISES, MAX_SPECIMENS
from docinspect.packs.problems import Problem, describe

PACK_FILE: Final = "pack.json"
SPECIMEN_FILE: Final = "specimen.json"
PACK_KEYS: Final = (
    "format",
    "id",
    "title",
    "version",
    "description",
    "created",
    "specimens",
    "exercises",
)


@dataclass(frozen=True, slots=True)
class PackManifest:
    format: int
    id: str
    title: str
    version: str
    description: str = ""
    created: str = ""
    #: Specimen folders, relative to the pack root.
    specimens: tuple[str, ...] = ()
    #: Exercise files, relative to the pack root.
    exercises: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)


def parse_pack_manifest(data: Any) -> tuple[PackManifest | None, list[Problem]]:
    """The manifest described by ``data`` (parsed pack.json) and every problem found in it.

    The manifest is None only when nothing in it can be trusted (not an object, or a newer
    format); otherwise it is returned even with problems, with placeholders where values were
    wrong, so that the specimens it lists can still be checked.
    """
    f = Fields(PACK_FILE)
    top = f.obj(data, "")
    if top is None:
        return None, f.problems
    fmt = None
    if (raw := f.get(top, "format", "", required=True)) is not MISSING:
        fmt = f.integer(raw, "format")
        if fmt is not None and fmt > FORMAT_VERSION:
            # Nothing else can be trusted in a newer format: say so, and only so.
            return None, [
                Problem(
                    PACK_FILE,
                    "format",
                    Message(
                        "format {fmt} is newer than this DocInspect reads ({format_version}); update DocInspect",
                        fmt=fmt,
                        format_version=FORMAT_VERSION,
                    ),
                )
            ]
        if fmt is not None and fmt < 1:
            f.bad(
                "format",
                Message(
                    "must be {format_version}, got {fmt}", format_version=FORMAT_VERSION, fmt=fmt
                ),
            )
    pack_id = None
    if (raw := f.get(top, "id", "", required=True)) is not MISSING:
        pack_id = f.ident(raw, "id")
    title = None
    if (raw := f.get(top, "title", "", required=True)) is not MISSING:
        title = f.text(raw, "title", non_empty=True, max_chars=200)
    version = None
    if (raw := f.get(top, "version", "", required=True)) is not MISSING:
        version = f.text(raw, "version", non_empty=True, max_chars=64)
    description = ""
    if (raw := f.get(top, "description", "", required=False)) is not MISSING:
        description = f.text(raw, "description") or ""
    created = ""
    if (raw := f.get(top, "created", "", required=False)) is not MISSING:
        created = f.text(raw, "created", max_chars=64) or ""
        if created:
            try:
                datetime.fromisoformat(created)
            except ValueError:
                f.bad(
                    "created",
                    Message(
                        "must be an ISO 8601 date and time, got {value}", value=describe(created)
                    ),
                )
    specimens = _names(f, top, "specimens", MAX_SPECIMENS)
    exercises = _names(f, top, "exercises", MAX_EXERCISES)
    for i, name in enumerate(exercises):
        if not name.lower().endswith(".json"):
            f.bad(f"exercises[{i}]", Message("{name} is not a .json file", name=repr(name)))
    # Even with problems the manifest is returned (with placeholders), so that the reader
    # goes on to check the specimens and exercises and reports every problem in one pass.
    return (
        PackManifest(
            format=fmt or FORMAT_VERSION,
            id=pack_id or "",
            title=title or "",
            version=version or "",
            description=description,
            created=created,
            specimens=tuple(specimens),
            exercises=tuple(exercises),
            extra={k: v for k, v in top.items() if k not in PACK_KEYS},
        ),
        f.problems,
    )


def _names(f: Fields, top: dict[str, Any], key: str, limit: int) -> list[str]:
    raw = f.get(top, key, "", required=key == "specimens")
    if raw is MISSING:
        return []
    names: list[str] = []
    folded: dict[str, int] = {}
    for i, item in enumerate(f.items(raw, key, limit=limit) or []):
        name = f.name(item, f"{key}[{i}]")
        if name is None:
            continue
        # Case-folded: two names that differ only in case are one file on Windows and macOS.
        if name.casefold() in folded:
            f.bad(
                f"{key}[{i}]",
                Message(
                    "{name} is listed twice (also {key}[{value}])",
                    name=repr(name),
                    key=key,
                    value=folded[name.casefold()],
                ),
            )
            continue
        folded[name.casefold()] = i
        names.append(name)
    return names


def pack_manifest_to_dict(manifest: PackManifest) -> dict[str, Any]:
    """The pack.json form of ``manifest``, unknown keys included."""
    out: dict[str, Any] = {
        "format": manifest.format,
        "id": manifest.id,
        "title": manifest.title,
        "version": manifest.version,
    }
    if manifest.description:
        out["description"] = manifest.description
    if manifest.created:
        out["created"] = manifest.created
    out["specimens"] = list(manifest.specimens)
    out["exercises"] = list(manifest.exercises)
    out.update({k: v for k, v in manifest.extra.items() if k not in PACK_KEYS})
    return out
