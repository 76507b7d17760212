"""Field history of records (who, when, old and new values), kept in the database and removed
with the record at disposal. The audit log carries only ids and counts; this carries values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from privacydesk.domain.accounts import now
from privacydesk.storage.models import RecordHistory


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str
    changed_by: int | None
    changed_at: datetime


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "、".join(str(v) for v in value)
    return str(value)


def apply(
    session: Session,
    record: Any,
    record_type: str,
    values: Mapping[str, Any],
    actor: int | None,
    fields: Iterable[str] | None = None,
) -> list[str]:
    """Set attributes on an ORM record, recording each real change; returns changed fields."""
    allowed = set(fields) if fields is not None else None
    changed: list[str] = []
    when = now()
    for name, new in values.items():
        if allowed is not None and name not in allowed:
            continue
        old = getattr(record, name)
        if old == new:
            continue
        setattr(record, name, new)
        changed.append(name)
        if record.id is not None:
            session.add(
                RecordHistory(
                    record_type=record_type,
                    record_id=record.id,
                    field=name,
                    old_value=_text(old),
                    new_value=_text(new),
                    changed_by=actor,
                    changed_at=when,
                )
            )
    return changed


def record(
    session: Session,
    record_type: str,
    record_id: int,
    field: str,
    old: Any,
    new: Any,
    actor: int | None,
) -> None:
    """One change recorded by hand (for list fields such as items or purposes)."""
    session.add(
        RecordHistory(
            record_type=record_type,
            record_id=record_id,
            field=field,
            old_value=_text(old),
            new_value=_text(new),
            changed_by=actor,
            changed_at=now(),
        )
    )


def of(session: Session, record_type: str, record_id: int) -> list[Change]:
    rows = session.execute(
        select(RecordHistory)
        .where(RecordHistory.record_type == record_type, RecordHistory.record_id == record_id)
        .order_by(RecordHistory.changed_at, RecordHistory.id)
    ).scalars()
    return [Change(r.field, r.old_value, r.new_value, r.changed_by, r.changed_at) for r in rows]


def remove(session: Session, record_type: str, record_ids: Iterable[int]) -> int:
    """At disposal: the history goes with the record."""
    ids = list(record_ids)
    if not ids:
        return 0
    result = session.execute(
        delete(RecordHistory).where(
            RecordHistory.record_type == record_type, RecordHistory.record_id.in_(ids)
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
