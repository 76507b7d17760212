"""同意. What a person agreed to, when, how and by whom, and its withdrawal.

Consent is not a general legal basis under the Act (APPI.md 5b): it is needed for use beyond
the purpose (18), acquiring sensitive data (20②), provision to third parties (27①) and
abroad (28). A person without a consent record is not "unlawful" by that alone.

The status of a consent is derived from its dates, never stored:
- ``withdrawn``: a withdrawal date is recorded;
- ``renewal_needed``: its purpose changed beyond what is reasonably related
  (``renewal_needed_since`` set by the purposes area) and it was not withdrawn;
- ``active``: otherwise.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select, update
from sqlalchemy.orm import Session

from privacydesk.domain import settings, wareki
from privacydesk.domain.accounts import now
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    ConsentRecord,
    EntryProvision,
    NoticeVersion,
    Purpose,
    Subject,
)

SCOPES = ("purpose", "third_party", "abroad", "sensitive")
METHODS = ("paper", "web", "oral", "email")  # 書面, Web, 口頭, メール
GIVEN_BY = ("person", "representative")
STATUSES = ("active", "withdrawn", "renewal_needed")
MINOR_AGE_KEY = "subjects.minor_age"
DEFAULT_MINOR_AGE = 16  # the Commission's Q&A speaks of about 12 to 15: "under 16"
EARLIEST = date(1900, 1, 1)  # an earlier date is a typing error, not a consent

# Column widths of the model (storage/models.py), checked before the database would.
LIMITS = {
    "recipient": 300,
    "country": 100,
    "form_name": 200,
    "evidence_ref": 200,
    "evidence_location": 1000,
    "representative_name": 300,
    "withdrawal_followup": 2000,
}

Problem = tuple[str, str, dict[str, Any]]
# NUL (SQLite would cut the text there), the other control characters but tab and line
# breaks (invisible, and refused again when a letter is printed) and lone surrogates (they
# cannot be stored). One C-speed search: a pasted megabyte is checked in microseconds.
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


# -- Shared checks (also used by provisions) -------------------------------------------------


def check_text(problems: list[Problem], field: str, value: object, limit: int) -> str:
    """Text as typed (never normalised: names stay as written), or a problem."""
    if not isinstance(value, str):
        problems.append((field, "input.wrong_type", {}))
        return ""
    if _BAD_CHARACTERS.search(value):
        problems.append((field, "input.bad_characters", {}))
        return ""
    if len(value) > limit:
        problems.append((field, "input.too_long", {"max": limit}))
    return value.strip()


def read_date(
    problems: list[Problem],
    field: str,
    value: date | str | None,
    today: date,
    *,
    required: bool = True,
    future_code: str = "consent.future_date",
) -> date | None:
    """A date object or text typed by a person (ISO, slashes, 和暦), checked: it exists, it
    is not in the future, and it is not before 1900. Problems are collected, not raised."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append((field, "consent.date_required", {}))
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = wareki.parse_date(value)
        except InvalidInput as exc:
            problems.append((field, exc.code, dict(exc.params)))
            return None
    if not isinstance(value, date):
        problems.append((field, "input.wrong_type", {}))
        return None
    if value > today:
        problems.append((field, future_code, {"date": value.isoformat()}))
        return None
    if value < EARLIEST:
        problems.append((field, "consent.date_too_early", {"date": value.isoformat()}))
        return None
    return value


def raise_problems(problems: list[Problem]) -> None:
    if problems:
        raise InvalidInput("input.problems", problems=problems, count=len(problems))


def age_on(birth: date, on: date) -> int:
    """Completed years on a day. Under the Act on Counting Age a person born on 29 February
    becomes a year older on 1 March in a common year, which this gives."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def minor_age(session: Session) -> int:
    """The age below which a legal representative consents (a setting of the subjects area,
    default under 16); 16 when the setting is not registered."""
    try:
        value = settings.get(session, MINOR_AGE_KEY)
    except KeyError:
        return DEFAULT_MINOR_AGE
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 30:
        return DEFAULT_MINOR_AGE
    return value


# -- Status ----------------------------------------------------------------------------------


def status_of(withdrawn_on: date | None, renewal_needed_since: date | None) -> str:
    if withdrawn_on is not None:
        return "withdrawn"
    if renewal_needed_since is not None:
        return "renewal_needed"
    return "active"


def status_sql() -> ColumnElement[str]:
    """The same derivation in SQL, for filtering and counting without loading rows."""
    return case(
        (ConsentRecord.withdrawn_on.is_not(None), "withdrawn"),
        (ConsentRecord.renewal_needed_since.is_not(None), "renewal_needed"),
        else_="active",
    )


# -- Rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentInput:
    """A consent as recorded by the office. Dates may be date objects or typed text."""

    subject_id: int
    scope: str  # purpose | third_party | abroad | sensitive
    given_on: date | str
    method: str  # paper | web | oral | email
    purpose_id: int | None = None
    provision_id: int | None = None  # the register entry's foreseen provision
    recipient: str = ""
    country: str = ""
    notice_version_id: int | None = None
    form_name: str = ""
    evidence_ref: str = ""  # the document number of the signed form, the web log id …
    evidence_location: str = ""  # where the paper is kept
    given_by: str = "person"  # person | representative
    representative_name: str = ""


@dataclass(frozen=True)
class Withdrawal:
    withdrawn_on: date | str
    method: str  # paper | web | oral | email
    followup: str = ""  # what followed: use stopped, list removed, recipient told …


@dataclass(frozen=True)
class ConsentRow:
    id: int
    subject_id: int
    scope: str
    purpose_id: int | None
    purpose_code: str
    purpose_text: str
    provision_id: int | None
    recipient: str
    country: str
    notice_version_id: int | None
    form_name: str
    given_on: date
    method: str
    evidence_ref: str
    evidence_location: str
    given_by: str
    representative_name: str
    withdrawn_on: date | None
    withdrawal_method: str
    withdrawal_followup: str
    renewal_needed_since: date | None
    status: str
    created_at: datetime


@dataclass(frozen=True)
class ConsentCounts:
    """Consents given and withdrawn in a period (both ends included), for the board report."""

    start: date
    end: date
    given: int
    withdrawn: int
    given_by_scope: dict[str, int]
    withdrawn_by_scope: dict[str, int]


def _row(c: ConsentRecord, purpose: Purpose | None) -> ConsentRow:
    return ConsentRow(
        id=c.id,
        subject_id=c.subject_id,
        scope=c.scope,
        purpose_id=c.purpose_id,
        purpose_code=purpose.code if purpose else "",
        purpose_text=purpose.text if purpose else "",
        provision_id=c.provision_id,
        recipient=c.recipient,
        country=c.country,
        notice_version_id=c.notice_version_id,
        form_name=c.form_name,
        given_on=c.given_on,
        method=c.method,
        evidence_ref=c.evidence_ref,
        evidence_location=c.evidence_location,
        given_by=c.given_by,
        representative_name=c.representative_name,
        withdrawn_on=c.withdrawn_on,
        withdrawal_method=c.withdrawal_method,
        withdrawal_followup=c.withdrawal_followup,
        renewal_needed_since=c.renewal_needed_since,
        status=status_of(c.withdrawn_on, c.renewal_needed_since),
        created_at=c.created_at,
    )


# -- Recording -------------------------------------------------------------------------------


def _exists(session: Session, model: Any, key: int | None) -> bool:
    return (
        key is not None
        and isinstance(key, int)
        and not isinstance(key, bool)
        and session.get(model, key) is not None
    )


def validate(session: Session, data: ConsentInput, today: date) -> dict[str, Any]:
    """The column values of a new consent, or InvalidInput listing every problem."""
    problems: list[Problem] = []
    subject = session.get(Subject, data.subject_id) if isinstance(data.subject_id, int) else None
    if subject is None:
        problems.append(("subject_id", "consent.unknown_subject", {"id": str(data.subject_id)}))
    if data.scope not in SCOPES:
        problems.append(("scope", "consent.unknown_scope", {"scope": str(data.scope)[:30]}))
    if data.method not in METHODS:
        problems.append(("method", "consent.unknown_method", {"method": str(data.method)[:20]}))
    if data.given_by not in GIVEN_BY:
        problems.append(("given_by", "consent.unknown_given_by", {}))
    texts = {
        name: check_text(problems, name, getattr(data, name), limit)
        for name, limit in LIMITS.items()
        if name != "withdrawal_followup"
    }
    given_on = read_date(problems, "given_on", data.given_on, today)

    # What was consented to.
    if data.purpose_id is not None and not _exists(session, Purpose, data.purpose_id):
        problems.append(("purpose_id", "consent.unknown_purpose", {"id": str(data.purpose_id)}))
    if data.provision_id is not None and not _exists(session, EntryProvision, data.provision_id):
        problems.append(
            ("provision_id", "consent.unknown_provision", {"id": str(data.provision_id)})
        )
    if data.notice_version_id is not None and not _exists(
        session, NoticeVersion, data.notice_version_id
    ):
        problems.append(
            ("notice_version_id", "consent.unknown_notice", {"id": str(data.notice_version_id)})
        )
    if data.scope == "purpose" and data.purpose_id is None:
        problems.append(("purpose_id", "consent.purpose_required", {}))
    if data.scope == "third_party" and data.provision_id is None and not texts["recipient"]:
        problems.append(("recipient", "consent.recipient_required", {}))
    if data.scope == "abroad" and not texts["country"]:
        problems.append(("country", "consent.country_required", {}))

    # Who gave it.
    if data.given_by == "representative" and not texts["representative_name"]:
        problems.append(("representative_name", "consent.representative_name_required", {}))
    if subject is not None and subject.birth_date is not None and given_on is not None:
        if given_on < subject.birth_date:
            problems.append(("given_on", "consent.before_birth", {}))
        else:
            limit = minor_age(session)
            if age_on(subject.birth_date, given_on) < limit and data.given_by != "representative":
                problems.append(("given_by", "consent.minor_needs_representative", {"age": limit}))
    raise_problems(problems)
    assert given_on is not None
    return {
        "subject_id": data.subject_id,
        "scope": data.scope,
        "purpose_id": data.purpose_id,
        "provision_id": data.provision_id,
        "notice_version_id": data.notice_version_id,
        "given_on": given_on,
        "method": data.method,
        "given_by": data.given_by,
        **texts,
        # A person's own consent names no representative.
        "representative_name": texts["representative_name"]
        if data.given_by == "representative"
        else "",
    }


def record(session: Session, data: ConsentInput, today: date | None = None) -> ConsentRow:
    values = validate(session, data, today or date.today())
    consent = ConsentRecord(**values, created_at=now())
    session.add(consent)
    session.flush()
    return get(session, consent.id)


def get(session: Session, consent_id: int) -> ConsentRow:
    consent = session.get(ConsentRecord, consent_id) if isinstance(consent_id, int) else None
    if consent is None:
        raise InvalidInput("consent.unknown", id=str(consent_id)[:20])
    purpose = session.get(Purpose, consent.purpose_id) if consent.purpose_id else None
    return _row(consent, purpose)


def withdraw(
    session: Session, consent_id: int, withdrawal: Withdrawal, today: date | None = None
) -> ConsentRow:
    """Record a withdrawal: not before the consent, not in the future, and only once."""
    today = today or date.today()
    consent = session.get(ConsentRecord, consent_id) if isinstance(consent_id, int) else None
    if consent is None:
        raise InvalidInput("consent.unknown", id=str(consent_id)[:20])
    if consent.withdrawn_on is not None:
        raise InvalidInput("consent.already_withdrawn", date=consent.withdrawn_on.isoformat())
    problems: list[Problem] = []
    when = read_date(problems, "withdrawn_on", withdrawal.withdrawn_on, today)
    if withdrawal.method not in METHODS:
        problems.append(
            ("method", "consent.unknown_method", {"method": str(withdrawal.method)[:20]})
        )
    followup = check_text(
        problems, "withdrawal_followup", withdrawal.followup, LIMITS["withdrawal_followup"]
    )
    if when is not None and when < consent.given_on:
        problems.append(
            (
                "withdrawn_on",
                "consent.withdrawal_before_consent",
                {"given_on": consent.given_on.isoformat()},
            )
        )
    raise_problems(problems)
    consent.withdrawn_on = when
    consent.withdrawal_method = withdrawal.method
    consent.withdrawal_followup = followup
    session.flush()
    return get(session, consent.id)


def mark_renewal_needed(session: Session, purpose_id: int, since: date) -> int:
    """For the purposes area: a change beyond what is reasonably related marks the consents
    that relied on the purpose (and are neither withdrawn nor already marked); returns how
    many were marked."""
    result = session.execute(
        update(ConsentRecord)
        .where(
            ConsentRecord.purpose_id == purpose_id,
            ConsentRecord.withdrawn_on.is_(None),
            ConsentRecord.renewal_needed_since.is_(None),
            ConsentRecord.given_on <= since,
        )
        .values(renewal_needed_since=since)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# -- Queries ---------------------------------------------------------------------------------


def of_subject(session: Session, subject_id: int, status: str | None = None) -> list[ConsentRow]:
    """A person's consents, newest first, each with its derived status."""
    if status is not None and status not in STATUSES:
        raise InvalidInput("consent.unknown_status", status=str(status)[:20])
    query = (
        select(ConsentRecord, Purpose)
        .outerjoin(Purpose, Purpose.id == ConsentRecord.purpose_id)
        .where(ConsentRecord.subject_id == subject_id)
        .order_by(ConsentRecord.given_on.desc(), ConsentRecord.id.desc())
    )
    if status is not None:
        query = query.where(status_sql() == status)
    return [_row(c, p) for c, p in session.execute(query).all()]


def counts(session: Session, start: date, end: date) -> ConsentCounts:
    """Consents given, and consents withdrawn, between two days (both included)."""
    if end < start:
        raise InvalidInput("consent.bad_period")
    given = dict(
        session.execute(
            select(ConsentRecord.scope, func.count())
            .where(ConsentRecord.given_on.between(start, end))
            .group_by(ConsentRecord.scope)
        ).all()
    )
    withdrawn = dict(
        session.execute(
            select(ConsentRecord.scope, func.count())
            .where(
                and_(
                    ConsentRecord.withdrawn_on.is_not(None),
                    ConsentRecord.withdrawn_on.between(start, end),
                )
            )
            .group_by(ConsentRecord.scope)
        ).all()
    )
    return ConsentCounts(
        start=start,
        end=end,
        given=sum(given.values()),
        withdrawn=sum(withdrawn.values()),
        given_by_scope={s: int(given.get(s, 0)) for s in SCOPES},
        withdrawn_by_scope={s: int(withdrawn.get(s, 0)) for s in SCOPES},
    )


def status_counts(session: Session) -> dict[str, int]:
    """How many consents are active, withdrawn, or need renewal (for the dashboard)."""
    rows = dict(session.execute(select(status_sql(), func.count()).group_by(status_sql())).all())
    return {s: int(rows.get(s, 0)) for s in STATUSES}


# -- Demo data -------------------------------------------------------------------------------

DEMO_RECIPIENTS = (
    "社会福祉法人 みどり福祉会",
    "一般社団法人 地域ささえあいネット",
    "株式会社 ひかり印刷",
    "公益財団法人 こども未来基金",
)
DEMO_ABROAD = (
    ("アメリカ合衆国", "Example Cloud Inc."),
    ("ベトナム社会主義共和国", "Hanoi Partner Center"),
    ("シンガポール共和国", "SG Data Services Pte. Ltd."),
)
DEMO_GUARDIANS = ("山田 花子", "佐藤 健一", "Nguyễn Thị Lan", "髙橋 美和", "鈴木 一郎", "渡邉 德子")
DEMO_LOCATIONS = ("事務局書庫 A-1", "事務局書庫 B-2", "受付システム（Web）", "相談室キャビネット")
DEMO_FOLLOWUP = (
    "利用を停止し、名簿から削除した",
    "案内の送付を停止した",
    "提供先に連絡し、以後の提供を停止した",
)
_CHUNK = 20_000
_DEMO_COLUMNS = (
    "subject_id",
    "scope",
    "purpose_id",
    "provision_id",
    "recipient",
    "country",
    "notice_version_id",
    "form_name",
    "given_on",
    "method",
    "evidence_ref",
    "evidence_location",
    "given_by",
    "representative_name",
    "withdrawn_on",
    "withdrawal_method",
    "withdrawal_followup",
    "renewal_needed_since",
    "created_at",
)


def sql_value(value: Any) -> Any:
    """A value as SQLAlchemy stores it on SQLite (so the ORM reads it back unchanged)."""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def bulk_insert(
    session: Session, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> int:
    """Demo data at scale: one executemany on the driver, without SQLAlchemy's per-row
    parameter processing. Values must already be as stored (sql_value)."""
    if not rows:
        return 0
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    session.connection().exec_driver_sql(sql, list(rows))
    return len(rows)


def _birth_dates(session: Session, subject_ids: Sequence[int]) -> dict[int, date | None]:
    found: dict[int, date | None] = {}
    ids = list(subject_ids)
    for i in range(0, len(ids), 900):  # within SQLite's bound-parameter limit
        part = ids[i : i + 900]
        found.update(
            session.execute(
                select(Subject.id, Subject.birth_date).where(Subject.id.in_(part))
            ).all()
        )
    return found


def _ids(session: Session, column: Any) -> list[int]:
    return [int(x) for x in session.execute(select(column)).scalars()]


def demo_consents(
    session: Session,
    subject_ids: Iterable[int],
    purpose_ids: Sequence[int],
    n_per_subject: int = 3,
    seed: int = 2026,
    today: date | None = None,
) -> int:
    """Synthetic consents (about n_per_subject per person) by Core bulk inserts: some
    withdrawn, some needing renewal, minors' consents given by a representative. Returns the
    number inserted. Call inside the caller's write unit of work."""
    rng = random.Random(seed)
    today = today or date.today()
    ids = list(subject_ids)
    births = _birth_dates(session, ids)
    provisions = _ids(session, EntryProvision.id)
    notices = _ids(session, NoticeVersion.id)
    limit = minor_age(session)
    created = sql_value(now())
    rows: list[tuple[Any, ...]] = []
    total = 0
    rand = rng.random  # plain random() calls: randint and choices cost more at this scale
    last_day = today.toordinal()
    methods = ("paper",) * 6 + ("web",) * 3 + ("oral", "email")
    for subject_id in ids:
        birth = births.get(subject_id)
        count = max(0, round(rng.gauss(n_per_subject, 1)))
        for _ in range(count):
            given = date.fromordinal(last_day - int(rand() * 7 * 365))
            if birth is not None and given < birth:
                span = max(0, (today - birth).days)
                given = date.fromordinal(birth.toordinal() + int(rand() * span))
            roll = rand()
            scope = (
                "purpose"
                if roll < 0.7 or not purpose_ids
                else "sensitive"
                if roll < 0.85
                else "third_party"
                if roll < 0.95
                else "abroad"
            )
            if scope == "purpose" and not purpose_ids:
                scope = "sensitive"
            purpose = rng.choice(purpose_ids) if purpose_ids and scope == "purpose" else None
            recipient, country = "", ""
            provision = None
            if scope == "third_party":
                recipient = rng.choice(DEMO_RECIPIENTS)
                provision = rng.choice(provisions) if provisions and rng.random() < 0.5 else None
            elif scope == "abroad":
                country, recipient = rng.choice(DEMO_ABROAD)
            method = methods[int(rand() * len(methods))]
            minor = birth is not None and age_on(birth, given) < limit
            withdrawn = given + timedelta(days=int(rand() * 400)) if rand() < 0.08 else None
            if withdrawn is not None and withdrawn > today:
                withdrawn = today
            renewal = None
            if withdrawn is None and scope == "purpose" and rand() < 0.05:
                renewal = min(today, given + timedelta(days=30 + int(rand() * 670)))
            rows.append(
                (
                    subject_id,
                    scope,
                    purpose,
                    provision,
                    recipient,
                    country,
                    rng.choice(notices) if notices else None,
                    "個人情報の取扱いに関する同意書" if method == "paper" else "",
                    given.isoformat(),
                    method,
                    f"同意-{given.year}-{1 + int(rand() * 99999):05d}"
                    if method in ("paper", "web")
                    else "",
                    rng.choice(DEMO_LOCATIONS) if method == "paper" else "",
                    "representative" if minor else "person",
                    rng.choice(DEMO_GUARDIANS) if minor else "",
                    withdrawn.isoformat() if withdrawn else None,
                    rng.choice(METHODS) if withdrawn else "",
                    rng.choice(DEMO_FOLLOWUP) if withdrawn else "",
                    renewal.isoformat() if renewal else None,
                    created,
                )
            )
            if len(rows) >= _CHUNK:
                total += bulk_insert(session, ConsentRecord.__tablename__, _DEMO_COLUMNS, rows)
                rows = []
    return total + bulk_insert(session, ConsentRecord.__tablename__, _DEMO_COLUMNS, rows)
