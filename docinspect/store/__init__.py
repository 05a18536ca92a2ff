"""Persistence (SQLAlchemy 2 Core + Alembic): SQLite by default, PostgreSQL for a classroom.

``open_store(url)`` upgrades the database to the newest schema and returns a ``Store``; every
Store method uses its own connection and transaction, so a worker thread can call it.

Names are imported when first used (``docinspect.lazy_exports``): SQLAlchemy and Alembic take
most of a second to import, which the app's launch no longer waits for.
"""

from docinspect.lazy_exports import lazy_exports

_EXPORTS = {
    "store": (
        "ExerciseSession",
        "ResumePoint",
        "Store",
        "StoreError",
        "Trainee",
        "head_revision",
        "open_store",
    ),
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = [name for names in _EXPORTS.values() for name in names]
