"""Bad-input campaign over the services' write functions (every form's validator).

Each case is a service called with valid arguments in which hypothesis replaces one text,
date or number (a field of the form's dataclass, or an argument) by a bad value. Properties:
the call either succeeds or raises a PrivacydeskError the user can read (never exit code 1,
never a bare exception); a refused call changes nothing (every table's rows, the audit log
included); and no call, refused or not, changes the records saved before the campaign.
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import time
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.campaigns.strategies import (
    ONE_MB_ASCII,
    Snapshot,
    Tally,
    audit_count,
    bad_dates,
    bad_datetimes,
    campaign_database,
    huge_numbers,
    lost_rows,
    nasty_text,
    snapshot,
)

from privacydesk.errors import ExitCode, PrivacydeskError
from privacydesk.services import (
    complaints,
    consent,
    contractors,
    documents,
    incidents,
    internal_audits,
    notice_check,
    profile,
    provisions,
    register,
    requests,
    retention,
    self_check,
    staff,
    subjects,
)
from privacydesk.services.desk import Desk

TODAY = date.today()
# Inputs per case: modest in CI (the whole campaign stays under two minutes on 2 cores); a
# soak sets BAD_INPUT_EXAMPLES higher.
EXAMPLES = int(os.environ.get("BAD_INPUT_EXAMPLES", "12"))
# Tables every write may touch besides its own record: the chain's head moves with each
# audit entry; the search shadow is rebuilt with a person.
BOOKKEEPING = frozenset({"audit_head"})

TALLY = Tally("services")


# -- the office the campaign runs in ------------------------------------------------------------


@dataclass
class Office:
    desk: Desk
    tmp: Path
    ids: dict[str, int] = field(default_factory=dict)
    scratch: dict[str, int] = field(default_factory=dict)

    def once(self, key: str, make: Callable[[], int]) -> int:
        """A scratch record per case, made on first use (never one of the baseline's)."""
        if key not in self.scratch:
            self.scratch[key] = make()
        return self.scratch[key]


def _baseline(desk: Desk) -> dict[str, int]:
    """One saved record of each kind: the campaign must never change them."""
    profile.save_profile(
        desk, profile.ProfileData(name="特定非営利活動法人 ひまわり", fee_yen=1000)
    )
    ids: dict[str, int] = {}
    ids["entry"] = register.create_entry(desk, register.EntryData(name="会員名簿")).id
    ids["purpose"] = register.create_purpose(
        desk, register.PurposeData("a.", "会報の送付", "members")
    ).id
    ids["notice"] = register.create_notice(
        desk, register.NoticeData("第1版", "利用目的：会報の送付", date(2026, 4, 1), "")
    ).id
    ids["subject"] = subjects.create_subject(
        desk,
        subjects.SubjectData(
            legal_name="髙橋﨑子", postal_code="150-0001", address="東京都渋谷区1-1"
        ),
    ).id
    subjects.link_entry(desk, ids["subject"], ids["entry"])
    ids["consent"] = consent.record_consent(
        desk,
        consent.ConsentInput(
            ids["subject"], "purpose", date(2025, 4, 1), "paper", purpose_id=ids["purpose"]
        ),
    ).id
    ids["provision"] = provisions.create_record(desk, _provision()).id
    ids["request"] = requests.receive(desk, _request_input(ids))
    ids["contractor"] = contractors.create(
        desk, contractors.ContractorData(name="委託先 甲", status="active")
    )
    ids["complaint"] = complaints.receive(desk, _complaint())
    ids["incident"] = incidents.create(desk, incidents.IncidentData(known_on=TODAY))
    ids["staff"] = staff.create(desk, staff.StaffData(name="職員 乙"))
    ids["training"] = staff.create_training(desk, staff.TrainingData(TODAY, "研修"))
    ids["audit"] = internal_audits.plan(desk, _plan())
    return ids


def _provision() -> provisions.ProvisionInput:
    return provisions.ProvisionInput(
        "provided", date(2025, 1, 1), "社会福祉法人 A", "consent", "氏名",
        record_form="batch", consent_note="書面で同意取得",
    )  # fmt: skip


def _request_input(ids: dict[str, int]) -> requests.RequestInput:
    return requests.RequestInput(
        TODAY,
        ids["subject"],
        [requests.TypeInput("disclosure")],
        entry_ids=[ids["entry"]],
    )


def _complaint() -> complaints.ComplaintInput:
    return complaints.ComplaintInput(datetime(2026, 11, 20, 10), "phone", "handling", "内容")


def _plan() -> internal_audits.AuditPlan:
    return internal_audits.AuditPlan(TODAY, "総務", "other_department", "会員名簿")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    with campaign_database(tmp_path_factory, "bad_input_services", TALLY) as (desk, tmp):
        o = Office(desk, tmp, _baseline(desk))
        _SNAPSHOT.clear()
        _SNAPSHOT.update(_rows(desk))
        yield o


# -- snapshots -----------------------------------------------------------------------------------

_SNAPSHOT: Snapshot = {}  # the baseline: saved before the campaign, never to change
_LAST: Snapshot = {}  # the state after the latest call
_LAST_SEQ = -1


def _rows(desk: Desk) -> Snapshot:
    global _LAST, _LAST_SEQ
    _LAST, _LAST_SEQ = snapshot(desk), audit_count(desk)
    return _LAST


def _before(desk: Desk) -> Snapshot:
    """The state before a call: the last snapshot, unless something was audited since (the
    builders write through services, which audit every write)."""
    return _LAST if audit_count(desk) == _LAST_SEQ else _rows(desk)


def _baseline_unchanged(now: Snapshot, mutable: frozenset[str]) -> None:
    lost = lost_rows(_SNAPSHOT, now, mutable)
    assert not lost, f"saved rows changed or lost: {lost[:5]}"


# -- the cases -------------------------------------------------------------------------------------

Build = Callable[[Office], dict[str, Any]]


@dataclass(frozen=True)
class Case:
    fn: Callable[..., Any]
    build: Build
    # Tables whose baseline rows an accepted call may rightly change (the profile, a setting).
    mutable: frozenset[str] = frozenset()
    skip: frozenset[str] = frozenset()  # slots left alone (a kind chosen from a list, say)


def _kind(annotation: Any) -> str | None:
    """What bad values a parameter or field takes, from its type hint."""
    members = set(typing.get_args(annotation)) or {annotation}
    text = str(annotation)
    if annotation is bool or "Path" in text or "Session" in text:
        return None
    if datetime in members:
        return "datetime"
    if date in members:
        return "date_or_text" if "str" in text else "date"
    if "Sequence[str]" in text or "list[str]" in text:
        return "texts"
    if "str" in text:
        return "text"
    if "int" in text and "[" not in text.replace("| None", ""):
        return "number"
    return None


VALUES: dict[str, st.SearchStrategy[Any]] = {
    "text": nasty_text(),
    "texts": st.lists(nasty_text(), min_size=1, max_size=3),
    "date": bad_dates(as_text=False),
    "date_or_text": bad_dates(),
    "datetime": bad_datetimes(),
    "number": huge_numbers(),
}


def _is_id(name: str) -> bool:
    # Ids come from a selection in the window, never typed; the CLI's typed ids are tried in
    # test_bad_input_cli.py.
    return name == "id" or name.endswith(("_id", "_ids"))


def _slots(case: Case, office: Office) -> list[tuple[str, str | None, str]]:
    """(argument, dataclass field or None, kind) for every bad value the case can take."""
    hints = typing.get_type_hints(inspect.unwrap(case.fn))
    out: list[tuple[str, str | None, str]] = []
    for name, value in case.build(office).items():
        if dataclasses.is_dataclass(value):
            field_hints = typing.get_type_hints(type(value))
            for f in dataclasses.fields(value):
                kind = _kind(field_hints[f.name])
                if kind and f"{name}.{f.name}" not in case.skip and not _is_id(f.name):
                    out.append((name, f.name, kind))
        elif name not in case.skip and not _is_id(name) and (kind := _kind(hints.get(name))):
            out.append((name, None, kind))
    return out


def _fresh_consent(o: Office) -> int:
    return consent.record_consent(
        o.desk,
        consent.ConsentInput(
            o.ids["subject"], "purpose", date(2025, 4, 1), "paper", purpose_id=o.ids["purpose"]
        ),
    ).id


def _scratch_request(o: Office, key: str) -> int:
    return o.once(key, lambda: requests.receive(o.desk, _request_input(o.ids)))


def _scratch_review(o: Office) -> tuple[int, int]:
    rid = o.once(
        "review",
        lambda: contractors.start_review(
            o.desk, contractors.create(o.desk, contractors.ContractorData(name="審査")), "periodic"
        ),
    )
    return rid, contractors.review(o.desk, rid)[1].questions[0].id


def _open_self_check(o: Office) -> int:
    open_id = self_check.status(o.desk).open_id
    return open_id if open_id is not None else self_check.start(o.desk)


def _done_audit(o: Office) -> int:
    aid = internal_audits.plan(o.desk, _plan())
    internal_audits.record_done(o.desk, aid, TODAY, "実施")
    return aid


def _template_text(kind: str) -> str:
    return documents.templates.default_text(kind)


CASES: dict[str, Case] = {
    # -- the register
    "register.create_entry": Case(
        register.create_entry, lambda o: {"data": register.EntryData(name="台帳")}
    ),
    "register.update_entry": Case(
        register.update_entry,
        lambda o: {
            "entry_id": o.once(
                "entry", lambda: register.create_entry(o.desk, register.EntryData("台帳2")).id
            ),
            "data": register.EntryData(name="台帳 改"),
        },
    ),
    "register.record_review": Case(
        register.record_review, lambda o: {"entry_id": o.ids["entry"], "changes": "見直し"}
    ),
    "register.create_purpose": Case(
        register.create_purpose,
        lambda o: {"data": register.PurposeData("b.", "目的", "members")},
    ),
    "register.change_purpose": Case(
        register.change_purpose,
        lambda o: {
            "purpose_id": o.once(
                "purpose",
                lambda: (
                    register.create_purpose(
                        o.desk, register.PurposeData("c.", "変更前", "members")
                    ).id
                ),
            ),
            "new_text": "変更後",
            "notified_on": TODAY,
            "notified_how": "掲示",
            "beyond_related": False,
        },
    ),
    "register.create_notice": Case(
        register.create_notice,
        lambda o: {"data": register.NoticeData("第2版", "本文", date(2026, 4, 1), "")},
    ),
    # -- persons
    "subjects.create_subject": Case(
        subjects.create_subject,
        lambda o: {"data": subjects.SubjectData(legal_name="新規"), "allow_duplicate": True},
    ),
    "subjects.update_subject": Case(
        subjects.update_subject,
        lambda o: {
            "subject_id": o.once(
                "subject",
                lambda: (
                    subjects.create_subject(
                        o.desk, subjects.SubjectData(legal_name="変更対象"), allow_duplicate=True
                    ).id
                ),
            ),
            "data": subjects.SubjectData(legal_name="変更後"),
        },
    ),
    "subjects.add_sensitive": Case(
        subjects.add_sensitive,
        lambda o: {"subject_id": o.ids["subject"], "kind": "race", "note": "", "exception": ""},
    ),
    "subjects.search": Case(subjects.search, lambda o: {"query": "髙橋"}),
    "subjects.count": Case(subjects.count, lambda o: {"query": "髙橋"}),
    # -- consents and provisions
    "consent.record_consent": Case(
        consent.record_consent,
        lambda o: {
            "data": consent.ConsentInput(
                o.ids["subject"], "purpose", date(2025, 4, 1), "paper", purpose_id=o.ids["purpose"]
            )
        },
    ),
    "consent.withdraw_consent": Case(
        consent.withdraw_consent,
        lambda o: {
            "consent_id": _fresh_consent(o),
            "withdrawal": consent.Withdrawal(date(2025, 5, 1), "paper"),
        },
        skip=frozenset({"consent_id"}),
    ),
    "provisions.create_record": Case(provisions.create_record, lambda o: {"data": _provision()}),
    "provisions.record_further_provision": Case(
        provisions.record_further_provision,
        lambda o: {
            "record_id": o.once(
                "provision", lambda: provisions.create_record(o.desk, _provision()).id
            ),
            "on": date(2025, 6, 1),
        },
    ),
    "retention.set_hold": Case(
        retention.set_hold,
        lambda o: {
            "target_type": "subject",
            "target_id": o.ids["subject"],
            "reason": "紛争中",
            "reference": "",
        },
    ),
    # -- data-subject requests
    "requests.receive": Case(requests.receive, lambda o: {"data": _request_input(o.ids)}),
    "requests.add_document": Case(
        requests.add_document,
        lambda o: {
            "request_id": _scratch_request(o, "req.doc"),
            "whose": "person",
            "kind": "passport",
            "received_on": TODAY,
            "issued_on": None,
            "note": "",
        },
    ),
    "requests.record_identity": Case(
        requests.record_identity,
        lambda o: {
            "request_id": _scratch_request(o, "req.identity"),
            "confirmed": True,
            "missing": (),
            "deadline": None,
            "confirmed_postal_code": "150-0001",
            "confirmed_address": "東京都渋谷区1-1",
        },
    ),
    "requests.record_fee": Case(
        requests.record_fee,
        lambda o: {
            "request_id": _scratch_request(o, "req.fee"),
            "amount": 500,
            "received_on": TODAY,
            "method": "",
        },
    ),
    "requests.set_fee_due": Case(
        requests.set_fee_due,
        lambda o: {"request_id": _scratch_request(o, "req.fee_due"), "amount": 0},
    ),
    "requests.set_extract": Case(
        requests.set_extract,
        lambda o: {
            "request_id": _scratch_request(o, "req.extract"),
            "entry_id": o.ids["entry"],
            "name": "抽出",
            "columns": ["氏名"],
            "rows": [["請求者"]],
        },
    ),
    "requests.set_enclosure": Case(
        requests.set_enclosure,
        lambda o: {
            "request_id": _scratch_request(o, "req.enclosure"),
            "entry_id": o.ids["entry"],
            "text": "写し",
        },
    ),
    "requests.set_route": Case(
        requests.set_route,
        lambda o: {"request_id": _scratch_request(o, "req.route"), "route": "", "reason": ""},
    ),
    "requests.set_delivery": Case(
        requests.set_delivery,
        lambda o: {
            "request_id": _scratch_request(o, "req.delivery"),
            "method": "post",
            "postal_code": "150-0001",
            "address": "東京都渋谷区1-1",
        },
    ),
    "requests.decide": Case(
        requests.decide,
        lambda o: {
            "request_id": _scratch_request(o, "req.decide"),
            "decision": requests.Decision("disclosure", "not_done", reason="理由"),
        },
    ),
    "requests.withdraw": Case(
        requests.withdraw,
        lambda o: {
            "request_id": requests.receive(o.desk, _request_input(o.ids)),
            "reason": "withdrawn_by_requester",
            "on": TODAY,
        },
        skip=frozenset({"request_id"}),
    ),
    # -- contractors
    "contractors.create": Case(
        contractors.create, lambda o: {"data": contractors.ContractorData(name="新規委託先")}
    ),
    "contractors.update": Case(
        contractors.update,
        lambda o: {
            "contractor_id": o.once(
                "contractor",
                lambda: contractors.create(o.desk, contractors.ContractorData(name="更新先")),
            ),
            "data": contractors.ContractorData(name="更新後"),
        },
    ),
    "contractors.add_certification": Case(
        contractors.add_certification,
        lambda o: {
            "contractor_id": o.ids["contractor"],
            "kind": "isms",
            "name": "",
            "expires_on": None,
        },
    ),
    "contractors.add_deletion_certificate": Case(
        contractors.add_deletion_certificate,
        lambda o: {
            "contractor_id": o.ids["contractor"],
            "received_on": TODAY,
            "covers": "全データ",
            "kept_where": "",
        },
    ),
    "contractors.answer": Case(
        contractors.answer,
        lambda o: dict(
            zip(("review_id", "question_id"), _scratch_review(o), strict=True),
            value="yes",
            comment="",
            evidence="",
        ),
    ),
    "contractors.add_followup": Case(
        contractors.add_followup,
        lambda o: {
            "contractor_id": o.ids["contractor"],
            "action": "改善報告",
            "owner": "担当",
            "due_on": TODAY,
        },
    ),
    "contractors.save_checklist_draft": Case(
        contractors.save_checklist_draft,
        lambda o: {
            "kind": "periodic",
            "title": "案",
            "questions": [("basic_policy", "bp.z", "問")],
        },
    ),
    # -- complaints and incidents
    "complaints.receive": Case(complaints.receive, lambda o: {"data": _complaint()}),
    "complaints.move": Case(
        complaints.move,
        lambda o: {
            "complaint_id": o.once("complaint", lambda: complaints.receive(o.desk, _complaint())),
            "to": "investigating",
            "reply_content": "",
            "reply_on": None,
            "reply_method": "",
            "summary": "",
        },
    ),
    "complaints.add_action": Case(
        complaints.add_action,
        lambda o: {"complaint_id": o.ids["complaint"], "done_on": TODAY, "text": "聴取"},
    ),
    "incidents.create": Case(
        incidents.create, lambda o: {"data": incidents.IncidentData(known_on=TODAY)}
    ),
    "incidents.judge": Case(
        incidents.judge, lambda o: {"data": incidents.IncidentData(known_on=TODAY)}
    ),
    "incidents.update": Case(
        incidents.update,
        lambda o: {
            "incident_id": o.once(
                "incident",
                lambda: incidents.create(o.desk, incidents.IncidentData(known_on=TODAY)),
            ),
            "data": incidents.IncidentData(known_on=TODAY, persons=3),
        },
    ),
    "incidents.record_step": Case(
        incidents.record_step,
        lambda o: {
            "incident_id": o.once(
                "incident.step",
                lambda: incidents.create(
                    o.desk, incidents.IncidentData(known_on=TODAY, sensitive=True)
                ),
            ),
            "step": "preliminary",
            "done_on": TODAY,
            "notice_method": "",
        },
    ),
    # -- the organisation
    "staff.create": Case(staff.create, lambda o: {"data": staff.StaffData(name="新人")}),
    "staff.add_pledge": Case(
        staff.add_pledge,
        lambda o: {"staff_id": o.ids["staff"], "signed_on": TODAY, "version": "", "kept_where": ""},
    ),
    "staff.create_training": Case(
        staff.create_training, lambda o: {"data": staff.TrainingData(TODAY, "研修")}
    ),
    "self_check.answer": Case(
        self_check.answer,
        lambda o: {
            "self_check_id": (cid := _open_self_check(o)),
            "question_id": self_check.get(o.desk, cid).template.questions[0].id,
            "value": "yes",
            "comment": "",
            "evidence": "",
        },
    ),
    "self_check.add_action": Case(
        self_check.add_action,
        lambda o: {
            "self_check_id": _open_self_check(o),
            "action": "是正",
            "owner": "担当",
            "due_on": TODAY,
        },
    ),
    "internal_audits.plan": Case(internal_audits.plan, lambda o: {"data": _plan()}),
    "internal_audits.record_done": Case(
        internal_audits.record_done,
        lambda o: {
            "audit_id": o.once("audit", lambda: internal_audits.plan(o.desk, _plan())),
            "done_on": TODAY,
            "summary": "実施",
        },
    ),
    "internal_audits.add_finding": Case(
        internal_audits.add_finding,
        lambda o: {"audit_id": o.ids["audit"], "text": "指摘", "severity": "minor"},
    ),
    "internal_audits.add_action": Case(
        internal_audits.add_action,
        lambda o: {"audit_id": o.ids["audit"], "action": "是正", "owner": "担当", "due_on": TODAY},
    ),
    "profile.save_profile": Case(
        profile.save_profile,
        lambda o: {"data": profile.ProfileData(name="特定非営利活動法人 ひまわり", fee_yen=1000)},
        mutable=frozenset({"profile"}),
    ),
    "profile.set_setting": Case(
        profile.set_setting,
        lambda o: {"key": "backup.generations", "value": 5},
        mutable=frozenset({"settings"}),
    ),
    "notice_check.tag_passage": Case(
        notice_check.tag_passage,
        lambda o: {"notice_version_id": o.ids["notice"], "tag": "purpose", "text": "会報の送付"},
    ),
    # -- closing what was opened, and later edits
    "contractors.end_contract": Case(
        contractors.end_contract,
        lambda o: {
            "contractor_id": o.once(
                "contractor.end",
                lambda: contractors.create(o.desk, contractors.ContractorData(name="終了先")),
            ),
            "ended_on": TODAY,
            "disposal": "deleted",
        },
    ),
    "contractors.close_followup": Case(
        contractors.close_followup,
        lambda o: {
            "followup_id": contractors.add_followup(
                o.desk, o.ids["contractor"], "報告", "担当", TODAY
            ),
            "closed_on": TODAY,
            "note": "完了",
        },
    ),
    "self_check.close_action": Case(
        self_check.close_action,
        lambda o: {
            "action_id": self_check.add_action(o.desk, _open_self_check(o), "是正", "担当", TODAY),
            "closed_on": TODAY,
            "note": "完了",
        },
    ),
    "internal_audits.close_action": Case(
        internal_audits.close_action,
        lambda o: {
            "action_id": internal_audits.add_action(o.desk, o.ids["audit"], "是正", "担当", TODAY),
            "closed_on": TODAY,
            "note": "完了",
        },
    ),
    "internal_audits.update_plan": Case(
        internal_audits.update_plan,
        lambda o: {
            "audit_id": o.once("audit.plan", lambda: internal_audits.plan(o.desk, _plan())),
            "data": _plan(),
        },
    ),
    "internal_audits.report": Case(
        internal_audits.report,
        lambda o: {
            "audit_id": o.once("audit.report", lambda: _done_audit(o)),
            "reported_on": TODAY,
        },
    ),
    "staff.update": Case(
        staff.update,
        lambda o: {
            "staff_id": o.once("staff", lambda: staff.create(o.desk, staff.StaffData(name="甲"))),
            "data": staff.StaffData(name="変更"),
        },
    ),
    "staff.update_training": Case(
        staff.update_training,
        lambda o: {
            "training_id": o.once(
                "training", lambda: staff.create_training(o.desk, staff.TrainingData(TODAY, "研修"))
            ),
            "data": staff.TrainingData(TODAY, "改"),
        },
    ),
    "requests.record_mailing": Case(
        requests.record_mailing,
        lambda o: {
            "request_id": _scratch_request(o, "req.mailing"),
            "kind": "acknowledgement",
            "method": "ordinary",
            "sent_on": TODAY,
            "tracking_number": "",
        },
    ),
    "requests.mark_mailing": Case(
        requests.mark_mailing,
        lambda o: {
            "mailing_id": requests.record_mailing(
                o.desk, _scratch_request(o, "req.mark"), "acknowledgement", "ordinary", TODAY
            ),
            "status": "returned",
            "on": TODAY,
            "note": "",
        },
    ),
    "consent.preview_consent_form": Case(
        consent.preview_consent_form, lambda o: {"text": "同意書"}
    ),
    # -- letters and templates (template placeholders are covered in their own test below)
    "documents.save_envelope_settings": Case(
        documents.save_envelope_settings,
        lambda o: {"cal": documents.Calibration(), "seal": "omitted"},
        mutable=frozenset({"settings"}),
    ),
    "documents.issue_cover_letter": Case(
        documents.issue_cover_letter,
        lambda o: {
            "addressee": documents.Addressee(
                name="山田 花子", postal_code="100-0001", address="東京都千代田区1-1"
            ),
            "enclosures": ["開示等請求書 1部"],
        },
        skip=frozenset({"addressee.lines"}),
    ),
}


def _mutate(args: dict[str, Any], slot: tuple[str, str | None, str], value: Any) -> None:
    name, field_name, _kind = slot
    if field_name is None:
        args[name] = value
    else:
        args[name] = dataclasses.replace(args[name], **{field_name: value})


def _call(office: Office, target: str, fn: Callable[..., Any], args: dict[str, Any],
          mutable: frozenset[str] = frozenset()) -> bool:  # fmt: skip
    """Call; True when accepted. Fails the test on anything but a readable refusal."""
    desk = office.desk
    before = _before(desk)
    try:
        fn(desk, **args)
    except PrivacydeskError as exc:
        assert exc.exit_code != ExitCode.INTERNAL, f"{target}: {exc.code} (a bug: exit code 1)"
        assert _rows(desk) == before, f"{target}: a refused input changed the database"
        TALLY.count(target, accepted=False)
        return False
    now = _rows(desk)
    _baseline_unchanged(now, mutable)
    if mutable:  # the profile saved anew is the one later calls must not lose
        _SNAPSHOT.update({t: now[t] for t in mutable})
    TALLY.count(target, accepted=True)
    return True


@pytest.mark.slow
@pytest.mark.parametrize("target", sorted(CASES))
@settings(
    max_examples=EXAMPLES,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)
@given(data=st.data())
def test_service_refuses_bad_input_cleanly(
    office: Office, target: str, data: st.DataObject
) -> None:
    case = CASES[target]
    slots = _slots(case, office)
    assert slots, f"{target}: no text, date or number to try"
    slot = data.draw(st.sampled_from(slots), label="slot")
    value = data.draw(VALUES[slot[2]], label="value")
    args = case.build(office)
    _mutate(args, slot, value)
    _call(office, target, case.fn, args, case.mutable)


# -- every slot, once, with the worst of each kind (derandomised CI may not reach them all) -----

WORST: dict[str, tuple[Any, ...]] = {
    "text": ("\x00", "\ud800", ONE_MB_ASCII, "\u202e\x1b"),
    "texts": (["\x00"], ["\udcff"], [ONE_MB_ASCII]),
    "date": (date.min, date.max),
    "date_or_text": (date.max, "9999-12-31", "令和99年13月40日", "\x00", "\ud800"),
    "datetime": (datetime.max, datetime.min, "\x00"),
    "number": (2**63, -(2**63) - 1, 10**4300),
}


@pytest.mark.slow
@pytest.mark.parametrize("target", sorted(CASES))
def test_every_slot_takes_the_worst_values(office: Office, target: str) -> None:
    case = CASES[target]
    for slot in _slots(case, office):
        for value in WORST[slot[2]]:
            args = case.build(office)
            _mutate(args, slot, value)
            _call(office, f"{target}[{slot[0]}.{slot[1] or ''}]", case.fn, args, case.mutable)


# -- template placeholders ----------------------------------------------------------------------

TEMPLATE_KINDS = ("form-cover", "acknowledgement")


@st.composite
def edited_templates(draw: st.DrawFn) -> tuple[str, str]:
    """A letter template as an officer might break it: text or placeholders put anywhere."""
    kind = draw(st.sampled_from(TEMPLATE_KINDS))
    text = _template_text(kind)
    insert = draw(
        st.one_of(
            nasty_text(huge=False),
            st.sampled_from(
                ("{", "}", "{}", "{nope}", "{*nope}", "{{name}}", "{*items}", "{0}", "{__class__}",
                 "{name!r}", "{name:>99999999}", "[body]", "[nope]", "style = nope", "required =")
            ),
        )
    )  # fmt: skip
    at = draw(st.integers(0, len(text)))
    return kind, text[:at] + insert + text[at:]


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES * 3,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)
@given(edit=edited_templates())
@example(edit=("form-cover", "\x00"))
@example(edit=("form-cover", ONE_MB_ASCII))
def test_template_edit_is_refused_or_prints(office: Office, edit: tuple[str, str]) -> None:
    kind, text = edit
    try:
        documents.preview(office.desk, kind, text)
    except PrivacydeskError as exc:
        assert exc.exit_code != ExitCode.INTERNAL, exc.code
        # What the preview refuses, saving must refuse too, and change nothing.
    _call(office, "documents.save_template", documents.save_template, {"kind": kind, "text": text},
          frozenset({"document_templates"}))  # fmt: skip
    documents.restore_default_template(office.desk, kind)


def test_campaign_covers_the_inventory() -> None:
    """The table names each write function that takes text, dates or numbers (the rest take
    only ids or choices, or are covered by the import and CLI modules)."""
    assert len(CASES) >= 50
    assert all(c.fn.action_name == name for name, c in CASES.items())  # type: ignore[attr-defined]


# -- regressions: what the campaign found, each kept as a plain example -----------------------


def test_regression_decision_for_a_type_with_a_lone_surrogate(office: Office) -> None:
    """The type was bound into a query before it was checked: UnicodeEncodeError (exit 1)."""
    rid = _scratch_request(office, "req.decide")
    with pytest.raises(PrivacydeskError) as info:
        requests.decide(office.desk, rid, requests.Decision("\ud800", "full"))
    assert info.value.code == "requests.type_not_asked"


def test_regression_a_pasted_megabyte_address_is_refused_at_once(office: Office) -> None:
    """Wrapping a 1 MB name for the envelope window took half a minute before refusing."""
    addressee = documents.Addressee(name=ONE_MB_ASCII, postal_code="100-0001", address="東京")
    started = time.perf_counter()
    with pytest.raises(PrivacydeskError) as info:
        documents.issue_cover_letter(office.desk, addressee, ["開示等請求書 1部"])
    assert info.value.code == "letter.address_does_not_fit"
    assert time.perf_counter() - started < 2.0
    with pytest.raises(PrivacydeskError) as info:
        documents.issue_cover_letter(
            office.desk, documents.Addressee(name="山田", address="東京"), [ONE_MB_ASCII]
        )
    assert info.value.problems == [("enclosures", "input.too_long", {"max": 200})]


@pytest.mark.parametrize("text", ["山田\x1b[31m", "a\x07", "\x0c", "\x00", "\udcff"])
def test_regression_control_characters_are_refused_in_free_text(office: Office, text: str) -> None:
    """Free text took ESC, BEL and form feeds: stored, then refused only when printed."""
    with pytest.raises(PrivacydeskError) as info:
        complaints.receive(office.desk, complaints.ComplaintInput(
            datetime(2026, 11, 20, 10), "phone", "handling", "内容" + text
        ))  # fmt: skip
    assert info.value.problems == [("content", "input.bad_characters", {})]
    # Tabs and line breaks are text.
    assert complaints.receive(office.desk, complaints.ComplaintInput(
        datetime(2026, 11, 20, 10), "phone", "handling", "一行目\n\t二行目\r\n"
    ))  # fmt: skip


@pytest.mark.parametrize("kind", ["\ud800", "\x00", "no-such-letter", ONE_MB_ASCII])
def test_regression_a_mailing_of_an_unknown_letter_is_refused(office: Office, kind: str) -> None:
    """The kind of letter mailed was stored unchecked: a lone surrogate failed at the flush."""
    rid = _scratch_request(office, "req.mailing")
    with pytest.raises(PrivacydeskError) as info:
        requests.record_mailing(office.desk, rid, kind, "ordinary", TODAY)
    assert info.value.code == "input.unknown_choice"
