"""The consent, provision-record and retention services: roles, audit entries without
personal values, disposal after confirmation, and the consent form (同意書) read back."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from tests.documents.readback import all_text, assert_fonts_embedded

from privacydesk.domain import settings as settings_domain
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import accounts, audit, auth, documents, profile
from privacydesk.services import consent as consent_service
from privacydesk.services import provisions as provisions_service
from privacydesk.services import retention as retention_service
from privacydesk.services.consent import ConsentInput, Withdrawal
from privacydesk.services.desk import Desk
from privacydesk.services.provisions import ProvisionInput
from privacydesk.services.roles import allowed_roles
from privacydesk.storage.models import Purpose, RegisterEntry, Subject, SubjectEntry

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
PASSWORD = "correct horse battery"
TODAY = date(2026, 11, 24)
OLD = datetime(2020, 4, 1, 10, 0)
NAME = "髙橋 﨑子"
GUARDIAN = "髙橋 一郎"
REASON = "本人と利用停止について協議中"
ORG = "特定非営利活動法人 みどりの会"


@dataclass
class Office:
    tmp: Path
    desks: dict[str, Desk]

    @property
    def manager(self) -> Desk:
        return self.desks["manager"]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    folder = tmp_path / "office"
    folder.mkdir()
    db = folder / "privacydesk.db"
    desk, _ = auth.create_database(
        db, "kanri", PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "backups"
    )
    accounts.add_user(desk, "tantou", "staff", PASSWORD)
    accounts.add_user(desk, "etsuran", "viewer", PASSWORD)
    desks = {
        "manager": desk,
        "staff": auth.sign_in(db, "tantou", PASSWORD),
        "viewer": auth.sign_in(db, "etsuran", PASSWORD),
    }
    profile.save_profile(
        desk,
        profile.ProfileData(
            name=ORG, desk_department="個人情報相談窓口", desk_phone="03-1234-5678"
        ),
    )
    yield Office(tmp_path, desks)
    for d in desks.values():
        d.close()


def _setup(o: Office, birth: date | None = date(1980, 4, 1)) -> tuple[int, int, int]:
    """A person in an entry kept 12 months, last updated long ago, and a purpose."""
    with o.manager.uow(write=True) as s:
        e = RegisterEntry(name="会員情報", retention_months=12, created_at=OLD, updated_at=OLD)
        p = Purpose(code="a.", text="会報の送付と行事のご案内", created_at=OLD)
        person = Subject(legal_name=NAME, birth_date=birth, created_at=OLD, updated_at=OLD)
        s.add_all([e, p, person])
        s.flush()
        s.add(SubjectEntry(subject_id=person.id, entry_id=e.id))
        return person.id, e.id, p.id


def _summaries(o: Office, prefix: str) -> list[dict[str, Any]]:
    return [
        json.loads(e.summary)
        for e in audit.list_entries(o.manager, action_prefix=prefix, limit=5000)
    ]


def _no_personal_values(o: Office) -> None:
    text = "".join(e.summary for e in audit.list_entries(o.manager, limit=5000))
    for value in (NAME, GUARDIAN, REASON, "同意-2025", "みどり福祉会", "ベトナム"):
        assert value not in text, value


# -- Roles ------------------------------------------------------------------------------------

EXPECTED_ROLES: dict[Callable[..., Any], set[str]] = {
    consent_service.record_consent: {"manager", "staff"},
    consent_service.withdraw_consent: {"manager", "staff"},
    consent_service.get_consent: {"manager", "staff", "viewer"},
    consent_service.consents_of: {"manager", "staff", "viewer"},
    consent_service.consent_counts: {"manager", "staff", "viewer"},
    consent_service.consent_status_counts: {"manager", "staff", "viewer"},
    consent_service.consent_form: {"manager", "staff", "viewer"},
    consent_service.preview_consent_form: {"manager", "staff", "viewer"},
    provisions_service.check_record_needed: {"manager", "staff", "viewer"},
    provisions_service.create_record: {"manager", "staff"},
    provisions_service.record_further_provision: {"manager", "staff"},
    provisions_service.link_subjects: {"manager", "staff"},
    provisions_service.unlink_subjects: {"manager", "staff"},
    provisions_service.get_record: {"manager", "staff", "viewer"},
    provisions_service.subjects_of_record: {"manager", "staff", "viewer"},
    provisions_service.records_of_subject: {"manager", "staff", "viewer"},
    provisions_service.list_records: {"manager", "staff", "viewer"},
    provisions_service.records_past_keep_until: {"manager", "staff", "viewer"},
    retention_service.set_hold: {"manager", "staff"},
    retention_service.release_hold: {"manager"},
    retention_service.active_holds: {"manager", "staff", "viewer"},
    retention_service.holds_of: {"manager", "staff", "viewer"},
    retention_service.blocking_holds: {"manager", "staff", "viewer"},
    retention_service.past_retention: {"manager", "staff", "viewer"},
    retention_service.past_counts: {"manager", "staff", "viewer"},
    retention_service.dispose: {"manager"},
}


def test_declared_roles() -> None:
    for fn, roles in EXPECTED_ROLES.items():
        assert {r.value for r in allowed_roles(fn)} == roles, fn.__name__


def test_roles_are_refused_and_refusals_change_nothing(office: Office) -> None:
    person, _e, p = _setup(office)
    viewer, staff = office.desks["viewer"], office.desks["staff"]
    data = ConsentInput(person, "purpose", date(2025, 4, 1), "paper", purpose_id=p)
    with pytest.raises(NotAllowed) as info:
        consent_service.record_consent(viewer, data, TODAY)
    assert info.value.params == {"action": "consent.record_consent", "role": "viewer"}
    assert consent_service.consents_of(viewer, person) == []
    row = consent_service.record_consent(staff, data, TODAY)
    with pytest.raises(NotAllowed):
        consent_service.withdraw_consent(viewer, row.id, Withdrawal(date(2025, 5, 1), "paper"))
    with pytest.raises(NotAllowed):
        provisions_service.create_record(
            viewer,
            ProvisionInput(
                "provided", date(2025, 1, 1), "X", "consent", "氏名", consent_note="同意"
            ),
        )
    with pytest.raises(NotAllowed):
        retention_service.set_hold(viewer, "subject", person, REASON)
    hold = retention_service.set_hold(staff, "subject", person, REASON)  # staff may set one
    with pytest.raises(NotAllowed):
        retention_service.release_hold(staff, hold.id)
    with pytest.raises(NotAllowed):
        retention_service.dispose(staff, [person], [], "delete", confirmed=True, today=TODAY)
    assert [h.id for h in retention_service.active_holds(viewer)] == [hold.id]
    assert retention_service.release_hold(office.manager, hold.id).released_at is not None
    assert [c.id for c in consent_service.consents_of(viewer, person)] == [row.id]


# -- Consents ---------------------------------------------------------------------------------


def test_consent_recorded_withdrawn_and_audited_without_names(office: Office) -> None:
    child_birth = date(2012, 6, 1)
    person, _e, p = _setup(office, birth=child_birth)
    staff = office.desks["staff"]
    row = consent_service.record_consent(
        staff,
        ConsentInput(
            person,
            "purpose",
            date(2025, 4, 1),
            "paper",
            purpose_id=p,
            given_by="representative",
            representative_name=GUARDIAN,
            evidence_ref="同意-2025-0001",
        ),
        TODAY,
    )
    assert row.status == "active"
    out = consent_service.withdraw_consent(
        staff, row.id, Withdrawal(date(2025, 9, 1), "email", "名簿から削除"), TODAY
    )
    assert out.status == "withdrawn"
    recorded = _summaries(office, "consent.recorded")
    assert recorded == [
        {
            "subject": person,
            "scope": "purpose",
            "method": "paper",
            "given_by": "representative",
            "purpose": p,
            "provision": None,
        }
    ]
    assert _summaries(office, "consent.withdrawn") == [
        {"subject": person, "scope": "purpose", "method": "email"}
    ]
    counts = consent_service.consent_counts(office.desks["viewer"], date(2025, 4, 1), TODAY)
    assert (counts.given, counts.withdrawn) == (1, 1)
    assert consent_service.consent_status_counts(office.desks["viewer"])["withdrawn"] == 1
    _no_personal_values(office)


def test_a_minor_without_a_representative_is_refused_by_the_service(office: Office) -> None:
    person, _e, p = _setup(office, birth=date(2015, 1, 1))
    with pytest.raises(InvalidInput) as info:
        consent_service.record_consent(
            office.desks["staff"],
            ConsentInput(person, "purpose", date(2025, 4, 1), "paper", purpose_id=p),
            TODAY,
        )
    assert [c for _, c, _ in info.value.problems] == ["consent.minor_needs_representative"]
    assert _summaries(office, "consent.") == []


# -- Records of provision ----------------------------------------------------------------------


def test_provision_records_through_the_service(office: Office) -> None:
    person, e, _p = _setup(office)
    staff, viewer = office.desks["staff"], office.desks["viewer"]
    need = provisions_service.check_record_needed(viewer, "outsourcing", True)
    assert (need.needed, need.reason) == (True, "provision.record_abroad")
    need = provisions_service.check_record_needed(viewer, "joint_use", False)
    assert (need.needed, need.reason) == (False, "provision.no_record_joint_use")
    data = ProvisionInput(
        "provided",
        date(2024, 2, 29),
        "社会福祉法人 みどり福祉会",
        "consent",
        "氏名、住所",
        entry_id=e,
        consent_note="書面で同意取得",
    )
    row = provisions_service.create_record(staff, data, [person], today=date(2024, 2, 29))
    assert row.keep_until == date(2027, 2, 28) and row.subject_count == 1
    assert [r.id for r in provisions_service.records_of_subject(viewer, person)] == [row.id]
    assert provisions_service.records_past_keep_until(viewer, date(2027, 2, 28)) == []
    assert [r.id for r in provisions_service.records_past_keep_until(viewer, date(2027, 3, 1))] == [
        row.id
    ]
    with pytest.raises(InvalidInput):
        provisions_service.create_record(
            staff,
            ProvisionInput("provided", date(2025, 1, 1), "委託先 A", "outsourcing", "氏名"),
            today=TODAY,
        )
    voluntary = provisions_service.create_record(
        staff,
        ProvisionInput("provided", date(2025, 1, 1), "委託先 A", "outsourcing", "氏名"),
        voluntary=True,
        today=TODAY,
    )
    assert not voluntary.required
    assert provisions_service.link_subjects(staff, voluntary.id, [person]) == 1
    assert provisions_service.subjects_of_record(viewer, voluntary.id) == [person]
    assert provisions_service.unlink_subjects(staff, voluntary.id, [person]) == 1
    assert [r["voluntary"] for r in _summaries(office, "provision.recorded")] == [True, False]
    assert _summaries(office, "provision.recorded")[1] == {
        "direction": "provided",
        "basis": "consent",
        "form": "single",
        "abroad": False,
        "entry": e,
        "subjects": 1,
        "voluntary": False,
    }
    assert _summaries(office, "provision.subjects_linked") == [{"added": 1}]
    _no_personal_values(office)


# -- Holds and disposal -----------------------------------------------------------------------


def test_disposal_needs_confirmation_and_a_free_target(office: Office) -> None:
    person, _e, p = _setup(office)
    manager, staff = office.manager, office.desks["staff"]
    consent_service.record_consent(
        staff,
        ConsentInput(person, "purpose", date(2019, 4, 1), "paper", purpose_id=p),
        TODAY,
    )
    past = retention_service.past_retention(office.desks["viewer"], TODAY)
    assert [d.subject_id for d in past.subjects] == [person]
    with pytest.raises(InvalidInput) as info:
        retention_service.dispose(manager, [person], [], "delete", today=TODAY)
    assert info.value.code == "retention.not_confirmed"
    hold = retention_service.set_hold(staff, "subject", person, REASON, "dispute:1")
    assert retention_service.blocking_holds(office.desks["viewer"], "subject", person)[0].id == (
        hold.id
    )
    with pytest.raises(InvalidInput) as info:
        retention_service.dispose(manager, [person], [], "delete", confirmed=True, today=TODAY)
    assert info.value.code == "retention.refused"
    assert info.value.problems[0][1] == "retention.subject_held"
    assert _summaries(office, "retention.") == []
    retention_service.release_hold(manager, hold.id)
    result = retention_service.dispose(manager, [person], [], "delete", confirmed=True, today=TODAY)
    assert (result.subjects, result.consents, result.method) == (1, 1, "delete")
    assert result.backups_still_hold and result.notice == "retention.backups_still_hold"
    (summary,) = _summaries(office, "retention.disposed")
    assert summary["subjects"] == 1 and summary["records"] == 0
    assert summary["method"] == "delete" and summary["backups_still_hold"] is True
    assert _summaries(office, "hold.set") == [
        {"target_type": "subject", "target_id": person, "source": "manual"}
    ]
    assert len(_summaries(office, "hold.released")) == 1
    _no_personal_values(office)
    assert retention_service.past_counts(office.desks["viewer"], TODAY)["subjects"] == 0


# -- The consent form -------------------------------------------------------------------------

SYSTEM = (
    "ベトナムでは個人データ保護に関する政令（第13/2023/ND-CP号）が2023年7月に施行され、"
    "本人の同意、データ主体の権利、越境移転時の影響評価等が定められています。"
)
MEASURES = (
    "提供先は、アクセス制御、暗号化、従業者への教育を行い、"
    "当法人との契約で目的外利用を禁止しています。"
)


def test_the_consent_form_reads_back_with_the_transfer_information(office: Office) -> None:
    _person, _e, p = _setup(office)
    with office.manager.uow(write=True) as s:
        q = Purpose(code="b.", text="相談内容の記録と支援の提供", created_at=OLD)
        s.add(q)
        s.flush()
        q_id = q.id
    out = office.tmp / "同意書.pdf"
    pdf = consent_service.consent_form(
        office.desks["viewer"],
        [p, q_id],
        recipient="Hanoi Partner Center",
        country="ベトナム社会主義共和国",
        country_system=SYSTEM,
        recipient_measures=MEASURES,
        out=out,
        today=TODAY,
    )
    assert out.read_bytes() == pdf
    assert_fonts_embedded(pdf)
    text = all_text(pdf).replace("\n", "")
    for expected in (
        "個人情報の取扱いに関する同意書",
        ORG,
        "会報の送付と行事のご案内",
        "相談内容の記録と支援の提供",
        "Hanoi Partner Center",
        "ベトナム社会主義共和国",
        "第13/2023/ND-CP号",
        "目的外利用を禁止しています",
        "当該外国における個人情報の保護に関する制度",
        "提供先が講ずる個人情報の保護のための措置",
        "施行規則第17条",
        "16歳未満",
        "法定代理人氏名（自署）",
        "氏名（自署）",
        "同意日",
        "個人情報相談窓口",
    ):
        assert expected in text, expected
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "個人情報の取扱いに関する同意書"
    (left,) = [x for x in _summaries(office, "data.left") if x["kind"] == "form.consent"]
    assert left["personal"] is False and left["records"] == 0


def test_the_consent_form_follows_the_minor_age_setting(office: Office) -> None:
    _person, _e, p = _setup(office)
    profile.set_setting(office.manager, "subjects.minor_age", 15)
    pdf = consent_service.consent_form(office.manager, [p], today=TODAY)
    text = all_text(pdf).replace("\n", "")
    assert "15歳未満" in text
    assert "外国にある第三者" not in text  # no transfer abroad: no such section


def test_the_consent_form_refuses_what_it_cannot_print_or_lacks(office: Office) -> None:
    _person, _e, p = _setup(office)
    desk = office.manager
    with pytest.raises(InvalidInput) as info:
        consent_service.consent_form(desk, [p], country="ベトナム", today=TODAY)
    assert {c for _, c, _ in info.value.problems} == {
        "consent.form_country_system_required",
        "consent.form_measures_required",
    }
    with pytest.raises(InvalidInput) as info:
        consent_service.consent_form(desk, [], today=TODAY)
    assert info.value.problems[0][1] == "consent.form_empty"
    with pytest.raises(InvalidInput) as info:
        consent_service.consent_form(desk, [p, 999], today=TODAY)
    assert info.value.problems[0][1] == "consent.unknown_purpose"
    with pytest.raises(InvalidInput) as info:
        consent_service.consent_form(desk, [p], recipient="𠮷野家", today=TODAY)
    assert info.value.code == "glyph.problems"
    assert info.value.problems[0][0] == "recipient"
    assert [x for x in _summaries(office, "data.left") if x["kind"] == "form.consent"] == []


def test_the_consent_form_template_is_a_known_kind(office: Office) -> None:
    assert "consent-form" in documents.KIND_FIELDS
    kinds = {t.kind for t in documents.list_templates(office.manager)}
    assert "consent-form" in kinds
    # The office's own wording is used once saved.
    text = documents.template_text(office.manager, "consent-form")
    changed = text.replace("同意は任意です。", "同意は任意です（変更後の文言）。")
    from privacydesk.domain import documents as docs

    with office.manager.uow(write=True) as s:
        docs.save_template(s, "consent-form", changed, office.manager.context.account_id)
    _person, _e, p = _setup(office)
    pdf = consent_service.consent_form(office.manager, [p], today=TODAY)
    assert "変更後の文言" in all_text(pdf).replace("\n", "")
    # The template editor's preview: sample values, the wording being edited.
    viewer = office.desks["viewer"]
    preview = consent_service.preview_consent_form(viewer, changed.replace("変更後", "編集中"))
    text = all_text(preview).replace("\n", "")
    assert "編集中の文言" in text and "アメリカ合衆国（見本）" in text
    assert_fonts_embedded(preview)
    with pytest.raises(InvalidInput) as info:
        consent_service.preview_consent_form(viewer, changed + "\n{no_such_field}")
    assert info.value.code == "template.unknown_placeholder"


def test_minor_age_default_is_registered() -> None:
    assert settings_domain.REGISTRY["subjects.minor_age"].default == 16
