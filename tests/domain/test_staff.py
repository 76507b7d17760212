"""Staff, pledges and training in the domain: validation, who counts as active, each flag with
its reason (no pledge; no training attended within twelve months), attendance only for a
training held, deleting only a slip, and the home page's counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from privacydesk.domain import staff
from privacydesk.domain.staff import StaffData, TrainingData
from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk

TODAY = date(2026, 11, 23)


@pytest.fixture
def s(desk: Desk) -> Iterator[Session]:
    with desk.uow(write=True) as session:
        yield session


def problems_of(exc: pytest.ExceptionInfo[InvalidInput]) -> set[tuple[str, str]]:
    assert exc.value.code == "input.problems"
    return {(field, code) for field, code, _ in exc.value.problems}


def codes(s: Session, staff_id: int, today: date = TODAY) -> dict[str, dict[str, object]]:
    return {f.code: f.params for f in staff.detail(s, staff_id, today).flags}


def member(s: Session, name: str = "山田花子", **kw: object) -> int:
    return staff.create(s, StaffData(name=name, **kw))  # type: ignore[arg-type]


def training(s: Session, held_on: date, topic: str = "個人情報保護の基本") -> int:
    return staff.create_training(s, TrainingData(held_on, topic, "研修資料 第1版"))


def test_validation_names_each_problem(s: Session, desk: Desk) -> None:
    with pytest.raises(InvalidInput) as info:
        staff.create(
            s,
            StaffData(
                name=" ",
                kind="intern",
                start_on=date(2026, 4, 1),
                end_on=date(2026, 3, 31),
                account_id=999,
            ),
        )
    assert problems_of(info) == {
        ("name", "staff.name_required"),
        ("kind", "input.unknown_choice"),
        ("end_on", "staff.end_before_start"),
        ("account_id", "staff.account_not_found"),
    }
    # My Number in free text is refused, never stored.
    with pytest.raises(InvalidInput) as info:
        staff.create(s, StaffData(name="鈴木一郎", notes="個人番号 1234 5678 9018"))
    assert problems_of(info) == {("notes", "requests.my_number_refused")}
    # One member per account.
    account = desk.context.account_id
    first = member(s, "事務局長", account_id=account)
    with pytest.raises(InvalidInput) as info:
        member(s, "別の人", account_id=account)
    assert problems_of(info) == {("account_id", "staff.account_linked")}
    assert staff.update_member(s, first, StaffData(name="事務局長", account_id=account)) == []


def test_active_members_are_flagged_and_the_reasons_clear(s: Session) -> None:
    sid = member(s, kind="volunteer")
    assert codes(s, sid) == {"staff.no_pledge": {}, "staff.training_overdue": {"date": ""}}
    staff.add_pledge(s, sid, date(2026, 4, 1), "2026年版", "事務局の書庫", True, TODAY)
    assert set(codes(s, sid)) == {"staff.training_overdue"}

    # A training attended 13 months ago is stale; one exactly 12 months ago still counts.
    old = training(s, date(2025, 10, 20))
    staff.set_attendance(s, old, [(sid, True)], TODAY)
    assert codes(s, sid) == {"staff.training_overdue": {"date": "2025-10-20"}}
    edge = training(s, date(2025, 11, 23), "漏えい時の報告")
    staff.set_attendance(s, edge, [(sid, False)], TODAY)
    assert codes(s, sid) == {}
    assert codes(s, sid, date(2026, 11, 24)) == {"staff.training_overdue": {"date": "2025-11-23"}}


def test_a_member_who_left_is_not_flagged(s: Session) -> None:
    left = member(s, "退職者", end_on=date(2026, 9, 30))
    leaving = member(s, "来月退任", kind="board", end_on=date(2026, 12, 31))
    assert codes(s, left) == {}
    assert set(codes(s, leaving)) == {"staff.no_pledge", "staff.training_overdue"}
    # On the last day they count as left.
    assert codes(s, leaving, date(2026, 12, 31)) == {}
    rows = {r.id: r for r in staff.list_staff(s, TODAY)}
    assert not rows[left].active and rows[leaving].active
    assert [r.id for r in staff.list_staff(s, TODAY, active_only=True)] == [leaving]
    assert staff.attention(s, TODAY) == {"no_pledge": 1, "training_overdue": 1}


def test_attendance_only_for_a_training_held_and_replaced_as_a_whole(s: Session) -> None:
    a, b = member(s, "甲"), member(s, "乙")
    planned = training(s, date(2027, 1, 15))
    with pytest.raises(InvalidInput) as info:
        staff.set_attendance(s, planned, [(a, True)], TODAY)
    assert problems_of(info) == {("held_on", "staff.training_not_held")}
    held = training(s, date(2026, 10, 1))
    with pytest.raises(InvalidInput) as info:
        staff.set_attendance(s, held, [(a, True), (9999, False)], TODAY)
    assert problems_of(info) == {("attendees", "staff.not_found")}
    assert staff.set_attendance(s, held, [(a, True), (b, False)], TODAY) == 2
    row = next(t for t in staff.list_trainings(s) if t.id == held)
    assert (row.attendees, row.understood) == (2, 1)
    assert staff.set_attendance(s, held, [(b, True)], TODAY) == 1
    assert [x.name for x in staff.training_detail(s, held).attendees] == ["乙"]
    # A training with attendance cannot move into the future.
    with pytest.raises(InvalidInput):
        staff.update_training(s, held, TrainingData(date(2027, 2, 1), "研修"), TODAY)
    # The sheet names the attendees, or, before attendance, everyone active on the day.
    _, names = staff.sheet_names(s, planned)
    assert names == ["乙", "甲"]
    assert staff.sheet_names(s, held)[1] == ["乙"]


def test_only_a_slip_can_be_deleted(s: Session) -> None:
    slip = member(s, "誤登録")
    staff.delete_member(s, slip)
    kept = member(s, "佐藤")
    pledge = staff.add_pledge(s, kept, date(2026, 4, 1), "", "", True, TODAY)
    with pytest.raises(InvalidInput) as info:
        staff.delete_member(s, kept)
    assert info.value.code == "staff.has_records"
    assert staff.remove_pledge(s, pledge) == kept
    staff.delete_member(s, kept)
    with pytest.raises(InvalidInput) as info:
        staff.detail(s, kept, TODAY)
    assert info.value.code == "staff.not_found"


def test_a_pledge_cannot_be_signed_in_the_future(s: Session) -> None:
    sid = member(s)
    with pytest.raises(InvalidInput) as info:
        staff.add_pledge(s, sid, date(2026, 12, 1), "", "", True, TODAY)
    assert problems_of(info) == {("signed_on", "requests.future_date")}
    pid = staff.add_pledge(s, sid, "令和8年4月1日", "v2", "鍵付き書庫", False, TODAY)
    (row,) = staff.detail(s, sid, TODAY).pledges
    assert (row.id, row.signed_on, row.continues_after_leaving) == (pid, date(2026, 4, 1), False)
