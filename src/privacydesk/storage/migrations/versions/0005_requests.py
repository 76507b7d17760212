"""Data-subject requests: requests, their types and decisions, the entries they cover,
identity documents received, clock stops, and the mailing log.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("person_name", sa.String(length=300), nullable=False),
        sa.Column("protected", sa.Boolean(), nullable=False),
        sa.Column("requester_kind", sa.String(length=20), nullable=False),
        sa.Column("agent_name", sa.String(length=300), nullable=False),
        sa.Column("agent_honorific", sa.String(length=10), nullable=False),
        sa.Column("agent_relation", sa.String(length=200), nullable=False),
        sa.Column("request_postal_code", sa.String(length=20), nullable=False),
        sa.Column("request_address", sa.Text(), nullable=False),
        sa.Column("confirmed_postal_code", sa.String(length=20), nullable=False),
        sa.Column("confirmed_address", sa.Text(), nullable=False),
        sa.Column("address_matches_register", sa.Boolean(), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("identity_status", sa.String(length=20), nullable=False),
        sa.Column("identity_missing", sa.Text(), nullable=False),
        sa.Column("identity_deadline", sa.Date(), nullable=True),
        sa.Column("identity_checked_by", sa.Integer(), nullable=True),
        sa.Column("identity_checked_at", sa.DateTime(), nullable=True),
        sa.Column("fee_due", sa.Integer(), nullable=False),
        sa.Column("fee_received", sa.Integer(), nullable=False),
        sa.Column("fee_received_on", sa.Date(), nullable=True),
        sa.Column("fee_method", sa.String(length=20), nullable=False),
        sa.Column("fee_deadline", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("decision_route", sa.String(length=20), nullable=False),
        sa.Column("route_reason", sa.Text(), nullable=False),
        sa.Column("delivery_method", sa.String(length=30), nullable=False),
        sa.Column("delivery_postal_code", sa.String(length=20), nullable=False),
        sa.Column("delivery_address", sa.Text(), nullable=False),
        sa.Column("refused_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=30), nullable=False),
        sa.Column("electronic_password", sa.LargeBinary(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["accounts.id"], name=op.f("fk_requests_approved_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_requests_created_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["identity_checked_by"],
            ["accounts.id"],
            name=op.f("fk_requests_identity_checked_by_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_requests_subject_id_subjects"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index("ix_requests_subject", ["subject_id"], unique=False)

    op.create_table(
        "mailings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("record_type", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("addressee", sa.String(length=300), nullable=False),
        sa.Column("method", sa.String(length=30), nullable=False),
        sa.Column("tracking_number", sa.String(length=60), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_mailings_created_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["issued_documents.id"],
            name=op.f("fk_mailings_document_id_issued_documents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailings")),
    )
    with op.batch_alter_table("mailings", schema=None) as batch_op:
        batch_op.create_index("ix_mailings_record", ["record_type", "record_id"], unique=False)

    op.create_table(
        "request_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("whose", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_documents_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_documents")),
    )
    with op.batch_alter_table("request_documents", schema=None) as batch_op:
        batch_op.create_index("ix_request_documents_request", ["request_id"], unique=False)

    op.create_table(
        "request_entries",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("extract_name", sa.String(length=200), nullable=False),
        sa.Column("extract_columns", sa.Text(), nullable=False),
        sa.Column("extract_rows", sa.Text(), nullable=False),
        sa.Column("enclosure", sa.Text(), nullable=False),
        sa.Column("withheld", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_request_entries_entry_id_register_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_entries_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", "entry_id", name=op.f("pk_request_entries")),
    )
    op.create_table(
        "request_stops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_stops_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_stops")),
    )
    with op.batch_alter_table("request_stops", schema=None) as batch_op:
        batch_op.create_index("ix_request_stops_request", ["request_id"], unique=False)

    op.create_table(
        "request_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("method_asked", sa.String(length=20), nullable=False),
        sa.Column("method_used", sa.String(length=20), nullable=False),
        sa.Column("method_reason", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("include_sensitive", sa.Boolean(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["accounts.id"], name=op.f("fk_request_types_decided_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_types_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_types")),
        sa.UniqueConstraint("request_id", "type", name="uq_request_types_request"),
    )


def downgrade() -> None:
    op.drop_table("request_types")
    with op.batch_alter_table("request_stops", schema=None) as batch_op:
        batch_op.drop_index("ix_request_stops_request")

    op.drop_table("request_stops")
    op.drop_table("request_entries")
    with op.batch_alter_table("request_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_request_documents_request")

    op.drop_table("request_documents")
    with op.batch_alter_table("mailings", schema=None) as batch_op:
        batch_op.drop_index("ix_mailings_record")

    op.drop_table("mailings")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index("ix_requests_subject")

    op.drop_table("requests")
