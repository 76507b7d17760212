"""Outsourcing contractors: contractors and the register entries they handle, certifications,
deletion certificates, versioned checklists, reviews with answers, and follow-ups. The
register's outsourcing recipients (free text until now) become one contractor per distinct
name, linked to their entries; likely duplicates are offered for merging in the app.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contractors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("representative", sa.String(length=300), nullable=False),
        sa.Column("contact_person", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("contract_start", sa.Date(), nullable=True),
        sa.Column("contract_end", sa.Date(), nullable=True),
        sa.Column("clauses", sa.Text(), nullable=False),
        sa.Column("principal_id", sa.Integer(), nullable=True),
        sa.Column("subcontract_approved_on", sa.Date(), nullable=True),
        sa.Column("abroad", sa.Boolean(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("abroad_info", sa.Text(), nullable=False),
        sa.Column("abroad_basis", sa.String(length=30), nullable=False),
        sa.Column("review_months", sa.Integer(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("data_disposal", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["principal_id"],
            ["contractors.id"],
            name=op.f("fk_contractors_principal_id_contractors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractors")),
    )
    with op.batch_alter_table("contractors", schema=None) as batch_op:
        batch_op.create_index("ix_contractors_principal", ["principal_id"], unique=False)

    op.create_table(
        "certifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_certifications_contractor_id_contractors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certifications")),
    )
    with op.batch_alter_table("certifications", schema=None) as batch_op:
        batch_op.create_index("ix_certifications_contractor", ["contractor_id"], unique=False)

    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("shipped_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_checklist_templates_created_by_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint("kind", "version", name="uq_checklist_templates_kind"),
    )
    op.create_table(
        "contractor_entries",
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_contractor_entries_contractor_id_contractors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_contractor_entries_entry_id_register_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contractor_id", "entry_id", name=op.f("pk_contractor_entries")),
    )
    with op.batch_alter_table("contractor_entries", schema=None) as batch_op:
        batch_op.create_index("ix_contractor_entries_entry", ["entry_id"], unique=False)

    op.create_table(
        "deletion_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("covers", sa.Text(), nullable=False),
        sa.Column("kept_where", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_deletion_certificates_contractor_id_contractors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletion_certificates")),
    )
    with op.batch_alter_table("deletion_certificates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deletion_certificates_contractor", ["contractor_id"], unique=False
        )

    op.create_table(
        "checklist_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklist_questions_template_id_checklist_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_questions")),
    )
    with op.batch_alter_table("checklist_questions", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_questions_template", ["template_id"], unique=False)

    op.create_table(
        "contractor_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=20), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_contractor_reviews_contractor_id_contractors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["accounts.id"],
            name=op.f("fk_contractor_reviews_reviewer_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_contractor_reviews_template_id_checklist_templates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractor_reviews")),
    )
    with op.batch_alter_table("contractor_reviews", schema=None) as batch_op:
        batch_op.create_index("ix_contractor_reviews_contractor", ["contractor_id"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["contractors.id"],
            name=op.f("fk_follow_ups_contractor_id_contractors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["contractor_reviews.id"],
            name=op.f("fk_follow_ups_review_id_contractor_reviews"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index("ix_follow_ups_contractor", ["contractor_id"], unique=False)

    op.create_table(
        "review_answers",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["checklist_questions.id"],
            name=op.f("fk_review_answers_question_id_checklist_questions"),
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["contractor_reviews.id"],
            name=op.f("fk_review_answers_review_id_contractor_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "question_id", name=op.f("pk_review_answers")),
    )
    _contractors_from_register()


def _contractors_from_register() -> None:
    """One contractor per distinct outsourcing recipient the register names, linked to the
    entries that name it. Names are taken as written: similar names are merged in the app."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT entry_id, recipient, items, abroad, country FROM entry_provisions"
            " WHERE basis = 'outsourcing' ORDER BY id"
        )
    ).all()
    made: dict[str, int] = {}
    for entry_id, recipient, items, abroad, country in rows:
        name = (recipient or "").strip()
        if not name:
            continue
        if name not in made:
            made[name] = conn.execute(
                sa.text(
                    "INSERT INTO contractors (name, postal_code, address, representative,"
                    " contact_person, phone, email, services, status, clauses,"
                    " abroad, country, abroad_info, abroad_basis, review_months, data_disposal,"
                    " notes, created_at, updated_at) VALUES (:name, '', '', '', '', '', '', :items,"
                    " 'active', '[]', :abroad, :country, '', '', 12, '',"
                    " '台帳の委託先から作成', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {
                    "name": name,
                    "items": items or "",
                    "abroad": bool(abroad),
                    "country": country or "",
                },
            ).lastrowid
        conn.execute(
            sa.text(
                "INSERT OR IGNORE INTO contractor_entries (contractor_id, entry_id, items)"
                " VALUES (:c, :e, :items)"
            ),
            {"c": made[name], "e": entry_id, "items": items or ""},
        )


def downgrade() -> None:
    op.drop_table("review_answers")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_contractor")

    op.drop_table("follow_ups")
    with op.batch_alter_table("contractor_reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_contractor_reviews_contractor")

    op.drop_table("contractor_reviews")
    with op.batch_alter_table("checklist_questions", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_questions_template")

    op.drop_table("checklist_questions")
    with op.batch_alter_table("deletion_certificates", schema=None) as batch_op:
        batch_op.drop_index("ix_deletion_certificates_contractor")

    op.drop_table("deletion_certificates")
    with op.batch_alter_table("contractor_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_contractor_entries_entry")

    op.drop_table("contractor_entries")
    op.drop_table("checklist_templates")
    with op.batch_alter_table("certifications", schema=None) as batch_op:
        batch_op.drop_index("ix_certifications_contractor")

    op.drop_table("certifications")
    with op.batch_alter_table("contractors", schema=None) as batch_op:
        batch_op.drop_index("ix_contractors_principal")

    op.drop_table("contractors")
