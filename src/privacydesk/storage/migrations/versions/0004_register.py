"""The register: notice versions, purposes, entries and their items, purposes and
provisions, reviews, field history, data subjects and their search table, consents,
records of provision and receipt, and holds.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "purposes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("subject_group", sa.String(length=40), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purposes")),
    )
    op.create_table(
        "register_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("subject_category", sa.String(length=200), nullable=False),
        sa.Column("sensitive_kinds", sa.Text(), nullable=False),
        sa.Column("sensitive_exception", sa.Text(), nullable=False),
        sa.Column("acquisition_direct", sa.Boolean(), nullable=False),
        sa.Column("acquisition_source", sa.Text(), nullable=False),
        sa.Column("acquisition_method", sa.Text(), nullable=False),
        sa.Column("purpose_notified_how", sa.Text(), nullable=False),
        sa.Column("medium", sa.String(length=20), nullable=False),
        sa.Column("storage_location", sa.Text(), nullable=False),
        sa.Column("cloud_service", sa.String(length=200), nullable=False),
        sa.Column("cloud_country", sa.String(length=100), nullable=False),
        sa.Column("access", sa.Text(), nullable=False),
        sa.Column("retention_text", sa.Text(), nullable=False),
        sa.Column("retention_months", sa.Integer(), nullable=True),
        sa.Column("disposal_method", sa.Text(), nullable=False),
        sa.Column("retained_personal_data", sa.Boolean(), nullable=False),
        sa.Column("transfer_abroad", sa.Boolean(), nullable=False),
        sa.Column("transfer_country", sa.String(length=100), nullable=False),
        sa.Column("transfer_basis", sa.Text(), nullable=False),
        sa.Column("transfer_info_given", sa.Text(), nullable=False),
        sa.Column("estimated_persons", sa.Integer(), nullable=True),
        sa.Column("is_website", sa.Boolean(), nullable=False),
        sa.Column("tracking_tool", sa.Text(), nullable=False),
        sa.Column("tracking_provider", sa.Text(), nullable=False),
        sa.Column("tracking_collects", sa.Text(), nullable=False),
        sa.Column("tracking_opt_out", sa.Text(), nullable=False),
        sa.Column("tracking_recipient_identifies", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("app_own", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("last_reviewed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entries")),
    )
    op.create_table(
        "subject_search",
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("sort_key", sa.Text(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("subject_id", name=op.f("pk_subject_search")),
    )
    with op.batch_alter_table("subject_search", schema=None) as batch_op:
        batch_op.create_index("ix_subject_search_sort", ["sort_key", "folded"], unique=False)

    op.create_table(
        "subjects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_number", sa.String(length=60), nullable=False),
        sa.Column("legal_name", sa.String(length=300), nullable=False),
        sa.Column("reading", sa.String(length=300), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("representative_name", sa.String(length=300), nullable=False),
        sa.Column("representative_relation", sa.String(length=100), nullable=False),
        sa.Column("representative_contact", sa.Text(), nullable=False),
        sa.Column("protected", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deidentified", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subjects")),
    )
    with op.batch_alter_table("subjects", schema=None) as batch_op:
        batch_op.create_index("ix_subjects_member_number", ["member_number"], unique=False)
        batch_op.create_index("ix_subjects_name_birth", ["legal_name", "birth_date"], unique=False)

    op.create_table(
        "entry_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("sensitive_kind", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_entry_items_entry_id_register_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_items")),
    )
    with op.batch_alter_table("entry_items", schema=None) as batch_op:
        batch_op.create_index("ix_entry_items_entry", ["entry_id"], unique=False)

    op.create_table(
        "entry_provisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("basis", sa.String(length=30), nullable=False),
        sa.Column("abroad", sa.Boolean(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("opt_out_filing", sa.Text(), nullable=False),
        sa.Column("joint_use_notice", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_entry_provisions_entry_id_register_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_provisions")),
    )
    with op.batch_alter_table("entry_provisions", schema=None) as batch_op:
        batch_op.create_index("ix_entry_provisions_entry", ["entry_id"], unique=False)

    op.create_table(
        "entry_purposes",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_entry_purposes_entry_id_register_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_entry_purposes_purpose_id_purposes")
        ),
        sa.PrimaryKeyConstraint("entry_id", "purpose_id", name=op.f("pk_entry_purposes")),
    )
    op.create_table(
        "holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.Column("released_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["released_by"], ["accounts.id"], name=op.f("fk_holds_released_by_accounts")
        ),
        sa.ForeignKeyConstraint(["set_by"], ["accounts.id"], name=op.f("fk_holds_set_by_accounts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
    )
    with op.batch_alter_table("holds", schema=None) as batch_op:
        batch_op.create_index("ix_holds_target", ["target_type", "target_id"], unique=False)

    op.create_table(
        "notice_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("published_where", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_notice_versions_created_by_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_versions")),
    )
    op.create_table(
        "provision_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("provided_on", sa.Date(), nullable=False),
        sa.Column("last_provision_on", sa.Date(), nullable=True),
        sa.Column("record_form", sa.String(length=10), nullable=False),
        sa.Column("counterparty", sa.String(length=300), nullable=False),
        sa.Column("counterparty_address", sa.Text(), nullable=False),
        sa.Column("counterparty_representative", sa.String(length=300), nullable=False),
        sa.Column("how_acquired", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("basis", sa.String(length=30), nullable=False),
        sa.Column("consent_note", sa.Text(), nullable=False),
        sa.Column("abroad", sa.Boolean(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["accounts.id"], name=op.f("fk_provision_records_created_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_provision_records_entry_id_register_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provision_records")),
    )
    with op.batch_alter_table("provision_records", schema=None) as batch_op:
        batch_op.create_index("ix_provision_records_keep_until", ["keep_until"], unique=False)

    op.create_table(
        "purpose_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.Column("new_text", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("notified_how", sa.Text(), nullable=False),
        sa.Column("beyond_related", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["accounts.id"], name=op.f("fk_purpose_changes_changed_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_purpose_changes_purpose_id_purposes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purpose_changes")),
    )
    op.create_table(
        "record_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["accounts.id"], name=op.f("fk_record_history_changed_by_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_history")),
    )
    with op.batch_alter_table("record_history", schema=None) as batch_op:
        batch_op.create_index(
            "ix_record_history_record", ["record_type", "record_id"], unique=False
        )

    op.create_table(
        "register_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("signed_off_by", sa.Integer(), nullable=True),
        sa.Column("signed_off_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_register_reviews_entry_id_register_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"], ["accounts.id"], name=op.f("fk_register_reviews_reviewed_by_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["signed_off_by"],
            ["accounts.id"],
            name=op.f("fk_register_reviews_signed_off_by_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_reviews")),
    )
    op.create_table(
        "subject_entries",
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name=op.f("fk_subject_entries_entry_id_register_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_subject_entries_subject_id_subjects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subject_id", "entry_id", name=op.f("pk_subject_entries")),
    )
    with op.batch_alter_table("subject_entries", schema=None) as batch_op:
        batch_op.create_index("ix_subject_entries_entry", ["entry_id"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=30), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=True),
        sa.Column("provision_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("notice_version_id", sa.Integer(), nullable=True),
        sa.Column("form_name", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("evidence_ref", sa.String(length=200), nullable=False),
        sa.Column("evidence_location", sa.Text(), nullable=False),
        sa.Column("given_by", sa.String(length=20), nullable=False),
        sa.Column("representative_name", sa.String(length=300), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawal_method", sa.String(length=20), nullable=False),
        sa.Column("withdrawal_followup", sa.Text(), nullable=False),
        sa.Column("renewal_needed_since", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_version_id"],
            ["notice_versions.id"],
            name=op.f("fk_consents_notice_version_id_notice_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["provision_id"],
            ["entry_provisions.id"],
            name=op.f("fk_consents_provision_id_entry_provisions"),
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_consents_purpose_id_purposes")
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_consents_subject_id_subjects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index("ix_consents_purpose", ["purpose_id"], unique=False)
        batch_op.create_index("ix_consents_subject", ["subject_id"], unique=False)

    op.create_table(
        "provision_subjects",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["provision_records.id"],
            name=op.f("fk_provision_subjects_record_id_provision_records"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_provision_subjects_subject_id_subjects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", "subject_id", name=op.f("pk_provision_subjects")),
    )
    with op.batch_alter_table("provision_subjects", schema=None) as batch_op:
        batch_op.create_index("ix_provision_subjects_subject", ["subject_id"], unique=False)

    op.create_table(
        "subject_sensitive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("exception", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consents.id"], name=op.f("fk_subject_sensitive_consent_id_consents")
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_subject_sensitive_subject_id_subjects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_sensitive")),
    )
    with op.batch_alter_table("subject_sensitive", schema=None) as batch_op:
        batch_op.create_index("ix_subject_sensitive_subject", ["subject_id"], unique=False)
    _insert_app_entry()


# The app itself holds personal data: its own register entry, for the office to complete.
APP_ITEMS = (
    "氏名",
    "フリガナ",
    "通称名",
    "生年月日",
    "住所",
    "電話番号",
    "メールアドレス",
    "会員番号",
    "同意の記録",
    "第三者提供の記録",
    "開示等の請求の記録",
    "苦情の記録",
    "漏えい等事案の記録",
)


def _insert_app_entry() -> None:
    text_fields = (
        "department",
        "responsible",
        "sensitive_exception",
        "acquisition_source",
        "purpose_notified_how",
        "cloud_service",
        "cloud_country",
        "transfer_country",
        "transfer_basis",
        "transfer_info_given",
        "tracking_tool",
        "tracking_provider",
        "tracking_collects",
        "tracking_opt_out",
    )
    values = {
        **dict.fromkeys(text_fields, ""),
        "id": 1,
        "name": "privacydesk（個人情報管理アプリ）の記録",
        "subject_category": "同意・第三者提供・開示等の請求・苦情・漏えい等の記録の対象となる本人",
        "sensitive_kinds": "[]",
        "acquisition_direct": True,
        "acquisition_method": "本人または代理人からの書面・窓口・メール等",
        "medium": "electronic",
        "storage_location": "事務局のパソコン（暗号化したデータベース）",
        "access": "privacydesk の職員アカウントを持つ者（役割による）",
        "retention_text": "記録の種類ごとの保存期間による",
        "disposal_method": "データベースから削除",
        "retained_personal_data": True,
        "transfer_abroad": False,
        "is_website": False,
        "tracking_recipient_identifies": False,
        "active": True,
        "app_own": True,
    }
    entries = sa.table(
        "register_entries",
        *(sa.column(name) for name in values),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )
    now = sa.func.current_timestamp()
    op.execute(entries.insert().values(**values, created_at=now, updated_at=now))
    items = sa.table(
        "entry_items",
        sa.column("entry_id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("sensitive", sa.Boolean),
        sa.column("sensitive_kind", sa.String),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        items,
        [
            {"entry_id": 1, "name": name, "sensitive": False, "sensitive_kind": "", "position": i}
            for i, name in enumerate(APP_ITEMS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("subject_sensitive", schema=None) as batch_op:
        batch_op.drop_index("ix_subject_sensitive_subject")

    op.drop_table("subject_sensitive")
    with op.batch_alter_table("provision_subjects", schema=None) as batch_op:
        batch_op.drop_index("ix_provision_subjects_subject")

    op.drop_table("provision_subjects")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index("ix_consents_subject")
        batch_op.drop_index("ix_consents_purpose")

    op.drop_table("consents")
    with op.batch_alter_table("subject_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_subject_entries_entry")

    op.drop_table("subject_entries")
    op.drop_table("register_reviews")
    with op.batch_alter_table("record_history", schema=None) as batch_op:
        batch_op.drop_index("ix_record_history_record")

    op.drop_table("record_history")
    op.drop_table("purpose_changes")
    with op.batch_alter_table("provision_records", schema=None) as batch_op:
        batch_op.drop_index("ix_provision_records_keep_until")

    op.drop_table("provision_records")
    op.drop_table("notice_versions")
    with op.batch_alter_table("holds", schema=None) as batch_op:
        batch_op.drop_index("ix_holds_target")

    op.drop_table("holds")
    op.drop_table("entry_purposes")
    with op.batch_alter_table("entry_provisions", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_provisions_entry")

    op.drop_table("entry_provisions")
    with op.batch_alter_table("entry_items", schema=None) as batch_op:
        batch_op.drop_index("ix_entry_items_entry")

    op.drop_table("entry_items")
    with op.batch_alter_table("subjects", schema=None) as batch_op:
        batch_op.drop_index("ix_subjects_name_birth")
        batch_op.drop_index("ix_subjects_member_number")

    op.drop_table("subjects")
    with op.batch_alter_table("subject_search", schema=None) as batch_op:
        batch_op.drop_index("ix_subject_search_sort")

    op.drop_table("subject_search")
    op.drop_table("register_entries")
    op.drop_table("purposes")
