"""Staff through the services on a real encrypted database: members, pledges, trainings and
attendance with their flags and the home page's counts; the audit log with ids and counts
only; the pledge and the attendance sheet leaving through services.outbound; roles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.documents.readback import all_text, assert_fonts_embedded

from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import accounts, audit, auth, profile
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.services.staff import StaffData, TrainingData

TODAY = date(2026, 11, 23)
PASSWORD = "another pass phrase 1"
ORG = "特定非営利活動法人 みどりの会"
NAME = "髙橋﨑子"


@pytest.fixture
def office(desk: Desk) -> Desk:
    profile.save_profile(desk, ProfileData(name=ORG, representative="理事長 山田太郎"))
    return desk


@pytest.fixture
def viewer(office: Desk) -> Iterator[Desk]:
    accounts.add_user(office, "etsuran", "viewer", PASSWORD)
    desk = auth.sign_in(office.path, "etsuran", PASSWORD)
    yield desk
    desk.close()


def _entries(desk: Desk, prefix: str) -> list[audit.AuditRow]:
    return audit.list_entries(desk, action_prefix=prefix, limit=5000)


def _forms_left(desk: Desk) -> list[dict[str, object]]:
    """The forms that left the database, oldest first (a backup at creation leaves too)."""
    found = [json.loads(e.summary) for e in reversed(_entries(desk, "data.left"))]
    return [x for x in found if str(x["kind"]).startswith("form.")]


def test_members_pledges_trainings_and_their_flags(office: Desk) -> None:
    hanako = st.create(office, StaffData(name=NAME, kind="employee", role="会員名簿の管理"))
    ichiro = st.create(office, StaffData(name="ボランティア一郎", kind="volunteer"))
    gone = st.create(office, StaffData(name="退任理事", kind="board", end_on=date(2026, 3, 31)))
    assert st.attention(office, today=TODAY) == {"no_pledge": 2, "training_overdue": 2}

    st.add_pledge(office, hanako, date(2026, 4, 1), "2026年版", "事務局の鍵付き書庫", today=TODAY)
    tid = st.create_training(
        office, TrainingData(date(2026, 6, 10), "個人情報の取扱いと漏えい時の報告", "研修資料")
    )
    assert st.set_attendance(office, tid, [(hanako, True), (ichiro, False)], today=TODAY) == 2

    rows = {r.id: r for r in st.list_staff(office, today=TODAY)}
    assert rows[hanako].flags == ()
    assert rows[hanako].last_pledge_on == date(2026, 4, 1)
    assert rows[hanako].last_training_on == date(2026, 6, 10)
    assert [f.code for f in rows[ichiro].flags] == ["staff.no_pledge"]
    assert rows[gone].flags == () and not rows[gone].active
    assert [r.id for r in st.list_staff(office, today=TODAY, flagged_only=True)] == [ichiro]
    assert st.attention(office, today=TODAY) == {"no_pledge": 1, "training_overdue": 0}

    detail = st.get(office, hanako, today=TODAY)
    assert detail.data.role == "会員名簿の管理"
    assert [(t.training_id, t.understanding_checked) for t in detail.trainings] == [(tid, True)]
    training = st.get_training(office, tid)
    assert {a.name for a in training.attendees} == {NAME, "ボランティア一郎"}

    # A year on, the training is stale again.
    later = date(2027, 6, 11)
    assert st.attention(office, today=later) == {"no_pledge": 1, "training_overdue": 2}

    # The audit log: ids and counts, never a name or a topic.
    entries = _entries(office, "staff.")
    assert {e.action for e in entries} >= {
        "staff.created",
        "staff.pledge_added",
        "staff.training_created",
        "staff.attendance_set",
    }
    for e in entries:
        assert NAME not in e.summary and "研修" not in e.summary
    attendance = next(e for e in entries if e.action == "staff.attendance_set")
    assert json.loads(attendance.summary) == {"count": 2, "understood": 1}


def test_update_and_delete_with_validation(office: Desk) -> None:
    sid = st.create(office, StaffData(name="田中"))
    changed = st.update(office, sid, StaffData(name="田中", kind="board", end_on="2027/3/31"))
    assert set(changed) == {"kind", "end_on"}
    with pytest.raises(InvalidInput) as info:
        st.update(office, sid, StaffData(name="", kind="board"))
    assert info.value.problems[0][:2] == ("name", "staff.name_required")
    st.add_pledge(office, sid, TODAY, today=TODAY)
    with pytest.raises(InvalidInput) as info:
        st.delete(office, sid)
    assert info.value.code == "staff.has_records"
    slip = st.create(office, StaffData(name="二重登録"))
    st.delete(office, slip)
    assert [r.id for r in st.list_staff(office, today=TODAY)] == [sid]


def test_the_pledge_form_names_the_member_and_leaves_through_outbound(
    office: Desk, tmp_path: Path
) -> None:
    sid = st.create(office, StaffData(name=NAME, kind="volunteer"))
    out = tmp_path / "pledge.pdf"
    pdf = st.pledge_pdf(office, sid, version="2026年版", dated=True, out=out, today=TODAY)
    assert out.read_bytes() == pdf
    assert_fonts_embedded(pdf)
    text = all_text(pdf)
    for expected in (
        "個人情報の取扱いに関する誓約書",
        ORG,
        "理事長 山田太郎",
        NAME,
        "ボランティア",
        "令和8年11月23日",
        "退職、退任又は活動の終了後も",
        "2026年版",
    ):
        assert expected in text, expected
    blank = st.pledge_pdf(office)
    assert NAME not in all_text(blank) and "令和　　年　　月　　日" in all_text(blank)
    summaries = _forms_left(office)
    assert [(x["kind"], x["personal"], x["records"], x["to"]) for x in summaries] == [
        ("form.pledge", True, 1, "file"),
        ("form.pledge", False, 0, "preview"),
    ]
    assert NAME not in "".join(e.summary for e in _entries(office, "data.left"))


def test_the_attendance_sheet_lists_names_and_is_personal(office: Desk, viewer: Desk) -> None:
    a = st.create(office, StaffData(name=NAME))
    st.create(office, StaffData(name="佐藤 健"))
    st.create(office, StaffData(name="退職者", end_on=date(2026, 1, 31)))
    tid = st.create_training(office, TrainingData(date(2026, 12, 5), "委託先の監督"))
    before = all_text(st.attendance_sheet_pdf(office, tid))
    assert "個人情報保護研修" in before and "委託先の監督" in before and "令和8年12月5日" in before
    assert NAME in before and "佐藤 健" in before and "退職者" not in before
    assert "理解度確認" in before and "署名" in before
    st.update_training(office, tid, TrainingData(date(2026, 11, 20), "委託先の監督"), today=TODAY)
    st.set_attendance(office, tid, [(a, True)], today=TODAY)
    after = all_text(st.attendance_sheet_pdf(office, tid))
    assert NAME in after and "佐藤 健" not in after
    left = _forms_left(office)
    assert [(x["kind"], x["personal"], x["records"]) for x in left] == [
        ("form.training_sheet", True, 2),
        ("form.training_sheet", True, 1),
    ]
    # A viewer may read, print a blank pledge, but not print names or record anything.
    assert st.list_staff(viewer, today=TODAY)
    st.pledge_pdf(viewer)
    with pytest.raises(NotAllowed):
        st.pledge_pdf(viewer, a)
    with pytest.raises(NotAllowed):
        st.attendance_sheet_pdf(viewer, tid)
    with pytest.raises(NotAllowed):
        st.create(viewer, StaffData(name="X"))
    with pytest.raises(NotAllowed):
        st.add_pledge(viewer, a, TODAY, today=TODAY)
    with pytest.raises(NotAllowed):
        st.set_attendance(viewer, tid, [(a, False)], today=TODAY)
