"""Packs: portable, versioned bundles of specimens and exercises (a folder or one zip file).

Reading validates strictly and reports every problem at once; writing is atomic; unknown keys
survive a round trip. The format is described in docs/pack-format.md.
"""

from docinspect.packs.limits import FORMAT_VERSION
from docinspect.packs.pack import ExerciseContext, ExerciseValidator, Pack, PackExercise
from docinspect.packs.problems import PackError, PackReadError, PackWriteError, Problem
from docinspect.packs.reader import (
    default_exercise_validator,
    pack_kind,
    read_pack,
    validate_pack,
)
from docinspect.packs.specimen_json import shape_to_dict, specimen_from_dict, specimen_to_dict
from docinspect.packs.writer import ExerciseFile, SpecimenFiles, write_pack

__all__ = [
    "FORMAT_VERSION",
    "ExerciseContext",
    "ExerciseFile",
    "ExerciseValidator",
    "Pack",
    "PackError",
    "PackExercise",
    "PackReadError",
    "PackWriteError",
    "Problem",
    "SpecimenFiles",
    "default_exercise_validator",
    "pack_kind",
    "read_pack",
    "shape_to_dict",
    "specimen_from_dict",
    "specimen_to_dict",
    "validate_pack",
    "write_pack",
]
