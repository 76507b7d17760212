"""本人 (services): roles, masking of protected persons, audited sensitive views, duplicates
offered, validation messages, and no names in the audit log or the logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk.domain.accounts import Role, now
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.messages import render
from privacydesk.services import accounts, auth, profile
from privacydesk.services import subjects as svc
from privacydesk.services.desk import Desk
from privacydesk.services.subjects import MASK, PageFilter, SubjectData
from privacydesk.storage.models import AuditEntry, ConsentRecord, RegisterEntry

STAFF, VIEWER = "tantou", "etsuran"
# An ASCII name: the audit summary check alone would let it through, so the test must look.
SECRET_NAME = "Sato Hanako"
HIDDEN_ADDRESS = "大阪府大阪市北区梅田9-9-9"


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[dict[str, Desk]]:
    folder = tmp_path / "office"
    folder.mkdir()
    db = folder / "privacydesk.db"
    manager, _ = auth.create_database(
        db, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "backups"
    )
    accounts.add_user(manager, STAFF, "staff", PASSWORD)
    accounts.add_user(manager, VIEWER, "viewer", PASSWORD)
    out = {
        "manager": manager,
        "staff": auth.sign_in(db, STAFF, PASSWORD),
        "viewer": auth.sign_in(db, VIEWER, PASSWORD),
    }
    yield out
    for d in out.values():
        d.close()


def _audit(desk: Desk, action: str) -> list[AuditEntry]:
    with desk.uow() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _protected(desks: dict[str, Desk]) -> int:
    return svc.create_subject(
        desks["staff"],
        SubjectData(
            legal_name="保護\u3000花子",
            reading="ホゴ\u3000ハナコ",
            postal_code="530-0001",
            address=HIDDEN_ADDRESS,
            phone="06-9999-0000",
            email="hogo@example.jp",
            protected=True,
        ),
    ).id


def test_viewers_cannot_create_or_update(desks: dict[str, Desk]) -> None:
    data = SubjectData(legal_name="山田\u3000花子")
    with pytest.raises(NotAllowed) as info:
        svc.create_subject(desks["viewer"], data)
    assert info.value.code == "auth.role_not_allowed"
    sid = svc.create_subject(desks["staff"], data).id
    svc.create_subject(desks["manager"], replace(data, legal_name="山田\u3000次郎"))
    with pytest.raises(NotAllowed):
        svc.update_subject(desks["viewer"], sid, replace(data, alias="ハナ"))
    assert svc.update_subject(desks["staff"], sid, replace(data, alias="ハナ")).data.alias == "ハナ"
    # Viewers may look people up.
    assert [r.id for r in svc.search(desks["viewer"], "山田花子")] == [sid]
    assert svc.get_subject(desks["viewer"], sid).data.legal_name == "山田\u3000花子"


def test_protected_person_masked_for_staff_and_viewers_shown_to_managers(
    desks: dict[str, Desk],
) -> None:
    sid = _protected(desks)
    for role in ("staff", "viewer"):
        [row] = svc.search(desks[role], "保護")
        assert (row.address, row.phone, row.postal_code) == (MASK, MASK, MASK), role
        assert row.legal_name == "保護\u3000花子" and row.protected
        detail = svc.get_subject(desks[role], sid)
        assert detail.masked and detail.data.address == MASK and detail.data.phone == MASK
        [page_row] = svc.list_page(desks[role], filters=PageFilter(protected=True))
        assert page_row.address == MASK
    [row] = svc.search(desks["manager"], "保護")
    assert row.address == HIDDEN_ADDRESS and row.phone == "06-9999-0000"
    detail = svc.get_subject(desks["manager"], sid)
    assert not detail.masked and detail.data.address == HIDDEN_ADDRESS


def test_protected_person_not_found_by_address_except_by_managers(desks: dict[str, Desk]) -> None:
    sid = _protected(desks)
    for role in ("staff", "viewer"):
        assert svc.search(desks[role], "梅田") == [], role
        assert svc.count(desks[role], "0699990000") == 0, role
        assert svc.count_page(desks[role], PageFilter(query="梅田")) == 0, role
        assert [r.id for r in svc.search(desks[role], "ほごはなこ")] == [sid], role
    assert [r.id for r in svc.search(desks["manager"], "梅田")] == [sid]
    assert svc.count(desks["manager"], "0699990000") == 1


def test_staff_saving_a_masked_form_keeps_the_whereabouts(desks: dict[str, Desk]) -> None:
    sid = _protected(desks)
    staff, manager = desks["staff"], desks["manager"]
    form = svc.get_subject(staff, sid).data
    saved = svc.update_subject(staff, sid, replace(form, alias="ハナ"))
    assert saved.data.alias == "ハナ" and saved.data.address == MASK
    shown = svc.get_subject(manager, sid)
    assert shown.data.address == HIDDEN_ADDRESS and shown.data.phone == "06-9999-0000"
    assert {c.field for c in shown.history} == {"alias"}
    # Staff may give a new address (the person moved) but never read the old one back.
    moved = svc.update_subject(staff, sid, replace(form, address="京都府京都市1-1"))
    assert moved.data.address == MASK
    assert [(c.old, c.new) for c in moved.history if c.field == "address"] == [(MASK, MASK)]
    manager_view = svc.get_subject(manager, sid)
    assert [(c.old, c.new) for c in manager_view.history if c.field == "address"] == [
        (HIDDEN_ADDRESS, "京都府京都市1-1")
    ]
    # Only a manager lifts the protection.
    with pytest.raises(NotAllowed) as info:
        svc.update_subject(staff, sid, replace(form, protected=False))
    assert info.value.params["action"] == "subjects.unprotect"
    assert svc.get_subject(manager, sid).data.protected
    lifted = svc.update_subject(manager, sid, replace(manager_view.data, protected=False))
    assert not lifted.data.protected
    assert svc.get_subject(staff, sid).data.address == "京都府京都市1-1"
    [entry] = [
        e for e in _audit(manager, "subject.updated") if '"protection_changed":true' in e.summary
    ]
    assert entry.record_id == str(sid)


def test_sensitive_view_is_audited_with_the_id_only(desks: dict[str, Desk]) -> None:
    sid = svc.create_subject(desks["staff"], SubjectData(legal_name=SECRET_NAME)).id
    item = svc.add_sensitive(desks["staff"], sid, "medical_history", "糖尿病")
    assert item.kind == "medical_history" and not item.has_basis
    assert svc.sensitive_without_basis(desks["manager"]) == [sid]
    for role in ("staff", "manager"):
        [seen] = svc.view_sensitive(desks[role], sid)
        assert seen.note == "糖尿病"
    with pytest.raises(NotAllowed):
        svc.view_sensitive(desks["viewer"], sid)
    with pytest.raises(NotAllowed):
        svc.sensitive_without_basis(desks["viewer"])
    views = _audit(desks["manager"], "subject.sensitive_viewed")
    assert len(views) == 2
    assert all(
        (v.record_type, v.record_id, v.summary) == ("subject", str(sid), "{}") for v in views
    )
    [added] = _audit(desks["manager"], "subject.sensitive_added")
    assert added.summary == f'{{"item":{item.id}}}'  # not even the kind
    svc.remove_sensitive(desks["staff"], sid, item.id)
    assert svc.view_sensitive(desks["staff"], sid) == []
    assert len(_audit(desks["manager"], "subject.sensitive_removed")) == 1


def test_sensitive_item_with_consent_has_a_basis(desks: dict[str, Desk]) -> None:
    sid = svc.create_subject(desks["staff"], SubjectData(legal_name="同意\u3000あり")).id
    with desks["manager"].uow(write=True) as s:
        consent = ConsentRecord(
            subject_id=sid,
            scope="sensitive",
            given_on=date(2026, 1, 5),
            method="paper",
            created_at=now(),
        )
        s.add(consent)
        s.flush()
        consent_id = consent.id
    item = svc.add_sensitive(desks["staff"], sid, "disability", consent_id=consent_id)
    assert item.has_basis and item.consent_id == consent_id
    assert svc.sensitive_without_basis(desks["staff"]) == []


def test_viewers_cannot_filter_by_sensitive(desks: dict[str, Desk]) -> None:
    with pytest.raises(NotAllowed):
        svc.list_page(desks["viewer"], filters=PageFilter(has_sensitive=True))
    with pytest.raises(NotAllowed):
        svc.count_page(desks["viewer"], PageFilter(has_sensitive=False))
    assert svc.count_page(desks["staff"], PageFilter(has_sensitive=True)) == 0
    assert svc.list_page(desks["viewer"], "birth_date", False, PageFilter(category="会員")) == []


def test_duplicates_offered_and_confirmed(desks: dict[str, Desk]) -> None:
    staff = desks["staff"]
    data = SubjectData(legal_name="髙橋\u3000﨑子", birth_date=date(1980, 5, 5))
    first = svc.create_subject(staff, data).id
    again = replace(data, legal_name="高橋崎子")
    assert [r.id for r in svc.likely_duplicates(staff, again)] == [first]
    with pytest.raises(InvalidInput) as info:
        svc.create_subject(staff, again)
    assert info.value.code == "subjects.likely_duplicate"
    assert info.value.params["existing_id"] == first
    assert str(first) in render(info.value.code, "ja", **info.value.params)
    second = svc.create_subject(staff, again, allow_duplicate=True).id
    assert second != first
    created = _audit(staff, "subject.created")
    assert [e.summary for e in created] == ['{"allow_duplicate":false}', '{"allow_duplicate":true}']


def test_validation_messages_render_in_both_languages(desks: dict[str, Desk]) -> None:
    bad = SubjectData(
        legal_name="",
        birth_date=date(2020, 1, 1),
        email="no-at-sign",
        phone="電話",
        postal_code="12",
    )
    with pytest.raises(InvalidInput) as info:
        svc.create_subject(desks["staff"], bad)
    problems = {f: (code, params) for f, code, params in info.value.problems}
    assert set(problems) == {"legal_name", "email", "phone", "postal_code", "representative_name"}
    code, params = problems["representative_name"]
    assert render(code, "ja", **params) == "16 歳未満の方には法定代理人の氏名が必要です。"
    assert "under 16" in render(code, "en", **params)
    for code, params in problems.values():
        for lang in ("ja", "en"):
            assert render(code, lang, **params) != code
    # The office's minor age applies at once.
    profile.set_setting(desks["manager"], "subjects.minor_age", 6)
    svc.create_subject(desks["staff"], SubjectData(legal_name="子", birth_date=date(2019, 1, 1)))


def test_links_to_register_entries(desks: dict[str, Desk]) -> None:
    sid = svc.create_subject(desks["staff"], SubjectData(legal_name="会員\u3000一")).id
    with desks["manager"].uow(write=True) as s:
        entry = RegisterEntry(name="会員情報", created_at=now(), updated_at=now())
        s.add(entry)
        s.flush()
        entry_id = entry.id
    assert svc.link_entry(desks["staff"], sid, entry_id)
    assert not svc.link_entry(desks["staff"], sid, entry_id)
    with pytest.raises(NotAllowed):
        svc.link_entry(desks["viewer"], sid, entry_id)
    detail = svc.get_subject(desks["viewer"], sid)
    assert [(e.id, e.name) for e in detail.entries] == [(entry_id, "会員情報")]
    assert svc.unlink_entry(desks["manager"], sid, entry_id)
    assert svc.get_subject(desks["staff"], sid).entries == []
    linked = _audit(desks["manager"], "subject.entry_linked")
    assert [e.summary for e in linked] == [f'{{"entry":{entry_id}}}']


def test_no_names_in_audit_or_logs(
    desks: dict[str, Desk], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    staff = desks["staff"]
    data = SubjectData(
        legal_name=SECRET_NAME, reading="サトウ ハナコ", email="sato.hanako@example.jp"
    )
    sid = svc.create_subject(staff, data).id
    svc.update_subject(staff, sid, replace(data, alias="Hanako", address="Tokyo Chiyoda 1-1"))
    svc.search(staff, "sato")
    svc.add_sensitive(staff, sid, "creed", "Hanako's creed")
    svc.view_sensitive(desks["manager"], sid)
    with pytest.raises(InvalidInput):
        svc.create_subject(staff, replace(data, email="Sato Hanako@bad"))
    with desks["manager"].uow() as s:
        entries = list(s.scalars(select(AuditEntry)))
    text = "\n".join(f"{e.action} {e.record_type} {e.record_id} {e.summary}" for e in entries)
    assert "subject.created" in text and "subject.updated" in text
    for value in ("Sato", "Hanako", "sato.hanako", "Tokyo", "サトウ", 'creed"'):
        assert value not in text, value
        assert value not in caplog.text, value


def test_search_paging_and_limits(desks: dict[str, Desk]) -> None:
    staff = desks["staff"]
    ids = [
        svc.create_subject(staff, SubjectData(legal_name=f"林\u3000{i}", reading=f"ハヤシ {i}")).id
        for i in range(5)
    ]
    assert [r.id for r in svc.search(staff, "林", limit=3)] == ids[:3]
    assert [r.id for r in svc.search(staff, "林", limit=3, offset=3)] == ids[3:]
    assert svc.count(staff, "林") == 5
    with pytest.raises(InvalidInput):
        svc.search(staff, "林", limit=10**9)
    assert desks["staff"].context.role == Role.STAFF
