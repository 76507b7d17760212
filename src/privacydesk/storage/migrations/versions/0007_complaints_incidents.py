"""Complaints (with what they concern and their actions) and leak incidents (with the entries
affected).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("complainant", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("target_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reply_content", sa.Text(), nullable=False),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("reply_method", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_complaints_created_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["accounts.id"], name=op.f("fk_complaints_handler_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_complaints_subject_id_subjects"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index("ix_complaints_status", ["status"], unique=False)

    op.create_table(
        "complaint_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_actions_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_complaint_actions_created_by_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_actions")),
    )
    with op.batch_alter_table("complaint_actions", schema=None) as batch_op:
        batch_op.create_index("ix_complaint_actions_complaint", ["complaint_id"], unique=False)

    op.create_table(
        "complaint_links",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("link_type", sa.String(length=20), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_links_complaint_id_complaints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "complaint_id", "link_type", "link_id", name=op.f("pk_complaint_links")
        ),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("possible", sa.Boolean(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("known_on", sa.Date(), nullable=False),
        sa.Column("office_told_on", sa.Date(), nullable=True),
        sa.Column("found_by", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=True),
        sa.Column("persons_estimated", sa.Boolean(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("financial", sa.Boolean(), nullable=False),
        sa.Column("wrongful", sa.Boolean(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("containment", sa.Text(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("secondary_harm", sa.Text(), nullable=False),
        sa.Column("prevention", sa.Text(), nullable=False),
        sa.Column("response_to_persons", sa.Text(), nullable=False),
        sa.Column("public_announcement", sa.Text(), nullable=False),
        sa.Column("other", sa.Text(), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=True),
        sa.Column("mailing_id", sa.Integer(), nullable=True),
        sa.Column("preliminary_on", sa.Date(), nullable=True),
        sa.Column("final_on", sa.Date(), nullable=True),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("notice_method", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_incidents_contractor_id_contractors"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_incidents_created_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["mailing_id"],
            ["mailings.id"],
            name=op.f("fk_incidents_mailing_id_mailings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_table(
        "incident_entries",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_incident_entries_entry_id_register_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_entries_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "entry_id", name=op.f("pk_incident_entries")),
    )


def downgrade() -> None:
    op.drop_table("incident_entries")
    op.drop_table("incidents")
    op.drop_table("complaint_links")
    with op.batch_alter_table("complaint_actions", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_actions_complaint")

    op.drop_table("complaint_actions")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index("ix_complaints_status")

    op.drop_table("complaints")
