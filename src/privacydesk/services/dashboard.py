"""ホーム: what the office must do next. Each area adds its items here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from privacydesk.domain.accounts import Role
from privacydesk.services import (
    backup,
    complaints,
    contractors,
    incidents,
    internal_audits,
    notice_check,
    register,
    requests,
    retention,
    self_check,
    staff,
)
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, allowed

# Contractor counts shown on the home page, and how loudly (see contractors.attention).
CONTRACTOR_ITEMS = (
    ("reviews_overdue", "dashboard.contractors_reviews_overdue", "warning"),
    ("reviews_due", "dashboard.contractors_reviews_due", "info"),
    ("followups_overdue", "dashboard.contractors_followups_overdue", "warning"),
    ("ending", "dashboard.contractors_ending", "warning"),
    ("no_deletion_certificate", "dashboard.contractors_no_deletion_certificate", "warning"),
)


# One item per incident step owed next, so each reads whole in either language.
STEP_CODES = {
    "preliminary": "dashboard.incident_preliminary_due",
    "final": "dashboard.incident_final_due",
    "notice": "dashboard.incident_notice_due",
}


# Where each item is dealt with: the area of the same name in every layer (the UI opens it).
AREA_BY_PREFIX = (
    ("dashboard.audit_", "audit"),
    ("dashboard.failed_sign_ins", "audit"),
    ("dashboard.backup_", "backup"),
    ("dashboard.synced_folder", "backup"),
    ("dashboard.entries_", "register"),
    ("dashboard.past_retention", "subjects"),
    ("dashboard.holds", "subjects"),
    ("dashboard.requests_", "requests"),
    ("dashboard.contractors_", "contractors"),
    ("dashboard.complaints_", "complaints"),
    ("dashboard.incident_", "incidents"),
    ("dashboard.notice_", "organisation"),
    ("dashboard.staff_", "organisation"),
    ("dashboard.self_check_", "organisation"),
    ("dashboard.internal_audit_", "organisation"),
    ("dashboard.corrective_", "organisation"),
)


def area_of(code: str) -> str | None:
    """The area where an item is dealt with, or None when it has no page of its own."""
    return next((area for prefix, area in AREA_BY_PREFIX if code.startswith(prefix)), None)


@dataclass(frozen=True)
class DashboardItem:
    code: str  # a message code; the UI renders it in the user's language
    severity: str  # info | warning | danger
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def area(self) -> str | None:
        return area_of(self.code)


@allowed(*EVERYONE)
def items(desk: Desk, now: datetime | None = None) -> list[DashboardItem]:
    """What needs doing; `now` (naive UTC) is for tests and for a clock the UI controls."""
    found: list[DashboardItem] = []
    if desk.read_only and desk.chain is not None:
        first = desk.chain.unacknowledged[0]
        found.append(DashboardItem("dashboard.audit_broken", "danger", {"seq": first.seq}))
    last = backup.last_good_backup(desk)
    if backup.backup_is_stale(desk, now=now):
        found.append(
            DashboardItem(
                "dashboard.backup_stale" if last else "dashboard.backup_never",
                "warning",
                {"date": last.date().isoformat() if last else ""},
            )
        )
    if backup.backup_owed_after_key_change(desk):
        found.append(DashboardItem("dashboard.backup_after_key_change", "danger"))
    not_reviewed = register.entries_not_reviewed(desk)
    if not_reviewed:
        found.append(
            DashboardItem("dashboard.entries_not_reviewed", "warning", {"count": len(not_reviewed)})
        )
    past = retention.past_counts(desk)
    if past["subjects"] or past["records"]:
        found.append(
            DashboardItem(
                "dashboard.past_retention",
                "warning",
                {"subjects": past["subjects"], "records": past["records"]},
            )
        )
    if past["holds"]:
        found.append(
            DashboardItem("dashboard.holds", "info", {"holds": past["holds"], "held": past["held"]})
        )
    today = now.date() if now else None
    due = requests.due_soon(desk, today=today)
    overdue = [r for r in due if r.overdue]
    if overdue:
        found.append(
            DashboardItem(
                "dashboard.requests_overdue",
                "danger",
                {"count": len(overdue), "first": overdue[0].number},
            )
        )
    if len(due) > len(overdue):
        soon = [r for r in due if not r.overdue]
        found.append(
            DashboardItem(
                "dashboard.requests_due",
                "warning",
                {"count": len(soon), "first": soon[0].number, "date": soon[0].due_on.isoformat()},
            )
        )
    for row in incidents.attention(desk, today=today):
        if row.next is None:
            found.append(
                DashboardItem("dashboard.incident_open", "warning", {"number": row.number})
            )
            continue
        found.append(
            DashboardItem(
                STEP_CODES[row.next.step],
                "danger" if row.urgent else "warning",
                {"number": row.number, "date": row.next.due.isoformat()},
            )
        )
    complaint_counts = complaints.attention(desk, today=today)
    if complaint_counts["overdue"]:
        found.append(
            DashboardItem(
                "dashboard.complaints_overdue", "warning", {"count": complaint_counts["overdue"]}
            )
        )
    if complaint_counts["unassigned"]:
        found.append(
            DashboardItem(
                "dashboard.complaints_unassigned", "info", {"count": complaint_counts["unassigned"]}
            )
        )
    counts = contractors.attention(desk, today=today)
    for key, code, severity in CONTRACTOR_ITEMS:
        if counts[key]:
            found.append(DashboardItem(code, severity, {"count": counts[key]}))
    found += _organisation(desk, today)
    if desk.context.role == Role.MANAGER:
        old = requests.past_retention(desk, today=today)
        if old:
            found.append(
                DashboardItem("dashboard.requests_past_retention", "info", {"count": len(old)})
            )
        old_complaints = complaints.past_retention(desk, today=today)
        if old_complaints:
            found.append(
                DashboardItem(
                    "dashboard.complaints_past_retention", "info", {"count": len(old_complaints)}
                )
            )
    for code, params in desk.notices:
        found.append(DashboardItem(code, "info", params))
    if desk.failed_attempts_shown:
        found.append(
            DashboardItem(
                "dashboard.failed_sign_ins", "warning", {"count": desk.failed_attempts_shown}
            )
        )
    return found


def _organisation(desk: Desk, today: date | None) -> list[DashboardItem]:
    """The organisation's own compliance: the notice, staff, the self-check, audits."""
    found: list[DashboardItem] = []
    result = notice_check.check(desk, today=today)
    if result.notice_version_id is None:
        found.append(DashboardItem("dashboard.notice_missing", "warning"))
    elif not result.consistent:
        found.append(
            DashboardItem(
                "dashboard.notice_gaps",
                "warning",
                {"register": len(result.items_unlinked), "notice": len(result.passages_unlinked)},
            )
        )
    people = staff.attention(desk, today=today)
    if people["no_pledge"]:
        found.append(
            DashboardItem("dashboard.staff_no_pledge", "warning", {"count": people["no_pledge"]})
        )
    if people["training_overdue"]:
        found.append(
            DashboardItem(
                "dashboard.staff_training_overdue", "info", {"count": people["training_overdue"]}
            )
        )
    check = self_check.attention(desk, today=today)
    if check["due"]:
        found.append(DashboardItem("dashboard.self_check_due", "info"))
    audits = internal_audits.attention(desk, today=today)
    if audits["due"] or audits["plan_passed"]:
        found.append(DashboardItem("dashboard.internal_audit_due", "info"))
    if audits["not_reported"]:
        found.append(DashboardItem("dashboard.internal_audit_not_reported", "info"))
    actions = internal_audits.list_actions(desk, open_only=True, today=today)
    if actions:
        overdue = sum(1 for a in actions if a.overdue)
        found.append(
            DashboardItem(
                "dashboard.corrective_actions_open",
                "warning" if overdue else "info",
                {"count": len(actions), "overdue": overdue},
            )
        )
    return found
