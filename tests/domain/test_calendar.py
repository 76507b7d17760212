"""The office and government calendars: holidays from the library, business days, periods."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacydesk.domain import settings
from privacydesk.domain.calendar import (
    FIRST_YEAR,
    LAST_YEAR,
    YEAR_END,
    Calendar,
    business_days_between,
    holiday_name,
    office_calendar,
    period_end,
)
from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk

GOV = Calendar.government()
OFFICE = Calendar.office()
ONE = timedelta(days=1)

# Leave room before the library's last year for periods and business days to run on.
starts = st.dates(min_value=date(1950, 1, 1), max_value=date(2098, 6, 30))
month_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)).map(
    lambda d: d.strftime("%m-%d")  # 2000 is a leap year, so 02-29 can be drawn
)
closed_sets = st.frozensets(month_days, max_size=40)
calendars = st.one_of(st.just(GOV), closed_sets.map(Calendar.office))


@cache
def _library(year: int) -> dict[date, str]:
    """The library's own answer, asked independently of the module under test."""
    return dict(holidays.country_holidays("JP", years=year, language="ja").items())


def _oracle_open(d: date, closed: set[tuple[int, int]]) -> bool:
    return d.weekday() < 5 and d not in _library(d.year) and (d.month, d.day) not in closed


YEAR_END_SET = {(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)}


# --- the library's data, as the calendars see it ----------------------------------------------


def test_golden_week_2026() -> None:
    # 4/29 Wed 昭和の日; 5/3 Sun 憲法記念日 → its substitute is the next non-holiday, 5/6 Wed.
    assert holiday_name(date(2026, 4, 29)) == "昭和の日"
    assert holiday_name(date(2026, 5, 3)) == "憲法記念日"
    assert holiday_name(date(2026, 5, 4)) == "みどりの日"
    assert holiday_name(date(2026, 5, 5)) == "こどもの日"
    assert holiday_name(date(2026, 5, 6)) == "振替休日"
    assert holiday_name(date(2026, 5, 7)) is None
    for cal in (GOV, OFFICE):
        assert [cal.is_open(date(2026, 5, d)) for d in range(1, 9)] == [
            True,  # Fri 5/1
            False,  # Sat
            False,  # Sun, 憲法記念日
            False,
            False,
            False,  # Wed 5/6 振替休日
            True,  # Thu
            True,  # Fri
        ]
        assert cal.next_open(date(2026, 5, 2)) == date(2026, 5, 7)


def test_citizens_holiday_2026() -> None:
    # 9/21 Mon 敬老の日, 9/23 Wed 秋分の日: the Tuesday between is 国民の休日.
    assert holiday_name(date(2026, 9, 21)) == "敬老の日"
    assert holiday_name(date(2026, 9, 22)) == "国民の休日"
    assert holiday_name(date(2026, 9, 23)) == "秋分の日"
    assert GOV.closed_reason(date(2026, 9, 22)) == "calendar.holiday"
    # Received Fri 9/18: Sat, Sun, 9/21–9/23 closed, so business day 1 is Thu 9/24.
    assert OFFICE.add_business_days(date(2026, 9, 18), 1) == date(2026, 9, 24)


def test_substitute_holidays() -> None:
    # 2025-02-23 Sun 天皇誕生日 → Mon 2/24 振替休日; 2027-03-21 Sun 春分の日 → Mon 3/22.
    assert holiday_name(date(2025, 2, 24)) == "振替休日"
    assert holiday_name(date(2027, 3, 22)) == "振替休日"
    assert not GOV.is_open(date(2025, 2, 24))
    assert GOV.closed_reason_text(date(2025, 2, 24), "ja") == "祝日（振替休日）"
    assert GOV.closed_reason_text(date(2025, 2, 24), "en") == "public holiday (振替休日)"


@pytest.mark.parametrize("year", range(2007, LAST_YEAR + 1))
def test_every_sunday_holiday_has_a_substitute(year: int) -> None:
    """Since 2007 a holiday on Sunday moves to the next day that is not itself a holiday."""
    named = _library(year)
    for d, name in named.items():
        if d.weekday() == 6 and name not in ("振替休日", "国民の休日"):
            nxt = d + ONE
            while named.get(nxt) not in (None, "振替休日"):
                nxt += ONE
            if nxt.year == year:
                assert named.get(nxt) == "振替休日", (d, name)
                assert not GOV.is_open(nxt) and not OFFICE.is_open(nxt)


def test_years_outside_the_library_are_refused() -> None:
    assert (holidays.JP.start_year, holidays.JP.end_year) == (FIRST_YEAR, LAST_YEAR)
    for d in (date(FIRST_YEAR - 1, 6, 1), date(LAST_YEAR + 1, 1, 4)):
        with pytest.raises(InvalidInput) as info:
            GOV.is_open(d)
        assert info.value.code == "calendar.out_of_range"
        assert info.value.params == {"year": d.year, "first": FIRST_YEAR, "last": LAST_YEAR}


# --- reasons ----------------------------------------------------------------------------------


def test_closed_reasons() -> None:
    summer = Calendar.office([*YEAR_END, "08-13", "08-14"])
    cases = [
        (date(2026, 5, 9), "calendar.saturday", "calendar.saturday"),
        (date(2026, 5, 10), "calendar.sunday", "calendar.sunday"),
        (date(2026, 1, 1), "calendar.holiday", "calendar.holiday"),  # 元日, also year end
        (date(2026, 12, 29), "calendar.year_end", "calendar.year_end"),  # Tue
        (date(2027, 1, 2), "calendar.saturday", "calendar.saturday"),
        (date(2026, 8, 13), None, "calendar.office_closed"),  # Thu: the office's own
        (date(2026, 8, 12), None, None),
    ]
    for d, gov_reason, summer_reason in cases:
        assert GOV.closed_reason(d) == gov_reason, d
        assert summer.closed_reason(d) == summer_reason, d
        assert GOV.is_open(d) is (gov_reason is None)
    assert GOV.closed_reason_text(date(2026, 1, 1), "ja") == "祝日（元日）"
    assert GOV.closed_reason_text(date(2026, 12, 29), "ja") is not None
    assert GOV.closed_reason_text(date(2026, 8, 12)) is None


def test_office_without_a_year_end_closure() -> None:
    always_open = Calendar.office([])
    assert always_open.is_open(date(2026, 12, 29))  # Tue
    assert not GOV.is_open(date(2026, 12, 29))
    assert not always_open.is_open(date(2026, 1, 1))  # 元日 is still a holiday


@pytest.mark.parametrize("bad", ["12-32", "13-01", "1229", "2-29", "12/29", "１２-２９", "", 1229])
def test_bad_closed_days_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInput) as info:
        Calendar.office([bad])  # type: ignore[list-item]
    assert info.value.code == "calendar.bad_closed_day"


def test_leap_day_closure_applies_in_leap_years_only() -> None:
    cal = Calendar.office(["02-29"])
    assert not cal.is_open(date(2028, 2, 29))  # Tue
    assert cal.is_open(date(2028, 2, 28)) and cal.is_open(date(2027, 3, 1))


# --- business days: hand-computed examples ----------------------------------------------------


def test_ten_business_days_across_golden_week() -> None:
    # Received Fri 2026-04-24. Open days after it: 4/27 Mon (1), 4/28 (2), [4/29 昭和の日],
    # 4/30 (3), 5/1 (4), [5/2 Sat–5/6 振替休日], 5/7 (5), 5/8 (6), [weekend], 5/11 (7),
    # 5/12 (8), 5/13 (9), 5/14 Thu (10).
    received = date(2026, 4, 24)
    assert OFFICE.add_business_days(received, 10) == date(2026, 5, 14)
    # Counting the day of receipt as day 1 makes it one open day earlier: Wed 5/13.
    assert OFFICE.add_business_days(received, 10, first_day_counts=True) == date(2026, 5, 13)
    assert business_days_between(received, date(2026, 5, 14), OFFICE) == 10
    assert business_days_between(date(2026, 5, 14), received, OFFICE) == -10
    assert business_days_between(received, received, OFFICE) == 0


def test_business_days_across_the_year_end() -> None:
    # Received Fri 2026-12-25. 12/28 Mon (1), [12/29–1/3: year end, 1/1 元日, 1/2 Sat, 1/3 Sun],
    # 1/4 Mon (2), 1/5 (3), 1/6 (4), 1/7 Thu (5).
    assert OFFICE.add_business_days(date(2026, 12, 25), 5) == date(2027, 1, 7)
    # An office open at the year end: 12/29 Tue (2), 12/30 (3), 12/31 (4), [1/1–1/3], 1/4 (5).
    assert Calendar.office([]).add_business_days(date(2026, 12, 25), 5) == date(2027, 1, 4)


def test_closed_start_day_never_counts() -> None:
    # Received Sat 2026-05-02: the first open day, Thu 5/7, is business day 1 either way.
    sat = date(2026, 5, 2)
    assert OFFICE.add_business_days(sat, 1) == date(2026, 5, 7)
    assert OFFICE.add_business_days(sat, 1, first_day_counts=True) == date(2026, 5, 7)
    assert OFFICE.add_business_days(sat, 0) == date(2026, 5, 7)
    assert OFFICE.add_business_days(date(2026, 5, 1), 0) == date(2026, 5, 1)
    with pytest.raises(ValueError):
        OFFICE.add_business_days(sat, -1)


# --- periods: hand-computed examples ----------------------------------------------------------


def test_leak_final_report_examples() -> None:
    knew = date(2026, 4, 1)  # Wed
    # Day of knowing is day 1: 4/1 + 29 days = 4/30 (Thu, open).
    assert period_end(knew, 30, GOV, first_day_counts=True, roll_forward=True) == date(2026, 4, 30)
    # Civil Code 140 (first day not counted): 4/1 + 30 days = 5/1 (Fri, open).
    assert period_end(knew, 30, GOV, first_day_counts=False, roll_forward=True) == date(2026, 5, 1)


def test_period_rolls_over_golden_week() -> None:
    # Knew Sat 2026-04-04. Day 1 = 4/4, so day 30 = 4/4 + 29 = 5/3 (Sun, 憲法記念日); 5/4, 5/5,
    # 5/6 are holidays, so the report is due Thu 5/7. Not counting 4/4 gives 5/4, also 5/7.
    knew = date(2026, 4, 4)
    for first in (True, False):
        assert period_end(knew, 30, GOV, first_day_counts=first, roll_forward=True) == date(
            2026, 5, 7
        )
    assert period_end(knew, 30, GOV, first_day_counts=True, roll_forward=False) == date(2026, 5, 3)


def test_period_rolls_over_the_year_end() -> None:
    # Knew Mon 2026-11-30; day 30 = 11/30 + 29 = 12/29 (Tue), closed to 1/3; due Mon 2027-01-04.
    assert period_end(
        date(2026, 11, 30), 30, GOV, first_day_counts=True, roll_forward=True
    ) == date(2027, 1, 4)


def test_sixty_days_for_a_wrongful_purpose() -> None:
    # Knew Fri 2026-07-24; day 60 = 7/24 + 59 = 9/21 (7/31 is +7, 8/31 +38, 9/21 +59), 敬老の日;
    # 9/22 国民の休日, 9/23 秋分の日, so due Thu 9/24.
    assert period_end(date(2026, 7, 24), 60, GOV, first_day_counts=True, roll_forward=True) == date(
        2026, 9, 24
    )


def test_month_ends_and_leap_years() -> None:
    # 2026-01-31 + 29 = 3/1 (February has 28 days), a Sunday → Mon 3/2.
    assert period_end(date(2026, 1, 31), 30, GOV, first_day_counts=True, roll_forward=True) == date(
        2026, 3, 2
    )
    # 2028-01-31 + 29 = 2/29 (a leap year), a Tuesday → open, due that day.
    assert period_end(date(2028, 1, 31), 30, GOV, first_day_counts=True, roll_forward=True) == date(
        2028, 2, 29
    )
    with pytest.raises(ValueError):
        period_end(date(2026, 1, 1), 0, GOV, first_day_counts=False, roll_forward=True)


def test_office_closures_never_extend_a_government_deadline() -> None:
    # Knew Tue 2026-07-14; day 30 = 7/14 + 29 = 8/12 (Wed). A summer closure 8/12–8/16 moves
    # the office's own target to Mon 8/17, but the deadline owed to the Commission stays 8/12.
    summer = Calendar.office([*YEAR_END, "08-12", "08-13", "08-14", "08-15", "08-16"])
    knew = date(2026, 7, 14)
    assert period_end(knew, 30, summer, first_day_counts=True, roll_forward=True) == date(
        2026, 8, 17
    )
    assert period_end(knew, 30, GOV, first_day_counts=True, roll_forward=True) == date(2026, 8, 12)


# --- properties -------------------------------------------------------------------------------


@given(calendars, starts, st.integers(0, 60), st.booleans())
def test_business_day_targets(cal: Calendar, start: date, n: int, first: bool) -> None:
    result = cal.add_business_days(start, n, first_day_counts=first)
    nxt = cal.add_business_days(start, n + 1, first_day_counts=first)
    assert cal.is_open(result) and cal.is_open(nxt)
    assert start <= result <= nxt  # monotonic in n
    if n >= 1:
        assert result < nxt
        # Exactly n open days counted: after start, or from start when it counts and is open.
        counted = business_days_between(start, result, cal)
        if first and cal.is_open(start):
            counted += 1
        assert counted == n
    # No open day is skipped between two consecutive targets.
    d = result + ONE
    while d < nxt:
        assert not cal.is_open(d)
        d += ONE


@given(starts, st.integers(1, 60), st.booleans(), closed_sets)
def test_period_end_is_the_first_open_day_from_the_raw_end(
    start: date, days: int, first: bool, closed: frozenset[str]
) -> None:
    for cal in (GOV, Calendar.office(closed)):
        raw = period_end(start, days, cal, first_day_counts=first, roll_forward=False)
        assert raw == start + timedelta(days=days - 1 if first else days)
        end = period_end(start, days, cal, first_day_counts=first, roll_forward=True)
        assert cal.is_open(end) and end >= raw
        d = raw
        while d < end:  # no earlier open day on or after the raw end
            assert not cal.is_open(d)
            d += ONE
    # The day-1 reading is never later than Civil Code 140's.
    assert period_end(start, days, GOV, first_day_counts=True, roll_forward=True) <= period_end(
        start, days, GOV, first_day_counts=False, roll_forward=True
    )


@given(starts, st.sampled_from([30, 60]), st.booleans(), closed_sets)
def test_government_deadline_ignores_office_closures(
    start: date, days: int, first: bool, closed: frozenset[str]
) -> None:
    office = Calendar.office(closed)
    office.next_open(start)  # exercise the office calendar first: no shared state may leak
    gov_end = period_end(start, days, GOV, first_day_counts=first, roll_forward=True)
    assert gov_end == period_end(
        start, days, Calendar.government(), first_day_counts=first, roll_forward=True
    )
    # An independent oracle: weekdays that are neither library holidays nor 12/29–1/3.
    raw = start + timedelta(days=days - 1 if first else days)
    expected = raw
    while not _oracle_open(expected, YEAR_END_SET):
        expected += ONE
    assert gov_end == expected


@given(st.dates(min_value=date(1949, 1, 1), max_value=date(2099, 12, 31)), closed_sets)
def test_is_open_matches_an_oracle(d: date, closed: frozenset[str]) -> None:
    month_day_set = {(int(s[:2]), int(s[3:])) for s in closed}
    assert Calendar.office(closed).is_open(d) is _oracle_open(d, month_day_set)
    assert GOV.is_open(d) is _oracle_open(d, YEAR_END_SET)
    assert Calendar.office().is_open(d) is GOV.is_open(d)  # same closures by default


@given(calendars, starts, st.integers(0, 400))
def test_between_counts_open_days(cal: Calendar, a: date, span: int) -> None:
    b = a + timedelta(days=span)
    count = sum(cal.is_open(a + timedelta(days=i)) for i in range(1, span + 1))
    assert business_days_between(a, b, cal) == count
    assert business_days_between(b, a, cal) == -count


# --- the settings ----------------------------------------------------------------------------


def test_settings_defaults() -> None:
    assert settings.REGISTRY["calendar.office_closed_days"].default == list(YEAR_END)
    assert settings.REGISTRY["calendar.first_day_counts_leak"].default is True
    assert settings.REGISTRY["requests.target_business_days"].default == 10
    assert settings.REGISTRY["complaints.target_days"].default == 14


def test_office_calendar_reads_the_setting(desk: Desk) -> None:
    with desk.uow() as s:
        assert office_calendar(s) == Calendar.office()
        closed = settings.get(s, "calendar.office_closed_days")
        closed.append("08-13")  # a caller's change must not reach the registry's default
        assert settings.get(s, "calendar.office_closed_days") == list(YEAR_END)
        assert settings.get(s, "calendar.first_day_counts_leak") is True
    with desk.uow(write=True) as s:
        settings.set_value(s, "calendar.office_closed_days", [*YEAR_END, "08-13", "08-13"])
    with desk.uow() as s:
        stored = settings.get(s, "calendar.office_closed_days")
        assert stored == sorted({*YEAR_END, "08-13"})
        assert not office_calendar(s).is_open(date(2026, 8, 13))
    with desk.uow(write=True) as s:
        settings.set_value(s, "calendar.office_closed_days", "08-13, 08-14")  # typed as text
    with desk.uow() as s:
        cal = office_calendar(s)
        assert settings.get(s, "calendar.office_closed_days") == ["08-13", "08-14"]
        assert cal.is_open(date(2026, 12, 29)) and not cal.is_open(date(2026, 8, 14))
        assert GOV.is_open(date(2026, 8, 14))


@pytest.mark.parametrize(
    "value", [["12-32"], ["1229"], ["2-29"], [12], "12/29", 5, None, [["12-29"]]]
)
def test_malformed_closed_days_are_refused(desk: Desk, value: object) -> None:
    with desk.uow(write=True) as s, pytest.raises(InvalidInput) as info:
        settings.set_value(s, "calendar.office_closed_days", value)
    assert info.value.code == "settings.wrong_type"
    assert info.value.params == {"key": "calendar.office_closed_days"}
