"""Importing a pack into a draft: merging without losing or duplicating anything.

A specimen is the same as one already in the draft when its content is: its specimen.json
(unknown keys included) and every file it names, byte for byte. The same content is skipped
whatever its id; a different specimen with an id already taken is added under a fresh id
(``id-2``), and exercises of the incoming pack that name it are rewritten to the new id.
Exercises are merged the same way, by id and content.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docinspect.capture.draft import DraftFolder, PackDraft, unique_id
from docinspect.i18n import LANGUAGES, CatalogueError, parse_po
from docinspect.model import Specimen
from docinspect.packs import Pack, specimen_to_dict


@dataclass(frozen=True, slots=True)
class MergeReport:
    draft: PackDraft
    added: tuple[str, ...] = ()
    #: Incoming ids already present with the same content.
    skipped: tuple[str, ...] = ()
    #: Incoming id -> the id it was added under.
    renamed: Mapping[str, str] | None = None
    exercises_added: tuple[str, ...] = ()
    exercises_skipped: tuple[str, ...] = ()


def specimen_fingerprint(specimen: Specimen, folder: Path) -> str:
    """SHA-256 over the specimen's manifest (id left out) and every file it names."""
    data = specimen_to_dict(specimen)
    data.pop("id", None)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode())
    names = sorted(
        {layer.file for layer in specimen.layers.values()}
        | set(specimen.assets)
        | ({specimen.scene} if specimen.scene else set())
    )
    for name in names:
        digest.update(name.encode())
        with open(folder / name, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _exercise_key(data: Mapping[str, Any]) -> str:
    body = {k: v for k, v in data.items() if k != "id"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def merge_pack(folder: DraftFolder, draft: PackDraft, pack: Pack) -> MergeReport:
    """Copy the specimens and exercises of ``pack`` into the draft, skipping exact duplicates
    and giving fresh ids to different items whose id is taken. Returns the new draft and what
    happened to each item."""
    present = {specimen_fingerprint(s, folder.specimen_dir(s.id)): s.id for s in draft.specimens}
    taken = {s.id for s in draft.specimens}
    added: list[str] = []
    skipped: list[str] = []
    renamed: dict[str, str] = {}
    for specimen in pack.specimens:
        source = pack.specimen_dir(specimen.id)
        key = specimen_fingerprint(specimen, source)
        if key in present:
            skipped.append(specimen.id)
            if present[key] != specimen.id:
                renamed[specimen.id] = present[key]
            continue
        new_id = unique_id(specimen.id, taken)
        if new_id != specimen.id:
            renamed[specimen.id] = new_id
        target = folder.specimen_dir(new_id)
        for name in folder_files(specimen):
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source / name, destination)
        copied = replace(specimen, id=new_id)
        draft = draft.with_specimen(copied)
        taken.add(new_id)
        present[key] = new_id
        added.append(new_id)
    have = {_exercise_key(e): e["id"] for e in draft.exercises}
    exercise_ids = {str(e["id"]) for e in draft.exercises}
    ex_added: list[str] = []
    ex_skipped: list[str] = []
    exercises = list(draft.exercises)
    for exercise in pack.exercises:
        data = _renamed_specimens(dict(exercise.data), renamed)
        key = _exercise_key(data)
        if key in have:
            ex_skipped.append(exercise.id)
            continue
        data["id"] = unique_id(str(data["id"]), exercise_ids)
        exercise_ids.add(data["id"])
        have[key] = data["id"]
        exercises.append(data)
        ex_added.append(data["id"])
    draft = replace(draft, exercises=tuple(exercises))
    return MergeReport(
        draft, tuple(added), tuple(skipped), renamed, tuple(ex_added), tuple(ex_skipped)
    )


#: A pack's catalogue larger than this is not read (the practice window refuses it too).
MAX_CATALOGUE_BYTES = 1024 * 1024


def merge_translations(folder: DraftFolder, pack: Pack) -> list[str]:
    """Bring the pack's own translations (``i18n/<language>.po``, decisions 0029 and 0034)
    into the draft's catalogues: a text the draft does not translate yet gets the pack's
    translation; the draft's own translations are never replaced. Returns the problems (file
    and reason) of catalogues that could not be read or written; the rest is merged."""
    problems: list[str] = []
    for language in LANGUAGES:
        path = Path(pack.root) / "i18n" / f"{language}.po"
        where = f"{pack.source}/i18n/{language}.po"
        try:
            if not path.is_file():
                continue
            if path.stat().st_size > MAX_CATALOGUE_BYTES:
                problems.append(f"{where}: larger than {MAX_CATALOGUE_BYTES // 1024} KiB")
                continue
            incoming = parse_po(path.read_text("utf-8"), file=where)
        except UnicodeDecodeError:
            problems.append(f"{where}: is not UTF-8 text")
            continue
        except (CatalogueError, OSError) as exc:
            problems.append(str(exc) if isinstance(exc, CatalogueError) else f"{where}: {exc}")
            continue
        mine = folder.translation_file(language)
        try:
            known = parse_po(mine.read_text("utf-8"), file=str(mine)) if mine.is_file() else {}
            wanted = {k: v for k, v in incoming.items() if not known.get(k)}
            if wanted:
                folder.save_translations(language, wanted)
        except UnicodeDecodeError:
            problems.append(f"{mine}: is not UTF-8 text; the pack's translations were not added")
        except CatalogueError as exc:
            problems.append(f"{exc}; the pack's translations were not added")
        except OSError as exc:
            problems.append(f"{mine}: cannot be written ({exc.strerror or exc})")
    return problems


def folder_files(specimen: Specimen) -> list[str]:
    names = [layer.file for layer in specimen.layers.values()] + list(specimen.assets)
    if specimen.scene:
        names.append(specimen.scene)
    return names


def _renamed_specimens(data: Any, renamed: Mapping[str, str]) -> Any:
    # Exercises name specimens as {"specimen": "<id>"} (or inside a question); rewrite the
    # values of "specimen"/"specimen_id" keys wherever they occur.
    if not renamed:
        return data
    if isinstance(data, dict):
        return {
            k: (
                renamed.get(v, v)
                if k in ("specimen", "specimen_id") and isinstance(v, str)
                else _renamed_specimens(v, renamed)
            )
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [_renamed_specimens(v, renamed) for v in data]
    return data
