"""文書. Document numbers, template versions and the record of every document issued."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from privacydesk.domain.accounts import now
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import DocumentSequence, DocumentTemplate, IssuedDocument

DEFAULT_PREFIX = "個保"


def fiscal_year(d: date, start_month: int = 4) -> int:
    """The fiscal year a date belongs to, named by the calendar year it starts in."""
    return d.year if d.month >= start_month else d.year - 1


def number_text(prefix: str, era_year: int, sequence: int) -> str:
    """e.g. 個保第8-012号: prefix, the era year of the fiscal year, and the sequence."""
    return f"{prefix}第{era_year}-{sequence:03d}号"


def allocate(session: Session, prefix: str, fy: int) -> int:
    """The next number in the caller's write transaction: rolled back with it, never reused."""
    if not prefix or len(prefix) > 20:
        raise InvalidInput("documents.bad_prefix")
    row = session.get(DocumentSequence, (prefix, fy))
    if row is None:
        session.add(DocumentSequence(prefix=prefix, fiscal_year=fy, last_number=1))
        session.flush()
        return 1
    session.execute(
        update(DocumentSequence)
        .where(DocumentSequence.prefix == prefix, DocumentSequence.fiscal_year == fy)
        .values(last_number=DocumentSequence.last_number + 1)
    )
    session.refresh(row)
    return row.last_number


@dataclass(frozen=True)
class TemplateRow:
    kind: str
    version: int  # 0: the default shipped with the app
    text: str
    created_at: datetime | None


def active_template(session: Session, kind: str, default_text: str) -> TemplateRow:
    row = session.execute(
        select(DocumentTemplate)
        .where(DocumentTemplate.kind == kind, DocumentTemplate.active)
        .order_by(DocumentTemplate.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        return TemplateRow(kind, 0, default_text, None)
    return TemplateRow(kind, row.version, row.text, row.created_at)


def save_template(session: Session, kind: str, text: str, actor: int) -> int:
    last = (
        session.execute(
            select(DocumentTemplate.version)
            .where(DocumentTemplate.kind == kind)
            .order_by(DocumentTemplate.version.desc())
            .limit(1)
        ).scalar_one_or_none()
        or 0
    )
    session.execute(
        update(DocumentTemplate).where(DocumentTemplate.kind == kind).values(active=False)
    )
    session.add(
        DocumentTemplate(
            kind=kind, version=last + 1, text=text, created_at=now(), created_by=actor, active=True
        )
    )
    session.flush()
    return last + 1


def restore_default(session: Session, kind: str) -> int:
    """Deactivate the office's versions (kept as history); returns how many were active."""
    result = session.execute(
        update(DocumentTemplate)
        .where(DocumentTemplate.kind == kind, DocumentTemplate.active)
        .values(active=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def template_history(session: Session, kind: str) -> list[TemplateRow]:
    rows = session.execute(
        select(DocumentTemplate)
        .where(DocumentTemplate.kind == kind)
        .order_by(DocumentTemplate.version.desc())
    ).scalars()
    return [TemplateRow(r.kind, r.version, r.text, r.created_at) for r in rows]


def record_issued(
    session: Session,
    *,
    kind: str,
    actor: int,
    pdf: bytes,
    number: str = "",
    prefix: str = "",
    fy: int | None = None,
    sequence: int | None = None,
    record_type: str = "",
    record_id: str = "",
    template_version: int | None = None,
    substitution_note: str = "",
) -> IssuedDocument:
    doc = IssuedDocument(
        kind=kind,
        number=number,
        prefix=prefix,
        fiscal_year=fy,
        sequence=sequence,
        record_type=record_type,
        record_id=record_id,
        template_version=template_version,
        issued_at=now(),
        issued_by=actor,
        substitution_note=substitution_note,
        pdf=pdf,
    )
    session.add(doc)
    session.flush()
    return doc


def issued_for(session: Session, record_type: str, record_id: str) -> list[IssuedDocument]:
    return list(
        session.execute(
            select(IssuedDocument)
            .where(IssuedDocument.record_type == record_type, IssuedDocument.record_id == record_id)
            .order_by(IssuedDocument.issued_at)
        ).scalars()
    )
