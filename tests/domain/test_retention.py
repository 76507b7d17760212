"""Retention, holds and disposal on a real encrypted database: what is past retention, which
holds block it and why, and disposal by deletion or by processing so the person can no
longer be identified (with the field history removed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from privacydesk.domain import consent, history, provisions, retention
from privacydesk.domain.consent import ConsentInput
from privacydesk.domain.retention import month_period_end, retained_until
from privacydesk.errors import InvalidInput
from privacydesk.messages import MESSAGES
from privacydesk.services.desk import Desk
from privacydesk.storage.models import (
    ConsentRecord,
    Hold,
    IssuedDocument,
    ProvisionRecord,
    ProvisionSubject,
    RecordHistory,
    RegisterEntry,
    Subject,
    SubjectEntry,
    SubjectSensitive,
)

TODAY = date(2026, 11, 24)
OLD = datetime(2020, 4, 1, 10, 0)  # a last update long past any retention below
NAME = "髙橋 﨑子"
SRC = Path(__file__).resolve().parents[2] / "src" / "privacydesk"


@pytest.fixture
def s(desk: Desk) -> Iterator[Session]:
    with desk.uow(write=True) as session:
        yield session


def entry(s: Session, months: int | None = 12) -> int:
    row = RegisterEntry(name="会員情報", retention_months=months, created_at=OLD, updated_at=OLD)
    s.add(row)
    s.flush()
    return row.id


def subject(s: Session, entries: list[int], updated: datetime = OLD, name: str = NAME) -> int:
    row = Subject(
        legal_name=name,
        reading="タカハシ サキコ",
        alias="さき",
        member_number="M-0001",
        birth_date=date(1980, 4, 1),
        postal_code="150-0001",
        address="東京都渋谷区神宮前1-2-3",
        phone="03-1234-5678",
        email="saki@example.jp",
        representative_name="髙橋 一郎",
        notes="メモ",
        created_at=updated,
        updated_at=updated,
    )
    s.add(row)
    s.flush()
    for e in entries:
        s.add(SubjectEntry(subject_id=row.id, entry_id=e))
    s.flush()
    return row.id


def record(s: Session, made: date, people: list[int], entry_id: int | None = None) -> int:
    row = provisions.create(
        s,
        provisions.ProvisionInput(
            direction="provided",
            provided_on=made,
            counterparty="社会福祉法人 みどり福祉会",
            basis="consent",
            items="氏名、住所",
            consent_note="書面で同意取得",
            entry_id=entry_id,
        ),
        None,
        subject_ids=people,
        today=made,
    )
    return row.id


def count(s: Session, model: type) -> int:
    return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def refusal(info: pytest.ExceptionInfo[InvalidInput]) -> list[tuple[str, str, dict[str, object]]]:
    assert info.value.code == "retention.refused"
    assert info.value.params == {"count": len(info.value.problems)}
    return info.value.problems


# -- Periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2025, 3, 11), 12, date(2026, 3, 10)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # no 31 February: the month's last day
        (date(2024, 1, 30), 1, date(2024, 2, 29)),
        (date(2025, 11, 15), 3, date(2026, 2, 14)),
        (date(2025, 3, 1), 0, date(2025, 2, 28)),
    ],
)
def test_month_period_end(start: date, months: int, end: date) -> None:
    assert month_period_end(start, months) == end


def test_retained_until_does_not_count_the_day_of_the_update() -> None:
    assert retained_until(date(2025, 3, 10), 12) == date(2026, 3, 10)
    assert retained_until(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert retained_until(date(2025, 1, 30), 1) == date(2025, 2, 28)


# -- Holds ------------------------------------------------------------------------------------


def test_holds_are_set_listed_and_released(s: Session) -> None:
    e = entry(s)
    person = subject(s, [e])
    h = retention.set_hold(s, "subject", person, "本人と協議中", "dispute:3", "manual", 1)
    assert h.active and (h.target_type, h.target_id, h.source) == ("subject", person, "manual")
    on_entry = retention.set_hold(s, "entry", e, "監査のため保全", actor=1)
    assert [x.id for x in retention.active_holds(s)] == [h.id, on_entry.id]
    assert [x.id for x in retention.active_holds(s, "subject", person)] == [h.id]
    # Blocking a person: their own hold and the hold on their entry.
    assert [x.id for x in retention.blocking_holds(s, ("subject", person))] == [h.id, on_entry.id]
    assert [x.id for x in retention.blocking_holds(s, ("entry", e))] == [on_entry.id]
    released = retention.release_hold(s, h.id, 1)
    assert not released.active and released.released_by == 1
    assert [x.id for x in retention.blocking_holds(s, ("subject", person))] == [on_entry.id]
    assert [x.id for x in retention.holds_of(s, "subject", person)] == [h.id]  # kept, released
    with pytest.raises(InvalidInput) as info:
        retention.release_hold(s, h.id, 1)
    assert info.value.code == "hold.already_released"
    with pytest.raises(InvalidInput) as info:
        retention.release_hold(s, 999, 1)
    assert info.value.code == "hold.unknown"


def test_hold_validation(s: Session) -> None:
    person = subject(s, [])
    with pytest.raises(InvalidInput) as info:
        retention.set_hold(s, "subject", person, "  ", source="whim")
    assert {(f, c) for f, c, _ in info.value.problems} == {
        ("reason", "hold.reason_required"),
        ("source", "hold.unknown_source"),
    }
    with pytest.raises(InvalidInput) as info:
        retention.set_hold(s, "subject", 999, "理由")
    assert info.value.problems[0][1] == "hold.unknown_target"
    with pytest.raises(InvalidInput) as info:
        retention.set_hold(s, "building", person, "理由")
    assert info.value.problems[0][1] == "hold.unknown_target_type"
    with pytest.raises(InvalidInput) as info:
        retention.set_hold(s, "subject", person, "理由", reference="r" * 101)
    assert info.value.problems[0][1] == "input.too_long"


def test_a_record_is_blocked_by_holds_on_its_persons_and_its_entry(s: Session) -> None:
    e = entry(s)
    person = subject(s, [])
    r = record(s, date(2020, 1, 1), [person], entry_id=e)
    assert retention.blocking_holds(s, ("provision_record", r)) == []
    h1 = retention.set_hold(s, "subject", person, "開示請求に対応中", "request:7", "request")
    h2 = retention.set_hold(s, "entry", e, "監査")
    assert [h.id for h in retention.blocking_holds(s, ("provision_record", r))] == [h2.id, h1.id]


# -- What is past retention -------------------------------------------------------------------


def test_past_retention_needs_every_entry_past(s: Session) -> None:
    short, long_, forever = entry(s, 12), entry(s, 120), entry(s, None)
    past = subject(s, [short])
    past_both = subject(s, [short, entry(s, 24)])
    one_long = subject(s, [short, long_])
    while_needed = subject(s, [short, forever])
    no_entry = subject(s, [])
    recent = subject(s, [short], updated=datetime(2026, 6, 1))
    result = retention.past_retention(s, TODAY)
    assert [d.subject_id for d in result.subjects] == [past, past_both]
    assert result.held_subjects == []
    due = result.subjects[1]
    assert due.last_update == date(2020, 4, 1)
    assert due.retained_until == date(2022, 4, 1)  # the longer of 12 and 24 months
    assert sorted(due.entry_ids) == sorted(
        e
        for (e,) in s.execute(
            select(SubjectEntry.entry_id).where(SubjectEntry.subject_id == past_both)
        )
    )
    listed = {d.subject_id for d in result.subjects}
    assert not listed & {one_long, while_needed, no_entry, recent}


def test_the_last_day_of_retention_is_not_past(s: Session) -> None:
    person = subject(s, [entry(s, 12)], updated=datetime(2025, 11, 24, 23, 59))
    assert retention.past_retention(s, date(2026, 11, 24)).subjects == []  # retained until today
    assert [d.subject_id for d in retention.past_retention(s, date(2026, 11, 25)).subjects] == [
        person
    ]


def test_month_ends_are_exact_beyond_the_sql_margin(s: Session) -> None:
    # Updated 2025-12-30, 2 months: runs from 12-31, no 31 February: retained until 02-28.
    person = subject(s, [entry(s, 2)], updated=datetime(2025, 12, 30, 8, 0))
    assert retention.past_retention(s, date(2026, 2, 28)).subjects == []
    assert [d.subject_id for d in retention.past_retention(s, date(2026, 3, 1)).subjects] == [
        person
    ]


def test_holds_and_kept_records_move_persons_to_held_and_say_why(s: Session) -> None:
    e = entry(s, 12)
    free = subject(s, [e], name="A")
    held = subject(s, [e], name="B")
    in_record = subject(s, [e], name="C")
    h = retention.set_hold(s, "subject", held, "紛争中")
    kept = record(s, date(2025, 1, 1), [in_record])
    result = retention.past_retention(s, TODAY)
    assert [d.subject_id for d in result.subjects] == [free]
    by_id = {d.subject_id: d for d in result.held_subjects}
    assert set(by_id) == {held, in_record}
    (b,) = by_id[held].blockers
    assert (b.code, b.hold and b.hold.id) == ("retention.subject_held", h.id)
    assert b.params() == {"id": held, "hold": h.id, "subject": held}
    (k,) = by_id[in_record].blockers
    assert (k.code, k.record_id, k.keep_until) == (
        "retention.subject_in_kept_record",
        kept,
        date(2028, 1, 1),
    )
    # A hold on the entry holds every person in it.
    on_entry = retention.set_hold(s, "entry", e, "監査")
    result = retention.past_retention(s, TODAY)
    assert result.subjects == []
    assert by_code(result.held_subjects, free) == ["retention.subject_entry_held"]
    assert retention.past_counts(s, TODAY) == {"subjects": 0, "records": 0, "held": 3, "holds": 2}
    retention.release_hold(s, on_entry.id)


def by_code(items: list[retention.DueSubject], subject_id: int) -> list[str]:
    return [b.code for d in items if d.subject_id == subject_id for b in d.blockers]


def test_records_past_keep_until_and_held_records(s: Session) -> None:
    person = subject(s, [])
    old = record(s, date(2021, 1, 5), [])
    held = record(s, date(2021, 2, 5), [person])
    record(s, date(2025, 1, 5), [])
    h = retention.set_hold(s, "subject", person, "開示請求に対応中", "request:9", "request")
    result = retention.past_retention(s, TODAY)
    assert [r.record_id for r in result.records] == [old]
    assert [r.record_id for r in result.held_records] == [held]
    (b,) = result.held_records[0].blockers
    assert b.code == "retention.record_subject_held"
    assert b.params() == {"id": held, "hold": h.id, "subject": person}


def test_deidentified_persons_are_not_listed_again(s: Session) -> None:
    person = subject(s, [entry(s, 12)])
    retention.dispose(s, [person], [], "deidentify", TODAY)
    assert retention.past_retention(s, TODAY).subjects == []


# -- Disposal ---------------------------------------------------------------------------------


def _full_person(s: Session, e: int) -> int:
    person = subject(s, [e])
    c = consent.record(
        s,
        ConsentInput(
            person,
            "sensitive",
            date(2020, 3, 1),
            "paper",
            given_by="representative",
            representative_name="髙橋 一郎",
            evidence_ref="同意-2020-0001",
            evidence_location="書庫",
        ),
        TODAY,
    )
    consent.record(
        s, ConsentInput(person, "third_party", date(2020, 3, 1), "web", recipient="X"), TODAY
    )
    s.add(
        SubjectSensitive(
            subject_id=person,
            kind="medical_history",
            note="持病あり",
            consent_id=c.id,
            recorded_at=OLD,
        )
    )
    s.add(
        IssuedDocument(
            kind="reply", record_type="subject", record_id=str(person), issued_at=OLD, pdf=b"%PDF"
        )
    )
    stored = s.get(Subject, person)
    assert stored is not None
    history.apply(s, stored, "subject", {"address": "大阪府大阪市北区1-1"}, None)
    history.record(s, "consent", c.id, "method", "oral", "paper", None)
    stored.updated_at = OLD  # the history write above is an edit long ago
    s.flush()
    return person


def test_delete_removes_the_person_and_everything_about_them(s: Session) -> None:
    e = entry(s, 12)
    person = _full_person(s, e)
    other = _full_person(s, e)
    old_record = record(s, date(2021, 1, 5), [person, other])
    released = retention.set_hold(s, "subject", person, "以前の紛争")
    retention.release_hold(s, released.id)
    before_history = count(s, RecordHistory)
    result = retention.dispose(s, [person], [old_record], "delete", TODAY)
    assert (result.method, result.subjects, result.records) == ("delete", 1, 1)
    assert (result.consents, result.sensitive, result.documents, result.holds) == (2, 1, 1, 1)
    assert result.history == 2
    assert result.links == 3  # the entry link, and the record's two links
    assert result.backups_still_hold and result.notice == "retention.backups_still_hold"
    assert s.get(Subject, person) is None
    assert (
        s.execute(select(ConsentRecord).where(ConsentRecord.subject_id == person)).first() is None
    )
    assert (
        s.execute(select(SubjectSensitive).where(SubjectSensitive.subject_id == person)).first()
        is None
    )
    assert s.get(ProvisionRecord, old_record) is None
    assert history.of(s, "subject", person) == []
    assert count(s, RecordHistory) == before_history - 2
    assert history.of(s, "subject", other) != []  # the other person's history stays
    search = s.execute(
        text("SELECT count(*) FROM subject_search WHERE subject_id = :i"), {"i": person}
    )
    assert search.scalar_one() == 0
    assert s.get(Subject, other) is not None


def test_deidentify_blanks_what_identifies_and_keeps_the_history_of_consents(s: Session) -> None:
    e = entry(s, 12)
    person = _full_person(s, e)
    result = retention.dispose(s, [person], [], "deidentify", TODAY)
    assert (result.method, result.subjects, result.consents, result.sensitive) == (
        "deidentify",
        1,
        2,
        1,
    )
    assert result.history == 2 and result.documents == 1
    stored = s.get(Subject, person)
    assert stored is not None
    s.refresh(stored)
    assert stored.deidentified
    for name, value in retention.DEIDENTIFIED_VALUES.items():
        assert getattr(stored, name) == value, name
    consents = (
        s.execute(select(ConsentRecord).where(ConsentRecord.subject_id == person)).scalars().all()
    )
    assert len(consents) == 2  # the consents stay, as history
    assert {c.scope for c in consents} == {"sensitive", "third_party"}
    for c in consents:
        s.refresh(c)
        assert (c.representative_name, c.evidence_ref, c.evidence_location) == ("", "", "")
    item = s.execute(
        select(SubjectSensitive).where(SubjectSensitive.subject_id == person)
    ).scalar_one()
    s.refresh(item)
    assert item.note == "" and item.kind == "medical_history"
    assert history.of(s, "subject", person) == []
    folded = s.execute(
        text("SELECT folded FROM subject_search WHERE subject_id = :i"), {"i": person}
    ).scalar_one()
    assert folded == ""
    assert s.execute(select(SubjectEntry).where(SubjectEntry.subject_id == person)).first()
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, [person], [], "deidentify", TODAY)
    assert refusal(info)[0][1] == "retention.already_deidentified"
    # A processed person may still be deleted later.
    assert retention.dispose(s, [person], [], "delete", TODAY).subjects == 1


def test_a_hold_blocks_disposal_and_says_why(s: Session) -> None:
    e = entry(s, 12)
    person = _full_person(s, e)
    h = retention.set_hold(s, "subject", person, "本人と協議中", "dispute:1")
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, [person], [], "delete", TODAY)
    assert refusal(info) == [
        (
            f"subject:{person}",
            "retention.subject_held",
            {"id": person, "hold": h.id, "subject": person},
        )
    ]
    assert "本人と協議中" not in str(info.value.problems)  # the reason is shown from the hold
    assert s.get(Subject, person) is not None
    entry_hold = retention.set_hold(s, "entry", e, "監査")
    retention.release_hold(s, h.id)
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, [person], [], "deidentify", TODAY)
    assert [p[1] for p in refusal(info)] == ["retention.subject_entry_held"]
    assert info.value.problems[0][2] == {"id": person, "hold": entry_hold.id, "entry": e}
    retention.release_hold(s, entry_hold.id)
    assert retention.dispose(s, [person], [], "delete", TODAY).subjects == 1


def test_disposal_is_all_or_nothing(s: Session) -> None:
    e = entry(s, 12)
    free = _full_person(s, e)
    held = _full_person(s, e)
    retention.set_hold(s, "subject", held, "紛争中")
    with pytest.raises(InvalidInput):
        retention.dispose(s, [free, held], [], "delete", TODAY)
    assert s.get(Subject, free) is not None and s.get(Subject, held) is not None


def test_records_and_persons_named_in_kept_records(s: Session) -> None:
    e = entry(s, 12)
    person = subject(s, [e])
    kept = record(s, date(2025, 1, 5), [person])
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, [person], [kept], "delete", TODAY)
    codes = {(f, c) for f, c, _ in refusal(info)}
    assert codes == {
        (f"subject:{person}", "retention.subject_in_kept_record"),
        (f"record:{kept}", "retention.record_still_kept"),
    }
    # A record past its keep_until goes with the person in one disposal.
    past = record(s, date(2021, 1, 5), [person])
    s.execute(ProvisionSubject.__table__.delete().where(ProvisionSubject.record_id == kept))
    result = retention.dispose(s, [person], [past], "delete", TODAY)
    assert (result.subjects, result.records) == (1, 1)


def test_a_person_not_past_retention_needs_an_explicit_reason(s: Session) -> None:
    person = subject(s, [entry(s, 120)])
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, [person], [], "delete", TODAY)
    assert [p[1] for p in refusal(info)] == ["retention.not_past"]
    # A later area (erasure on request, 35) disposes of a person before retention ends.
    assert retention.dispose(s, [person], [], "delete", TODAY, require_past=False).subjects == 1


def test_unknown_targets_methods_and_nothing_selected(s: Session) -> None:
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, [], [], "delete", TODAY)
    assert [p[1] for p in refusal(info)] == ["retention.nothing_selected"]
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, [777], [888], "shred", TODAY)
    assert {p[1] for p in refusal(info)} == {
        "retention.unknown_method",
        "retention.unknown_subject",
        "provision.unknown",
    }


def test_disposal_of_more_persons_than_one_in_list(s: Session) -> None:
    e = entry(s, 12)
    people = [subject(s, [e], name=f"人{i}") for i in range(1000)]  # more than one IN list
    held = people[950]
    retention.set_hold(s, "subject", held, "紛争中")
    with pytest.raises(InvalidInput) as info:
        retention.dispose(s, people, [], "delete", TODAY)
    assert [p[0] for p in refusal(info)] == [f"subject:{held}"]
    people.remove(held)
    result = retention.dispose(s, people, [], "delete", TODAY)
    assert result.subjects == 999 and result.links == 999
    assert count(s, Subject) == 1 and count(s, Hold) == 1


def test_the_word_for_a_different_regime_is_never_used() -> None:
    """匿名加工 names the regime of Arts. 41-44; disposal says 個人を識別できない形に加工."""
    word = "匿名" + "加工"
    for name in (
        "domain/consent.py",
        "domain/provisions.py",
        "domain/retention.py",
        "services/consent.py",
        "services/provisions.py",
        "services/retention.py",
        "documents/consent_form.py",
    ):
        assert word not in (SRC / name).read_text(encoding="utf-8"), name
    for code, entry_ in MESSAGES.items():
        if code.split(".")[0] in ("consent", "provision", "hold", "retention"):
            assert word not in entry_["ja"], code
    assert "個人を識別できない形に加工" in MESSAGES["retention.method.deidentify"]["ja"]


def test_every_code_of_the_module_is_in_the_catalogue() -> None:
    import inspect
    import re

    source = inspect.getsource(retention)
    codes = set(re.findall(r"\"((?:retention|hold|provision|input)\.[a-z_.]+)\"", source))
    assert "retention.subject_in_kept_record" in codes
    assert not sorted(c for c in codes if c not in MESSAGES)
    for code in retention.BLOCKER_CODES:
        assert code in MESSAGES


def test_demo_holds(s: Session) -> None:
    people = [subject(s, []) for _ in range(10)]
    assert retention.demo_holds(s, people, [entry(s)], 5, seed=1) == 5
    assert len(retention.active_holds(s)) == 4
    assert len(retention.active_holds(s, "entry")) == 1
