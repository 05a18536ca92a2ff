"""The classroom: roles and accounts, cohorts, assignments, results bundles, sealed answer keys.

A layer above the store (DESIGN.md §4): it opens the same database, shared by a class on
PostgreSQL or kept by one seat in SQLite, and adds its own tables through its own migrations.
"""

from docinspect.classroom.access import Action, Login, NotAllowed, Role
from docinspect.classroom.answer_keys import (
    AnswerKeyError,
    open_answer_key,
    seal_exam_pack,
)
from docinspect.classroom.bundles import BundleError, ImportReport, export_bundle, import_bundle
from docinspect.classroom.classroom import (
    Assignment,
    Classroom,
    Cohort,
    TraineeProgress,
    classroom_head_revision,
    open_classroom,
)
from docinspect.classroom.exams import ExamScoreReport, score_exam, unsealed_pack
from docinspect.classroom.passwords import hash_password, verify_password
from docinspect.classroom.seat import SeatStore, open_seat, push_results
from docinspect.classroom.seat_roles import SeatGrant, SeatRoleError

__all__ = [
    "SeatGrant",
    "SeatRoleError",
    "SeatStore",
    "open_seat",
    "push_results",
    "Action",
    "AnswerKeyError",
    "open_answer_key",
    "seal_exam_pack",
    "ExamScoreReport",
    "score_exam",
    "unsealed_pack",
    "Assignment",
    "BundleError",
    "Classroom",
    "Cohort",
    "ImportReport",
    "Login",
    "NotAllowed",
    "Role",
    "TraineeProgress",
    "classroom_head_revision",
    "export_bundle",
    "hash_password",
    "import_bundle",
    "open_classroom",
    "verify_password",
]
