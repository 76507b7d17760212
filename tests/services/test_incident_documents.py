"""The incident's documents through the services on a real encrypted database: the summary for
the Commission's report and the notice to a person (お詫びとお知らせ), read back with pypdf;
who may make them, what is audited, and what is refused (naming why)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import PASSWORD
from tests.documents.readback import all_text, assert_fonts_embedded

from privacydesk.documents.incident_summary import ITEMS, UNKNOWN
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.messages import render
from privacydesk.services import accounts, audit, auth, contractors, profile, subjects
from privacydesk.services import incidents as inc
from privacydesk.services.desk import Desk
from privacydesk.services.incidents import IncidentData
from privacydesk.services.profile import ProfileData
from privacydesk.services.subjects import SubjectData

TODAY = date(2026, 11, 24)
ORG = "特定非営利活動法人 みどりの会"
APOLOGY = "多大なるご迷惑とご心配をおかけしましたことを深くお詫び申し上げます"


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def office(desk: Desk) -> Desk:
    profile.save_profile(
        desk,
        ProfileData(
            name=ORG,
            postal_code="160-0023",
            address="東京都新宿区西新宿2-8-1",
            desk_department="個人情報相談窓口",
            desk_phone="03-1234-5678",
        ),
    )
    return desk


@pytest.fixture
def others(office: Desk, db_path: Path) -> Iterator[dict[str, Desk]]:
    accounts.add_user(office, "tantou", "staff", PASSWORD)
    accounts.add_user(office, "etsuran", "viewer", PASSWORD)
    desks = {
        "staff": auth.sign_in(db_path, "tantou", PASSWORD),
        "viewer": auth.sign_in(db_path, "etsuran", PASSWORD),
    }
    yield desks
    for d in desks.values():
        d.close()


def _incident(desk: Desk, **kw: object) -> int:
    values: dict[str, object] = {
        "kind": "leak",
        "occurred_on": date(2026, 11, 18),
        "known_on": date(2026, 11, 20),
        "found_by": "事務局職員",
        "description": "会報の封筒に、別の会員の会費納入状況の一覧を誤って同封した。",
        "items": "氏名、会員番号、会費の納入状況",
        "persons": 1500,
        "persons_estimated": True,
        "cause": "封入時に宛名と書類を照合していなかった",
        "secondary_harm": "",
        "wrongful": True,
        "containment": "誤送付先から回収済み",
    }
    values.update(kw)
    return inc.create(desk, IncidentData(**values), today=TODAY)  # type: ignore[arg-type]


def _person(desk: Desk, **kw: object) -> int:
    data = SubjectData(
        legal_name=str(kw.pop("legal_name", "髙橋 花子")),
        postal_code="150-0001",
        address="東京都渋谷区神宮前一丁目2番3号",
        **kw,  # type: ignore[arg-type]
    )
    return subjects.create_subject(desk, data, allow_duplicate=True).id


def _left(desk: Desk) -> list[dict[str, object]]:
    """The audit entries of the incident documents leaving (not the database's backups)."""
    entries = [json.loads(e.summary) for e in audit.list_entries(desk, action_prefix="data.left")]
    return [e for e in entries if "incident" in str(e["kind"])]


def test_the_summary_has_the_judgement_deadlines_and_nine_items(office: Desk, tmp_path: Path):
    cid = contractors.create(office, contractors.ContractorData(name="株式会社 青空発送"))
    iid = _incident(office, contractor_id=cid)
    inc.record_step(office, iid, "preliminary", date(2026, 11, 22), today=TODAY)
    out = tmp_path / "概要.pdf"
    pdf = inc.summary_pdf(office, iid, out=out, today=TODAY)
    assert out.read_bytes() == pdf
    assert_fonts_embedded(pdf)
    f = flat(all_text(pdf))
    number = inc.get(office, iid, today=TODAY).number
    assert number in f and flat(ORG) in f
    assert "作成日令和8年11月24日" in f
    assert "判断：報告対象" in f
    assert flat(render("incident.reason_wrongful", "ja")) in f
    assert flat(render("incident.reason_many", "ja")) in f
    # Preliminary: target 3 days, done on the 22nd; final: 60 days (wrongful), the day of
    # knowing as day 1: 18 January 2027 (a Monday, open).
    preliminary = render("incident.rule_preliminary", "ja", days=3)
    assert "速報令和8年11月23日" + flat(preliminary) + "令和8年11月22日" in f
    final = render("incident.rule_final_day1", "ja", days=60)
    assert "確報令和9年1月18日" + flat(final) + "未実施" in f
    assert "本人への通知令和8年11月23日" in f
    positions = [f.index(flat(label)) for label in ITEMS]
    assert positions == sorted(positions)
    assert "1,500人（概数）" in f
    assert "二次被害又はそのおそれの有無及びその内容" + UNKNOWN in f
    assert "関係する委託先：株式会社青空発送" in f
    assert "被害の拡大防止のための措置：誤送付先から回収済み" in f
    (left,) = _left(office)
    assert left["kind"] == "form.incident-summary"
    assert left["personal"] is False and left["path_sha256"]


def test_the_notice_goes_to_the_person_with_the_apology_and_the_items(office: Desk):
    iid = _incident(office)
    person = _person(office)
    number, pdf = inc.notice_letter(office, iid, person, today=TODAY)
    assert_fonts_embedded(pdf)
    f = flat(all_text(pdf))
    assert number in f
    assert "髙橋花子様" in f and "〒150-0001" in f
    assert "お詫びとお知らせ" in f and "個人情報の漏えいについて" in f
    assert APOLOGY in f
    assert "発生日：令和8年11月18日" in f and "判明日：令和8年11月20日" in f
    assert "対象となる個人情報の項目：氏名、会員番号、会費の納入状況" in f
    assert "原因：封入時に宛名と書類を照合していなかった" in f
    assert "二次被害又はそのおそれの有無及びその内容：現在調査中です。" in f
    assert "再発防止のための措置：現在検討中です。" in f
    assert "その他：誤送付先から回収済み" in f
    assert "個人情報相談窓口" in f
    # Kept on the incident and audited as personal data leaving.
    issued = audit.list_entries(office, action_prefix="document.issued")
    assert [(e.record_type, e.record_id) for e in issued] == [("incident", str(iid))]
    (left,) = _left(office)
    assert left["kind"] == "letter.incident-notice" and left["personal"] is True


def test_a_viewer_may_make_neither_document(office: Desk, others: dict[str, Desk]):
    iid = _incident(office)
    person = _person(office)
    viewer = others["viewer"]
    with pytest.raises(NotAllowed):
        inc.summary_pdf(viewer, iid, today=TODAY)
    with pytest.raises(NotAllowed):
        inc.notice_letter(viewer, iid, person, today=TODAY)
    # Staff may make both.
    inc.summary_pdf(others["staff"], iid, today=TODAY)
    inc.notice_letter(others["staff"], iid, person, today=TODAY)


def test_a_protected_persons_notice_is_for_a_manager(office: Desk, others: dict[str, Desk]):
    iid = _incident(office)
    person = _person(office, protected=True)
    with pytest.raises(InvalidInput) as info:
        inc.notice_letter(others["staff"], iid, person, today=TODAY)
    assert info.value.code == "incidents.notice_protected"
    assert audit.list_entries(office, action_prefix="document.issued") == []
    _number, pdf = inc.notice_letter(office, iid, person, today=TODAY)
    assert "髙橋 花子" in all_text(pdf)


def test_a_person_without_an_address_gets_no_notice(office: Desk):
    iid = _incident(office)
    person = subjects.create_subject(office, SubjectData(legal_name="住所 不明")).id
    with pytest.raises(InvalidInput) as info:
        inc.notice_letter(office, iid, person, today=TODAY)
    assert info.value.code == "incidents.notice_no_address"


def test_an_undrawable_character_is_refused_naming_the_field(office: Desk, tmp_path: Path):
    iid = _incident(office, description="𠮷田さんの記録を別の会員に誤送付した。")
    out = tmp_path / "summary.pdf"
    with pytest.raises(InvalidInput) as info:
        inc.summary_pdf(office, iid, out=out, today=TODAY)
    assert info.value.code == "glyph.problems"
    assert [p[0] for p in info.value.problems] == ["description"]
    assert not out.exists()
    with pytest.raises(InvalidInput) as info:
        inc.notice_letter(office, iid, _person(office), today=TODAY)
    assert [p[0] for p in info.value.problems] == ["description"]
    # Nothing was issued or left.
    assert audit.list_entries(office, action_prefix="document.issued") == []
    assert _left(office) == []


def test_an_unknown_incident_or_person_is_refused(office: Desk):
    with pytest.raises(InvalidInput) as info:
        inc.summary_pdf(office, 999, today=TODAY)
    assert info.value.code == "incidents.not_found"
    with pytest.raises(InvalidInput) as info:
        inc.notice_letter(office, _incident(office), 999, today=TODAY)
    assert info.value.code == "subjects.not_found"


def test_the_notice_template_previews_with_its_samples(office: Desk):
    from privacydesk.services import documents

    f = flat(all_text(documents.preview(office, "incident-notice", today=TODAY)))
    assert APOLOGY in f and "見本" in f
    assert flat(str(documents.SAMPLE_VALUES["overview"])) in f
