"""Where exercise specimens come from: the exercise's pack, or the generator (by recipe).

A recipe's specimen is generated on first use and kept as a one-specimen pack in the user's
``generated`` folder, named by a hash of the recipe and the DocInspect version, so the
built-in curriculum needs no images in the repository and each specimen is made only once.
Generation may take a second: call ``prepare`` from a worker thread before the quiz needs it.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from docinspect import __version__
from docinspect.model.exercise import PackSpecimen, Recipe, SpecimenSource
from docinspect.model.specimen import Specimen
from docinspect.packs import Pack, PackError, SpecimenFiles, read_pack, write_pack
from docinspect.training.catalogue import specimen_in_language
from docinspect.training.items import ItemError


@dataclass(frozen=True, slots=True)
class Located:
    """A specimen with the folder its files (scene, layers, assets) are in."""

    specimen: Specimen
    folder: Path


class SpecimenSupply:
    """Resolver for quizzes (``supply(source) -> Specimen``); thread-safe.

    ``pack`` is the pack the exercise came from (for ``"specimen": id`` questions);
    ``cache_dir`` holds generated specimens (default: ``userdata.generated_dir()/recipes``).
    """

    def __init__(self, *, pack: Pack | None = None, cache_dir: Path | None = None) -> None:
        if cache_dir is None:
            from docinspect.userdata import generated_dir

            cache_dir = generated_dir() / "recipes"
        self._pack = pack
        self._cache_dir = cache_dir
        self._memo: dict[str, Located] = {}
        self._lock = threading.Lock()

    def __call__(self, source: SpecimenSource) -> Specimen:
        return self.locate(source).specimen

    def locate(self, source: SpecimenSource) -> Located:
        """The specimen and its folder; generates (and caches) a recipe's specimen if needed.

        Raises ItemError when the specimen cannot be had (not in the pack, generation failed).
        """
        key = source.key()
        with self._lock:
            found = self._memo.get(key)
        if found is not None:
            return found
        if isinstance(source, PackSpecimen):
            found = self._from_pack(source)
        else:
            found = self._generated(source)
        with self._lock:
            self._memo[key] = found
        return found

    prepare = locate

    def for_pack(self, pack: Pack | None) -> SpecimenSupply:
        """A supply for an exercise of ``pack`` (None: recipes only), sharing the recipe cache."""
        if pack is self._pack:
            return self
        return SpecimenSupply(pack=pack, cache_dir=self._cache_dir)

    def _from_pack(self, source: PackSpecimen) -> Located:
        if self._pack is None:
            raise ItemError(f"specimen {source.id!r}: the exercise is not in a pack")
        try:
            specimen = self._pack.specimen(source.id)
        except KeyError:
            raise ItemError(f"specimen {source.id!r} is not in pack {self._pack.id!r}") from None
        # The author's explanations in the trainee's language, from the pack's own
        # i18n/<language>.po (decision 0034); a catalogue that cannot be read leaves them as
        # written (the practice window names it among the pack's problems).
        return Located(
            specimen_in_language(self._pack, specimen), self._pack.specimen_dir(source.id)
        )

    def _generated(self, recipe: Recipe) -> Located:
        digest = hashlib.sha256(f"{__version__}|{recipe.key()}".encode()).hexdigest()[:20]
        dest = self._cache_dir / digest
        if dest.is_dir():
            try:
                return _single(read_pack(dest, verify_images=False))
            except PackError:
                pass  # a damaged cache entry is simply made again
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        try:
            specimen, files = generate_specimen(recipe, specimen_id=f"r-{digest[:12]}")
            write_pack(
                dest,
                pack_id=f"recipe-{digest}",
                title=specimen.title,
                version=__version__,
                description=f"Generated for exercises from {recipe.key()}",
                specimens=[SpecimenFiles(specimen=specimen, files=files)],
                extra={"recipe": recipe.key()},
            )
            return _single(read_pack(dest, verify_images=False))
        except (PackError, ValueError, OSError) as exc:
            raise ItemError(f"cannot generate {recipe.key()}: {exc}") from exc


def _single(pack: Pack) -> Located:
    specimen = pack.specimens[0]
    return Located(specimen, pack.specimen_dir(specimen.id))


def generate_specimen(recipe: Recipe, *, specimen_id: str) -> tuple[Specimen, dict[str, bytes]]:
    """Make the recipe's specimen with the generator: the same recipe, the same specimen.

    Raises ValueError when the generator cannot make it (e.g. a method the document type
    cannot carry).
    """
    from docinspect.synth.generate import make_specimen

    # A card back is its own generator type ("td1-back"); its specimen is still a td1.
    return make_specimen(
        recipe.seed,
        kind=recipe.generator_type,
        specimen_id=specimen_id,
        state_code=recipe.state,
        methods=recipe.methods,
        profile=recipe.profile or None,
        subtlety=recipe.subtlety,
        wear=recipe.wear,
    )
