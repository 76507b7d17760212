"""The notice consistency check on a real policy (seed 002): a register built from the same
policy with every item linked to its passage is consistent; plant one purpose and one
recipient the policy does not mention and remove one purpose it names, and exactly those
three are reported. Also: links carry over to a new version, suggestions, .docx import, the
differences between versions."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from privacydesk.domain.purposes import PurposeData
from privacydesk.domain.register import EntryData, ItemData, ProvisionData
from privacydesk.errors import InvalidInput
from privacydesk.services import contractors, profile, register
from privacydesk.services import notice_check as nc
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData

# Seed 002 (a real organisation's published policy, in English), copied from the project's
# seeds so the test runs wherever the repository does.
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed_002_policy.txt"
TODAY = date(2026, 11, 23)
ADDRESS = "Seika Bldg. 7F, 2-12-14 Kanda Ogawamachi, Chiyoda-ku, Tokyo 101-0052, Japan"
PURPOSES = [
    "To provide information on human rights protection activities, collection and organisation"
    " of human rights information, and human rights education",
    "To provide information on our newsletters, publications, sales materials, concerts,"
    " events, etc",
    "To research and study our business policies by conducting questionnaire surveys and data"
    " analysis related to our business content",
    "To provide information such as activity reports, preliminary accounts, and policy settings"
    " to participants in order for them to make decisions as an organisation",
    "To conduct administrative work such as exchanging opinions with participants",
    "To confirm the identity of participants or their agents",
    "To ensure the appropriate and smooth operation of Amnesty International Japan and its"
    " participants",
]
EXPLICIT = {  # items whose wording differs from the passage: linked by hand, once
    "fee:": ("fee", "The fee for disclosure is 1,325 yen (including postage)."),
    "security:": (
        "security",
        "Amnesty International Japan will appoint a Personal Data Manager, clarify his/her"
        " authority and responsibilities",
    ),
    "request_procedure:": (
        "request_procedure",
        "Requests shall be made by the individual concerned or his/her representative.",
    ),
}


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def office(desk: Desk) -> tuple[Desk, str, int]:
    text = _seed_text()
    profile.save_profile(
        desk,
        ProfileData(
            name="Amnesty International Japan",
            address=ADDRESS,
            desk_department="Tokyo Office",
            fee_yen=1325,
            payment_methods=["postal_stamps", "cash"],
        ),
    )
    ids = [
        register.create_purpose(desk, PurposeData(code=f"p{i}", text=t, subject_group="members")).id
        for i, t in enumerate(PURPOSES, start=1)
    ]
    register.create_entry(
        desk,
        EntryData(
            name="参加者名簿",
            items=[ItemData("氏名"), ItemData("住所")],
            purpose_ids=ids,
            provisions=[ProvisionData("Google", "閲覧履歴", "consent")],
        ),
    )
    contractors.create(
        desk,
        contractors.ContractorData(
            name="会員管理サービス株式会社",
            status="active",
            services="outsourcing agreement that includes a confidentiality obligation",
        ),
    )
    notice = register.create_notice(
        desk, register.NoticeData("Privacy Policy", text, date(2026, 4, 1), "website")
    )
    passages = [
        ("org_name", "Amnesty International Japan"),
        ("address", ADDRESS),
        ("complaint_desk", "Contact: Tokyo Office"),
        ("recipient", "Google Analytics Google Access Acess"),
        (
            "contractor",
            "When all or part of the personal data is entrusted to a third party based on an"
            " outsourcing agreement that includes a confidentiality obligation.",
        ),
        *[("purpose", t) for t in PURPOSES],
        *EXPLICIT.values(),
    ]
    for tag, passage in passages:
        nc.tag_passage(desk, notice.id, tag, passage)
    by_text = {p.text: p.id for p in nc.passages(desk, notice.id)}
    for key, (_tag, passage) in EXPLICIT.items():
        nc.link(desk, key, by_text[passage])
    nc.accept_suggestions(desk, today=TODAY)
    return desk, text, notice.id


def test_a_register_linked_to_its_own_policy_is_consistent(office: tuple[Desk, str, int]):
    desk, _text, _notice = office
    result = nc.check(desk, today=TODAY)
    assert result.items_unlinked == () and result.passages_unlinked == ()
    assert result.consistent


def test_exactly_the_planted_gaps_are_reported(office: tuple[Desk, str, int]):
    desk, _text, _notice = office
    planted = register.create_purpose(
        desk,
        PurposeData(
            code="x", text="To sell lists of participants to marketers", subject_group="members"
        ),
    )
    register.create_entry(
        desk,
        EntryData(
            name="寄付者名簿",
            purpose_ids=[planted.id],
            provisions=[ProvisionData("Acme Fundraising Ltd.", "氏名、住所", "consent")],
        ),
    )
    gone = register.list_purposes(desk)[5]  # "To confirm the identity of participants …"
    assert gone.text == PURPOSES[5]
    register.retire_purpose(desk, gone.id)

    result = nc.check(desk, today=TODAY)
    assert sorted(u.item.label for u in result.items_unlinked) == [
        "Acme Fundraising Ltd.",
        "To sell lists of participants to marketers",
    ]
    assert [p.text for p in result.passages_unlinked] == [PURPOSES[5]]
    assert not result.consistent


def test_links_carry_over_to_a_new_version_where_the_passage_is_unchanged(
    office: tuple[Desk, str, int], tmp_path: Path
):
    desk, text, notice = office
    changed = text.replace(PURPOSES[4], "To conduct administrative work with participants")
    path = tmp_path / "policy-2027.txt"
    path.write_text(changed, encoding="utf-8")
    new = nc.import_notice(desk, path, "Privacy Policy 2027", date(2026, 10, 1))
    tags = {p.text for p in nc.passages(desk, new.id)}
    assert PURPOSES[0] in tags and PURPOSES[4] not in tags
    result = nc.check(desk, today=TODAY)
    # Only the changed purpose lost its passage: the register's purpose is now unlinked.
    assert [u.item.label for u in result.items_unlinked] == [PURPOSES[4]]
    assert result.passages_unlinked == ()
    lines = nc.differences(desk, notice, new.id)
    assert [line.text for line in lines if line.op == "-"] == [f"  • {PURPOSES[4]};"]


def test_suggestions_and_refusals(office: tuple[Desk, str, int]):
    desk, _text, notice = office
    register.create_purpose(
        desk,
        PurposeData(
            code="q", text="To provide information on newsletters", subject_group="members"
        ),
    )
    with pytest.raises(InvalidInput) as e:
        nc.tag_passage(desk, notice, "purpose", "A sentence the policy never had")
    assert e.value.code == "notice_check.passage_not_in_notice"
    with pytest.raises(InvalidInput):
        nc.tag_passage(desk, notice, "weather", "Amnesty International Japan")


def _docx(paragraphs: list[str]) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_a_docx_notice_is_imported_and_a_broken_one_refused(desk: Desk, tmp_path: Path):
    path = tmp_path / "方針.docx"
    path.write_bytes(
        _docx(["個人情報保護方針", "特定非営利活動法人 みどりの会", "利用目的：会報の送付"])
    )
    row = nc.import_notice(desk, path, "個人情報保護方針", date(2026, 4, 1))
    assert row.text.splitlines() == [
        "個人情報保護方針",
        "特定非営利活動法人 みどりの会",
        "利用目的：会報の送付",
    ]
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InvalidInput) as e:
        nc.import_notice(desk, broken, "x", date(2026, 4, 1))
    assert e.value.code == "notice_check.unreadable_docx"
    assert len(register.list_notices(desk)) == 1


def test_home_page_names_the_notice_gaps(office: tuple[Desk, str, int], desk: Desk):
    from privacydesk.services import dashboard

    register.create_entry(
        desk,
        EntryData(name="寄付者名簿", provisions=[ProvisionData("Acme Ltd.", "氏名", "consent")]),
    )
    found = {i.code: i.params for i in dashboard.items(desk)}
    assert found["dashboard.notice_gaps"] == {"register": 1, "notice": 0}


def test_home_page_asks_for_a_notice_when_there_is_none(desk: Desk):
    from privacydesk.services import dashboard

    assert "dashboard.notice_missing" in {i.code for i in dashboard.items(desk)}
