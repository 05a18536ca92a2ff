"""Alembic environment of the classroom tables: run only through docinspect.classroom.

The chain is separate from the store's (its own version table), because the classroom is a
layer above the store: a database used by one seat never gets classroom tables.
"""

from __future__ import annotations

from alembic import context

from docinspect.classroom.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run classroom migrations through docinspect.classroom.open_classroom(url)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table="classroom_alembic_version",
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
