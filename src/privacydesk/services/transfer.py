"""取り込み・書き出し. Import the office's existing spreadsheets (the register, persons, consents)
and export each area as CSV: the importable ones with the columns import reads, every other
table (requests, complaints, incidents, contractors, staff, audits, mailings) one row per record
with its codes as stored and its dates as ISO.

Import is all or nothing: one write unit of work reads, converts and validates every row
through the areas' own domain rules, and is rolled back on any problem (ImportRefused carries
the report, every problem with its row and column), on a dry run, and on cancel. A successful
import is audited once, with counts.

Export streams rows from one unit of work into a temporary file beside the target, then
renames it into place: never a half-written file. It leaves under the outbound policy (staff
and managers only; audited with kind, count and the destination's fingerprint). A protected
person's whereabouts (所在秘匿) are masked for everyone but managers, as on screen.

Both are long work: the window runs import_task / export_task in a QThreadPool with a cancel
token and a progress bar; the CLI runs them through desk.run.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.domain import calendar, importer
from privacydesk.domain import complaints as complaints_domain
from privacydesk.domain import contractors as contractors_domain
from privacydesk.domain import incidents as incidents_domain
from privacydesk.domain import internal_audits as audits_domain
from privacydesk.domain import requests as requests_domain
from privacydesk.domain import staff as staff_domain
from privacydesk.domain.accounts import Role
from privacydesk.domain.importer import (
    IMPORT_KINDS,
    ColumnMatch,
    FieldSpec,
    Finding,
    ImportRefused,
    ImportReport,
    Preview,
    PreviewRow,
    describe,
    fields_for,
    load_mapping,
    report_lines,
    suggest_mapping,
)
from privacydesk.errors import InvalidInput
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import STAFF_UP, allowed
from privacydesk.storage.engine import translate
from privacydesk.storage.models import (
    Account,
    Complaint,
    Contractor,
    DataRequest,
    Incident,
    InternalAudit,
    Mailing,
    StaffMember,
)
from privacydesk.tasks import CancelToken, Progress, Task, no_progress

__all__ = [
    "EXPORT_KINDS",
    "IMPORT_KINDS",
    "KIND_LABELS",
    "TABLE_KINDS",
    "ColumnMatch",
    "FieldSpec",
    "Finding",
    "ImportRefused",
    "ImportReport",
    "Preview",
    "PreviewRow",
    "describe",
    "export_csv",
    "export_headers",
    "export_task",
    "fields_for",
    "import_file",
    "import_task",
    "load_mapping",
    "preview_import",
    "report_lines",
    "suggest_mapping",
]

# Tables exported as they are kept (not read back by import).
TABLE_KINDS = (
    "requests",
    "complaints",
    "incidents",
    "contractors",
    "staff",
    "audits",
    "mailings",
)
EXPORT_KINDS = (*importer.EXPORT_KINDS, *TABLE_KINDS)
KIND_LABELS = {
    **importer.KIND_LABELS,
    "requests": "export.kind.requests",
    "complaints": "export.kind.complaints",
    "incidents": "export.kind.incidents",
    "contractors": "export.kind.contractors",
    "staff": "export.kind.staff",
    "audits": "export.kind.audits",
    "mailings": "export.kind.mailings",
}

Mapping_ = Mapping[str, str | None]
REPLACE_ATTEMPTS = 10


class _DryRun(Exception):
    """Raised inside the unit of work to roll a dry run back."""


# -- import ---------------------------------------------------------------------------------------


@allowed(*STAFF_UP)
def preview_import(desk: Desk, kind: str, path: Path, mapping: Mapping_ | None = None) -> Preview:
    """For the mapping dialog: the header as read, each column's field, and the first rows
    converted. Reads the file only; the database is not touched."""
    return importer.preview(kind, Path(path), dict(mapping) if mapping else None)


@allowed(*STAFF_UP)
def import_file(
    desk: Desk,
    kind: str,
    path: Path,
    mapping: Mapping_ | None = None,
    *,
    dry_run: bool = False,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    today: date | None = None,
) -> ImportReport:
    """Import a .xlsx or .csv file of `kind` (register | subjects | consents).

    Returns the report (warnings and info lines included) when every row passed; raises
    ImportRefused with the report when any did not: nothing is saved then. A dry run checks
    everything the same way and saves nothing (report.checked says how many would be saved).
    Cancelling raises Cancelled and saves nothing.
    """
    prepared = importer.prepare(kind, Path(path), dict(mapping) if mapping else None)
    report = prepared.report
    report.dry_run = dry_run
    try:
        with desk.uow(write=True) as s:
            ctx = importer.ImportContext(
                s, desk.context.account_id, today or date.today(), cancel, progress
            )
            importer.run_import(ctx, prepared)
            if not report.ok:
                raise ImportRefused(report)
            if dry_run:
                raise _DryRun
            desk.audit(
                s,
                "data.imported",
                kind,
                "",
                {
                    "kind": kind,
                    "file": report.file_type,
                    "rows": report.rows,
                    "created": report.created,
                    "purposes_created": report.purposes_created,
                },
            )
    except _DryRun:
        report.created = 0
        report.purposes_created = 0
    except BaseException:
        report.created = 0
        report.purposes_created = 0
        raise
    finally:
        prepared.table.close()
    return report


def import_task(
    desk: Desk,
    kind: str,
    path: Path,
    mapping: Mapping_ | None = None,
    *,
    dry_run: bool = False,
    today: date | None = None,
) -> Task[ImportReport]:
    """import_file as a task(cancel, progress) for the window's thread pool (or desk.run)."""

    def task(cancel: CancelToken, progress: Progress) -> ImportReport:
        return import_file(
            desk,
            kind,
            path,
            mapping,
            dry_run=dry_run,
            cancel=cancel,
            progress=progress,
            today=today,
        )

    return task


# -- the other tables, one row per record ---------------------------------------------------------
# Codes as stored (a state, a kind, a method), dates as ISO, yes/no as はい/いいえ as the other
# exports write them; several codes in one cell joined by "+". Record ids are not exported: the
# case numbers (請求2026-0001, 苦情…, 事案…) name the records.

Record = dict[str, object]
Columns = tuple[tuple[str, str], ...]
MASK = importer.MASK


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return "+".join(_text(v) for v in value)
    return str(value)


def _usernames(s: Session) -> dict[int, str]:
    return {i: u for i, u in s.execute(select(Account.id, Account.username))}


REQUEST_COLUMNS: Columns = (
    ("受付番号", "number"),
    ("受付日", "received_on"),
    ("受付方法", "channel"),
    ("様式", "form"),
    ("請求の種類", "types"),
    ("決定", "decisions"),
    ("請求者の区分", "requester_kind"),
    ("本人の氏名", "person_name"),
    ("所在秘匿", "protected"),
    ("代理人の氏名", "agent_name"),
    ("代理人の続柄・資格", "agent_relation"),
    ("請求書の郵便番号", "request_postal_code"),
    ("請求書の住所", "request_address"),
    ("確認した郵便番号", "confirmed_postal_code"),
    ("確認した住所", "confirmed_address"),
    ("言語", "language"),
    ("本人確認", "identity_status"),
    ("手数料", "fee_due"),
    ("受領した手数料", "fee_received"),
    ("手数料の受領日", "fee_received_on"),
    ("状態", "state"),
    ("目標日", "due_on"),
    ("回答日", "replied_on"),
    ("不開示等の決定日", "refused_on"),
    ("完了日", "closed_on"),
    ("完了の理由", "close_reason"),
)
# A protected person's whereabouts (所在秘匿), masked for all but managers as on screen.
REQUEST_MASKED = (
    "request_postal_code",
    "request_address",
    "confirmed_postal_code",
    "confirmed_address",
)


def _request_records(s: Session, mask: bool) -> list[Record]:
    today = date.today()
    cal = calendar.office_calendar(s)
    out: list[Record] = []
    for rid in list(s.scalars(select(DataRequest.id).order_by(DataRequest.id))):
        v = requests_domain.view(s, rid, today, cal)
        decided = [t.decided_on for t in v.types if t.decided_on]
        record: Record = {
            "number": v.number,
            "received_on": v.received_on,
            "channel": v.channel,
            "form": v.form,
            "types": v.type_codes,
            "decisions": tuple(f"{t.type}:{t.decision}" for t in v.types if t.decision),
            "requester_kind": v.requester_kind,
            "person_name": v.person_name,
            "protected": v.protected,
            "agent_name": v.agent_name,
            "agent_relation": v.agent_relation,
            "request_postal_code": v.request_postal_code,
            "request_address": v.request_address,
            "confirmed_postal_code": v.confirmed_postal_code,
            "confirmed_address": v.confirmed_address,
            "language": v.language,
            "identity_status": v.identity_status,
            "fee_due": v.fee_due,
            "fee_received": v.fee_received,
            "fee_received_on": v.fee_received_on,
            "state": v.state,
            "due_on": v.due_on,
            "replied_on": max(decided) if decided and len(decided) == len(v.types) else None,
            "refused_on": v.refused_on,
            "closed_on": v.closed_on,
            "close_reason": v.close_reason,
        }
        if mask and v.protected:
            for key in REQUEST_MASKED:
                record[key] = MASK if record[key] else ""
        out.append(record)
    return out


COMPLAINT_COLUMNS: Columns = (
    ("受付番号", "number"),
    ("受付日時", "received_at"),
    ("経路", "channel"),
    ("区分", "category"),
    ("申出者", "complainant"),
    ("内容", "content"),
    ("担当者", "handler"),
    ("回答目標日", "target_on"),
    ("状態", "status"),
    ("回答日", "reply_on"),
    ("回答の方法", "reply_method"),
    ("回答の内容", "reply_content"),
    ("完了日", "closed_on"),
    ("まとめ", "summary"),
)


def _complaint_records(s: Session, mask: bool) -> list[Record]:
    names = _usernames(s)
    return [
        {
            "number": complaints_domain.number_of(c.id, c.received_at),
            "received_at": c.received_at,
            "channel": c.channel,
            "category": c.category,
            "complainant": c.complainant,
            "content": c.content,
            "handler": names.get(c.handler_id or 0, ""),
            "target_on": c.target_on,
            "status": c.status,
            "reply_on": c.reply_on,
            "reply_method": c.reply_method,
            "reply_content": c.reply_content,
            "closed_on": c.closed_on,
            "summary": c.summary,
        }
        for c in s.scalars(select(Complaint).order_by(Complaint.id))
    ]


INCIDENT_COLUMNS: Columns = (
    ("事案番号", "number"),
    ("種類", "kind"),
    ("おそれ", "possible"),
    ("発生日", "occurred_on"),
    ("把握日", "known_on"),
    ("事務局が知った日", "office_told_on"),
    ("発見者", "found_by"),
    ("概要", "description"),
    ("項目", "items"),
    ("人数", "persons"),
    ("人数は推計", "persons_estimated"),
    ("要配慮個人情報", "sensitive"),
    ("財産的被害のおそれ", "financial"),
    ("不正の目的", "wrongful"),
    ("高度な暗号化", "encrypted"),
    ("報告対象", "reportable"),
    ("報告対象の理由", "reasons"),
    ("速報の目安", "preliminary_due"),
    ("速報", "preliminary_on"),
    ("確報の期限", "final_due"),
    ("確報", "final_on"),
    ("本人通知の目安", "notice_due"),
    ("本人通知", "notice_on"),
    ("通知の方法", "notice_method"),
    ("委託先", "contractor"),
    ("被害の拡大防止", "containment"),
    ("原因", "cause"),
    ("二次被害", "secondary_harm"),
    ("再発防止策", "prevention"),
    ("本人への対応", "response_to_persons"),
    ("公表", "public_announcement"),
    ("その他", "other"),
    ("状態", "status"),
    ("完了日", "closed_on"),
)


def _incident_records(s: Session, mask: bool) -> list[Record]:
    today = date.today()
    contractors = {i: n for i, n in s.execute(select(Contractor.id, Contractor.name))}
    out: list[Record] = []
    for iid in list(s.scalars(select(Incident.id).order_by(Incident.id))):
        v = incidents_domain.view(s, iid, today)
        steps = {d.step: d for d in v.deadlines}
        d = v.data
        record: Record = {
            "number": v.number,
            "contractor": contractors.get(d.contractor_id or 0, ""),
            "reportable": v.judgement.reportable,
            "reasons": tuple(v.judgement.reasons),
            "notice_method": v.notice_method,
            "status": v.status,
            "closed_on": v.closed_on,
            "occurred_on": d.occurred_on,
            "known_on": d.known_on,
            "office_told_on": d.office_told_on,
            "persons": d.persons,
        }
        for name in ("kind", *incidents_domain.TEXT_FIELDS, *incidents_domain.FLAGS):
            record[name] = getattr(d, name)
        for step in ("preliminary", "final", "notice"):
            found = steps.get(step)
            record[f"{step}_due"] = found.due if found else None
            record[f"{step}_on"] = found.done_on if found else None
        out.append(record)
    return out


CONTRACTOR_COLUMNS: Columns = (
    ("委託先", "name"),
    ("郵便番号", "postal_code"),
    ("住所", "address"),
    ("代表者", "representative"),
    ("担当者", "contact_person"),
    ("電話番号", "phone"),
    ("メールアドレス", "email"),
    ("委託内容", "services"),
    ("状態", "status"),
    ("契約開始日", "contract_start"),
    ("契約終了日", "contract_end"),
    ("契約条項", "clauses"),
    ("再委託元", "principal"),
    ("再委託の承認日", "subcontract_approved_on"),
    ("外国", "abroad"),
    ("国", "country"),
    ("外国の制度等の情報", "abroad_info"),
    ("外国移転の根拠", "abroad_basis"),
    ("点検の間隔（月）", "review_months"),
    ("次回点検期限", "next_review_due"),
    ("終了日", "ended_on"),
    ("データの返却・削除", "data_disposal"),
    ("要対応", "flags"),
    ("備考", "notes"),
)


def _contractor_records(s: Session, mask: bool) -> list[Record]:
    listed = {r.id: r for r in contractors_domain.list_contractors(s, date.today())}
    rows = list(s.scalars(select(Contractor).order_by(Contractor.id)))
    names = {r.id: r.name for r in rows}
    out: list[Record] = []
    for r in rows:
        record: Record = dict(vars(contractors_domain.data_of(r)))
        row = listed.get(r.id)
        record.update(
            principal=names.get(r.principal_id or 0, ""),
            next_review_due=row.next_review_due if row else None,
            ended_on=r.ended_on,
            data_disposal=r.data_disposal,
            flags=tuple(f.code for f in row.flags) if row else (),
        )
        out.append(record)
    return out


STAFF_COLUMNS: Columns = (
    ("氏名", "name"),
    ("区分", "kind"),
    ("役割", "role"),
    ("アカウント", "account"),
    ("開始日", "start_on"),
    ("終了日", "end_on"),
    ("在籍", "active"),
    ("最新の誓約書", "last_pledge_on"),
    ("最後の研修", "last_training_on"),
    ("要対応", "flags"),
    ("備考", "notes"),
)


def _staff_records(s: Session, mask: bool) -> list[Record]:
    notes = {i: n for i, n in s.execute(select(StaffMember.id, StaffMember.notes))}
    rows = sorted(staff_domain.list_staff(s, date.today()), key=lambda r: r.id)
    return [
        {
            "name": r.name,
            "kind": r.kind,
            "role": r.role,
            "account": r.account_name,
            "start_on": r.start_on,
            "end_on": r.end_on,
            "active": r.active,
            "last_pledge_on": r.last_pledge_on,
            "last_training_on": r.last_training_on,
            "flags": tuple(f.code for f in r.flags),
            "notes": notes.get(r.id, ""),
        }
        for r in rows
    ]


AUDIT_COLUMNS: Columns = (
    ("予定日", "planned_on"),
    ("実施日", "done_on"),
    ("監査人", "auditor"),
    ("監査人の区分", "auditor_kind"),
    ("範囲", "scope"),
    ("状態", "state"),
    ("理事会への報告日", "reported_on"),
    ("指摘の数", "findings"),
    ("未完了の是正処置", "open_actions"),
    ("期限を過ぎた是正処置", "overdue_actions"),
    ("要対応", "flags"),
    ("概要", "summary"),
)


def _audit_records(s: Session, mask: bool) -> list[Record]:
    summaries = {i: t for i, t in s.execute(select(InternalAudit.id, InternalAudit.summary))}
    rows = sorted(audits_domain.list_audits(s, date.today()), key=lambda r: r.id)
    return [
        {
            "planned_on": r.planned_on,
            "done_on": r.done_on,
            "auditor": r.auditor,
            "auditor_kind": r.auditor_kind,
            "scope": r.scope,
            "state": r.state,
            "reported_on": r.reported_on,
            "findings": r.findings,
            "open_actions": r.open_actions,
            "overdue_actions": r.overdue_actions,
            "flags": tuple(f.code for f in r.flags),
            "summary": summaries.get(r.id, ""),
        }
        for r in rows
    ]


MAILING_COLUMNS: Columns = (
    ("発送日", "sent_on"),
    ("対象", "record"),
    ("文書の種類", "kind"),
    ("文書番号", "number"),
    ("宛名", "addressee"),
    ("発送方法", "method"),
    ("追跡番号", "tracking_number"),
    ("状態", "status"),
    ("状態の日付", "status_on"),
    ("備考", "note"),
)


def _record_numbers(s: Session) -> dict[tuple[str, str], str]:
    """The case number of each record a letter can belong to."""
    numbers: dict[tuple[str, str], str] = {}
    for i, on in s.execute(select(DataRequest.id, DataRequest.received_on)):
        numbers[(requests_domain.RECORD_TYPE, str(i))] = requests_domain.number_of(i, on)
    for i, at in s.execute(select(Complaint.id, Complaint.received_at)):
        numbers[(complaints_domain.RECORD_TYPE, str(i))] = complaints_domain.number_of(i, at)
    for i, on in s.execute(select(Incident.id, Incident.known_on)):
        numbers[(incidents_domain.RECORD_TYPE, str(i))] = incidents_domain.number_of(i, on)
    return numbers


def _mailing_records(s: Session, mask: bool) -> list[Record]:
    numbers = _record_numbers(s)
    return [
        {
            "sent_on": m.sent_on,
            "record": numbers.get((m.record_type, m.record_id), f"{m.record_type}:{m.record_id}"),
            "kind": m.kind,
            "number": m.number,
            "addressee": m.addressee,
            "method": m.method,
            "tracking_number": m.tracking_number,
            "status": m.status,
            "status_on": m.status_on,
            "note": m.note,
        }
        for m in s.scalars(select(Mailing).order_by(Mailing.id))
    ]


_TABLES: dict[str, tuple[Columns, Callable[[Session, bool], list[Record]]]] = {
    "requests": (REQUEST_COLUMNS, _request_records),
    "complaints": (COMPLAINT_COLUMNS, _complaint_records),
    "incidents": (INCIDENT_COLUMNS, _incident_records),
    "contractors": (CONTRACTOR_COLUMNS, _contractor_records),
    "staff": (STAFF_COLUMNS, _staff_records),
    "audits": (AUDIT_COLUMNS, _audit_records),
    "mailings": (MAILING_COLUMNS, _mailing_records),
}


# -- export ---------------------------------------------------------------------------------------


def _replace(tmp: Path, target: Path) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            tmp.replace(target)
            return
        except PermissionError:  # antivirus or an editor holding the old file, briefly
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def export_headers(kind: str) -> list[str]:
    """The header row an export of `kind` writes."""
    if kind in TABLE_KINDS:
        return [header for header, _ in _TABLES[kind][0]]
    return importer.export_headers(kind)


def _count_and_rows(s: Session, kind: str, mask: bool) -> tuple[int, Iterable[list[str]]]:
    if kind in TABLE_KINDS:
        columns, build = _TABLES[kind]
        keys = [key for _, key in columns]
        records = build(s, mask)  # the other tables are small: counted by building them
        rows = ([importer.safe_cell(_text(r.get(k))) for k in keys] for r in records)
        return len(records), rows
    total = importer.export_count(s, kind)
    return total, importer.export_rows(s, kind, mask_protected=mask)


@allowed(*STAFF_UP)
def export_csv(
    desk: Desk,
    kind: str,
    out: Path,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> int:
    """Write `kind` (one of EXPORT_KINDS) to `out` as CSV in UTF-8 with BOM; returns the number
    of records written. The importable kinds carry the headers import recognises."""
    if kind not in EXPORT_KINDS:
        raise InvalidInput(
            "import.unknown_kind", kind=str(kind)[:20], kinds=", ".join(EXPORT_KINDS)
        )
    headers = export_headers(kind)
    out = Path(out)
    state: dict[str, Path | bool | None] = {"tmp": None, "placed": False}
    try:
        # Bookkeeping: reading out is allowed while the audit chain awaits acknowledgement.
        with desk.uow(write=True, bookkeeping=True) as s:
            mask = desk.context.role != Role.MANAGER
            total, rows = _count_and_rows(s, kind, mask)
            try:
                fd, name = tempfile.mkstemp(prefix=".~" + out.name[:40], dir=out.parent)
                state["tmp"] = Path(name)
                with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
                    count = importer.write_rows(f, headers, rows, cancel, progress, total)
                    f.flush()
                    os.fsync(f.fileno())
            except OSError as exc:  # named by the file written, not the database
                raise translate(exc, out) from exc
            # Every kind names persons (subjects, requesters, complainants, staff, contacts,
            # auditors, addressees): each leaves as personal data, so never to a viewer.
            outbound.leaving(
                desk,
                s,
                outbound.Outbound(f"export.{kind}", count, True, False, "file"),
                out,
            )
            try:
                _replace(Path(name), out)
            except OSError as exc:
                raise translate(exc, out) from exc
            state["placed"] = True
    except BaseException:
        tmp = state["tmp"]
        _cleanup(tmp if isinstance(tmp, Path) else None, out, state["placed"] is True)
        raise
    return count


def _cleanup(tmp: Path | None, out: Path, placed: bool) -> None:
    """A failed export leaves nothing: not the temporary file, nor (when the audit entry did
    not commit) the file that was already renamed into place."""
    for path in (tmp, out if placed else None):
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def export_task(desk: Desk, kind: str, out: Path) -> Task[int]:
    """export_csv as a task(cancel, progress) for the window's thread pool (or desk.run)."""

    def task(cancel: CancelToken, progress: Progress) -> int:
        return export_csv(desk, kind, out, cancel=cancel, progress=progress)

    return task
