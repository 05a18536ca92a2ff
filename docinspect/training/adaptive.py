"""Adaptive practice ("practise my weak points"): an exercise built from the trainee's skills.

Skills that are due (FSRS) come first, then the weakest; each becomes a forged specimen made
by the generator at that skill's own subtlety (its staircase keeps the trainee near 77.5 %
success), asked as a verdict or a locate question. Genuine documents are mixed in, so that
"forged" is never a safe guess.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Final

from docinspect.model.exercise import Exercise, parse_exercise
from docinspect.model.taxonomy import Taxonomy, load_taxonomy
from docinspect.training.content_language import builtin_catalogue, content_language, localized
from docinspect.training.skills import SkillKind, SkillState, due_skills, weakest

ADAPTIVE_ID: Final = "adaptive-practice"
#: Subtlety of a skill never practised before: plain enough to learn from.
START_SUBTLETY: Final = 0.3

# What the trainee reads of the adaptive exercise: translated like the curriculum, by
# exercises/i18n/<language>.po (scripts/update-content-catalogues.py collects these texts).
TITLE: Final = "Practise my weak points"
MODULE: Final = "Adaptive practice"
LOCATE_PROMPT: Final = "This document is forged. Find where it shows."
VERDICT_PROMPT: Final = "Genuine or forged? If forged, how?"
LESSON_REVIEW: Final = (
    "These documents are made for you from what you found hardest and what is due "
    "for review. The better you do, the subtler the forgeries become."
)
LESSON_FIRST: Final = (
    "You have not answered any questions yet, so this first round mixes the common "
    "forgery methods. From your answers DocInspect learns what you find hardest and "
    "brings it back; the better you do, the subtler the forgeries become."
)
TEXTS: Final = (TITLE, MODULE, LESSON_FIRST, LESSON_REVIEW, VERDICT_PROMPT, LOCATE_PROMPT)


def practice_exercise(
    states: Iterable[SkillState],
    *,
    now: datetime,
    seed: int,
    count: int = 8,
    genuine_share: float = 0.25,
    taxonomy: Taxonomy | None = None,
) -> Exercise:
    """A practice exercise of ``count`` questions over the skills most in need of practice.

    A trainee with no history gets a first round over every forgery method the generator
    makes, at the starting subtlety.
    """
    from docinspect.synth.forgeries import available_methods

    taxonomy = taxonomy or load_taxonomy()
    rng = random.Random(seed)
    states = list(states)
    n_genuine = max(1, round(count * genuine_share)) if count > 1 else 0
    n_forged = count - n_genuine
    chosen = due_skills(states, now=now, limit=n_forged)
    chosen += [s for s in weakest(states, limit=len(states)) if s not in chosen]
    picks: list[tuple[str, float]] = []  # (method, subtlety)
    for state in chosen:
        method = _method_for(state, taxonomy, rng)
        if method is not None:
            picks.append((method, state.subtlety))
        if len(picks) == n_forged:
            break
    starters = [m for m in available_methods("td3") if m in taxonomy.methods]
    rng.shuffle(starters)
    while len(picks) < n_forged and starters:
        picks.append((starters.pop(), START_SUBTLETY))
    questions: list[dict[str, Any]] = []
    for i, (method, subtlety) in enumerate(picks):
        # An ID card's MRZ is on its back: MRZ forgeries are practised on passports and backs.
        # A method that attacks a booklet's pages or binding is practised on a whole booklet.
        docs = [d for d in _DOCUMENTS if method in available_methods(d)] or [
            d for d in _BOOKLETS if method in available_methods(d)
        ]
        if not docs:
            continue
        doc = rng.choice(docs)
        recipe = _recipe(rng, doc, (method,), subtlety)
        if i % 2:
            questions.append(
                {
                    "id": f"a{i + 1:02d}",
                    "type": "locate",
                    "recipe": recipe,
                    "method": method,
                    "prompt": LOCATE_PROMPT,
                }
            )
        else:
            questions.append(
                {
                    "id": f"a{i + 1:02d}",
                    "type": "verdict",
                    "recipe": recipe,
                    "prompt": VERDICT_PROMPT,
                }
            )
    for j in range(count - len(questions)):
        recipe = _recipe(rng, rng.choice(("td3", "td1")), (), 0.0)
        questions.append(
            {
                "id": f"g{j + 1:02d}",
                "type": "verdict",
                "recipe": recipe,
                "prompt": VERDICT_PROMPT,
            }
        )
    data = {
        "format": 1,
        "id": ADAPTIVE_ID,
        "title": TITLE,
        "module": MODULE,
        "mode": "practice",
        "shuffle": True,
        "lesson": [LESSON_REVIEW if chosen else LESSON_FIRST],
        "questions": questions,
    }
    exercise = parse_exercise(data, file="<adaptive practice>", taxonomy=taxonomy)
    return localized(exercise, builtin_catalogue(content_language()))


def _method_for(state: SkillState, taxonomy: Taxonomy, rng: random.Random) -> str | None:
    from docinspect.synth.forgeries import METHODS

    if state.key.kind is SkillKind.METHOD:
        return (
            state.key.id if state.key.id in METHODS and state.key.id in taxonomy.methods else None
        )
    showing = sorted(
        m.id
        for m in taxonomy.methods.values()
        if state.key.id in m.indicator_features and m.id in METHODS
    )
    return rng.choice(showing) if showing else None


#: Generator types a weak-points round draws on ("td1-back" is a recipe with "side": "back").
_DOCUMENTS = ("td3", "td1", "td1-back")
#: Generated only for the methods no document of _DOCUMENTS can carry (decision 0033).
_BOOKLETS = ("td3-booklet",)


def _states_for(doc: str, methods: tuple[str, ...]) -> tuple[str, ...]:
    from docinspect.synth.forgeries import refusal

    states = ("UTO", "KDV", "NRV")
    return tuple(c for c in states if all(refusal(m, doc, c) is None for m in methods)) or states


def _recipe(
    rng: random.Random, doc: str, methods: tuple[str, ...], subtlety: float
) -> dict[str, Any]:
    recipe: dict[str, Any] = {
        "document_type": {"td1-back": "td1", "td3-booklet": "td3"}.get(doc, doc),
        # A state whose document can carry the methods (a paper attack on a passport needs a
        # state with a paper data page).
        "state": rng.choice(_states_for(doc, methods)),
        "seed": rng.randrange(2**31),
        "methods": list(methods),
        "subtlety": round(min(1.0, max(0.0, subtlety)), 3),
    }
    if doc == "td1-back":
        recipe["side"] = "back"
    if doc == "td3-booklet":
        recipe["booklet"] = True
    return recipe
