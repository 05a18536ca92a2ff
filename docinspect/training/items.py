"""Items: questions with their specimens resolved, ready to show and to score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from docinspect.model.exercise import (
    CompareQuestion,
    IdentifyQuestion,
    LocateQuestion,
    Question,
    SpecimenSource,
)
from docinspect.model.region import Region
from docinspect.model.specimen import Specimen
from docinspect.training.booklets import indicators_by_page

#: Turns a pack specimen id or a generator recipe into a Specimen (may be slow: generation).
Resolver = Callable[[SpecimenSource], Specimen]


class ItemError(ValueError):
    """A question cannot be asked about the specimen it names (e.g. no defect to locate)."""


@dataclass(frozen=True, slots=True)
class Item:
    question: Question
    specimen: Specimen | None
    reference: Specimen | None = None

    @property
    def sealed(self) -> bool:
        """Whether this item's answer key is sealed: the seat records, the instructor scores.

        True for a question of a sealed exam pack (``"sealed": true`` on the question, which
        ``seal_exam_pack`` writes: a which-light question has no specimen to tell) and for any
        question about a specimen whose truth is sealed.
        """
        return self.question.extra.get("sealed") is True or any(
            s is not None and s.truth.sealed for s in (self.specimen, self.reference)
        )

    @property
    def specimen_ref(self) -> str:
        """What the attempt log records as the specimen: a pack id or a recipe key."""
        source = self.question.specimen
        return source.key() if source is not None else ""

    def marked_region(self) -> Region | None:
        """For identify questions: the region the trainee is asked about."""
        q = self.question
        if not isinstance(q, IdentifyQuestion) or self.specimen is None:
            return None
        for region in self.specimen.taught_regions():
            if (q.region and region.id == q.region) or (
                not q.region and region.feature == q.feature
            ):
                return region
        return None

    def truth_regions(self) -> tuple[Region, ...]:
        """For locate questions: the forgery indicators that count as the defect.

        Narrowed to the question's feature and/or method when it names them; if nothing is
        left after narrowing, every indicator of the specimen counts. On a booklet, the
        indicators of every page (:meth:`truth_pages` says which page each is on).
        """
        return tuple(r for _page, r in self.truth_pages())

    def truth_pages(self) -> tuple[tuple[str, Region], ...]:
        """:meth:`truth_regions` with the page each is on ("" for the data page)."""
        q = self.question
        if not isinstance(q, LocateQuestion) or self.specimen is None:
            return ()
        indicators = indicators_by_page(self.specimen)
        narrowed = tuple(
            (p, r)
            for p, r in indicators
            if (q.feature is None or r.feature == q.feature)
            and (q.method is None or r.method == q.method)
        )
        return narrowed or indicators


def resolve_item(question: Question, resolver: Resolver) -> Item:
    """Resolve the question's specimens and check the question can be asked about them."""
    specimen = resolver(question.specimen) if question.specimen is not None else None
    reference = resolver(question.reference) if isinstance(question, CompareQuestion) else None
    item = Item(question, specimen, reference)
    if item.sealed:
        if isinstance(question, IdentifyQuestion):
            # The trainee is shown the region to name, and the key holds the regions.
            raise ItemError(f"question {question.id}: identify questions cannot be sealed")
        return item  # where the defects are is in the sealed key: nothing to check here
    if isinstance(question, LocateQuestion) and not item.truth_regions():
        raise ItemError(
            f"question {question.id}: specimen {item.specimen_ref} has no defect to locate"
        )
    if isinstance(question, IdentifyQuestion) and item.marked_region() is None:
        raise ItemError(
            f"question {question.id}: specimen {item.specimen_ref} has no region of {question.feature!r}"
        )
    return item
