"""Reading a pack (folder or zip) with strict validation that reports every problem at once."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from docinspect import userdata
from docinspect.i18n import Message, message_of, os_reason
from docinspect.model import Specimen, Taxonomy, load_taxonomy
from docinspect.model.scene import SceneError
from docinspect.packs.archive import cache_root, is_zip_file, unpack_zip
from docinspect.packs.images import ImageCheckError, ImageInfo, image_warnings, inspect_image
from docinspect.packs.jsontext import JsonTextError, parse_json
from docinspect.packs.limits import (
    MAX_CHIP_FILE_BYTES,
    MAX_IMAGE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_TOTAL_MANIFEST_BYTES,
)
from docinspect.packs.pack import (
    ANSWER_KEY_FIELD,
    SEALED_KEY_FORMAT,
    ExerciseContext,
    ExerciseValidator,
    Pack,
    PackExercise,
)
from docinspect.packs.pack_json import PACK_FILE, SPECIMEN_FILE, PackManifest, parse_pack_manifest
from docinspect.packs.paths import UnsafePathError, inside, join_name, read_inside
from docinspect.packs.problems import PackReadError, Problem, describe
from docinspect.packs.scene_file import read_scene_file
from docinspect.packs.specimen_json import parse_specimen

#: How far a layer's aspect ratio may differ from the specimen's size in millimetres.
ASPECT_TOLERANCE = 0.05


def pack_kind(path: Path) -> str | None:
    """ "folder" or "zip" when ``path`` could be a pack, None when it is neither (or missing)."""
    if path.is_dir():
        return "folder"
    if path.is_file() and (path.suffix.lower() == ".zip" or is_zip_file(path)):
        return "zip"
    return None


def read_pack(
    path: Path,
    *,
    verify_images: bool = True,
    exercise_validator: ExerciseValidator | None = None,
    taxonomy: Taxonomy | None = None,
) -> Pack:
    """Read and validate the pack at ``path`` (a folder, or a .zip file).

    Raises PackReadError listing every problem when anything is wrong. A zip is checked entry
    by entry and unpacked only into the user's pack cache (``Pack.root``); nothing is ever
    written next to the pack. With ``verify_images`` every layer and asset is decoded once
    (slower, finds truncated files); without it only image headers are read.
    ``exercise_validator`` checks each exercise deeply; by default the one the model offers
    (``docinspect.model.exercise``), when it offers one.
    """
    pack, problems = _read(path, verify_images, exercise_validator, taxonomy)
    if pack is None:
        raise PackReadError(path, problems)
    return pack


def validate_pack(
    path: Path,
    *,
    verify_images: bool = True,
    exercise_validator: ExerciseValidator | None = None,
    taxonomy: Taxonomy | None = None,
) -> list[Problem]:
    """Every problem with the pack at ``path``; empty when it is valid. Never raises for bad input."""
    return _read(path, verify_images, exercise_validator, taxonomy)[1]


def _read(
    path: Path,
    verify_images: bool,
    exercise_validator: ExerciseValidator | None,
    taxonomy: Taxonomy | None,
) -> tuple[Pack | None, list[Problem]]:
    label = path.name or str(path)
    kind = pack_kind(path)
    if kind is None:
        reason = (
            Message("no such file or folder")
            if not path.exists()
            else Message("is neither a folder nor a zip file")
        )
        return None, [Problem(label, "", reason)]
    if kind == "zip":
        root, problems = unpack_zip(path, cache_root(userdata.data_dir))
        if root is None:
            return None, problems
    else:
        try:
            root = path.resolve(strict=True)
        except OSError as exc:
            return None, [
                Problem(label, "", Message("cannot be opened ({reason})", reason=os_reason(exc)))
            ]
    reading = _PackReading(
        root,
        verify_images=verify_images,
        taxonomy=taxonomy or load_taxonomy(),
        exercise_validator=exercise_validator or default_exercise_validator(),
    )
    with reading.pool, image_warnings():
        manifest = reading.manifest()
        if manifest is None:
            return None, reading.problems
        specimens, folders = reading.specimens(manifest)
        exercises = reading.exercises(manifest, frozenset(reading.declared_ids))
        reading.answer_key(manifest, specimens)
    if reading.problems:
        return None, reading.problems
    return (
        Pack(
            root=root,
            source=path if kind == "zip" else root,
            id=manifest.id,
            title=manifest.title,
            version=manifest.version,
            format=manifest.format,
            description=manifest.description,
            created=manifest.created,
            specimens=tuple(specimens),
            exercises=tuple(exercises),
            specimen_folders=folders,
            extra=manifest.extra,
        ),
        [],
    )


def default_exercise_validator() -> ExerciseValidator | None:
    """``validate_exercise(data, context)`` from docinspect.model.exercise, if it defines one.

    This is the seam for deep exercise checks: the practice layer defines that function and
    every pack read uses it, without the packs layer knowing what an exercise holds.
    """
    try:
        module = importlib.import_module("docinspect.model.exercise")
    except ImportError:
        return None
    return getattr(module, "validate_exercise", None)


#: A scene problem's field path: ``items[3].material.alpha``, ``width_mm``.
_FIELD_PATH = re.compile(r"^[A-Za-z_][\w.\[\]]*$")


class _PackReading:
    """State of one validation pass: the root folder and every problem found so far."""

    def __init__(
        self,
        root: Path,
        *,
        verify_images: bool,
        taxonomy: Taxonomy,
        exercise_validator: ExerciseValidator | None,
    ) -> None:
        self.root = root
        self.verify_images = verify_images
        self.taxonomy = taxonomy
        self.exercise_validator = exercise_validator
        self.problems: list[Problem] = []
        self.manifest_bytes = 0
        self.declared_ids: set[str] = set()
        self.pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))

    def bad(self, file: str, field: str, reason: str) -> None:
        self.problems.append(Problem(file, field, reason))

    def json_file(self, name: str) -> tuple[bool, Any]:
        """(True, value) for a readable manifest, else (False, None) with a problem recorded."""
        try:
            data = read_inside(self.root, name, limit=MAX_MANIFEST_BYTES)
            self.manifest_bytes += len(data)
            if self.manifest_bytes > MAX_TOTAL_MANIFEST_BYTES:
                self.bad(
                    name,
                    "",
                    Message(
                        "not read: the pack's manifests together are more than {max_total_manifest_bytes} bytes",
                        max_total_manifest_bytes=format(MAX_TOTAL_MANIFEST_BYTES, ","),
                    ),
                )
                return False, None
            return True, parse_json(data)
        except (UnsafePathError, JsonTextError) as exc:
            self.bad(name, "", message_of(exc))
            return False, None

    def manifest(self) -> PackManifest | None:
        ok, data = self.json_file(PACK_FILE)
        if not ok:
            return None
        manifest, problems = parse_pack_manifest(data)
        self.problems += problems
        return manifest

    def specimens(self, manifest: PackManifest) -> tuple[list[Specimen], dict[str, str]]:
        specimens: list[Specimen] = []
        folders: dict[str, str] = {}
        for folder in manifest.specimens:
            file = join_name(folder, SPECIMEN_FILE)
            ok, data = self.json_file(file)
            if not ok:
                continue
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                # Exercises are checked against every id a specimen.json declares, valid or
                # not, so a broken specimen is reported once, not again by each exercise.
                self.declared_ids.add(data["id"])
            specimen, problems = parse_specimen(data, file=file, taxonomy=self.taxonomy)
            self.problems += problems
            if specimen is None:
                continue
            if specimen.id in folders:
                self.bad(
                    file,
                    "id",
                    Message(
                        "duplicate specimen id {id} (also in {value}/)",
                        id=repr(specimen.id),
                        value=folders[specimen.id],
                    ),
                )
                continue
            if self.specimen_files(folder, specimen):
                folders[specimen.id] = folder
                specimens.append(specimen)
            else:
                folders.setdefault(specimen.id, folder)
        return specimens, folders

    def answer_key(self, manifest: PackManifest, specimens: list[Specimen]) -> None:
        """A sealed exam pack names its sealed key, and only a sealed pack has one.

        The key itself is opaque here (the classroom opens it with the passphrase); only its
        presence and outer form are checked, so a trainee's seat can sit the exam.
        """
        name = manifest.extra.get(ANSWER_KEY_FIELD)
        sealed = [s.id for s in specimens if s.truth.sealed]
        if name is None:
            if sealed:
                self.bad(
                    PACK_FILE,
                    ANSWER_KEY_FIELD,
                    Message(
                        "missing: specimen {value} has a sealed truth, so the pack needs the sealed answer key that goes with it",
                        value=repr(sealed[0]),
                    ),
                )
            return
        if not isinstance(name, str) or not name:
            self.bad(
                PACK_FILE,
                ANSWER_KEY_FIELD,
                Message("must be a file name, got {value}", value=describe(name)),
            )
            return
        if not sealed:
            self.bad(
                PACK_FILE,
                ANSWER_KEY_FIELD,
                Message("names a sealed key, but no specimen is sealed"),
            )
            return
        ok, data = self.json_file(name)
        if ok and not (isinstance(data, dict) and data.get("format") == SEALED_KEY_FORMAT):
            self.bad(
                name,
                "format",
                Message(
                    "is not a sealed answer key ({sealed_key_format})",
                    sealed_key_format=repr(SEALED_KEY_FORMAT),
                ),
            )

    def specimen_files(self, folder: str, specimen: Specimen) -> bool:
        """Check the files one specimen names; True when all are present and sound."""
        before = len(self.problems)
        file = join_name(folder, SPECIMEN_FILE)
        images = [(layer.file, f"layers.{light.value}") for light, layer in specimen.layers.items()]
        images += [(asset, f"assets[{i}]") for i, asset in enumerate(specimen.assets)]
        # Decoding dominates the time; Pillow releases the GIL while it decodes.
        checked = self.pool.map(lambda item: self.image(folder, item[0]), images)
        sizes: dict[str, ImageInfo] = {}
        for (name, field), result in zip(images, checked, strict=True):
            if isinstance(result, str):
                self.bad(
                    join_name(folder, name),
                    "",
                    Message(
                        "{result} (named by {file} {field})", result=result, file=file, field=field
                    ),
                )
            elif field.startswith("layers."):
                sizes[field.removeprefix("layers.")] = result
        if specimen.scene is not None:
            self.scene(folder, specimen.scene, file)
        for page in specimen.pages:
            self.scene(folder, page.scene, file)
        if specimen.chip is not None:
            self.chip_files(folder, specimen.chip.files, file)
        self.same_size(file, specimen, sizes)
        return len(self.problems) == before

    def chip_files(self, folder: str, files: Mapping[str, str], named_by: str) -> None:
        """Each chip file is there and no larger than a chip holds (the reader judges the
        contents, as a document reader does: a malformed file is a finding, not an error)."""
        for lds, name in files.items():
            try:
                size = inside(self.root, join_name(folder, name)).stat().st_size
            except (UnsafePathError, OSError) as exc:
                self.bad(
                    join_name(folder, name),
                    "",
                    Message(
                        "{exc} (named by {named_by} chip.files.{lds})",
                        exc=message_of(exc),
                        named_by=named_by,
                        lds=lds,
                    ),
                )
                continue
            if size > MAX_CHIP_FILE_BYTES:
                self.bad(
                    join_name(folder, name),
                    "",
                    Message(
                        "is {size} bytes, more than a chip holds ({max_chip_file_bytes})",
                        size=format(size, ","),
                        max_chip_file_bytes=format(MAX_CHIP_FILE_BYTES, ","),
                    ),
                )

    def scene(self, folder: str, name: str, named_by: str) -> None:
        """Parse and check the scene as the renderer will read it (packs.scene_file)."""
        scene_file = join_name(folder, name)
        specimen_folder = self.root / folder  # its safety is checked with the specimen's
        try:
            read_scene_file(specimen_folder, name)
        except SceneError as exc:
            prefix = f"{specimen_folder / name}: "
            for problem in exc.problems:
                field, reason = _scene_field(problem, prefix)
                self.bad(scene_file, field, reason)

    def image(self, folder: str, name: str) -> ImageInfo | str:
        """The image's info, or the reason it is unusable (runs on a pool thread)."""
        try:
            path = inside(self.root, join_name(folder, name))
            size = path.stat().st_size
            if size > MAX_IMAGE_BYTES:
                return f"is {size:,} bytes, more than the limit of {MAX_IMAGE_BYTES:,}"
            return inspect_image(path, decode=self.verify_images, manage_warnings=False)
        except (UnsafePathError, ImageCheckError, OSError) as exc:
            return message_of(exc)

    def same_size(self, file: str, specimen: Specimen, sizes: Mapping[str, ImageInfo]) -> None:
        if not sizes:
            return
        first_light, first = next(iter(sizes.items()))
        for light, info in sizes.items():
            if (info.width, info.height) != (first.width, first.height):
                self.bad(
                    file,
                    f"layers.{light}",
                    Message(
                        "image is {width}x{height} pixels but layers.{first_light} is {width2}x{height2}; all layers of a specimen must be the same size",
                        width=info.width,
                        height=info.height,
                        first_light=first_light,
                        width2=first.width,
                        height2=first.height,
                    ),
                )
                return
        page = specimen.width_mm / specimen.height_mm
        image = first.width / first.height
        if abs(image / page - 1) > ASPECT_TOLERANCE:
            self.bad(
                file,
                f"layers.{first_light}",
                Message(
                    "image is {width}x{height} pixels (aspect {image}) but the specimen is {width_mm} x {height_mm} mm (aspect {page})",
                    width=first.width,
                    height=first.height,
                    image=format(image, ".3f"),
                    width_mm=format(specimen.width_mm, "g"),
                    height_mm=format(specimen.height_mm, "g"),
                    page=format(page, ".3f"),
                ),
            )

    def exercises(self, manifest: PackManifest, specimen_ids: frozenset[str]) -> list[PackExercise]:
        out: list[PackExercise] = []
        seen: dict[str, str] = {}
        for name in manifest.exercises:
            ok, data = self.json_file(name)
            if not ok:
                continue
            if not isinstance(data, dict):
                self.bad(
                    name, "", Message("must be a JSON object, got {value}", value=describe(data))
                )
                continue
            ex_id = data.get("id")
            if not isinstance(ex_id, str) or not ex_id:
                self.bad(
                    name,
                    "id",
                    Message("must be a non-empty string, got {value}", value=describe(ex_id)),
                )
                continue
            if ex_id in seen:
                self.bad(
                    name,
                    "id",
                    Message(
                        "duplicate exercise id {ex_id} (also in {value})",
                        ex_id=repr(ex_id),
                        value=seen[ex_id],
                    ),
                )
                continue
            seen[ex_id] = name
            if self.exercise_validator is not None:
                before = len(self.problems)
                self.deep_check(name, data, specimen_ids)
                if len(self.problems) > before:
                    continue
            out.append(PackExercise(file=name, data=data))
        return out

    def deep_check(self, name: str, data: dict[str, Any], specimen_ids: frozenset[str]) -> None:
        assert self.exercise_validator is not None
        try:
            for field, reason in self.exercise_validator(data, ExerciseContext(name, specimen_ids)):
                self.bad(name, field, reason)
        except Exception as exc:  # a validator bug must not hide the pack's other problems
            self.bad(name, "", Message("exercise check failed: {exc}", exc=message_of(exc)))


def _scene_field(problem: str, prefix: str) -> tuple[str, str]:
    """The field a scene problem names and its reason: the values of the Messages the scene's
    checks made (so the reason stays translatable), else read from the text."""
    if isinstance(problem, Message) and problem.template == "{source}: {problem}":
        problem = problem.values["problem"]
        if isinstance(problem, Message) and problem.template == "{where}: {reason}":
            field = str(problem.values["where"])
            if _FIELD_PATH.match(field):
                return field, problem.values["reason"]
        if isinstance(problem, Message):
            return "", problem  # a reason about the file as a whole
    text = problem.removeprefix(prefix)
    field, _, reason = text.partition(": ")
    if not reason or not _FIELD_PATH.match(field):
        return "", text  # a reason about the file as a whole
    return field, reason
