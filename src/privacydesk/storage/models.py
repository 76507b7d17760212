"""ORM models. Every schema change goes through a migration in storage/migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, MetaData, String, Text
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
