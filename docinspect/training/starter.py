"""The starter library: genuine references of every document the curriculum shows.

A trainee's first start had an empty library, with nothing to look at until they learnt what
a pack is and generated one. The starter pack holds one genuine document of each type, state
and side the built-in exercises use (so each can be compared against while practising, and
looked at under every light before any question about it), made by the generator on first use
in the background and written as an ordinary pack in the user's generated folder.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Final

from docinspect import __version__
from docinspect.model.exercise import CompareQuestion, Exercise, Recipe
from docinspect.model.specimen import DocumentType
from docinspect.packs import SpecimenFiles, write_pack
from docinspect.training.specimens import generate_specimen

#: Folder name of the starter pack under the user's generated folder.
STARTER_FOLDER: Final = "starter-references"
STARTER_PACK_ID: Final = "starter-references"


class StarterCancelled(Exception):
    """The starter library was not made: the app was closing."""


def starter_recipes(exercises: Iterable[Exercise]) -> list[Recipe]:
    """One genuine recipe per (document type, issuing state, side) the exercises' generated
    documents use; the same list for the same curriculum (seeds fixed by the key)."""
    kinds: set[tuple[str, str, str, bool]] = set()
    for exercise in exercises:
        for q in exercise.questions:
            sources = [getattr(q, "specimen", None)]
            if isinstance(q, CompareQuestion):
                sources.append(q.reference)
            for source in sources:
                if isinstance(source, Recipe):
                    kinds.add(
                        (source.document_type.value, source.state, source.side, source.booklet)
                    )
    return [_genuine(DocumentType(t), state, side, b) for t, state, side, b in sorted(kinds)]


def genuine_of_kind(recipe: Recipe) -> Recipe:
    """The genuine reference for documents of ``recipe``'s type, state and side (a whole
    booklet for a booklet): the one the starter library, the lessons and Compare all show
    (made once, then taken from the cache)."""
    return _genuine(recipe.document_type, recipe.state, recipe.side, recipe.booklet)


def _genuine(doc_type: DocumentType, state: str, side: str, booklet: bool = False) -> Recipe:
    # A booklet is named in the seed's text only when it is one: every other reference keeps
    # the seed (and so the holder) it always had.
    kind = f"starter:{doc_type.value}:{state}:{side}" + (":booklet" if booklet else "")
    seed = zlib.crc32(kind.encode()) & 0x7FFFFFFF
    return Recipe(document_type=doc_type, seed=seed, state=state, side=side, booklet=booklet)


def make_starter_pack(
    out: Path,
    recipes: Sequence[Recipe],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Generate ``recipes`` (genuine documents) into one pack at ``out`` and return ``out``.
    Raises StarterCancelled when ``cancelled()`` turns True (nothing is written), ValueError
    or OSError (PackWriteError) when a document cannot be made or written."""
    specimens = []
    for done, recipe in enumerate(recipes):
        if cancelled is not None and cancelled():
            raise StarterCancelled
        specimen_id = f"{recipe.generator_type}-{recipe.state}".lower()
        specimen, files = generate_specimen(recipe, specimen_id=specimen_id)
        specimens.append(SpecimenFiles(specimen=specimen, files=files))
        if progress is not None:
            progress(done + 1, len(recipes))
    write_pack(
        out,
        pack_id=STARTER_PACK_ID,
        title="Starter library: genuine documents",
        version=__version__,
        description=(
            "One genuine document of each type and issuing state the built-in course uses: "
            "look at each under every light, and compare what you practise against them."
        ),
        specimens=specimens,
    )
    return out
