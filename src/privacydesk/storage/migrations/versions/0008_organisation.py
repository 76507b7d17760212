"""The organisation's own compliance: tagged notice passages and their links to the register,
staff with pledges and training, the security-measures self-check, internal audits with
findings, and corrective actions.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "internal_audits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("auditor", sa.String(length=300), nullable=False),
        sa.Column("auditor_kind", sa.String(length=20), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_internal_audits")),
    )
    op.create_table(
        "trainings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("material", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainings")),
    )
    op.create_table(
        "audit_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["internal_audits.id"],
            name=op.f("fk_audit_findings_audit_id_internal_audits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_findings")),
    )
    with op.batch_alter_table("audit_findings", schema=None) as batch_op:
        batch_op.create_index("ix_audit_findings_audit", ["audit_id"], unique=False)

    op.create_table(
        "notice_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=400), nullable=False),
        sa.Column("passage_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_notice_links_created_by_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_links")),
        sa.UniqueConstraint("item_key", "passage_key", name="uq_notice_links_item_key"),
    )
    op.create_table(
        "staff_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_staff_members_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_members")),
    )
    op.create_table(
        "corrective_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_type", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["audit_findings.id"],
            name=op.f("fk_corrective_actions_finding_id_audit_findings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrective_actions")),
    )
    with op.batch_alter_table("corrective_actions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_corrective_actions_source", ["source_type", "source_id"], unique=False
        )

    op.create_table(
        "notice_passages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_version_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_version_id"],
            ["notice_versions.id"],
            name=op.f("fk_notice_passages_notice_version_id_notice_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_passages")),
    )
    with op.batch_alter_table("notice_passages", schema=None) as batch_op:
        batch_op.create_index("ix_notice_passages_version", ["notice_version_id"], unique=False)

    op.create_table(
        "pledges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("version", sa.String(length=60), nullable=False),
        sa.Column("kept_where", sa.Text(), nullable=False),
        sa.Column("continues_after_leaving", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_members.id"],
            name=op.f("fk_pledges_staff_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledges")),
    )
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.create_index("ix_pledges_staff", ["staff_id"], unique=False)

    op.create_table(
        "self_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["accounts.id"], name=op.f("fk_self_checks_reviewer_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_self_checks_template_id_checklist_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_checks")),
    )
    op.create_table(
        "training_attendance",
        sa.Column("training_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("understanding_checked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_members.id"],
            name=op.f("fk_training_attendance_staff_id_staff_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["training_id"],
            ["trainings.id"],
            name=op.f("fk_training_attendance_training_id_trainings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("training_id", "staff_id", name=op.f("pk_training_attendance")),
    )
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index("ix_training_attendance_staff", ["staff_id"], unique=False)

    op.create_table(
        "self_check_answers",
        sa.Column("self_check_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("prefilled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["checklist_questions.id"],
            name=op.f("fk_self_check_answers_question_id_checklist_questions"),
        ),
        sa.ForeignKeyConstraint(
            ["self_check_id"],
            ["self_checks.id"],
            name=op.f("fk_self_check_answers_self_check_id_self_checks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("self_check_id", "question_id", name=op.f("pk_self_check_answers")),
    )


def downgrade() -> None:
    op.drop_table("self_check_answers")
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_training_attendance_staff")

    op.drop_table("training_attendance")
    op.drop_table("self_checks")
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.drop_index("ix_pledges_staff")

    op.drop_table("pledges")
    with op.batch_alter_table("notice_passages", schema=None) as batch_op:
        batch_op.drop_index("ix_notice_passages_version")

    op.drop_table("notice_passages")
    with op.batch_alter_table("corrective_actions", schema=None) as batch_op:
        batch_op.drop_index("ix_corrective_actions_source")

    op.drop_table("corrective_actions")
    op.drop_table("staff_members")
    op.drop_table("notice_links")
    with op.batch_alter_table("audit_findings", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_findings_audit")

    op.drop_table("audit_findings")
    op.drop_table("trainings")
    op.drop_table("internal_audits")
