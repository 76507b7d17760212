"""The demo office's own compliance: made through the services at a small scale, a privacy
notice written from the demo register whose check reports exactly the two planted gaps (on
the command line too), an older version to compare with, staff with each flag and one who left
unflagged, last year's self-check with corrective actions and this year's open, and two
internal audits."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from privacydesk import cli
from privacydesk.errors import ExitCode
from privacydesk.services import accounts, auth, demo, register
from privacydesk.services import internal_audits as ia
from privacydesk.services import notice_check as nc
from privacydesk.services import self_check as sc
from privacydesk.services import staff as st
from privacydesk.services.organisation_demo import EXTRA_COUNTRY, OMITTED_PURPOSE

TODAY = date.today()  # the command line checks the notice in force today
CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as in tests/conftest.py
MANAGER = "kanri"
PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class Demo:
    db: Path
    summary: demo.DemoSummary
    check: nc.CheckResult
    items: list[nc.Item]
    notices: list[register.NoticeRow]
    passages: list[nc.Passage]  # of the current version
    differences: list[nc.DiffLine]  # from the older version to the current
    staff: list[st.StaffRow]
    usernames: dict[int, str]  # account id: username
    checks: list[sc.SelfCheckRow]
    status: sc.Status
    actions: list[sc.ActionRow]
    audits: list[ia.AuditRow]
    audit_actions: list[ia.ActionRow]
    cycle: ia.Cycle


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """One small demo for the whole module, in its own app data folder like every test."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(folder / "home"))
        return _build(folder)


def _build(folder: Path) -> Demo:
    path = folder / "privacydesk.db"
    desk, _sheet = auth.create_database(
        path, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=folder / "b"
    )
    try:
        summary = demo.fill(desk, 10, today=TODAY)
        check = nc.check(desk, today=TODAY)
        notices = register.list_notices(desk)
        assert check.notice_version_id is not None
        audits = ia.list_audits(desk, today=TODAY)
        return Demo(
            db=path,
            summary=summary,
            check=check,
            items=nc.register_items(desk),
            notices=notices,
            passages=nc.passages(desk, check.notice_version_id),
            differences=nc.differences(desk, notices[1].id, notices[0].id),
            staff=st.list_staff(desk, today=TODAY),
            usernames={a.id: a.username for a in accounts.list_users(desk)},
            checks=sc.list_checks(desk),
            status=sc.status(desk, today=TODAY),
            actions=sc.actions(desk, today=TODAY),
            audits=audits,
            audit_actions=[
                a for a in ia.list_actions(desk, today=TODAY) if a.source_type == "audit"
            ],
            cycle=ia.cycle(desk, today=TODAY),
        )
    finally:
        desk.close()


# -- the privacy notice ------------------------------------------------------------------------


def test_the_check_reports_exactly_the_planted_gaps(made: Demo) -> None:
    result = made.check
    assert [u.item.label for u in result.items_unlinked] == [OMITTED_PURPOSE]
    assert [u.item.tag for u in result.items_unlinked] == ["purpose"]
    assert [(p.tag, p.text) for p in result.passages_unlinked] == [("country", EXTRA_COUNTRY)]
    assert not result.consistent
    assert result.linked == len(made.items) - 1  # every other item is linked


def test_check_notice_on_the_demo_reports_them_too(
    made: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRIVACYDESK_USER", MANAGER)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["check-notice", "--json", "--db", str(made.db)], out=out, err=err)
    assert code == ExitCode.GAPS_FOUND, err.getvalue()
    found = json.loads(out.getvalue())
    assert found["notice"] == made.check.notice_version_id
    assert [i["label"] for i in found["register_not_in_notice"]] == [OMITTED_PURPOSE]
    assert [p["text"] for p in found["notice_not_in_register"]] == [EXTRA_COUNTRY]


def test_the_notice_is_written_from_the_register_and_profile(made: Demo) -> None:
    current = made.notices[0]
    assert current.id == made.check.notice_version_id
    assert current.effective_date <= TODAY
    for item in made.items:
        if item.label != OMITTED_PURPOSE and item.tag not in ("request_procedure", "security"):
            assert item.label.replace("手数料 ", "") in current.text, item
    assert OMITTED_PURPOSE not in current.text
    assert {p.tag for p in made.passages} >= {
        "org_name",
        "address",
        "representative",
        "purpose",
        "recipient",
        "country",
        "contractor",
        "security",
        "request_procedure",
        "fee",
        "complaint_desk",
    }


def test_an_older_version_has_differences_to_show(made: Demo) -> None:
    older, current = made.notices[1], made.notices[0]
    assert older.effective_date < current.effective_date
    added = [d.text for d in made.differences if d.op == "+"]
    removed = [d.text for d in made.differences if d.op == "-"]
    assert added and removed
    assert any("外的環境" in line for line in added)
    # The older version was written from the register too, and ships the planted country.
    assert EXTRA_COUNTRY in older.text


# -- staff ---------------------------------------------------------------------------------------


def test_staff_with_each_flag_and_one_who_left_unflagged(made: Demo) -> None:
    assert made.summary.staff == len(made.staff) == 8
    assert {r.kind for r in made.staff} == {"employee", "volunteer", "board"}
    codes = [sorted(f.code for f in r.flags) for r in made.staff]
    assert codes.count(["staff.no_pledge"]) == 1
    assert codes.count(["staff.training_overdue"]) == 2
    left = [r for r in made.staff if not r.active]
    assert len(left) == 1 and left[0].flags == ()
    assert left[0].end_on is not None and left[0].end_on < TODAY - timedelta(days=365)
    assert left[0].last_pledge_on is not None
    overdue = [r for r in made.staff if any(f.code == "staff.training_overdue" for f in r.flags)]
    assert any(r.last_training_on is None for r in overdue)
    assert any(r.last_training_on is not None for r in overdue)


def test_staff_are_linked_to_the_demo_accounts(made: Demo) -> None:
    linked = {made.usernames[r.account_id] for r in made.staff if r.account_id is not None}
    assert linked == set(made.usernames.values())  # the manager, two staff and the viewer
    assert {r.account_name for r in made.staff if r.account_id is not None} == linked


# -- the self-check --------------------------------------------------------------------------------


def test_last_years_self_check_with_corrective_actions(made: Demo) -> None:
    finished = [c for c in made.checks if c.finished_on is not None]
    assert len(finished) == 1
    last = finished[0]
    assert last.result == "conditional" and last.summary
    assert TODAY - timedelta(days=345) <= last.finished_on <= TODAY - timedelta(days=320)
    assert last.answered == last.questions
    assert len(made.actions) == 3 and {a.source_id for a in made.actions} == {last.id}
    closed = [a for a in made.actions if a.closed_on is not None]
    assert len(closed) == 1 and closed[0].closing_note
    assert [a.overdue for a in made.actions if a.closed_on is None].count(True) == 1
    assert [f.code for f in made.status.flags] == ["self_check.action_overdue"]


def test_this_years_self_check_is_open(made: Demo) -> None:
    open_ = [c for c in made.checks if c.finished_on is None]
    assert len(open_) == 1 and made.status.open_id == open_[0].id
    assert 0 < open_[0].answered < open_[0].questions
    assert made.status.next_due_on is not None and made.status.next_due_on > TODAY


# -- internal audits -----------------------------------------------------------------------------


def test_two_internal_audits(made: Demo) -> None:
    assert made.summary.audits == len(made.audits) == 2
    planned, reported = made.audits  # newest plan first
    assert planned.state == "planned" and planned.planned_on > TODAY and planned.flags == ()
    assert reported.state == "reported"
    assert reported.done_on is not None and reported.reported_on is not None
    assert reported.done_on < reported.reported_on < TODAY
    assert reported.findings == 3
    assert reported.open_actions == reported.overdue_actions == 1
    assert [f.code for f in reported.flags] == ["internal_audit.action_overdue"]
    assert reported.auditor_kind == "statutory_auditor"
    assert reported.auditor in {r.name for r in made.staff if r.kind == "board"}
    assert len(made.audit_actions) == 2
    assert sum(a.closed_on is not None for a in made.audit_actions) == 1
    assert made.cycle.state == "planned"
    assert "internal_audit.due" not in {f.code for f in made.cycle.flags}
