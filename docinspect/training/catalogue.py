"""Every exercise a trainee can be given: the built-in curriculum and the exercises of packs.

An instructor's exercise lives in the pack the studio exported, beside the specimens it asks
about (docs/decisions/0019-exercises-from-packs.md). The catalogue puts both together, keeps
which pack each exercise came from (its ``"specimen": id`` questions are answered from that
pack), and names exercises by title for people.

Exercise ids are the keys of sessions, attempts and assignments, so an id means one exercise:
the first one seen keeps it (the built-in curriculum first, then packs in the order given),
and a later exercise with the same id is reported as a problem, not silently shadowed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from docinspect.i18n import Message, os_reason
from docinspect.model.exercise import Exercise, ExerciseError, Problem, parse_exercise
from docinspect.model.specimen import Specimen
from docinspect.model.taxonomy import Taxonomy
from docinspect.packs import Pack
from docinspect.training.content_language import (
    CATALOGUE_FOLDER,
    LANGUAGES,
    CatalogueError,
    content_language,
    localized,
    localized_specimen,
    missing,
    parse_po,
    specimen_texts,
)


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One exercise and the pack it came from (None: the built-in curriculum)."""

    exercise: Exercise
    pack: Pack | None = None

    @property
    def id(self) -> str:
        return self.exercise.id

    @property
    def title(self) -> str:
        return self.exercise.title or self.exercise.id


def pack_exercises(
    pack: Pack, *, taxonomy: Taxonomy | None = None
) -> tuple[list[Exercise], list[Problem]]:
    """The pack's exercises, parsed; every exercise that does not parse is a problem instead."""
    exercises: list[Exercise] = []
    problems: list[Problem] = []
    for raw in pack.exercises:
        file = f"{pack.source}/{raw.file}"
        try:
            exercises.append(parse_exercise(raw.data, file=file, taxonomy=taxonomy))
        except ExerciseError as exc:
            problems.extend(exc.problems)
    return exercises, problems


#: A pack's translation catalogue larger than this is refused (a PO file of an exercise
#: pack is a few kilobytes; this keeps a hostile pack from filling memory).
MAX_CATALOGUE_BYTES: Final = 1024 * 1024


def pack_catalogue(pack: Pack, language: str) -> tuple[dict[str, str], Problem | None]:
    """The translations an instructor ships with a pack's exercises, ``i18n/<language>.po``
    in the pack (the same form as the curriculum's, decision 0029): msgid → msgstr, empty
    when there is none. A file that cannot be read is a problem (file, reason), never an
    exception; the exercises then stay as written."""
    if language not in LANGUAGES:
        return {}, None
    name = f"{CATALOGUE_FOLDER}/{language}.po"
    path = pack.root / CATALOGUE_FOLDER / f"{language}.po"
    where = f"{pack.source}/{name}"
    try:
        if not path.is_file():
            return {}, None
        if path.stat().st_size > MAX_CATALOGUE_BYTES:
            return {}, Problem(
                where, "", Message("larger than {value} KiB", value=MAX_CATALOGUE_BYTES // 1024)
            )
        text = path.read_text("utf-8")
        return parse_po(text, file=where), None
    except UnicodeDecodeError:
        return {}, Problem(where, "", Message("is not UTF-8 text"))
    except CatalogueError as exc:
        return {}, Problem(where, "", str(exc).removeprefix(f"{where}:").strip())
    except OSError as exc:
        return {}, Problem(where, "", Message("cannot be read ({reason})", reason=os_reason(exc)))


def specimen_in_language(pack: Pack, specimen: Specimen, language: str | None = None) -> Specimen:
    """``specimen`` of ``pack`` with its author's explanations in ``language`` (default: the
    content language) where the pack's ``i18n/<language>.po`` has them (decision 0034)."""
    translations, _problem = pack_catalogue(pack, language or content_language())
    return localized_specimen(specimen, translations)


def missing_translations(pack: Pack, language: str) -> list[str]:
    """The texts of the pack's exercises and of its specimens' explanations (decision 0034)
    that its ``i18n/<language>.po`` does not translate yet (all of them when it has none):
    what the studio or a translator has left to do."""
    exercises, _problems = pack_exercises(pack)
    translations, _problem = pack_catalogue(pack, language)
    lacking = missing(exercises, translations)
    for specimen in pack.specimens:
        lacking += [t for t in specimen_texts(specimen) if not translations.get(t)]
    return list(dict.fromkeys(lacking))


class Catalogue:
    """The exercises on offer, in order: the built-in ones, then each pack's, grouped by pack."""

    def __init__(
        self,
        builtin: Sequence[Exercise] = (),
        packs: Iterable[Pack] = (),
        *,
        taxonomy: Taxonomy | None = None,
    ) -> None:
        self.entries: list[CatalogueEntry] = []
        self.problems: list[Problem] = []
        self._by_id: dict[str, CatalogueEntry] = {}
        self._pack_titles: dict[str, str] = {}
        for exercise in builtin:
            self._add(CatalogueEntry(exercise), "the built-in curriculum")
        for pack in packs:
            exercises, problems = pack_exercises(pack, taxonomy=taxonomy)
            self.problems.extend(problems)
            # The pack's own translations (i18n/<language>.po beside its exercises).
            translations, problem = pack_catalogue(pack, content_language())
            if problem is not None:
                self.problems.append(problem)
            exercises = [localized(e, translations) for e in exercises]
            # A pack's title too, where its catalogue has it (a sealed exam's, decision 0035).
            self._pack_titles[pack.id] = translations.get(pack.title) or pack.title
            for exercise in exercises:
                self._add(CatalogueEntry(exercise, pack), f"pack {pack.id!r}")

    def _add(self, entry: CatalogueEntry, where: str) -> None:
        first = self._by_id.get(entry.id)
        if first is not None:
            owner = "the built-in curriculum" if first.pack is None else f"pack {first.pack.id!r}"
            source = str(entry.pack.source) if entry.pack is not None else where
            self.problems.append(
                Problem(
                    source,
                    "id",
                    Message(
                        "exercise id {id} is also used by {owner}; skipped",
                        id=repr(entry.id),
                        owner=owner,
                    ),
                )
            )
            return
        self._by_id[entry.id] = entry
        self.entries.append(entry)

    @property
    def exercises(self) -> list[Exercise]:
        return [e.exercise for e in self.entries]

    def get(self, exercise_id: str) -> CatalogueEntry | None:
        return self._by_id.get(exercise_id)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def pack_of(self, exercise_id: str) -> Pack | None:
        entry = self._by_id.get(exercise_id)
        return entry.pack if entry is not None else None

    def pack_title(self, pack: Pack) -> str:
        """The pack's title in the content language when its catalogue translates it."""
        return self._pack_titles.get(pack.id) or pack.title or pack.id

    def title(self, exercise_id: str) -> str:
        """The exercise's title, or its id when the catalogue does not know it."""
        entry = self._by_id.get(exercise_id)
        return entry.title if entry is not None else exercise_id
