"""Training: exercises as quizzes, scoring, feedback, and scheduling of skills.

No I/O except reading exercise files (``exercise_files``); no Qt. The store saves what this
layer produces (``AttemptRecord``, ``SkillState``).
"""

from docinspect.training.adaptive import practice_exercise
from docinspect.training.answers import (
    Answer,
    BoxAnswer,
    ChoiceAnswer,
    PointAnswer,
    TimeOut,
    VerdictAnswer,
    answer_from_json,
    answer_to_json,
)
from docinspect.training.attempt import AttemptRecord, make_attempt
from docinspect.training.feedback import Feedback, explain
from docinspect.training.items import Item, ItemError, Resolver, resolve_item
from docinspect.training.quiz import (
    IllegalTransition,
    Phase,
    Quiz,
    Results,
    question_order,
    results_of,
)
from docinspect.training.scoring import Mark, Outcome, click_hits, iou, score_answer
from docinspect.training.skills import (
    SkillKey,
    SkillKind,
    SkillSchedule,
    SkillState,
    due_skills,
    skills_of,
)
from docinspect.training.specimens import Located, SpecimenSupply, generate_specimen
from docinspect.training.staircase import TARGET_SUCCESS, Staircase

__all__ = [
    "TARGET_SUCCESS",
    "Answer",
    "AttemptRecord",
    "BoxAnswer",
    "ChoiceAnswer",
    "Feedback",
    "IllegalTransition",
    "Item",
    "Located",
    "ItemError",
    "Mark",
    "Outcome",
    "Phase",
    "PointAnswer",
    "Quiz",
    "Resolver",
    "Results",
    "SkillKey",
    "SkillKind",
    "SkillSchedule",
    "SkillState",
    "SpecimenSupply",
    "Staircase",
    "TimeOut",
    "VerdictAnswer",
    "answer_from_json",
    "answer_to_json",
    "click_hits",
    "due_skills",
    "explain",
    "generate_specimen",
    "iou",
    "make_attempt",
    "practice_exercise",
    "question_order",
    "resolve_item",
    "results_of",
    "score_answer",
    "skills_of",
]
