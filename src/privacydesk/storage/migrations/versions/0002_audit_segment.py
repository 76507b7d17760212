"""Audit log segments: after an acknowledged break the chain goes on as a new segment.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A full rebuild (as most SQLite changes need) drops audit_log's triggers: migrate.py
    # re-creates every trigger after each upgrade, and tests/storage/test_migrate.py proves it.
    with op.batch_alter_table("audit_log", recreate="always") as batch:
        batch.add_column(sa.Column("segment", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("segment")
