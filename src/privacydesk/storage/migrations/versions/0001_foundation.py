"""Foundation: accounts, audit log and its head, settings, profile, backups.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("username_key", sa.String(100), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("disabled_at", sa.DateTime, nullable=True),
        sa.Column("password_changed_at", sa.DateTime, nullable=True),
        sa.Column("must_change_password", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("username_key", name="uq_accounts_username_key"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("ts", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(40), nullable=False),
        sa.Column("action", sa.String(80), nullable=False),
        sa.Column("record_type", sa.String(60), nullable=False, server_default=""),
        sa.Column("record_id", sa.String(60), nullable=False, server_default=""),
        sa.Column("summary", sa.Text, nullable=False, server_default="{}"),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_seq", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_hash", sa.String(64), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("postal_code", sa.String(20), nullable=False, server_default=""),
        sa.Column("address", sa.Text, nullable=False, server_default=""),
        sa.Column("representative", sa.String(200), nullable=False, server_default=""),
        sa.Column("manager_title", sa.String(200), nullable=False, server_default=""),
        sa.Column("manager_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("desk_department", sa.String(200), nullable=False, server_default=""),
        sa.Column("desk_phone", sa.String(40), nullable=False, server_default=""),
        sa.Column("desk_fax", sa.String(40), nullable=False, server_default=""),
        sa.Column("desk_email", sa.String(200), nullable=False, server_default=""),
        sa.Column("fee_yen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("payment_methods", sa.Text, nullable=False, server_default="[]"),
        sa.Column("retention_years", sa.Integer, nullable=False, server_default="5"),
        sa.Column("updated_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_profile"),
    )
    op.create_table(
        "backups",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("made_at", sa.DateTime, nullable=False),
        sa.Column("made_by", sa.Integer, nullable=True),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("verified", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("size_bytes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("audit_count", sa.Integer, nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_backups"),
        sa.ForeignKeyConstraint(["made_by"], ["accounts.id"], name="fk_backups_made_by_accounts"),
    )


def downgrade() -> None:
    for table in ("backups", "profile", "settings", "audit_head", "audit_log", "accounts"):
        op.drop_table(table)
