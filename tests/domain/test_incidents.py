"""The leak rules with no database: reportable or not and why, and the Commission's deadlines
around month ends, leap years, Golden Week and the year end."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from privacydesk.domain.calendar import Calendar
from privacydesk.domain.incidents import deadlines, final_due, judge, next_deadline

GOV = Calendar.government()
HARD_DAYS = st.one_of(
    st.dates(date(2026, 4, 1), date(2026, 5, 10)),  # Golden Week 30/60 days on
    st.dates(date(2026, 11, 20), date(2027, 1, 10)),  # the year end
    st.dates(date(2027, 12, 25), date(2028, 3, 5)),  # 29 February 2028
    st.dates(date(2025, 1, 1), date(2032, 12, 31)),
)


def _judge(**kw: object):
    base = {
        "sensitive": False,
        "financial": False,
        "wrongful": False,
        "persons": 1,
        "encrypted": False,
    }
    return judge(**{**base, **kw})  # type: ignore[arg-type]


def test_each_circumstance_alone_and_together() -> None:
    assert _judge().reportable is False
    assert _judge().reasons == ("incident.not_reportable",)
    for flag, code in (
        ("sensitive", "incident.reason_sensitive"),
        ("financial", "incident.reason_financial"),
        ("wrongful", "incident.reason_wrongful"),
    ):
        j = _judge(**{flag: True})
        assert j.reportable and j.reasons == (code,)  # even for one person
    together = _judge(sensitive=True, financial=True, wrongful=True, persons=5000)
    assert together.reasons == (
        "incident.reason_sensitive",
        "incident.reason_financial",
        "incident.reason_wrongful",
        "incident.reason_many",
    )


def test_more_than_a_thousand_persons() -> None:
    assert _judge(persons=1000).reportable is False
    assert _judge(persons=1001).reasons == ("incident.reason_many",)
    assert _judge(persons=None).reportable is False  # not known yet: no number to count


def test_advanced_encryption_exempts_whatever_else_applies() -> None:
    j = _judge(sensitive=True, persons=50_000, encrypted=True)
    assert not j.reportable and j.reasons == ("incident.exempt_encrypted",)


def test_examples_around_the_holidays() -> None:
    # Knew Wed 1 April 2026: day 30 is Thu 30 April (open).
    assert final_due(date(2026, 4, 1), False, True) == date(2026, 4, 30)
    # Civil Code reading: day 30 is Fri 1 May (open).
    assert final_due(date(2026, 4, 1), False, False) == date(2026, 5, 1)
    # Knew Sat 4 April 2026: day 30 is Sun 3 May; 4, 5, 6 May are holidays: Thu 7 May.
    assert final_due(date(2026, 4, 4), False, True) == date(2026, 5, 7)
    # Knew 30 November 2026: day 30 is Tue 29 December (closed to 3 January): Mon 4 January.
    assert final_due(date(2026, 11, 30), False, True) == date(2027, 1, 4)
    # A wrongful purpose: 60 days. Knew 1 January 2028: day 60 is Tue 29 February (leap year).
    assert final_due(date(2028, 1, 1), True, True) == date(2028, 2, 29)


@given(HARD_DAYS, st.booleans(), st.booleans())
def test_final_report_rule(known: date, wrongful: bool, day_one: bool) -> None:
    due = final_due(known, wrongful, day_one)
    days = 60 if wrongful else 30
    raw = known + timedelta(days=days - 1 if day_one else days)
    # Never earlier than the raw last day; open for government offices; and every day
    # between the raw last day and the due date is closed (it moved no further than needed).
    assert due >= raw
    assert GOV.is_open(due)
    d = raw
    while d < due:
        assert not GOV.is_open(d)
        d += timedelta(days=1)
    # The day-1 reading is never later than the Civil Code reading (the safer default).
    assert final_due(known, wrongful, True) <= final_due(known, wrongful, False)


@given(HARD_DAYS, st.integers(1, 10), st.booleans())
def test_steps_and_the_next_deadline(known: date, days: int, wrongful: bool) -> None:
    items = deadlines(
        known=known,
        wrongful=wrongful,
        reportable=True,
        preliminary_days=days,
        first_day_counts=True,
        done={},
    )
    assert [d.step for d in items] == ["preliminary", "notice", "final"]
    first = next_deadline(items)
    assert first is not None and first.due == known + timedelta(days=days)
    done = {"preliminary": known, "notice": known, "final": None}
    items = deadlines(
        known=known,
        wrongful=wrongful,
        reportable=True,
        preliminary_days=days,
        first_day_counts=True,
        done=done,
    )
    nxt = next_deadline(items)
    assert nxt is not None and nxt.step == "final"
    assert (
        deadlines(
            known=known,
            wrongful=wrongful,
            reportable=False,
            preliminary_days=days,
            first_day_counts=True,
            done={},
        )
        == []
    )
