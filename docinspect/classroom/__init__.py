"""The classroom: roles and accounts, cohorts, assignments, results bundles, sealed answer keys.

A layer above the store (DESIGN.md §4): it opens the same database, shared by a class on
PostgreSQL or kept by one seat in SQLite, and adds its own tables through its own migrations.

Names are imported from their modules when first used (``docinspect.lazy_exports``): the
library window needs ``Action`` at launch, not the database layer behind the rest.
"""

from docinspect.lazy_exports import lazy_exports

_EXPORTS = {
    "access": ("Action", "Login", "NotAllowed", "Role"),
    "answer_keys": ("AnswerKeyError", "open_answer_key", "seal_exam_pack"),
    "bundles": ("BundleError", "ImportReport", "export_bundle", "import_bundle"),
    "classroom": (
        "Assignment",
        "Classroom",
        "Cohort",
        "TraineeProgress",
        "classroom_head_revision",
        "open_classroom",
    ),
    "exams": ("ExamScoreReport", "score_exam", "unsealed_pack"),
    "passwords": ("hash_password", "verify_password"),
    "seat": ("SeatStore", "open_seat", "push_results"),
    "seat_roles": ("SeatGrant", "SeatRoleError"),
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = [name for names in _EXPORTS.values() for name in names]
