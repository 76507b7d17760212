"""委託先. Use cases for contractors: the list with its flags, the detail, recording a
contractor, linking register entries, certifications, reviews against the published checklist
(saved answer by answer), follow-ups, the end of a contract with its deletion certificate,
merging likely duplicates, and the printable self-assessment.

Viewing is for everyone; recording for staff and managers; merging and checklist publishing
for managers. The audit log carries ids and codes, never names.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from privacydesk.documents.checklist_form import ChecklistFormData, checklist_form
from privacydesk.domain import checklists, wareki
from privacydesk.domain import contractors as domain
from privacydesk.domain import profile as profile_domain
from privacydesk.domain.checklists import CATEGORIES, QuestionRow, TemplateRow
from privacydesk.domain.checklists import KINDS as CHECKLIST_KINDS
from privacydesk.domain.contractors import (
    ABROAD_BASES,
    CERT_KINDS,
    CLAUSES,
    DISPOSALS,
    FLAG_CODES,
    RESULTS,
    REVIEW_KINDS,
    STATUSES,
    AnswerRow,
    CertRow,
    ContractorData,
    ContractorDetail,
    ContractorRow,
    DeletionRow,
    Flag,
    FollowUpRow,
    ReviewRow,
)
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, STAFF_UP, allowed
from privacydesk.storage.files import write_atomic

__all__ = [
    "ABROAD_BASES",
    "CATEGORIES",
    "CERT_KINDS",
    "CHECKLIST_KINDS",
    "CLAUSES",
    "DISPOSALS",
    "FLAG_CODES",
    "RESULTS",
    "REVIEW_KINDS",
    "STATUSES",
    "AnswerRow",
    "CertRow",
    "ContractorData",
    "ContractorDetail",
    "ContractorRow",
    "DeletionRow",
    "Flag",
    "FollowUpRow",
    "QuestionRow",
    "ReviewRow",
    "TemplateRow",
]
RECORD_TYPE = "contractor"


def _today(today: date | None) -> date:
    return today or date.today()


@contextlib.contextmanager
def _write(
    desk: Desk, action: str, record_id: int | str, summary: dict[str, object] | None = None
) -> Iterator[Session]:
    with desk.uow(write=True) as s:
        yield s
        desk.audit(s, action, RECORD_TYPE, record_id, summary or {})


def _synced(desk: Desk) -> None:
    """The shipped checklists are in the database (new versions arrive as drafts)."""
    with desk.uow(write=True, bookkeeping=True) as s:
        made = checklists.sync_shipped(s, desk.context.account_id)
        if made:
            desk.audit(s, "checklist.shipped", "checklist", "", {"templates": len(made)})


# -- reading -----------------------------------------------------------------------------------


@allowed(*EVERYONE)
def list_contractors(
    desk: Desk, today: date | None = None, status: str | None = None, flagged_only: bool = False
) -> list[ContractorRow]:
    with desk.uow() as s:
        return domain.list_contractors(s, _today(today), status, flagged_only)


@allowed(*EVERYONE)
def get(desk: Desk, contractor_id: int, today: date | None = None) -> ContractorDetail:
    with desk.uow() as s:
        return domain.detail(s, contractor_id, _today(today))


@allowed(*EVERYONE)
def attention(desk: Desk, today: date | None = None) -> dict[str, int]:
    with desk.uow() as s:
        return domain.attention(s, _today(today))


@allowed(*EVERYONE)
def duplicate_candidates(desk: Desk) -> list[tuple[int, int, float]]:
    with desk.uow() as s:
        return domain.duplicate_candidates(s)


@allowed(*EVERYONE)
def review(desk: Desk, review_id: int) -> tuple[ReviewRow, TemplateRow, dict[int, AnswerRow]]:
    """A review with the checklist version it was made against and its answers."""
    with desk.uow() as s:
        row = domain.get_review(s, review_id)
        return row, checklists.get(s, row.template_id), domain.answers(s, review_id)


@allowed(*EVERYONE)
def checklist_templates(desk: Desk, kind: str) -> list[TemplateRow]:
    _synced(desk)
    with desk.uow() as s:
        return checklists.versions(s, kind)


# -- recording ------------------------------------------------------------------------------------


@allowed(*STAFF_UP)
def create(desk: Desk, data: ContractorData) -> int:
    with desk.uow(write=True) as s:
        cid = domain.create(s, data)
        desk.audit(s, "contractor.created", RECORD_TYPE, cid)
        return cid


@allowed(*STAFF_UP)
def update(desk: Desk, contractor_id: int, data: ContractorData) -> list[str]:
    with desk.uow(write=True) as s:
        changed = domain.update_contractor(s, contractor_id, data)
        desk.audit(s, "contractor.updated", RECORD_TYPE, contractor_id, {"fields": len(changed)})
        return changed


@allowed(*STAFF_UP)
def set_entries(desk: Desk, contractor_id: int, links: Sequence[tuple[int, str]]) -> None:
    with _write(desk, "contractor.entries_set", contractor_id, {"count": len(links)}) as s:
        domain.set_entries(s, contractor_id, links)


@allowed(*STAFF_UP)
def add_certification(
    desk: Desk, contractor_id: int, kind: str, name: str = "", expires_on: date | str | None = None
) -> int:
    with _write(desk, "contractor.certification_added", contractor_id) as s:
        return domain.add_certification(s, contractor_id, kind, name, expires_on)


@allowed(*STAFF_UP)
def remove_certification(desk: Desk, contractor_id: int, cert_id: int) -> None:
    with _write(desk, "contractor.certification_removed", contractor_id) as s:
        domain.remove_certification(s, contractor_id, cert_id)


@allowed(*STAFF_UP)
def add_deletion_certificate(
    desk: Desk,
    contractor_id: int,
    received_on: date | str,
    covers: str,
    kept_where: str = "",
    today: date | None = None,
) -> int:
    with _write(desk, "contractor.deletion_certificate", contractor_id) as s:
        return domain.add_deletion_certificate(
            s, contractor_id, received_on, covers, kept_where, _today(today)
        )


@allowed(*STAFF_UP)
def end_contract(
    desk: Desk, contractor_id: int, ended_on: date | str, disposal: str, today: date | None = None
) -> None:
    with _write(desk, "contractor.ended", contractor_id) as s:
        domain.end_contract(s, contractor_id, ended_on, disposal, _today(today))


@allowed(*STAFF_UP)
def start_review(
    desk: Desk,
    contractor_id: int,
    kind: str,
    answered_by: str = "office",
    today: date | None = None,
) -> int:
    _synced(desk)
    with desk.uow(write=True) as s:
        rid = domain.start_review(
            s, contractor_id, kind, desk.context.account_id, _today(today), answered_by
        )
        desk.audit(s, "contractor.review_started", RECORD_TYPE, contractor_id, {"review": rid})
        return rid


@allowed(*STAFF_UP)
def answer(
    desk: Desk,
    review_id: int,
    question_id: int,
    value: str,
    comment: str = "",
    evidence: str = "",
) -> None:
    """Saved at once; answers are not audited one by one (the review's finish is)."""
    with desk.uow(write=True) as s:
        domain.answer(s, review_id, question_id, value, comment, evidence)


@allowed(*STAFF_UP)
def finish_review(
    desk: Desk,
    review_id: int,
    result: str,
    summary: str = "",
    finished_on: date | str | None = None,
    today: date | None = None,
) -> None:
    today = _today(today)
    with desk.uow(write=True) as s:
        domain.finish_review(s, review_id, result, summary, finished_on or today, today)
        row = domain.get_review(s, review_id)
        desk.audit(
            s,
            "contractor.review_finished",
            RECORD_TYPE,
            row.contractor_id,
            {"review": review_id, "result": result if result in domain.RESULTS else ""},
        )


@allowed(*STAFF_UP)
def delete_review(desk: Desk, review_id: int) -> None:
    with desk.uow(write=True) as s:
        row = domain.get_review(s, review_id)
        domain.delete_review(s, review_id)
        desk.audit(s, "contractor.review_deleted", RECORD_TYPE, row.contractor_id)


@allowed(*STAFF_UP)
def add_followup(
    desk: Desk,
    contractor_id: int,
    action: str,
    owner: str,
    due_on: date | str,
    review_id: int | None = None,
) -> int:
    with _write(desk, "contractor.followup_added", contractor_id) as s:
        return domain.add_followup(s, contractor_id, action, owner, due_on, review_id)


@allowed(*STAFF_UP)
def close_followup(
    desk: Desk, followup_id: int, closed_on: date | str, note: str, today: date | None = None
) -> None:
    with _write(desk, "contractor.followup_closed", "", {"followup": followup_id}) as s:
        domain.close_followup(s, followup_id, closed_on, note, _today(today))


@allowed(*MANAGER)
def merge(desk: Desk, keep_id: int, drop_id: int) -> None:
    with _write(desk, "contractor.merged", keep_id, {"merged": drop_id}) as s:
        domain.merge(s, keep_id, drop_id)


# -- checklists ---------------------------------------------------------------------------------


@allowed(*MANAGER)
def save_checklist_draft(
    desk: Desk, kind: str, title: str, questions: Sequence[tuple[str, str, str]]
) -> int:
    _synced(desk)
    with desk.uow(write=True) as s:
        tid = checklists.save_draft(s, kind, title, questions, desk.context.account_id)
        desk.audit(s, "checklist.draft_saved", "checklist", tid)
        return tid


@allowed(*MANAGER)
def publish_checklist(desk: Desk, template_id: int) -> None:
    with desk.uow(write=True) as s:
        checklists.publish(s, template_id, desk.context.account_id)
        desk.audit(s, "checklist.published", "checklist", template_id)


@allowed(*MANAGER)
def discard_checklist_draft(desk: Desk, template_id: int) -> None:
    with desk.uow(write=True) as s:
        checklists.discard_draft(s, template_id)
        desk.audit(s, "checklist.draft_discarded", "checklist", template_id)


@allowed(*EVERYONE)
def checklist_pdf(
    desk: Desk,
    contractor_id: int,
    kind: str = "selection",
    out: Path | None = None,
    today: date | None = None,
) -> bytes:
    """The checklist as a Japanese A4 form to send to the contractor (no personal data about
    persons: the office's and the contractor's names only)."""
    _synced(desk)
    today = _today(today)
    with desk.uow(write=True, bookkeeping=True) as s:
        template = checklists.published(s, kind)
        contractor = domain.detail(s, contractor_id, today)
        groups: dict[str, list[tuple[int, str]]] = {}
        for number, q in enumerate(template.questions, start=1):
            groups.setdefault(q.category, []).append((number, q.text))
        data = ChecklistFormData(
            title=template.title,
            organisation=profile_domain.load(s).name,
            contractor=contractor.data.name,
            date_text=wareki.to_wareki(today),
            intro=(
                "当法人は、個人情報の保護に関する法律第25条に基づき、個人データの取扱いを委託する"
                "事業者の安全管理の状況を確認しています。各項目について該当する欄に✓を付け、"
                "必要に応じて補足をご記入のうえご返送ください。"
            ),
            categories=[
                (checklists.CATEGORY_TEXT.get(c, c), items)
                for c in checklists.CATEGORIES
                if (items := groups.get(c))
            ],
            note="ご回答いただいた内容は、委託先の選定及び監督の目的にのみ利用します。",
        )
        pdf = checklist_form(data)
        if out is not None:  # a preview stays in the app; printing it is audited on its own
            outbound.leaving(
                desk, s, outbound.Outbound(f"form.checklist-{kind}", 1, False, False, "file"), out
            )
        if out is not None:  # inside the unit of work: a failed write is not audited
            write_atomic(out, pdf)
    return pdf
