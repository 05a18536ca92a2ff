"""The class's most-missed questions: what the presenter's debrief puts on the big screen.

Read from the cohort's item analysis (``docinspect.analytics.queries``) and joined with the
curriculum, so each question comes with its exercise, prompt and specimen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from docinspect.analytics.queries import cohort_item_analysis_from_store
from docinspect.model.exercise import Exercise, PackSpecimen, SpecimenSource
from docinspect.model.lesson_plan import PackSpecimenRef
from docinspect.store import open_store


@dataclass(frozen=True, slots=True)
class MissedItem:
    """A question of the curriculum the class got wrong, with what to show for it."""

    item: str  # "<exercise id>/<question id>"
    attempts: int
    correct: int
    trainees: int
    exercise_title: str = ""
    prompt: str = ""
    #: The question's specimen (None when the question is not in the curriculum given).
    specimen: SpecimenSource | None = None
    #: The feature the question is about, if it names one; else its indicators are shown.
    feature: str | None = None
    #: The question's place in its exercise (1-based; 0 when not in the curriculum given).
    number: int = 0

    @property
    def missed(self) -> int:
        return self.attempts - self.correct

    @property
    def missed_share(self) -> float:
        return self.missed / self.attempts if self.attempts else 0.0


def most_missed(
    url: str,
    exercises: Sequence[Exercise],
    *,
    limit: int,
    cohort: str | None = None,
    packs: Mapping[str, str] | None = None,
) -> list[MissedItem]:
    """The ``limit`` questions with the lowest share correct (ties: more attempts first) in the
    store at ``url``; questions nobody got wrong are left out. Opens and closes the store.

    ``packs`` maps an exercise id to the id of the pack it came from, so that its question's
    specimen is looked up in that pack (two packs may have specimens of the same id)."""
    store = open_store(url)
    try:
        analysis = cohort_item_analysis_from_store(store, cohort=cohort)
    finally:
        store.close()
    questions = {
        f"{ex.id}/{q.id}": (ex, q, n)
        for ex in exercises
        for n, q in enumerate(ex.questions, start=1)
    }
    stats = [s for s in analysis.items if s.correct < s.attempts]
    stats.sort(key=lambda s: (s.difficulty, -s.attempts, s.item))
    out = []
    for s in stats[:limit]:
        ex, q, number = questions.get(s.item, (None, None, 0))
        specimen = getattr(q, "specimen", None)
        pack_id = (packs or {}).get(ex.id) if ex is not None else None
        if isinstance(specimen, PackSpecimen) and pack_id:
            specimen = PackSpecimenRef(pack_id, specimen.id)
        out.append(
            MissedItem(
                item=s.item,
                attempts=s.attempts,
                correct=s.correct,
                trainees=s.trainees,
                exercise_title=ex.title if ex is not None else "",
                prompt=getattr(q, "prompt", "") or "",
                specimen=specimen,
                feature=getattr(q, "feature", None),
                number=number,
            )
        )
    return out
