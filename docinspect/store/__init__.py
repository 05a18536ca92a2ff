"""Persistence (SQLAlchemy 2 Core + Alembic): SQLite by default, PostgreSQL for a classroom.

``open_store(url)`` upgrades the database to the newest schema and returns a ``Store``; every
Store method uses its own connection and transaction, so a worker thread can call it.
"""

from docinspect.store.store import (
    ExerciseSession,
    ResumePoint,
    Store,
    StoreError,
    Trainee,
    head_revision,
    open_store,
)

__all__ = [
    "ExerciseSession",
    "ResumePoint",
    "Store",
    "StoreError",
    "Trainee",
    "head_revision",
    "open_store",
]
