"""A pack as read from disk: its manifest, its specimens, its exercises, and where its files are."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

from docinspect.model import Light, Specimen
from docinspect.packs.limits import MAX_CHIP_FILE_BYTES
from docinspect.packs.paths import read_inside

#: pack.json key naming a sealed exam pack's encrypted answer key (docs/pack-format.md).
ANSWER_KEY_FIELD = "answer_key"
#: The ``format`` of that file; its content is the classroom's (docinspect.classroom).
SEALED_KEY_FORMAT = "docinspect-sealed-key"


@dataclass(frozen=True, slots=True)
class PackExercise:
    """An exercise file of a pack, kept as its raw JSON object.

    The practice layer turns ``data`` into an Exercise; the pack only guarantees that the
    file is inside the pack, is a JSON object and has an id unique in the pack.
    """

    #: Path of the file inside the pack, with forward slashes.
    file: str
    data: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.data["id"])


@dataclass(frozen=True, slots=True)
class ExerciseContext:
    """What an exercise validator may check an exercise against."""

    #: Path of the exercise file inside the pack (for messages).
    file: str
    #: Ids declared by the pack's specimen.json files, for questions that name one. A specimen
    #: with problems of its own is included: it is reported once, not again per exercise.
    specimen_ids: frozenset[str]


#: Deep validation of one exercise: yields (field, reason) for every problem found.
ExerciseValidator: TypeAlias = Callable[
    [Mapping[str, Any], ExerciseContext], Iterable[tuple[str, str]]
]


@dataclass(frozen=True, slots=True)
class Pack:
    """A valid pack. ``root`` is a folder where its files can be opened: the pack folder itself,
    or for a zip pack the folder it was safely unpacked into (inside the user's pack cache)."""

    root: Path
    #: What was opened: the pack folder or the zip file.
    source: Path
    id: str
    title: str
    version: str
    format: int
    specimens: tuple[Specimen, ...]
    exercises: tuple[PackExercise, ...] = ()
    description: str = ""
    #: ISO 8601 date and time the pack was made, as written in pack.json ("" when absent).
    created: str = ""
    #: Folder of each specimen inside the pack, by specimen id.
    specimen_folders: Mapping[str, str] = field(default_factory=dict)
    #: Keys of pack.json this version does not know, kept for a load/save round trip.
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_zip(self) -> bool:
        return self.source != self.root

    @property
    def sealed(self) -> bool:
        """An exam pack: its specimens' truth is in a sealed answer key (scored by the instructor)."""
        return any(s.truth.sealed for s in self.specimens)

    @property
    def answer_key(self) -> str | None:
        """Name of the sealed answer key file inside the pack, for a sealed pack."""
        name = self.extra.get(ANSWER_KEY_FIELD)
        return name if self.sealed and isinstance(name, str) else None

    def specimen(self, specimen_id: str) -> Specimen:
        """The specimen with this id; KeyError naming the id when there is none."""
        for specimen in self.specimens:
            if specimen.id == specimen_id:
                return specimen
        raise KeyError(f"pack {self.id!r} has no specimen {specimen_id!r}")

    def specimen_dir(self, specimen_id: str) -> Path:
        """The folder holding the specimen's specimen.json and images."""
        if specimen_id not in self.specimen_folders:
            raise KeyError(f"pack {self.id!r} has no specimen {specimen_id!r}")
        return self.root / self.specimen_folders[specimen_id]

    def layer_path(self, specimen_id: str, light: Light | str) -> Path:
        """The image file of the specimen's captured layer under ``light``.

        KeyError when the specimen has no captured layer for that light (a rendered specimen
        has none; ask the renderer instead).
        """
        specimen = self.specimen(specimen_id)
        layer = specimen.layers.get(Light(light))
        if layer is None:
            raise KeyError(f"specimen {specimen_id!r} has no captured {Light(light).value} layer")
        return self.specimen_dir(specimen_id) / layer.file

    def scene_path(self, specimen_id: str) -> Path | None:
        """The specimen's scene file, or None for a specimen of captured layers only."""
        specimen = self.specimen(specimen_id)
        return None if specimen.scene is None else self.specimen_dir(specimen_id) / specimen.scene

    def asset_path(self, specimen_id: str, name: str) -> Path:
        """An image file the specimen's scene draws; KeyError when the specimen lists no such asset."""
        specimen = self.specimen(specimen_id)
        if name not in specimen.assets:
            raise KeyError(f"specimen {specimen_id!r} has no asset {name!r}")
        return self.specimen_dir(specimen_id) / name

    def chip_files(self, specimen_id: str) -> dict[str, bytes] | None:
        """The bytes of each file on the specimen's chip (by LDS name), or None when it has
        no chip. UnsafePathError when a file cannot be read."""
        return read_chip_files(self.specimen_dir(specimen_id), self.specimen(specimen_id))

    def exercise(self, exercise_id: str) -> PackExercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(f"pack {self.id!r} has no exercise {exercise_id!r}")


def read_chip_files(folder: Path, specimen: Specimen) -> dict[str, bytes] | None:
    """The bytes of each file on the specimen's chip (by LDS name) in its ``folder``, or None
    when it has no chip. UnsafePathError when a file cannot be read."""
    if specimen.chip is None:
        return None
    return {
        lds: read_inside(folder, name, limit=MAX_CHIP_FILE_BYTES)
        for lds, name in specimen.chip.files.items()
    }
