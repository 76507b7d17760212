"""Documents: template versions, number sequences, issued documents with their PDFs.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_templates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.PrimaryKeyConstraint("id", name="pk_document_templates"),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name="fk_document_templates_created_by_accounts"
        ),
        sa.UniqueConstraint("kind", "version", name="uq_document_templates_kind"),
    )
    op.create_table(
        "document_sequences",
        sa.Column("prefix", sa.String(20), nullable=False),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("last_number", sa.Integer, nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("prefix", "fiscal_year", name="pk_document_sequences"),
    )
    op.create_table(
        "issued_documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("number", sa.String(60), nullable=False, server_default=""),
        sa.Column("prefix", sa.String(20), nullable=False, server_default=""),
        sa.Column("fiscal_year", sa.Integer, nullable=True),
        sa.Column("sequence", sa.Integer, nullable=True),
        sa.Column("record_type", sa.String(60), nullable=False, server_default=""),
        sa.Column("record_id", sa.String(60), nullable=False, server_default=""),
        sa.Column("template_version", sa.Integer, nullable=True),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("issued_by", sa.Integer, nullable=True),
        sa.Column("substitution_note", sa.Text, nullable=False, server_default=""),
        sa.Column("pdf", sa.LargeBinary, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_issued_documents"),
        sa.ForeignKeyConstraint(
            ["issued_by"], ["accounts.id"], name="fk_issued_documents_issued_by_accounts"
        ),
        sa.UniqueConstraint("prefix", "fiscal_year", "sequence", name="uq_issued_documents_prefix"),
    )
    op.create_index("ix_issued_documents_record", "issued_documents", ["record_type", "record_id"])


def downgrade() -> None:
    op.drop_index("ix_issued_documents_record", table_name="issued_documents")
    for table in ("issued_documents", "document_sequences", "document_templates"):
        op.drop_table(table)
