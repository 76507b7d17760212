"""ORM models. Every schema change goes through a migration in storage/migrations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# A naming convention so that Alembic's batch mode can name and rebuild constraints on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Account(Base):
    """職員アカウント. A staff member who signs in; the key file holds their slot."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100))
    username_key: Mapped[str] = mapped_column(String(100), unique=True)  # NFKC, casefolded
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))  # manager | staff | viewer
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    disabled_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    """監査ログ. Append-only (triggers refuse UPDATE and DELETE); each row hashes the previous."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(32))  # UTC, ISO 8601 with microseconds
    actor: Mapped[str] = mapped_column(String(40))  # account id, or "system"
    action: Mapped[str] = mapped_column(String(80))
    record_type: Mapped[str] = mapped_column(String(60), default="")
    record_id: Mapped[str] = mapped_column(String(60), default="")
    summary: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON: ids, counts
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    segment: Mapped[int] = mapped_column(Integer, default=1)  # a new segment after a break


class AuditHead(Base):
    """Derived from audit_log by a trigger: the chain's head, read without a scan."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")


class Setting(Base):
    """One row per per-database setting; defaults live in domain.settings."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class Profile(Base):
    """組織情報. The organisation profile (one row) that letters and notices read."""

    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    representative: Mapped[str] = mapped_column(String(200), default="")
    manager_title: Mapped[str] = mapped_column(String(200), default="")
    manager_name: Mapped[str] = mapped_column(String(200), default="")
    desk_department: Mapped[str] = mapped_column(String(200), default="")
    desk_phone: Mapped[str] = mapped_column(String(40), default="")
    desk_fax: Mapped[str] = mapped_column(String(40), default="")
    desk_email: Mapped[str] = mapped_column(String(200), default="")
    fee_yen: Mapped[int] = mapped_column(Integer, default=0)
    payment_methods: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    retention_years: Mapped[int] = mapped_column(Integer, default=5)
    updated_at: Mapped[datetime | None]


class BackupRecord(Base):
    """A backup made (and verified) from this database."""

    __tablename__ = "backups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    made_at: Mapped[datetime]
    made_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    folder: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))  # manual | on_close | key_change
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    audit_count: Mapped[int] = mapped_column(Integer, default=0)


class DocumentTemplate(Base):
    """文書テンプレート. The office's wording of a document kind; each save is a new version."""

    __tablename__ = "document_templates"
    __table_args__ = (UniqueConstraint("kind", "version", name="uq_document_templates_kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DocumentSequence(Base):
    """The last number used, per prefix and fiscal year (e.g. 個保, 2026 -> 12)."""

    __tablename__ = "document_sequences"
    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class IssuedDocument(Base):
    """A document produced for a record: its number and the PDF itself (kept encrypted here)."""

    __tablename__ = "issued_documents"
    __table_args__ = (
        UniqueConstraint("prefix", "fiscal_year", "sequence", name="uq_issued_documents_prefix"),
        Index("ix_issued_documents_record", "record_type", "record_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    number: Mapped[str] = mapped_column(String(60), default="")  # "" for unnumbered forms
    prefix: Mapped[str] = mapped_column(String(20), default="")
    fiscal_year: Mapped[int | None]
    sequence: Mapped[int | None]
    record_type: Mapped[str] = mapped_column(String(60), default="")
    record_id: Mapped[str] = mapped_column(String(60), default="")
    template_version: Mapped[int | None]
    issued_at: Mapped[datetime]
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    substitution_note: Mapped[str] = mapped_column(Text, default="")  # e.g. 𠮷 printed as 吉
    pdf: Mapped[bytes | None]


# -- The register (個人情報取扱台帳) and what hangs on it --------------------------------------


class NoticeVersion(Base):
    """プライバシーポリシー. A published version of the privacy notice."""

    __tablename__ = "notice_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    effective_date: Mapped[date]
    published_where: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class Purpose(Base):
    """利用目的. A purpose of use as published, for one group of persons."""

    __tablename__ = "purposes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), default="")  # the notice's own label, e.g. a.
    text: Mapped[str] = mapped_column(Text)
    subject_group: Mapped[str] = mapped_column(String(40), default="")
    published_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class PurposeChange(Base):
    """A change of wording, kept with how persons were told; may require renewed consent."""

    __tablename__ = "purpose_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    old_text: Mapped[str] = mapped_column(Text)
    new_text: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime]
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    notified_on: Mapped[date | None]
    notified_how: Mapped[str] = mapped_column(Text, default="")  # 通知 / 公表 and where
    beyond_related: Mapped[bool] = mapped_column(Boolean, default=False)  # 要再同意


class RegisterEntry(Base):
    """個人情報取扱台帳の一件. What personal data is held, why, where, how long."""

    __tablename__ = "register_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200), default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    subject_category: Mapped[str] = mapped_column(String(200), default="")
    sensitive_kinds: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    sensitive_exception: Mapped[str] = mapped_column(Text, default="")  # 20②各号 where no consent
    acquisition_direct: Mapped[bool] = mapped_column(Boolean, default=True)
    acquisition_source: Mapped[str] = mapped_column(Text, default="")
    acquisition_method: Mapped[str] = mapped_column(Text, default="")
    purpose_notified_how: Mapped[str] = mapped_column(Text, default="")
    medium: Mapped[str] = mapped_column(String(20), default="electronic")  # paper|electronic|both
    storage_location: Mapped[str] = mapped_column(Text, default="")
    cloud_service: Mapped[str] = mapped_column(String(200), default="")
    cloud_country: Mapped[str] = mapped_column(String(100), default="")
    access: Mapped[str] = mapped_column(Text, default="")
    retention_text: Mapped[str] = mapped_column(Text, default="")
    retention_months: Mapped[int | None]  # for "past retention"; None: kept while needed
    disposal_method: Mapped[str] = mapped_column(Text, default="")
    retained_personal_data: Mapped[bool] = mapped_column(Boolean, default=True)  # 保有個人データ
    transfer_abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    transfer_country: Mapped[str] = mapped_column(String(100), default="")
    transfer_basis: Mapped[str] = mapped_column(Text, default="")
    transfer_info_given: Mapped[str] = mapped_column(Text, default="")
    estimated_persons: Mapped[int | None]
    is_website: Mapped[bool] = mapped_column(Boolean, default=False)
    tracking_tool: Mapped[str] = mapped_column(Text, default="")
    tracking_provider: Mapped[str] = mapped_column(Text, default="")
    tracking_collects: Mapped[str] = mapped_column(Text, default="")
    tracking_opt_out: Mapped[str] = mapped_column(Text, default="")
    tracking_recipient_identifies: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    retired_at: Mapped[datetime | None]
    app_own: Mapped[bool] = mapped_column(Boolean, default=False)  # privacydesk's own entry
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    last_reviewed_at: Mapped[datetime | None]


class EntryItem(Base):
    """A data item of a register entry (氏名, 住所, 在留資格 …), sensitive or not."""

    __tablename__ = "entry_items"
    __table_args__ = (Index("ix_entry_items_entry", "entry_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("register_entries.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive_kind: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class EntryPurpose(Base):
    __tablename__ = "entry_purposes"
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("register_entries.id", ondelete="CASCADE"), primary_key=True
    )
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"), primary_key=True)


class EntryProvision(Base):
    """Provision to a third party that an entry foresees (the recipient and its legal basis)."""

    __tablename__ = "entry_provisions"
    __table_args__ = (Index("ix_entry_provisions_entry", "entry_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("register_entries.id", ondelete="CASCADE"))
    recipient: Mapped[str] = mapped_column(String(300))  # free text until contractors link it
    items: Mapped[str] = mapped_column(Text, default="")
    # consent | legal_exception | outsourcing | joint_use | business_succession | opt_out
    basis: Mapped[str] = mapped_column(String(30))
    abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str] = mapped_column(String(100), default="")
    opt_out_filing: Mapped[str] = mapped_column(Text, default="")  # the Commission filing
    joint_use_notice: Mapped[str] = mapped_column(Text, default="")  # how 27⑤三 was made known


class RegisterReview(Base):
    """The yearly review of an entry: who, when, what changed; signed off by a manager."""

    __tablename__ = "register_reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("register_entries.id", ondelete="CASCADE"))
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    reviewed_at: Mapped[datetime]
    changes: Mapped[str] = mapped_column(Text, default="")
    signed_off_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    signed_off_at: Mapped[datetime | None]


class RecordHistory(Base):
    """Every change of a record's field: who, when, old and new (removed with the record)."""

    __tablename__ = "record_history"
    __table_args__ = (Index("ix_record_history_record", "record_type", "record_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    changed_at: Mapped[datetime]


class Subject(Base):
    """本人. Only what the office needs to identify and reach the person."""

    __tablename__ = "subjects"
    __table_args__ = (
        Index("ix_subjects_member_number", "member_number"),
        Index("ix_subjects_name_birth", "legal_name", "birth_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_number: Mapped[str] = mapped_column(String(60), default="")  # the source system's
    legal_name: Mapped[str] = mapped_column(String(300))  # as written, in any script
    reading: Mapped[str] = mapped_column(String(300), default="")  # フリガナ
    alias: Mapped[str] = mapped_column(String(300), default="")  # 通称名
    birth_date: Mapped[date | None]
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(100), default="")  # "" = Japan
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(40), default="")
    language: Mapped[str] = mapped_column(String(20), default="ja")  # ja | en | easy_ja
    representative_name: Mapped[str] = mapped_column(String(300), default="")
    representative_relation: Mapped[str] = mapped_column(String(100), default="")
    representative_contact: Mapped[str] = mapped_column(Text, default="")
    protected: Mapped[bool] = mapped_column(Boolean, default=False)  # 所在秘匿
    notes: Mapped[str] = mapped_column(Text, default="")
    deidentified: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class SubjectSearch(Base):
    """Derived from subjects by triggers (pd_fold): the narrow, folded table search scans."""

    __tablename__ = "subject_search"
    # Scanned in sort order through this covering index, so LIMIT stops early (traps.md).
    __table_args__ = (Index("ix_subject_search_sort", "sort_key", "folded"),)
    subject_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sort_key: Mapped[str] = mapped_column(Text, default="")
    folded: Mapped[str] = mapped_column(Text, default="")


class SubjectEntry(Base):
    """Which register entries hold a person's data."""

    __tablename__ = "subject_entries"
    __table_args__ = (Index("ix_subject_entries_entry", "entry_id"),)
    subject_id: Mapped[int] = mapped_column(
        ForeignKey("subjects.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(ForeignKey("register_entries.id"), primary_key=True)


class SubjectSensitive(Base):
    """要配慮個人情報 about a person: its own section, shown to allowed roles and audited."""

    __tablename__ = "subject_sensitive"
    __table_args__ = (Index("ix_subject_sensitive_subject", "subject_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id"))
    exception: Mapped[str] = mapped_column(Text, default="")  # the 20② exception relied on
    recorded_at: Mapped[datetime]


class ConsentRecord(Base):
    """同意. What the person agreed to, when and how; its status is derived, never stored."""

    __tablename__ = "consents"
    __table_args__ = (
        Index("ix_consents_subject", "subject_id"),
        Index("ix_consents_purpose", "purpose_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(30))  # purpose|third_party|abroad|sensitive
    purpose_id: Mapped[int | None] = mapped_column(ForeignKey("purposes.id"))
    provision_id: Mapped[int | None] = mapped_column(ForeignKey("entry_provisions.id"))
    recipient: Mapped[str] = mapped_column(String(300), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    notice_version_id: Mapped[int | None] = mapped_column(ForeignKey("notice_versions.id"))
    form_name: Mapped[str] = mapped_column(String(200), default="")
    given_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(20))  # paper|web|oral|email
    evidence_ref: Mapped[str] = mapped_column(String(200), default="")
    evidence_location: Mapped[str] = mapped_column(Text, default="")
    given_by: Mapped[str] = mapped_column(String(20), default="person")  # person|representative
    representative_name: Mapped[str] = mapped_column(String(300), default="")
    withdrawn_on: Mapped[date | None]
    withdrawal_method: Mapped[str] = mapped_column(String(20), default="")
    withdrawal_followup: Mapped[str] = mapped_column(Text, default="")
    renewal_needed_since: Mapped[date | None]  # set when its purpose changed beyond relation
    created_at: Mapped[datetime]


class ProvisionRecord(Base):
    """第三者提供・受領の記録 (Articles 29 and 30)."""

    __tablename__ = "provision_records"
    __table_args__ = (Index("ix_provision_records_keep_until", "keep_until"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))  # provided | received
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("register_entries.id"))
    provided_on: Mapped[date]
    last_provision_on: Mapped[date | None]  # batch and contract records
    record_form: Mapped[str] = mapped_column(String(10), default="single")  # single|batch|contract
    counterparty: Mapped[str] = mapped_column(String(300))
    counterparty_address: Mapped[str] = mapped_column(Text, default="")
    counterparty_representative: Mapped[str] = mapped_column(String(300), default="")
    how_acquired: Mapped[str] = mapped_column(Text, default="")  # receipt: the provider's source
    items: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(String(30))
    consent_note: Mapped[str] = mapped_column(Text, default="")
    abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str] = mapped_column(String(100), default="")
    keep_until: Mapped[date]
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class ProvisionSubject(Base):
    __tablename__ = "provision_subjects"
    __table_args__ = (Index("ix_provision_subjects_subject", "subject_id"),)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("provision_records.id", ondelete="CASCADE"), primary_key=True
    )
    subject_id: Mapped[int] = mapped_column(
        ForeignKey("subjects.id", ondelete="CASCADE"), primary_key=True
    )


class Hold(Base):
    """A hold on a person or an entry: blocks disposal and says why."""

    __tablename__ = "holds"
    __table_args__ = (Index("ix_holds_target", "target_type", "target_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_type: Mapped[str] = mapped_column(String(20))  # subject | entry
    target_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(String(100), default="")  # e.g. request:12
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual|request|complaint
    set_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    set_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    released_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


# -- Data-subject requests (開示等の請求) ------------------------------------------------------


class DataRequest(Base):
    """開示等の請求. One request from receipt to closing; its state is derived (domain)."""

    __tablename__ = "requests"
    __table_args__ = (Index("ix_requests_subject", "subject_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(10), default="post")  # post|fax|email|counter
    form: Mapped[str] = mapped_column(String(20), default="office_form")  # |own_letter
    # The person concerned; kept as a snapshot too, since the person may be disposed of
    # before the request's documents are (they are kept for years after closing).
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subjects.id", ondelete="SET NULL"))
    person_name: Mapped[str] = mapped_column(String(300))
    protected: Mapped[bool] = mapped_column(Boolean, default=False)  # 所在秘匿 at receipt
    requester_kind: Mapped[str] = mapped_column(String(20), default="person")
    agent_name: Mapped[str] = mapped_column(String(300), default="")
    agent_honorific: Mapped[str] = mapped_column(String(10), default="様")
    agent_relation: Mapped[str] = mapped_column(String(200), default="")
    # The address written on the request: where procedural letters go.
    request_postal_code: Mapped[str] = mapped_column(String(20), default="")
    request_address: Mapped[str] = mapped_column(Text, default="")
    # The person's address as the identity documents confirm it: where decisions go.
    confirmed_postal_code: Mapped[str] = mapped_column(String(20), default="")
    confirmed_address: Mapped[str] = mapped_column(Text, default="")
    address_matches_register: Mapped[bool | None]
    language: Mapped[str] = mapped_column(String(20), default="ja")  # ja|en|easy_ja
    identity_status: Mapped[str] = mapped_column(String(20), default="unchecked")
    identity_missing: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    identity_deadline: Mapped[date | None]
    identity_checked_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    identity_checked_at: Mapped[datetime | None]
    fee_due: Mapped[int] = mapped_column(Integer, default=0)
    fee_received: Mapped[int] = mapped_column(Integer, default=0)
    fee_received_on: Mapped[date | None]
    fee_method: Mapped[str] = mapped_column(String(20), default="")
    fee_deadline: Mapped[date | None]
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))  # protected
    approved_at: Mapped[datetime | None]
    decision_route: Mapped[str] = mapped_column(String(20), default="")  # ""=the rule's
    route_reason: Mapped[str] = mapped_column(Text, default="")
    delivery_method: Mapped[str] = mapped_column(String(30), default="")  # protected persons
    delivery_postal_code: Mapped[str] = mapped_column(String(20), default="")
    delivery_address: Mapped[str] = mapped_column(Text, default="")
    refused_on: Mapped[date | None]  # a refusal lets the person sue at once (Article 39)
    closed_on: Mapped[date | None]
    close_reason: Mapped[str] = mapped_column(String(30), default="")  # done|withdrawn|…
    electronic_password: Mapped[bytes | None]  # sealed; cleared at closing
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class RequestType(Base):
    """One thing asked in a request, and its decision."""

    __tablename__ = "request_types"
    __table_args__ = (UniqueConstraint("request_id", "type", name="uq_request_types_request"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(30))
    method_asked: Mapped[str] = mapped_column(String(20), default="")  # paper|electronic
    method_used: Mapped[str] = mapped_column(String(20), default="")
    method_reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")  # what the person asks
    decision: Mapped[str] = mapped_column(String(20), default="")
    grounds: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of ground codes
    reason: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="")  # what changed / measures taken
    include_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_on: Mapped[date | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class RequestEntry(Base):
    """A register entry a request covers, and what is disclosed from it."""

    __tablename__ = "request_entries"
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(ForeignKey("register_entries.id"), primary_key=True)
    extract_name: Mapped[str] = mapped_column(String(200), default="")
    extract_columns: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    extract_rows: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of lists
    enclosure: Mapped[str] = mapped_column(Text, default="")  # a paper copy, described
    withheld: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{"item", "ground"}]


class RequestDocument(Base):
    """An identity or authority document received (never its number)."""

    __tablename__ = "request_documents"
    __table_args__ = (Index("ix_request_documents_request", "request_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    whose: Mapped[str] = mapped_column(String(20))  # person|agent|authority
    kind: Mapped[str] = mapped_column(String(40))
    received_on: Mapped[date]
    issued_on: Mapped[date | None]  # certificates must be recent; passports from 2020
    note: Mapped[str] = mapped_column(Text, default="")


class RequestStop(Base):
    """The clock stopped while waiting for identity documents or the fee."""

    __tablename__ = "request_stops"
    __table_args__ = (Index("ix_request_stops_request", "request_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(20))  # identity|fee
    started_on: Mapped[date]
    ended_on: Mapped[date | None]


class Mailing(Base):
    """発送簿. Every letter sent, how, and what became of it."""

    __tablename__ = "mailings"
    __table_args__ = (Index("ix_mailings_record", "record_type", "record_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("issued_documents.id", ondelete="SET NULL")
    )
    record_type: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(60))
    number: Mapped[str] = mapped_column(String(60), default="")
    addressee: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(String(30))
    tracking_number: Mapped[str] = mapped_column(String(60), default="")
    sent_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default="sent")  # |returned|misdelivered
    status_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


# -- Outsourcing contractors (委託先) and the checklist engine ------------------------------------


class Contractor(Base):
    """委託先. A contractor the office entrusts personal data to (Article 25)."""

    __tablename__ = "contractors"
    __table_args__ = (Index("ix_contractors_principal", "principal_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    representative: Mapped[str] = mapped_column(String(300), default="")
    contact_person: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    services: Mapped[str] = mapped_column(Text, default="")  # what is entrusted
    status: Mapped[str] = mapped_column(String(20), default="selecting")  # |active|ended
    contract_start: Mapped[date | None]
    contract_end: Mapped[date | None]
    clauses: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of clause codes
    principal_id: Mapped[int | None] = mapped_column(ForeignKey("contractors.id"))  # 再委託
    subcontract_approved_on: Mapped[date | None]
    abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    country: Mapped[str] = mapped_column(String(100), default="")
    abroad_info: Mapped[str] = mapped_column(Text, default="")  # what Article 28 requires
    abroad_basis: Mapped[str] = mapped_column(String(30), default="")  # consent|equivalent
    review_months: Mapped[int] = mapped_column(Integer, default=12)
    ended_on: Mapped[date | None]
    data_disposal: Mapped[str] = mapped_column(String(20), default="")  # returned|deleted
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ContractorEntry(Base):
    """Which register entries (and items) a contractor handles."""

    __tablename__ = "contractor_entries"
    __table_args__ = (Index("ix_contractor_entries_entry", "entry_id"),)
    contractor_id: Mapped[int] = mapped_column(
        ForeignKey("contractors.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("register_entries.id", ondelete="CASCADE"), primary_key=True
    )
    items: Mapped[str] = mapped_column(Text, default="")


class Certification(Base):
    """Privacy Mark, ISMS (ISO/IEC 27001) or another certification, with its expiry."""

    __tablename__ = "certifications"
    __table_args__ = (Index("ix_certifications_contractor", "contractor_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # pmark|isms|other
    name: Mapped[str] = mapped_column(String(200), default="")
    expires_on: Mapped[date | None]


class DeletionCertificate(Base):
    """削除証明書: the contractor's word that the data was returned or deleted."""

    __tablename__ = "deletion_certificates"
    __table_args__ = (Index("ix_deletion_certificates_contractor", "contractor_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id", ondelete="CASCADE"))
    received_on: Mapped[date]
    covers: Mapped[str] = mapped_column(Text, default="")
    kept_where: Mapped[str] = mapped_column(Text, default="")


class ChecklistTemplate(Base):
    """A version of a checklist (選定基準, 定期点検, the office's self-check …). Published
    versions never change: an edit makes a new version, so past reviews keep their questions."""

    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("kind", "version", name="uq_checklist_templates_kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft|published|retired
    shipped_version: Mapped[int | None]  # the resources/checklists file version it came from
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    published_at: Mapped[datetime | None]


class ChecklistQuestion(Base):
    __tablename__ = "checklist_questions"
    __table_args__ = (Index("ix_checklist_questions_template", "template_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40))  # the security-measure category
    code: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)


class ContractorReview(Base):
    """A selection evaluation or a periodic review of a contractor, against one checklist
    version."""

    __tablename__ = "contractor_reviews"
    __table_args__ = (Index("ix_contractor_reviews_contractor", "contractor_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # selection|periodic|equivalence
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"))
    started_on: Mapped[date]
    finished_on: Mapped[date | None]
    result: Mapped[str] = mapped_column(String(20), default="")  # fit|conditional|unfit
    summary: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(20), default="office")  # |contractor
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class ReviewAnswer(Base):
    __tablename__ = "review_answers"
    review_id: Mapped[int] = mapped_column(
        ForeignKey("contractor_reviews.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("checklist_questions.id"), primary_key=True)
    answer: Mapped[str] = mapped_column(String(10), default="")  # yes|no|na
    comment: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    """A follow-up action from a review: owner, due date, closing note."""

    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_contractor", "contractor_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractors.id", ondelete="CASCADE"))
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("contractor_reviews.id", ondelete="SET NULL")
    )
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date]
    closed_on: Mapped[date | None]
    closing_note: Mapped[str] = mapped_column(Text, default="")


# -- Complaints (苦情) and leak incidents (漏えい等事案) -------------------------------------------


class Complaint(Base):
    """苦情. A complaint from receipt to closing; every change is kept in record_history."""

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_status", "status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(10))  # phone|post|fax|email|visit|other
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subjects.id", ondelete="SET NULL"))
    complainant: Mapped[str] = mapped_column(String(300), default="")  # "" = anonymous
    category: Mapped[str] = mapped_column(String(20))  # handling|requests|staff|security|other
    content: Mapped[str] = mapped_column(Text)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    target_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default="received")
    reply_content: Mapped[str] = mapped_column(Text, default="")
    reply_on: Mapped[date | None]
    reply_method: Mapped[str] = mapped_column(String(20), default="")
    closed_on: Mapped[date | None]
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class ComplaintLink(Base):
    """What a complaint concerns: register entries, requests, contractors."""

    __tablename__ = "complaint_links"
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True
    )
    link_type: Mapped[str] = mapped_column(String(20), primary_key=True)  # entry|request|contractor
    link_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class ComplaintAction(Base):
    """An action taken on a complaint, with its date: the timeline."""

    __tablename__ = "complaint_actions"
    __table_args__ = (Index("ix_complaint_actions_complaint", "complaint_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"))
    done_on: Mapped[date]
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class Incident(Base):
    """漏えい等事案. A leak, loss or damage (or its possibility) and the Commission's deadlines."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # leak|loss|damage
    possible: Mapped[bool] = mapped_column(Boolean, default=False)  # おそれ
    occurred_on: Mapped[date | None]
    known_on: Mapped[date]  # when anyone in the organisation first knew: deadlines run from it
    office_told_on: Mapped[date | None]
    found_by: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    items: Mapped[str] = mapped_column(Text, default="")
    persons: Mapped[int | None]
    persons_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)  # 規則7(1)
    financial: Mapped[bool] = mapped_column(Boolean, default=False)  # 規則7(2)
    wrongful: Mapped[bool] = mapped_column(Boolean, default=False)  # 規則7(3)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)  # advanced encryption
    containment: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    secondary_harm: Mapped[str] = mapped_column(Text, default="")
    prevention: Mapped[str] = mapped_column(Text, default="")
    response_to_persons: Mapped[str] = mapped_column(Text, default="")
    public_announcement: Mapped[str] = mapped_column(Text, default="")
    other: Mapped[str] = mapped_column(Text, default="")
    contractor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contractors.id", ondelete="SET NULL")
    )
    mailing_id: Mapped[int | None] = mapped_column(ForeignKey("mailings.id", ondelete="SET NULL"))
    preliminary_on: Mapped[date | None]  # 速報 done
    final_on: Mapped[date | None]  # 確報 done
    notice_on: Mapped[date | None]  # persons notified (or the alternative) done
    notice_method: Mapped[str] = mapped_column(String(20), default="")  # individual|public|desk
    status: Mapped[str] = mapped_column(String(20), default="open")  # open|closed
    closed_on: Mapped[date | None]
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class IncidentEntry(Base):
    __tablename__ = "incident_entries"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("register_entries.id", ondelete="CASCADE"), primary_key=True
    )


# -- The organisation's own compliance (notice check, self-check, staff, internal audits) --------


class NoticePassage(Base):
    """A passage of a notice version the officer tagged (a purpose, a recipient, the fee …)."""

    __tablename__ = "notice_passages"
    __table_args__ = (Index("ix_notice_passages_version", "notice_version_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_version_id: Mapped[int] = mapped_column(
        ForeignKey("notice_versions.id", ondelete="CASCADE")
    )
    tag: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)  # offset in the version's text
    created_at: Mapped[datetime]


class NoticeLink(Base):
    """A register item linked to a passage, by the passage's folded text: the link carries over
    to a new notice version wherever the passage is unchanged."""

    __tablename__ = "notice_links"
    __table_args__ = (
        UniqueConstraint("item_key", "passage_key", name="uq_notice_links_item_key"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_key: Mapped[str] = mapped_column(String(400))  # e.g. purpose:12, recipient:<folded>
    passage_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class StaffMember(Base):
    """Anyone who handles personal data: employees, volunteers, board members."""

    __tablename__ = "staff_members"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="employee")  # |volunteer|board|other
    role: Mapped[str] = mapped_column(Text, default="")  # their part in handling personal data
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    start_on: Mapped[date | None]
    end_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class Pledge(Base):
    """誓約書: a signed non-disclosure pledge (it continues after leaving)."""

    __tablename__ = "pledges"
    __table_args__ = (Index("ix_pledges_staff", "staff_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"))
    signed_on: Mapped[date]
    version: Mapped[str] = mapped_column(String(60), default="")
    kept_where: Mapped[str] = mapped_column(Text, default="")
    continues_after_leaving: Mapped[bool] = mapped_column(Boolean, default=True)


class Training(Base):
    """A training session on personal data."""

    __tablename__ = "trainings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date]
    topic: Mapped[str] = mapped_column(String(300))
    material: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class TrainingAttendance(Base):
    __tablename__ = "training_attendance"
    __table_args__ = (Index("ix_training_attendance_staff", "staff_id"),)
    training_id: Mapped[int] = mapped_column(
        ForeignKey("trainings.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_members.id", ondelete="CASCADE"), primary_key=True
    )
    understanding_checked: Mapped[bool] = mapped_column(Boolean, default=False)


class SelfCheck(Base):
    """The organisation's yearly self-check of its security measures, against one checklist
    version."""

    __tablename__ = "self_checks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_templates.id"))
    started_on: Mapped[date]
    finished_on: Mapped[date | None]
    result: Mapped[str] = mapped_column(String(20), default="")  # fit|conditional|unfit
    summary: Mapped[str] = mapped_column(Text, default="")
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))


class SelfCheckAnswer(Base):
    __tablename__ = "self_check_answers"
    self_check_id: Mapped[int] = mapped_column(
        ForeignKey("self_checks.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_questions.id"), primary_key=True
    )
    answer: Mapped[str] = mapped_column(String(10), default="")  # yes|no|na
    comment: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    prefilled: Mapped[bool] = mapped_column(Boolean, default=False)  # answered from the app


class InternalAudit(Base):
    """内部監査: planned, done, reported to the board."""

    __tablename__ = "internal_audits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    planned_on: Mapped[date]
    done_on: Mapped[date | None]
    auditor: Mapped[str] = mapped_column(String(300), default="")
    auditor_kind: Mapped[str] = mapped_column(String(20), default="other_department")
    scope: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    reported_on: Mapped[date | None]  # to the board
    created_at: Mapped[datetime]


class AuditFinding(Base):
    __tablename__ = "audit_findings"
    __table_args__ = (Index("ix_audit_findings_audit", "audit_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("internal_audits.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(20), default="minor")  # major|minor|observation


class CorrectiveAction(Base):
    """A corrective action from a self-check or an internal audit finding."""

    __tablename__ = "corrective_actions"
    __table_args__ = (Index("ix_corrective_actions_source", "source_type", "source_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_type: Mapped[str] = mapped_column(String(20))  # self_check|audit
    source_id: Mapped[int] = mapped_column(Integer)
    finding_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit_findings.id", ondelete="SET NULL")
    )
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date]
    closed_on: Mapped[date | None]
    closing_note: Mapped[str] = mapped_column(Text, default="")
