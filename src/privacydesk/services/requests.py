"""開示等の請求. Use cases for data-subject requests: receipt, identity and fee, decisions,
routing, the letters, the mailing log, electronic disclosure, closing and disposal.

Viewing is for everyone (a protected person's whereabouts masked for all but managers);
recording for staff and managers; approving a protected person's request, choosing where its
letters go, and disposing of old requests for managers. The audit log carries ids and codes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy.orm import Session

from privacydesk.documents import electronic
from privacydesk.documents.letter import Addressee
from privacydesk.documents.tables import Table
from privacydesk.documents.templates import Filled
from privacydesk.domain import (
    calendar,
    disclosure,
    importer,
    mailings,
    purposes,
    register,
    settings,
    wareki,
)
from privacydesk.domain import profile as profile_domain
from privacydesk.domain import requests as domain
from privacydesk.domain.accounts import Role
from privacydesk.domain.incidents import IncidentData
from privacydesk.domain.requests import (
    CHANNELS,
    DECISION_LETTERS,
    DECISIONS,
    DELIVERY_METHODS,
    DISCLOSURE_TYPES,
    DOC_KINDS,
    FORMS,
    GROUNDS,
    HONORIFICS,
    LETTER_KINDS,
    MAIL_METHODS,
    MAIL_STATUSES,
    METHODS,
    MISSING_CODES,
    REQUESTER_KINDS,
    ROUTES,
    STATES,
    STATUTORY_GROUNDS,
    TYPES,
    WHOSE,
    Decision,
    DocumentRow,
    EntryCover,
    MailingRow,
    RequestInput,
    RequestView,
    TypeInput,
    TypeRow,
)
from privacydesk.errors import InvalidInput
from privacydesk.resources import resources_dir
from privacydesk.services import documents, incidents, outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, STAFF_UP, allowed
from privacydesk.storage.files import write_atomic

__all__ = [
    "CHANNELS",
    "DECISIONS",
    "DECISION_LETTERS",
    "DELIVERY_METHODS",
    "DISCLOSURE_TYPES",
    "DOC_KINDS",
    "FORMS",
    "GROUNDS",
    "HONORIFICS",
    "LETTER_KINDS",
    "MAIL_METHODS",
    "MAIL_STATUSES",
    "METHODS",
    "MISSING_CODES",
    "REQUESTER_KINDS",
    "ROUTES",
    "STATES",
    "STATUTORY_GROUNDS",
    "TYPES",
    "WHOSE",
    "Decision",
    "DocumentRow",
    "EntryCover",
    "MailingRow",
    "RequestInput",
    "RequestRow",
    "RequestView",
    "TypeInput",
    "TypeRow",
]
MASK = "＊＊＊"
ENCLOSURE_KINDS = {"en": "enclosure-en", "easy_ja": "enclosure-easy-ja"}


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    received_on: date
    types: tuple[str, ...]
    requester_kind: str
    person_name: str
    protected: bool
    state: str
    due_on: date | None
    stopped_since: date | None
    stop_reason: str
    next_action: str
    overdue: bool


def _codes(values: Iterable[object]) -> str:
    """Codes for the audit summary, joined; anything else (typed by a person) is left out."""
    return "+".join(
        str(v) for v in values if isinstance(v, str) and v.isascii() and v.isidentifier()
    )[:80]


def _today(today: date | None) -> date:
    return today or date.today()


def _view(desk: Desk, s: Session, request_id: int, today: date) -> RequestView:
    v = domain.view(s, request_id, today, calendar.office_calendar(s))
    if v.protected and desk.context.role != Role.MANAGER:
        v = replace(
            v,
            request_postal_code=MASK if v.request_postal_code else "",
            request_address=MASK if v.request_address else "",
            confirmed_postal_code=MASK if v.confirmed_postal_code else "",
            confirmed_address=MASK if v.confirmed_address else "",
            delivery_postal_code=MASK if v.delivery_postal_code else "",
            delivery_address=MASK if v.delivery_address else "",
        )
    return v


def _row(v: RequestView, today: date) -> RequestRow:
    return RequestRow(
        v.id,
        v.number,
        v.received_on,
        v.type_codes,
        v.requester_kind,
        v.person_name,
        v.protected,
        v.state,
        v.due_on,
        v.open_stop.started_on if v.open_stop else None,
        v.open_stop.reason if v.open_stop else "",
        v.next_action,
        v.due_on is not None
        and v.due_on < today
        and v.state in ("in_review", "decided", "identity_pending", "fee_pending"),
    )


# -- reading -----------------------------------------------------------------------------------


@allowed(*EVERYONE)
def list_requests(
    desk: Desk, today: date | None = None, include_closed: bool = True
) -> list[RequestRow]:
    today = _today(today)
    with desk.uow() as s:
        rows = [_row(_view(desk, s, rid, today), today) for rid in domain.request_ids(s)]
    if not include_closed:
        rows = [r for r in rows if r.state in domain.OPEN_STATES]
    return rows


@allowed(*EVERYONE)
def get(desk: Desk, request_id: int, today: date | None = None) -> RequestView:
    with desk.uow() as s:
        return _view(desk, s, request_id, _today(today))


@allowed(*EVERYONE)
def due_soon(desk: Desk, today: date | None = None, days: int = 3) -> list[RequestRow]:
    """Open requests due within `days` business days, or overdue (the dashboard's list)."""
    today = _today(today)
    with desk.uow() as s:
        cal = calendar.office_calendar(s)
        horizon = cal.add_business_days(today, days)
        rows = [_row(_view(desk, s, rid, today), today) for rid in domain.request_ids(s)]
    return sorted(
        (
            r
            for r in rows
            if r.state in ("identity_pending", "fee_pending", "in_review", "decided")
            and r.due_on is not None
            and r.due_on <= horizon
        ),
        key=lambda r: (r.due_on, r.id),
    )


@allowed(*EVERYONE)
def identity_gaps(desk: Desk, request_id: int, today: date | None = None) -> list[str]:
    """What the documents received still leave missing (a suggestion for the officer)."""
    today = _today(today)
    with desk.uow() as s:
        v = domain.view(s, request_id, today, calendar.office_calendar(s))
        months = settings.get(s, "requests.certificate_months")
    return domain.identity_gaps(v.requester_kind, v.documents, today, months)


@allowed(*EVERYONE)
def mailing_log(desk: Desk) -> list[MailingRow]:
    with desk.uow() as s:
        return mailings.log(s)


# -- receipt, identity, fee --------------------------------------------------------------------


@allowed(*STAFF_UP)
def receive(desk: Desk, data: RequestInput, today: date | None = None) -> int:
    """A request received: it sets a hold on the person until it closes."""
    today = _today(today)
    with desk.uow(write=True) as s:
        rid = domain.create(s, data, desk.context.account_id, today)
        desk.audit(
            s,
            "request.received",
            domain.RECORD_TYPE,
            rid,
            {
                "types": _codes(t.type for t in data.types),
                "requester": _codes([data.requester_kind]),
            },
        )
        return rid


@contextlib.contextmanager
def _write(
    desk: Desk, action: str, request_id: int, summary: dict[str, object] | None = None
) -> Iterator[Session]:
    """A write unit of work that audits `action` on the request when its work succeeded."""
    with desk.uow(write=True) as s:
        yield s
        desk.audit(s, action, domain.RECORD_TYPE, request_id, summary or {})


@allowed(*STAFF_UP)
def set_entries(desk: Desk, request_id: int, entry_ids: Sequence[int]) -> None:
    with _write(desk, "request.entries_set", request_id, {"count": len(entry_ids)}) as s:
        domain.set_entries(s, request_id, entry_ids)


@allowed(*STAFF_UP)
def add_document(
    desk: Desk,
    request_id: int,
    whose: str,
    kind: str,
    received_on: date | str,
    issued_on: date | str | None = None,
    note: str = "",
    today: date | None = None,
) -> int:
    with _write(
        desk,
        "request.document_added",
        request_id,
        {"kind": _codes([kind]), "whose": _codes([whose])},
    ) as s:
        return domain.add_document(
            s, request_id, whose, kind, received_on, issued_on, note, _today(today)
        )


@allowed(*STAFF_UP)
def remove_document(desk: Desk, request_id: int, document_id: int) -> None:
    with _write(desk, "request.document_removed", request_id) as s:
        domain.remove_document(s, request_id, document_id)


@allowed(*STAFF_UP)
def record_identity(
    desk: Desk,
    request_id: int,
    confirmed: bool,
    missing: Sequence[str] = (),
    deadline: date | str | None = None,
    confirmed_postal_code: str = "",
    confirmed_address: str = "",
    address_matches_register: bool | None = None,
    today: date | None = None,
) -> None:
    """The identity check's result. Missing documents stop the clock (and need a date by
    which to send them before the letter can be printed)."""
    summary = {"confirmed": confirmed, "missing": _codes(missing)}
    with _write(desk, "request.identity_checked", request_id, summary) as s:
        domain.record_identity(
            s,
            request_id,
            confirmed=confirmed,
            missing=missing,
            deadline=deadline,
            confirmed_postal_code=confirmed_postal_code,
            confirmed_address=confirmed_address,
            address_matches_register=address_matches_register,
            actor=desk.context.account_id,
            today=_today(today),
        )


@allowed(*STAFF_UP)
def record_fee(
    desk: Desk,
    request_id: int,
    amount: int,
    received_on: date | str | None = None,
    method: str = "",
    deadline: date | str | None = None,
    today: date | None = None,
) -> None:
    with _write(desk, "request.fee_recorded", request_id, {"amount": amount}) as s:
        domain.record_fee(
            s,
            request_id,
            amount=amount,
            received_on=received_on,
            method=method,
            deadline=deadline,
            today=_today(today),
        )


@allowed(*STAFF_UP)
def set_fee_due(desk: Desk, request_id: int, amount: int) -> None:
    with _write(desk, "request.fee_due_set", request_id, {"amount": amount}) as s:
        domain.set_fee_due(s, request_id, amount)


# -- decisions and what is disclosed -------------------------------------------------------------


@allowed(*STAFF_UP)
def decide(desk: Desk, request_id: int, decision: Decision, today: date | None = None) -> None:
    summary = {
        "type": _codes([decision.type]),
        "decision": _codes([decision.decision]),
        "grounds": _codes(decision.grounds),
    }
    with _write(desk, "request.decided", request_id, summary) as s:
        domain.decide(s, request_id, decision, desk.context.account_id, _today(today))


@allowed(*STAFF_UP)
def clear_decision(desk: Desk, request_id: int, type_code: str) -> None:
    with _write(desk, "request.decision_cleared", request_id, {"type": _codes([type_code])}) as s:
        domain.clear_decision(s, request_id, type_code)


@allowed(*STAFF_UP)
def identity_lapsed(desk: Desk, request_id: int, today: date | None = None) -> None:
    """Identity documents did not arrive by the date stated: a procedural refusal."""
    with _write(desk, "request.identity_lapsed", request_id) as s:
        domain.identity_lapsed(s, request_id, desk.context.account_id, _today(today))


@allowed(*STAFF_UP)
def import_extract(desk: Desk, request_id: int, entry_id: int, path: Path) -> int:
    """The source system's data on the person (CSV or xlsx; the first row is the header)."""
    table = importer.open_table(path)
    try:
        rows = []
        for _number, cells in table.rows:
            values = ["" if c is None else str(c) for c in cells]
            if any(v.strip() for v in values):
                rows.append(values)
            if len(rows) > domain.EXTRACT_MAX_ROWS + 1:
                break
    finally:
        table.close()
    if not rows:
        raise InvalidInput("requests.extract_empty")
    header, body = rows[0], rows[1:]
    while header and not header[-1].strip():
        header.pop()
    summary = {"entry": entry_id, "rows": len(body)}
    with _write(desk, "request.extract_imported", request_id, summary) as s:
        domain.set_extract(s, request_id, entry_id, path.name[:200], header, body)
    return len(body)


@allowed(*STAFF_UP)
def set_extract(
    desk: Desk,
    request_id: int,
    entry_id: int,
    name: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
) -> None:
    summary = {"entry": entry_id, "rows": len(rows)}
    with _write(desk, "request.extract_imported", request_id, summary) as s:
        domain.set_extract(s, request_id, entry_id, name, columns, rows)


@allowed(*STAFF_UP)
def set_enclosure(desk: Desk, request_id: int, entry_id: int, text: str) -> None:
    with _write(desk, "request.enclosure_set", request_id, {"entry": entry_id}) as s:
        domain.set_enclosure(s, request_id, entry_id, text)


@allowed(*STAFF_UP)
def set_withheld(
    desk: Desk, request_id: int, entry_id: int, items: Sequence[tuple[str, str]]
) -> None:
    summary = {"entry": entry_id, "count": len(items)}
    with _write(desk, "request.withheld_set", request_id, summary) as s:
        domain.set_withheld(s, request_id, entry_id, items)


# -- routing and protected persons --------------------------------------------------------------


@allowed(*STAFF_UP)
def set_route(desk: Desk, request_id: int, route: str, reason: str = "") -> None:
    """Send decisions to the requester instead of the person (or back): needs a reason."""
    with _write(desk, "request.route_set", request_id, {"route": _codes([route])}) as s:
        domain.set_route(s, request_id, route, reason)


@allowed(*MANAGER)
def set_delivery(
    desk: Desk, request_id: int, method: str, postal_code: str = "", address: str = ""
) -> None:
    with _write(desk, "request.delivery_set", request_id, {"method": _codes([method])}) as s:
        domain.set_delivery(s, request_id, method, postal_code, address)


@allowed(*MANAGER)
def approve(desk: Desk, request_id: int) -> None:
    with _write(desk, "request.approved", request_id) as s:
        domain.approve(s, request_id, desk.context.account_id)


# -- letters ------------------------------------------------------------------------------------


def _types_text(v: RequestView) -> list[str]:
    out = []
    for t in v.types:
        label = domain.TYPE_TEXT[t.type]
        if t.method_asked:
            label += f"（{domain.METHOD_TEXT[t.method_asked]}）"
        out.append(label)
    return out


def _send_to(p: profile_domain.ProfileData) -> str:
    address = f"〒{p.postal_code}　{p.address}" if p.postal_code else p.address
    return "　".join(x for x in (address, p.name, p.desk_department) if x)


def _reasons(rows: Sequence[domain.TypeRow]) -> list[str]:
    out: list[str] = []
    for t in rows:
        out += [domain.GROUND_TEXT[g] for g in t.grounds if g in domain.GROUND_TEXT]
        if t.reason and t.reason not in out:
            out.append(t.reason)
    return list(dict.fromkeys(out))


def _values(
    s: Session, v: RequestView, kind: str, tables: Sequence[Table], today: date
) -> dict[str, str | list[str]]:
    p = profile_domain.load(s)
    types = _types_text(v)
    target = v.due_on
    values: dict[str, str | list[str]] = {
        "request_number": v.number,
        "received_date": wareki.to_wareki(v.received_on),
        "request_types": types,
        "request_types_text": "、".join(types),
        "person_name": v.person_name,
        "requester_name": v.agent_name if v.agent_made else v.person_name,
        "target_date": wareki.to_wareki(target)
        if target
        else "本人確認書類等の到着後にお知らせします",
        "send_to": _send_to(p),
    }
    decided = {t.type: t for t in v.types if t.decision}
    disclosure_rows = [decided[t] for t in ("disclosure", "provision_records") if t in decided]
    if kind == "acknowledgement":
        steps = []
        if v.identity_status == "missing":
            steps.append(
                "本人確認書類の追加のご提出をお願いすることがあります（別途ご連絡します）。"
            )
        if v.fee_due > v.fee_received:
            steps.append(
                f"手数料{v.fee_due - v.fee_received:,}円のお支払いが必要です（{p.fee_yen:,}円）。"
            )
        steps.append("内容を確認のうえ、書面にてご回答いたします。")
        values["next_steps"] = steps
    elif kind == "identity-check":
        months = settings.get(s, "requests.certificate_months")
        values["missing"] = [
            domain.MISSING_TEXT[c].format(months=months) for c in v.identity_missing
        ]
        values["masking"] = list(domain.MASKING_TEXT)
        values["accepted"] = list(documents.identity_documents(s))
        values["deadline"] = wareki.to_wareki(v.identity_deadline) if v.identity_deadline else ""
    elif kind == "fee-shortfall":
        values["fee_due"] = f"{v.fee_due:,}円"
        values["fee_received"] = f"{v.fee_received:,}円"
        values["shortfall"] = f"{v.fee_due - v.fee_received:,}円"
        values["deadline"] = wareki.to_wareki(v.fee_deadline) if v.fee_deadline else ""
    elif kind == "disclosure":
        rows = [t for t in disclosure_rows if t.decision in ("full", "partial")]
        partial = any(t.decision == "partial" for t in rows)
        values["decision"] = domain.DECISION_TEXT["partial" if partial else "full"]
        values["method"] = "、".join(
            dict.fromkeys(domain.METHOD_TEXT[t.method_used or "paper"] for t in rows)
        )
        values["disclosed"] = [f"別紙{i}　{t.title}" for i, t in enumerate(tables, start=1)]
        values["withheld"] = [
            f"開示しない部分：{c.entry_name}の「{item}」（{domain.GROUND_TEXT.get(g, g)}）"
            for c in v.entries
            for item, g in c.withheld
        ] + [f"理由の補足：{t.reason}" for t in rows if t.decision == "partial" and t.reason]
    elif kind == "non-disclosure":
        rows = [t for t in disclosure_rows if t.decision in ("refused", "none")]
        values["decision"] = "、".join(
            dict.fromkeys(domain.DECISION_TEXT[t.decision] for t in rows)
        )
        values["reasons"] = _reasons(rows) or [domain.DECISION_TEXT["none"]]
    elif kind == "correction-result":
        t = decided["correction"]
        values["result"] = domain.DECISION_TEXT[t.decision]
        values["changes"] = [x for x in t.changes.splitlines() if x.strip()]
        values["reasons"] = _reasons([t]) if t.decision != "done" else []
    elif kind == "suspension-result":
        rows = [decided[x] for x in ("suspension", "stop_provision") if x in decided]
        values["result"] = "、".join(
            f"{domain.TYPE_TEXT[t.type]}：{domain.DECISION_TEXT[t.decision]}" for t in rows
        )
        values["measures"] = [x for t in rows for x in t.changes.splitlines() if x.strip()]
        values["reasons"] = _reasons([t for t in rows if t.decision != "done"])
    elif kind == "purpose-notice":
        values["purposes"] = _purposes(s, v)
    elif kind in ("purpose-not-notified",):
        values["reasons"] = _reasons([decided["purpose"]])
    elif kind == "method-change":
        rows = [t for t in disclosure_rows if t.method_used and t.method_used != t.method_asked]
        values["method_asked"] = domain.METHOD_TEXT[rows[0].method_asked or "paper"]
        values["method_used"] = domain.METHOD_TEXT[rows[0].method_used]
        values["reasons"] = [t.method_reason for t in rows if t.method_reason]
    elif kind == "withdrawn":
        reason = {
            "fee_unpaid": "期限までに手数料のお支払いを確認できなかったため、"
            "請求を取り下げたものとして取り扱います。",
            "withdrawn_by_requester": "請求を取り下げる旨のお申し出をいただいたため。",
            "identity_lapsed": "期限までに本人確認書類のご提出がなかったため。",
        }.get(v.close_reason, "請求の手続が完了しなかったため。")
        values["reasons"] = [reason]
    return values


def _purposes(s: Session, v: RequestView) -> list[str]:
    texts: list[str] = []
    for cover in v.entries:
        for p in register.get(s, cover.entry_id).purposes:
            texts.append(p.text)
    if not texts:
        texts = [p.text for p in purposes.list_purposes(s)]
    if not texts:
        raise InvalidInput("requests.no_purposes")
    return list(dict.fromkeys(texts))


def _addressee(r: domain.Recipient) -> Addressee:
    return Addressee(
        name=r.name, honorific=r.honorific, postal_code=r.postal_code, address=r.address
    )


def _recipient(s: Session, v: RequestView, kind: str) -> domain.Recipient:
    if kind in DECISION_LETTERS:
        return domain.decision_recipient(v, settings.get(s, "requests.legal_rep_gets_decisions"))
    return domain.procedural_recipient(v)


def _tables(s: Session, v: RequestView, recipient: domain.Recipient) -> list[Table]:
    return [
        Table(t.title, t.columns, t.rows, t.note)
        for t in disclosure.tables(s, v, recipient.to_person)
    ]


def _enclosure_pages(
    s: Session, v: RequestView, kind: str, values: dict[str, str | list[str]], today: date
) -> tuple[Filled, ...]:
    """The explanatory enclosure in the person's language, when it is not Japanese."""
    enclosure_kind = ENCLOSURE_KINDS.get(v.language)
    if enclosure_kind is None:
        return ()
    phrases = _enclosure_phrases().get(v.language, {}).get(kind, {})
    extra = {
        **values,
        "letter_title": str(phrases.get("title", kind)),
        "explanation": [str(x) for x in phrases.get("explanation", [])],
    }
    known = documents.known_fields(enclosure_kind)
    return (
        documents.fill(s, enclosure_kind, {k: x for k, x in extra.items() if k in known}, today),
    )


def _enclosure_phrases() -> dict[str, dict[str, dict[str, object]]]:
    path = resources_dir() / "letters" / "enclosure-phrases.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _issue(
    desk: Desk, s: Session, v: RequestView, kind: str, today: date
) -> tuple[str, bytes, int, domain.Recipient, int]:
    problem = domain.letter_problem(v, kind)
    if problem:
        raise InvalidInput(problem, kind=kind, id=str(v.id))
    recipient = _recipient(s, v, kind)
    if (
        not recipient.address
        and kind != "password-notice"
        and v.delivery_method != "counter_pickup"
    ):
        raise InvalidInput("requests.letter_no_address", kind=kind)
    tables = _tables(s, v, recipient) if kind == "disclosure" else []
    values = _values(s, v, kind, tables, today)
    if kind == "password-notice":
        values["password"] = _unseal(desk, s, v.id)
        values["delivery"] = _delivery_text(v)
        values["sent_date"] = _electronic_sent_date(v)
    enclosures = _enclosure_pages(s, v, kind, values, today)
    issued = documents.issue_document(
        desk,
        s,
        kind,
        _addressee(recipient),
        values,
        record_type=domain.RECORD_TYPE,
        record_id=str(v.id),
        today=today,
        attachments=tuple(tables),
        enclosures=enclosures,
    )
    rows = sum(len(t.rows) for t in tables)
    return issued.number, issued.pdf, issued.document_id, recipient, rows


@allowed(*STAFF_UP)
def letter(
    desk: Desk, request_id: int, kind: str, out: Path | None = None, today: date | None = None
) -> tuple[str, bytes]:
    """Issue a letter of `kind` for the request: refused (with why) when the state does not
    fit; numbered, kept and audited; written to `out` when given."""
    today = _today(today)
    if kind not in LETTER_KINDS:
        raise InvalidInput("requests.letter_unknown", kind=str(kind)[:40])
    with desk.uow(write=True) as s:
        v = domain.view(s, request_id, today, calendar.office_calendar(s))
        number, pdf, _doc, _to, rows = _issue(desk, s, v, kind, today)
        outbound.leaving(
            desk, s, outbound.Outbound(f"letter.{kind}", 1 + rows, True, False, "file"), out
        )
    if out is not None:
        write_atomic(out, pdf)
    return number, pdf


@allowed(*STAFF_UP)
def letter_problem(desk: Desk, request_id: int, kind: str, today: date | None = None) -> str | None:
    """Why a letter of `kind` cannot be printed now (a message code), or None."""
    today = _today(today)
    with desk.uow() as s:
        v = domain.view(s, request_id, today, calendar.office_calendar(s))
    return domain.letter_problem(v, kind)


# -- electronic disclosure ----------------------------------------------------------------------


def _box(desk: Desk) -> AESGCM:
    return _password_box(desk.db_key)


def _password_box(db_key: bytes) -> AESGCM:
    # A key of its own, derived from the database key: the password is sealed at rest on top
    # of the database's own encryption, and unreadable once the request closes (cleared).
    key = hashlib.blake2b(db_key, key=b"privacydesk-request-password", digest_size=32)
    return AESGCM(key.digest())


def reseal_passwords(s: Session, old_key: bytes, new_key: bytes) -> int:
    """After a key rotation (services/rotation.py): every sealed disclosure password sealed
    again under the new key. Idempotent: one already under the new key is left as it is."""
    old_box, new_box = _password_box(old_key), _password_box(new_key)
    changed = 0
    for request_id in domain.ids_with_sealed_password(s):
        sealed = domain.sealed_password(s, request_id)
        if not sealed:
            continue
        aad = f"request:{request_id}".encode()
        try:
            password = old_box.decrypt(sealed[:12], sealed[12:], aad)
        except InvalidTag:
            continue  # sealed under the new key already (a rotation finished twice)
        nonce = os.urandom(12)
        domain.set_password(s, request_id, nonce + new_box.encrypt(nonce, password, aad))
        changed += 1
    return changed


def _seal(desk: Desk, request_id: int, password: str) -> bytes:
    nonce = os.urandom(12)
    aad = f"request:{request_id}".encode()
    return nonce + _box(desk).encrypt(nonce, password.encode("utf-8"), aad)


def _unseal(desk: Desk, s: Session, request_id: int) -> str:
    sealed = domain.sealed_password(s, request_id)
    if not sealed:
        raise InvalidInput("requests.letter_no_password")
    aad = f"request:{request_id}".encode()
    return _box(desk).decrypt(sealed[:12], sealed[12:], aad).decode("utf-8")


def _delivery_text(v: RequestView) -> str:
    sent = [m for m in v.mailings if m.kind == "disclosure-electronic"]
    if sent:
        return domain.MAIL_METHOD_TEXT.get(sent[-1].method, sent[-1].method)
    return "別便"


def _electronic_sent_date(v: RequestView) -> str:
    sent = [m for m in v.mailings if m.kind == "disclosure-electronic"]
    return wareki.to_wareki(sent[-1].sent_on) if sent else "別途"


@allowed(*STAFF_UP)
def disclose_electronic(
    desk: Desk, request_id: int, out: Path | None = None, today: date | None = None
) -> bytes:
    """One AES-256 password-protected PDF: the decision letter with the disclosed data as
    tables, and the same data as CSV attachments. The password is kept sealed until the
    request closes, for the password notice sent separately."""
    today = _today(today)
    with desk.uow(write=True) as s:
        v = domain.view(s, request_id, today, calendar.office_calendar(s))
        asked = [t for t in v.types if t.type in domain.DISCLOSURE_TYPES and t.decision]
        if not any((t.method_used or t.method_asked) == "electronic" for t in asked):
            raise InvalidInput("requests.not_electronic")
        _number, pdf, _doc, recipient, rows = _issue(desk, s, v, "disclosure", today)
        tables = _tables(s, v, recipient)
        names = electronic.attachment_names(tables)
        attachments = {n: electronic.csv_bytes(t) for n, t in zip(names, tables, strict=True)}
        password = electronic.new_password()
        protected = electronic.protect(pdf, password, attachments)
        domain.set_password(s, v.id, _seal(desk, v.id, password))
        desk.audit(
            s,
            "request.electronic_disclosure",
            domain.RECORD_TYPE,
            v.id,
            {"tables": len(tables), "rows": rows},
        )
        outbound.leaving(
            desk,
            s,
            outbound.Outbound("letter.disclosure-electronic", 1 + rows, True, True, "file"),
            out,
        )
    if out is not None:
        write_atomic(out, protected)
    return protected


# -- the mailing log, withdrawal, closing ----------------------------------------------------------


@allowed(*STAFF_UP)
def record_mailing(
    desk: Desk,
    request_id: int,
    kind: str,
    method: str,
    sent_on: date | str,
    tracking_number: str = "",
    document_id: int | None = None,
    today: date | None = None,
) -> int:
    """A letter (or the electronic disclosure, kind "disclosure-electronic") sent."""
    if not isinstance(kind, str) or kind.removesuffix("-electronic") not in LETTER_KINDS:
        # Stored as given otherwise: a lone surrogate failed at the flush (exit 1).
        raise InvalidInput("input.unknown_choice", value=str(kind)[:40])
    today = _today(today)
    with desk.uow(write=True) as s:
        v = domain.view(s, request_id, today, calendar.office_calendar(s))
        known = {d[0]: d for d in v.letters}
        if document_id is not None and document_id not in known:
            raise InvalidInput("requests.document_not_found")
        if document_id is None:
            matching = [d for d in v.letters if d[1] == kind.removesuffix("-electronic")]
            document_id = matching[-1][0] if matching else None
        number = known[document_id][2] if document_id in known else ""
        recipient = _recipient(s, v, kind.removesuffix("-electronic"))
        mid = domain.record_mailing(
            s,
            request_id,
            document_id=document_id,
            kind=kind,
            number=number,
            addressee=recipient.name,
            method=method,
            tracking_number=tracking_number,
            sent_on=sent_on,
            actor=desk.context.account_id,
            today=today,
        )
        desk.audit(
            s,
            "request.mailed",
            domain.RECORD_TYPE,
            request_id,
            {"kind": _codes([kind]), "method": _codes([method])},
        )
        return mid


@allowed(*STAFF_UP)
def mark_mailing(
    desk: Desk,
    mailing_id: int,
    status: str,
    on: date | str,
    note: str = "",
    today: date | None = None,
) -> MailingRow:
    """Returned undelivered (宛所不明): its request reopens with a next step. Misdelivered
    (it reached the wrong person): a leak incident opens, pre-filled with what the letter
    held; a disclosure with sensitive data is reportable even for one person."""
    today = _today(today)
    with desk.uow(write=True) as s:
        before = mailings.status_of(s, mailing_id)
        row = mailings.mark(s, mailing_id, status, on, note, today)
        rid = domain.mailing_request(s, mailing_id)
        if rid is not None and status == "returned":
            domain.reopen(s, rid, desk.context.account_id)
        desk.audit(s, "request.mailing_marked", "mailing", mailing_id, {"status": _codes([status])})
        if rid is not None and status == "misdelivered" and before != "misdelivered":
            assert row.status_on is not None
            incidents.open_from_mailing(
                desk, s, mailing_id, row.status_on, _misdelivery(s, rid, row, today)
            )
        return row


def _misdelivery(s: Session, request_id: int, m: MailingRow, today: date) -> IncidentData:
    v = domain.view(s, request_id, today, calendar.office_calendar(s))
    kind = m.kind.removesuffix("-electronic")
    disclosed = kind == "disclosure"
    sensitive = disclosed and any(t.include_sensitive for t in v.types if t.decision)
    held = "、".join(t.title for t in _tables(s, v, _recipient(s, v, kind))) if disclosed else ""
    return IncidentData(
        kind="leak",
        known_on=m.status_on,
        description=(
            f"開示等の請求（{v.number}）に関して発送した文書（{m.number or kind}、"
            f"{domain.MAIL_METHOD_TEXT.get(m.method, m.method)}、{m.sent_on.isoformat()}発送）が、"
            "宛先と異なる方に届いた。"
        ),
        items=held or "文書に記載した氏名、住所、受付番号",
        persons=1,
        sensitive=sensitive,
        entry_ids=[e.entry_id for e in v.entries],
    )


@allowed(*STAFF_UP)
def withdraw(desk: Desk, request_id: int, reason: str, on: date | None = None) -> None:
    """Close as withdrawn: by the requester, the fee unpaid after its date, or identity
    documents never sent (the officer's alternative to a procedural refusal)."""
    if reason not in ("withdrawn_by_requester", "fee_unpaid", "identity_lapsed"):
        raise InvalidInput("input.unknown_choice", value=str(reason)[:30])
    on = _today(on)
    with _write(desk, "request.withdrawn", request_id, {"reason": _codes([reason])}) as s:
        domain.close(s, request_id, reason, on, desk.context.account_id)


@allowed(*STAFF_UP)
def close(desk: Desk, request_id: int, on: date | None = None) -> None:
    """Close a decided request: the hold on the person is released and the electronic
    password forgotten; the documents are kept for the profile's retention years."""
    with _write(desk, "request.closed", request_id) as s:
        domain.close(s, request_id, "done", _today(on), desk.context.account_id)


@allowed(*MANAGER)
def past_retention(desk: Desk, today: date | None = None) -> list[int]:
    with desk.uow() as s:
        years = profile_domain.load(s).retention_years
        return domain.past_retention(s, _today(today), years)


@allowed(*MANAGER)
def dispose(desk: Desk, request_ids: Sequence[int], today: date | None = None) -> dict[str, int]:
    """Delete requests kept past the retention years, with their letters and mailing log."""
    today = _today(today)
    with desk.uow(write=True) as s:
        years = profile_domain.load(s).retention_years
        due = set(domain.past_retention(s, today, years))
        not_due = [i for i in request_ids if i not in due]
        if not_due:
            raise InvalidInput("requests.not_past_retention", count=len(not_due))
        counts = domain.dispose(s, list(request_ids))
        desk.audit(s, "request.disposed", domain.RECORD_TYPE, "", counts)
        return counts
