"""個人情報取扱台帳. The register: what personal data is held, why, where, for how long, who
receives it; its checks (flags), its field history and the yearly review.

Consent is not a general legal basis under the Act: an entry is never flagged for "no consent".
Only sensitive data (要配慮個人情報) needs prior consent to acquire (法20②), and consents are
per person, so the entry can only say whether an exception was recorded; the person page checks
each person's consent.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from privacydesk.domain import history
from privacydesk.domain import notices as notices_domain
from privacydesk.domain import provisions as provisions_domain
from privacydesk.domain import purposes as purposes_domain
from privacydesk.domain import subjects as subjects_domain
from privacydesk.domain.accounts import now
from privacydesk.domain.history import Change
from privacydesk.domain.purposes import (
    Problems,
    PurposeData,
    PurposeRow,
    check_text,
    raise_problems,
)
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    ConsentRecord,
    EntryItem,
    EntryProvision,
    EntryPurpose,
    Purpose,
    RegisterEntry,
    RegisterReview,
)

RECORD_TYPE = "entry"  # record_history.record_type of register entries
APP_ENTRY_ID = 1  # privacydesk's own entry, made by migration 0004

# 要配慮個人情報 and the legal bases of provision: one list each, shared with the persons'
# sensitive records (domain/subjects.py) and the records of provision (domain/provisions.py).
SENSITIVE_KINDS = tuple(subjects_domain.SENSITIVE_KINDS)
KIND_LABELS = dict(subjects_domain.SENSITIVE_KINDS)
BASES = provisions_domain.BASES
BASIS_LABELS = {
    "consent": "register.basis.consent",
    "legal_exception": "register.basis.legal_exception",
    "outsourcing": "register.basis.outsourcing",
    "joint_use": "register.basis.joint_use",
    "business_succession": "register.basis.business_succession",
    "opt_out": "register.basis.opt_out",
}
MEDIA = ("paper", "electronic", "both")
MEDIUM_LABELS = {
    "paper": "register.medium.paper",
    "electronic": "register.medium.electronic",
    "both": "register.medium.both",
}
FLAG_CODES = (
    "entry.sensitive_without_basis",
    "entry.not_reviewed",
    "entry.abroad_without_info",
    "entry.tracking_without_opt_out",
    "entry.no_purpose",
)
SORTS = ("name", "department", "updated_at", "last_reviewed_at", "estimated_persons", "id")

# Text limits: the column's length where it has one, else a generous one for free text.
SHORT_FIELDS = {
    "name": 200,
    "department": 200,
    "responsible": 200,
    "subject_category": 200,
    "cloud_service": 200,
    "cloud_country": 100,
    "transfer_country": 100,
}
LONG_FIELDS = (
    "sensitive_exception",
    "acquisition_source",
    "acquisition_method",
    "purpose_notified_how",
    "storage_location",
    "access",
    "retention_text",
    "disposal_method",
    "transfer_basis",
    "transfer_info_given",
    "tracking_tool",
    "tracking_provider",
    "tracking_collects",
    "tracking_opt_out",
)
BOOL_FIELDS = (
    "acquisition_direct",
    "retained_personal_data",
    "transfer_abroad",
    "is_website",
    "tracking_recipient_identifies",
)
INT_FIELDS = ("retention_months", "estimated_persons")
TEXT_MAX = 4000
ITEM_NAME_MAX = 200
RECIPIENT_MAX = 300
COUNTRY_MAX = 100
REVIEW_CHANGES_MAX = 4000
MAX_ITEMS = 300
MAX_PURPOSES = 200
MAX_PROVISIONS = 100
INT_MAX = 100_000_000  # persons or months; anything larger is a typing slip


class ItemData(NamedTuple):
    """A data item (氏名, 在留資格, 病歴 …); a plain (name, sensitive, kind) tuple works too."""

    name: str
    sensitive: bool = False
    sensitive_kind: str = ""  # one of SENSITIVE_KINDS when sensitive, else ""


class ProvisionData(NamedTuple):
    """A provision to a third party the entry foresees; `id` keeps an existing one's identity
    (consents may name it), None for a new one."""

    recipient: str
    items: str = ""
    basis: str = "consent"
    abroad: bool = False
    country: str = ""
    opt_out_filing: str = ""  # the filing with the Commission (法27②)
    joint_use_notice: str = ""  # how the 法27⑤三 items were made known
    id: int | None = None


@dataclass
class EntryData:
    """Every field of a register entry a form fills in, with its items, purposes, provisions."""

    name: str = ""
    department: str = ""
    responsible: str = ""
    subject_category: str = ""
    sensitive_kinds: list[str] = field(default_factory=list)
    sensitive_exception: str = ""  # the 法20② exception relied on, where there is one
    acquisition_direct: bool = True
    acquisition_source: str = ""
    acquisition_method: str = ""
    purpose_notified_how: str = ""
    medium: str = "electronic"
    storage_location: str = ""
    cloud_service: str = ""
    cloud_country: str = ""
    access: str = ""
    retention_text: str = ""
    retention_months: int | None = None
    disposal_method: str = ""
    retained_personal_data: bool = True
    transfer_abroad: bool = False
    transfer_country: str = ""
    transfer_basis: str = ""
    transfer_info_given: str = ""
    estimated_persons: int | None = None
    is_website: bool = False
    tracking_tool: str = ""
    tracking_provider: str = ""
    tracking_collects: str = ""
    tracking_opt_out: str = ""
    tracking_recipient_identifies: bool = False
    items: list[ItemData] = field(default_factory=list)
    purpose_ids: list[int] = field(default_factory=list)
    provisions: list[ProvisionData] = field(default_factory=list)

    @property
    def sensitive(self) -> bool:
        return bool(self.sensitive_kinds) or any(i.sensitive for i in self.items)


SCALAR_FIELDS = tuple(
    f.name
    for f in fields(EntryData)
    if f.name not in ("sensitive_kinds", "items", "purpose_ids", "provisions")
)


@dataclass(frozen=True)
class EntryFlag:
    code: str  # one of FLAG_CODES, a message code
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EntryRow:
    """A plain row for the register table."""

    id: int
    name: str
    department: str
    responsible: str
    subject_category: str
    sensitive: bool
    sensitive_kinds: tuple[str, ...]
    abroad: bool
    is_website: bool
    medium: str
    retention_text: str
    estimated_persons: int | None
    active: bool
    app_own: bool
    updated_at: datetime
    last_reviewed_at: datetime | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class EntryPage:
    rows: list[EntryRow]
    total: int  # rows matching the filters, all pages


@dataclass(frozen=True)
class EntryFilter:
    active: bool | None = True  # None: active and retired
    sensitive: bool | None = None
    abroad: bool | None = None
    department: str | None = None  # exact
    query: str = ""  # part of the name


@dataclass(frozen=True)
class ItemRow:
    id: int
    name: str
    sensitive: bool
    sensitive_kind: str
    position: int


@dataclass(frozen=True)
class ProvisionRow:
    id: int
    recipient: str
    items: str
    basis: str
    abroad: bool
    country: str
    opt_out_filing: str
    joint_use_notice: str


@dataclass(frozen=True)
class ReviewRow:
    id: int
    entry_id: int
    reviewed_by: int | None
    reviewed_at: datetime
    changes: str
    signed_off_by: int | None
    signed_off_at: datetime | None


@dataclass(frozen=True)
class EntryDetail:
    id: int
    data: EntryData  # ready to edit and pass back to update()
    active: bool
    app_own: bool
    retired_at: datetime | None
    created_at: datetime
    updated_at: datetime
    last_reviewed_at: datetime | None
    items: list[ItemRow]
    purposes: list[PurposeRow]
    provisions: list[ProvisionRow]
    reviews: list[ReviewRow]
    history: list[Change]
    flags: list[EntryFlag]


# -- validation ---------------------------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _item(value: object) -> ItemData | None:
    if isinstance(value, ItemData):
        return value
    if isinstance(value, tuple | list) and 1 <= len(value) <= 3:
        return ItemData(*value)
    return None


def _provision(value: object) -> ProvisionData | None:
    if isinstance(value, ProvisionData):
        return value
    if isinstance(value, tuple | list) and 1 <= len(value) <= len(ProvisionData._fields):
        return ProvisionData(*value)
    return None


def validate(data: EntryData) -> EntryData:
    """Check every field; returns a cleaned copy or raises InvalidInput with every problem.

    The cleaned entry's sensitive_kinds are the kinds it declares and those of its items, in
    the fixed order, so that "holds sensitive data" is one column to filter on.
    """
    problems: Problems = []
    clean: dict[str, Any] = {}
    for name, limit in SHORT_FIELDS.items():
        clean[name] = check_text(
            problems, name, getattr(data, name), limit, required=name == "name"
        )
    for name in LONG_FIELDS:
        clean[name] = check_text(problems, name, getattr(data, name), TEXT_MAX)
    for name in BOOL_FIELDS:
        value = getattr(data, name)
        if not isinstance(value, bool):
            problems.append((name, "input.wrong_type", {}))
        clean[name] = bool(value) if isinstance(value, bool) else False
    for name in INT_FIELDS:
        value = getattr(data, name)
        if value is not None and not _is_int(value):
            problems.append((name, "input.not_a_number", {"field": name}))
            value = None
        elif value is not None and value < 0:
            problems.append((name, "register.negative", {}))
        elif value is not None and value > INT_MAX:
            problems.append((name, "register.too_large", {"max": INT_MAX}))
        clean[name] = value
    if data.medium not in MEDIA:
        problems.append(("medium", "register.bad_medium", {}))
    clean["medium"] = data.medium

    kinds: set[str] = set()
    if not isinstance(data.sensitive_kinds, list | tuple):
        problems.append(("sensitive_kinds", "input.wrong_type", {}))
    else:
        for kind in data.sensitive_kinds:
            if kind not in SENSITIVE_KINDS:
                problems.append(("sensitive_kinds", "register.bad_sensitive_kind", {}))
            else:
                kinds.add(kind)

    items: list[ItemData] = []
    raw_items = data.items if isinstance(data.items, list | tuple) else None
    if raw_items is None:
        problems.append(("items", "input.wrong_type", {}))
        raw_items = []
    if len(raw_items) > MAX_ITEMS:
        problems.append(("items", "register.too_many", {"max": MAX_ITEMS}))
    seen: set[str] = set()
    for i, raw in enumerate(raw_items[:MAX_ITEMS]):
        item = _item(raw)
        where = f"items.{i}"
        if item is None:
            problems.append((where, "input.wrong_type", {"row": i + 1}))
            continue
        name = check_text(problems, f"{where}.name", item.name, ITEM_NAME_MAX, required=True)
        if not isinstance(item.sensitive, bool):
            problems.append((f"{where}.sensitive", "input.wrong_type", {"row": i + 1}))
            continue
        if item.sensitive and item.sensitive_kind not in SENSITIVE_KINDS:
            problems.append((f"{where}.sensitive_kind", "register.bad_sensitive_kind", {}))
        elif not item.sensitive and item.sensitive_kind != "":
            problems.append((f"{where}.sensitive", "register.kind_not_sensitive", {"row": i + 1}))
        if name and name in seen:
            problems.append((f"{where}.name", "register.duplicate_item", {"row": i + 1}))
        seen.add(name)
        if item.sensitive and item.sensitive_kind in SENSITIVE_KINDS:
            kinds.add(item.sensitive_kind)
        items.append(ItemData(name, item.sensitive, item.sensitive_kind if item.sensitive else ""))
    sensitive = bool(kinds)

    purpose_ids: list[int] = []
    raw_ids = data.purpose_ids if isinstance(data.purpose_ids, list | tuple) else None
    if raw_ids is None or not all(_is_int(p) for p in raw_ids):
        problems.append(("purpose_ids", "input.wrong_type", {}))
    else:
        purpose_ids = list(dict.fromkeys(raw_ids))  # in order, without repeats
        if len(purpose_ids) > MAX_PURPOSES:
            problems.append(("purpose_ids", "register.too_many", {"max": MAX_PURPOSES}))
    if sensitive and not purpose_ids:
        problems.append(("purpose_ids", "register.sensitive_without_purpose", {}))

    if clean["transfer_abroad"] and not clean["transfer_country"]:
        problems.append(("transfer_country", "register.abroad_without_country", {}))

    provisions: list[ProvisionData] = []
    raw_provisions = data.provisions if isinstance(data.provisions, list | tuple) else None
    if raw_provisions is None:
        problems.append(("provisions", "input.wrong_type", {}))
        raw_provisions = []
    if len(raw_provisions) > MAX_PROVISIONS:
        problems.append(("provisions", "register.too_many", {"max": MAX_PROVISIONS}))
    for i, raw in enumerate(raw_provisions[:MAX_PROVISIONS]):
        p = _provision(raw)
        where = f"provisions.{i}"
        if p is None:
            problems.append((where, "input.wrong_type", {"row": i + 1}))
            continue
        row = i + 1
        recipient = check_text(
            problems, f"{where}.recipient", p.recipient, RECIPIENT_MAX, required=True
        )
        provided = check_text(problems, f"{where}.items", p.items, TEXT_MAX)
        country = check_text(problems, f"{where}.country", p.country, COUNTRY_MAX)
        filing = check_text(problems, f"{where}.opt_out_filing", p.opt_out_filing, TEXT_MAX)
        notice = check_text(problems, f"{where}.joint_use_notice", p.joint_use_notice, TEXT_MAX)
        if p.basis not in BASES:
            problems.append((f"{where}.basis", "register.bad_basis", {"row": row}))
        if not isinstance(p.abroad, bool):
            problems.append((f"{where}.abroad", "input.wrong_type", {"row": row}))
        elif p.abroad and not country:
            problems.append((f"{where}.country", "register.abroad_without_country", {}))
        if p.basis == "opt_out" and sensitive:
            problems.append((f"{where}.basis", "register.opt_out_sensitive", {"row": row}))
        if p.basis == "opt_out" and not filing:
            problems.append((f"{where}.opt_out_filing", "register.opt_out_without_filing", {}))
        if p.basis == "joint_use" and not notice:
            problems.append((f"{where}.joint_use_notice", "register.joint_use_without_notice", {}))
        if p.id is not None and not _is_int(p.id):
            problems.append((where, "input.wrong_type", {"row": row}))
        provisions.append(
            ProvisionData(
                recipient, provided, p.basis, p.abroad is True, country, filing, notice, p.id
            )
        )
    raise_problems(problems)
    ordered_kinds = [k for k in SENSITIVE_KINDS if k in kinds]
    return EntryData(
        **clean,
        sensitive_kinds=ordered_kinds,
        items=items,
        purpose_ids=purpose_ids,
        provisions=provisions,
    )


# -- loading ------------------------------------------------------------------------------------


def _load(session: Session, entry_id: int) -> RegisterEntry:
    valid = _is_int(entry_id)
    row = session.get(RegisterEntry, entry_id) if valid else None
    if row is None:
        raise InvalidInput("register.entry_not_found", id=entry_id if valid else 0)
    return row


def _kinds(row: RegisterEntry) -> list[str]:
    try:
        value = json.loads(row.sensitive_kinds or "[]")
    except ValueError:
        return []
    return [k for k in value if isinstance(k, str)] if isinstance(value, list) else []


def _items(session: Session, entry_id: int) -> list[EntryItem]:
    return list(
        session.execute(
            select(EntryItem)
            .where(EntryItem.entry_id == entry_id)
            .order_by(EntryItem.position, EntryItem.id)
        ).scalars()
    )


def _purpose_ids(session: Session, entry_id: int) -> list[int]:
    return list(
        session.execute(
            select(EntryPurpose.purpose_id)
            .where(EntryPurpose.entry_id == entry_id)
            .order_by(EntryPurpose.purpose_id)
        ).scalars()
    )


def _provisions(session: Session, entry_id: int) -> list[EntryProvision]:
    return list(
        session.execute(
            select(EntryProvision)
            .where(EntryProvision.entry_id == entry_id)
            .order_by(EntryProvision.id)
        ).scalars()
    )


def _data(session: Session, row: RegisterEntry) -> EntryData:
    values = {name: getattr(row, name) for name in SCALAR_FIELDS}
    return EntryData(
        **values,
        sensitive_kinds=_kinds(row),
        items=[ItemData(i.name, i.sensitive, i.sensitive_kind) for i in _items(session, row.id)],
        purpose_ids=_purpose_ids(session, row.id),
        provisions=[_provision_data(p) for p in _provisions(session, row.id)],
    )


def _provision_data(p: EntryProvision) -> ProvisionData:
    return ProvisionData(
        p.recipient,
        p.items,
        p.basis,
        p.abroad,
        p.country,
        p.opt_out_filing,
        p.joint_use_notice,
        p.id,
    )


def _check_purposes(session: Session, ids: list[int], already: set[int]) -> None:
    """Every purpose must exist; one newly linked must also be in use (not retired)."""
    if not ids:
        return
    found = dict(
        session.execute(select(Purpose.id, Purpose.active).where(Purpose.id.in_(ids))).all()
    )
    problems: Problems = []
    for pid in ids:
        if pid not in found:
            problems.append(("purpose_ids", "register.unknown_purpose", {"id": pid}))
        elif not found[pid] and pid not in already:
            problems.append(("purpose_ids", "register.purpose_not_in_use", {"id": pid}))
    raise_problems(problems)


# -- summaries for the field history (values stay in the database, never in the audit log) ----


def _items_summary(items: list[ItemData]) -> list[str]:
    return [f"{i.name}（要配慮:{i.sensitive_kind}）" if i.sensitive else i.name for i in items]


def _purposes_summary(session: Session, ids: list[int]) -> list[str]:
    codes = dict(session.execute(select(Purpose.id, Purpose.code).where(Purpose.id.in_(ids))).all())
    return [f"#{pid} {codes.get(pid, '')}".strip() for pid in sorted(ids)]


def _provisions_summary(provisions: list[ProvisionData]) -> list[str]:
    out = []
    for p in provisions:
        where = f"・{p.country}" if p.abroad else ""
        out.append(f"{p.recipient}（{p.basis}{where}）")
    return out


def _same_provision(a: ProvisionData, b: ProvisionData) -> bool:
    return a[:7] == b[:7]


# -- create and update --------------------------------------------------------------------------


def _add_children(session: Session, entry_id: int, data: EntryData) -> None:
    for position, item in enumerate(data.items):
        session.add(
            EntryItem(
                entry_id=entry_id,
                name=item.name,
                sensitive=item.sensitive,
                sensitive_kind=item.sensitive_kind,
                position=position,
            )
        )
    for pid in data.purpose_ids:
        session.add(EntryPurpose(entry_id=entry_id, purpose_id=pid))


def _new_provision(entry_id: int, p: ProvisionData) -> EntryProvision:
    return EntryProvision(
        entry_id=entry_id,
        recipient=p.recipient,
        items=p.items,
        basis=p.basis,
        abroad=p.abroad,
        country=p.country,
        opt_out_filing=p.opt_out_filing,
        joint_use_notice=p.joint_use_notice,
    )


def create(session: Session, data: EntryData, actor: int | None) -> int:
    """A new entry; returns its id. (actor is kept for symmetry: creation has no history.)"""
    clean = validate(data)
    _check_purposes(session, clean.purpose_ids, set())
    if any(p.id is not None for p in clean.provisions):
        raise InvalidInput(
            "input.problems",
            problems=[("provisions", "register.provision_not_of_entry", {})],
            count=1,
        )
    when = now()
    row = RegisterEntry(
        **{name: getattr(clean, name) for name in SCALAR_FIELDS},
        sensitive_kinds=json.dumps(clean.sensitive_kinds),
        active=True,
        app_own=False,
        created_at=when,
        updated_at=when,
    )
    session.add(row)
    session.flush()
    _add_children(session, row.id, clean)
    for p in clean.provisions:
        session.add(_new_provision(row.id, p))
    session.flush()
    return row.id


def update(session: Session, entry_id: int, data: EntryData, actor: int | None) -> list[str]:
    """Save an edited entry, recording each changed field; returns the changed field names.

    Items and purposes are replaced as a whole when they differ; provisions keep their ids
    (consents may name one), and one that a consent names cannot be removed.
    """
    row = _load(session, entry_id)
    clean = validate(data)
    old_ids = _purpose_ids(session, row.id)
    _check_purposes(session, clean.purpose_ids, set(old_ids))
    old_provisions = _provisions(session, row.id)
    by_id = {p.id: p for p in old_provisions}
    problems: Problems = []
    kept = {p.id for p in clean.provisions if p.id is not None}
    for i, p in enumerate(clean.provisions):
        if p.id is not None and p.id not in by_id:
            problems.append((f"provisions.{i}", "register.provision_not_of_entry", {}))
    removed = [p.id for p in old_provisions if p.id not in kept]
    if removed:
        in_use = session.execute(
            select(func.count())
            .select_from(ConsentRecord)
            .where(ConsentRecord.provision_id.in_(removed))
        ).scalar_one()
        if in_use:
            problems.append(("provisions", "register.provision_in_use", {"count": int(in_use)}))
    raise_problems(problems)

    values = {name: getattr(clean, name) for name in SCALAR_FIELDS}
    changed = history.apply(session, row, RECORD_TYPE, values, actor)

    old_kinds = _kinds(row)
    if old_kinds != clean.sensitive_kinds:
        row.sensitive_kinds = json.dumps(clean.sensitive_kinds)
        history.record(
            session, RECORD_TYPE, row.id, "sensitive_kinds", old_kinds, clean.sensitive_kinds, actor
        )
        changed.append("sensitive_kinds")

    old_items = [ItemData(i.name, i.sensitive, i.sensitive_kind) for i in _items(session, row.id)]
    if old_items != clean.items:
        session.execute(delete(EntryItem).where(EntryItem.entry_id == row.id))
        for position, item in enumerate(clean.items):
            session.add(
                EntryItem(
                    entry_id=row.id,
                    name=item.name,
                    sensitive=item.sensitive,
                    sensitive_kind=item.sensitive_kind,
                    position=position,
                )
            )
        history.record(
            session,
            RECORD_TYPE,
            row.id,
            "items",
            _items_summary(old_items),
            _items_summary(clean.items),
            actor,
        )
        changed.append("items")

    if set(old_ids) != set(clean.purpose_ids):
        gone = set(old_ids) - set(clean.purpose_ids)
        if gone:
            session.execute(
                delete(EntryPurpose).where(
                    EntryPurpose.entry_id == row.id, EntryPurpose.purpose_id.in_(gone)
                )
            )
        for pid in clean.purpose_ids:
            if pid not in old_ids:
                session.add(EntryPurpose(entry_id=row.id, purpose_id=pid))
        history.record(
            session,
            RECORD_TYPE,
            row.id,
            "purposes",
            _purposes_summary(session, old_ids),
            _purposes_summary(session, clean.purpose_ids),
            actor,
        )
        changed.append("purposes")

    old_data = [_provision_data(p) for p in old_provisions]
    same = len(old_data) == len(clean.provisions) and all(
        _same_provision(a, b) and a.id == b.id
        for a, b in zip(old_data, clean.provisions, strict=True)
    )
    if not same:
        for pid in removed:
            session.delete(by_id[pid])
        for p in clean.provisions:
            if p.id is None:
                session.add(_new_provision(row.id, p))
                continue
            target = by_id[p.id]
            target.recipient = p.recipient
            target.items = p.items
            target.basis = p.basis
            target.abroad = p.abroad
            target.country = p.country
            target.opt_out_filing = p.opt_out_filing
            target.joint_use_notice = p.joint_use_notice
        history.record(
            session,
            RECORD_TYPE,
            row.id,
            "provisions",
            _provisions_summary(old_data),
            _provisions_summary(clean.provisions),
            actor,
        )
        changed.append("provisions")

    if changed:
        row.updated_at = now()
    session.flush()
    return changed


def _protect_app_entry(row: RegisterEntry) -> None:
    if row.app_own:
        raise InvalidInput("register.app_entry_protected", id=row.id)


def check_removable(session: Session, entry_id: int) -> None:
    """For disposal: privacydesk's own entry is never retired or deleted, only completed."""
    _protect_app_entry(_load(session, entry_id))


def retire(session: Session, entry_id: int, actor: int | None) -> bool:
    """No longer in use (kept for the record); False when it was already retired."""
    row = _load(session, entry_id)
    _protect_app_entry(row)
    if not row.active:
        return False
    history.apply(session, row, RECORD_TYPE, {"active": False, "retired_at": now()}, actor)
    row.updated_at = now()
    return True


def reactivate(session: Session, entry_id: int, actor: int | None) -> bool:
    row = _load(session, entry_id)
    if row.active:
        return False
    history.apply(session, row, RECORD_TYPE, {"active": True, "retired_at": None}, actor)
    row.updated_at = now()
    return True


# -- flags --------------------------------------------------------------------------------------


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the month's last day if it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = (following - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def review_cutoff(today: date, months: int) -> datetime:
    """Entries last reviewed before this moment are due for their review."""
    return datetime.combine(months_before(today, months), time.min)


def _flags(
    row: RegisterEntry,
    kinds: list[str],
    sensitive_item: bool,
    purpose_count: int,
    abroad_provision: bool,
    cutoff: datetime,
    months: int,
) -> list[EntryFlag]:
    if not row.active:
        return []  # a retired entry is no longer used: nothing to fix
    out: list[EntryFlag] = []
    if (kinds or sensitive_item) and not row.sensitive_exception.strip():
        out.append(EntryFlag("entry.sensitive_without_basis"))
    if row.last_reviewed_at is None or row.last_reviewed_at < cutoff:
        out.append(EntryFlag("entry.not_reviewed", {"months": months}))
    if (row.transfer_abroad or abroad_provision) and not row.transfer_info_given.strip():
        out.append(EntryFlag("entry.abroad_without_info"))
    if row.is_website and row.tracking_tool.strip() and not row.tracking_opt_out.strip():
        out.append(EntryFlag("entry.tracking_without_opt_out"))
    if purpose_count == 0:
        out.append(EntryFlag("entry.no_purpose"))
    return out


def _facts(session: Session, ids: list[int]) -> tuple[dict[int, int], set[int], set[int]]:
    """Per entry: the number of purposes, whether a provision goes abroad, a sensitive item."""
    if not ids:
        return {}, set(), set()
    counts = dict(
        session.execute(
            select(EntryPurpose.entry_id, func.count())
            .where(EntryPurpose.entry_id.in_(ids))
            .group_by(EntryPurpose.entry_id)
        ).all()
    )
    abroad = set(
        session.execute(
            select(EntryProvision.entry_id)
            .where(EntryProvision.entry_id.in_(ids), EntryProvision.abroad.is_(True))
            .distinct()
        ).scalars()
    )
    sensitive = set(
        session.execute(
            select(EntryItem.entry_id)
            .where(EntryItem.entry_id.in_(ids), EntryItem.sensitive.is_(True))
            .distinct()
        ).scalars()
    )
    return counts, abroad, sensitive


def flags(
    session: Session, entry_id: int, today: date | None = None, review_months: int = 12
) -> list[EntryFlag]:
    row = _load(session, entry_id)
    counts, abroad, sensitive = _facts(session, [row.id])
    cutoff = review_cutoff(today or date.today(), review_months)
    return _flags(
        row,
        _kinds(row),
        row.id in sensitive,
        counts.get(row.id, 0),
        row.id in abroad,
        cutoff,
        review_months,
    )


# -- lists --------------------------------------------------------------------------------------


def _rows(
    session: Session, entries: list[RegisterEntry], today: date | None, review_months: int
) -> list[EntryRow]:
    ids = [e.id for e in entries]
    counts, abroad, sensitive = _facts(session, ids)
    cutoff = review_cutoff(today or date.today(), review_months)
    out = []
    for e in entries:
        kinds = _kinds(e)
        entry_flags = _flags(
            e,
            kinds,
            e.id in sensitive,
            counts.get(e.id, 0),
            e.id in abroad,
            cutoff,
            review_months,
        )
        out.append(
            EntryRow(
                id=e.id,
                name=e.name,
                department=e.department,
                responsible=e.responsible,
                subject_category=e.subject_category,
                sensitive=bool(kinds) or e.id in sensitive,
                sensitive_kinds=tuple(kinds),
                abroad=e.transfer_abroad or e.id in abroad,
                is_website=e.is_website,
                medium=e.medium,
                retention_text=e.retention_text,
                estimated_persons=e.estimated_persons,
                active=e.active,
                app_own=e.app_own,
                updated_at=e.updated_at,
                last_reviewed_at=e.last_reviewed_at,
                flags=tuple(f.code for f in entry_flags),
            )
        )
    return out


def _filtered(q: Select[Any], f: EntryFilter) -> Select[Any]:
    if f.active is not None:
        q = q.where(RegisterEntry.active.is_(f.active))
    if f.sensitive is not None:
        has_item = exists().where(
            EntryItem.entry_id == RegisterEntry.id, EntryItem.sensitive.is_(True)
        )
        is_sensitive = or_(RegisterEntry.sensitive_kinds != "[]", has_item)
        q = q.where(is_sensitive if f.sensitive else ~is_sensitive)
    if f.abroad is not None:
        goes_abroad = exists().where(
            EntryProvision.entry_id == RegisterEntry.id, EntryProvision.abroad.is_(True)
        )
        is_abroad = or_(RegisterEntry.transfer_abroad.is_(True), goes_abroad)
        q = q.where(is_abroad if f.abroad else ~is_abroad)
    if f.department is not None:
        q = q.where(RegisterEntry.department == f.department)
    if f.query.strip():
        q = q.where(RegisterEntry.name.contains(f.query.strip(), autoescape=True))
    return q


def list_entries(
    session: Session,
    filters: EntryFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
    today: date | None = None,
    review_months: int = 12,
) -> EntryPage:
    """One page of entries, filtered and sorted in SQL (id breaks ties, so pages are stable)."""
    f = filters or EntryFilter()
    if sort not in SORTS:
        raise InvalidInput("register.bad_sort", sort=sort[:40] if isinstance(sort, str) else "")
    if not isinstance(f.query, str) or bad_query(f.query):
        raise InvalidInput(
            "input.problems", problems=[("query", "input.bad_characters", {})], count=1
        )
    column = getattr(RegisterEntry, sort)
    key = column.desc() if descending else column.asc()
    tie = RegisterEntry.id.desc() if descending else RegisterEntry.id.asc()
    total = session.execute(
        _filtered(select(func.count()).select_from(RegisterEntry), f)
    ).scalar_one()
    q = _filtered(select(RegisterEntry), f).order_by(key, tie)
    q = q.limit(max(1, min(int(limit), 1000))).offset(max(0, int(offset)))
    entries = list(session.execute(q).scalars())
    return EntryPage(_rows(session, entries, today, review_months), int(total))


def bad_query(text: str) -> bool:
    return purposes_domain.bad_characters(text) or len(text) > 200


def departments(session: Session) -> list[str]:
    """The departments named in the register, for the filter."""
    return list(
        session.execute(
            select(RegisterEntry.department)
            .where(RegisterEntry.department != "")
            .distinct()
            .order_by(RegisterEntry.department)
        ).scalars()
    )


def not_reviewed_for(
    session: Session, months: int = 12, today: date | None = None
) -> list[EntryRow]:
    """Active entries never reviewed, or last reviewed (signed off) over `months` ago; the
    longest overdue first."""
    cutoff = review_cutoff(today or date.today(), months)
    entries = list(
        session.execute(
            select(RegisterEntry)
            .where(
                RegisterEntry.active.is_(True),
                or_(
                    RegisterEntry.last_reviewed_at.is_(None),
                    RegisterEntry.last_reviewed_at < cutoff,
                ),
            )
            .order_by(RegisterEntry.last_reviewed_at, RegisterEntry.name, RegisterEntry.id)
        ).scalars()
    )
    return _rows(session, entries, today, months)


# -- detail -------------------------------------------------------------------------------------


def _review_row(r: RegisterReview) -> ReviewRow:
    return ReviewRow(
        r.id, r.entry_id, r.reviewed_by, r.reviewed_at, r.changes, r.signed_off_by, r.signed_off_at
    )


def reviews(session: Session, entry_id: int) -> list[ReviewRow]:
    rows = session.execute(
        select(RegisterReview)
        .where(RegisterReview.entry_id == entry_id)
        .order_by(RegisterReview.reviewed_at.desc(), RegisterReview.id.desc())
    ).scalars()
    return [_review_row(r) for r in rows]


def get(
    session: Session, entry_id: int, today: date | None = None, review_months: int = 12
) -> EntryDetail:
    row = _load(session, entry_id)
    items = _items(session, row.id)
    ids = _purpose_ids(session, row.id)
    provisions = _provisions(session, row.id)
    return EntryDetail(
        id=row.id,
        data=_data(session, row),
        active=row.active,
        app_own=row.app_own,
        retired_at=row.retired_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        last_reviewed_at=row.last_reviewed_at,
        items=[ItemRow(i.id, i.name, i.sensitive, i.sensitive_kind, i.position) for i in items],
        purposes=purposes_domain.by_ids(session, ids),
        provisions=[
            ProvisionRow(
                p.id,
                p.recipient,
                p.items,
                p.basis,
                p.abroad,
                p.country,
                p.opt_out_filing,
                p.joint_use_notice,
            )
            for p in provisions
        ],
        reviews=reviews(session, row.id),
        history=history.of(session, RECORD_TYPE, row.id),
        flags=flags(session, row.id, today, review_months),
    )


# -- the yearly review --------------------------------------------------------------------------


def record_review(
    session: Session,
    entry_id: int,
    reviewer: int | None,
    changes: str,
    when: datetime | None = None,
) -> ReviewRow:
    """Who reviewed the entry, when, and what changed ("" for no change); awaits sign-off."""
    row = _load(session, entry_id)
    problems: Problems = []
    text = check_text(problems, "changes", changes, REVIEW_CHANGES_MAX)
    raise_problems(problems)
    review = RegisterReview(
        entry_id=row.id, reviewed_by=reviewer, reviewed_at=when or now(), changes=text
    )
    session.add(review)
    session.flush()
    return _review_row(review)


def sign_off(session: Session, review_id: int, manager: int | None) -> ReviewRow:
    """The manager signs the review off (the role is checked by the service); the entry counts
    as reviewed from the review's date."""
    valid = _is_int(review_id)
    review = session.get(RegisterReview, review_id) if valid else None
    if review is None:
        raise InvalidInput("register.review_not_found", id=review_id if valid else 0)
    if review.signed_off_at is not None:
        raise InvalidInput("register.review_already_signed", id=review.id)
    review.signed_off_by = manager
    review.signed_off_at = now()
    entry = _load(session, review.entry_id)
    if entry.last_reviewed_at is None or entry.last_reviewed_at < review.reviewed_at:
        entry.last_reviewed_at = review.reviewed_at
    session.flush()
    return _review_row(review)


def reviews_awaiting_sign_off(session: Session) -> list[ReviewRow]:
    rows = session.execute(
        select(RegisterReview)
        .where(RegisterReview.signed_off_at.is_(None))
        .order_by(RegisterReview.reviewed_at, RegisterReview.id)
    ).scalars()
    return [_review_row(r) for r in rows]


# -- demo data ----------------------------------------------------------------------------------

# (group, code, text): after seed 000 (JP-MIRAI) and a small NPO's usual purposes.
DEMO_PURPOSES: tuple[tuple[str, str, str], ...] = (
    ("members", "会員-a", "外国人材に関する情報の提供（当会及び協力機関が行うもの）"),
    (
        "members",
        "会員-b",
        "外国人労働者の労働・生活環境の課題を把握するための定点調査・セルフチェック及び関係団体へのフィードバック",
    ),
    ("members", "会員-g", "会員間の交流及び取組の促進・支援"),
    ("members", "会員-h", "会員の人権デュー・ディリジェンス及び苦情処理メカニズムの構築の支援"),
    ("members", "会員-i", "研修・勉強会の円滑な実施及び今後の広報"),
    ("members", "会員-l", "会員情報の分析及びそれに基づく組織運営の改善"),
    ("consultees", "相談-a", "相談・救済窓口の円滑な運営及び相談の質の維持・向上"),
    (
        "consultees",
        "相談-c",
        "外国人労働者の労働・生活環境の課題を把握するための調査及び関係団体へのフィードバック",
    ),
    (
        "consultees",
        "相談-e",
        "相談履歴及びポータル登録情報の分析に基づくコンテンツ・サービスのご提案",
    ),
    (
        "consultees",
        "相談-(2)",
        "同行支援及び裁判外紛争解決手続（ADR）のための協力者・専門機関への提供",
    ),
    ("event_applicants", "催事-1", "研修会・イベント等の受付、運営及び今後の催しのご案内"),
    ("event_applicants", "催事-2", "広報イベントの実施（申込者の同意に基づくもの）"),
    ("donors", "寄付-1", "寄付の受領、領収書及び税額控除に必要な証明書の発行"),
    ("donors", "寄付-2", "活動報告・会報の送付及び寄付のお願い"),
    ("staff", "職員-1", "職員の雇用管理、労務管理及び社会保険の手続"),
    ("staff", "職員-2", "ボランティア活動の調整、保険への加入及び連絡"),
    ("website_visitors", "WEB-1", "ウェブサイトの機能の提供及び改善（アクセス状況の分析）"),
    ("website_visitors", "WEB-2", "お問い合わせへの回答"),
    ("other", "共通-1", "開示等の請求及び苦情への対応"),
    ("other", "共通-2", "個人を識別できない形に加工した統計データの作成"),
)

_CONTACT = ("氏名", "郵便番号", "住所", "電話番号", "メールアドレス")
_CONSULTEE = (
    "氏名",
    "生年月日",
    "性別",
    "出身国・国籍",
    "在留資格",
    "在留期間",
    "居住地",
    "職業",
    "使用言語",
    "入国年月日",
    "電話番号",
    "メールアドレス",
    "送出機関",
    "監理団体",
    "勤務先の属性",
    "相談内容（労働環境・生活環境）",
)
_GA_COLLECTS = (
    "閲覧したページ、参照元、滞在時間、端末・ブラウザの種類、おおよその地域、"
    "Cookie の識別子（IP アドレスは短縮）"
)
_GA_OPT_OUT = (
    "Google アナリティクス オプトアウト アドオン"
    "（https://tools.google.com/dlpage/gaoptout）及びブラウザの Cookie 設定"
)
_US_INFO = (
    "プライバシーポリシーに、提供先の国（米国）、米国の個人情報保護制度（FTC 法等）"
    "及び提供先が講ずる措置を掲載し、申込画面から参照できるようにした（規則17）"
)
_JICA_JOINT = (
    "共同利用する項目、共同利用者の範囲（JICA、JP-MIRAI サービス）、利用目的及び責任者を"
    "プライバシーポリシー第6条に掲載（法27⑤三）"
)


@dataclass(frozen=True)
class _DemoEntry:
    name: str
    group: str  # which purposes it serves
    department: str
    subject_category: str
    items: tuple[str | tuple[str, str], ...]  # (name, sensitive kind) for sensitive items
    medium: str = "electronic"
    storage: str = "事務局ファイルサーバー（アクセス制限付きフォルダー）"
    cloud: tuple[str, str] = ("", "")
    retention: tuple[str, int | None] = ("退会・終了後5年", 60)
    direct: bool = True
    source: str = ""
    provisions: tuple[ProvisionData, ...] = ()
    abroad: tuple[str, str, str] | None = None  # (country, basis, information given)
    tracking: tuple[str, str, str, str] | None = None  # tool, provider, collects, opt-out
    exception: str = ""
    retired: bool = False
    persons: tuple[int, int] = (50, 500)


_CINGA = ProvisionData(
    "特定非営利活動法人 CINGA（相談・救済窓口運営の一部委託）",
    "相談者情報一式（相談対応に必要な範囲）",
    "outsourcing",
)
_JICA = ProvisionData(
    "独立行政法人国際協力機構（JICA）・一般社団法人 JP-MIRAI サービス",
    "氏名、出身国・国籍、在留資格、相談内容の概要",
    "joint_use",
    joint_use_notice=_JICA_JOINT,
)
_ACCOMPANY = ProvisionData(
    "同行支援協力者（弁護士・通訳者）",
    "氏名、連絡先、相談内容",
    "consent",
)
_ADR = ProvisionData(
    "東京弁護士会紛争解決センター（ADR）",
    "氏名、連絡先、相談内容、勤務先",
    "consent",
)
_MAILER_US = ProvisionData(
    "メール配信サービス事業者（米国）",
    "氏名、メールアドレス",
    "outsourcing",
    abroad=True,
    country="米国",
)
_SHIPPER = ProvisionData("発送代行業者", "氏名、郵便番号、住所", "outsourcing")
_PAYMENT = ProvisionData("決済代行会社", "氏名、カード決済の結果", "outsourcing")
_TAX = ProvisionData("税務署（法令に基づく提出）", "氏名、住所、寄付金額", "legal_exception")

DEMO_ENTRIES: tuple[_DemoEntry, ...] = (
    _DemoEntry(
        "会員情報（法人・団体会員）",
        "members",
        "事務局 会員担当",
        "法人・団体会員の担当者",
        (
            "申込種別（法人・団体／個人）",
            "法人・団体名",
            "法人・団体の種別",
            "担当者氏名",
            "部署・役職",
            "郵便番号",
            "住所",
            "電話番号",
            "メールアドレス",
            "外国人労働者に関わる活動",
            "入会の動機",
            "ウェブサイト URL",
            "行動原則の遵守への同意",
            "反社会的勢力でない旨の誓約",
        ),
        cloud=("クラウド型会員管理サービス", "日本"),
        persons=(150, 600),
    ),
    _DemoEntry(
        "会員情報（個人会員）",
        "members",
        "事務局 会員担当",
        "個人会員（研究者、弁護士、行政書士、社会保険労務士等）",
        (*_CONTACT, "職業・属性", "所属", "入会の動機", "行動原則の遵守への同意"),
        cloud=("クラウド型会員管理サービス", "日本"),
        persons=(80, 400),
    ),
    _DemoEntry(
        "会員の活動計画・活動報告",
        "members",
        "事務局 会員担当",
        "法人・団体会員の担当者",
        (
            "会員名",
            "提出日",
            "連絡先メールアドレス",
            "公表の可否",
            "年間活動計画・半期活動報告の内容",
        ),
        retention=("提出後10年", 120),
        persons=(100, 500),
    ),
    _DemoEntry(
        "会員向けメールマガジン配信リスト",
        "members",
        "広報担当",
        "会員及び配信を希望した者",
        ("氏名", "メールアドレス", "所属", "配信の可否"),
        cloud=("メール配信サービス", "米国"),
        retention=("配信停止まで", None),
        provisions=(_MAILER_US,),
        abroad=("米国", "提供先が基準適合体制を整備（規則16）", _US_INFO),
        persons=(300, 2000),
    ),
    _DemoEntry(
        "入会申込書（紙）",
        "members",
        "事務局 会員担当",
        "入会を申し込んだ法人・団体の担当者及び個人",
        (*_CONTACT, "法人・団体名", "署名"),
        medium="paper",
        storage="事務局 施錠書庫A",
        persons=(100, 400),
    ),
    _DemoEntry(
        "相談者情報（相談・救済窓口）",
        "consultees",
        "相談・救済窓口",
        "窓口を利用した外国人労働者等",
        (
            *_CONSULTEE,
            ("人種・民族", "race"),
            ("病歴", "medical_history"),
            ("社会的身分", "social_status"),
            "ポータル登録の有無",
            "認証コードの有無",
        ),
        cloud=("相談管理クラウドサービス", "米国"),
        retention=("相談終了後5年", 60),
        provisions=(_CINGA, _JICA, _ACCOMPANY, _ADR),
        abroad=("米国", "本人の同意（規則17の情報を提供）", _US_INFO),
        persons=(800, 5000),
    ),
    _DemoEntry(
        "相談記録（多言語相談ケースファイル）",
        "consultees",
        "相談・救済窓口",
        "窓口を利用した外国人労働者等",
        (
            "氏名",
            "相談番号",
            "相談日時",
            "相談の経過",
            ("病歴・通院の状況", "medical_history"),
            ("犯罪被害の事実", "crime_victim"),
            "対応者",
        ),
        medium="both",
        storage="相談室 施錠キャビネット及び相談管理クラウドサービス",
        retention=("相談終了後5年", 60),
        provisions=(_CINGA,),
        persons=(500, 3000),
    ),
    _DemoEntry(
        "相談者情報（ポータル経由の取得）",
        "consultees",
        "相談・救済窓口",
        "JP-MIRAI ポータルの登録者で窓口を利用した者",
        ("氏名", "ポータル利用者 ID", "登録言語", "在留資格", "連絡先"),
        direct=False,
        source="JP-MIRAI ポータル（Global Trust Networks 運営）から、本人の登録情報を受領",
        retention=("相談終了後5年", 60),
        persons=(200, 1500),
    ),
    _DemoEntry(
        "同行支援記録",
        "consultees",
        "相談・救済窓口",
        "同行支援を受けた相談者",
        (
            "氏名",
            "連絡先",
            "同行先（医療機関・役所・勤務先等）",
            ("障害の有無・内容", "disability"),
            ("診療を受けた事実", "guidance"),
            "同行者",
        ),
        provisions=(_ACCOMPANY,),
        retention=("支援終了後5年", 60),
        persons=(30, 200),
    ),
    _DemoEntry(
        "ADR 申立支援記録",
        "consultees",
        "相談・救済窓口",
        "ADR の申立てを支援した相談者",
        ("氏名", "連絡先", "勤務先", "申立ての内容", ("犯罪被害の事実", "crime_victim")),
        provisions=(_ADR,),
        retention=("手続終了後10年", 120),
        persons=(10, 60),
    ),
    _DemoEntry(
        "在留手続の相談記録",
        "consultees",
        "相談・救済窓口",
        "在留手続について相談した外国人",
        ("氏名", "国籍", "在留資格", "在留期間", "在留カード番号の下4桁", "相談内容"),
        retention=("相談終了後5年", 60),
        persons=(100, 800),
    ),
    _DemoEntry(
        "寄付者情報（個人）",
        "donors",
        "ファンドレイジング担当",
        "個人の寄付者",
        (*_CONTACT, "寄付金額", "寄付日", "寄付の方法", "会報送付の可否"),
        cloud=("寄付管理クラウドサービス", "日本"),
        retention=("最後の寄付から7年", 84),
        provisions=(_SHIPPER,),
        persons=(300, 3000),
    ),
    _DemoEntry(
        "寄付者情報（法人）",
        "donors",
        "ファンドレイジング担当",
        "寄付をした法人の担当者",
        ("法人名", "担当者氏名", "部署", "電話番号", "メールアドレス", "寄付金額"),
        retention=("最後の寄付から7年", 84),
        persons=(20, 150),
    ),
    _DemoEntry(
        "寄付金領収書・税額控除証明の発行記録",
        "donors",
        "経理担当",
        "領収書を発行した寄付者",
        ("氏名", "住所", "寄付金額", "受領日", "領収書番号"),
        medium="both",
        storage="経理 施錠書庫B及び会計ソフト",
        retention=("発行後7年", 84),
        provisions=(_TAX,),
        persons=(300, 3000),
    ),
    _DemoEntry(
        "マンスリーサポーター（継続寄付）",
        "donors",
        "ファンドレイジング担当",
        "継続寄付の申込者",
        (*_CONTACT, "決済方法", "決済の結果", "継続寄付の金額"),
        cloud=("決済代行サービス", "日本"),
        provisions=(_PAYMENT,),
        retention=("解約後7年", 84),
        persons=(100, 900),
    ),
    _DemoEntry(
        "会報誌発送先リスト",
        "donors",
        "広報担当",
        "会員、寄付者及び送付を希望した者",
        ("氏名", "郵便番号", "住所", "送付部数"),
        provisions=(_SHIPPER,),
        retention=("送付停止まで", None),
        persons=(500, 4000),
    ),
    _DemoEntry(
        "イベント申込者（シンポジウム）",
        "event_applicants",
        "広報担当",
        "シンポジウムの申込者",
        ("氏名", "所属", "メールアドレス", "参加方法", "質問事項"),
        cloud=("イベント申込フォームサービス", "米国"),
        retention=("開催後1年", 12),
        abroad=("米国", "本人の同意（申込画面で規則17の情報を提供）", ""),
        persons=(100, 600),
    ),
    _DemoEntry(
        "イベント申込者（研修会・勉強会）",
        "event_applicants",
        "研修担当",
        "研修会・勉強会の申込者",
        ("氏名", "生年月日", "年齢", "住所", "電話番号", "職業", "メールアドレス"),
        retention=("開催後1年", 12),
        persons=(50, 400),
    ),
    _DemoEntry(
        "オンライン勉強会の参加者",
        "event_applicants",
        "研修担当",
        "オンライン勉強会の参加者",
        ("氏名（表示名）", "メールアドレス", "参加時刻", "チャットの内容"),
        cloud=("ウェブ会議サービス", "米国"),
        retention=("開催後6か月", 6),
        abroad=("米国", "提供先が基準適合体制を整備（規則16）", _US_INFO),
        persons=(50, 500),
    ),
    _DemoEntry(
        "広報イベント申込者（JICA 共催）",
        "event_applicants",
        "広報担当",
        "広報イベントの申込者",
        ("氏名", "生年月日", "年齢", "住所", "電話番号", "職業"),
        provisions=(_JICA,),
        retention=("開催後1年", 12),
        persons=(50, 300),
    ),
    _DemoEntry(
        "イベントの写真・動画",
        "event_applicants",
        "広報担当",
        "イベントの参加者及び登壇者",
        ("容貌（写真・動画）", "氏名（キャプション）", "掲載の可否"),
        retention=("撮影後3年", 36),
        persons=(100, 800),
    ),
    _DemoEntry(
        "研修講師・登壇者情報",
        "event_applicants",
        "研修担当",
        "講師及び登壇者",
        ("氏名", "所属", "経歴", "連絡先", "謝金の振込先"),
        retention=("登壇後5年", 60),
        persons=(10, 80),
    ),
    _DemoEntry(
        "職員情報（人事・労務）",
        "staff",
        "総務担当",
        "職員",
        (
            "氏名",
            "住所",
            "生年月日",
            "雇用条件",
            "給与",
            "社会保険の資格",
            ("健康診断の結果", "health_check"),
        ),
        medium="both",
        storage="総務 施錠書庫C及び労務管理クラウドサービス",
        retention=("退職後7年", 84),
        exception="法令に基づく場合（労働安全衛生法第66条の健康診断）：法20②一",
        persons=(5, 30),
    ),
    _DemoEntry(
        "ボランティア登録情報",
        "staff",
        "総務担当",
        "ボランティア",
        (*_CONTACT, "生年月日", "使用できる言語", "活動可能日", "ボランティア保険の加入"),
        retention=("登録終了後3年", 36),
        persons=(30, 200),
    ),
    _DemoEntry(
        "通訳者・相談員の連絡先",
        "staff",
        "相談・救済窓口",
        "通訳者及び相談員",
        ("氏名", "対応言語", "電話番号", "メールアドレス", "守秘義務誓約書"),
        retention=("契約終了後3年", 36),
        persons=(10, 60),
    ),
    _DemoEntry(
        "ウェブサイトのアクセス解析",
        "website_visitors",
        "広報担当",
        "当会ウェブサイトの閲覧者",
        ("Cookie の識別子", "閲覧履歴", "端末・ブラウザ情報", "おおよその地域"),
        cloud=("Google アナリティクス", "米国"),
        retention=("解析サービスの保持期間（14か月）", 14),
        direct=False,
        source="閲覧者の端末から Cookie により送信（電気通信事業法の外部送信規律）",
        tracking=("Google アナリティクス", "Google LLC", _GA_COLLECTS, _GA_OPT_OUT),
        persons=(5000, 50000),
    ),
    _DemoEntry(
        "ウェブサイトの広告配信タグ",
        "website_visitors",
        "広報担当",
        "当会ウェブサイトの閲覧者",
        ("Cookie の識別子", "閲覧履歴", "広告の表示・クリック"),
        cloud=("Google 広告", "米国"),
        retention=("広告サービスの保持期間", None),
        direct=False,
        source="閲覧者の端末から Cookie により送信（電気通信事業法の外部送信規律）",
        tracking=(
            "Google 広告（リマーケティングタグ）",
            "Google LLC",
            "閲覧したページ、広告の表示・クリック、Cookie の識別子",
            "",
        ),
        persons=(5000, 50000),
    ),
    _DemoEntry(
        "ソーシャルプラグイン（SNS ボタン・埋め込み動画）",
        "website_visitors",
        "広報担当",
        "当会ウェブサイトの閲覧者",
        ("Cookie の識別子", "閲覧したページ"),
        direct=False,
        source="閲覧者の端末から各 SNS へ送信（電気通信事業法の外部送信規律）",
        retention=("各 SNS の保持期間", None),
        tracking=(
            "Facebook、X、YouTube の埋め込み",
            "Meta Platforms, Inc.、X Corp.、Google LLC",
            "閲覧したページ、Cookie の識別子（ログイン中の利用者は本人を識別できる場合あり：法31）",
            "各 SNS のプライバシー設定及びブラウザの Cookie 設定",
        ),
        persons=(3000, 30000),
    ),
    _DemoEntry(
        "ウェブサイトのお問い合わせフォーム",
        "website_visitors",
        "広報担当",
        "お問い合わせをした者",
        ("氏名", "メールアドレス", "電話番号", "お問い合わせの内容"),
        cloud=("フォーム作成サービス", "日本"),
        retention=("回答後1年", 12),
        persons=(100, 800),
    ),
    _DemoEntry(
        "開示等の請求の記録",
        "other",
        "個人情報相談窓口",
        "開示等の請求をした本人及び代理人",
        ("氏名", "住所", "請求の内容", "本人確認の方法", "対応の結果"),
        medium="both",
        storage="事務局 施錠書庫A及び privacydesk",
        retention=("対応完了後5年", 60),
        persons=(1, 20),
    ),
    _DemoEntry(
        "苦情受付記録",
        "other",
        "個人情報相談窓口",
        "苦情を申し出た者",
        ("氏名", "連絡先", "苦情の内容", "対応の経過"),
        retention=("対応完了後5年", 60),
        persons=(1, 30),
    ),
    _DemoEntry(
        "理事・監事名簿",
        "other",
        "総務担当",
        "理事及び監事",
        ("氏名", "住所", "役職", "就任日", "任期"),
        medium="paper",
        storage="事務局 施錠書庫A",
        retention=("退任後10年", 120),
        persons=(5, 20),
    ),
    _DemoEntry(
        "関係機関担当者名簿",
        "other",
        "事務局",
        "自治体・関係機関の担当者",
        ("氏名", "所属", "部署", "電話番号", "メールアドレス"),
        retention=("異動の確認まで", None),
        persons=(30, 200),
    ),
    _DemoEntry(
        "定点調査の回答",
        "members",
        "調査研究担当",
        "調査に回答した会員及び外国人労働者",
        ("回答者の属性", "所属", "回答の内容", "連絡先（任意）"),
        retention=("報告書公表後3年", 36),
        persons=(200, 2000),
    ),
    _DemoEntry(
        "統計データ作成用の相談集計",
        "other",
        "調査研究担当",
        "相談者（集計前のデータ）",
        ("相談番号", "出身国・国籍", "在留資格", "相談分野"),
        retention=("集計後1年", 12),
        persons=(500, 3000),
    ),
    _DemoEntry(
        "職員の給与・社会保険の手続",
        "staff",
        "総務担当",
        "職員及びその扶養家族",
        ("氏名", "生年月日", "扶養家族の氏名・生年月日", "給与", "振込口座", "社会保険の資格"),
        provisions=(
            ProvisionData(
                "社会保険労務士事務所", "氏名、生年月日、給与、社会保険の資格", "outsourcing"
            ),
        ),
        retention=("退職後7年", 84),
        persons=(5, 60),
    ),
    _DemoEntry(
        "旧会員情報（退会者）",
        "members",
        "事務局 会員担当",
        "退会した会員",
        (*_CONTACT, "退会日"),
        retention=("退会後5年", 60),
        retired=True,
        persons=(20, 200),
    ),
    _DemoEntry(
        "2022年度 イベント申込者",
        "event_applicants",
        "広報担当",
        "2022年度のイベント申込者",
        ("氏名", "メールアドレス", "所属"),
        retention=("開催後1年", 12),
        retired=True,
        persons=(50, 400),
    ),
    _DemoEntry(
        "旧メール配信リスト（移行前）",
        "members",
        "広報担当",
        "旧配信サービスの登録者",
        ("氏名", "メールアドレス"),
        retention=("移行完了まで", 0),
        retired=True,
        persons=(100, 1500),
    ),
    _DemoEntry(
        "相談窓口の電話録音",
        "consultees",
        "相談・救済窓口",
        "電話で相談した者",
        ("音声（氏名・相談内容を含む）", "通話日時", "電話番号"),
        retention=("録音後6か月", 6),
        persons=(200, 1500),
    ),
)

DEMO_REVIEW_CHANGES = ("変更なし", "保存期間の記載を見直し", "取得項目を追加", "委託先を確認")
DEMO_NOTICES = (
    (
        "プライバシーポリシー（第1版）",
        date(2022, 4, 1),
        "当会ウェブサイト（/privacy）及び事務所の掲示板",
        "1. 基本方針\n当会は、個人情報の保護に関する法律を遵守し、個人情報を適正に取り扱います。\n"
        "2. 利用目的\n会員、相談者、イベント申込者、寄付者の区分ごとに利用目的を定めます。\n"
        "3. 第三者提供\n法令に基づく場合を除き、本人の同意なく第三者に提供しません。\n"
        "4. お問い合わせ\n個人情報相談窓口までご連絡ください。",
    ),
    (
        "プライバシーポリシー（第2版：共同利用と外部送信の追記）",
        date(2025, 4, 1),
        "当会ウェブサイト（/privacy）、JP-MIRAI ポータル及び事務所の掲示板",
        "1. 基本方針\n当会は、個人情報の保護に関する法律を遵守し、個人情報を適正に取り扱います。\n"
        "2. 利用目的\n会員、相談者、イベント申込者、寄付者、職員・ボランティア、"
        "ウェブサイト閲覧者の区分ごとに利用目的を定めます。\n"
        "3. 共同利用\nJICA 及び JP-MIRAI サービスと、相談者情報の一部を共同して利用します。\n"
        "4. 外国にある第三者への提供\n米国の事業者が提供するサービスを利用します。\n"
        "5. 外部送信（Cookie 等）\nアクセス解析に Google アナリティクスを利用しています。\n"
        "6. お問い合わせ\n個人情報相談窓口までご連絡ください。",
    ),
)


def demo_register(
    session: Session, seed: int, *, actor: int | None = None, today: date | None = None
) -> dict[str, int]:
    """Synthetic register data: 20 purposes, 40 entries, 2 notice versions, reviews.

    Deterministic with the seed (which entries are overdue for review, head counts, dates
    relative to `today`). Meant for a fresh demo database: a second call adds a second set.
    """
    rng = random.Random(seed)
    day = today or date.today()
    for title, effective, where, text in DEMO_NOTICES:
        notices_domain.create(
            session, notices_domain.NoticeData(title, text, effective, where), actor
        )
    purpose_ids: dict[str, list[int]] = {}
    for group, code, text in DEMO_PURPOSES:
        row = purposes_domain.create(session, PurposeData(code, text, group, date(2022, 4, 1)))
        purpose_ids.setdefault(group, []).append(row.id)
    entries = reviews_made = provisions = 0
    overdue_slots = set(rng.sample(range(len(DEMO_ENTRIES)), 8))
    for index, spec in enumerate(DEMO_ENTRIES):
        items: list[ItemData] = []
        for item in spec.items:
            if isinstance(item, tuple):
                items.append(ItemData(item[0], True, item[1]))
            else:
                items.append(ItemData(item))
        group_ids = purpose_ids[spec.group]
        chosen = sorted(rng.sample(group_ids, k=min(len(group_ids), rng.randint(1, 3))))
        if spec.group == "consultees":
            chosen = sorted({*chosen, group_ids[0]})  # the consultation desk itself
        if spec.group != "other" and rng.random() < 0.3:
            chosen.append(purpose_ids["other"][0])
        country, basis, info = spec.abroad or ("", "", "")
        tool, provider, collects, opt_out = spec.tracking or ("", "", "", "")
        low, high = spec.persons
        data = EntryData(
            name=spec.name,
            department=spec.department,
            responsible=f"{spec.department} 責任者",
            subject_category=spec.subject_category,
            sensitive_exception=spec.exception,
            acquisition_direct=spec.direct,
            acquisition_source=spec.source or ("本人" if spec.direct else ""),
            acquisition_method="申込書・ウェブフォーム・窓口での聞き取り"
            if spec.direct
            else "外部からの受領",
            purpose_notified_how="プライバシーポリシーの公表及び申込時の明示",
            medium=spec.medium,
            storage_location=spec.storage,
            cloud_service=spec.cloud[0],
            cloud_country=spec.cloud[1],
            access="担当部署の職員（アカウントごとの権限設定）",
            retention_text=spec.retention[0],
            retention_months=spec.retention[1],
            disposal_method="電子データは削除し、紙はシュレッダーで裁断",
            retained_personal_data=not spec.name.startswith("統計"),
            transfer_abroad=spec.abroad is not None,
            transfer_country=country,
            transfer_basis=basis,
            transfer_info_given=info,
            estimated_persons=rng.randint(low, high),
            is_website=spec.tracking is not None or spec.group == "website_visitors",
            tracking_tool=tool,
            tracking_provider=provider,
            tracking_collects=collects,
            tracking_opt_out=opt_out,
            tracking_recipient_identifies="法31" in collects,
            items=items,
            purpose_ids=chosen,
            provisions=list(spec.provisions),
        )
        entry_id = create(session, data, actor)
        entries += 1
        provisions += len(spec.provisions)
        row = _load(session, entry_id)
        created = datetime.combine(day - timedelta(days=rng.randint(400, 1400)), time(9, 0))
        row.created_at = row.updated_at = created
        overdue = index in overdue_slots
        if not overdue or rng.random() < 0.5:  # else never reviewed
            # Reviewed and signed off: within the year, or over a year ago when overdue.
            age_days = rng.randint(400, 800) if overdue else rng.randint(10, 300)
            reviewed_at = datetime.combine(day - timedelta(days=age_days), time(14, 0))
            session.add(
                RegisterReview(
                    entry_id=entry_id,
                    reviewed_by=actor,
                    reviewed_at=reviewed_at,
                    changes=rng.choice(DEMO_REVIEW_CHANGES),
                    signed_off_by=actor,
                    signed_off_at=reviewed_at + timedelta(days=rng.randint(1, 14)),
                )
            )
            row.last_reviewed_at = reviewed_at
            reviews_made += 1
        if spec.retired:
            row.active = False
            row.retired_at = datetime.combine(day - timedelta(days=rng.randint(30, 300)), time(10))
    session.flush()
    return {
        "notices": len(DEMO_NOTICES),
        "purposes": len(DEMO_PURPOSES),
        "entries": entries,
        "provisions": provisions,
        "reviews": reviews_made,
    }
