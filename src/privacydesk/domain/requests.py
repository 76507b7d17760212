"""開示等の請求. Data-subject requests from receipt to closing (APPI.md sections 1 and 8).

A request's state is derived from its facts, never stored, so it cannot drift:
closed or withdrawn once closed; ``sent`` when every type is decided and a decision letter
went out; ``decided`` when every type is decided; ``identity_pending`` while identity (or an
agent's authority) is not confirmed; ``fee_pending`` while the fee is short; else
``in_review``.

The clock: the office's target is counted in business days of the office calendar from the
day after receipt; days inside a stop (waiting for identity documents or the fee) do not
count, and while a stop is open there is no due date, only "stopped since".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from privacydesk.domain import mailings, retention, settings
from privacydesk.domain.accounts import now
from privacydesk.domain.calendar import Calendar
from privacydesk.domain.consent import Problem, raise_problems, read_date
from privacydesk.domain.identity import (  # noqa: F401 - re-exported for the services
    DOC_KINDS,
    MASKING_TEXT,
    MISSING_CODES,
    MISSING_TEXT,
    WHOSE,
    DocumentRow,
    identity_gaps,
)
from privacydesk.domain.mailings import (  # noqa: F401 - re-exported for the services
    MAIL_METHOD_TEXT,
    MAIL_METHODS,
    MAIL_STATUSES,
    MailingRow,
)
from privacydesk.domain.mynumber import checked_text
from privacydesk.domain.subjects import LANGUAGES
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    DataRequest,
    IssuedDocument,
    Mailing,
    Profile,
    RegisterEntry,
    RequestDocument,
    RequestEntry,
    RequestStop,
    RequestType,
    Subject,
)

RECORD_TYPE = "request"
TYPES = ("purpose", "disclosure", "provision_records", "correction", "suspension", "stop_provision")
FEE_TYPES = frozenset({"purpose", "disclosure", "provision_records"})  # Article 38
DISCLOSURE_TYPES = frozenset({"disclosure", "provision_records"})
CHANNELS = ("post", "fax", "email", "counter")
FORMS = ("office_form", "own_letter")
REQUESTER_KINDS = ("person", "legal_rep", "appointed_agent")
HONORIFICS = ("様", "先生", "御中")
METHODS = ("paper", "electronic")
DECISIONS: dict[str, tuple[str, ...]] = {
    "purpose": ("notified", "not_notified"),
    "disclosure": ("full", "partial", "refused", "none"),
    "provision_records": ("full", "partial", "refused", "none"),
    "correction": ("done", "partly", "not_done"),
    "suspension": ("done", "not_done", "alternative"),
    "stop_provision": ("done", "not_done", "alternative"),
}
# Decisions that refuse or do something other than asked: a reason is always given (36).
NEEDS_REASON = frozenset({"not_notified", "refused", "partly", "not_done", "alternative"})
STATUTORY_GROUNDS = ("harm", "business", "other_law")  # Article 33(2) i–iii
PROCEDURAL_GROUNDS = (
    "identity_not_confirmed",
    "authority_not_confirmed",
    "documents_incomplete",
    "fee_unpaid",
    "not_retained",
)
GROUNDS = STATUTORY_GROUNDS + PROCEDURAL_GROUNDS
IDENTITY_STATUSES = ("unchecked", "confirmed", "missing")
STATES = (
    "identity_pending",
    "fee_pending",
    "in_review",
    "decided",
    "sent",
    "closed",
    "withdrawn",
)
OPEN_STATES = frozenset(STATES[:5])
STOP_REASONS = ("identity", "fee")
CLOSE_REASONS = ("done", "withdrawn_by_requester", "fee_unpaid", "identity_lapsed")
ROUTES = ("person", "requester")  # who gets decision letters, when overridden
DELIVERY_METHODS = ("counter_pickup", "restricted_delivery", "post")
PROCEDURAL_LETTERS = frozenset({"acknowledgement", "identity-check", "fee-shortfall", "withdrawn"})
DECISION_LETTERS = frozenset(
    {
        "disclosure",
        "non-disclosure",
        "correction-result",
        "suspension-result",
        "purpose-notice",
        "purpose-not-notified",
        "method-change",
        "password-notice",
    }
)
LETTER_KINDS = tuple(sorted(PROCEDURAL_LETTERS | DECISION_LETTERS))


# Wording printed on letters (Japanese, whatever the UI language).
TYPE_TEXT = {
    "purpose": "利用目的の通知",
    "disclosure": "開示",
    "provision_records": "第三者提供記録の開示",
    "correction": "訂正・追加・削除",
    "suspension": "利用停止・消去",
    "stop_provision": "第三者提供の停止",
}
METHOD_TEXT = {"paper": "書面", "electronic": "電磁的記録"}
DECISION_TEXT = {
    "full": "全部開示",
    "partial": "一部開示",
    "refused": "不開示",
    "none": "開示の請求に係る保有個人データが存在しないこと",
    "done": "ご請求のとおり対応しました",
    "partly": "ご請求の一部について対応しました",
    "not_done": "ご請求に応じないことといたしました",
    "alternative": "ご請求に代わる措置をとりました",
    "notified": "利用目的を通知します",
    "not_notified": "利用目的を通知しないことといたしました",
}
GROUND_TEXT = {
    "harm": "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがあるため"
    "（個人情報の保護に関する法律第33条第2項第1号）",
    "business": "当法人の業務の適正な実施に著しい支障を及ぼすおそれがあるため（同項第2号）",
    "other_law": "他の法令に違反することとなるため（同項第3号）",
    "identity_not_confirmed": "ご本人であることの確認ができなかったため",
    "authority_not_confirmed": "代理人の権限を確認できなかったため",
    "documents_incomplete": "請求に必要な書類が不足していたため",
    "fee_unpaid": "手数料のお支払いを確認できなかったため",
    "not_retained": "ご請求の情報は当法人の保有個人データに該当しないため",
}
# Offered to the officer for a protected person's disclosure (Article 33(2)(i)); editable.
PROTECTED_REFUSAL = (
    "ご本人の所在を秘匿する措置がとられており、開示によりご本人の生命、身体又は財産を"
    "害するおそれがあるため"
)

LIMITS = {
    "agent_name": 300,
    "agent_relation": 200,
    "person_name": 300,
    "request_postal_code": 20,
    "request_address": 1000,
    "confirmed_postal_code": 20,
    "confirmed_address": 1000,
    "delivery_postal_code": 20,
    "delivery_address": 1000,
    "notes": 4000,
    "detail": 4000,
    "reason": 4000,
    "changes": 4000,
    "route_reason": 2000,
    "enclosure": 2000,
    "note": 2000,
    "tracking_number": 60,
    "extract_name": 200,
}
EXTRACT_MAX_ROWS = 5000
EXTRACT_MAX_COLUMNS = 60
CELL_MAX = 2000


def _text(problems: list[Problem], name: str, value: object, limit: int | None = None) -> str:
    return checked_text(problems, name, value, limit or LIMITS.get(name, 4000))


def _choice(problems: list[Problem], name: str, value: object, choices: Sequence[str]) -> str:
    if value not in choices:
        problems.append((name, "input.unknown_choice", {"value": str(value)[:40]}))
        return choices[0]
    return str(value)


def number_of(request_id: int, received_on: date) -> str:
    """The case reference printed on letters and shown in lists."""
    return f"請求{received_on.year}-{request_id:04d}"


def fee_applies(types: Iterable[str]) -> bool:
    return any(t in FEE_TYPES for t in types)


# -- the clock ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stop:
    reason: str
    started_on: date
    ended_on: date | None  # None: still stopped

    def covers(self, d: date) -> bool:
        """Days after the stop began, up to and including the day it ended, do not count."""
        return self.started_on < d and (self.ended_on is None or d <= self.ended_on)


def due_date(received: date, target: int, stops: Sequence[Stop], cal: Calendar) -> date | None:
    """The target reply date, or None while an open stop holds the clock."""
    if target <= 0:
        return cal.next_open(received)
    d, left = received, target
    while left > 0:
        d += timedelta(days=1)
        stopped = [s for s in stops if s.covers(d)]
        if stopped:
            if any(s.ended_on is None for s in stopped):
                return None
            continue
        if cal.is_open(d):
            left -= 1
    return d


def days_used(received: date, until: date, stops: Sequence[Stop], cal: Calendar) -> int:
    """Business days counted against the target from receipt to `until` (stops excluded)."""
    d, used = received, 0
    while d < until:
        d += timedelta(days=1)
        if cal.is_open(d) and not any(s.covers(d) for s in stops):
            used += 1
    return used


def may_sue_from(received: date, refused_on: date | None) -> date:
    """Article 39: two weeks after the request arrived (the first day not counted), or the
    refusal, whichever is earlier."""
    two_weeks = received + timedelta(days=15)
    return min(two_weeks, refused_on) if refused_on else two_weeks


# -- reading a request ------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeRow:
    type: str
    method_asked: str
    method_used: str
    method_reason: str
    detail: str
    decision: str
    grounds: tuple[str, ...]
    reason: str
    changes: str
    include_sensitive: bool
    decided_on: date | None


@dataclass(frozen=True)
class EntryCover:
    entry_id: int
    entry_name: str
    extract_name: str
    extract_columns: tuple[str, ...]
    extract_rows: tuple[tuple[str, ...], ...]
    enclosure: str
    withheld: tuple[tuple[str, str], ...]  # (item, ground)

    @property
    def has_content(self) -> bool:
        return bool(self.extract_columns) or bool(self.enclosure)


@dataclass(frozen=True)
class RequestView:
    id: int
    number: str
    received_on: date
    channel: str
    form: str
    subject_id: int | None
    person_name: str
    protected: bool
    requester_kind: str
    agent_name: str
    agent_honorific: str
    agent_relation: str
    request_postal_code: str
    request_address: str
    confirmed_postal_code: str
    confirmed_address: str
    address_matches_register: bool | None
    language: str
    identity_status: str
    identity_missing: tuple[str, ...]
    identity_deadline: date | None
    identity_checked_at: Any
    fee_due: int
    fee_received: int
    fee_received_on: date | None
    fee_method: str
    fee_deadline: date | None
    approved: bool
    decision_route: str
    route_reason: str
    delivery_method: str
    delivery_postal_code: str
    delivery_address: str
    refused_on: date | None
    closed_on: date | None
    close_reason: str
    has_password: bool
    notes: str
    types: tuple[TypeRow, ...]
    entries: tuple[EntryCover, ...]
    documents: tuple[DocumentRow, ...]
    stops: tuple[Stop, ...]
    mailings: tuple[MailingRow, ...]
    letters: tuple[tuple[int, str, str, Any], ...]  # (document id, kind, number, issued_at)
    state: str = ""
    due_on: date | None = None
    open_stop: Stop | None = None
    sue_from: date | None = None
    next_action: str = ""
    needs_approval: bool = False
    agent_made: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "agent_made", self.requester_kind != "person")

    @property
    def type_codes(self) -> tuple[str, ...]:
        return tuple(t.type for t in self.types)

    def type_row(self, code: str) -> TypeRow | None:
        return next((t for t in self.types if t.type == code), None)


def _json_list(text: str) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _load(session: Session, request_id: int) -> DataRequest:
    if not isinstance(request_id, int) or isinstance(request_id, bool):
        raise InvalidInput("requests.not_found", id=str(request_id)[:20])
    row = session.get(DataRequest, request_id)
    if row is None:
        raise InvalidInput("requests.not_found", id=str(request_id))
    return row


def _type_row(t: RequestType) -> TypeRow:
    return TypeRow(
        t.type,
        t.method_asked,
        t.method_used,
        t.method_reason,
        t.detail,
        t.decision,
        tuple(str(g) for g in _json_list(t.grounds)),
        t.reason,
        t.changes,
        t.include_sensitive,
        t.decided_on,
    )


def state_of(r: DataRequest, types: Sequence[TypeRow], sent: Sequence[MailingRow]) -> str:
    if r.closed_on is not None:
        return (
            "withdrawn" if r.close_reason in ("withdrawn_by_requester", "fee_unpaid") else "closed"
        )
    if types and all(t.decision for t in types):
        out = any(m.kind in DECISION_LETTERS and m.status == "sent" for m in sent)
        return "sent" if out else "decided"
    if r.identity_status != "confirmed":
        return "identity_pending"
    if r.fee_due > r.fee_received:
        return "fee_pending"
    return "in_review"


def needs_approval(r: DataRequest, types: Iterable[str]) -> bool:
    """A protected person's request made by an agent, or one that would disclose the address,
    goes to a manager before anything is sent."""
    return r.protected and (
        r.requester_kind != "person" or any(t in DISCLOSURE_TYPES for t in types)
    )


def _next_action(v: RequestView, returned: bool) -> str:
    """A message code naming what the officer does next."""
    if returned:
        return "requests.next.returned_mail"
    if v.state in ("closed", "withdrawn"):
        return "requests.next.none"
    if v.needs_approval and not v.approved:
        return "requests.next.approval"
    if v.state == "identity_pending":
        if v.identity_status == "missing" and v.identity_deadline and v.open_stop is None:
            return "requests.next.identity_letter"
        if v.identity_status == "missing":
            return "requests.next.wait_identity"
        return "requests.next.check_identity"
    if v.state == "fee_pending":
        return "requests.next.wait_fee" if v.fee_deadline else "requests.next.fee_letter"
    if v.state == "in_review":
        return "requests.next.decide"
    if v.state == "decided":
        return "requests.next.send_decision"
    return "requests.next.close"


def view(session: Session, request_id: int, today: date, cal: Calendar) -> RequestView:
    r = _load(session, request_id)
    types = [
        _type_row(t)
        for t in session.scalars(
            select(RequestType).where(RequestType.request_id == r.id).order_by(RequestType.id)
        )
    ]
    names = dict(session.execute(select(RegisterEntry.id, RegisterEntry.name)).all())
    entries = [
        EntryCover(
            e.entry_id,
            names.get(e.entry_id, ""),
            e.extract_name,
            tuple(str(c) for c in _json_list(e.extract_columns)),
            tuple(tuple(str(c) for c in row) for row in _json_list(e.extract_rows)),
            e.enclosure,
            tuple(
                (str(w.get("item", "")), str(w.get("ground", "")))
                for w in _json_list(e.withheld)
                if isinstance(w, dict)
            ),
        )
        for e in session.scalars(
            select(RequestEntry)
            .where(RequestEntry.request_id == r.id)
            .order_by(RequestEntry.entry_id)
        )
    ]
    docs = [
        DocumentRow(d.id, d.whose, d.kind, d.received_on, d.issued_on, d.note)
        for d in session.scalars(
            select(RequestDocument)
            .where(RequestDocument.request_id == r.id)
            .order_by(RequestDocument.id)
        )
    ]
    stops = [
        Stop(s.reason, s.started_on, s.ended_on)
        for s in session.scalars(
            select(RequestStop).where(RequestStop.request_id == r.id).order_by(RequestStop.id)
        )
    ]
    sent = mailings.of_record(session, RECORD_TYPE, str(r.id))
    letters = tuple(
        (row.id, row.kind, row.number, row.issued_at)
        for row in session.execute(  # the columns only: never the stored PDFs
            select(
                IssuedDocument.id,
                IssuedDocument.kind,
                IssuedDocument.number,
                IssuedDocument.issued_at,
            )
            .where(IssuedDocument.record_type == RECORD_TYPE, IssuedDocument.record_id == str(r.id))
            .order_by(IssuedDocument.id)
        )
    )
    state = state_of(r, types, sent)
    target = settings.get(session, "requests.target_business_days")
    open_stop = next((s for s in stops if s.ended_on is None), None)
    due = None if state in ("closed", "withdrawn") else due_date(r.received_on, target, stops, cal)
    v = RequestView(
        id=r.id,
        number=number_of(r.id, r.received_on),
        received_on=r.received_on,
        channel=r.channel,
        form=r.form,
        subject_id=r.subject_id,
        person_name=r.person_name,
        protected=r.protected,
        requester_kind=r.requester_kind,
        agent_name=r.agent_name,
        agent_honorific=r.agent_honorific,
        agent_relation=r.agent_relation,
        request_postal_code=r.request_postal_code,
        request_address=r.request_address,
        confirmed_postal_code=r.confirmed_postal_code,
        confirmed_address=r.confirmed_address,
        address_matches_register=r.address_matches_register,
        language=r.language,
        identity_status=r.identity_status,
        identity_missing=tuple(str(c) for c in _json_list(r.identity_missing)),
        identity_deadline=r.identity_deadline,
        identity_checked_at=r.identity_checked_at,
        fee_due=r.fee_due,
        fee_received=r.fee_received,
        fee_received_on=r.fee_received_on,
        fee_method=r.fee_method,
        fee_deadline=r.fee_deadline,
        approved=r.approved_at is not None,
        decision_route=r.decision_route,
        route_reason=r.route_reason,
        delivery_method=r.delivery_method,
        delivery_postal_code=r.delivery_postal_code,
        delivery_address=r.delivery_address,
        refused_on=r.refused_on,
        closed_on=r.closed_on,
        close_reason=r.close_reason,
        has_password=r.electronic_password is not None,
        notes=r.notes,
        types=tuple(types),
        entries=tuple(entries),
        documents=tuple(docs),
        stops=tuple(stops),
        mailings=tuple(sent),
        letters=letters,
        state=state,
        due_on=due,
        open_stop=open_stop,
        sue_from=may_sue_from(r.received_on, r.refused_on),
        needs_approval=needs_approval(r, [t.type for t in types]),
    )
    last_returned = max(
        (m.status_on or m.sent_on for m in sent if m.status == "returned"), default=None
    )
    returned = last_returned is not None and not any(
        m.status == "sent" and m.sent_on > last_returned for m in sent
    )
    object.__setattr__(v, "next_action", _next_action(v, returned))
    return v


# -- making and changing a request ------------------------------------------------------------


@dataclass
class TypeInput:
    type: str
    method_asked: str = ""  # disclosure types: paper | electronic
    detail: str = ""


@dataclass
class RequestInput:
    received_on: date | str
    subject_id: int
    types: list[TypeInput]
    channel: str = "post"
    form: str = "office_form"
    requester_kind: str = "person"
    agent_name: str = ""
    agent_honorific: str = "様"
    agent_relation: str = ""
    request_postal_code: str = ""
    request_address: str = ""
    language: str = ""  # "" = the person's language in the register
    entry_ids: list[int] = field(default_factory=list)
    notes: str = ""


def _check_entries(session: Session, problems: list[Problem], ids: Iterable[int]) -> list[int]:
    out: list[int] = []
    for entry_id in ids:
        if (
            not isinstance(entry_id, int)
            or isinstance(entry_id, bool)
            or session.get(RegisterEntry, entry_id) is None
        ):
            problems.append(("entry_ids", "requests.unknown_entry", {"id": str(entry_id)[:20]}))
        elif entry_id not in out:
            out.append(entry_id)
    return out


def create(session: Session, data: RequestInput, actor: int | None, today: date) -> int:
    problems: list[Problem] = []
    received = read_date(
        problems, "received_on", data.received_on, today, future_code="requests.future_date"
    )
    subject = (
        session.get(Subject, data.subject_id)
        if isinstance(data.subject_id, int) and not isinstance(data.subject_id, bool)
        else None
    )
    if subject is None:
        problems.append(("subject_id", "requests.unknown_subject", {}))
    channel = _choice(problems, "channel", data.channel, CHANNELS)
    form = _choice(problems, "form", data.form, FORMS)
    kind = _choice(problems, "requester_kind", data.requester_kind, REQUESTER_KINDS)
    honorific = _choice(problems, "agent_honorific", data.agent_honorific or "様", HONORIFICS)
    agent_name = _text(problems, "agent_name", data.agent_name)
    relation = _text(problems, "agent_relation", data.agent_relation)
    if kind != "person" and not agent_name:
        problems.append(("agent_name", "requests.agent_name_required", {}))
    postal = _text(problems, "request_postal_code", data.request_postal_code)
    address = _text(problems, "request_address", data.request_address)
    notes = _text(problems, "notes", data.notes)
    language = data.language or (subject.language if subject else "ja")
    language = _choice(problems, "language", language, LANGUAGES)
    types: list[tuple[str, str, str]] = []
    if not data.types:
        problems.append(("types", "requests.type_required", {}))
    for t in data.types:
        code = _choice(problems, "types", t.type, TYPES)
        method = t.method_asked or ("paper" if code in DISCLOSURE_TYPES else "")
        if code in DISCLOSURE_TYPES:
            method = _choice(problems, "method_asked", method, METHODS)
        else:
            method = ""
        if code in (x[0] for x in types):
            problems.append(("types", "requests.type_twice", {"type": code}))
            continue
        types.append((code, method, _text(problems, "detail", t.detail)))
    entry_ids = _check_entries(session, problems, data.entry_ids)
    raise_problems(problems)
    assert subject is not None and received is not None
    fee_yen = int(session.execute(select(Profile.fee_yen)).scalar() or 0)
    r = DataRequest(
        received_on=received,
        channel=channel,
        form=form,
        subject_id=subject.id,
        person_name=subject.legal_name,
        protected=subject.protected,
        requester_kind=kind,
        agent_name=agent_name if kind != "person" else "",
        agent_honorific=honorific if kind != "person" else "様",
        agent_relation=relation if kind != "person" else "",
        request_postal_code=postal or (subject.postal_code if kind == "person" else ""),
        request_address=address or (subject.address if kind == "person" else ""),
        language=language,
        fee_due=fee_yen if fee_applies(t[0] for t in types) else 0,
        notes=notes,
        created_at=now(),
        created_by=actor,
    )
    session.add(r)
    session.flush()
    for code, method, detail in types:
        session.add(RequestType(request_id=r.id, type=code, method_asked=method, detail=detail))
    for entry_id in entry_ids:
        session.add(RequestEntry(request_id=r.id, entry_id=entry_id))
    retention.set_hold(
        session,
        "subject",
        subject.id,
        "開示等の請求への対応中",
        reference=f"{RECORD_TYPE}:{r.id}",
        source="request",
        actor=actor,
    )
    session.flush()
    return r.id


def _open(session: Session, request_id: int) -> DataRequest:
    r = _load(session, request_id)
    if r.closed_on is not None:
        raise InvalidInput("requests.closed", id=str(r.id))
    return r


def set_entries(session: Session, request_id: int, entry_ids: Sequence[int]) -> None:
    r = _open(session, request_id)
    problems: list[Problem] = []
    ids = _check_entries(session, problems, entry_ids)
    raise_problems(problems)
    existing = {
        e.entry_id: e
        for e in session.scalars(select(RequestEntry).where(RequestEntry.request_id == r.id))
    }
    for entry_id, row in existing.items():
        if entry_id not in ids:
            session.delete(row)
    for entry_id in ids:
        if entry_id not in existing:
            session.add(RequestEntry(request_id=r.id, entry_id=entry_id))
    session.flush()


def add_document(
    session: Session,
    request_id: int,
    whose: str,
    kind: str,
    received_on: date | str,
    issued_on: date | str | None,
    note: str,
    today: date,
) -> int:
    r = _open(session, request_id)
    problems: list[Problem] = []
    whose = _choice(problems, "whose", whose, WHOSE)
    kind = _choice(problems, "kind", kind, tuple(DOC_KINDS))
    received = read_date(
        problems, "received_on", received_on, today, future_code="requests.future_date"
    )
    issued = read_date(
        problems, "issued_on", issued_on, today, required=False, future_code="requests.future_date"
    )
    note = _text(problems, "note", note)
    if received and received < r.received_on - timedelta(days=366):
        problems.append(("received_on", "requests.date_before_request", {}))
    raise_problems(problems)
    assert received is not None
    doc = RequestDocument(
        request_id=r.id, whose=whose, kind=kind, received_on=received, issued_on=issued, note=note
    )
    session.add(doc)
    session.flush()
    return doc.id


def remove_document(session: Session, request_id: int, document_id: int) -> None:
    r = _open(session, request_id)
    doc = session.get(RequestDocument, document_id)
    if doc is None or doc.request_id != r.id:
        raise InvalidInput("requests.document_not_found")
    session.delete(doc)
    session.flush()


def _open_stop(session: Session, r: DataRequest, reason: str, on: date) -> None:
    existing = session.scalars(
        select(RequestStop).where(
            RequestStop.request_id == r.id,
            RequestStop.reason == reason,
            RequestStop.ended_on.is_(None),
        )
    ).first()
    if existing is None:
        session.add(RequestStop(request_id=r.id, reason=reason, started_on=max(on, r.received_on)))


def _end_stop(session: Session, r: DataRequest, reason: str, on: date) -> None:
    for stop in session.scalars(
        select(RequestStop).where(
            RequestStop.request_id == r.id,
            RequestStop.reason == reason,
            RequestStop.ended_on.is_(None),
        )
    ):
        stop.ended_on = max(on, stop.started_on)


def record_identity(
    session: Session,
    request_id: int,
    *,
    confirmed: bool,
    missing: Sequence[str],
    deadline: date | str | None,
    confirmed_postal_code: str,
    confirmed_address: str,
    address_matches_register: bool | None,
    actor: int | None,
    today: date,
) -> None:
    """The officer's identity check. Missing documents stop the clock until confirmation."""
    r = _open(session, request_id)
    problems: list[Problem] = []
    codes = [c for c in missing if c in MISSING_CODES]
    if len(codes) != len(missing):
        problems.append(("missing", "input.unknown_choice", {"value": "missing"}))
    postal = _text(problems, "confirmed_postal_code", confirmed_postal_code)
    address = _text(problems, "confirmed_address", confirmed_address)
    due: date | None = None
    if deadline not in (None, ""):
        due = _future_date(problems, "deadline", deadline, today)
    if confirmed and codes:
        problems.append(("missing", "requests.confirmed_with_gaps", {}))
    if not confirmed and not codes:
        problems.append(("missing", "requests.missing_required", {}))
    raise_problems(problems)
    r.identity_status = "confirmed" if confirmed else "missing"
    r.identity_missing = json.dumps(codes)
    r.identity_checked_by = actor
    r.identity_checked_at = now()
    if postal or address:
        r.confirmed_postal_code, r.confirmed_address = postal, address
    r.address_matches_register = address_matches_register
    if confirmed:
        r.identity_deadline = None
        _end_stop(session, r, "identity", today)
    else:
        r.identity_deadline = due
        _open_stop(session, r, "identity", today)
    session.flush()


def _future_date(problems: list[Problem], name: str, value: date | str, today: date) -> date | None:
    """A date the office states in a letter: today or later, within a year."""
    far = today + timedelta(days=366)
    got = read_date(problems, name, value, far, future_code="requests.deadline_too_far")
    if got is not None and got < today:
        problems.append((name, "requests.deadline_past", {"date": got.isoformat()}))
        return None
    return got


def record_fee(
    session: Session,
    request_id: int,
    *,
    amount: int,
    received_on: date | str | None,
    method: str,
    deadline: date | str | None,
    today: date,
) -> None:
    """The fee received so far (the total). Short: the clock stops until it is paid."""
    r = _open(session, request_id)
    problems: list[Problem] = []
    if r.fee_due == 0:
        problems.append(("amount", "requests.fee_not_allowed", {}))
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 <= amount <= 1_000_000:
        problems.append(("amount", "requests.bad_amount", {}))
        amount = 0
    on = read_date(
        problems,
        "received_on",
        received_on,
        today,
        required=amount > 0,
        future_code="requests.future_date",
    )
    if method:
        method = _choice(problems, "method", method, ("postal_stamps", "money_order", "cash"))
    due: date | None = None
    if deadline not in (None, ""):
        due = _future_date(problems, "deadline", deadline, today)
    raise_problems(problems)
    r.fee_received = amount
    r.fee_received_on = on
    r.fee_method = method
    if amount >= r.fee_due:
        r.fee_deadline = None
        _end_stop(session, r, "fee", on or today)
    else:
        r.fee_deadline = due
        _open_stop(session, r, "fee", on or today)
    session.flush()


def set_fee_due(session: Session, request_id: int, amount: int) -> None:
    """The fee asked: only for notification of purpose and disclosure (Article 38)."""
    r = _open(session, request_id)
    types = session.scalars(select(RequestType.type).where(RequestType.request_id == r.id))
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 <= amount <= 1_000_000:
        raise InvalidInput("requests.bad_amount")
    if amount > 0 and not fee_applies(types):
        raise InvalidInput("requests.fee_not_allowed")
    r.fee_due = amount
    if r.fee_received >= amount:
        _end_stop(session, r, "fee", date.today())
    session.flush()


# -- decisions -------------------------------------------------------------------------------


@dataclass
class Decision:
    type: str
    decision: str
    grounds: list[str] = field(default_factory=list)
    reason: str = ""
    changes: str = ""  # correction: what changed; suspension: the measures taken
    method_used: str = ""  # disclosure: paper | electronic ("" = as asked)
    method_reason: str = ""  # why another method than the one asked (33(1) proviso)
    include_sensitive: bool = False


def decide(session: Session, request_id: int, d: Decision, actor: int | None, today: date) -> None:
    r = _open(session, request_id)
    # A type that is none of ours is refused before the query (a lone surrogate cannot be bound).
    row = None if d.type not in TYPES else session.scalars(
        select(RequestType).where(RequestType.request_id == r.id, RequestType.type == d.type)
    ).first()
    if row is None:
        raise InvalidInput("requests.type_not_asked", type=str(d.type)[:30])
    problems: list[Problem] = []
    decision = _choice(problems, "decision", d.decision, DECISIONS[row.type])
    grounds = [g for g in d.grounds if g in GROUNDS]
    if len(grounds) != len(d.grounds):
        problems.append(("grounds", "input.unknown_choice", {"value": "grounds"}))
    reason = _text(problems, "reason", d.reason)
    changes = _text(problems, "changes", d.changes)
    method_reason = _text(problems, "method_reason", d.method_reason, LIMITS["reason"])
    method_used = ""
    entries = list(session.scalars(select(RequestEntry).where(RequestEntry.request_id == r.id)))
    if decision in NEEDS_REASON and not reason and not grounds:
        problems.append(("reason", "requests.reason_required", {}))
    if row.type in DISCLOSURE_TYPES:
        if decision == "refused" and not grounds:
            problems.append(("grounds", "requests.ground_required", {}))
        if set(grounds) & set(STATUTORY_GROUNDS) and not reason:
            problems.append(("reason", "requests.reason_required", {}))
        if decision in ("full", "partial"):
            _substantive_ready(r, problems)
            method_used = d.method_used or row.method_asked or "paper"
            method_used = _choice(problems, "method_used", method_used, METHODS)
            if method_used != row.method_asked and not method_reason:
                problems.append(("method_reason", "requests.method_reason_required", {}))
        if decision == "full" and row.type == "disclosure":
            bare = [e.entry_id for e in entries if not (e.extract_columns != "[]" or e.enclosure)]
            if bare:
                problems.append(("entries", "requests.entry_without_content", {"count": len(bare)}))
        if (
            decision == "partial"
            and not any(_json_list(e.withheld) for e in entries)
            and row.type == "disclosure"
        ):
            problems.append(("withheld", "requests.withheld_required", {}))
    elif (
        decision not in NEEDS_REASON
        and decision != "notified"
        and not changes
        and row.type == "correction"
    ):
        problems.append(("changes", "requests.changes_required", {}))
    if decision == "alternative" and not changes:
        problems.append(("changes", "requests.measures_required", {}))
    if decision == "partly" and not changes:
        problems.append(("changes", "requests.changes_required", {}))
    if decision in ("done", "partly", "alternative", "notified"):
        _substantive_ready(r, problems)
    raise_problems(problems)
    row.decision = decision
    row.grounds = json.dumps(grounds)
    row.reason = reason
    row.changes = changes
    row.method_used = method_used
    row.method_reason = method_reason if method_used and method_used != row.method_asked else ""
    row.include_sensitive = bool(d.include_sensitive) and decision in ("full", "partial")
    row.decided_on = today
    row.decided_by = actor
    if decision in ("refused", "not_done", "not_notified") and r.refused_on is None:
        r.refused_on = today
    session.flush()


def _substantive_ready(r: DataRequest, problems: list[Problem]) -> None:
    """Acting on a request needs identity confirmed and the fee paid."""
    if r.identity_status != "confirmed":
        problems.append(("identity", "requests.identity_not_confirmed", {}))
    if r.fee_due > r.fee_received:
        problems.append(("fee", "requests.fee_short", {}))


def clear_decision(session: Session, request_id: int, type_code: str) -> None:
    r = _open(session, request_id)
    row = session.scalars(
        select(RequestType).where(RequestType.request_id == r.id, RequestType.type == type_code)
    ).first()
    if row is None:
        raise InvalidInput("requests.type_not_asked", type=str(type_code)[:30])
    row.decision, row.grounds, row.reason, row.changes = "", "[]", "", ""
    row.method_used, row.method_reason, row.decided_on, row.decided_by = "", "", None, None
    session.flush()


def identity_lapsed(session: Session, request_id: int, actor: int | None, today: date) -> None:
    """Identity documents did not arrive by the stated date: the default answer is a
    procedural refusal of every type not yet decided."""
    r = _open(session, request_id)
    if r.identity_status == "confirmed":
        raise InvalidInput("requests.identity_already_confirmed")
    if r.identity_deadline is None or r.identity_deadline >= today:
        raise InvalidInput("requests.deadline_not_passed")
    ground = (
        "authority_not_confirmed"
        if r.requester_kind != "person"
        and set(_json_list(r.identity_missing))
        & {"legal_authority", "power_of_attorney", "seal_or_signature"}
        else "identity_not_confirmed"
    )
    for row in session.scalars(select(RequestType).where(RequestType.request_id == r.id)):
        if row.decision:
            continue
        row.decision = {
            "purpose": "not_notified",
            "correction": "not_done",
            "suspension": "not_done",
            "stop_provision": "not_done",
        }.get(row.type, "refused")
        row.grounds = json.dumps([ground])
        row.reason = GROUND_TEXT[ground]
        row.decided_on, row.decided_by = today, actor
    if r.refused_on is None:
        r.refused_on = today
    _end_stop(session, r, "identity", today)
    session.flush()


# -- what is disclosed ----------------------------------------------------------------------------


def set_extract(
    session: Session,
    request_id: int,
    entry_id: int,
    name: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
) -> None:
    """The data an entry's source system holds on the person, imported for disclosure."""
    r = _open(session, request_id)
    row = session.get(RequestEntry, (r.id, entry_id))
    if row is None:
        raise InvalidInput("requests.entry_not_covered", id=str(entry_id)[:20])
    problems: list[Problem] = []
    name = _text(problems, "extract_name", name)
    cols = [_text(problems, "extract_columns", c, CELL_MAX) for c in columns]
    if not cols or not any(cols):
        problems.append(("extract_columns", "requests.extract_empty", {}))
    if len(cols) > EXTRACT_MAX_COLUMNS:
        problems.append(
            ("extract_columns", "requests.extract_too_wide", {"max": EXTRACT_MAX_COLUMNS})
        )
    if len(rows) > EXTRACT_MAX_ROWS:
        problems.append(("extract_rows", "requests.extract_too_long", {"max": EXTRACT_MAX_ROWS}))
    clean: list[list[str]] = []
    for i, cells in enumerate(rows[:EXTRACT_MAX_ROWS], start=1):
        values = [_text(problems, f"row{i}", str(c), CELL_MAX) for c in cells]
        values = (values + [""] * len(cols))[: len(cols)]
        clean.append(values)
    raise_problems(problems)
    row.extract_name = name
    row.extract_columns = json.dumps(cols, ensure_ascii=False)
    row.extract_rows = json.dumps(clean, ensure_ascii=False)
    session.flush()


def set_enclosure(session: Session, request_id: int, entry_id: int, text: str) -> None:
    r = _open(session, request_id)
    row = session.get(RequestEntry, (r.id, entry_id))
    if row is None:
        raise InvalidInput("requests.entry_not_covered", id=str(entry_id)[:20])
    problems: list[Problem] = []
    row.enclosure = _text(problems, "enclosure", text)
    raise_problems(problems)
    session.flush()


def set_withheld(
    session: Session, request_id: int, entry_id: int, items: Sequence[tuple[str, str]]
) -> None:
    """一部開示: what is withheld from an entry, item by item, each with its ground."""
    r = _open(session, request_id)
    row = session.get(RequestEntry, (r.id, entry_id))
    if row is None:
        raise InvalidInput("requests.entry_not_covered", id=str(entry_id)[:20])
    problems: list[Problem] = []
    out = []
    for item, ground in items:
        item = _text(problems, "withheld", item, 200)
        if ground not in STATUTORY_GROUNDS:
            problems.append(("withheld", "requests.ground_required", {}))
        if item:
            out.append({"item": item, "ground": ground})
    raise_problems(problems)
    row.withheld = json.dumps(out, ensure_ascii=False)
    session.flush()


# -- routing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    name: str
    honorific: str
    postal_code: str
    address: str
    to_person: bool  # False: an agent; never shown the protected person's address


def procedural_recipient(v: RequestView) -> Recipient:
    """Whoever made the request, at the address on the request."""
    if v.agent_made:
        return Recipient(
            v.agent_name, v.agent_honorific, v.request_postal_code, v.request_address, False
        )
    return Recipient(v.person_name, "様", v.request_postal_code, v.request_address, True)


def decision_recipient(v: RequestView, legal_rep_gets_decisions: bool) -> Recipient:
    """Seed 002: the person, at the address the identity documents confirm, also when an
    appointed agent made the request; the legal representative when one made it (setting).
    A recorded override sends to the requester instead; a protected person's letters go where
    a manager chose."""
    to_requester = v.decision_route == "requester" or (
        v.requester_kind == "legal_rep"
        and legal_rep_gets_decisions
        and v.decision_route != "person"
    )
    if v.protected and v.delivery_method:
        if to_requester and v.agent_made:
            return Recipient(
                v.agent_name, v.agent_honorific, v.delivery_postal_code, v.delivery_address, False
            )
        return Recipient(v.person_name, "様", v.delivery_postal_code, v.delivery_address, True)
    if to_requester and v.agent_made:
        return Recipient(
            v.agent_name, v.agent_honorific, v.request_postal_code, v.request_address, False
        )
    postal = v.confirmed_postal_code or (v.request_postal_code if not v.agent_made else "")
    address = v.confirmed_address or (v.request_address if not v.agent_made else "")
    return Recipient(v.person_name, "様", postal, address, True)


def set_route(session: Session, request_id: int, route: str, reason: str) -> None:
    r = _open(session, request_id)
    problems: list[Problem] = []
    if route not in ("", *ROUTES):
        problems.append(("route", "input.unknown_choice", {"value": str(route)[:20]}))
    reason = _text(problems, "route_reason", reason)
    if route and not reason:
        problems.append(("route_reason", "requests.route_reason_required", {}))
    if route == "requester" and r.requester_kind == "person":
        problems.append(("route", "requests.route_no_agent", {}))
    raise_problems(problems)
    r.decision_route, r.route_reason = route, reason if route else ""
    session.flush()


def set_delivery(
    session: Session, request_id: int, method: str, postal_code: str, address: str
) -> None:
    """A manager's choice for a protected person: where and how decision letters go."""
    r = _open(session, request_id)
    problems: list[Problem] = []
    method = _choice(problems, "delivery_method", method, DELIVERY_METHODS)
    postal = _text(problems, "delivery_postal_code", postal_code)
    address = _text(problems, "delivery_address", address)
    if method != "counter_pickup" and not address:
        problems.append(("delivery_address", "requests.address_required", {}))
    raise_problems(problems)
    r.delivery_method, r.delivery_postal_code, r.delivery_address = method, postal, address
    session.flush()


def approve(session: Session, request_id: int, actor: int | None) -> None:
    r = _open(session, request_id)
    r.approved_by, r.approved_at = actor, now()
    session.flush()


# -- letters: does the state fit? --------------------------------------------------------------


def letter_problem(v: RequestView, kind: str) -> str | None:
    """None when a letter of `kind` fits the request's state, else a message code why not."""
    if kind not in LETTER_KINDS:
        return "requests.letter_unknown"
    if v.needs_approval and not v.approved:
        return "requests.letter_needs_approval"
    closed = v.closed_on is not None
    if kind == "withdrawn":
        return None if v.state == "withdrawn" else "requests.letter_not_withdrawn"
    if closed and kind != "password-notice":
        return "requests.letter_closed"
    if kind == "acknowledgement":
        return None
    if kind == "identity-check":
        if v.identity_status != "missing" or not v.identity_missing:
            return "requests.letter_identity_not_missing"
        return None if v.identity_deadline else "requests.letter_needs_deadline"
    if kind == "fee-shortfall":
        if v.fee_due <= v.fee_received:
            return "requests.letter_fee_paid"
        return None if v.fee_deadline else "requests.letter_needs_deadline"
    if v.protected and v.needs_approval and not v.delivery_method:
        return "requests.letter_needs_delivery"
    decided = {t.type: t for t in v.types if t.decision}
    disclosure = [decided[t] for t in DISCLOSURE_TYPES if t in decided]
    if kind == "disclosure":
        rows = [t for t in disclosure if t.decision in ("full", "partial")]
        if not rows:
            return "requests.letter_no_disclosure_decision"
        if v.identity_status != "confirmed":
            return "requests.identity_not_confirmed"
        if v.fee_due > v.fee_received:
            return "requests.fee_short"
        if any(t.decision == "full" for t in rows if t.type == "disclosure") and any(
            not e.has_content for e in v.entries
        ):
            return "requests.entry_without_content"
        return None
    if kind == "non-disclosure":
        ok = any(t.decision in ("refused", "none") for t in disclosure)
        return None if ok else "requests.letter_no_refusal"
    if kind == "correction-result":
        return None if "correction" in decided else "requests.letter_not_decided"
    if kind == "suspension-result":
        ok = "suspension" in decided or "stop_provision" in decided
        return None if ok else "requests.letter_not_decided"
    if kind == "purpose-notice":
        t = decided.get("purpose")
        return None if t and t.decision == "notified" else "requests.letter_not_decided"
    if kind == "purpose-not-notified":
        t = decided.get("purpose")
        return None if t and t.decision == "not_notified" else "requests.letter_not_decided"
    if kind == "method-change":
        changed = any(t.method_used and t.method_used != t.method_asked for t in disclosure)
        return None if changed else "requests.letter_method_not_changed"
    if kind == "password-notice":
        return None if v.has_password else "requests.letter_no_password"
    return "requests.letter_unknown"


# -- closing, the mailing log, retention -------------------------------------------------------


def close(session: Session, request_id: int, reason: str, on: date, actor: int | None) -> None:
    r = _open(session, request_id)
    if reason not in CLOSE_REASONS:
        raise InvalidInput("input.unknown_choice", value=str(reason)[:30])
    if reason == "done":
        undecided = session.scalars(
            select(RequestType.type).where(
                RequestType.request_id == r.id, RequestType.decision == ""
            )
        ).all()
        if undecided:
            raise InvalidInput("requests.close_undecided", count=len(undecided))
    if reason == "fee_unpaid" and not (
        r.fee_due > r.fee_received and r.fee_deadline is not None and r.fee_deadline < on
    ):
        raise InvalidInput("requests.fee_deadline_not_passed")
    if on < r.received_on:
        raise InvalidInput("requests.date_before_request")
    r.closed_on, r.close_reason = on, reason
    r.electronic_password = None  # the password notice can no longer be reprinted
    for stop in session.scalars(
        select(RequestStop).where(RequestStop.request_id == r.id, RequestStop.ended_on.is_(None))
    ):
        stop.ended_on = max(on, stop.started_on)
    for hold in retention.active_holds(session):
        if hold.reference == f"{RECORD_TYPE}:{r.id}":
            retention.release_hold(session, hold.id, actor)
    session.flush()


def reopen(session: Session, request_id: int, actor: int | None) -> None:
    r = _load(session, request_id)
    if r.closed_on is None:
        return
    r.closed_on, r.close_reason = None, ""
    if r.subject_id is not None and session.get(Subject, r.subject_id) is not None:
        retention.set_hold(
            session,
            "subject",
            r.subject_id,
            "開示等の請求への対応中",
            reference=f"{RECORD_TYPE}:{r.id}",
            source="request",
            actor=actor,
        )
    session.flush()


def request_ids(session: Session) -> list[int]:
    return list(session.scalars(select(DataRequest.id).order_by(DataRequest.id.desc())))


def past_retention(session: Session, today: date, years: int) -> list[int]:
    """Closed requests whose documents have been kept the profile's years."""
    out = []
    for rid, closed in session.execute(
        select(DataRequest.id, DataRequest.closed_on).where(DataRequest.closed_on.is_not(None))
    ):
        try:
            until = closed.replace(year=closed.year + years)
        except ValueError:  # 29 February
            until = closed.replace(year=closed.year + years, day=28)
        if until < today:
            out.append(rid)
    return out


def dispose(session: Session, ids: Sequence[int]) -> dict[str, int]:
    """Delete closed requests past retention with their letters and mailing entries."""
    keys = [str(i) for i in ids]
    docs = session.execute(
        delete(IssuedDocument).where(
            IssuedDocument.record_type == RECORD_TYPE, IssuedDocument.record_id.in_(keys)
        )
    )
    mails = session.execute(
        delete(Mailing).where(Mailing.record_type == RECORD_TYPE, Mailing.record_id.in_(keys))
    )
    reqs = session.execute(delete(DataRequest).where(DataRequest.id.in_(list(ids))))
    return {
        "requests": int(getattr(reqs, "rowcount", 0) or 0),
        "documents": int(getattr(docs, "rowcount", 0) or 0),
        "mailings": int(getattr(mails, "rowcount", 0) or 0),
    }


def set_password(session: Session, request_id: int, sealed: bytes | None) -> None:
    r = _open(session, request_id)
    r.electronic_password = sealed
    session.flush()


def ids_with_sealed_password(session: Session) -> list[int]:
    """Requests holding a sealed disclosure password (re-sealed by a key rotation)."""
    return list(
        session.execute(
            select(DataRequest.id).where(DataRequest.electronic_password.is_not(None))
        ).scalars()
    )


def sealed_password(session: Session, request_id: int) -> bytes | None:
    return _load(session, request_id).electronic_password


def record_mailing(
    session: Session,
    request_id: int,
    *,
    document_id: int | None,
    kind: str,
    number: str,
    addressee: str,
    method: str,
    tracking_number: str,
    sent_on: date | str,
    actor: int | None,
    today: date,
) -> int:
    r = _load(session, request_id)
    return mailings.record(
        session,
        RECORD_TYPE,
        str(r.id),
        not_before=r.received_on,
        document_id=document_id,
        kind=kind,
        number=number,
        addressee=addressee,
        method=method,
        tracking_number=tracking_number,
        sent_on=sent_on,
        actor=actor,
        today=today,
    )


def mailing_request(session: Session, mailing_id: int) -> int | None:
    found = mailings.target(session, mailing_id)
    return int(found[1]) if found and found[0] == RECORD_TYPE else None
