"""Alembic environment: migrations run only through docinspect.store.open_store.

open_store passes its open connection in ``config.attributes["connection"]``; there is no
alembic.ini and no logging set-up here (the app owns logging).
"""

from __future__ import annotations

from alembic import context

from docinspect.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through docinspect.store.open_store(url)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds tables when a migration needs it.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
