"""Records of provision and receipt (Articles 29 and 30): when a record is needed, keep-until
dates, validation (opt-out, receipt, dates), links and lists, demo data."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain import provisions
from privacydesk.domain.provisions import ProvisionInput, keep_until, record_needed
from privacydesk.errors import InvalidInput
from privacydesk.messages import MESSAGES
from privacydesk.services.desk import Desk
from privacydesk.storage.models import (
    EntryItem,
    EntryProvision,
    ProvisionRecord,
    ProvisionSubject,
    RegisterEntry,
    Subject,
)

TODAY = date(2026, 11, 24)
WHEN = datetime(2026, 1, 5, 9, 0)


@pytest.fixture
def s(desk: Desk) -> Iterator[Session]:
    with desk.uow(write=True) as session:
        yield session


def subject(s: Session, name: str = "Nguyễn Văn An") -> int:
    row = Subject(legal_name=name, created_at=WHEN, updated_at=WHEN)
    s.add(row)
    s.flush()
    return row.id


def entry(
    s: Session, sensitive_kinds: str = "[]", sensitive_item: bool = False, filing: str = ""
) -> int:
    row = RegisterEntry(
        name="会員情報", sensitive_kinds=sensitive_kinds, created_at=WHEN, updated_at=WHEN
    )
    s.add(row)
    s.flush()
    s.add(EntryItem(entry_id=row.id, name="氏名"))
    if sensitive_item:
        s.add(EntryItem(entry_id=row.id, name="病歴", sensitive=True, sensitive_kind="medical"))
    if filing:
        s.add(
            EntryProvision(
                entry_id=row.id, recipient="名簿業者", basis="opt_out", opt_out_filing=filing
            )
        )
    s.flush()
    return row.id


def provided(**kw: Any) -> ProvisionInput:
    values: dict[str, Any] = {
        "direction": "provided",
        "provided_on": date(2026, 5, 10),
        "counterparty": "社会福祉法人 みどり福祉会",
        "basis": "consent",
        "items": "氏名、住所",
        "consent_note": "2026-04-01 書面で同意取得",
    }
    values.update(kw)
    return ProvisionInput(**values)


def received(**kw: Any) -> ProvisionInput:
    values: dict[str, Any] = {
        "direction": "received",
        "provided_on": date(2026, 5, 10),
        "counterparty": "一般社団法人 地域ネット",
        "counterparty_address": "大阪府大阪市北区梅田3-3-3",
        "counterparty_representative": "代表理事 森 由美",
        "how_acquired": "本人からの申込書",
        "basis": "consent",
        "items": "氏名、電話番号",
        "consent_note": "提供元が本人の同意を得ていることを確認",
    }
    values.update(kw)
    return ProvisionInput(**values)


def problems(info: pytest.ExceptionInfo[InvalidInput]) -> dict[str, str]:
    assert info.value.code == "input.problems"
    return {field: code for field, code, _ in info.value.problems}


# -- Whether a record is needed ---------------------------------------------------------------

# (basis, abroad) -> (needed, reason) for provision; APPI.md section 3.
PROVIDED = {
    ("consent", False): (True, "provision.record_consent"),
    ("consent", True): (True, "provision.record_consent"),
    ("opt_out", False): (True, "provision.record_opt_out"),
    ("opt_out", True): (True, "provision.record_opt_out"),
    ("legal_exception", False): (False, "provision.no_record_legal_exception"),
    ("legal_exception", True): (False, "provision.no_record_legal_exception"),
    ("outsourcing", False): (False, "provision.no_record_outsourcing"),
    ("outsourcing", True): (True, "provision.record_abroad"),
    ("joint_use", False): (False, "provision.no_record_joint_use"),
    ("joint_use", True): (True, "provision.record_abroad"),
    ("business_succession", False): (False, "provision.no_record_business_succession"),
    ("business_succession", True): (True, "provision.record_abroad"),
}


@pytest.mark.parametrize(("basis", "abroad"), sorted(PROVIDED))
def test_record_needed_for_provision(basis: str, abroad: bool) -> None:
    assert record_needed(basis, abroad) == PROVIDED[(basis, abroad)]


@pytest.mark.parametrize("abroad", [False, True])
@pytest.mark.parametrize("basis", provisions.BASES)
def test_record_needed_for_receipt(basis: str, abroad: bool) -> None:
    """Article 30 has the same exceptions; 28 concerns provision only."""
    needed, reason = record_needed(basis, abroad, "received")
    if basis == "legal_exception":
        assert (needed, reason) == (False, "provision.no_record_legal_exception")
    elif basis in ("outsourcing", "joint_use", "business_succession"):
        assert not needed and reason == PROVIDED[(basis, False)][1]
    else:
        assert (needed, reason) == (True, "provision.record_received")


def test_every_basis_is_covered_and_every_reason_has_a_message() -> None:
    assert {b for b, _ in PROVIDED} == set(provisions.BASES)
    for reason in provisions.REASONS:
        assert reason in MESSAGES
    with pytest.raises(InvalidInput) as info:
        record_needed("gift", False)
    assert info.value.code == "provision.unknown_basis"
    with pytest.raises(InvalidInput) as info:
        record_needed("consent", False, "sideways")
    assert info.value.code == "provision.unknown_direction"


# -- Keep-until -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "made", "last", "until"),
    [
        # A single record: 3 years from the day it was made (the first day not counted).
        ("single", date(2024, 5, 10), None, date(2027, 5, 10)),
        ("single", date(2024, 2, 29), None, date(2027, 2, 28)),  # past from 2027-03-01
        ("single", date(2024, 2, 28), None, date(2027, 2, 28)),
        ("single", date(2025, 2, 28), None, date(2028, 2, 29)),  # runs from 2025-03-01
        ("single", date(2024, 12, 31), None, date(2027, 12, 31)),
        ("single", date(2024, 5, 10), date(2026, 1, 1), date(2027, 5, 10)),  # last ignored
        # A batch record: 3 years from the last provision.
        ("batch", date(2024, 1, 10), date(2024, 6, 30), date(2027, 6, 30)),
        ("batch", date(2024, 1, 10), date(2024, 2, 29), date(2027, 2, 28)),
        ("batch", date(2024, 1, 10), None, date(2027, 1, 10)),  # no later provision yet
        # A contract serving as the record: 1 year from the last provision.
        ("contract", date(2024, 1, 10), date(2024, 5, 10), date(2025, 5, 10)),
        ("contract", date(2024, 1, 10), date(2024, 2, 29), date(2025, 2, 28)),
        ("contract", date(2023, 1, 10), date(2023, 2, 28), date(2024, 2, 29)),
    ],
)
def test_keep_until(form: str, made: date, last: date | None, until: date) -> None:
    assert keep_until(form, made, last) == until


def test_keep_until_refuses_an_unknown_form() -> None:
    with pytest.raises(InvalidInput) as info:
        keep_until("forever", date(2024, 1, 1))
    assert info.value.code == "provision.unknown_form"


def test_past_keep_until_starts_the_day_after(s: Session) -> None:
    made = date(2024, 2, 29)
    row = provisions.create(s, provided(provided_on=made), None, today=made)
    assert row.keep_until == date(2027, 2, 28)
    assert provisions.past_keep_until(s, date(2027, 2, 28)) == []
    assert [r.id for r in provisions.past_keep_until(s, date(2027, 3, 1))] == [row.id]
    assert provisions.count_past_keep_until(s, date(2027, 3, 1)) == 1


# -- Creating ---------------------------------------------------------------------------------


def test_a_consent_based_provision_is_recorded_with_its_subjects(s: Session) -> None:
    people = [subject(s), subject(s, "髙橋 﨑子")]
    row = provisions.create(s, provided(), 1, subject_ids=people, today=TODAY)
    assert row.required and row.reason == "provision.record_consent"
    assert row.keep_until == date(2029, 11, 24)  # made today
    assert row.subject_count == 2 and row.created_by == 1
    assert provisions.subjects_of(s, row.id) == sorted(people)
    assert [r.id for r in provisions.of_subject(s, people[0])] == [row.id]


def test_a_record_the_law_does_not_need_is_refused_with_the_reason(s: Session) -> None:
    for basis, reason in (
        ("outsourcing", "provision.no_record_outsourcing"),
        ("joint_use", "provision.no_record_joint_use"),
        ("business_succession", "provision.no_record_business_succession"),
        ("legal_exception", "provision.no_record_legal_exception"),
    ):
        with pytest.raises(InvalidInput) as info:
            provisions.create(s, provided(basis=basis), None, today=TODAY)
        assert problems(info) == {"basis": reason}
    assert s.execute(select(func.count()).select_from(ProvisionRecord)).scalar_one() == 0


def test_a_voluntary_record_is_kept_and_says_it_was_not_required(s: Session) -> None:
    row = provisions.create(s, provided(basis="outsourcing"), None, voluntary=True, today=TODAY)
    assert not row.required and row.reason == "provision.no_record_outsourcing"


def test_outsourcing_abroad_needs_a_record_and_a_country(s: Session) -> None:
    with pytest.raises(InvalidInput) as info:
        provisions.create(s, provided(basis="outsourcing", abroad=True), None, today=TODAY)
    assert problems(info) == {"country": "provision.country_required"}
    row = provisions.create(
        s,
        provided(basis="outsourcing", abroad=True, country="アメリカ合衆国"),
        None,
        today=TODAY,
    )
    assert row.required and row.reason == "provision.record_abroad"
    assert row.country == "アメリカ合衆国"


def test_opt_out_needs_the_commission_filing(s: Session) -> None:
    plain = entry(s)
    with pytest.raises(InvalidInput) as info:
        provisions.create(
            s, provided(basis="opt_out", consent_note="", entry_id=plain), None, today=TODAY
        )
    assert problems(info) == {"consent_note": "provision.opt_out_needs_filing"}
    note = "個人情報保護委員会 届出 2025-04-01 第123号"
    row = provisions.create(s, provided(basis="opt_out", consent_note=note), None, today=TODAY)
    assert row.consent_note == note
    # The filing recorded on the entry's foreseen provision is taken over.
    filed = entry(s, filing="届出 2024-10-01")
    row = provisions.create(
        s, provided(basis="opt_out", consent_note="", entry_id=filed), None, today=TODAY
    )
    assert row.consent_note == "届出 2024-10-01"


@pytest.mark.parametrize(
    ("kinds", "item"), [('["medical_history"]', False), ("[]", True), ('["creed"]', True)]
)
def test_opt_out_never_includes_sensitive_data(s: Session, kinds: str, item: bool) -> None:
    sensitive = entry(s, sensitive_kinds=kinds, sensitive_item=item, filing="届出済み")
    with pytest.raises(InvalidInput) as info:
        provisions.create(s, provided(basis="opt_out", entry_id=sensitive), None, today=TODAY)
    assert problems(info) == {"basis": "provision.opt_out_sensitive"}
    assert info.value.problems[0][2] == {"count": int(kinds != "[]") + int(item)}
    # With consent, the same entry may be provided.
    assert provisions.create(s, provided(entry_id=sensitive), None, today=TODAY).required


def test_opt_out_cannot_go_abroad(s: Session) -> None:
    with pytest.raises(InvalidInput) as info:
        provisions.create(
            s,
            provided(basis="opt_out", abroad=True, country="シンガポール", consent_note="届出"),
            None,
            today=TODAY,
        )
    assert problems(info) == {"abroad": "provision.opt_out_abroad"}


def test_receipt_needs_the_provider_and_how_it_acquired_the_data(s: Session) -> None:
    with pytest.raises(InvalidInput) as info:
        provisions.create(
            s,
            received(counterparty_address="", counterparty_representative="", how_acquired=""),
            None,
            today=TODAY,
        )
    assert problems(info) == {
        "counterparty_address": "provision.provider_address_required",
        "counterparty_representative": "provision.provider_representative_required",
        "how_acquired": "provision.how_acquired_required",
    }
    row = provisions.create(s, received(), None, today=TODAY)
    assert row.direction == "received" and row.reason == "provision.record_received"
    # An individual provider has no representative to name.
    person = provisions.create(
        s, received(counterparty_representative="", provider_is_individual=True), None, today=TODAY
    )
    assert person.counterparty_representative == ""
    # Receipt from a contractor needs no record (27⑤ applies to Article 30 as well).
    with pytest.raises(InvalidInput) as info:
        provisions.create(s, received(basis="outsourcing"), None, today=TODAY)
    assert problems(info) == {"basis": "provision.no_record_outsourcing"}


def test_required_fields_dates_and_forms(s: Session) -> None:
    with pytest.raises(InvalidInput) as info:
        provisions.create(
            s,
            provided(counterparty=" ", items="", consent_note="", direction="x", record_form="y"),
            None,
            today=TODAY,
        )
    assert problems(info) == {
        "counterparty": "provision.counterparty_required",
        "items": "provision.items_required",
        "consent_note": "provision.consent_note_required",
        "direction": "provision.unknown_direction",
        "record_form": "provision.unknown_form",
    }
    with pytest.raises(InvalidInput) as info:
        provisions.create(s, provided(provided_on="2026-11-25"), None, today=TODAY)
    assert problems(info) == {"provided_on": "provision.future_date"}
    with pytest.raises(InvalidInput) as info:
        provisions.create(s, provided(provided_on="2025-02-29"), None, today=TODAY)
    assert problems(info) == {"provided_on": "date.impossible"}
    with pytest.raises(InvalidInput) as info:
        provisions.create(
            s,
            provided(record_form="batch", last_provision_on=date(2026, 5, 1)),
            None,
            today=TODAY,
        )
    assert problems(info) == {"last_provision_on": "provision.last_before_first"}
    with pytest.raises(InvalidInput) as info:
        provisions.create(s, provided(last_provision_on=date(2026, 6, 1)), None, today=TODAY)
    assert problems(info) == {"last_provision_on": "provision.last_only_for_batch"}
    with pytest.raises(InvalidInput) as info:
        provisions.create(s, provided(entry_id=999), None, today=TODAY)
    assert problems(info) == {"entry_id": "provision.unknown_entry"}


def test_batch_and_contract_records_follow_the_last_provision(s: Session) -> None:
    batch = provisions.create(
        s,
        provided(record_form="batch", provided_on=date(2024, 1, 10)),
        None,
        today=date(2024, 1, 12),
    )
    assert batch.keep_until == date(2027, 1, 10)  # from the first provision until a later one
    later = provisions.further_provision(s, batch.id, "2024-06-30", today=TODAY)
    assert (later.last_provision_on, later.keep_until) == (date(2024, 6, 30), date(2027, 6, 30))
    with pytest.raises(InvalidInput) as info:
        provisions.further_provision(s, batch.id, date(2024, 6, 1), today=TODAY)
    assert problems(info) == {"last_provision_on": "provision.last_before_first"}
    single = provisions.create(s, provided(), None, today=TODAY)
    with pytest.raises(InvalidInput) as info:
        provisions.further_provision(s, single.id, date(2026, 11, 1), today=TODAY)
    assert info.value.code == "provision.single_record_once"
    contract = provisions.create(
        s,
        provided(
            record_form="contract",
            provided_on=date(2025, 4, 1),
            last_provision_on=date(2025, 10, 1),
        ),
        None,
        today=TODAY,
    )
    assert contract.keep_until == date(2026, 10, 1)


def test_links_lists_and_unknowns(s: Session) -> None:
    a, b = subject(s), subject(s, "João Silva")
    first = provisions.create(s, provided(provided_on=date(2025, 1, 1)), None, today=TODAY)
    second = provisions.create(s, received(), None, subject_ids=[a], today=TODAY)
    assert provisions.link_subjects(s, first.id, [a, b, a]) == 2
    assert provisions.link_subjects(s, first.id, [a]) == 0  # already linked
    with pytest.raises(InvalidInput) as info:
        provisions.link_subjects(s, first.id, [a, 9999])
    assert info.value.code == "provision.unknown_subject"
    assert info.value.params == {"id": "9999", "count": 1}
    assert [r.id for r in provisions.of_subject(s, a)] == [second.id, first.id]
    assert provisions.unlink_subjects(s, first.id, [b]) == 1
    assert provisions.of_subject(s, b) == []
    assert [r.id for r in provisions.list_records(s, "received")] == [second.id]
    assert len(provisions.list_records(s)) == 2
    with pytest.raises(InvalidInput) as info:
        provisions.get(s, 4242)
    assert info.value.code == "provision.unknown"


def test_every_code_of_the_module_is_in_the_catalogue() -> None:
    source = inspect.getsource(provisions)
    codes = set(re.findall(r"\"((?:provision|input|date|consent)\.[a-z_.]+)\"", source))
    assert "provision.opt_out_sensitive" in codes
    assert not sorted(c for c in codes if c not in MESSAGES)


# -- Demo data -------------------------------------------------------------------------------


def test_demo_provisions(s: Session) -> None:
    people = [subject(s, f"人{i}") for i in range(50)]
    entries = [entry(s), entry(s, sensitive_item=True), entry(s)]
    n = provisions.demo_provisions(s, people, entries, 200, seed=3, today=TODAY)
    assert n == 200
    records = s.execute(select(ProvisionRecord)).scalars().all()
    assert len(records) == 200
    assert {r.direction for r in records} == {"provided", "received"}
    assert {r.record_form for r in records} == {"single", "batch", "contract"}
    for r in records:
        needed, _ = record_needed(r.basis, r.abroad, r.direction)
        assert needed
        if r.basis == "opt_out":
            assert r.entry_id != entries[1] and r.consent_note
        if r.direction == "received":
            assert r.counterparty_address and r.how_acquired
        assert r.keep_until > r.provided_on
    assert any(r.keep_until < TODAY for r in records)
    assert any(r.keep_until >= TODAY for r in records)
    links = s.execute(select(func.count()).select_from(ProvisionSubject)).scalar_one()
    assert 200 <= links <= 1000
