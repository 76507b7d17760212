"""Internal audits through the services on a real encrypted database: the yearly cycle
(planned → done → reported), findings with severity, corrective actions with owner and due
date flagged past due and closed with a note, the home page's counts, the combined list of
corrective actions, the audit log with ids and codes only, and roles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import accounts, audit, auth
from privacydesk.services import internal_audits as ia
from privacydesk.services import self_check as sc
from privacydesk.services.desk import Desk
from privacydesk.services.internal_audits import AuditPlan

TODAY = date(2026, 11, 23)
PASSWORD = "another pass phrase 1"
SCOPE = "会員名簿・寄付者名簿の取扱い、委託先（株式会社発送代行）、事務所の書庫"


@pytest.fixture
def viewer(desk: Desk) -> Iterator[Desk]:
    accounts.add_user(desk, "etsuran", "viewer", PASSWORD)
    v = auth.sign_in(desk.path, "etsuran", PASSWORD)
    yield v
    v.close()


def problems_of(exc: pytest.ExceptionInfo[InvalidInput]) -> list[tuple[str, str]]:
    assert exc.value.code == "input.problems"
    return [(field, code) for field, code, _ in exc.value.problems]


def _plan(desk: Desk, planned_on: date = date(2026, 10, 15), **kw: object) -> int:
    data = AuditPlan(
        planned_on=planned_on,
        auditor=str(kw.get("auditor", "総務部 鈴木")),
        auditor_kind=str(kw.get("auditor_kind", "other_department")),
        scope=str(kw.get("scope", SCOPE)),
    )
    return ia.plan(desk, data)


def _codes(row: ia.AuditRow) -> dict[str, dict[str, object]]:
    return {f.code: f.params for f in row.flags}


def test_the_yearly_cycle_planned_done_reported(desk: Desk) -> None:
    cycle = ia.cycle(desk, today=TODAY)
    assert (cycle.state, cycle.audit_id, cycle.next_due_on) == ("none", None, None)
    assert [(f.code, f.params) for f in cycle.flags] == [("internal_audit.due", {"date": ""})]

    aid = _plan(desk, date(2026, 12, 10), auditor="監事 田中", auditor_kind="statutory_auditor")
    assert ia.cycle(desk, today=TODAY).state == "planned"
    assert ia.get(desk, aid, today=TODAY).row.flags == ()
    # The planned day passes with nothing recorded.
    assert _codes(ia.get(desk, aid, today=date(2026, 12, 11)).row) == {
        "internal_audit.plan_passed": {"date": "2026-12-10"}
    }
    with pytest.raises(InvalidInput) as info:
        ia.report(desk, aid, TODAY, today=TODAY)
    assert info.value.code == "internal_audits.not_done"

    with pytest.raises(InvalidInput) as info:
        ia.record_done(desk, aid, TODAY, "", today=TODAY)
    assert problems_of(info) == [("summary", "internal_audits.summary_required")]
    ia.record_done(desk, aid, date(2026, 11, 20), "名簿の持出し記録に漏れ。", today=TODAY)
    cycle = ia.cycle(desk, today=TODAY)
    assert (cycle.state, cycle.last_done_on, cycle.next_due_on) == (
        "done",
        date(2026, 11, 20),
        date(2027, 11, 20),
    )
    assert cycle.flags == ()
    row = ia.get(desk, aid, today=TODAY).row
    assert _codes(row) == {"internal_audit.not_reported": {"date": "2026-11-20"}}
    assert ia.attention(desk, today=TODAY) == {
        "due": 0,
        "plan_passed": 0,
        "not_reported": 1,
        "actions_overdue": 0,
    }

    with pytest.raises(InvalidInput) as info:
        ia.report(desk, aid, date(2026, 11, 19), today=TODAY)
    assert problems_of(info) == [("reported_on", "internal_audits.report_before_done")]
    ia.report(desk, aid, TODAY, today=TODAY)
    assert ia.cycle(desk, today=TODAY).state == "reported"
    assert ia.get(desk, aid, today=TODAY).row.flags == ()
    # Reported: closed to edits.
    with pytest.raises(InvalidInput) as info:
        ia.add_finding(desk, aid, "追加の指摘", "minor")
    assert info.value.code == "internal_audits.already_reported"
    with pytest.raises(InvalidInput) as info:
        ia.delete(desk, aid)
    assert info.value.code == "internal_audits.already_done"
    # A year later the next audit is due.
    later = ia.cycle(desk, today=date(2027, 11, 21))
    assert [(f.code, f.params) for f in later.flags] == [
        ("internal_audit.due", {"date": "2027-11-20"})
    ]
    assert ia.attention(desk, today=date(2027, 11, 21))["due"] == 1


def test_findings_and_corrective_actions(desk: Desk) -> None:
    aid = _plan(desk)
    ia.record_done(desk, aid, date(2026, 10, 16), "3件の指摘", today=TODAY)
    with pytest.raises(InvalidInput) as info:
        ia.add_finding(desk, aid, "", "critical")
    assert problems_of(info) == [
        ("text", "internal_audits.finding_required"),
        ("severity", "input.unknown_choice"),
    ]
    major = ia.add_finding(desk, aid, "ボランティア2名の誓約書がない", "major")
    note = ia.add_finding(desk, aid, "書庫の鍵の管理簿があるとよい", "observation")
    late = ia.add_action(desk, aid, "誓約書を回収する", "事務局長", date(2026, 11, 1), major)
    ia.add_action(desk, aid, "鍵の管理簿を作る", "総務 佐藤", date(2027, 1, 31))
    other = _plan(desk, date(2027, 10, 1))
    with pytest.raises(InvalidInput) as info:
        ia.add_action(desk, other, "別の監査の指摘に", "誰か", TODAY, major)
    assert problems_of(info) == [("finding_id", "internal_audits.finding_not_found")]
    with pytest.raises(InvalidInput) as info:
        ia.remove_finding(desk, major)
    assert info.value.code == "internal_audits.finding_has_actions"
    ia.remove_finding(desk, note)

    detail = ia.get(desk, aid, today=TODAY)
    assert [(f.id, f.severity) for f in detail.findings] == [(major, "major")]
    assert next((a.id, a.finding_id, a.overdue) for a in detail.actions) == (late, major, True)
    assert _codes(detail.row)["internal_audit.action_overdue"] == {"count": 1}
    assert (detail.row.open_actions, detail.row.overdue_actions) == (2, 1)
    assert ia.attention(desk, today=TODAY)["actions_overdue"] == 1
    assert ("internal_audit.action_overdue", {"count": 1}) in [
        (f.code, f.params) for f in ia.cycle(desk, today=TODAY).flags
    ]

    # A self-check's action shows in the combined list, but is closed only from its own side.
    cid = sc.start(desk, today=TODAY)
    theirs = sc.add_action(desk, cid, "無線LANを分ける", "理事 佐藤", date(2027, 3, 31))
    with pytest.raises(InvalidInput) as info:
        ia.close_action(desk, theirs, TODAY, "済", today=TODAY)
    assert info.value.code == "corrective_action.not_found"
    everything = ia.list_actions(desk, open_only=True, today=TODAY)
    assert {(a.source_type, a.id) for a in everything} >= {("audit", late), ("self_check", theirs)}

    ia.close_action(desk, late, TODAY, "2名分を回収し書庫に保管", today=TODAY)
    assert ia.attention(desk, today=TODAY)["actions_overdue"] == 0
    assert ia.get(desk, aid, today=TODAY).row.flags == (
        ia.Flag("internal_audit.not_reported", {"date": "2026-10-16"}),
    )
    # Reported audits keep their actions going.
    ia.report(desk, aid, TODAY, today=TODAY)
    ia.add_action(desk, aid, "次回の監査で確認する", "監事 田中", date(2027, 10, 1))

    # The audit log holds ids and codes, never the findings' or actions' text.
    entries = audit.list_entries(desk, action_prefix="internal_audit.", limit=5000)
    assert {e.action for e in entries} >= {
        "internal_audit.planned",
        "internal_audit.done",
        "internal_audit.finding_added",
        "internal_audit.finding_removed",
        "internal_audit.action_added",
        "internal_audit.action_closed",
        "internal_audit.reported",
    }
    for e in entries:
        assert "誓約書" not in e.summary and "鈴木" not in e.summary
    added = [json.loads(e.summary) for e in entries if e.action == "internal_audit.finding_added"]
    assert {"finding": major, "severity": "major"} in added


def test_plans_are_validated_and_only_a_plan_can_be_deleted(desk: Desk) -> None:
    with pytest.raises(InvalidInput) as info:
        ia.plan(desk, AuditPlan(planned_on=None, auditor="", auditor_kind="friend", scope=""))
    assert problems_of(info) == [
        ("planned_on", "consent.date_required"),
        ("auditor", "internal_audits.auditor_required"),
        ("scope", "internal_audits.scope_required"),
        ("auditor_kind", "input.unknown_choice"),
    ]
    aid = _plan(desk)
    changed = ia.update_plan(desk, aid, AuditPlan("2026年12月1日", "外部 山本", "outside", SCOPE))
    assert set(changed) == {"planned_on", "auditor", "auditor_kind"}
    ia.delete(desk, aid)
    assert ia.list_audits(desk, today=TODAY) == []


def test_a_viewer_reads_but_cannot_record(desk: Desk, viewer: Desk) -> None:
    aid = _plan(desk)
    assert ia.list_audits(viewer, today=TODAY)[0].id == aid
    assert ia.cycle(viewer, today=TODAY).state == "planned"
    with pytest.raises(NotAllowed):
        ia.record_done(viewer, aid, TODAY, "実施", today=TODAY)
    with pytest.raises(NotAllowed):
        ia.plan(viewer, AuditPlan(TODAY, "X", "outside", "Y"))
    with pytest.raises(NotAllowed):
        ia.add_action(viewer, aid, "対応", "担当", TODAY)
    assert ia.get(desk, aid, today=TODAY).row.state == "planned"
