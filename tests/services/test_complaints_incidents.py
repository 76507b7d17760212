"""Complaints and leak incidents through the services on a real encrypted database: the
complaint state machine and its refusals, holds, the timeline of changes, the target date;
incidents with their judgement and deadlines, and a misdelivered letter opening one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from privacydesk.domain import retention
from privacydesk.errors import InvalidInput
from privacydesk.services import complaints as cp
from privacydesk.services import incidents as inc
from privacydesk.services import profile, subjects
from privacydesk.services.complaints import ComplaintFilter, ComplaintInput
from privacydesk.services.desk import Desk
from privacydesk.services.incidents import IncidentData
from privacydesk.services.profile import ProfileData
from privacydesk.services.subjects import SubjectData

AT = datetime(2026, 11, 20, 10, 30)  # a Friday
TODAY = date(2026, 11, 24)


@pytest.fixture
def office(desk: Desk) -> Desk:
    profile.save_profile(desk, ProfileData(name="特定非営利活動法人 みどりの会", fee_yen=1000))
    return desk


@pytest.fixture
def person(office: Desk) -> int:
    data = SubjectData(
        legal_name="Nguyễn Văn An", postal_code="160-0023", address="東京都新宿区西新宿1-1-1"
    )
    return subjects.create_subject(office, data).id


def _complaint(desk: Desk, person: int | None = None, **kw: object) -> int:
    data = ComplaintInput(
        received_at=kw.pop("received_at", AT),  # type: ignore[arg-type]
        channel="phone",
        category=str(kw.pop("category", "handling")),
        content="退会したのに会報が届いた",
        subject_id=person,
        **kw,  # type: ignore[arg-type]
    )
    return cp.receive(desk, data, at=datetime(2026, 11, 24, 9))


def test_target_date_and_the_hold_until_closing(office: Desk, person: int):
    cid = _complaint(office, person)
    detail = cp.get(office, cid, today=TODAY)
    # 20 November + 14 days = Friday 4 December (open).
    assert detail.row.target_on == date(2026, 12, 4)
    assert detail.row.number == f"苦情2026-{cid:04d}"
    with office.uow() as s:
        assert [
            h.reference for h in retention.holds_of(s, "subject", person) if h.released_at is None
        ] == [f"complaint:{cid}"]
    cp.move(office, cid, "investigating", today=TODAY)
    cp.move(
        office,
        cid,
        "answered",
        reply_content="送付を停止し、お詫びした",
        reply_on=TODAY,
        reply_method="phone",
        today=TODAY,
    )
    cp.move(office, cid, "closed", summary="名簿の更新漏れ。手順を改めた", today=TODAY)
    with office.uow() as s:
        assert not [h for h in retention.holds_of(s, "subject", person) if h.released_at is None]


def test_impossible_moves_are_refused_with_both_statuses(office: Desk):
    cid = _complaint(office)
    with pytest.raises(InvalidInput) as e:
        cp.move(office, cid, "closed", summary="x", today=TODAY)
    assert e.value.code == "complaints.bad_move"
    assert e.value.params == {"from": "received", "to": "closed"}
    cp.move(office, cid, "investigating", today=TODAY)
    with pytest.raises(InvalidInput) as e:  # a reply needs what was said, when and how
        cp.move(office, cid, "answered", today=TODAY)
    assert {p[1] for p in e.value.problems} >= {"complaints.reply_required"}
    cp.move(office, cid, "withdrawn", today=TODAY)
    for to in ("investigating", "answered", "closed", "received"):
        with pytest.raises(InvalidInput):
            cp.move(office, cid, to, today=TODAY)
    assert cp.get(office, cid, today=TODAY).row.status == "withdrawn"


def test_every_change_is_on_the_timeline(office: Desk):
    cid = _complaint(office)
    cp.update(office, cid, {"category": "staff", "content": "窓口の対応が不適切だった"})
    cp.add_action(office, cid, date(2026, 11, 21), "担当者から事情を聴取", today=TODAY)
    cp.move(office, cid, "investigating", today=TODAY)
    timeline = cp.get(office, cid, today=TODAY).timeline
    kinds = [t.kind for t in timeline]
    assert kinds[0] == "received" and "action" in kinds
    changes = {(t.field, t.old, t.new) for t in timeline if t.kind == "change"}
    assert ("category", "handling", "staff") in changes
    assert ("status", "received", "investigating") in changes
    with pytest.raises(InvalidInput):
        cp.update(office, cid, {"status": "closed"})  # status moves only through move()


def test_filters_overdue_and_home_page_counts(office: Desk):
    late = _complaint(office, received_at=datetime(2026, 10, 1, 9))
    _complaint(office, category="security")
    rows = cp.list_complaints(office, ComplaintFilter(overdue_only=True), today=TODAY)
    assert [r.id for r in rows] == [late]
    assert len(cp.list_complaints(office, ComplaintFilter(category="security"), today=TODAY)) == 1
    assert cp.attention(office, today=TODAY) == {"overdue": 1, "unassigned": 2}


def test_bad_input_is_refused(office: Desk):
    for data in (
        ComplaintInput(AT, "pigeon", "handling", "x"),
        ComplaintInput(AT, "phone", "handling", ""),
        ComplaintInput(datetime(2030, 1, 1), "phone", "handling", "x"),
        ComplaintInput("2026-02-30 10:00", "phone", "handling", "x"),
        ComplaintInput(AT, "phone", "handling", "x", entry_ids=[99999]),
    ):
        with pytest.raises(InvalidInput):
            cp.receive(office, data, at=datetime(2026, 11, 24, 9))
    assert cp.list_complaints(office, today=TODAY) == []


# -- incidents ------------------------------------------------------------------------------


def test_incident_judgement_deadlines_and_steps(office: Desk):
    data = IncidentData(
        kind="leak",
        known_on=date(2026, 11, 20),
        description="USBメモリの紛失",
        persons=1200,
        items="氏名、住所",
    )
    iid = inc.create(office, data, today=TODAY)
    v = inc.get(office, iid, today=TODAY)
    assert v.judgement.reportable and v.judgement.reasons == ("incident.reason_many",)
    assert [(d.step, d.due) for d in v.deadlines] == [
        ("preliminary", date(2026, 11, 23)),
        ("notice", date(2026, 11, 23)),
        ("final", date(2026, 12, 21)),  # day 30 is Sat 19 December: moved to Monday
    ]
    assert v.next is not None and v.next.step == "notice"
    row = inc.list_incidents(office, today=TODAY)[0]
    assert row.urgent  # past its preliminary target
    with pytest.raises(InvalidInput):
        inc.record_step(office, iid, "final", TODAY, today=TODAY)
    with pytest.raises(InvalidInput):
        inc.close(office, iid, today=TODAY)
    inc.record_step(office, iid, "preliminary", date(2026, 11, 22), today=TODAY)
    inc.record_step(office, iid, "notice", date(2026, 11, 23), "individual", today=TODAY)
    inc.record_step(office, iid, "final", TODAY, today=TODAY)
    inc.close(office, iid, today=TODAY)
    assert inc.get(office, iid, today=TODAY).status == "closed"


def test_civil_code_reading_is_a_setting(office: Desk):
    profile.set_setting(office, "calendar.first_day_counts_leak", False)
    iid = inc.create(office, IncidentData(known_on=date(2026, 4, 1), sensitive=True), today=TODAY)
    final = next(d for d in inc.get(office, iid, today=TODAY).deadlines if d.step == "final")
    assert final.due == date(2026, 5, 1) and final.rule == "incident.rule_final_civil"


def test_a_misdelivered_disclosure_with_sensitive_data_opens_a_reportable_incident(
    office: Desk, person: int
):
    from tests.services.test_requests import ADDRESS

    from privacydesk.domain.purposes import PurposeData
    from privacydesk.domain.register import EntryData
    from privacydesk.services import register
    from privacydesk.services import requests as rq

    purpose = register.create_purpose(office, PurposeData("a", "相談対応のため", "consultees"))
    entry = register.create_entry(office, EntryData(name="相談記録", purpose_ids=[purpose.id]))
    subjects.add_sensitive(office, person, "medical_history", "通院歴")
    rid = rq.receive(
        office,
        rq.RequestInput(
            date(2026, 11, 2), person, [rq.TypeInput("disclosure")], entry_ids=[entry.id]
        ),
        today=TODAY,
    )
    rq.record_identity(office, rid, True, confirmed_address=ADDRESS, today=TODAY)
    rq.record_fee(office, rid, 1000, date(2026, 11, 2), today=TODAY)
    rq.set_enclosure(office, rid, entry.id, "相談記録票の写し")
    rq.decide(office, rid, rq.Decision("disclosure", "full", include_sensitive=True), today=TODAY)
    rq.letter(office, rid, "disclosure", today=TODAY)
    mid = rq.record_mailing(office, rid, "disclosure", "ordinary", TODAY, today=TODAY)
    rq.mark_mailing(office, mid, "misdelivered", TODAY, "隣家に届いた", today=TODAY)
    (row,) = inc.list_incidents(office, today=TODAY)
    v = inc.get(office, row.id, today=TODAY)
    assert v.mailing_id == mid and v.data.persons == 1
    assert v.judgement.reportable and "incident.reason_sensitive" in v.judgement.reasons
    assert "要配慮個人情報" in v.data.items and v.data.entry_ids == [entry.id]
    # Marking it again does not open a second incident.
    rq.mark_mailing(office, mid, "misdelivered", TODAY, "再確認", today=TODAY)
    assert len(inc.list_incidents(office, today=TODAY)) == 1


def test_home_page_shows_incident_deadlines_and_complaints(office: Desk):
    from privacydesk.services import dashboard

    inc.create(office, IncidentData(known_on=date(2026, 11, 20), financial=True), today=TODAY)
    inc.create(office, IncidentData(known_on=date(2026, 11, 20)), today=TODAY)
    _complaint(office, received_at=datetime(2026, 10, 1, 9))
    items = dashboard.items(office, now=datetime(2026, 11, 24, 9))
    found = {i.code: i for i in items}
    assert found["dashboard.incident_notice_due"].severity == "danger"
    assert "dashboard.incident_open" in found
    assert found["dashboard.complaints_overdue"].params == {"count": 1}


def test_closed_complaints_are_disposed_of_after_retention_leaving_counts(office: Desk):
    from privacydesk.services import audit

    cid = _complaint(office)
    cp.move(office, cid, "withdrawn", today=TODAY)
    assert cp.past_retention(office, today=date(2031, 11, 24)) == []
    later = date(2031, 11, 25)
    assert cp.past_retention(office, today=later) == [cid]
    counts = cp.dispose(office, [cid], today=later)
    assert counts["complaints"] == 1 and counts["category_handling"] == 1
    assert cp.list_complaints(office, today=later) == []
    entry = audit.list_entries(office, limit=5)[0]
    assert entry.action == "complaint.disposed"


def test_what_a_complaint_concerns_is_changed_with_holds_and_timeline(office: Desk, person: int):
    from privacydesk.domain.purposes import PurposeData
    from privacydesk.domain.register import EntryData
    from privacydesk.services import audit, register
    from privacydesk.services import retention as retention_service

    purpose = register.create_purpose(office, PurposeData("a", "会員への連絡のため", "members"))
    first = register.create_entry(office, EntryData(name="会員名簿", purpose_ids=[purpose.id]))
    second = register.create_entry(office, EntryData(name="寄付者名簿", purpose_ids=[purpose.id]))
    cid = _complaint(office, person, entry_ids=[first.id])

    def held(entry_id: int) -> bool:
        return any(
            h.reference == f"complaint:{cid}"
            for h in retention_service.active_holds(office, "entry", entry_id)
        )

    assert held(first.id) and not held(second.id)
    assert cp.set_links(office, cid, entry_ids=[second.id]) == (1, 1)
    assert cp.get(office, cid, today=TODAY).links == (("entry", second.id),)
    assert held(second.id) and not held(first.id)  # the hold moved with the link
    changes = [t for t in cp.get(office, cid, today=TODAY).timeline if t.kind == "change"]
    assert {(t.field, t.old, t.new) for t in changes} == {
        ("link_entry", str(first.id), ""),
        ("link_entry", "", str(second.id)),
    }
    assert audit.list_entries(office, limit=1)[0].action == "complaint.links_changed"
    with pytest.raises(InvalidInput):  # an unknown record changes nothing
        cp.set_links(office, cid, entry_ids=[second.id, 99_999])
    assert cp.get(office, cid, today=TODAY).links == (("entry", second.id),)
    cp.move(office, cid, "withdrawn", today=TODAY)
    assert not held(second.id)
    assert cp.set_links(office, cid, entry_ids=[first.id]) == (1, 1)  # closed: no new hold
    assert not held(first.id)
