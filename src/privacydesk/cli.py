"""The headless commands: one contract for every area (global options, secrets, exit codes).

Secrets come only from a prompt or the environment, never from arguments. Every error is a
typed error rendered from the message catalogue; a bug prints a short message and logs its
details without personal values.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from privacydesk import logs, paths
from privacydesk.errors import (
    EXIT_CODE_MESSAGES,
    ExitCode,
    InvalidInput,
    PrivacydeskError,
    UsageError,
)
from privacydesk.messages import normalise_language, render
from privacydesk.services import (
    accounts,
    auth,
    backup,
    board,
    complaints,
    contractors,
    dates,
    demo,
    documents,
    incidents,
    internal_audits,
    notice_check,
    profile,
    requests,
    roles,
    rotation,
    staff,
    subjects,
    transfer,
)
from privacydesk.services import audit as audit_service
from privacydesk.services.desk import Desk

log = logging.getLogger("privacydesk.cli")

ENV_USER = "PRIVACYDESK_USER"
ENV_PASSWORD = "PRIVACYDESK_PASSWORD"
ENV_NEW_PASSWORD = "PRIVACYDESK_NEW_PASSWORD"
ENV_RECOVERY = "PRIVACYDESK_RECOVERY_SECRET"
ENV_LANG = "PRIVACYDESK_LANG"
ENV_EXPORT_PASSWORD = "PRIVACYDESK_EXPORT_PASSWORD"  # protects an exported workbook


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse would exit 2 with English text
        raise UsageError("cli.usage", detail=message)


def write_line(stream: TextIO, text: str) -> None:
    """Print a line; text the stream cannot encode (a lone surrogate from argv) is escaped."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        safe = text.encode(encoding, "backslashreplace").decode(encoding, "replace")
        print(safe, file=stream)


class Cli:
    def __init__(self, lang: str, out: TextIO, err: TextIO) -> None:
        self.lang = lang
        self.out = out
        self.err = err
        self.password: str | None = None  # the one that signed in (passwd needs it again)

    def t(self, code: str, **params: Any) -> str:
        return render(code, self.lang, **params)

    def say(self, text: str) -> None:
        write_line(self.out, text)

    def warn(self, text: str) -> None:
        write_line(self.err, text)

    # -- secrets ------------------------------------------------------------------------------
    def secret(self, env: str, prompt_code: str, confirm: bool = False) -> str:
        value = os.environ.get(env)
        if value is not None:
            return value
        try:
            value = getpass.getpass(self.t(prompt_code) + " ")
            if confirm and getpass.getpass(self.t("cli.prompt_confirm") + " ") != value:
                raise InvalidInput("cli.passwords_differ")
        except (EOFError, OSError):
            raise UsageError("cli.secret_needed", env=env) from None
        return value

    def user(self, args: argparse.Namespace) -> str:
        name = args.user or os.environ.get(ENV_USER)
        if not name:
            raise UsageError("cli.user_needed", env=ENV_USER)
        return str(name)

    def sign_in(self, args: argparse.Namespace) -> Desk:
        user = self.user(args)
        self.password = self.secret(ENV_PASSWORD, "cli.prompt_password")
        desk = auth.sign_in(
            args.db,
            user,
            self.password,
            allow_shared=args.allow_shared,
            override_stale_lock=args.take_over_stale_lock,
        )
        if desk.failed_attempts_shown:
            self.warn(self.t("cli.failed_attempts", count=desk.failed_attempts_shown))
        for code, params in desk.notices:
            self.warn(self.t(code, **params))
        if desk.must_change_password and args.func is not cmd_passwd:
            self.warn(self.t("cli.must_change_password"))
        return desk

    @staticmethod
    def require(desk: Desk, fn: Callable[..., Any]) -> None:
        """Refuse before asking for anything when the role may not run the service."""
        desk.require(roles.allowed_roles(fn), fn.action_name)  # type: ignore[attr-defined]


def _with_desk(fn: Callable[[Cli, argparse.Namespace, Desk], int]) -> Callable[..., int]:
    @functools.wraps(fn)
    def run(cli: Cli, args: argparse.Namespace) -> int:
        desk = cli.sign_in(args)
        try:
            result = fn(cli, args, desk)
        except BaseException:
            with contextlib.suppress(Exception):  # the command's own error is the one to show
                desk.close()
            raise
        desk.close()
        return result

    return run


# -- commands ---------------------------------------------------------------------------------
def cmd_init(cli: Cli, args: argparse.Namespace) -> int:
    name = cli.user(args)
    password = cli.secret(ENV_NEW_PASSWORD, "cli.prompt_new_password", confirm=True)
    desk, sheet = auth.create_database(args.db, name, password, allow_shared=args.allow_shared)
    try:
        cli.say(
            cli.t(
                "cli.recovery_sheet",
                secret=sheet.secret,
                database_id=sheet.database_id,
                created=sheet.created,
                path=sheet.database_path,
            )
        )
    finally:
        desk.close()
    return 0


@_with_desk
def cmd_passwd(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    old = cli.password or ""
    new = cli.secret(ENV_NEW_PASSWORD, "cli.prompt_new_password", confirm=True)
    accounts.change_own_password(desk, old, new)
    cli.say(cli.t("cli.password_changed"))
    return 0


def cmd_recover(cli: Cli, args: argparse.Namespace) -> int:
    secret = cli.secret(ENV_RECOVERY, "cli.prompt_recovery")
    new = cli.secret(ENV_NEW_PASSWORD, "cli.prompt_new_password", confirm=True)
    desk = auth.recover(args.db, secret, cli.user(args), new, allow_shared=args.allow_shared)
    desk.close()
    cli.say(cli.t("cli.recovered"))
    return 0


@_with_desk
def cmd_user_add(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    cli.require(desk, accounts.add_user)
    password = cli.secret(ENV_NEW_PASSWORD, "cli.prompt_new_password", confirm=True)
    row = accounts.add_user(desk, args.name, args.role, password, args.display_name or "")
    cli.say(cli.t("cli.user_added", id=row.id, role=row.role.value))
    return 0


@_with_desk
def cmd_user_disable(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    row = accounts.disable_user(desk, args.name)
    cli.say(cli.t("cli.user_disabled", id=row.id))
    cli.say(cli.t("cli.rotate_key_hint"))  # the person may have kept a copy of the key file
    return 0


@_with_desk
def cmd_user_reset(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    cli.require(desk, accounts.reset_password)
    password = cli.secret(ENV_NEW_PASSWORD, "cli.prompt_new_password", confirm=True)
    row = accounts.reset_password(desk, args.name, password)
    cli.say(cli.t("cli.user_reset", id=row.id))
    return 0


@_with_desk
def cmd_user_list(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    rows = accounts.list_users(desk)
    if args.json:
        cli.say(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "username": r.username,
                        "display_name": r.display_name,
                        "role": r.role.value,
                        "active": r.active,
                        "created_at": r.created_at.isoformat(),
                        "disabled_at": r.disabled_at.isoformat() if r.disabled_at else None,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for r in rows:
            state = cli.t("cli.active" if r.active else "cli.disabled")
            cli.say(f"{r.id:>4}  {r.username:<20} {cli.t('role.' + r.role.value):<8} {state}")
    return 0


@_with_desk
def cmd_rotate_key(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    cli.require(desk, rotation.rotate_key)
    result = rotation.rotate_key(desk, reset_unmigrated=args.reset_unmigrated)
    cli.say(
        cli.t("cli.key_rotated", accounts=result.accounts, backup=str(result.backup_folder or "-"))
    )
    if result.dropped:
        cli.warn(cli.t("cli.key_rotated_dropped", names=", ".join(result.dropped)))
    return 0


@_with_desk
def cmd_check(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    report = audit_service.check(desk)
    yes, no = cli.t("cli.ok"), cli.t("cli.not_ok")
    cli.say(
        cli.t("check.cipher", version=report.cipher_version, state=yes if report.cipher_ok else no)
    )
    cli.say(cli.t("check.integrity", state=yes if report.integrity_ok else no))
    for line in [] if report.storage_ok else report.integrity_messages:
        cli.say("  " + line)
    cli.say(cli.t("check.schema", revision=report.schema_revision or "-", head=report.schema_head))
    chain = report.chain
    # A break a manager has acknowledged stays listed, but no longer fails the check.
    open_breaks = chain.unacknowledged
    cli.say(
        cli.t(
            "check.chain",
            count=chain.count,
            head=chain.head_hash[:16],
            state=no if open_breaks else yes,
        )
    )
    cli.say(cli.t("check.anchor." + chain.anchor_status))
    for b in chain.breaks:
        cli.say("  " + cli.t("check.break." + b.reason, seq=b.seq))
    for ack_seq, first in report.acknowledged:
        cli.say("  " + cli.t("check.acknowledged", seq=ack_seq, first=first))
    if not report.storage_ok:
        return int(ExitCode.NOT_A_DATABASE)
    if open_breaks:
        cli.warn(cli.t("check.first_break", seq=open_breaks[0].seq))
        return int(ExitCode.AUDIT_BROKEN)
    return 0


@_with_desk
def cmd_acknowledge(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    seq = audit_service.acknowledge_break(desk)
    cli.say(cli.t("cli.break_acknowledged", seq=seq))
    return 0


@_with_desk
def cmd_backup(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    row = backup.backup_now(desk, "manual", root=args.output)
    cli.say(cli.t("cli.backup_made", folder=str(row.folder), count=row.audit_count))
    return 0


def cmd_restore(cli: Cli, args: argparse.Namespace) -> int:
    secret = os.environ.get(ENV_RECOVERY)
    if secret:
        backup.restore_with_credentials(args.backup, args.output, recovery_secret=secret)
    else:
        backup.restore_with_credentials(
            args.backup,
            args.output,
            username=cli.user(args),
            password=cli.secret(ENV_PASSWORD, "cli.prompt_password"),
        )
    cli.say(cli.t("cli.restored", path=str(args.output)))
    return 0


def cmd_rebuild_keys(cli: Cli, args: argparse.Namespace) -> int:
    folder = auth.rebuild_key_file(args.db, args.backups)
    cli.say(cli.t("cli.keys_rebuilt", folder=str(folder)))
    return 0


@_with_desk
def cmd_demo_data(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    summary = demo.fill(desk, args.scale)
    cli.say(
        cli.t(
            "cli.demo_filled",
            accounts=summary.accounts,
            scale=args.scale,
            subjects=summary.subjects,
            consents=summary.consents,
            provisions=summary.provisions,
            entries=summary.entries,
        )
    )
    return 0


@_with_desk
def cmd_profile_show(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    data = profile.get_profile(desk)
    cli.say(json.dumps(data.__dict__, ensure_ascii=False, indent=1))
    return 0


@_with_desk
def cmd_profile_set(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    data = profile.get_profile(desk)
    if args.field not in data.__dict__:
        raise InvalidInput("profile.unknown_field", field=args.field[:40])
    value: Any = args.value
    if args.field in ("fee_yen", "retention_years"):
        try:
            value = int(value)
        except ValueError:
            raise InvalidInput("input.not_a_number", field=args.field) from None
    if args.field == "payment_methods":
        value = [v.strip() for v in args.value.split(",") if v.strip()]
    setattr(data, args.field, value)
    changed = profile.save_profile(desk, data)
    cli.say(cli.t("cli.profile_saved", count=len(changed)))
    return 0


CONTRACTOR_CHECKLIST = "contractor-checklist"  # the checklist to send a contractor (委託先)


def cmd_form(cli: Cli, args: argparse.Namespace) -> int:
    # --contractor and --kind belong to the contractor's checklist only: say so before sign-in.
    if args.kind == CONTRACTOR_CHECKLIST:
        if args.contractor is None:
            raise UsageError("cli.form_contractor_needed")
    elif args.contractor is not None or args.checklist_kind is not None:
        raise UsageError("cli.form_contractor_only")
    return _write_form(cli, args)


@_with_desk
def _write_form(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    if args.kind == CONTRACTOR_CHECKLIST:
        kind = args.checklist_kind or "selection"
        contractors.checklist_pdf(desk, args.contractor, kind, out=args.output)
    else:
        documents.blank_form(desk, args.kind, out=args.output)
    cli.say(cli.t("cli.form_written", path=str(args.output)))
    return 0


@_with_desk
def cmd_import(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    cli.require(desk, transfer.import_file)
    mapping = transfer.load_mapping(args.mapping) if args.mapping else None
    task = transfer.import_task(desk, args.kind, args.file, mapping, dry_run=args.dry_run)
    try:
        report = desk.run(task)
    except transfer.ImportRefused as refused:
        for line in transfer.report_lines(refused.report, cli.lang):
            cli.warn(line)
        cli.warn(cli.t("import.failed", count=len(refused.report.errors)))
        return int(refused.exit_code)
    for line in transfer.report_lines(report, cli.lang):
        cli.warn(line)
    kind = cli.t(transfer.KIND_LABELS[args.kind])
    if args.dry_run:
        cli.say(cli.t("cli.import_checked", kind=kind, rows=report.rows, records=report.checked))
    else:
        cli.say(cli.t("cli.imported", kind=kind, rows=report.rows, records=report.created))
    return 0


@_with_desk
def cmd_export(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    cli.require(desk, transfer.export_csv)
    count = desk.run(transfer.export_task(desk, args.kind, args.output))
    cli.say(cli.t("cli.exported", count=count, path=str(args.output)))
    return 0


def cmd_export_board(cli: Cli, args: argparse.Namespace) -> int:
    # The period is read before sign-in: a mistyped date costs no password prompt.
    if args.fiscal_year is None:
        if args.date_from is None or args.date_to is None:
            raise UsageError("cli.board_period_needed")
        args.start = dates.parse_optional(args.date_from)
        args.end = dates.parse_optional(args.date_to)
        if args.start is None or args.end is None:
            raise UsageError("cli.board_period_needed")
    elif args.date_from is not None or args.date_to is not None:
        raise UsageError("cli.board_period_needed")
    return _export_board(cli, args)


@_with_desk
def _export_board(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    cli.require(desk, board.export_board)
    if args.with_personal_data:  # the personal sheets are for managers only
        desk.require(frozenset(roles.MANAGER), "board.export_personal")
    # From the environment only, never an argument (it would show in the process list). When
    # set, the workbook is encrypted with it, with or without the personal sheets.
    args.password = os.environ.get(ENV_EXPORT_PASSWORD) or None
    if args.with_personal_data and args.password is None:
        raise InvalidInput(
            "cli.export_password_needed", env=ENV_EXPORT_PASSWORD, min=board.PASSWORD_MIN
        )
    if args.password is not None and len(args.password) < board.PASSWORD_MIN:
        raise InvalidInput("board.password_required", min=board.PASSWORD_MIN)
    if args.fiscal_year is not None:
        period = board.period_for(desk, fiscal_year=args.fiscal_year)
    else:
        period = board.period_for(desk, start=args.start, end=args.end)
    board.export_board(
        desk,
        period,
        args.output,
        with_personal_data=args.with_personal_data,
        password=args.password,
    )
    cli.say(
        cli.t(
            "cli.board_written",
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            path=str(args.output),
        )
    )
    cli.say(cli.t("cli.board_encrypted" if args.password else "cli.board_not_encrypted"))
    return 0


def write_utf8(stream: TextIO, text: str) -> None:
    """Write a line as UTF-8 whatever the console's encoding (cp932 on Japanese Windows)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        write_line(stream, text)
        return
    stream.flush()
    buffer.write(text.encode("utf-8", "backslashreplace") + b"\n")
    buffer.flush()


@_with_desk
def cmd_search(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    rows = subjects.search(desk, args.query, limit=args.limit)
    if args.json:
        found = [
            {
                "id": r.id,
                "legal_name": r.legal_name,
                "reading": r.reading,
                "alias": r.alias,
                "birth_date": r.birth_date.isoformat() if r.birth_date else None,
                "member_number": r.member_number,
                "postal_code": r.postal_code,
                "address": r.address,
                "country": r.country,
                "phone": r.phone,
                "email": r.email,
                "category": r.category,
                "protected": r.protected,
            }
            for r in rows
        ]
        write_utf8(cli.out, json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        birth = r.birth_date.isoformat() if r.birth_date else "-"
        cli.say(f"{r.id:>7}  {r.legal_name}  {r.reading}  {birth}  {r.member_number}")
    cli.say(cli.t("cli.search_count", count=len(rows)))
    return 0


# Labels of the request codes the list prints (JSON carries the codes themselves).
REQUEST_STATE_TEXT = {
    "identity_pending": "requests.state.identity_pending",
    "fee_pending": "requests.state.fee_pending",
    "in_review": "requests.state.in_review",
    "decided": "requests.state.decided",
    "sent": "requests.state.sent",
    "closed": "requests.state.closed",
    "withdrawn": "requests.state.withdrawn",
}
REQUEST_TYPE_TEXT = {
    "purpose": "requests.type.purpose",
    "disclosure": "requests.type.disclosure",
    "provision_records": "requests.type.provision_records",
    "correction": "requests.type.correction",
    "suspension": "requests.type.suspension",
    "stop_provision": "requests.type.stop_provision",
}
REQUESTER_TEXT = {
    "person": "requests.requester.person",
    "legal_rep": "requests.requester.legal_rep",
    "appointed_agent": "requests.requester.appointed_agent",
}
STOP_TEXT = {"identity": "requests.stop.identity", "fee": "requests.stop.fee"}


def _label(cli: Cli, table: dict[str, str], code: str) -> str:
    return cli.t(table[code]) if code in table else code


def _list_requests(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    rows = requests.list_requests(desk)
    if args.json:
        found = [
            {
                "id": r.id,
                "number": r.number,
                "received_on": r.received_on.isoformat(),
                "types": list(r.types),
                "requester_kind": r.requester_kind,
                "state": r.state,
                "due_on": r.due_on.isoformat() if r.due_on else None,
                "overdue": r.overdue,
                "stopped_since": r.stopped_since.isoformat() if r.stopped_since else None,
                "stop_reason": r.stop_reason or None,
            }
            for r in rows
        ]
        write_utf8(cli.out, json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if rows:
        cli.say(cli.t("cli.requests_header"))
    sep = "・" if cli.lang == "ja" else ", "
    for r in rows:
        types = sep.join(_label(cli, REQUEST_TYPE_TEXT, t) for t in r.types)
        due = r.due_on.isoformat() if r.due_on else "-"
        if r.overdue:
            due = cli.t("cli.request_overdue", date=due)
        stop = "-"
        if r.stopped_since:
            reason = _label(cli, STOP_TEXT, r.stop_reason)
            stop = cli.t("cli.request_stopped", date=r.stopped_since.isoformat(), reason=reason)
        cli.say(
            "  ".join(
                (
                    f"{r.id:>5}",
                    r.number,
                    r.received_on.isoformat(),
                    types,
                    _label(cli, REQUESTER_TEXT, r.requester_kind),
                    _label(cli, REQUEST_STATE_TEXT, r.state),
                    due,
                    stop,
                )
            )
        )
    cli.say(cli.t("cli.requests_count", count=len(rows)))
    return 0


CONTRACTOR_STATUS_TEXT = {
    "selecting": "cli.contractor_status.selecting",
    "active": "cli.contractor_status.active",
    "ended": "cli.contractor_status.ended",
}
CERT_KIND_TEXT = {
    "pmark": "cli.cert_kind.pmark",
    "isms": "cli.cert_kind.isms",
    "other": "cli.cert_kind.other",
}


def flag_text(cli: Cli, flag: contractors.Flag) -> str:
    """A contractor's flag with its reason, in the user's language (a certification's kind
    by its name, not its code)."""
    params = dict(flag.params)
    if "kind" in params:
        params["kind"] = _label(cli, CERT_KIND_TEXT, str(params["kind"]))
    return cli.t(flag.code, **params)


def _list_contractors(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    rows = contractors.list_contractors(desk)
    if args.json:
        found = [
            {
                "id": r.id,
                "name": r.name,
                "status": r.status,
                "services": r.services,
                "contract_end": r.contract_end.isoformat() if r.contract_end else None,
                "next_review_due": r.next_review_due.isoformat() if r.next_review_due else None,
                "principal_id": r.principal_id,
                "abroad": r.abroad,
                "country": r.country,
                "flags": [{"code": f.code, "params": dict(f.params)} for f in r.flags],
            }
            for r in rows
        ]
        write_utf8(cli.out, json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if rows:
        cli.say(cli.t("cli.contractors_header"))
    for r in rows:
        cli.say(
            "  ".join(
                (
                    f"{r.id:>5}",
                    r.name,
                    _label(cli, CONTRACTOR_STATUS_TEXT, r.status),
                    r.contract_end.isoformat() if r.contract_end else "-",
                    r.next_review_due.isoformat() if r.next_review_due else "-",
                )
            )
        )
        for f in r.flags:
            cli.say("        " + cli.t("cli.contractor_flag", text=flag_text(cli, f)))
    flagged = sum(1 for r in rows if r.flags)
    cli.say(cli.t("cli.contractors_count", count=len(rows), flagged=flagged))
    return 0


# Labels of the complaint (苦情) codes the list prints.
COMPLAINT_STATUS_TEXT = {
    "received": "cli.complaint_status.received",
    "investigating": "cli.complaint_status.investigating",
    "answered": "cli.complaint_status.answered",
    "closed": "cli.complaint_status.closed",
    "withdrawn": "cli.complaint_status.withdrawn",
}
COMPLAINT_CHANNEL_TEXT = {
    "phone": "cli.complaint_channel.phone",
    "post": "cli.complaint_channel.post",
    "fax": "cli.complaint_channel.fax",
    "email": "cli.complaint_channel.email",
    "visit": "cli.complaint_channel.visit",
    "other": "cli.complaint_channel.other",
}
COMPLAINT_CATEGORY_TEXT = {
    "handling": "cli.complaint_category.handling",
    "requests": "cli.complaint_category.requests",
    "staff": "cli.complaint_category.staff",
    "security": "cli.complaint_category.security",
    "other": "cli.complaint_category.other",
}


def _list_complaints(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    rows = complaints.list_complaints(desk)
    if args.json:
        found = [
            {
                "id": r.id,
                "number": r.number,
                "received_at": r.received_at.isoformat(timespec="minutes"),
                "channel": r.channel,
                "category": r.category,
                "status": r.status,
                "handler_id": r.handler_id,
                "handler": r.handler or None,
                "target_on": r.target_on.isoformat(),
                "overdue": r.overdue,
                "closed_on": r.closed_on.isoformat() if r.closed_on else None,
            }
            for r in rows
        ]
        write_utf8(cli.out, json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if rows:
        cli.say(cli.t("cli.complaints_header"))
    for r in rows:
        target = r.target_on.isoformat()
        if r.overdue:
            target = cli.t("cli.complaint_overdue", date=target)
        cli.say(
            "  ".join(
                (
                    f"{r.id:>5}",
                    r.number,
                    r.received_at.strftime("%Y-%m-%d %H:%M"),
                    _label(cli, COMPLAINT_CHANNEL_TEXT, r.channel),
                    _label(cli, COMPLAINT_CATEGORY_TEXT, r.category),
                    _label(cli, COMPLAINT_STATUS_TEXT, r.status),
                    r.handler or cli.t("cli.complaint_unassigned"),
                    target,
                )
            )
        )
    overdue = sum(1 for r in rows if r.overdue)
    cli.say(cli.t("cli.complaints_count", count=len(rows), overdue=overdue))
    return 0


# Labels of the incident (漏えい等事案) codes the list prints; reasons and rules are codes of
# the catalogue already.
INCIDENT_KIND_TEXT = {
    "leak": "cli.incident_kind.leak",
    "loss": "cli.incident_kind.loss",
    "damage": "cli.incident_kind.damage",
}
INCIDENT_STATUS_TEXT = {
    "open": "cli.incident_status.open",
    "closed": "cli.incident_status.closed",
}
INCIDENT_STEP_TEXT = {
    "preliminary": "incident.step.preliminary",
    "final": "incident.step.final",
    "notice": "incident.step.notice",
}


def _deadline_json(d: incidents.Deadline, today: date) -> dict[str, Any]:
    return {
        "step": d.step,
        "due_on": d.due.isoformat(),
        "rule": d.rule,
        "rule_params": dict(d.rule_params),
        "done_on": d.done_on.isoformat() if d.done_on else None,
        "overdue": d.done_on is None and d.due < today,
    }


def _deadline_text(cli: Cli, d: incidents.Deadline, today: date) -> str:
    if d.done_on is not None:
        done = cli.t("cli.incident_step_done", date=d.done_on.isoformat())
    elif d.due < today:
        done = cli.t("cli.incident_step_overdue")
    else:
        done = cli.t("cli.incident_step_open")
    # The rule's text names the step ("速報：…"), so the line leads with the date.
    return cli.t(
        "cli.incident_deadline",
        date=d.due.isoformat(),
        rule=cli.t(d.rule, **d.rule_params),
        done=done,
    )


def _list_incidents(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    today = date.today()  # one date for the list and every incident's deadlines
    rows = [
        (r, incidents.get(desk, r.id, today=today))
        for r in incidents.list_incidents(desk, today=today)
    ]
    if args.json:
        found = [
            {
                "id": r.id,
                "number": r.number,
                "kind": r.kind,
                "possible": r.possible,
                "known_on": r.known_on.isoformat(),
                "persons": r.persons,
                "persons_estimated": v.data.persons_estimated,
                "reportable": r.reportable,
                "reasons": list(r.reasons),
                "deadlines": [_deadline_json(d, today) for d in v.deadlines],
                "next": _deadline_json(r.next, today) if r.next else None,
                "status": r.status,
                "closed_on": v.closed_on.isoformat() if v.closed_on else None,
                "contractor_id": v.data.contractor_id,
                "mailing_id": v.mailing_id,
            }
            for r, v in rows
        ]
        write_utf8(cli.out, json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if rows:
        cli.say(cli.t("cli.incidents_header"))
    for r, v in rows:
        kind = _label(cli, INCIDENT_KIND_TEXT, r.kind)
        if r.possible:
            kind = cli.t("cli.incident_possible", kind=kind)
        persons = "-"
        if r.persons is not None:
            code = (
                "cli.incident_persons_estimated"
                if v.data.persons_estimated
                else "cli.incident_persons"
            )
            persons = cli.t(code, count=f"{r.persons:,}")
        reportable = "cli.incident_reportable" if r.reportable else "cli.incident_not_reportable"
        next_ = "-"
        if r.next is not None:
            step = _label(cli, INCIDENT_STEP_TEXT, r.next.step)
            next_ = cli.t("cli.incident_next", step=step, date=r.next.due.isoformat())
        cli.say(
            "  ".join(
                (
                    f"{r.id:>5}",
                    r.number,
                    kind,
                    r.known_on.isoformat(),
                    persons,
                    cli.t(reportable),
                    _label(cli, INCIDENT_STATUS_TEXT, r.status),
                    next_,
                )
            )
        )
        for reason in r.reasons:
            cli.say("        " + cli.t("cli.incident_reason", text=cli.t(reason)))
        for d in v.deadlines:
            cli.say("        " + _deadline_text(cli, d, today))
    still_open = sum(1 for r, _v in rows if r.status == "open")
    cli.say(cli.t("cli.incidents_count", count=len(rows), open=still_open))
    return 0


# Labels of the staff (役職員等) and internal audit (内部監査) codes the lists print.
STAFF_KIND_TEXT = {
    "employee": "staff.kind.employee",
    "volunteer": "staff.kind.volunteer",
    "board": "staff.kind.board",
    "other": "staff.kind.other",
}
AUDITOR_KIND_TEXT = {
    "other_department": "internal_audits.auditor_kind.other_department",
    "outside": "internal_audits.auditor_kind.outside",
    "statutory_auditor": "internal_audits.auditor_kind.statutory_auditor",
}
AUDIT_STATE_TEXT = {
    "planned": "internal_audits.state.planned",
    "done": "internal_audits.state.done",
    "reported": "internal_audits.state.reported",
}


def _day(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _flags_json(flags: Sequence[Any]) -> list[dict[str, Any]]:
    return [{"code": f.code, "params": dict(f.params)} for f in flags]


def _list_staff(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    rows = staff.list_staff(desk)
    if args.json:
        found = [
            {
                "id": r.id,
                "name": r.name,
                "kind": r.kind,
                "role": r.role,
                "account_id": r.account_id,
                "account": r.account_name or None,
                "start_on": _day(r.start_on),
                "end_on": _day(r.end_on),
                "active": r.active,
                "last_pledge_on": _day(r.last_pledge_on),
                "last_training_on": _day(r.last_training_on),
                "flags": _flags_json(r.flags),
            }
            for r in rows
        ]
        write_utf8(cli.out, json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if rows:
        cli.say(cli.t("cli.staff_header"))
    for r in rows:
        cli.say(
            "  ".join(
                (
                    f"{r.id:>5}",
                    r.name,
                    _label(cli, STAFF_KIND_TEXT, r.kind),
                    r.role or "-",
                    _day(r.start_on) or "-",
                    _day(r.end_on) or "-",
                    _day(r.last_pledge_on) or "-",
                    _day(r.last_training_on) or "-",
                )
            )
        )
        for f in r.flags:
            cli.say("        " + cli.t("cli.staff_flag", text=cli.t(f.code, **f.params)))
    flagged = sum(1 for r in rows if r.flags)
    cli.say(cli.t("cli.staff_count", count=len(rows), flagged=flagged))
    return 0


def _list_audits(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    rows = internal_audits.list_audits(desk)
    if args.json:
        found = [
            {
                "id": r.id,
                "planned_on": r.planned_on.isoformat(),
                "done_on": _day(r.done_on),
                "reported_on": _day(r.reported_on),
                "auditor": r.auditor,
                "auditor_kind": r.auditor_kind,
                "scope": r.scope,
                "state": r.state,
                "findings": r.findings,
                "open_actions": r.open_actions,
                "overdue_actions": r.overdue_actions,
                "flags": _flags_json(r.flags),
            }
            for r in rows
        ]
        write_utf8(cli.out, json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if rows:
        cli.say(cli.t("cli.audits_header"))
    for r in rows:
        auditor = cli.t(
            "cli.audit_auditor", name=r.auditor, kind=_label(cli, AUDITOR_KIND_TEXT, r.auditor_kind)
        )
        cli.say(
            "  ".join(
                (
                    f"{r.id:>5}",
                    r.planned_on.isoformat(),
                    _day(r.done_on) or "-",
                    auditor,
                    _label(cli, AUDIT_STATE_TEXT, r.state),
                    _day(r.reported_on) or "-",
                    cli.t("cli.audit_findings", count=r.findings),
                    cli.t("cli.audit_actions", open=r.open_actions, overdue=r.overdue_actions),
                )
            )
        )
        for f in r.flags:
            cli.say("        " + cli.t("cli.audit_flag", text=cli.t(f.code, **f.params)))
    flagged = sum(1 for r in rows if r.flags)
    cli.say(cli.t("cli.audits_count", count=len(rows), flagged=flagged))
    return 0


# What `list KIND` lists; each kind prints a table, or JSON with --json.
LIST_KINDS: dict[str, Callable[[Cli, argparse.Namespace, Desk], int]] = {
    "requests": _list_requests,
    "contractors": _list_contractors,
    "complaints": _list_complaints,
    "incidents": _list_incidents,
    "staff": _list_staff,
    "audits": _list_audits,
}


@_with_desk
def cmd_list(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    return LIST_KINDS[args.kind](cli, args, desk)


# Passage tags of the privacy notice check, in words.
NOTICE_TAG_TEXT = {
    "org_name": "cli.notice_tag.org_name",
    "address": "cli.notice_tag.address",
    "representative": "cli.notice_tag.representative",
    "purpose": "cli.notice_tag.purpose",
    "recipient": "cli.notice_tag.recipient",
    "country": "cli.notice_tag.country",
    "contractor": "cli.notice_tag.contractor",
    "security": "cli.notice_tag.security",
    "request_procedure": "cli.notice_tag.request_procedure",
    "fee": "cli.notice_tag.fee",
    "complaint_desk": "cli.notice_tag.complaint_desk",
    "protection_body": "cli.notice_tag.protection_body",
}
PASSAGE_START = 40  # characters of a passage the text output shows


def _passage_start(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PASSAGE_START else flat[:PASSAGE_START] + "…"


def _notice_json(result: notice_check.CheckResult) -> dict[str, Any]:
    """As domain.notice_check.to_json, with the title, the count linked and the suggestions."""
    return {
        "notice": result.notice_version_id,
        "title": result.notice_title if result.notice_version_id is not None else None,
        "consistent": result.consistent,
        "linked": result.linked,
        "register_not_in_notice": [
            {
                "key": u.item.key,
                "tag": u.item.tag,
                "label": u.item.label,
                "source": u.item.source,
                "suggestions": [{"passage": g.passage_id, "score": g.score} for g in u.suggestions],
            }
            for u in result.items_unlinked
        ],
        "notice_not_in_register": [
            {"passage": p.id, "tag": p.tag, "text": p.text} for p in result.passages_unlinked
        ],
    }


def _gaps(result: notice_check.CheckResult) -> int:
    return len(result.items_unlinked) + len(result.passages_unlinked)


def _print_notice_check(cli: Cli, result: notice_check.CheckResult) -> None:
    cli.say(cli.t("cli.notice_title", title=result.notice_title))
    cli.say(cli.t("cli.notice_register_only", count=len(result.items_unlinked)))
    for u in result.items_unlinked:
        tag = _label(cli, NOTICE_TAG_TEXT, u.item.tag)
        line = cli.t("cli.notice_item", label=u.item.label, tag=tag, source=u.item.source)
        cli.say("  - " + line)
    if not result.items_unlinked:
        cli.say("  " + cli.t("cli.notice_none"))
    cli.say(cli.t("cli.notice_notice_only", count=len(result.passages_unlinked)))
    for p in result.passages_unlinked:
        tag = _label(cli, NOTICE_TAG_TEXT, p.tag)
        cli.say("  - " + cli.t("cli.notice_passage", tag=tag, text=_passage_start(p.text)))
    if not result.passages_unlinked:
        cli.say("  " + cli.t("cli.notice_none"))
    cli.say(cli.t("cli.notice_linked", count=result.linked))
    if result.consistent:
        cli.say(cli.t("cli.notice_consistent"))
    else:
        cli.say(cli.t("cli.notice_gaps", count=_gaps(result)))


@_with_desk
def cmd_check_notice(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    """The privacy notice against the register: 0 when they agree, 12 with the gaps (and when
    there is no notice to check). With --json, stdout holds only the JSON."""
    result = notice_check.check(desk)
    if args.json:
        write_utf8(cli.out, json.dumps(_notice_json(result), ensure_ascii=False, indent=1))
    if result.notice_version_id is None:
        cli.warn(cli.t("cli.notice_missing", count=len(result.items_unlinked)))
        return int(ExitCode.GAPS_FOUND)
    if not args.json:
        _print_notice_check(cli, result)
    elif not result.consistent:
        cli.warn(cli.t("cli.notice_gaps", count=_gaps(result)))
    return 0 if result.consistent else int(ExitCode.GAPS_FOUND)


@_with_desk
def cmd_letter(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    number, _pdf = requests.letter(desk, args.request, args.kind, out=args.output)
    cli.say(cli.t("cli.letter_written", number=number, path=str(args.output)))
    return 0


@_with_desk
def cmd_disclose_electronic(cli: Cli, args: argparse.Namespace, desk: Desk) -> int:
    requests.disclose_electronic(desk, args.request, out=args.output)
    cli.say(cli.t("cli.disclosure_written", path=str(args.output), id=args.request))
    return 0


def run_demo_cli(cli: Cli, scale: int = 1000) -> int:
    desk = demo.create_demo(scale=scale)
    try:
        cli.say(
            cli.t(
                "cli.demo_ready",
                path=str(desk.path),
                user=demo.DEMO_USER,
                password=demo.DEMO_PASSWORD,
            )
        )
        report = audit_service.check(desk)
        cli.say(
            cli.t(
                "check.chain",
                count=report.chain.count,
                head=report.chain.head_hash[:16],
                state=cli.t("cli.ok") if report.ok else cli.t("cli.not_ok"),
            )
        )
    finally:
        desk.close()
    return 0


# -- parser -----------------------------------------------------------------------------------
def _int_in(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number within [low, high]. A larger id or count than SQLite
    can hold (or demo data without end) is a usage error (exit 2), not an internal one."""

    def parse(text: str) -> int:
        value = int(text)  # ValueError: argparse reports "invalid int value"
        if not low <= value <= high:
            shown = value if abs(value) < 10**20 else "…"
            raise argparse.ArgumentTypeError(f"{shown}: {low}–{high}")
        return value

    parse.__name__ = "int"  # argparse names the type in its message
    return parse


_ID = _int_in(1, 2**63 - 1)  # a record's number, as SQLite stores it


def _path(text: str) -> Path:
    """An argparse type: a path. A NUL byte (possible only in-process) is a usage error, not
    a ValueError deep in the file system calls."""
    if "\x00" in text:
        raise argparse.ArgumentTypeError("NUL")
    return Path(text)


_path.__name__ = "path"


def exit_code_table(lang: str) -> str:
    lines = [render("cli.exit_codes", lang)]
    for code, key in EXIT_CODE_MESSAGES.items():
        lines.append(f"  {int(code):>2}  {render(key, lang)}")
    return "\n".join(lines)


def build_parser(lang: str) -> argparse.ArgumentParser:
    def t(code: str) -> str:
        return render(code, lang)

    def global_options(default: Any) -> argparse.ArgumentParser:
        # The same options before and after the command. After it they default to SUPPRESS:
        # a subcommand's defaults would otherwise overwrite what was given before it.
        g = argparse.ArgumentParser(add_help=False)
        flag_default = False if default is None else default
        g.add_argument("--db", type=_path, default=default, help=t("cli.help.db"))
        g.add_argument("--user", default=default, help=t("cli.help.user"))
        g.add_argument("--lang", choices=["ja", "en"], default=default, help=t("cli.help.lang"))
        g.add_argument(
            "--allow-shared",
            action="store_true",
            default=flag_default,
            help=t("cli.help.allow_shared"),
        )
        g.add_argument(
            "--take-over-stale-lock",
            action="store_true",
            default=flag_default,
            help=t("cli.help.take_over"),
        )
        return g

    top_options = global_options(None)
    common = global_options(argparse.SUPPRESS)

    parser = _Parser(
        prog="privacydesk",
        description=t("cli.description"),
        parents=[top_options],
        epilog=exit_code_table(lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--demo", action="store_true", help=t("cli.help.demo"))
    # Listed for --help; the entry point (main.py) runs the self-test before any command.
    parser.add_argument("--self-test", action="store_true", help=t("cli.help.self_test"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def child(
        group: Any, name: str, help_text: str, fn: Callable[..., int] | None = None
    ) -> argparse.ArgumentParser:
        # Every command's own --help shows what it does and the exit-code table.
        p = group.add_parser(
            name,
            parents=[common],
            help=help_text,
            description=help_text,
            epilog=exit_code_table(lang),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if fn is not None:
            p.set_defaults(func=fn)
        return p

    def add(name: str, fn: Callable[..., int] | None = None) -> argparse.ArgumentParser:
        return child(sub, name, t(f"cli.help.{name}"), fn)

    add("init", cmd_init)
    add("passwd", cmd_passwd)
    add("recover", cmd_recover)
    user = child(sub, "user", t("cli.help.user_cmd"))
    user_sub = user.add_subparsers(
        dest="user_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    p = child(user_sub, "add", t("cli.help.user_add"), cmd_user_add)
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["manager", "staff", "viewer"])
    p.add_argument("--display-name", default="")
    p = child(user_sub, "disable", t("cli.help.user_disable"), cmd_user_disable)
    p.add_argument("name")
    p = child(user_sub, "reset", t("cli.help.user_reset"), cmd_user_reset)
    p.add_argument("name")
    p = child(user_sub, "list", t("cli.help.user_list"), cmd_user_list)
    p.add_argument("--json", action="store_true")
    p = add("rotate-key", cmd_rotate_key)
    p.add_argument("--reset-unmigrated", action="store_true", help=t("cli.help.reset_unmigrated"))
    add("check", cmd_check)
    add("acknowledge-break", cmd_acknowledge)
    p = add("backup", cmd_backup)
    p.add_argument("-o", "--output", type=_path, required=True, help=t("cli.help.backup_dir"))
    p = add("restore", cmd_restore)
    p.add_argument("backup", type=_path)
    p.add_argument("-o", "--output", type=_path, required=True, help=t("cli.help.restore_to"))
    p = add("rebuild-keys", cmd_rebuild_keys)
    p.add_argument("--backups", type=_path, default=None, help=t("cli.help.backups_root"))
    p = add("demo-data", cmd_demo_data)
    p.add_argument("--scale", type=_int_in(1, 1_000_000), default=1000)
    p = add("form", cmd_form)
    p.add_argument("kind", choices=[*documents.FORMS, CONTRACTOR_CHECKLIST])
    p.add_argument("-o", "--output", type=_path, required=True, help=t("cli.help.pdf_out"))
    p.add_argument("--contractor", type=_ID, default=None, help=t("cli.help.contractor_id"))
    p.add_argument(
        "--kind",
        dest="checklist_kind",
        choices=list(contractors.REVIEW_KINDS),
        default=None,
        help=t("cli.help.checklist_kind"),
    )
    prof = add("profile")
    prof_sub = prof.add_subparsers(
        dest="profile_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    child(prof_sub, "show", t("cli.help.profile_show"), cmd_profile_show)
    p = child(prof_sub, "set", t("cli.help.profile_set"), cmd_profile_set)
    p.add_argument("field")
    p.add_argument("value")
    p = add("import", cmd_import)
    p.add_argument("kind", choices=list(transfer.IMPORT_KINDS))
    p.add_argument("file", type=_path, help=t("cli.help.import_file"))
    p.add_argument("--mapping", type=_path, default=None, help=t("cli.help.mapping"))
    p.add_argument("--dry-run", action="store_true", help=t("cli.help.dry_run"))
    p = add("export", cmd_export)
    p.add_argument("kind", choices=list(transfer.EXPORT_KINDS))
    p.add_argument("-o", "--output", type=_path, required=True, help=t("cli.help.csv_out"))
    p = add("export-board", cmd_export_board)
    p.add_argument(
        "--fiscal-year",
        type=_int_in(1, 9999),
        default=None,
        metavar="YEAR",
        help=t("cli.help.fiscal_year"),
    )
    p.add_argument(
        "--from", dest="date_from", default=None, metavar="DATE", help=t("cli.help.date_from")
    )
    p.add_argument("--to", dest="date_to", default=None, metavar="DATE", help=t("cli.help.date_to"))
    p.add_argument("-o", "--output", type=_path, required=True, help=t("cli.help.xlsx_out"))
    p.add_argument(
        "--with-personal-data", action="store_true", help=t("cli.help.with_personal_data")
    )
    p = add("list", cmd_list)
    p.add_argument("kind", choices=list(LIST_KINDS))
    p.add_argument("--json", action="store_true", help=t("cli.help.list_json"))
    p = add("letter", cmd_letter)
    p.add_argument(
        "kind",
        choices=list(requests.LETTER_KINDS),
        metavar="KIND",
        help=t("cli.help.letter_kind") + ": " + ", ".join(requests.LETTER_KINDS),
    )
    p.add_argument("--request", type=_ID, required=True, help=t("cli.help.request_id"))
    p.add_argument("-o", "--output", type=_path, required=True, help=t("cli.help.pdf_out"))
    p = add("disclose-electronic", cmd_disclose_electronic)
    p.add_argument("--request", type=_ID, required=True, help=t("cli.help.request_id"))
    p.add_argument("-o", "--output", type=_path, required=True, help=t("cli.help.pdf_out"))
    p = add("search", cmd_search)
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help=t("cli.help.search_json"))
    p.add_argument(
        "--limit", type=_int_in(1, 100_000), default=200, help=t("cli.help.search_limit")
    )
    p = add("check-notice", cmd_check_notice)
    p.add_argument("--json", action="store_true", help=t("cli.help.list_json"))
    return parser


def _early_lang(argv: Sequence[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return normalise_language(argv[i + 1])
        if a.startswith("--lang="):
            return normalise_language(a.split("=", 1)[1])
    return normalise_language(os.environ.get(ENV_LANG))


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run one command in-process; returns the exit code (tests call this directly)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    lang = _early_lang(argv)
    with contextlib.suppress(OSError):
        logs.setup()  # the rotating log file; a folder we cannot write must not stop a command
    with contextlib.suppress(OSError):
        paths.wipe_stale_temp_dirs()  # temp folders of processes that no longer run
    cli = Cli(lang, out, err)
    try:
        try:
            # argparse prints --help to sys.stdout: send it where this call's output goes.
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                args = build_parser(lang).parse_args(argv)
        except SystemExit as exc:  # --help
            return int(exc.code or 0)
        if args.db is None:
            args.db = paths.default_db_path()
        if getattr(args, "func", None) is None:
            if args.demo:
                return run_demo_cli(cli)
            raise UsageError("cli.command_needed")
        return int(args.func(cli, args))
    except PrivacydeskError as exc:
        cli.warn(render(exc.code, lang, **exc.params))
        if isinstance(exc, InvalidInput):
            for field, code, params in exc.problems:
                cli.warn(f"  {field}: {render(code, lang, **params)}")
        return int(exc.exit_code)
    except KeyboardInterrupt:
        cli.warn(render("task.cancelled", lang))
        return int(ExitCode.INTERNAL)
    except Exception as exc:
        # Type and frames only: exception text may quote values.
        log.error("internal error: %s", type(exc).__name__, exc_info=logs.safe_exc_info(exc))
        cli.warn(render("internal.unexpected", lang, what=type(exc).__name__))
        return int(ExitCode.INTERNAL)


def run() -> None:
    sys.exit(main())
