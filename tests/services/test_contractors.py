"""Contractors through the services on a real encrypted database: every flag with its reason,
the next review's due date, reviews against a checklist version that later edits never
change, follow-ups, the end of a contract, merging likely duplicates, the printable
checklist read back, and roles."""

from __future__ import annotations

from datetime import date

import pytest
from tests.documents.readback import all_text, assert_fonts_embedded

from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData, ItemData
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import accounts, auth, profile, register
from privacydesk.services import contractors as cs
from privacydesk.services.contractors import ContractorData
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData

TODAY = date(2026, 11, 23)
PASSWORD = "another pass phrase 1"


@pytest.fixture
def office(desk: Desk) -> Desk:
    profile.save_profile(desk, ProfileData(name="特定非営利活動法人 みどりの会"))
    return desk


def _contractor(desk: Desk, **kw: object) -> int:
    data = ContractorData(
        name=str(kw.pop("name", "株式会社発送代行")),
        services="会報の封入・発送",
        status=str(kw.pop("status", "active")),
        clauses=list(kw.pop("clauses", cs.CLAUSES)),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )
    return cs.create(desk, data)


def _review(desk: Desk, cid: int, kind: str, finished: date, result: str = "fit") -> int:
    rid = cs.start_review(desk, cid, kind, today=finished)
    _row, template, _answers = cs.review(desk, rid)
    for q in template.questions:
        cs.answer(desk, rid, q.id, "yes")
    cs.finish_review(
        desk, rid, result, "条件：改善報告" if result != "fit" else "", finished, today=TODAY
    )
    return rid


def _codes(desk: Desk, cid: int) -> dict[str, dict[str, object]]:
    return {f.code: f.params for f in cs.get(desk, cid, today=TODAY).flags}


def test_a_well_kept_contractor_has_no_flags_and_its_next_review_is_due_in_a_year(office: Desk):
    cid = _contractor(office, contract_end=date(2027, 12, 31))
    _review(office, cid, "selection", date(2026, 3, 31))
    detail = cs.get(office, cid, today=TODAY)
    assert detail.flags == ()
    assert detail.next_review_due == date(2027, 3, 31)
    _review(office, cid, "periodic", date(2026, 11, 20))
    assert cs.get(office, cid, today=TODAY).next_review_due == date(2027, 11, 20)


def test_each_flag_with_its_reason(office: Desk):
    bare = _contractor(office, name="A社", contract_end=date(2026, 11, 1))
    assert set(_codes(office, bare)) == {"contractor.no_selection", "contractor.contract_expired"}
    ending = _contractor(office, name="B社", contract_end=date(2027, 1, 10))
    _review(office, ending, "selection", date(2025, 6, 1))
    flags = _codes(office, ending)
    assert flags["contractor.contract_ending"] == {"date": "2027-01-10"}
    assert flags["contractor.review_overdue"] == {"date": "2026-06-01"}
    cs.add_followup(office, ending, "アクセスログの提出", "事務局長", date(2026, 11, 1))
    cs.add_certification(office, ending, "pmark", "プライバシーマーク", date(2027, 1, 5))
    flags = _codes(office, ending)
    assert flags["contractor.followup_overdue"] == {"count": 1}
    assert flags["contractor.cert_expiring"] == {"kind": "pmark", "date": "2027-01-05"}

    # Sensitive data entrusted without the required clauses.
    purpose = register.create_purpose(
        office, PurposeData(code="a", text="相談への対応のため", subject_group="consultees")
    )
    entry = register.create_entry(
        office,
        EntryData(
            name="相談記録",
            items=[ItemData("病歴", True, "medical_history")],
            purpose_ids=[purpose.id],
        ),
    )
    loose = _contractor(office, name="C社", clauses=["confidentiality"])
    _review(office, loose, "selection", date(2026, 10, 1))
    assert "contractor.sensitive_without_clauses" not in _codes(office, loose)
    cs.set_entries(office, loose, [(entry.id, "病歴")])
    assert _codes(office, loose)["contractor.sensitive_without_clauses"] == {"count": 6}

    # A subcontractor without approval, then approved.
    sub = _contractor(office, name="D社", principal_id=loose)
    _review(office, sub, "selection", date(2026, 10, 1))
    assert "contractor.subcontractor_unapproved" in _codes(office, sub)
    data = cs.get(office, sub).data
    data.subcontract_approved_on = date(2026, 10, 2)
    cs.update(office, sub, data)
    assert "contractor.subcontractor_unapproved" not in _codes(office, sub)

    # Ended without a deletion certificate, until one arrives.
    cs.end_contract(office, sub, date(2026, 11, 10), "deleted", today=TODAY)
    assert "contractor.ended_without_certificate" in _codes(office, sub)
    cs.add_deletion_certificate(
        office, sub, date(2026, 11, 15), "相談記録の全データ", "事務局書庫 A-3", today=TODAY
    )
    assert "contractor.ended_without_certificate" not in _codes(office, sub)

    # Abroad on an equivalent system: the yearly check of Enforcement Rules Article 18.
    foreign = _contractor(
        office, name="Mailer Inc.", abroad=True, country="アメリカ合衆国", abroad_basis="equivalent"
    )
    _review(office, foreign, "selection", date(2026, 1, 10))
    assert "contractor.equivalence_overdue" in _codes(office, foreign)
    _review(office, foreign, "equivalence", date(2026, 2, 1))
    assert "contractor.equivalence_overdue" not in _codes(office, foreign)

    listed = {r.id: r for r in cs.list_contractors(office, today=TODAY, flagged_only=True)}
    assert bare in listed and ending in listed


def test_review_keeps_its_checklist_version_when_the_template_is_edited(office: Desk):
    cid = _contractor(office)
    rid = _review(office, cid, "selection", date(2026, 4, 1))
    _row, before, _ = cs.review(office, rid)
    new = cs.save_checklist_draft(
        office, "selection", "改訂版", [("basic_policy", "bp.x", "新しい質問")]
    )
    cs.publish_checklist(office, new)
    row, after, answers = cs.review(office, rid)
    assert after.questions == before.questions and len(answers) == len(before.questions)
    second = cs.start_review(office, cid, "periodic", today=TODAY)
    third = cs.start_review(office, cid, "selection", today=TODAY)
    assert len(cs.review(office, third)[1].questions) == 1
    assert cs.review(office, second)[0].template_id != row.template_id


def test_a_review_is_finished_only_when_complete_and_then_frozen(office: Desk):
    cid = _contractor(office)
    rid = cs.start_review(office, cid, "periodic", today=TODAY)
    _row, template, _ = cs.review(office, rid)
    first = template.questions[0]
    cs.answer(office, rid, first.id, "no", "鍵の管理が不十分", "現地確認 11/20")
    with pytest.raises(InvalidInput) as e:
        cs.finish_review(office, rid, "conditional", "施錠の徹底", TODAY, today=TODAY)
    assert any(p[1] == "contractors.unanswered" for p in e.value.problems)
    for q in template.questions[1:]:
        cs.answer(office, rid, q.id, "na")
    with pytest.raises(InvalidInput) as e:
        cs.finish_review(office, rid, "conditional", "", TODAY, today=TODAY)
    assert any(p[1] == "contractors.summary_required" for p in e.value.problems)
    cs.finish_review(office, rid, "conditional", "施錠の徹底を条件とする", TODAY, today=TODAY)
    with pytest.raises(InvalidInput) as e:
        cs.answer(office, rid, first.id, "yes")
    assert e.value.code == "contractors.review_finished"
    assert cs.review(office, rid)[2][first.id].comment == "鍵の管理が不十分"


def test_followups_close_with_a_note(office: Desk):
    cid = _contractor(office)
    fid = cs.add_followup(office, cid, "再委託先一覧の提出", "担当 田中", date(2026, 12, 1))
    with pytest.raises(InvalidInput):
        cs.close_followup(office, fid, TODAY, "", today=TODAY)
    cs.close_followup(office, fid, TODAY, "一覧を受領し確認した", today=TODAY)
    (f,) = cs.get(office, cid, today=TODAY).followups
    assert f.closed_on == TODAY


def test_likely_duplicates_are_offered_and_merged(office: Desk):
    a = _contractor(office, name="株式会社 発送代行")
    b = _contractor(office, name="（株）発送代行")
    c = _contractor(office, name="みどり印刷")
    pairs = cs.duplicate_candidates(office)
    assert [(x, y) for x, y, _r in pairs] == [(a, b)]
    cs.add_certification(office, b, "isms", "ISO/IEC 27001", date(2028, 1, 1))
    sub = _contractor(office, name="下請", principal_id=b)
    cs.merge(office, a, b)
    kept = cs.get(office, a, today=TODAY)
    assert [x.kind for x in kept.certifications] == ["isms"]
    assert kept.subcontractors == ((sub, "下請"),)
    assert {r.id for r in cs.list_contractors(office, today=TODAY)} == {a, c, sub}
    with pytest.raises(InvalidInput):
        cs.merge(office, a, a)


def test_bad_input_is_refused_and_changes_nothing(office: Desk):
    for data in (
        ContractorData(name=""),
        ContractorData(name="X", contract_start=date(2026, 4, 1), contract_end=date(2026, 3, 1)),
        ContractorData(name="X", abroad=True),
        ContractorData(name="X", clauses=["no_such_clause"]),
        ContractorData(name="X", notes="番号 123456789018"),
    ):
        with pytest.raises(InvalidInput):
            cs.create(office, data)
    cid = _contractor(office)
    data = cs.get(office, cid).data
    data.principal_id = cid
    with pytest.raises(InvalidInput):
        cs.update(office, cid, data)
    assert cs.get(office, cid).data.principal_id is None
    assert len(cs.list_contractors(office)) == 1


def test_checklist_form_reads_back(office: Desk, tmp_path):
    cid = _contractor(office, name="株式会社髙﨑システム")
    out = tmp_path / "checklist.pdf"
    pdf = cs.checklist_pdf(office, cid, "selection", out, today=TODAY)
    assert out.read_bytes() == pdf
    text = all_text(pdf)
    assert "株式会社髙﨑システム" in text and "委託先選定" in text
    assert "適合" in text and "不適合" in text and "該当なし" in text
    assert "令和8年11月23日" in text
    assert_fonts_embedded(pdf)


def test_a_viewer_cannot_record_a_review(office: Desk):
    cid = _contractor(office)
    accounts.add_user(office, "etsuran", "viewer", PASSWORD)
    viewer = auth.sign_in(office.path, "etsuran", PASSWORD)
    try:
        assert cs.get(viewer, cid).id == cid
        with pytest.raises(NotAllowed):
            cs.start_review(viewer, cid, "periodic")
        with pytest.raises(NotAllowed):
            cs.create(viewer, ContractorData(name="X"))
    finally:
        viewer.close()


def test_home_page_counts_contractors_needing_attention(office: Desk):
    from datetime import datetime

    from privacydesk.services import dashboard

    due = _contractor(office, name="E社")
    _review(office, due, "selection", date(2025, 12, 10))  # due 2026-12-10: within 30 days
    late = _contractor(office, name="F社")
    _review(office, late, "selection", date(2025, 6, 1))
    found = {i.code: i.params for i in dashboard.items(office, now=datetime(2026, 11, 23, 9))}
    assert found["dashboard.contractors_reviews_due"] == {"count": 1}
    assert found["dashboard.contractors_reviews_overdue"] == {"count": 1}
