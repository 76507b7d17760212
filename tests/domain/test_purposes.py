"""利用目的 and プライバシーポリシー: validation, wording history, 要再同意, notice versions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.domain import notices, purposes
from privacydesk.domain.notices import NoticeData
from privacydesk.domain.purposes import PurposeData
from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk
from privacydesk.storage.models import ConsentRecord, PurposeChange, Subject

TODAY = date(2026, 5, 20)


def _problems(exc: pytest.ExceptionInfo[InvalidInput]) -> dict[str, str]:
    assert exc.value.code == "input.problems"
    assert exc.value.params["count"] == len(exc.value.problems)
    return {f: code for f, code, _ in exc.value.problems}


def _subject(s: Session, name: str) -> int:
    when = datetime(2026, 1, 1)
    row = Subject(legal_name=name, created_at=when, updated_at=when)
    s.add(row)
    s.flush()
    return row.id


def _consent(
    s: Session,
    subject_id: int,
    purpose_id: int,
    *,
    withdrawn_on: date | None = None,
    renewal: date | None = None,
    given_on: date = date(2025, 4, 1),
) -> int:
    row = ConsentRecord(
        subject_id=subject_id,
        scope="purpose",
        purpose_id=purpose_id,
        given_on=given_on,
        method="paper",
        withdrawn_on=withdrawn_on,
        renewal_needed_since=renewal,
        created_at=datetime(2026, 1, 1),
    )
    s.add(row)
    s.flush()
    return row.id


def test_create_validates_each_field(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        with pytest.raises(InvalidInput) as info:
            purposes.create(s, PurposeData(code="x" * 21, text="  ", subject_group="everyone"))
        assert _problems(info) == {
            "code": "input.too_long",
            "text": "register.required",
            "subject_group": "purposes.bad_group",
        }
        with pytest.raises(InvalidInput) as info:
            purposes.create(s, PurposeData(text="会員\x00管理", subject_group="members"))
        assert _problems(info) == {"text": "input.bad_characters"}
        with pytest.raises(InvalidInput) as info:
            purposes.create(s, PurposeData(text="会員\udc80管理", subject_group="members"))
        assert _problems(info) == {"text": "input.bad_characters"}
        row = purposes.create(s, PurposeData(" a. ", "  会員への情報提供 ", "members"))
        assert (row.code, row.text, row.active, row.changes) == ("a.", "会員への情報提供", True, 0)


def test_list_is_in_group_order_then_code(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        purposes.create(s, PurposeData("b.", "サイトの改善", "website_visitors"))
        purposes.create(s, PurposeData("b.", "相談対応", "consultees"))
        purposes.create(s, PurposeData("a.", "会報の送付", "members"))
        purposes.create(s, PurposeData("a.", "相談の分析", "consultees"))
        rows = purposes.list_purposes(s)
        assert [(r.subject_group, r.code) for r in rows] == [
            ("members", "a."),
            ("consultees", "a."),
            ("consultees", "b."),
            ("website_visitors", "b."),
        ]
        assert [r.code for r in purposes.list_purposes(s, subject_group="consultees")] == [
            "a.",
            "b.",
        ]


def test_change_beyond_relation_marks_exactly_the_consents_relying_on_it(desk: Desk) -> None:
    actor = desk.context.account_id
    with desk.uow(write=True) as s:
        target = purposes.create(s, PurposeData("a.", "相談窓口の運営", "consultees")).id
        other = purposes.create(s, PurposeData("b.", "調査", "consultees")).id
        people = [_subject(s, f"本人{i}") for i in range(6)]
        relying = [_consent(s, people[0], target), _consent(s, people[1], target)]
        withdrawn = _consent(s, people[2], target, withdrawn_on=date(2026, 3, 1))
        earlier = _consent(s, people[3], target, renewal=date(2025, 12, 1))
        elsewhere = _consent(s, people[4], other)
        no_purpose = ConsentRecord(
            subject_id=people[5],
            scope="third_party",
            recipient="JICA",
            given_on=date(2025, 4, 1),
            method="web",
            created_at=datetime(2026, 1, 1),
        )
        s.add(no_purpose)
        s.flush()

        marked = purposes.change_wording(
            s,
            target,
            "相談窓口の運営及び相談内容を用いた広告配信",
            date(2026, 5, 21),
            "ウェブサイトで公表",
            True,
            actor,
            today=TODAY,
        )
        assert marked == 2
        since = dict(s.execute(select(ConsentRecord.id, ConsentRecord.renewal_needed_since)).all())
        assert {cid: since[cid] for cid in relying} == dict.fromkeys(relying, TODAY)
        assert since[withdrawn] is None
        assert since[earlier] == date(2025, 12, 1)  # keeps the date it was first needed
        assert since[elsewhere] is None
        assert since[no_purpose.id] is None
        assert purposes.get(s, target).text == "相談窓口の運営及び相談内容を用いた広告配信"


def test_change_within_relation_marks_nothing_but_keeps_the_old_wording(desk: Desk) -> None:
    actor = desk.context.account_id
    with desk.uow(write=True) as s:
        pid = purposes.create(s, PurposeData("a.", "会報の送付", "members")).id
        consent = _consent(s, _subject(s, "髙橋﨑子"), pid)
        assert (
            purposes.change_wording(s, pid, "会報・年次報告書の送付", None, "", False, actor) == 0
        )
        assert s.get(ConsentRecord, consent).renewal_needed_since is None  # type: ignore[union-attr]
        purposes.change_wording(
            s, pid, "会報・年次報告書の送付及び催しの案内", TODAY, "会報で通知", False, actor
        )
        rows = purposes.history(s, pid)
        assert [(r.old_text, r.new_text) for r in rows] == [
            ("会報の送付", "会報・年次報告書の送付"),
            ("会報・年次報告書の送付", "会報・年次報告書の送付及び催しの案内"),
        ]
        assert rows[1].notified_on == TODAY and rows[1].notified_how == "会報で通知"
        assert rows[0].changed_by == actor and not rows[0].beyond_related
        assert purposes.get(s, pid).changes == 2


def test_change_refusals(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        pid = purposes.create(s, PurposeData("a.", "会報の送付", "members")).id
        with pytest.raises(InvalidInput) as info:
            purposes.change_wording(s, pid, " 会報の送付 ", None, "", True, None)
        assert _problems(info) == {"new_text": "purposes.wording_unchanged"}
        with pytest.raises(InvalidInput) as info:
            purposes.change_wording(s, pid, "", None, "x\x00", True, None)
        assert _problems(info) == {
            "new_text": "register.required",
            "notified_how": "input.bad_characters",
        }
        with pytest.raises(InvalidInput) as info:
            purposes.change_wording(s, 999, "新しい文言", None, "", False, None)
        assert info.value.code == "purposes.not_found"
        assert info.value.params == {"id": 999}
        purposes.retire(s, pid)
        with pytest.raises(InvalidInput) as info:
            purposes.change_wording(s, pid, "新しい文言", None, "", False, None)
        assert info.value.code == "purposes.retired"
        assert s.execute(select(PurposeChange)).first() is None


def test_retire_and_reactivate(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        pid = purposes.create(s, PurposeData("a.", "会報の送付", "members")).id
        assert not purposes.retire(s, pid).active
        assert purposes.list_purposes(s) == []
        assert [r.id for r in purposes.list_purposes(s, active=None)] == [pid]
        assert [r.id for r in purposes.list_purposes(s, active=False)] == [pid]
        assert purposes.reactivate(s, pid).active


def test_notice_versions_and_the_current_one(desk: Desk) -> None:
    actor = desk.context.account_id
    with desk.uow(write=True) as s:
        assert notices.current(s, TODAY) is None
        first = notices.create(
            s, NoticeData("第1版", "本文", date(2022, 4, 1), "ウェブサイト"), actor
        )
        second = notices.create(s, NoticeData("第2版", "本文2", date(2025, 4, 1), ""), actor)
        future = notices.create(s, NoticeData("第3版", "本文3", date(2026, 10, 1), ""), actor)
        assert notices.current(s, TODAY) == second
        assert notices.current(s, date(2026, 10, 1)) == future
        assert notices.current(s, date(2024, 1, 1)) == first
        assert notices.current(s, date(2022, 3, 31)) is None
        assert [n.id for n in notices.list_versions(s)] == [future.id, second.id, first.id]
        assert notices.get(s, first.id).published_where == "ウェブサイト"
        assert first.created_by == actor
        with pytest.raises(InvalidInput) as info:
            notices.get(s, 12345)
        assert info.value.code == "notices.not_found"


def test_notice_validation(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        with pytest.raises(InvalidInput) as info:
            notices.create(s, NoticeData("", "本文\x00", None, "x" * 2001), None)
        assert _problems(info) == {
            "title": "register.required",
            "text": "input.bad_characters",
            "effective_date": "register.required",
            "published_where": "input.too_long",
        }
        with pytest.raises(InvalidInput) as info:
            notices.create(
                s,
                NoticeData("第1版", "", datetime(2026, 1, 1), ""),  # type: ignore[arg-type]
                None,
            )
        assert _problems(info) == {"effective_date": "input.wrong_type"}
