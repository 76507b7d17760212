"""安全管理措置の自己点検. Use cases for the office's yearly self-check: whether the lighter
measures are open to it (and why not), starting a check (with the app's pre-answers), answers
saved one at a time, finishing with a result, corrective actions, and where the yearly cycle
stands.

Viewing is for everyone; answering for staff and managers. The audit log carries ids and
codes, never the answers' text.
"""

from __future__ import annotations

from datetime import date

from privacydesk.domain import audit, checklists
from privacydesk.domain import self_check as domain
from privacydesk.domain.checklists import CategoryScore, QuestionRow, TemplateRow
from privacydesk.domain.internal_audits import ActionRow, actions_of
from privacydesk.domain.internal_audits import add_action as add_corrective_action
from privacydesk.domain.internal_audits import close_action as close_corrective_action
from privacydesk.domain.self_check import (
    FLAG_CODES,
    LIGHT_CODES,
    LIGHT_REASONS,
    PREFILL_CODES,
    RESULTS,
    AnswerRow,
    Flag,
    SelfCheckDetail,
    SelfCheckRow,
    Status,
)
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed
from privacydesk.storage import keys

__all__ = [
    "FLAG_CODES",
    "LIGHT_CODES",
    "LIGHT_REASONS",
    "PREFILL_CODES",
    "RESULTS",
    "ActionRow",
    "AnswerRow",
    "CategoryScore",
    "Flag",
    "QuestionRow",
    "SelfCheckDetail",
    "SelfCheckRow",
    "Status",
    "TemplateRow",
]
RECORD_TYPE = "self_check"


def _today(today: date | None) -> date:
    return today or date.today()


def _anchor(desk: Desk) -> audit.Anchor | None:
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    return audit.Anchor(kf.anchor.count, kf.anchor.hash, kf.anchor.mac) if kf.anchor else None


# -- reading -----------------------------------------------------------------------------------


@allowed(*EVERYONE)
def light_measures(desk: Desk) -> tuple[bool, list[str]]:
    """(allowed, reasons): whether the office may take the lighter measures of small
    organisations, and if not, a message code per reason (LIGHT_REASONS)."""
    with desk.uow() as s:
        return domain.light_measures(s)


@allowed(*EVERYONE)
def persons_held(desk: Desk) -> int:
    """The number of persons the light-measures test compares with 5,000."""
    with desk.uow() as s:
        return domain.persons_held(s)


@allowed(*EVERYONE)
def status(desk: Desk, today: date | None = None) -> Status:
    """The check being answered, the last finished, the next due, and the cycle's flags."""
    with desk.uow() as s:
        return domain.status(s, _today(today))


@allowed(*EVERYONE)
def attention(desk: Desk, today: date | None = None) -> dict[str, int]:
    """{"due": 0 or 1, "actions_overdue": n} for the home page."""
    with desk.uow() as s:
        return domain.attention(s, _today(today))


@allowed(*EVERYONE)
def list_checks(desk: Desk) -> list[SelfCheckRow]:
    with desk.uow() as s:
        return domain.list_checks(s)


@allowed(*EVERYONE)
def get(desk: Desk, self_check_id: int, today: date | None = None) -> SelfCheckDetail:
    """A check with the checklist version it is answered against, its answers (each with
    `prefilled` and evidence), the scores per category and its corrective actions."""
    with desk.uow() as s:
        return domain.detail(s, self_check_id, _today(today))


# -- answering ------------------------------------------------------------------------------------


@allowed(*STAFF_UP)
def start(desk: Desk, light: bool = False, today: date | None = None) -> int:
    """A new check against the published self-check checklist, with the app's own technical
    measures pre-answered; `light` asks only the light questions (refused, with the reasons
    as problems, unless the office qualifies). One check is open at a time."""
    today = _today(today)
    anchor = _anchor(desk)
    with desk.uow(write=True) as s:
        made = checklists.sync_shipped(s, desk.context.account_id)
        if made:
            desk.audit(s, "checklist.shipped", "checklist", "", {"templates": len(made)})
        facts = domain.app_facts(s, audit.verify(s, desk.db_key, anchor))
        cid = domain.start(s, desk.context.account_id, today, facts, light)
        prefilled = sum(1 for a in domain.answers(s, cid).values() if a.prefilled)
        desk.audit(
            s, "self_check.started", RECORD_TYPE, cid, {"light": light, "prefilled": prefilled}
        )
        return cid


@allowed(*STAFF_UP)
def answer(
    desk: Desk,
    self_check_id: int,
    question_id: int,
    value: str,
    comment: str = "",
    evidence: str = "",
) -> None:
    """Saved at once; answers are not audited one by one (the check's finish is)."""
    with desk.uow(write=True) as s:
        domain.answer(s, self_check_id, question_id, value, comment, evidence)


@allowed(*STAFF_UP)
def finish(
    desk: Desk,
    self_check_id: int,
    result: str,
    summary: str = "",
    finished_on: date | str | None = None,
    today: date | None = None,
) -> None:
    """Every question answered, a result, a summary unless the result is fit."""
    today = _today(today)
    with desk.uow(write=True) as s:
        domain.finish(s, self_check_id, result, summary, finished_on or today, today)
        desk.audit(s, "self_check.finished", RECORD_TYPE, self_check_id, {"result": result})


@allowed(*STAFF_UP)
def discard(desk: Desk, self_check_id: int) -> None:
    """Throw away an unfinished check (one with no corrective action)."""
    with desk.uow(write=True) as s:
        domain.discard(s, self_check_id)
        desk.audit(s, "self_check.discarded", RECORD_TYPE, self_check_id)


# -- corrective actions ---------------------------------------------------------------------------


@allowed(*EVERYONE)
def actions(
    desk: Desk, self_check_id: int | None = None, today: date | None = None
) -> list[ActionRow]:
    """The self-checks' corrective actions (of one check, or all), by due date."""
    with desk.uow() as s:
        return actions_of(s, "self_check", self_check_id, _today(today))


@allowed(*STAFF_UP)
def add_action(desk: Desk, self_check_id: int, action: str, owner: str, due_on: date | str) -> int:
    with desk.uow(write=True) as s:
        cid = domain.check_exists(s, self_check_id)
        aid = add_corrective_action(s, "self_check", cid, action, owner, due_on)
        desk.audit(s, "self_check.action_added", RECORD_TYPE, cid, {"action": aid})
        return aid


@allowed(*STAFF_UP)
def close_action(
    desk: Desk, action_id: int, closed_on: date | str, note: str, today: date | None = None
) -> None:
    with desk.uow(write=True) as s:
        cid = close_corrective_action(s, action_id, "self_check", closed_on, note, _today(today))
        desk.audit(s, "self_check.action_closed", RECORD_TYPE, cid, {"action": action_id})
