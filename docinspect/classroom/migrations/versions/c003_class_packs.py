"""Class packs: the packs whose exercises a class is given, kept in the class database.

A seat fetches the pack of an assigned exercise from here (docs/decisions/
0019-exercises-from-packs.md), so an instructor's own exercise reaches every seat that can
reach the server, with no shared folder to set up. Not secret from the class (a seat reads
it, as it reads assignments); seat roles made before this revision are granted SELECT here,
later ones by grant-seat.

Revision ID: c003
Revises: c002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c003"
down_revision = "c002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "classroom_packs",
        sa.Column("pack_id", sa.String(64), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("exercises", sa.JSON, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pack_id", name="pk_classroom_packs"),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    bind = op.get_bind()
    q = bind.dialect.identifier_preparer.quote
    for (role,) in bind.execute(sa.text("SELECT role_name FROM classroom_seat_roles")):
        exists = bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is not None:
            op.execute(f"GRANT SELECT ON classroom_packs TO {q(role)}")


def downgrade() -> None:
    op.drop_table("classroom_packs")
