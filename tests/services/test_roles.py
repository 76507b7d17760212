"""Every service declares its roles; every other role gets NotAllowed (exit code 8)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from datetime import date as _date
from datetime import datetime as _datetime
from datetime import timedelta as _timedelta
from pathlib import Path
from typing import Any

import pytest

from privacydesk.errors import ExitCode, InvalidInput, NotAllowed
from privacydesk.services import (
    accounts,
    audit,
    auth,
    backup,
    board,
    complaints,
    consent,
    contractors,
    dashboard,
    demo,
    documents,
    incidents,
    notice_check,
    profile,
    provisions,
    register,
    requests,
    retention,
    roles,
    rotation,
    subjects,
    transfer,
)
from privacydesk.services.desk import Desk
from privacydesk.services.documents import Addressee, Calibration
from privacydesk.services.roles import ACTIONS, actions_for, allowed_roles
from privacydesk.storage.models import Account, Purpose, RegisterEntry, Subject, SubjectEntry

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as in tests/conftest.py
MANAGER = "kanri"
PASSWORD = "correct horse battery"

STAFF = "tantou"
VIEWER = "etsuran"
USERS = {"manager": MANAGER, "staff": STAFF, "viewer": VIEWER}
NEW_PASSWORD = "another long passphrase"


@dataclass
class Office:
    tmp: Path
    db: Path
    backups: Path
    manager: Desk  # the manager's own desk, for setting things up
    desks: dict[str, Desk]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    folder = tmp_path / "office"
    folder.mkdir()
    db = folder / "privacydesk.db"
    backups = tmp_path / "backups"
    desk, _sheet = auth.create_database(db, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=backups)
    accounts.add_user(desk, STAFF, "staff", PASSWORD)
    accounts.add_user(desk, VIEWER, "viewer", PASSWORD)
    desks = {
        "manager": desk,
        "staff": auth.sign_in(db, STAFF, PASSWORD),
        "viewer": auth.sign_in(db, VIEWER, PASSWORD),
    }
    yield Office(tmp_path, db, backups, desk, desks)
    for d in desks.values():
        d.close()


def _with_profile(o: Office) -> None:
    profile.save_profile(o.manager, profile.ProfileData(name="特定非営利活動法人 ひまわり"))


def _profiled(*args: Any) -> Callable[[Office, str], tuple[Any, ...]]:
    def build(o: Office, r: str) -> tuple[Any, ...]:
        _with_profile(o)
        return args

    return build


def _purpose(o: Office, role: str) -> int:
    n = len(register.list_purposes(o.manager))
    return register.create_purpose(
        o.manager, register.PurposeData("a.", f"目的 {role} {n}", "members")
    ).id


def _notice(role: str) -> register.NoticeData:
    return register.NoticeData(f"第{role}版", "", date(2026, 4, 1), "")


def _subject(o: Office, r: str) -> int:
    data = subjects.SubjectData(legal_name=f"本人 {r}")
    return subjects.create_subject(o.manager, data, allow_duplicate=True).id


def _entry(o: Office) -> int:
    data = register.EntryData(name=f"会員情報 {len(register.list_entries(o.manager).rows)}")
    return register.create_entry(o.manager, data).id


def _sensitive_item(o: Office, r: str) -> tuple[Any, ...]:
    sid = _subject(o, r)
    return sid, subjects.add_sensitive(o.manager, sid, "race").id


def _first_backup(o: Office) -> Path:
    return sorted(o.backups.iterdir())[0]


def _disable_target(o: Office, role: str) -> tuple[Any, ...]:
    name = f"target_{role}"
    accounts.add_user(o.manager, name, "viewer", PASSWORD)
    return (name,)


# (function, args builder). Builders run as the manager, before the call under test.
CALLS: dict[str, tuple[Callable[..., Any], Callable[[Office, str], tuple[Any, ...]]]] = {
    "accounts.add_user": (
        accounts.add_user,
        lambda o, r: (f"added_{r}", "staff", PASSWORD),
    ),
    "accounts.disable_user": (accounts.disable_user, _disable_target),
    "accounts.reset_password": (accounts.reset_password, lambda o, r: (STAFF, NEW_PASSWORD)),
    "accounts.change_own_password": (
        accounts.change_own_password,
        lambda o, r: (PASSWORD, PASSWORD),
    ),
    "accounts.change_role": (
        accounts.change_role,
        lambda o, r: (_disable_target(o, "role_" + r)[0], "staff"),
    ),
    "accounts.list_users": (accounts.list_users, lambda o, r: ()),
    "audit.check": (audit.check, lambda o, r: ()),
    "audit.acknowledge_break": (audit.acknowledge_break, lambda o, r: ()),
    "audit.list_entries": (audit.list_entries, lambda o, r: ()),
    "audit.actor_names": (audit.actor_names, lambda o, r: ()),
    "backup.backup_now": (backup.backup_now, lambda o, r: ("manual", o.backups)),
    "backup.list_backups": (backup.list_backups, lambda o, r: (o.backups,)),
    "backup.last_good_backup": (backup.last_good_backup, lambda o, r: ()),
    "backup.backup_owed_after_key_change": (
        backup.backup_owed_after_key_change,
        lambda o, r: (),
    ),
    "backup.backup_is_stale": (backup.backup_is_stale, lambda o, r: ()),
    "backup.restore_backup": (
        backup.restore_backup,
        lambda o, r: (_first_backup(o), o.tmp / f"restored_{r}.db"),
    ),
    "dashboard.items": (dashboard.items, lambda o, r: ()),
    "demo.fill": (demo.fill, lambda o, r: (10,)),
    "profile.get_profile": (profile.get_profile, lambda o, r: ()),
    "profile.save_profile": (
        profile.save_profile,
        lambda o, r: (profile.ProfileData(name=f"法人 {r}"),),
    ),
    "profile.get_settings": (profile.get_settings, lambda o, r: ()),
    "profile.set_setting": (profile.set_setting, lambda o, r: ("backup.generations", 5)),
    # The register (services/register.py).
    "register.list_entries": (register.list_entries, lambda o, r: ()),
    "register.entry_departments": (register.entry_departments, lambda o, r: ()),
    "register.get_entry": (register.get_entry, lambda o, r: (1,)),
    "register.create_entry": (
        register.create_entry,
        lambda o, r: (register.EntryData(name=f"台帳 {r}"),),
    ),
    "register.update_entry": (
        register.update_entry,
        lambda o, r: (1, register.get_entry(o.manager, 1).data),
    ),
    "register.retire_entry": (
        register.retire_entry,
        lambda o, r: (register.create_entry(o.manager, register.EntryData(name=f"廃止 {r}")).id,),
    ),
    "register.reactivate_entry": (register.reactivate_entry, lambda o, r: (1,)),
    "register.record_review": (register.record_review, lambda o, r: (1, "")),
    "register.sign_off_review": (
        register.sign_off_review,
        lambda o, r: (register.record_review(o.manager, 1, "").id,),
    ),
    "register.reviews_awaiting_sign_off": (register.reviews_awaiting_sign_off, lambda o, r: ()),
    "register.entries_not_reviewed": (register.entries_not_reviewed, lambda o, r: ()),
    "register.list_purposes": (register.list_purposes, lambda o, r: ()),
    "register.create_purpose": (
        register.create_purpose,
        lambda o, r: (register.PurposeData("a.", f"目的 {r}", "members"),),
    ),
    "register.change_purpose": (
        register.change_purpose,
        lambda o, r: (_purpose(o, r), f"変更後の目的 {r}", None, "", False),
    ),
    "register.purpose_history": (register.purpose_history, lambda o, r: (_purpose(o, r),)),
    "register.retire_purpose": (register.retire_purpose, lambda o, r: (_purpose(o, r),)),
    "register.list_notices": (register.list_notices, lambda o, r: ()),
    "register.get_notice": (
        register.get_notice,
        lambda o, r: (register.create_notice(o.manager, _notice(r)).id,),
    ),
    "register.create_notice": (register.create_notice, lambda o, r: (_notice(r),)),
    "register.current_notice": (register.current_notice, lambda o, r: ()),
    "subjects.search": (subjects.search, lambda o, r: ("本人",)),
    "subjects.count": (subjects.count, lambda o, r: ("本人",)),
    "subjects.list_page": (subjects.list_page, lambda o, r: ()),
    "subjects.count_page": (subjects.count_page, lambda o, r: ()),
    "subjects.get_subject": (subjects.get_subject, lambda o, r: (_subject(o, r),)),
    "subjects.likely_duplicates": (
        subjects.likely_duplicates,
        lambda o, r: (subjects.SubjectData(legal_name="本人"),),
    ),
    "subjects.create_subject": (
        subjects.create_subject,
        lambda o, r: (subjects.SubjectData(legal_name=f"新規 {r}"),),
    ),
    "subjects.update_subject": (
        subjects.update_subject,
        lambda o, r: (_subject(o, r), subjects.SubjectData(legal_name=f"変更 {r}")),
    ),
    "subjects.link_entry": (subjects.link_entry, lambda o, r: (_subject(o, r), _entry(o))),
    "subjects.unlink_entry": (subjects.unlink_entry, lambda o, r: (_subject(o, r), _entry(o))),
    "subjects.view_sensitive": (subjects.view_sensitive, lambda o, r: (_subject(o, r),)),
    "subjects.add_sensitive": (
        subjects.add_sensitive,
        lambda o, r: (_subject(o, r), "medical_history"),
    ),
    "subjects.remove_sensitive": (subjects.remove_sensitive, _sensitive_item),
    "subjects.sensitive_without_basis": (subjects.sensitive_without_basis, lambda o, r: ()),
    "documents.blank_form": (documents.blank_form, _profiled("request")),
    "documents.list_templates": (documents.list_templates, lambda o, r: ()),
    "documents.template_text": (documents.template_text, lambda o, r: ("form-cover",)),
    "documents.preview": (documents.preview, _profiled("form-cover")),
    "documents.save_template": (
        documents.save_template,
        _profiled("form-cover", documents.templates.default_text("form-cover")),
    ),
    "documents.restore_default_template": (
        documents.restore_default_template,
        lambda o, r: ("form-cover",),
    ),
    "documents.issue_cover_letter": (
        documents.issue_cover_letter,
        _profiled(
            Addressee(name="山田 花子", postal_code="100-0001", address="東京都千代田区1-1"),
            ["開示等請求書 1部"],
        ),
    ),
    "documents.save_pdf": (
        documents.save_pdf,
        lambda o, r: ("form.request", b"%PDF-1.4", o.tmp / f"saved_{r}.pdf"),
    ),
    "documents.record_printed": (documents.record_printed, lambda o, r: ("form.request",)),
    "documents.envelope_settings": (documents.envelope_settings, lambda o, r: ()),
    "documents.accepted_identity_documents": (
        documents.accepted_identity_documents,
        lambda o, r: (),
    ),
    "documents.save_envelope_settings": (
        documents.save_envelope_settings,
        lambda o, r: (Calibration(), "omitted"),
    ),
}


def _person(o: Office, r: str) -> tuple[int, int]:
    """A person (in an entry kept 12 months, last updated in 2020) and a purpose."""
    old = _datetime(2020, 4, 1)
    with o.manager.uow(write=True) as s:
        e = RegisterEntry(name="会員情報", retention_months=12, created_at=old, updated_at=old)
        p = Purpose(text="会報の送付", created_at=old)
        person = Subject(legal_name=f"本人 {r}", created_at=old, updated_at=old)
        s.add_all([e, p, person])
        s.flush()
        s.add(SubjectEntry(subject_id=person.id, entry_id=e.id))
        return person.id, p.id


def _consent_input(o: Office, r: str) -> tuple[Any, ...]:
    person, p = _person(o, r)
    return (consent.ConsentInput(person, "purpose", _date(2025, 4, 1), "paper", purpose_id=p),)


def _consent_id(o: Office, r: str) -> int:
    return consent.record_consent(o.manager, *_consent_input(o, r)).id


def _provision_input() -> provisions.ProvisionInput:
    return provisions.ProvisionInput(
        "provided",
        _date(2025, 1, 1),
        "社会福祉法人 A",
        "consent",
        "氏名",
        record_form="batch",
        consent_note="書面で同意取得",
    )


def _record_id(o: Office) -> int:
    return provisions.create_record(o.manager, _provision_input()).id


def _form_args(o: Office, r: str) -> tuple[Any, ...]:
    _with_profile(o)
    return ([_person(o, r)[1]],)


def _hold_id(o: Office, r: str) -> int:
    return retention.set_hold(o.manager, "subject", _person(o, r)[0], "紛争中").id


CALLS.update(
    {
        "consent.record_consent": (consent.record_consent, _consent_input),
        "consent.withdraw_consent": (
            consent.withdraw_consent,
            lambda o, r: (_consent_id(o, r), consent.Withdrawal(_date(2025, 5, 1), "paper")),
        ),
        "consent.get_consent": (consent.get_consent, lambda o, r: (_consent_id(o, r),)),
        "consent.consents_of": (consent.consents_of, lambda o, r: (_person(o, r)[0],)),
        "consent.consent_counts": (
            consent.consent_counts,
            lambda o, r: (_date(2025, 4, 1), _date(2026, 3, 31)),
        ),
        "consent.consent_status_counts": (consent.consent_status_counts, lambda o, r: ()),
        "consent.consent_form": (consent.consent_form, _form_args),
        "consent.preview_consent_form": (consent.preview_consent_form, _profiled()),
        "provisions.check_record_needed": (
            provisions.check_record_needed,
            lambda o, r: ("outsourcing", True),
        ),
        "provisions.create_record": (provisions.create_record, lambda o, r: (_provision_input(),)),
        "provisions.record_further_provision": (
            provisions.record_further_provision,
            lambda o, r: (_record_id(o), _date(2025, 6, 1)),
        ),
        "provisions.link_subjects": (
            provisions.link_subjects,
            lambda o, r: (_record_id(o), [_person(o, r)[0]]),
        ),
        "provisions.unlink_subjects": (
            provisions.unlink_subjects,
            lambda o, r: (_record_id(o), [_person(o, r)[0]]),
        ),
        "provisions.get_record": (provisions.get_record, lambda o, r: (_record_id(o),)),
        "provisions.subjects_of_record": (
            provisions.subjects_of_record,
            lambda o, r: (_record_id(o),),
        ),
        "provisions.records_of_subject": (
            provisions.records_of_subject,
            lambda o, r: (_person(o, r)[0],),
        ),
        "provisions.list_records": (provisions.list_records, lambda o, r: ()),
        "provisions.records_past_keep_until": (provisions.records_past_keep_until, lambda o, r: ()),
        "retention.set_hold": (
            retention.set_hold,
            lambda o, r: ("subject", _person(o, r)[0], "紛争中"),
        ),
        "retention.release_hold": (retention.release_hold, lambda o, r: (_hold_id(o, r),)),
        "retention.active_holds": (retention.active_holds, lambda o, r: ()),
        "retention.holds_of": (retention.holds_of, lambda o, r: ("subject", _person(o, r)[0])),
        "retention.blocking_holds": (
            retention.blocking_holds,
            lambda o, r: ("subject", _person(o, r)[0]),
        ),
        "retention.past_retention": (retention.past_retention, lambda o, r: ()),
        "retention.past_counts": (retention.past_counts, lambda o, r: ()),
        "retention.dispose": (
            retention.dispose,
            lambda o, r: ([_person(o, r)[0]], [], "delete", True),
        ),
    }
)


def _import_file(o: Office, r: str) -> tuple[Any, ...]:
    path = o.tmp / f"import_{r}.csv"
    path.write_text(f"氏名,生年月日\n取込 {r},1980-01-01\n", encoding="utf-8")
    return ("subjects", path)


CALLS.update(
    {
        "transfer.preview_import": (transfer.preview_import, _import_file),
        "transfer.import_file": (transfer.import_file, _import_file),
        "transfer.export_csv": (
            transfer.export_csv,
            lambda o, r: ("subjects", o.tmp / f"export_{r}.csv"),
        ),
    }
)


# -- data-subject requests --------------------------------------------------------------------
_TODAY = _date.today()


def _request(o: Office, r: str, *types: str, ready: bool = False, electronic: bool = False) -> int:
    profile.save_profile(
        o.manager, profile.ProfileData(name="特定非営利活動法人 ひまわり", fee_yen=1000)
    )
    person = subjects.create_subject(
        o.manager,
        subjects.SubjectData(
            legal_name=f"請求者 {r}", postal_code="150-0001", address="東京都渋谷区1-1"
        ),
        allow_duplicate=True,
    ).id
    data = requests.RequestInput(
        received_on=_TODAY,
        subject_id=person,
        types=[
            requests.TypeInput(x, "electronic" if electronic else "")
            for x in types or ("correction",)
        ],
        entry_ids=[_entry(o)],
    )
    rid = requests.receive(o.manager, data)
    if ready:
        requests.record_identity(o.manager, rid, True, confirmed_address="東京都渋谷区1-1")
        due = requests.get(o.manager, rid).fee_due
        if due:
            requests.record_fee(o.manager, rid, due, _TODAY)
    return rid


def _covered(o: Office, rid: int) -> int:
    return requests.get(o.manager, rid).entries[0].entry_id


def _extract_file(o: Office, r: str) -> Path:
    path = o.tmp / f"extract_{r}.csv"
    path.write_text("会員番号,氏名\nM-1,請求者\n", encoding="utf-8")
    return path


def _decided(o: Office, r: str) -> int:
    rid = _request(o, r, ready=True)
    requests.decide(o.manager, rid, requests.Decision("correction", "done", changes="住所を訂正"))
    return rid


def _electronic(o: Office, r: str) -> int:
    rid = _request(o, r, "disclosure", ready=True, electronic=True)
    requests.set_extract(o.manager, rid, _covered(o, rid), "抽出", ["氏名"], [["請求者"]])
    requests.decide(o.manager, rid, requests.Decision("disclosure", "full"))
    return rid


def _lapsing(o: Office, r: str) -> tuple[Any, ...]:
    rid = _request(o, r)
    requests.record_identity(o.manager, rid, False, ["person_id"], _TODAY)
    return rid, _TODAY + _timedelta(days=1)


def _mailing(o: Office, r: str) -> int:
    rid = _request(o, r)
    requests.letter(o.manager, rid, "acknowledgement")
    return requests.record_mailing(o.manager, rid, "acknowledgement", "ordinary", _TODAY)


def _document(o: Office, r: str) -> tuple[Any, ...]:
    rid = _request(o, r)
    return rid, requests.add_document(o.manager, rid, "person", "driver_licence", _TODAY)


CALLS.update(
    {
        "requests.list_requests": (requests.list_requests, lambda o, r: ()),
        "requests.get": (requests.get, lambda o, r: (_request(o, r),)),
        "requests.due_soon": (requests.due_soon, lambda o, r: ()),
        "requests.identity_gaps": (requests.identity_gaps, lambda o, r: (_request(o, r),)),
        "requests.mailing_log": (requests.mailing_log, lambda o, r: ()),
        "requests.receive": (
            requests.receive,
            lambda o, r: (
                requests.RequestInput(_TODAY, _subject(o, r), [requests.TypeInput("purpose")]),
            ),
        ),
        "requests.set_entries": (
            requests.set_entries,
            lambda o, r: (_request(o, r), [_entry(o)]),
        ),
        "requests.add_document": (
            requests.add_document,
            lambda o, r: (_request(o, r), "person", "passport", _TODAY),
        ),
        "requests.remove_document": (requests.remove_document, _document),
        "requests.record_identity": (
            requests.record_identity,
            lambda o, r: (_request(o, r), True),
        ),
        "requests.record_fee": (
            requests.record_fee,
            lambda o, r: (_request(o, r, "disclosure"), 500, _TODAY),
        ),
        "requests.set_fee_due": (requests.set_fee_due, lambda o, r: (_request(o, r), 0)),
        "requests.decide": (
            requests.decide,
            lambda o, r: (
                _request(o, r, ready=True),
                requests.Decision("correction", "not_done", reason="事実に相違ないため"),
            ),
        ),
        "requests.clear_decision": (
            requests.clear_decision,
            lambda o, r: (_decided(o, r), "correction"),
        ),
        "requests.identity_lapsed": (requests.identity_lapsed, _lapsing),
        "requests.import_extract": (
            requests.import_extract,
            lambda o, r: (
                (rid := _request(o, r, "disclosure")),
                _covered(o, rid),
                _extract_file(o, r),
            ),
        ),
        "requests.set_extract": (
            requests.set_extract,
            lambda o, r: ((rid := _request(o, r)), _covered(o, rid), "抽出", ["a"], [["1"]]),
        ),
        "requests.set_enclosure": (
            requests.set_enclosure,
            lambda o, r: ((rid := _request(o, r)), _covered(o, rid), "相談記録の写し"),
        ),
        "requests.set_withheld": (
            requests.set_withheld,
            lambda o, r: ((rid := _request(o, r)), _covered(o, rid), [("相談メモ", "harm")]),
        ),
        "requests.set_route": (requests.set_route, lambda o, r: (_request(o, r), "", "")),
        "requests.set_delivery": (
            requests.set_delivery,
            lambda o, r: (_request(o, r), "counter_pickup"),
        ),
        "requests.approve": (requests.approve, lambda o, r: (_request(o, r),)),
        "requests.letter": (requests.letter, lambda o, r: (_request(o, r), "acknowledgement")),
        "requests.letter_problem": (
            requests.letter_problem,
            lambda o, r: (_request(o, r), "acknowledgement"),
        ),
        "requests.disclose_electronic": (
            requests.disclose_electronic,
            lambda o, r: (_electronic(o, r),),
        ),
        "requests.record_mailing": (
            requests.record_mailing,
            lambda o, r: (_request(o, r), "acknowledgement", "ordinary", _TODAY),
        ),
        "requests.mark_mailing": (
            requests.mark_mailing,
            lambda o, r: (_mailing(o, r), "returned", _TODAY),
        ),
        "requests.withdraw": (
            requests.withdraw,
            lambda o, r: (_request(o, r), "withdrawn_by_requester"),
        ),
        "requests.close": (requests.close, lambda o, r: (_decided(o, r),)),
        "requests.past_retention": (requests.past_retention, lambda o, r: ()),
        "requests.dispose": (requests.dispose, lambda o, r: ([],)),
    }
)


# -- contractors -------------------------------------------------------------------------------


def _contractor(o: Office, r: str = "") -> int:
    return contractors.create(
        o.manager, contractors.ContractorData(name=f"委託先 {r}", status="active")
    )


def _open_review(o: Office, r: str) -> tuple[int, int]:
    rid = contractors.start_review(o.manager, _contractor(o, r), "periodic")
    return rid, contractors.review(o.manager, rid)[1].questions[0].id


def _answered_review(o: Office, r: str) -> int:
    rid, _q = _open_review(o, r)
    for q in contractors.review(o.manager, rid)[1].questions:
        contractors.answer(o.manager, rid, q.id, "yes")
    return rid


def _cert(o: Office, r: str) -> tuple[int, int]:
    cid = _contractor(o, r)
    return cid, contractors.add_certification(o.manager, cid, "pmark", "", _TODAY)


def _followup(o: Office, r: str) -> int:
    return contractors.add_followup(o.manager, _contractor(o, r), "報告書の提出", "", _TODAY)


def _draft(o: Office, r: str) -> int:
    return contractors.save_checklist_draft(
        o.manager, "periodic", f"改訂 {r}", [("basic_policy", "bp.x", "質問")]
    )


CALLS.update(
    {
        "contractors.list_contractors": (contractors.list_contractors, lambda o, r: ()),
        "contractors.get": (contractors.get, lambda o, r: (_contractor(o, r),)),
        "contractors.duplicate_candidates": (contractors.duplicate_candidates, lambda o, r: ()),
        "contractors.attention": (contractors.attention, lambda o, r: ()),
        "contractors.review": (contractors.review, lambda o, r: (_open_review(o, r)[0],)),
        "contractors.checklist_templates": (
            contractors.checklist_templates,
            lambda o, r: ("selection",),
        ),
        "contractors.create": (
            contractors.create,
            lambda o, r: (contractors.ContractorData(name=f"新規 {r}"),),
        ),
        "contractors.update": (
            contractors.update,
            lambda o, r: (
                (cid := _contractor(o, r)),
                contractors.get(o.manager, cid).data,
            ),
        ),
        "contractors.set_entries": (
            contractors.set_entries,
            lambda o, r: (_contractor(o, r), [(_entry(o), "氏名")]),
        ),
        "contractors.add_certification": (
            contractors.add_certification,
            lambda o, r: (_contractor(o, r), "isms"),
        ),
        "contractors.remove_certification": (contractors.remove_certification, _cert),
        "contractors.add_deletion_certificate": (
            contractors.add_deletion_certificate,
            lambda o, r: (_contractor(o, r), _TODAY, "全データ"),
        ),
        "contractors.end_contract": (
            contractors.end_contract,
            lambda o, r: (_contractor(o, r), _TODAY, "deleted"),
        ),
        "contractors.start_review": (
            contractors.start_review,
            lambda o, r: (_contractor(o, r), "selection"),
        ),
        "contractors.answer": (
            contractors.answer,
            lambda o, r: (*_open_review(o, r), "yes"),
        ),
        "contractors.finish_review": (
            contractors.finish_review,
            lambda o, r: (_answered_review(o, r), "fit"),
        ),
        "contractors.delete_review": (
            contractors.delete_review,
            lambda o, r: (_open_review(o, r)[0],),
        ),
        "contractors.add_followup": (
            contractors.add_followup,
            lambda o, r: (_contractor(o, r), "改善報告", "担当", _TODAY),
        ),
        "contractors.close_followup": (
            contractors.close_followup,
            lambda o, r: (_followup(o, r), _TODAY, "完了"),
        ),
        "contractors.merge": (
            contractors.merge,
            lambda o, r: (_contractor(o, r + "a"), _contractor(o, r + "b")),
        ),
        "contractors.save_checklist_draft": (
            contractors.save_checklist_draft,
            lambda o, r: ("periodic", f"案 {r}", [("basic_policy", "bp.y", "質問")]),
        ),
        "contractors.discard_checklist_draft": (
            contractors.discard_checklist_draft,
            lambda o, r: (_draft(o, r),),
        ),
        "contractors.publish_checklist": (
            contractors.publish_checklist,
            lambda o, r: (_draft(o, r),),
        ),
        "contractors.checklist_pdf": (
            contractors.checklist_pdf,
            lambda o, r: (_contractor(o, r),),
        ),
    }
)


# -- complaints and incidents --------------------------------------------------------------------


def _complaint(o: Office, r: str) -> int:
    data = complaints.ComplaintInput(_datetime(2026, 11, 20, 10), "phone", "handling", f"苦情 {r}")
    return complaints.receive(o.manager, data)


def _incident(o: Office, r: str, **kw: Any) -> int:
    data = incidents.IncidentData(known_on=_TODAY, description=f"事案 {r}", **kw)
    return incidents.create(o.manager, data)


def _closed_incident(o: Office, r: str) -> int:
    iid = _incident(o, r)
    incidents.close(o.manager, iid)
    return iid


CALLS.update(
    {
        "complaints.list_complaints": (complaints.list_complaints, lambda o, r: ()),
        "complaints.get": (complaints.get, lambda o, r: (_complaint(o, r),)),
        "complaints.attention": (complaints.attention, lambda o, r: ()),
        "complaints.receive": (
            complaints.receive,
            lambda o, r: (
                complaints.ComplaintInput(_datetime(2026, 11, 20, 10), "post", "other", "内容"),
            ),
        ),
        "complaints.update": (
            complaints.update,
            lambda o, r: (_complaint(o, r), {"category": "staff"}),
        ),
        "complaints.move": (
            complaints.move,
            lambda o, r: (_complaint(o, r), "investigating"),
        ),
        "complaints.set_links": (
            complaints.set_links,
            lambda o, r: (_complaint(o, r), [], [], []),
        ),
        "complaints.add_action": (
            complaints.add_action,
            lambda o, r: (_complaint(o, r), _TODAY, "事情を聴取"),
        ),
        "complaints.past_retention": (complaints.past_retention, lambda o, r: ()),
        "complaints.dispose": (complaints.dispose, lambda o, r: ([],)),
        "incidents.list_incidents": (incidents.list_incidents, lambda o, r: ()),
        "incidents.get": (incidents.get, lambda o, r: (_incident(o, r),)),
        "incidents.judge": (
            incidents.judge,
            lambda o, r: (incidents.IncidentData(known_on=_TODAY, sensitive=True),),
        ),
        "incidents.create": (
            incidents.create,
            lambda o, r: (incidents.IncidentData(known_on=_TODAY),),
        ),
        "incidents.update": (
            incidents.update,
            lambda o, r: (_incident(o, r), incidents.IncidentData(known_on=_TODAY, persons=3)),
        ),
        "incidents.record_step": (
            incidents.record_step,
            lambda o, r: (_incident(o, r, sensitive=True), "preliminary", _TODAY),
        ),
        "incidents.close": (incidents.close, lambda o, r: (_incident(o, r),)),
        "incidents.reopen": (incidents.reopen, lambda o, r: (_closed_incident(o, r),)),
        "incidents.attention": (incidents.attention, lambda o, r: ()),
    }
)


def _notice_args(o: Office, r: str) -> tuple[Any, ...]:
    _with_profile(o)
    person = subjects.create_subject(
        o.manager,
        subjects.SubjectData(
            legal_name=f"通知先 {r}", postal_code="150-0001", address="東京都渋谷区1-1"
        ),
        allow_duplicate=True,
    ).id
    return _incident(o, r, sensitive=True), person


CALLS.update(
    {
        "incidents.summary_pdf": (
            incidents.summary_pdf,
            lambda o, r: (_incident(o, r, sensitive=True),),
        ),
        "incidents.notice_letter": (incidents.notice_letter, _notice_args),
    }
)


# -- the notice checked against the register ------------------------------------------------


_POLICY = "個人情報保護方針\n利用目的：会報の送付のため\n"


def _policy_version(o: Office, r: str) -> int:
    return register.create_notice(
        o.manager, register.NoticeData(f"方針 {r}", _POLICY, _date(2026, 4, 1), "")
    ).id


def _passage(o: Office, r: str) -> int:
    return notice_check.tag_passage(o.manager, _policy_version(o, r), "purpose", "会報の送付のため")


def _notice_file(o: Office, r: str) -> tuple[Any, ...]:
    path = o.tmp / f"policy_{r}.txt"
    path.write_text(_POLICY, encoding="utf-8")
    return path, f"方針 {r}", _date(2026, 4, 1)


CALLS.update(
    {
        "notice_check.check": (notice_check.check, lambda o, r: ()),
        "notice_check.passages": (notice_check.passages, lambda o, r: (_policy_version(o, r),)),
        "notice_check.register_items": (notice_check.register_items, lambda o, r: ()),
        "notice_check.differences": (
            notice_check.differences,
            lambda o, r: (_policy_version(o, r), _policy_version(o, r + "b")),
        ),
        "notice_check.tag_passage": (
            notice_check.tag_passage,
            lambda o, r: (_policy_version(o, r), "purpose", "会報の送付のため"),
        ),
        "notice_check.untag_passage": (notice_check.untag_passage, lambda o, r: (_passage(o, r),)),
        "notice_check.link": (notice_check.link, lambda o, r: ("security:", _passage(o, r))),
        "notice_check.unlink": (notice_check.unlink, lambda o, r: ("security:", _passage(o, r))),
        "notice_check.accept_suggestions": (notice_check.accept_suggestions, lambda o, r: ()),
        "notice_check.import_notice": (notice_check.import_notice, _notice_file),
    }
)


# -- the organisation's own compliance: staff, the self-check, internal audits -------------------

from privacydesk.services import internal_audits, self_check, staff  # noqa: E402


def _st_member(o: Office, r: str) -> int:
    return staff.create(o.manager, staff.StaffData(name=f"職員 {r}"))


def _st_training(o: Office, r: str) -> int:
    held = _TODAY - _timedelta(days=30)  # held already: attendance may be recorded
    return staff.create_training(o.manager, staff.TrainingData(held, f"研修 {r}"))


def _st_sheet(o: Office, r: str) -> tuple[Any, ...]:
    _with_profile(o)
    return (_st_training(o, r),)


def _st_pledge(o: Office, r: str) -> int:
    return staff.add_pledge(o.manager, _st_member(o, r), _TODAY)


def _sc_no_open_check(o: Office) -> tuple[Any, ...]:
    open_id = self_check.status(o.manager).open_id
    if open_id is not None:
        self_check.discard(o.manager, open_id)
    return ()


def _sc_open_check(o: Office) -> int:
    open_id = self_check.status(o.manager).open_id
    return open_id if open_id is not None else self_check.start(o.manager)


def _sc_question(o: Office) -> tuple[int, int]:
    cid = _sc_open_check(o)
    return cid, self_check.get(o.manager, cid).template.questions[0].id


def _sc_answered_check(o: Office) -> int:
    cid = _sc_open_check(o)
    detail = self_check.get(o.manager, cid)
    for q in detail.template.questions:
        self_check.answer(o.manager, cid, q.id, "yes")
    return cid


def _sc_action(o: Office, r: str) -> int:
    return self_check.add_action(o.manager, _sc_open_check(o), f"是正 {r}", "担当", _TODAY)


def _ia_plan(r: str) -> internal_audits.AuditPlan:
    return internal_audits.AuditPlan(_TODAY, f"総務 {r}", "other_department", "会員名簿")


def _ia_audit(o: Office, r: str) -> int:
    return internal_audits.plan(o.manager, _ia_plan(r))


def _ia_done_audit(o: Office, r: str) -> int:
    aid = _ia_audit(o, r)
    internal_audits.record_done(o.manager, aid, _TODAY, "実施")
    return aid


def _ia_finding(o: Office, r: str) -> int:
    return internal_audits.add_finding(o.manager, _ia_audit(o, r), f"指摘 {r}", "minor")


def _ia_action(o: Office, r: str) -> int:
    return internal_audits.add_action(o.manager, _ia_audit(o, r), f"是正 {r}", "担当", _TODAY)


CALLS.update(
    {
        "staff.list_staff": (staff.list_staff, lambda o, r: ()),
        "staff.get": (staff.get, lambda o, r: (_st_member(o, r),)),
        "staff.list_trainings": (staff.list_trainings, lambda o, r: ()),
        "staff.get_training": (staff.get_training, lambda o, r: (_st_training(o, r),)),
        "staff.attention": (staff.attention, lambda o, r: ()),
        "staff.create": (staff.create, lambda o, r: (staff.StaffData(name=f"新規 {r}"),)),
        "staff.update": (
            staff.update,
            lambda o, r: (_st_member(o, r), staff.StaffData(name=f"変更 {r}", kind="board")),
        ),
        "staff.delete": (staff.delete, lambda o, r: (_st_member(o, r),)),
        "staff.add_pledge": (staff.add_pledge, lambda o, r: (_st_member(o, r), _TODAY)),
        "staff.remove_pledge": (staff.remove_pledge, lambda o, r: (_st_pledge(o, r),)),
        "staff.create_training": (
            staff.create_training,
            lambda o, r: (staff.TrainingData(_TODAY, f"研修 {r}"),),
        ),
        "staff.update_training": (
            staff.update_training,
            lambda o, r: (_st_training(o, r), staff.TrainingData(_TODAY, f"改 {r}")),
        ),
        "staff.delete_training": (staff.delete_training, lambda o, r: (_st_training(o, r),)),
        "staff.set_attendance": (
            staff.set_attendance,
            lambda o, r: (_st_training(o, r), [(_st_member(o, r), True)]),
        ),
        "staff.pledge_pdf": (staff.pledge_pdf, _profiled()),
        "staff.attendance_sheet_pdf": (staff.attendance_sheet_pdf, _st_sheet),
        "self_check.light_measures": (self_check.light_measures, lambda o, r: ()),
        "self_check.persons_held": (self_check.persons_held, lambda o, r: ()),
        "self_check.status": (self_check.status, lambda o, r: ()),
        "self_check.attention": (self_check.attention, lambda o, r: ()),
        "self_check.list_checks": (self_check.list_checks, lambda o, r: ()),
        "self_check.get": (self_check.get, lambda o, r: (_sc_open_check(o),)),
        "self_check.start": (self_check.start, lambda o, r: _sc_no_open_check(o)),
        "self_check.answer": (self_check.answer, lambda o, r: (*_sc_question(o), "yes")),
        "self_check.finish": (self_check.finish, lambda o, r: (_sc_answered_check(o), "fit")),
        "self_check.discard": (self_check.discard, lambda o, r: (_sc_open_check(o),)),
        "self_check.actions": (self_check.actions, lambda o, r: ()),
        "self_check.add_action": (
            self_check.add_action,
            lambda o, r: (_sc_open_check(o), f"是正 {r}", "担当", _TODAY),
        ),
        "self_check.close_action": (
            self_check.close_action,
            lambda o, r: (_sc_action(o, r), _TODAY, "完了"),
        ),
        "internal_audits.list_audits": (internal_audits.list_audits, lambda o, r: ()),
        "internal_audits.get": (internal_audits.get, lambda o, r: (_ia_audit(o, r),)),
        "internal_audits.cycle": (internal_audits.cycle, lambda o, r: ()),
        "internal_audits.attention": (internal_audits.attention, lambda o, r: ()),
        "internal_audits.list_actions": (internal_audits.list_actions, lambda o, r: ()),
        "internal_audits.plan": (internal_audits.plan, lambda o, r: (_ia_plan(r),)),
        "internal_audits.update_plan": (
            internal_audits.update_plan,
            lambda o, r: (_ia_audit(o, r), _ia_plan(r + " 改")),
        ),
        "internal_audits.delete": (internal_audits.delete, lambda o, r: (_ia_audit(o, r),)),
        "internal_audits.record_done": (
            internal_audits.record_done,
            lambda o, r: (_ia_audit(o, r), _TODAY, "実施"),
        ),
        "internal_audits.add_finding": (
            internal_audits.add_finding,
            lambda o, r: (_ia_audit(o, r), f"指摘 {r}", "major"),
        ),
        "internal_audits.remove_finding": (
            internal_audits.remove_finding,
            lambda o, r: (_ia_finding(o, r),),
        ),
        "internal_audits.add_action": (
            internal_audits.add_action,
            lambda o, r: (_ia_audit(o, r), f"是正 {r}", "担当", _TODAY),
        ),
        "internal_audits.close_action": (
            internal_audits.close_action,
            lambda o, r: (_ia_action(o, r), _TODAY, "完了"),
        ),
        "internal_audits.report": (
            internal_audits.report,
            lambda o, r: (_ia_done_audit(o, r), _TODAY),
        ),
    }
)


# -- the board workbook ------------------------------------------------------------------------


def _board_period(o: Office, r: str) -> tuple[Any, ...]:
    return (board.fiscal_period(2026, 4),)


CALLS.update(
    {
        "board.period_for": (board.period_for, lambda o, r: (2026,)),
        "board.current_fiscal_year": (board.current_fiscal_year, lambda o, r: ()),
        "board.export_board": (board.export_board, _board_period),
        "board.preview": (board.preview, _board_period),
    }
)


# -- key rotation ------------------------------------------------------------------------------


def _rotation_stopped_before_anything_changes(o: Office, r: str) -> tuple[Any, ...]:
    # A real rotation would re-key the database under the other desks of this test: allowed
    # is shown by reaching the first step, where nothing has changed yet.
    def stop(step: str) -> None:
        if step == "prepared":
            raise InvalidInput("rotation.stopped_in_test")

    return (False, stop)


CALLS.update(
    {
        "rotation.rotate_key": (rotation.rotate_key, _rotation_stopped_before_anything_changes),
        "rotation.unmigrated_accounts": (rotation.unmigrated_accounts, lambda o, r: ()),
    }
)


def _import_every_service() -> None:
    # ACTIONS fills as modules are imported: import them all, so the table is complete
    # whatever else this test session has imported.
    import privacydesk.services as package

    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"privacydesk.services.{info.name}")


def test_the_table_covers_every_declared_action() -> None:
    _import_every_service()
    assert set(CALLS) == set(ACTIONS)
    for name, (fn, _) in CALLS.items():
        assert fn.action_name == name
        assert allowed_roles(fn) == ACTIONS[name]


@pytest.mark.parametrize("action", sorted(CALLS))
def test_each_role_allowed_exactly_as_declared(office: Office, action: str) -> None:
    fn, build = CALLS[action]
    declared = {r.value for r in ACTIONS[action]}
    assert declared, action
    for role, desk in office.desks.items():
        args = build(office, role)
        if role in declared:
            try:
                fn(desk, *args)
            except NotAllowed as exc:  # pragma: no cover - the failure being tested
                pytest.fail(f"{action} refused for {role}: {exc.code}")
            except InvalidInput:
                # Allowed but nothing to do (acknowledge_break on a sound chain), or stopped
                # on purpose before it changes anything (rotate_key).
                assert action in {"audit.acknowledge_break", "rotation.rotate_key"}
        else:
            with pytest.raises(NotAllowed) as info:
                fn(desk, *args)
            assert info.value.exit_code == ExitCode.NOT_ALLOWED == 8
            assert info.value.code == "auth.role_not_allowed"
            assert info.value.params == {"action": action, "role": role}


def test_refused_calls_change_nothing(office: Office) -> None:
    before = len(audit.list_entries(office.manager, limit=5000))
    with pytest.raises(NotAllowed):
        accounts.add_user(office.desks["staff"], "sneaky", "manager", PASSWORD)
    with pytest.raises(NotAllowed):
        profile.set_setting(office.desks["viewer"], "backup.generations", 1)
    names = {a.username for a in accounts.list_users(office.manager)}
    assert "sneaky" not in names
    assert profile.get_settings(office.manager)["backup.generations"] == 10
    assert len(audit.list_entries(office.manager, limit=5000)) == before


def test_actions_for_each_role() -> None:
    for role in ("manager", "staff", "viewer"):
        expected = {name for name, rs in ACTIONS.items() if role in {r.value for r in rs}}
        assert actions_for(role) == expected
    assert actions_for("manager") == set(ACTIONS)
    assert "accounts.add_user" not in actions_for("staff")
    assert "backup.backup_now" in actions_for("staff")
    assert "backup.backup_now" not in actions_for("viewer")
    assert "profile.get_profile" in actions_for("viewer")
    assert actions_for("viewer") < actions_for("staff") < actions_for("manager")
    with pytest.raises(ValueError):
        actions_for("admin")


def test_disabled_account_is_stopped_at_its_next_unit_of_work(office: Office) -> None:
    staff = office.desks["staff"]
    profile.get_profile(staff)
    accounts.disable_user(office.manager, STAFF)
    with pytest.raises(NotAllowed) as info:
        profile.get_profile(staff)
    assert info.value.code == "auth.account_disabled"
    assert info.value.exit_code == 8
    with pytest.raises(NotAllowed) as info, staff.uow():
        pass
    assert info.value.code == "auth.account_disabled"
    # Closing the disabled account's desk still works (the fixture closes it again: no-op).
    staff.close()
    assert staff.closed


def test_role_change_applies_at_the_next_call(office: Office) -> None:
    viewer = office.desks["viewer"]
    with pytest.raises(NotAllowed):
        backup.backup_now(viewer, "manual", office.backups)
    accounts.change_role(office.manager, VIEWER, "staff")
    backup.backup_now(viewer, "manual", office.backups)
    assert viewer.context.role == "staff"
    accounts.change_role(office.manager, VIEWER, "viewer")
    with pytest.raises(NotAllowed):
        backup.backup_now(viewer, "manual", office.backups)


def test_role_change_directly_in_the_database_also_applies(office: Office) -> None:
    staff = office.desks["staff"]
    with pytest.raises(NotAllowed):
        accounts.list_users(staff)
    with office.manager.db.session(write=True) as s:
        account = s.get(Account, staff.context.account_id)
        assert account is not None
        account.role = "manager"
    assert len(accounts.list_users(staff)) == 3


def test_change_role_rules(office: Office) -> None:
    with pytest.raises(InvalidInput) as info:
        accounts.change_role(office.manager, MANAGER, "staff")
    assert info.value.code == "accounts.last_manager"
    with pytest.raises(InvalidInput) as info:
        accounts.change_role(office.manager, STAFF, "admin")
    assert info.value.code == "accounts.unknown_role"
    with pytest.raises(InvalidInput) as info:
        accounts.change_role(office.manager, "nobody", "staff")
    assert info.value.code == "accounts.unknown_user"
    row = accounts.change_role(office.manager, STAFF, "manager")
    assert row.role == "manager"
    # Now there are two managers, so the first may step down.
    accounts.change_role(office.manager, MANAGER, "staff")
    assert office.manager.context.role == "manager"  # re-read at the next unit of work
    with pytest.raises(NotAllowed):
        accounts.list_users(office.manager)
    assert office.manager.context.role == "staff"
    entries = audit.list_entries(office.desks["staff"], action_prefix="account.role_changed")
    assert len(entries) == 2
    assert all("manager" in e.summary or "staff" in e.summary for e in entries)


def test_roles_module_constants() -> None:
    assert set(roles.EVERYONE) == {"manager", "staff", "viewer"}
    assert set(roles.STAFF_UP) == {"manager", "staff"}
    assert set(roles.MANAGER) == {"manager"}
