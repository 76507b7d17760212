"""The request rules with no database: the clock and its stops, Article 39, identity gaps."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from privacydesk.domain.calendar import Calendar
from privacydesk.domain.identity import DocumentRow, identity_gaps
from privacydesk.domain.requests import Stop, days_used, due_date, may_sue_from

CAL = Calendar.office()
# Golden Week and the year end, where the obvious count is wrong.
HARD_DAYS = st.one_of(
    st.dates(date(2026, 4, 20), date(2026, 5, 10)),
    st.dates(date(2026, 12, 20), date(2027, 1, 10)),
    st.dates(date(2027, 4, 25), date(2027, 5, 8)),
    st.dates(date(2025, 1, 1), date(2030, 12, 31)),
)


def test_golden_week_and_year_end_examples() -> None:
    # Received Thu 30 April 2026: 1 May open; 2–6 May closed (Sat, Sun, 3 holidays + substitute).
    assert due_date(date(2026, 4, 30), 1, [], CAL) == date(2026, 5, 1)
    assert due_date(date(2026, 4, 30), 2, [], CAL) == date(2026, 5, 7)
    # Received Mon 28 December: the office is closed 29 Dec – 3 Jan, 4 Jan 2027 is a Monday.
    assert due_date(date(2026, 12, 28), 1, [], CAL) == date(2027, 1, 4)
    assert due_date(date(2026, 12, 28), 10, [], CAL) == date(2027, 1, 18)  # 11 Jan: 成人の日


@given(HARD_DAYS, st.integers(0, 30))
def test_without_stops_the_due_date_is_the_calendars(received: date, target: int) -> None:
    expected = CAL.add_business_days(received, target) if target else CAL.next_open(received)
    assert due_date(received, target, [], CAL) == expected


@given(HARD_DAYS, st.integers(1, 20), st.integers(0, 25), st.integers(0, 40))
def test_a_stop_adds_back_exactly_its_open_days(
    received: date, target: int, start_after: int, length: int
) -> None:
    plain = due_date(received, target, [], CAL)
    assert plain is not None
    stop = Stop("identity", received + timedelta(days=start_after), None)
    stop = Stop(stop.reason, stop.started_on, stop.started_on + timedelta(days=length))
    stopped = due_date(received, target, [stop], CAL)
    assert stopped is not None and stopped >= plain
    # Counting the days used up to the new due date gives the target again.
    assert days_used(received, stopped, [stop], CAL) == target
    if stop.started_on >= plain:  # a stop after the due date changes nothing
        assert stopped == plain


@given(HARD_DAYS, st.integers(1, 20), st.integers(0, 10))
def test_an_open_stop_holds_the_clock(received: date, target: int, start_after: int) -> None:
    plain = due_date(received, target, [], CAL)
    assert plain is not None
    stop = Stop("fee", received + timedelta(days=start_after), None)
    result = due_date(received, target, [stop], CAL)
    if stop.started_on >= plain:
        assert result == plain
    else:
        assert result is None


def test_may_sue_two_weeks_after_arrival_or_on_refusal() -> None:
    received = date(2026, 11, 2)
    assert may_sue_from(received, None) == date(2026, 11, 17)
    assert may_sue_from(received, date(2026, 11, 5)) == date(2026, 11, 5)
    assert may_sue_from(received, date(2026, 12, 1)) == date(2026, 11, 17)


def _doc(kind: str, whose: str = "person", issued: date | None = None) -> DocumentRow:
    return DocumentRow(0, whose, kind, date(2026, 11, 1), issued, "")


TODAY = date(2026, 11, 20)


def test_one_photo_id_or_two_without_a_photo() -> None:
    assert identity_gaps("person", [_doc("driver_licence")], TODAY, 3) == []
    assert identity_gaps("person", [_doc("qualification_cert")], TODAY, 3) == ["person_id"]
    two = [_doc("qualification_cert"), _doc("resident_record", issued=date(2026, 10, 1))]
    assert identity_gaps("person", two, TODAY, 3) == []


def test_a_new_passport_needs_a_document_with_the_address() -> None:
    new = _doc("passport", issued=date(2021, 6, 1))
    old = _doc("passport", issued=date(2019, 6, 1))
    assert identity_gaps("person", [new], TODAY, 3) == ["person_address"]
    assert identity_gaps("person", [old], TODAY, 3) == []
    recent = _doc("resident_record", issued=date(2026, 9, 1))
    assert identity_gaps("person", [new, recent], TODAY, 3) == []


def test_certificates_must_be_recent() -> None:
    stale = _doc("resident_record", issued=date(2026, 8, 1))
    gaps = identity_gaps("person", [_doc("qualification_cert"), stale], TODAY, 3)
    assert "certificate_too_old" in gaps and "person_id" in gaps


def test_agents_need_their_own_id_and_their_authority() -> None:
    assert identity_gaps("legal_rep", [], TODAY, 3) == ["agent_id", "legal_authority"]
    rep = [_doc("driver_licence", "agent"), _doc("koseki", "authority", date(2026, 11, 1))]
    assert identity_gaps("legal_rep", rep, TODAY, 3) == []
    agent = [_doc("residence_card", "agent"), _doc("power_of_attorney", "authority")]
    assert identity_gaps("appointed_agent", agent, TODAY, 3) == ["seal_or_signature"]
    # No registered seal (many foreign residents): a signature certificate will do (37(4)).
    signed = [*agent, _doc("signature_cert", "authority")]
    assert identity_gaps("appointed_agent", signed, TODAY, 3) == []
    # Or a copy of the person's own ID.
    copy = [*agent, _doc("residence_card", "person")]
    assert identity_gaps("appointed_agent", copy, TODAY, 3) == []
