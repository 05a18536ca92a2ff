"""Training: exercises as quizzes, scoring, feedback, and scheduling of skills.

No I/O except reading exercise files (``exercise_files``); no Qt. The store saves what this
layer produces (``AttemptRecord``, ``SkillState``).

Names are imported from their modules when first used (``docinspect.lazy_exports``): asking
for an attempt record does not load the scheduler (fsrs) or the pack reader.
"""

from docinspect.lazy_exports import lazy_exports

_EXPORTS = {
    "adaptive": ("practice_exercise",),
    "answers": (
        "Answer",
        "BoxAnswer",
        "ChoiceAnswer",
        "PointAnswer",
        "TimeOut",
        "VerdictAnswer",
        "answer_from_json",
        "answer_to_json",
    ),
    "attempt": ("AttemptRecord", "make_attempt"),
    "feedback": ("Feedback", "explain"),
    "items": ("Item", "ItemError", "Resolver", "resolve_item"),
    "quiz": ("IllegalTransition", "Phase", "Quiz", "Results", "question_order", "results_of"),
    "scoring": ("Mark", "Outcome", "click_hits", "iou", "score_answer"),
    "skills": (
        "SkillKey",
        "SkillKind",
        "SkillSchedule",
        "SkillState",
        "due_skills",
        "skills_of",
    ),
    "specimens": ("Located", "SpecimenSupply", "generate_specimen"),
    "staircase": ("TARGET_SUCCESS", "Staircase"),
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = [name for names in _EXPORTS.values() for name in names]
