"""Real databases for the tests: a SQLite file, or a private schema on the PostgreSQL server.

PostgreSQL tests are marked ``postgres`` and fail — never skip — when the server at
127.0.0.1:5432 cannot be reached. The ``url`` fixture (tests/conftest.py) runs a test on both.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextmanager
def private_pg_schema(prefix: str = "c_") -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards."""
    schema = f"{prefix}{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
