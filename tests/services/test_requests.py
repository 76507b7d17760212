"""Data-subject requests through the services, on a real encrypted database: receipt,
identity and fee with the clock's stops, decisions and their reasons, routing, the letters
read back, electronic disclosure, the mailing log, withdrawal, closing and disposal."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.documents.readback import all_text, assert_fonts_embedded, page_texts

from privacydesk.domain import retention
from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData, ItemData
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import accounts, profile, register, subjects
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.services.requests import Decision, RequestInput, TypeInput
from privacydesk.services.subjects import SubjectData

PROFILE = ProfileData(
    name="特定非営利活動法人 みどりの会",
    postal_code="100-0001",
    address="東京都千代田区千代田1-1",
    representative="理事長 山田 太郎",
    manager_title="個人情報保護管理者",
    manager_name="渡邉 德子",
    desk_department="個人情報相談窓口",
    desk_phone="03-1234-5678",
    desk_email="privacy@example.jp",
    fee_yen=1325,
    payment_methods=["postal_stamps", "cash"],
    retention_years=5,
)
RECEIVED = date(2026, 11, 2)
TODAY = date(2026, 11, 4)
ENTRY = 0  # the register entry the office fixture makes
PASSWORD = "another pass phrase 1"
ADDRESS = "東京都渋谷区神宮前一丁目2番3号 みどりハイツ101"


@pytest.fixture
def office(desk: Desk) -> Desk:
    global ENTRY
    profile.save_profile(desk, PROFILE)
    purpose = register.create_purpose(
        desk, PurposeData(code="a", text="会員への連絡と会報の送付のため", subject_group="members")
    )
    entry = register.create_entry(
        desk,
        EntryData(
            name="会員名簿",
            department="事務局",
            items=[ItemData("氏名"), ItemData("住所")],
            purpose_ids=[purpose.id],
            retention_text="退会後5年",
        ),
    )
    ENTRY = entry.id
    return desk


@pytest.fixture
def person(office: Desk) -> int:
    data = SubjectData(
        legal_name="髙橋 花子",
        reading="タカハシ ハナコ",
        birth_date=date(1990, 4, 1),
        postal_code="150-0001",
        address=ADDRESS,
        phone="03-9999-0000",
        category="会員",
    )
    return subjects.create_subject(office, data).id


@pytest.fixture
def hidden(office: Desk) -> int:
    data = SubjectData(
        legal_name="佐藤 みどり",
        postal_code="530-0001",
        address="大阪府大阪市北区梅田1-1-1 秘匿マンション202",
        protected=True,
    )
    return subjects.create_subject(office, data).id


def _receive(desk: Desk, subject_id: int, *types: str, **kw: object) -> int:
    data = RequestInput(
        received_on=kw.pop("received_on", RECEIVED),  # type: ignore[arg-type]
        subject_id=subject_id,
        types=[TypeInput(t, "electronic" if kw.get("electronic") else "") for t in types],
        entry_ids=[ENTRY],
        **{k: v for k, v in kw.items() if k != "electronic"},  # type: ignore[arg-type]
    )
    return rq.receive(desk, data, today=TODAY)


def _ready(desk: Desk, rid: int) -> None:
    """Identity confirmed and the fee paid."""
    rq.record_identity(
        desk,
        rid,
        confirmed=True,
        confirmed_postal_code="150-0001",
        confirmed_address=ADDRESS,
        address_matches_register=True,
        today=TODAY,
    )
    view = rq.get(desk, rid, today=TODAY)
    if view.fee_due:
        rq.record_fee(
            desk,
            rid,
            amount=view.fee_due,
            received_on=RECEIVED,
            method="postal_stamps",
            today=TODAY,
        )


def _extract(desk: Desk, rid: int) -> None:
    rq.set_extract(
        desk,
        rid,
        ENTRY,
        "会員システム抽出",
        ["会員番号", "氏名", "入会日", "相談メモ"],
        [["M-0001", "髙橋 花子", "2020-04-01", "在留資格の相談"]]
        + [[f"M-{i:04d}", "髙橋 花子", "2021-01-01", f"記録{i}"] for i in range(2, 40)],
    )


# -- receipt, fee, identity and the clock ------------------------------------------------------


def test_receipt_sets_a_hold_and_the_fee_only_where_the_act_allows(office: Desk, person: int):
    rid = _receive(office, person, "disclosure", "correction")
    v = rq.get(office, rid, today=TODAY)
    assert v.fee_due == 1325
    assert v.state == "identity_pending"
    assert v.number == f"請求2026-{rid:04d}"
    with office.uow() as s:
        holds = retention.holds_of(s, "subject", person)
    assert [h.reference for h in holds if h.released_at is None] == [f"request:{rid}"]

    free = _receive(office, person, "correction", "suspension")
    assert rq.get(office, free, today=TODAY).fee_due == 0
    with pytest.raises(InvalidInput) as e:
        rq.set_fee_due(office, free, 500)
    assert e.value.code == "requests.fee_not_allowed"
    with pytest.raises(InvalidInput) as e:
        rq.record_fee(office, free, amount=500, received_on=TODAY, today=TODAY)
    assert any(p[1] == "requests.fee_not_allowed" for p in e.value.problems)


def test_identity_missing_stops_the_clock_and_the_letter_says_what(office: Desk, person: int):
    rid = _receive(office, person, "disclosure")
    before = rq.get(office, rid, today=TODAY).due_on
    assert before is not None
    with pytest.raises(InvalidInput) as e:
        rq.letter(office, rid, "identity-check", today=TODAY)
    assert e.value.code == "requests.letter_identity_not_missing"

    rq.record_identity(office, rid, confirmed=False, missing=["person_address"], today=TODAY)
    v = rq.get(office, rid, today=TODAY)
    assert v.due_on is None and v.open_stop is not None
    assert v.open_stop.reason == "identity" and v.open_stop.started_on == TODAY
    with pytest.raises(InvalidInput) as e:
        rq.letter(office, rid, "identity-check", today=TODAY)
    assert e.value.code == "requests.letter_needs_deadline"

    deadline = TODAY + timedelta(days=14)
    rq.record_identity(
        office, rid, confirmed=False, missing=["person_address"], deadline=deadline, today=TODAY
    )
    _number, pdf = rq.letter(office, rid, "identity-check", today=TODAY)
    text = all_text(pdf)
    assert "住所を確認できる書類" in text
    assert "本籍" in text and "令和8年11月18日" in text  # the deadline in 和暦
    assert_fonts_embedded(pdf)

    back = date(2026, 11, 10)
    rq.record_identity(
        office,
        rid,
        confirmed=True,
        confirmed_address=ADDRESS,
        confirmed_postal_code="150-0001",
        today=back,
    )
    after = rq.get(office, rid, today=back)
    assert after.open_stop is None and after.due_on is not None
    assert after.due_on > before  # the stopped business days are added back


def test_fee_shortfall_letter_and_withdrawal_when_unpaid(office: Desk, person: int):
    rid = _receive(office, person, "disclosure")
    _ready(office, rid)
    rq.record_fee(
        office,
        rid,
        amount=1000,
        received_on=RECEIVED,
        method="postal_stamps",
        deadline=date(2026, 11, 20),
        today=TODAY,
    )
    v = rq.get(office, rid, today=TODAY)
    assert v.state == "fee_pending" and v.open_stop is not None
    _n, pdf = rq.letter(office, rid, "fee-shortfall", today=TODAY)
    assert "325円" in all_text(pdf)
    with pytest.raises(InvalidInput) as e:
        rq.withdraw(office, rid, "fee_unpaid", on=date(2026, 11, 20))
    assert e.value.code == "requests.fee_deadline_not_passed"
    rq.withdraw(office, rid, "fee_unpaid", on=date(2026, 11, 24))
    assert rq.get(office, rid, today=TODAY).state == "withdrawn"
    _n, pdf = rq.letter(office, rid, "withdrawn", today=date(2026, 11, 24))
    assert "取り下げ" in all_text(pdf)
    with office.uow() as s:
        assert not [h for h in retention.holds_of(s, "subject", person) if h.released_at is None]


def test_my_number_in_free_text_is_refused(office: Desk, person: int):
    data = RequestInput(
        received_on=RECEIVED,
        subject_id=person,
        types=[TypeInput("correction", "", "")],
        notes="個人番号 1234 5678 9018 を添付",
    )
    with pytest.raises(InvalidInput) as e:
        rq.receive(office, data, today=TODAY)
    assert ("notes", "requests.my_number_refused", {}) in e.value.problems
    assert rq.list_requests(office, today=TODAY) == []


# -- decisions -------------------------------------------------------------------------------


def test_full_disclosure_needs_content_for_every_entry(office: Desk, person: int):
    rid = _receive(office, person, "disclosure")
    _ready(office, rid)
    with pytest.raises(InvalidInput) as e:
        rq.decide(office, rid, Decision("disclosure", "full"), today=TODAY)
    assert any(p[1] == "requests.entry_without_content" for p in e.value.problems)
    _extract(office, rid)
    rq.decide(office, rid, Decision("disclosure", "full"), today=TODAY)
    number, pdf = rq.letter(office, rid, "disclosure", today=TODAY)
    text = all_text(pdf)
    assert number in text
    assert "髙橋 花子" in text and ADDRESS[:10] in text
    assert "令和8年11月4日" in text and "全部開示" in text
    assert "別紙1" in text and "M-0001" in text and "M-0039" in text
    assert_fonts_embedded(pdf)
    assert rq.get(office, rid, today=TODAY).state == "decided"


def test_every_refusal_carries_its_reason(office: Desk, person: int):
    rid = _receive(office, person, "disclosure", "correction", "suspension", "purpose")
    _ready(office, rid)
    for decision in (
        Decision("disclosure", "refused"),
        Decision("disclosure", "refused", grounds=["harm"]),  # a statutory ground: explain it
        Decision("correction", "not_done"),
        Decision("correction", "partly", reason="一部は事実と異なりません"),
        Decision("suspension", "alternative", reason="費用が過大"),
        Decision("purpose", "not_notified"),
    ):
        with pytest.raises(InvalidInput):
            rq.decide(office, rid, decision, today=TODAY)
    rq.decide(
        office,
        rid,
        Decision("disclosure", "refused", grounds=["harm"], reason="第三者の安全に関わるため"),
        today=TODAY,
    )
    rq.decide(
        office, rid, Decision("correction", "done", changes="住所を新住所に訂正"), today=TODAY
    )
    rq.decide(
        office,
        rid,
        Decision(
            "suspension",
            "alternative",
            reason="全面停止は過大な費用を要するため",
            changes="案内の送付を停止",
        ),
        today=TODAY,
    )
    rq.decide(office, rid, Decision("purpose", "notified"), today=TODAY)
    v = rq.get(office, rid, today=TODAY)
    assert v.refused_on == TODAY and v.sue_from == TODAY  # a refusal: may sue at once
    text = all_text(rq.letter(office, rid, "non-disclosure", today=TODAY)[1])
    assert "第三者の安全に関わるため" in text and "第33条第2項第1号" in text
    assert "住所を新住所に訂正" in all_text(rq.letter(office, rid, "correction-result")[1])
    assert "案内の送付を停止" in all_text(rq.letter(office, rid, "suspension-result")[1])
    rq.letter(office, rid, "purpose-notice", today=TODAY)
    with pytest.raises(InvalidInput) as e:
        rq.letter(office, rid, "purpose-not-notified", today=TODAY)
    assert e.value.code == "requests.letter_not_decided"


def test_substantive_decision_waits_for_identity_but_a_procedural_one_does_not(
    office: Desk, person: int
):
    rid = _receive(office, person, "correction")
    with pytest.raises(InvalidInput) as e:
        rq.decide(office, rid, Decision("correction", "done", changes="x"), today=TODAY)
    assert any(p[1] == "requests.identity_not_confirmed" for p in e.value.problems)
    rq.record_identity(
        office,
        rid,
        confirmed=False,
        missing=["person_id"],
        deadline=date(2026, 11, 10),
        today=TODAY,
    )
    with pytest.raises(InvalidInput) as e:
        rq.identity_lapsed(office, rid, today=date(2026, 11, 10))
    assert e.value.code == "requests.deadline_not_passed"
    rq.identity_lapsed(office, rid, today=date(2026, 11, 11))
    v = rq.get(office, rid, today=date(2026, 11, 11))
    assert v.types[0].decision == "not_done"
    assert v.types[0].grounds == ("identity_not_confirmed",)


def test_method_change_needs_a_reason_and_has_its_notice(office: Desk, person: int):
    rid = _receive(office, person, "disclosure", electronic=True)
    _ready(office, rid)
    _extract(office, rid)
    with pytest.raises(InvalidInput):
        rq.decide(office, rid, Decision("disclosure", "full", method_used="paper"), today=TODAY)
    rq.decide(
        office,
        rid,
        Decision("disclosure", "full", method_used="paper", method_reason="電子化に多額の費用"),
        today=TODAY,
    )
    text = all_text(rq.letter(office, rid, "method-change", today=TODAY)[1])
    assert "電子化に多額の費用" in text and "電磁的記録" in text and "書面" in text


# -- routing ---------------------------------------------------------------------------------


def test_agent_gets_procedural_letters_and_the_person_gets_decisions(office: Desk, person: int):
    rid = _receive(
        office,
        person,
        "disclosure",
        requester_kind="appointed_agent",
        agent_name="山本 一郎",
        agent_honorific="先生",
        request_postal_code="105-0001",
        request_address="東京都港区虎ノ門1-1 山本法律事務所",
    )
    ack = all_text(rq.letter(office, rid, "acknowledgement", today=TODAY)[1])
    assert "山本 一郎" in ack and "虎ノ門" in ack
    assert ADDRESS[:10] not in ack  # a procedural letter carries no retained data
    _ready(office, rid)
    _extract(office, rid)
    rq.decide(office, rid, Decision("disclosure", "full"), today=TODAY)
    decision = all_text(rq.letter(office, rid, "disclosure", today=TODAY)[1])
    assert "髙橋 花子" in decision and "虎ノ門" not in decision
    with pytest.raises(InvalidInput):
        rq.set_route(office, rid, "requester", "")  # an override needs its reason
    rq.set_route(office, rid, "requester", "本人の依頼により弁護士宛てに送付")
    to_agent = all_text(rq.letter(office, rid, "disclosure", today=TODAY)[1])
    assert "虎ノ門" in to_agent


def test_legal_representative_gets_decisions(office: Desk, person: int):
    rid = _receive(
        office,
        person,
        "purpose",
        requester_kind="legal_rep",
        agent_name="髙橋 美和",
        agent_relation="親権者",
        request_postal_code="150-0001",
        request_address="東京都渋谷区神宮前9-9",
    )
    _ready(office, rid)
    rq.decide(office, rid, Decision("purpose", "notified"), today=TODAY)
    text = all_text(rq.letter(office, rid, "purpose-notice", today=TODAY)[1])
    assert "髙橋 美和" in text and "神宮前9-9" in text
    assert "会員への連絡と会報の送付のため" in text


def test_protected_person_goes_to_a_manager_and_no_agent_sees_the_address(
    office: Desk, hidden: int
):
    accounts.add_user(office, "tantou", "staff", PASSWORD)
    rid = _receive(
        office,
        hidden,
        "disclosure",
        requester_kind="legal_rep",
        agent_name="佐藤 一郎",
        agent_relation="親権者",
        request_postal_code="530-0002",
        request_address="大阪府大阪市北区曽根崎2-2",
    )
    v = rq.get(office, rid, today=TODAY)
    assert v.needs_approval and v.next_action == "requests.next.approval"
    with pytest.raises(InvalidInput) as e:
        rq.letter(office, rid, "acknowledgement", today=TODAY)
    assert e.value.code == "requests.letter_needs_approval"
    rq.approve(office, rid)
    rq.letter(office, rid, "acknowledgement", today=TODAY)
    _ready(office, rid)
    _extract(office, rid)
    rq.decide(office, rid, Decision("disclosure", "full"), today=TODAY)
    with pytest.raises(InvalidInput) as e:
        rq.letter(office, rid, "disclosure", today=TODAY)
    assert e.value.code == "requests.letter_needs_delivery"
    rq.set_delivery(office, rid, "restricted_delivery", "530-0002", "大阪府大阪市北区曽根崎2-2")
    text = all_text(rq.letter(office, rid, "disclosure", today=TODAY)[1])
    assert "佐藤 一郎" in text and "秘匿マンション" not in text and "梅田" not in text
    assert "所在秘匿" in text


def test_staff_see_a_protected_persons_addresses_masked(office: Desk, hidden: int, tmp_path: Path):
    accounts.add_user(office, "tantou", "staff", PASSWORD)
    rid = _receive(office, hidden, "correction")
    from privacydesk.services import auth

    staff = auth.sign_in(office.path, "tantou", PASSWORD)
    try:
        v = rq.get(staff, rid, today=TODAY)
        assert v.request_address == rq.MASK
        with pytest.raises(NotAllowed):
            rq.approve(staff, rid)
    finally:
        staff.close()


# -- electronic disclosure, mailing log, closing -----------------------------------------------


def test_electronic_disclosure_is_aes256_with_csv_and_a_password_notice(
    office: Desk, person: int, tmp_path: Path
):
    rid = _receive(office, person, "disclosure", electronic=True)
    _ready(office, rid)
    _extract(office, rid)
    rq.decide(office, rid, Decision("disclosure", "full"), today=TODAY)
    out = tmp_path / "disclosure.pdf"
    protected = rq.disclose_electronic(office, rid, out, today=TODAY)
    assert out.read_bytes() == protected
    reader = PdfReader(io.BytesIO(protected))
    assert reader.is_encrypted
    rq.record_mailing(
        office,
        rid,
        kind="disclosure-electronic",
        method="simple_registered",
        tracking_number="1234-5678-9012",
        sent_on=TODAY,
        today=TODAY,
    )
    notice = all_text(rq.letter(office, rid, "password-notice", today=TODAY)[1])
    password = next(word for word in notice.replace("：", " ").split() if word.count("-") == 3)
    reader = PdfReader(io.BytesIO(protected))
    assert reader.decrypt(password)
    assert "M-0001" in "".join(p.extract_text() for p in reader.pages)
    assert any(name.endswith(".csv") for name in reader.attachments)
    assert "簡易書留" in notice
    rq.record_mailing(office, rid, kind="disclosure", method="ordinary", sent_on=TODAY, today=TODAY)
    rq.close(office, rid, on=TODAY)
    assert rq.get(office, rid, today=TODAY).has_password is False
    with pytest.raises(InvalidInput):
        rq.letter(office, rid, "password-notice", today=TODAY)


def test_returned_mail_reopens_the_request(office: Desk, person: int):
    rid = _receive(office, person, "correction")
    _ready(office, rid)
    rq.decide(office, rid, Decision("correction", "done", changes="電話番号を訂正"), today=TODAY)
    rq.letter(office, rid, "correction-result", today=TODAY)
    with pytest.raises(InvalidInput):  # tracked methods need the number
        rq.record_mailing(
            office,
            rid,
            kind="correction-result",
            method="simple_registered",
            sent_on=TODAY,
            today=TODAY,
        )
    mid = rq.record_mailing(
        office,
        rid,
        kind="correction-result",
        method="specified_record",
        tracking_number="111-222",
        sent_on=TODAY,
        today=TODAY,
    )
    assert rq.get(office, rid, today=TODAY).state == "sent"
    rq.close(office, rid, on=TODAY)
    rq.mark_mailing(office, mid, "returned", date(2026, 11, 9), "宛所不明", today=date(2026, 11, 9))
    v = rq.get(office, rid, today=date(2026, 11, 9))
    assert v.closed_on is None and v.next_action == "requests.next.returned_mail"
    log = rq.mailing_log(office)
    assert log[0].status == "returned" and log[0].tracking_number == "111-222"


def test_letters_refuse_when_the_state_does_not_fit(office: Desk, person: int):
    rid = _receive(office, person, "disclosure")
    for kind in ("disclosure", "non-disclosure", "password-notice", "withdrawn", "fee-shortfall"):
        with pytest.raises(InvalidInput) as e:
            rq.letter(office, rid, kind, today=TODAY)
        assert e.value.code.startswith("requests.")
    with pytest.raises(InvalidInput):
        rq.letter(office, rid, "no-such-letter", today=TODAY)


def test_english_reader_gets_an_explanatory_enclosure(office: Desk, person: int):
    rid = _receive(office, person, "correction", language="en")
    pages = page_texts(rq.letter(office, rid, "acknowledgement", today=TODAY)[1])
    assert len(pages) >= 2
    assert any("request" in p.lower() for p in pages[1:])


def test_dashboard_lists_due_and_overdue(office: Desk, person: int):
    rid = _receive(office, person, "correction", received_on=date(2026, 10, 1))
    _ready(office, rid)
    rows = rq.due_soon(office, today=TODAY)
    assert [r.id for r in rows] == [rid] and rows[0].overdue


def test_closed_requests_are_disposed_of_after_the_retention_years(office: Desk, person: int):
    rid = _receive(office, person, "correction")
    _ready(office, rid)
    rq.decide(office, rid, Decision("correction", "not_done", reason="事実に相違ないため"))
    rq.letter(office, rid, "correction-result", today=TODAY)
    rq.close(office, rid, on=TODAY)
    assert rq.past_retention(office, today=date(2031, 11, 4)) == []
    later = date(2031, 11, 5)
    assert rq.past_retention(office, today=later) == [rid]
    counts = rq.dispose(office, [rid], today=later)
    assert counts["requests"] == 1 and counts["documents"] == 1
    assert rq.list_requests(office, today=later) == []


def test_home_page_items_name_overdue_and_due_requests(office: Desk, person: int):
    from datetime import datetime

    from privacydesk.services import dashboard

    late = _receive(office, person, "correction", received_on=date(2026, 10, 1))
    _ready(office, late)
    soon = _receive(office, person, "correction", received_on=date(2026, 10, 22))
    _ready(office, soon)
    found = {i.code: i.params for i in dashboard.items(office, now=datetime(2026, 11, 4, 9))}
    assert found["dashboard.requests_overdue"]["first"] == f"請求2026-{late:04d}"
    assert found["dashboard.requests_due"]["count"] == 1


def test_decision_letters_address_sits_inside_the_envelope_window(office: Desk, person: int):
    from tests.documents.readback import A4_H_PT, MM, text_objects

    from privacydesk.documents.envelope import Calibration

    rid = _receive(office, person, "disclosure")
    _ready(office, rid)
    _extract(office, rid)
    rq.decide(office, rid, Decision("disclosure", "full"), today=TODAY)
    pdf = rq.letter(office, rid, "disclosure", today=TODAY)[1]
    safe = Calibration().safe_area()
    block = [
        o
        for o in text_objects(pdf)
        if o.page == 0
        and (
            o.text.startswith("〒150")
            or "髙橋 花子　様" in o.text
            or o.text.startswith("東京都渋谷区")
        )
    ]
    assert len(block) >= 3
    for o in block:
        left, right = o.origin[0] / MM, o.end[0] / MM
        top = (A4_H_PT - o.origin[1]) / MM
        assert safe.x - 0.1 <= left and right <= safe.x + safe.w + 0.1, o.text
        assert safe.y <= top <= safe.y + safe.h + 0.1, o.text
