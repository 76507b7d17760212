"""第三者提供・受領の記録. Records of provision to and receipt from third parties (法29, 30).

Whether a record is required (APPI.md section 3, 法29①ただし書, 30①ただし書):
- none for the exceptions of 27① (law, life and body, public health, state bodies);
- none for 27⑤ (outsourcing, business succession, joint use), except that provision to a
  third party in a foreign country under 28① needs a record even then: only the 27①
  exceptions skip it there. "Abroad" here means 28① applies: a country the Commission has
  not designated, and a recipient without a qualifying system (規則16). Provision to a
  designated country or to a recipient with such a system is recorded as not abroad.
- receipt (30): the same exceptions; 28 concerns provision only.

How long a record is kept (規則21, read with 法29②): a single record 3 years from the day it
was made; a batch record (one record for continuous provision) 3 years from the last
provision; a contract serving as the record 1 year from the last provision.

``keep_until`` is the last day the record must be kept; it is past from the next day. The
period is counted as the Civil Code counts it: the first day is not counted (140), and the
period ends at the end of the day before the day of the same number in the last year; where
that month has no such day, at the end of the month (143②). So a record made on 2024-02-29
is kept until 2027-02-28 (the period runs from 2024-03-01; its anniversary 2027-03-01, the
day before is 2027-02-28) and may be disposed of from 2027-03-01; one made 2025-02-28 is kept
until 2028-02-29. The Rules count the batch and contract periods from the day of the last
provision itself (起算して), which would end one day earlier; one rule is used for all three
forms, on the safe side: a record kept a day longer breaks no rule, one disposed of a day
early would.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from privacydesk.domain.accounts import now
from privacydesk.domain.consent import (
    Problem,
    bulk_insert,
    check_text,
    raise_problems,
    read_date,
    sql_value,
)
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    EntryItem,
    EntryProvision,
    ProvisionRecord,
    ProvisionSubject,
    RegisterEntry,
    Subject,
)

DIRECTIONS = ("provided", "received")
BASES = (
    "consent",
    "legal_exception",  # 27① 各号
    "outsourcing",  # 27⑤一
    "business_succession",  # 27⑤二
    "joint_use",  # 27⑤三
    "opt_out",  # 27②
)
FORMS = ("single", "batch", "contract")
KEEP_YEARS = {"single": 3, "batch": 3, "contract": 1}

# record_needed reasons: message codes, so the app can say why.
REASON_LEGAL_EXCEPTION = "provision.no_record_legal_exception"
REASON_OUTSOURCING = "provision.no_record_outsourcing"
REASON_SUCCESSION = "provision.no_record_business_succession"
REASON_JOINT_USE = "provision.no_record_joint_use"
REASON_ABROAD = "provision.record_abroad"
REASON_CONSENT = "provision.record_consent"
REASON_OPT_OUT = "provision.record_opt_out"
REASON_RECEIVED = "provision.record_received"
REASONS = (
    REASON_LEGAL_EXCEPTION,
    REASON_OUTSOURCING,
    REASON_SUCCESSION,
    REASON_JOINT_USE,
    REASON_ABROAD,
    REASON_CONSENT,
    REASON_OPT_OUT,
    REASON_RECEIVED,
)
_EXEMPT_27_5 = {
    "outsourcing": REASON_OUTSOURCING,
    "business_succession": REASON_SUCCESSION,
    "joint_use": REASON_JOINT_USE,
}

LIMITS = {
    "counterparty": 300,
    "counterparty_address": 1000,
    "counterparty_representative": 300,
    "how_acquired": 2000,
    "items": 2000,
    "consent_note": 2000,
    "country": 100,
}


def record_needed(basis: str, abroad: bool, direction: str = "provided") -> tuple[bool, str]:
    """Whether the Act requires a record, and the reason as a message code.

    `abroad`: provision to a third party in a foreign country under 28① (see the module
    docstring). For receipt (`direction="received"`) `abroad` does not matter.
    """
    if basis not in BASES:
        raise InvalidInput("provision.unknown_basis", basis=str(basis)[:30])
    if direction not in DIRECTIONS:
        raise InvalidInput("provision.unknown_direction", direction=str(direction)[:20])
    if basis == "legal_exception":
        return False, REASON_LEGAL_EXCEPTION
    if basis in _EXEMPT_27_5:
        if abroad and direction == "provided":
            return True, REASON_ABROAD
        return False, _EXEMPT_27_5[basis]
    if direction == "received":
        return True, REASON_RECEIVED
    return True, REASON_OPT_OUT if basis == "opt_out" else REASON_CONSENT


def period_end(start: date, years: int) -> date:
    """The last day of a period of `years` that begins on `start` (Civil Code 143②)."""
    try:
        anniversary = start.replace(year=start.year + years)
    except ValueError:  # 29 February in a common year: the period ends with the month
        return date(start.year + years, 2, 28)
    return anniversary - timedelta(days=1)


def keep_until(record_form: str, made_on: date, last_provision_on: date | None = None) -> date:
    """The last day a record must be kept (規則21; module docstring for the counting).

    single: from the day the record was made; batch and contract: from the last provision
    (the first provision when no later one is recorded)."""
    if record_form not in FORMS:
        raise InvalidInput("provision.unknown_form", form=str(record_form)[:10])
    base = made_on if record_form == "single" else (last_provision_on or made_on)
    return period_end(base + timedelta(days=1), KEEP_YEARS[record_form])


# -- Rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvisionInput:
    direction: str  # provided | received
    provided_on: date | str  # the (first) provision, or the day the data was received
    counterparty: str  # the recipient, or the provider
    basis: str
    items: str  # the data items
    record_form: str = "single"  # single | batch | contract
    last_provision_on: date | str | None = None  # batch and contract records
    entry_id: int | None = None
    counterparty_address: str = ""
    counterparty_representative: str = ""
    how_acquired: str = ""  # receipt: how the provider acquired the data
    provider_is_individual: bool = False  # receipt: a person has no representative to name
    # Consent obtained (provision) or confirmed (receipt); for opt-out provision, the
    # Commission filing (届出) relied on.
    consent_note: str = ""
    abroad: bool = False  # under 28①: see the module docstring
    country: str = ""


@dataclass(frozen=True)
class ProvisionRow:
    id: int
    direction: str
    entry_id: int | None
    provided_on: date
    last_provision_on: date | None
    record_form: str
    counterparty: str
    counterparty_address: str
    counterparty_representative: str
    how_acquired: str
    items: str
    basis: str
    consent_note: str
    abroad: bool
    country: str
    keep_until: date
    required: bool  # False: kept voluntarily, the law needs no record (reason says why)
    reason: str  # the record_needed reason code
    subject_count: int
    created_at: datetime
    created_by: int | None


def _row(r: ProvisionRecord, subject_count: int) -> ProvisionRow:
    required, reason = record_needed(r.basis, r.abroad, r.direction)
    return ProvisionRow(
        id=r.id,
        direction=r.direction,
        entry_id=r.entry_id,
        provided_on=r.provided_on,
        last_provision_on=r.last_provision_on,
        record_form=r.record_form,
        counterparty=r.counterparty,
        counterparty_address=r.counterparty_address,
        counterparty_representative=r.counterparty_representative,
        how_acquired=r.how_acquired,
        items=r.items,
        basis=r.basis,
        consent_note=r.consent_note,
        abroad=r.abroad,
        country=r.country,
        keep_until=r.keep_until,
        required=required,
        reason=reason,
        subject_count=subject_count,
        created_at=r.created_at,
        created_by=r.created_by,
    )


# -- Sensitive data and opt-out --------------------------------------------------------------


def entry_sensitive_items(session: Session, entry_id: int) -> list[str]:
    """The sensitive kinds an entry declares, and its items marked sensitive."""
    entry = session.get(RegisterEntry, entry_id)
    if entry is None:
        return []
    try:
        kinds = json.loads(entry.sensitive_kinds or "[]")
    except ValueError:
        kinds = []
    found = [str(k) for k in kinds] if isinstance(kinds, list) else []
    found += [
        name
        for name in session.execute(
            select(EntryItem.name).where(EntryItem.entry_id == entry_id, EntryItem.sensitive)
        ).scalars()
    ]
    return found


def _entry_opt_out_filing(session: Session, entry_id: int) -> str:
    filings = session.execute(
        select(EntryProvision.opt_out_filing).where(
            EntryProvision.entry_id == entry_id,
            EntryProvision.basis == "opt_out",
            EntryProvision.opt_out_filing != "",
        )
    ).scalars()
    return next(iter(filings), "")


# -- Creating --------------------------------------------------------------------------------


def validate(
    session: Session, data: ProvisionInput, today: date, *, voluntary: bool = False
) -> dict[str, Any]:
    """Column values for a new record, or InvalidInput listing every problem.

    A record the law does not require is refused (a problem on `basis` whose code is the
    record_needed reason, such as "provision.no_record_outsourcing") unless `voluntary` is
    True: the office may keep one for its own control, and the row says it was not required.
    """
    problems: list[Problem] = []
    if data.direction not in DIRECTIONS:
        problems.append(("direction", "provision.unknown_direction", {}))
    if data.basis not in BASES:
        problems.append(("basis", "provision.unknown_basis", {"basis": str(data.basis)[:30]}))
    if data.record_form not in FORMS:
        problems.append(("record_form", "provision.unknown_form", {}))
    texts = {name: check_text(problems, name, getattr(data, name), n) for name, n in LIMITS.items()}
    future = "provision.future_date"
    provided_on = read_date(problems, "provided_on", data.provided_on, today, future_code=future)
    last = read_date(
        problems,
        "last_provision_on",
        data.last_provision_on,
        today,
        required=False,
        future_code=future,
    )
    if last is not None and data.record_form == "single":
        if provided_on is not None and last != provided_on:
            problems.append(("last_provision_on", "provision.last_only_for_batch", {}))
        last = None
    if last is not None and provided_on is not None and last < provided_on:
        problems.append(("last_provision_on", "provision.last_before_first", {}))

    if not texts["counterparty"]:
        problems.append(("counterparty", "provision.counterparty_required", {}))
    if not texts["items"]:
        problems.append(("items", "provision.items_required", {}))
    abroad = bool(data.abroad)
    if abroad and not texts["country"]:
        problems.append(("country", "provision.country_required", {}))

    entry: RegisterEntry | None = None
    if data.entry_id is not None:
        entry = (
            session.get(RegisterEntry, data.entry_id) if isinstance(data.entry_id, int) else None
        )
        if entry is None:
            problems.append(("entry_id", "provision.unknown_entry", {"id": str(data.entry_id)}))

    if data.direction == "received":
        # 法30①, 規則20: who provided it, and how they acquired it.
        if not texts["counterparty_address"]:
            problems.append(("counterparty_address", "provision.provider_address_required", {}))
        if not texts["counterparty_representative"] and not data.provider_is_individual:
            problems.append(
                ("counterparty_representative", "provision.provider_representative_required", {})
            )
        if not texts["how_acquired"]:
            problems.append(("how_acquired", "provision.how_acquired_required", {}))
    if data.basis == "consent" and not texts["consent_note"]:
        problems.append(("consent_note", "provision.consent_note_required", {}))
    if data.direction == "provided" and data.basis == "opt_out":
        if abroad:
            # 28① applies instead of 27: consent (or its alternative) is needed abroad.
            problems.append(("abroad", "provision.opt_out_abroad", {}))
        if not texts["consent_note"] and entry is not None:
            texts["consent_note"] = _entry_opt_out_filing(session, entry.id)
        if not texts["consent_note"]:
            problems.append(("consent_note", "provision.opt_out_needs_filing", {}))
        if entry is not None:
            sensitive = entry_sensitive_items(session, entry.id)
            if sensitive:
                problems.append(("basis", "provision.opt_out_sensitive", {"count": len(sensitive)}))

    if data.basis in BASES and data.direction in DIRECTIONS:
        needed, reason = record_needed(data.basis, abroad, data.direction)
        if not needed and not voluntary:
            # The reason is the problem's code: it says why the law needs none.
            problems.append(("basis", reason, {}))
    raise_problems(problems)
    assert provided_on is not None
    return {
        "direction": data.direction,
        "entry_id": data.entry_id,
        "provided_on": provided_on,
        "last_provision_on": last,
        "record_form": data.record_form,
        "basis": data.basis,
        "abroad": abroad,
        **texts,
    }


def create(
    session: Session,
    data: ProvisionInput,
    actor: int | None,
    *,
    voluntary: bool = False,
    subject_ids: Iterable[int] = (),
    today: date | None = None,
) -> ProvisionRow:
    """Make a record today; keep_until follows from its form (module docstring)."""
    today = today or date.today()
    values = validate(session, data, today, voluntary=voluntary)
    last = values["last_provision_on"] or values["provided_on"]
    values["keep_until"] = keep_until(values["record_form"], today, last)
    record = ProvisionRecord(**values, created_at=now(), created_by=actor)
    session.add(record)
    session.flush()
    link_subjects(session, record.id, subject_ids)
    return get(session, record.id)


def _record(session: Session, record_id: int) -> ProvisionRecord:
    record = session.get(ProvisionRecord, record_id) if isinstance(record_id, int) else None
    if record is None:
        raise InvalidInput("provision.unknown", id=str(record_id)[:20])
    return record


def _subject_count(session: Session, record_id: int) -> int:
    return int(
        session.execute(
            select(func.count()).where(ProvisionSubject.record_id == record_id)
        ).scalar_one()
    )


def get(session: Session, record_id: int) -> ProvisionRow:
    record = _record(session, record_id)
    return _row(record, _subject_count(session, record.id))


def further_provision(
    session: Session, record_id: int, on: date | str, today: date | None = None
) -> ProvisionRow:
    """Another provision covered by a batch or contract record: its last-provision date and
    keep_until move on (a single record covers one provision)."""
    today = today or date.today()
    record = _record(session, record_id)
    if record.record_form == "single":
        raise InvalidInput("provision.single_record_once")
    problems: list[Problem] = []
    when = read_date(problems, "last_provision_on", on, today, future_code="provision.future_date")
    if when is not None and when < (record.last_provision_on or record.provided_on):
        problems.append(("last_provision_on", "provision.last_before_first", {}))
    raise_problems(problems)
    assert when is not None
    record.last_provision_on = when
    made_on = record.created_at.date()
    record.keep_until = max(record.keep_until, keep_until(record.record_form, made_on, when))
    session.flush()
    return get(session, record.id)


def link_subjects(session: Session, record_id: int, subject_ids: Iterable[int]) -> int:
    """Link persons to a record (items identifying them, 29①); returns how many were new."""
    _record(session, record_id)
    wanted = sorted({int(i) for i in subject_ids})
    if not wanted:
        return 0
    known: set[int] = set()
    linked: set[int] = set()
    for i in range(0, len(wanted), 900):
        part = wanted[i : i + 900]
        known |= set(session.execute(select(Subject.id).where(Subject.id.in_(part))).scalars())
        linked |= set(
            session.execute(
                select(ProvisionSubject.subject_id).where(
                    ProvisionSubject.record_id == record_id,
                    ProvisionSubject.subject_id.in_(part),
                )
            ).scalars()
        )
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise InvalidInput("provision.unknown_subject", id=str(unknown[0]), count=len(unknown))
    new = [i for i in wanted if i not in linked]
    if new:
        session.execute(
            insert(ProvisionSubject), [{"record_id": record_id, "subject_id": i} for i in new]
        )
    return len(new)


def unlink_subjects(session: Session, record_id: int, subject_ids: Iterable[int]) -> int:
    """A person linked by mistake; returns how many links were removed."""
    _record(session, record_id)
    ids = sorted({int(i) for i in subject_ids})
    removed = 0
    for i in range(0, len(ids), 900):
        result = session.execute(
            delete(ProvisionSubject).where(
                ProvisionSubject.record_id == record_id,
                ProvisionSubject.subject_id.in_(ids[i : i + 900]),
            )
        )
        removed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    return removed


def _rows(session: Session, records: Sequence[ProvisionRecord]) -> list[ProvisionRow]:
    ids = [r.id for r in records]
    found: dict[int, int] = {}
    for i in range(0, len(ids), 900):
        found.update(
            session.execute(
                select(ProvisionSubject.record_id, func.count())
                .where(ProvisionSubject.record_id.in_(ids[i : i + 900]))
                .group_by(ProvisionSubject.record_id)
            ).all()
        )
    return [_row(r, int(found.get(r.id, 0))) for r in records]


def of_subject(session: Session, subject_id: int) -> list[ProvisionRow]:
    """A person's records of provision and receipt, newest first (for 33⑤ disclosure too)."""
    records = (
        session.execute(
            select(ProvisionRecord)
            .join(ProvisionSubject, ProvisionSubject.record_id == ProvisionRecord.id)
            .where(ProvisionSubject.subject_id == subject_id)
            .order_by(ProvisionRecord.provided_on.desc(), ProvisionRecord.id.desc())
        )
        .scalars()
        .all()
    )
    return _rows(session, records)


def subjects_of(session: Session, record_id: int) -> list[int]:
    _record(session, record_id)
    return list(
        session.execute(
            select(ProvisionSubject.subject_id)
            .where(ProvisionSubject.record_id == record_id)
            .order_by(ProvisionSubject.subject_id)
        ).scalars()
    )


def list_records(
    session: Session, direction: str | None = None, limit: int = 200, offset: int = 0
) -> list[ProvisionRow]:
    query = select(ProvisionRecord).order_by(
        ProvisionRecord.provided_on.desc(), ProvisionRecord.id.desc()
    )
    if direction is not None:
        if direction not in DIRECTIONS:
            raise InvalidInput("provision.unknown_direction", direction=str(direction)[:20])
        query = query.where(ProvisionRecord.direction == direction)
    records = session.execute(query.limit(limit).offset(offset)).scalars().all()
    return _rows(session, records)


def past_keep_until(session: Session, today: date | None = None) -> list[ProvisionRow]:
    """Records whose keep_until has passed (keep_until < today), oldest first."""
    today = today or date.today()
    records = (
        session.execute(
            select(ProvisionRecord)
            .where(ProvisionRecord.keep_until < today)
            .order_by(ProvisionRecord.keep_until, ProvisionRecord.id)
        )
        .scalars()
        .all()
    )
    return _rows(session, records)


def count_past_keep_until(session: Session, today: date | None = None) -> int:
    today = today or date.today()
    return int(
        session.execute(select(func.count()).where(ProvisionRecord.keep_until < today)).scalar_one()
    )


# -- Demo data -------------------------------------------------------------------------------

DEMO_RECIPIENTS = (
    ("社会福祉法人 みどり福祉会", "東京都世田谷区北沢二丁目1番1号", "理事長 小林 修"),
    ("一般社団法人 地域ささえあいネット", "大阪府大阪市北区梅田三丁目3番3号", "代表理事 森 由美"),
    ("〇〇市 福祉課", "神奈川県〇〇市本町一丁目1番地", "市長 林 健"),
    ("公益財団法人 こども未来基金", "京都府京都市中京区烏丸通4番地", "理事長 齋藤 明"),
)
DEMO_ABROAD = (
    ("アメリカ合衆国", "Example Cloud Inc."),
    ("ベトナム社会主義共和国", "Hanoi Partner Center"),
)
DEMO_ITEMS = (
    "氏名、住所、電話番号",
    "氏名、生年月日、連絡先",
    "氏名、参加したイベント名",
    "氏名、メールアドレス",
)


def demo_provisions(
    session: Session,
    subject_ids: Sequence[int],
    entry_ids: Sequence[int],
    n: int,
    seed: int = 2026,
    today: date | None = None,
) -> int:
    """Synthetic records by Core bulk inserts: mostly provision with consent, some receipts,
    some transfers abroad by outsourcing, a few opt-out provisions (never from an entry with
    sensitive data), single, batch and contract forms, some past keep_until. Each links one
    to five persons. Returns the number of records inserted."""
    rng = random.Random(seed)
    today = today or date.today()
    if n <= 0:
        return 0
    plain_entries = [e for e in entry_ids if not entry_sensitive_items(session, e)]
    first_id = int(session.execute(select(func.max(ProvisionRecord.id))).scalar() or 0) + 1
    created = now()
    records: list[dict[str, Any]] = []
    links: list[dict[str, int]] = []
    people = list(subject_ids)
    for k in range(n):
        record_id = first_id + k
        provided_on = today - timedelta(days=rng.randint(0, 6 * 365))
        form = rng.choices(FORMS, weights=(7, 2, 1))[0]
        last = None
        if form != "single":
            last = min(today, provided_on + timedelta(days=rng.randint(0, 720)))
        made_on = provided_on + timedelta(days=rng.randint(0, 3))
        made_on = min(made_on, today)
        roll = rng.random()
        name, address, representative = rng.choice(DEMO_RECIPIENTS)
        values: dict[str, Any] = {
            "id": record_id,
            "direction": "provided",
            "entry_id": rng.choice(entry_ids) if entry_ids and rng.random() < 0.7 else None,
            "provided_on": provided_on,
            "last_provision_on": last,
            "record_form": form,
            "counterparty": name,
            "counterparty_address": "",
            "counterparty_representative": "",
            "how_acquired": "",
            "items": rng.choice(DEMO_ITEMS),
            "basis": "consent",
            "consent_note": "本人の同意を書面で取得",
            "abroad": False,
            "country": "",
            "created_at": created,
            "created_by": None,
        }
        if roll < 0.15:
            values.update(
                direction="received",
                counterparty_address=address,
                counterparty_representative=representative,
                how_acquired="本人からの申込書により取得",
                consent_note="提供元が本人の同意を得ていることを確認",
            )
        elif roll < 0.25:
            country, recipient = rng.choice(DEMO_ABROAD)
            values.update(
                basis="outsourcing",
                abroad=True,
                country=country,
                counterparty=recipient,
                consent_note="外国にある第三者への提供について本人の同意を取得",
            )
        elif roll < 0.28 and plain_entries:
            values.update(
                basis="opt_out",
                entry_id=rng.choice(plain_entries),
                consent_note="個人情報保護委員会への届出済み（オプトアウト）",
            )
        values["keep_until"] = keep_until(form, made_on, last)
        records.append(values)
        if people:
            for subject_id in rng.sample(people, min(len(people), rng.randint(1, 5))):
                links.append({"record_id": record_id, "subject_id": subject_id})
    columns = list(records[0])
    rows = [tuple(sql_value(r[c]) for c in columns) for r in records]
    bulk_insert(session, ProvisionRecord.__tablename__, columns, rows)
    link_columns = ("record_id", "subject_id")
    for i in range(0, len(links), 20_000):
        part = [(x["record_id"], x["subject_id"]) for x in links[i : i + 20_000]]
        bulk_insert(session, ProvisionSubject.__tablename__, link_columns, part)
    return len(records)
