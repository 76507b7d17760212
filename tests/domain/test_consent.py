"""Consent records: validation, derived status, queries and demo data, on a real encrypted
database (subjects and purposes are made with the ORM directly)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain import consent, settings
from privacydesk.domain.consent import ConsentInput, Withdrawal
from privacydesk.errors import InvalidInput
from privacydesk.messages import MESSAGES
from privacydesk.services.desk import Desk
from privacydesk.storage.models import ConsentRecord, Purpose, Subject

TODAY = date(2026, 11, 24)
WHEN = datetime(2026, 1, 5, 9, 0)


@pytest.fixture
def s(desk: Desk) -> Iterator[Session]:
    with desk.uow(write=True) as session:
        yield session


def subject(s: Session, birth: date | None = date(1980, 4, 1), name: str = "髙橋 花子") -> int:
    row = Subject(legal_name=name, birth_date=birth, created_at=WHEN, updated_at=WHEN)
    s.add(row)
    s.flush()
    return row.id


def purpose(s: Session, text: str = "会員への連絡", code: str = "a.") -> int:
    row = Purpose(code=code, text=text, created_at=WHEN)
    s.add(row)
    s.flush()
    return row.id


def given(s: Session, subject_id: int, **kw: Any) -> consent.ConsentRow:
    values: dict[str, Any] = {
        "subject_id": subject_id,
        "scope": "purpose",
        "given_on": date(2025, 4, 1),
        "method": "paper",
        "purpose_id": kw.pop("purpose_id", None) or purpose(s),
    }
    values.update(kw)
    return consent.record(s, ConsentInput(**values), TODAY)


def problems(info: pytest.ExceptionInfo[InvalidInput]) -> dict[str, str]:
    assert info.value.code == "input.problems"
    assert info.value.params["count"] == len(info.value.problems)
    return {field: code for field, code, _ in info.value.problems}


# -- Validation -------------------------------------------------------------------------------


def test_a_valid_consent_is_recorded_with_its_details(s: Session) -> None:
    person = subject(s)
    p = purpose(s, "イベントの案内", "b.")
    row = given(
        s,
        person,
        purpose_id=p,
        form_name="入会申込書",
        evidence_ref="同意-2025-0001",
        evidence_location="事務局書庫 A-1",
    )
    assert row.id > 0 and row.subject_id == person
    assert (row.scope, row.method, row.given_by, row.status) == (
        "purpose",
        "paper",
        "person",
        "active",
    )
    assert (row.purpose_code, row.purpose_text) == ("b.", "イベントの案内")
    assert row.evidence_ref == "同意-2025-0001"
    assert row.representative_name == ""


def test_unknown_subject_scope_method_and_given_by_are_refused(s: Session) -> None:
    with pytest.raises(InvalidInput) as info:
        consent.record(
            s,
            ConsentInput(
                subject_id=999,
                scope="everything",
                given_on=TODAY,
                method="telepathy",
                given_by="neighbour",
            ),
            TODAY,
        )
    assert problems(info) == {
        "subject_id": "consent.unknown_subject",
        "scope": "consent.unknown_scope",
        "method": "consent.unknown_method",
        "given_by": "consent.unknown_given_by",
    }


def test_each_scope_needs_what_it_is_about(s: Session) -> None:
    person = subject(s)
    cases = {
        "purpose": ("purpose_id", "consent.purpose_required"),
        "third_party": ("recipient", "consent.recipient_required"),
        "abroad": ("country", "consent.country_required"),
    }
    for scope, (field, code) in cases.items():
        with pytest.raises(InvalidInput) as info:
            consent.record(s, ConsentInput(person, scope, date(2025, 1, 1), "web"), TODAY)
        assert problems(info) == {field: code}, scope
    # With what they need, each is accepted; sensitive needs nothing more.
    assert (
        consent.record(
            s,
            ConsentInput(
                person, "third_party", date(2025, 1, 1), "web", recipient="社会福祉法人 A"
            ),
            TODAY,
        ).status
        == "active"
    )
    abroad = consent.record(
        s,
        ConsentInput(person, "abroad", date(2025, 1, 1), "web", country="ベトナム", recipient="X"),
        TODAY,
    )
    assert abroad.country == "ベトナム"
    assert consent.record(s, ConsentInput(person, "sensitive", date(2025, 1, 1), "oral"), TODAY)


def test_unknown_purpose_provision_and_notice_are_refused(s: Session) -> None:
    person = subject(s)
    with pytest.raises(InvalidInput) as info:
        consent.record(
            s,
            ConsentInput(
                person,
                "purpose",
                date(2025, 1, 1),
                "paper",
                purpose_id=404,
                provision_id=405,
                notice_version_id=406,
            ),
            TODAY,
        )
    assert problems(info) == {
        "purpose_id": "consent.unknown_purpose",
        "provision_id": "consent.unknown_provision",
        "notice_version_id": "consent.unknown_notice",
    }


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2026-02-30", "date.impossible"),
        ("2026-13-01", "date.impossible"),
        ("3/4/25", "date.ambiguous"),
        ("いつか", "date.unreadable"),
        (date(2026, 11, 25), "consent.future_date"),
        ("令和9年1月1日", "consent.future_date"),
        (date(1899, 12, 31), "consent.date_too_early"),
        ("", "consent.date_required"),
    ],
)
def test_impossible_future_and_missing_dates_are_refused(
    s: Session, value: date | str, code: str
) -> None:
    person = subject(s, birth=None)
    with pytest.raises(InvalidInput) as info:
        given(s, person, given_on=value)
    assert problems(info) == {"given_on": code}


def test_typed_dates_are_read_like_the_rest_of_the_app(s: Session) -> None:
    person = subject(s)
    assert given(s, person, given_on="令和7年4月1日").given_on == date(2025, 4, 1)
    assert given(s, person, given_on="2025/4/2").given_on == date(2025, 4, 2)
    assert given(s, person, given_on=TODAY).given_on == TODAY  # today is not the future


def test_a_consent_before_birth_is_refused(s: Session) -> None:
    person = subject(s, birth=date(2000, 5, 1))
    with pytest.raises(InvalidInput) as info:
        given(s, person, given_on=date(2000, 4, 30))
    assert problems(info) == {"given_on": "consent.before_birth"}


def test_a_representative_needs_a_name(s: Session) -> None:
    person = subject(s)
    with pytest.raises(InvalidInput) as info:
        given(s, person, given_by="representative", representative_name="  ")
    assert problems(info) == {"representative_name": "consent.representative_name_required"}
    row = given(s, person, given_by="representative", representative_name="髙橋 一郎")
    assert row.representative_name == "髙橋 一郎"
    # A person's own consent names no representative, whatever was typed.
    assert given(s, person, representative_name="誰か").representative_name == ""


def test_a_minor_needs_a_representative_under_the_default_age(s: Session) -> None:
    assert settings.get(s, "subjects.minor_age") == 16
    child = subject(s, birth=date(2010, 4, 2))
    # The day before the 16th birthday: still 15.
    with pytest.raises(InvalidInput) as info:
        given(s, child, given_on=date(2026, 4, 1))
    assert problems(info) == {"given_by": "consent.minor_needs_representative"}
    assert info.value.problems[0][2] == {"age": 16}
    with pytest.raises(InvalidInput) as info:  # a representative without a name
        given(s, child, given_on=date(2026, 4, 1), given_by="representative")
    assert problems(info) == {"representative_name": "consent.representative_name_required"}
    row = given(
        s, child, given_on=date(2026, 4, 1), given_by="representative", representative_name="母"
    )
    assert row.given_by == "representative"
    # On the 16th birthday the person consents for themselves.
    assert given(s, child, given_on=date(2026, 4, 2)).given_by == "person"


def test_a_leap_day_birthday_counts_from_1_march_in_a_common_year(s: Session) -> None:
    child = subject(s, birth=date(2008, 2, 29))
    with pytest.raises(InvalidInput):
        given(s, child, given_on=date(2024, 2, 28))  # 15
    assert given(s, child, given_on=date(2024, 2, 29)).given_by == "person"  # 16
    assert consent.age_on(date(2008, 2, 29), date(2025, 2, 28)) == 16
    assert consent.age_on(date(2008, 2, 29), date(2025, 3, 1)) == 17


def test_the_minor_age_is_the_setting(s: Session) -> None:
    settings.set_value(s, "subjects.minor_age", 12)
    child = subject(s, birth=date(2012, 1, 1))
    assert given(s, child, given_on=date(2025, 6, 1)).given_by == "person"  # 13
    with pytest.raises(InvalidInput):
        given(s, child, given_on=date(2023, 6, 1))  # 11


def test_the_minor_age_falls_back_to_16_without_the_setting(
    s: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = dict(settings.REGISTRY)
    registry.pop("subjects.minor_age", None)
    monkeypatch.setattr(settings, "REGISTRY", registry)
    assert consent.minor_age(s) == 16


def test_a_person_without_a_birth_date_is_not_treated_as_a_minor(s: Session) -> None:
    assert given(s, subject(s, birth=None)).given_by == "person"


def test_text_fields_are_checked(s: Session) -> None:
    person = subject(s)
    with pytest.raises(InvalidInput) as info:
        given(s, person, evidence_ref="x" * 201, evidence_location="a\x00b")
    assert problems(info) == {
        "evidence_ref": "input.too_long",
        "evidence_location": "input.bad_characters",
    }


# -- Withdrawal and status ------------------------------------------------------------------


def test_withdrawal_is_recorded_and_the_status_follows(s: Session) -> None:
    row = given(s, subject(s))
    out = consent.withdraw(
        s, row.id, Withdrawal(date(2025, 9, 1), "email", "名簿から削除した"), TODAY
    )
    assert out.status == "withdrawn"
    assert (out.withdrawn_on, out.withdrawal_method, out.withdrawal_followup) == (
        date(2025, 9, 1),
        "email",
        "名簿から削除した",
    )
    stored = s.get(ConsentRecord, row.id)
    assert stored is not None and not hasattr(stored, "status")  # derived, never stored


def test_a_withdrawal_before_the_consent_is_refused(s: Session) -> None:
    row = given(s, subject(s), given_on=date(2025, 4, 1))
    with pytest.raises(InvalidInput) as info:
        consent.withdraw(s, row.id, Withdrawal(date(2025, 3, 31), "paper"), TODAY)
    assert problems(info) == {"withdrawn_on": "consent.withdrawal_before_consent"}
    assert info.value.problems[0][2] == {"given_on": "2025-04-01"}
    # The same day is allowed.
    assert consent.withdraw(s, row.id, Withdrawal(date(2025, 4, 1), "oral"), TODAY).status == (
        "withdrawn"
    )


def test_withdrawal_dates_methods_and_repeats_are_checked(s: Session) -> None:
    row = given(s, subject(s))
    with pytest.raises(InvalidInput) as info:
        consent.withdraw(s, row.id, Withdrawal(date(2026, 11, 25), "pigeon"), TODAY)
    assert problems(info) == {
        "withdrawn_on": "consent.future_date",
        "method": "consent.unknown_method",
    }
    with pytest.raises(InvalidInput) as info:
        consent.withdraw(s, row.id, Withdrawal("2025-02-29", "paper"), TODAY)
    assert problems(info) == {"withdrawn_on": "date.impossible"}
    consent.withdraw(s, row.id, Withdrawal(date(2025, 5, 1), "paper"), TODAY)
    with pytest.raises(InvalidInput) as info:
        consent.withdraw(s, row.id, Withdrawal(date(2025, 6, 1), "paper"), TODAY)
    assert info.value.code == "consent.already_withdrawn"
    with pytest.raises(InvalidInput) as info:
        consent.withdraw(s, 424242, Withdrawal(date(2025, 6, 1), "paper"), TODAY)
    assert info.value.code == "consent.unknown"


def test_status_is_derived_from_the_dates() -> None:
    assert consent.status_of(None, None) == "active"
    assert consent.status_of(date(2025, 1, 1), None) == "withdrawn"
    assert consent.status_of(None, date(2025, 1, 1)) == "renewal_needed"
    assert consent.status_of(date(2025, 2, 1), date(2025, 1, 1)) == "withdrawn"


def test_renewal_needed_after_a_purpose_change_and_the_status_filter(s: Session) -> None:
    person = subject(s)
    p = purpose(s)
    other = purpose(s, "寄付の受領", "c.")
    old = given(s, person, purpose_id=p, given_on=date(2024, 1, 1))
    withdrawn = given(s, person, purpose_id=p, given_on=date(2024, 2, 1))
    consent.withdraw(s, withdrawn.id, Withdrawal(date(2024, 3, 1), "paper"), TODAY)
    later = given(s, person, purpose_id=p, given_on=date(2025, 8, 1))
    unrelated = given(s, person, purpose_id=other, given_on=date(2024, 1, 1))
    assert consent.mark_renewal_needed(s, p, date(2025, 7, 1)) == 1
    statuses = {r.id: r.status for r in consent.of_subject(s, person)}
    assert statuses == {
        old.id: "renewal_needed",
        withdrawn.id: "withdrawn",
        later.id: "active",  # given after the change: it relied on the new wording
        unrelated.id: "active",
    }
    assert [r.id for r in consent.of_subject(s, person, "renewal_needed")] == [old.id]
    assert {r.id for r in consent.of_subject(s, person, "active")} == {later.id, unrelated.id}
    assert [r.id for r in consent.of_subject(s, person, "withdrawn")] == [withdrawn.id]
    # Newest first.
    assert [r.given_on for r in consent.of_subject(s, person)] == sorted(
        [r.given_on for r in consent.of_subject(s, person)], reverse=True
    )
    with pytest.raises(InvalidInput) as info:
        consent.of_subject(s, person, "sleeping")
    assert info.value.code == "consent.unknown_status"
    assert consent.status_counts(s) == {"active": 2, "withdrawn": 1, "renewal_needed": 1}


def test_counts_in_a_period_include_both_ends(s: Session) -> None:
    person = subject(s)
    a = given(s, person, given_on=date(2025, 4, 1))
    given(s, person, given_on=date(2026, 3, 31), scope="sensitive", purpose_id=None)
    given(s, person, given_on=date(2026, 4, 1))  # the next fiscal year
    given(s, person, given_on=date(2025, 3, 31))  # the previous one
    consent.withdraw(s, a.id, Withdrawal(date(2026, 3, 31), "paper"), TODAY)
    c = consent.counts(s, date(2025, 4, 1), date(2026, 3, 31))
    assert (c.given, c.withdrawn) == (2, 1)
    assert c.given_by_scope == {"purpose": 1, "third_party": 0, "abroad": 0, "sensitive": 1}
    assert c.withdrawn_by_scope["purpose"] == 1
    assert consent.counts(s, date(2026, 4, 1), date(2027, 3, 31)).withdrawn == 0
    with pytest.raises(InvalidInput) as info:
        consent.counts(s, date(2026, 4, 1), date(2026, 3, 31))
    assert info.value.code == "consent.bad_period"


def test_every_code_of_the_module_is_in_the_catalogue() -> None:
    import inspect
    import re

    source = inspect.getsource(consent)
    codes = set(re.findall(r"\"((?:consent|input|date)\.[a-z_.]+)\"", source))
    assert "consent.minor_needs_representative" in codes
    assert not sorted(c for c in codes if c not in MESSAGES)


# -- Demo data -------------------------------------------------------------------------------


def test_demo_consents_are_plausible_and_bulk_inserted(s: Session) -> None:
    adults = [subject(s, birth=date(1950 + i % 50, 1 + i % 12, 1)) for i in range(300)]
    children = [subject(s, birth=date(2015, 1, 1 + i % 28)) for i in range(100)]
    purposes = [purpose(s, f"目的{i}") for i in range(5)]
    n = consent.demo_consents(s, adults + children, purposes, 3, seed=7, today=TODAY)
    assert n == s.execute(select(func.count()).select_from(ConsentRecord)).scalar_one()
    assert 900 <= n <= 1500
    counts = consent.status_counts(s)
    assert all(counts[k] > 0 for k in consent.STATUSES), counts
    rows = s.execute(select(ConsentRecord)).scalars().all()
    births = dict(s.execute(select(Subject.id, Subject.birth_date)).all())
    for r in rows:
        assert r.given_on <= TODAY
        assert r.given_on >= births[r.subject_id]
        if consent.age_on(births[r.subject_id], r.given_on) < 16:
            assert r.given_by == "representative" and r.representative_name
        if r.withdrawn_on:
            assert r.given_on <= r.withdrawn_on <= TODAY
        if r.scope == "purpose":
            assert r.purpose_id in purposes
        if r.scope == "abroad":
            assert r.country
    assert any(r.given_by == "representative" for r in rows)
    # The same seed gives the same data.
    again = consent.demo_consents(s, adults[:10], purposes, 3, seed=7, today=TODAY)
    assert again > 0
