"""The register through the services: roles, audit summaries without values, settings."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from privacydesk.domain import register as register_domain
from privacydesk.domain.accounts import Role
from privacydesk.errors import ExitCode, InvalidInput, NotAllowed
from privacydesk.services import accounts, audit, auth, profile
from privacydesk.services import register as reg
from privacydesk.services.desk import Desk
from privacydesk.services.register import (
    EntryData,
    EntryFilter,
    ItemData,
    NoticeData,
    ProvisionData,
    PurposeData,
)
from privacydesk.services.roles import allowed_roles
from privacydesk.storage.models import ConsentRecord, Subject

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)
PASSWORD = "correct horse battery"
TODAY = date(2026, 5, 20)
# Values that must never reach the audit log.
ENTRY_NAME = "相談者情報（髙橋﨑子さん担当）"
RECIPIENT = "特定非営利活動法人 CINGA"
PURPOSE_TEXT = "相談・救済窓口の運営"


@dataclass
class Office:
    manager: Desk
    staff: Desk
    viewer: Desk


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    folder = tmp_path / "office"
    folder.mkdir()
    db = folder / "privacydesk.db"
    manager, _ = auth.create_database(
        db, "kanri", PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "backups"
    )
    accounts.add_user(manager, "tantou", "staff", PASSWORD)
    accounts.add_user(manager, "etsuran", "viewer", PASSWORD)
    o = Office(manager, auth.sign_in(db, "tantou", PASSWORD), auth.sign_in(db, "etsuran", PASSWORD))
    yield o
    for d in (o.staff, o.viewer, o.manager):
        d.close()


def _entry(purpose_id: int, **changes: object) -> EntryData:
    data = EntryData(
        name=ENTRY_NAME,
        department="相談窓口",
        items=[ItemData("氏名"), ItemData("病歴", True, "medical_history")],
        purpose_ids=[purpose_id],
        provisions=[ProvisionData(RECIPIENT, "相談者情報", "outsourcing")],
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def _audit(desk: Desk) -> list[audit.AuditRow]:
    return audit.list_entries(desk, action_prefix="register.")


def test_declared_roles() -> None:
    everyone = {Role.MANAGER, Role.STAFF, Role.VIEWER}
    staff_up = {Role.MANAGER, Role.STAFF}
    expected = {
        reg.list_entries: everyone,
        reg.entry_departments: everyone,
        reg.get_entry: everyone,
        reg.entries_not_reviewed: everyone,
        reg.reviews_awaiting_sign_off: everyone,
        reg.list_purposes: everyone,
        reg.purpose_history: everyone,
        reg.list_notices: everyone,
        reg.get_notice: everyone,
        reg.current_notice: everyone,
        reg.create_entry: staff_up,
        reg.update_entry: staff_up,
        reg.retire_entry: staff_up,
        reg.reactivate_entry: staff_up,
        reg.record_review: staff_up,
        reg.create_purpose: staff_up,
        reg.change_purpose: staff_up,
        reg.retire_purpose: staff_up,
        reg.create_notice: staff_up,
        reg.sign_off_review: {Role.MANAGER},
    }
    for fn, roles in expected.items():
        assert allowed_roles(fn) == roles, fn.__name__


def test_a_viewer_reads_but_cannot_change(office: Office) -> None:
    purpose = reg.create_purpose(office.staff, PurposeData("a.", PURPOSE_TEXT, "consultees"))
    before = len(_audit(office.manager))
    with pytest.raises(NotAllowed) as info:
        reg.create_entry(office.viewer, _entry(purpose.id))
    assert info.value.exit_code == ExitCode.NOT_ALLOWED == 8
    assert info.value.params == {"action": "register.create_entry", "role": "viewer"}
    for call in (
        lambda: reg.create_purpose(office.viewer, PurposeData("b.", "x", "members")),
        lambda: reg.change_purpose(office.viewer, purpose.id, "新", None, "", True),
        lambda: reg.retire_entry(office.viewer, 1),
        lambda: reg.record_review(office.viewer, 1, ""),
        lambda: reg.create_notice(office.viewer, NoticeData("第1版", "", TODAY, "")),
    ):
        with pytest.raises(NotAllowed):
            call()
    assert len(_audit(office.manager)) == before
    page = reg.list_entries(office.viewer)
    assert [r.id for r in page.rows] == [1]  # only the app's own entry
    assert reg.get_entry(office.viewer, 1).app_own
    assert [p.id for p in reg.list_purposes(office.viewer)] == [purpose.id]


def test_staff_records_a_review_and_only_a_manager_signs_it_off(office: Office) -> None:
    purpose = reg.create_purpose(office.staff, PurposeData("a.", PURPOSE_TEXT, "consultees"))
    entry = reg.create_entry(office.staff, _entry(purpose.id))
    review = reg.record_review(office.staff, entry.id, "委託先を確認した")
    assert review.reviewed_by == office.staff.context.account_id
    assert "entry.not_reviewed" in {f.code for f in reg.get_entry(office.staff, entry.id).flags}
    with pytest.raises(NotAllowed) as info:
        reg.sign_off_review(office.staff, review.id)
    assert info.value.params == {"action": "register.sign_off_review", "role": "staff"}
    assert reg.get_entry(office.staff, entry.id).reviews[0].signed_off_at is None
    assert [r.id for r in reg.reviews_awaiting_sign_off(office.viewer)] == [review.id]
    signed = reg.sign_off_review(office.manager, review.id)
    assert signed.signed_off_by == office.manager.context.account_id
    detail = reg.get_entry(office.viewer, entry.id)
    assert detail.last_reviewed_at == review.reviewed_at
    assert "entry.not_reviewed" not in {f.code for f in detail.flags}
    actions = [(a.action, json.loads(a.summary)) for a in _audit(office.manager)]
    assert ("register.review_signed_off", {"review": review.id}) in actions
    assert ("register.review_recorded", {"review": review.id, "changes": True}) in actions


def test_audit_summaries_carry_ids_and_counts_only(office: Office) -> None:
    staff = office.staff
    purpose = reg.create_purpose(staff, PurposeData("a.", PURPOSE_TEXT, "consultees"))
    entry = reg.create_entry(staff, _entry(purpose.id))
    changed = reg.update_entry(
        staff,
        entry.id,
        dataclasses.replace(entry.data, responsible="渡邉 德子", access="相談員のみ"),
    )
    assert changed == ["responsible", "access"]
    assert reg.update_entry(staff, entry.id, reg.get_entry(staff, entry.id).data) == []
    reg.retire_entry(staff, entry.id)
    reg.reactivate_entry(staff, entry.id)
    reg.create_notice(staff, NoticeData("プライバシーポリシー第2版", "本文", TODAY, "ウェブサイト"))
    reg.change_purpose(staff, purpose.id, PURPOSE_TEXT + "及び広報", TODAY, "ウェブサイト", False)
    reg.retire_purpose(staff, purpose.id)

    rows = _audit(office.manager)
    found = {a.action: json.loads(a.summary) for a in rows}
    assert found["register.entry_created"] == {"items": 2, "purposes": 1, "provisions": 1}
    assert found["register.entry_updated"] == {"fields": 2}
    assert [a.action for a in rows].count("register.entry_updated") == 1  # no-op not audited
    assert found["register.purpose_changed"] == {"beyond_related": False, "renewal_marked": 0}
    assert {
        "register.entry_retired",
        "register.entry_reactivated",
        "register.notice_created",
        "register.purpose_created",
        "register.purpose_retired",
    } <= set(found)
    entry_rows = [a for a in rows if a.record_type == "entry"]
    assert {a.record_id for a in entry_rows} == {str(entry.id)}
    text = " ".join(a.summary + a.record_id + a.record_type for a in rows)
    for value in (ENTRY_NAME, "髙橋", RECIPIENT, PURPOSE_TEXT, "渡邉", "病歴", "相談窓口"):
        assert value not in text
    # The values are in the entry's own history instead.
    history = {c.field: c for c in reg.get_entry(office.viewer, entry.id).history}
    assert history["responsible"].new == "渡邉 德子"


def test_change_purpose_returns_the_consents_marked(office: Office) -> None:
    purpose = reg.create_purpose(office.staff, PurposeData("a.", PURPOSE_TEXT, "consultees"))
    with office.manager.uow(write=True) as s:
        for i, withdrawn in enumerate((None, None, date(2026, 1, 1))):
            person = Subject(
                legal_name=f"本人{i}",
                created_at=datetime(2026, 1, 1),
                updated_at=datetime(2026, 1, 1),
            )
            s.add(person)
            s.flush()
            s.add(
                ConsentRecord(
                    subject_id=person.id,
                    scope="purpose",
                    purpose_id=purpose.id,
                    given_on=date(2025, 6, 1),
                    method="web",
                    withdrawn_on=withdrawn,
                    created_at=datetime(2025, 6, 1),
                )
            )
    marked = reg.change_purpose(
        office.staff, purpose.id, "相談内容を広告に利用", TODAY, "個別に通知", True, today=TODAY
    )
    assert marked == 2
    summary = json.loads(_audit(office.manager)[0].summary)
    assert summary == {"beyond_related": True, "renewal_marked": 2}
    history = reg.purpose_history(office.viewer, purpose.id)
    assert [(h.old_text, h.new_text, h.beyond_related) for h in history] == [
        (PURPOSE_TEXT, "相談内容を広告に利用", True)
    ]


def test_the_apps_own_entry_cannot_be_retired(office: Office) -> None:
    with pytest.raises(InvalidInput) as info:
        reg.retire_entry(office.manager, 1)
    assert info.value.code == "register.app_entry_protected"
    assert info.value.exit_code == ExitCode.INVALID_INPUT
    assert reg.get_entry(office.manager, 1).active
    assert not [a for a in _audit(office.manager) if a.action == "register.entry_retired"]


def test_entries_not_reviewed_follow_the_setting(office: Office) -> None:
    purpose = reg.create_purpose(office.staff, PurposeData("a.", PURPOSE_TEXT, "consultees"))
    entry = reg.create_entry(office.staff, _entry(purpose.id))
    with office.manager.uow(write=True) as s:
        # A review signed off in September 2025: eight months before TODAY.
        review = register_domain.record_review(s, entry.id, None, "", when=datetime(2025, 9, 1))
        register_domain.sign_off(s, review.id, None)
    assert entry.id not in {r.id for r in reg.entries_not_reviewed(office.viewer, today=TODAY)}
    profile.set_setting(office.manager, "register.review_months", 6)
    assert entry.id in {r.id for r in reg.entries_not_reviewed(office.viewer, today=TODAY)}
    flags = reg.list_entries(office.viewer, EntryFilter(query="髙橋"), today=TODAY).rows[0].flags
    assert "entry.not_reviewed" in flags
    with pytest.raises(InvalidInput):
        profile.set_setting(office.manager, "register.review_months", 0)


def test_notices_through_the_services(office: Office) -> None:
    assert reg.current_notice(office.viewer, TODAY) is None
    first = reg.create_notice(office.staff, NoticeData("第1版", "本文", date(2022, 4, 1), "掲示"))
    reg.create_notice(office.manager, NoticeData("第2版", "本文", date(2027, 4, 1), "掲示"))
    assert reg.current_notice(office.viewer, TODAY) == first
    assert len(reg.list_notices(office.viewer)) == 2
    assert reg.get_notice(office.viewer, first.id).title == "第1版"
    assert first.created_by == office.staff.context.account_id
