"""The office calendar and the government calendar, on the maintained `holidays` library.

Office targets use the office's own closed days; deadlines owed to the Commission use the
administrative bodies' closed days only, so an office closure never extends them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

import holidays
from sqlalchemy.orm import Session

from privacydesk.domain import settings
from privacydesk.errors import InvalidInput
from privacydesk.messages import render

# Administrative bodies are closed 12/29–1/3 (行政機関の休日に関する法律 1条).
YEAR_END: tuple[str, ...] = ("12-29", "12-30", "12-31", "01-01", "01-02", "01-03")
_YEAR_END_DAYS = frozenset((int(s[:2]), int(s[3:])) for s in YEAR_END)
_ONE = timedelta(days=1)

# The library covers these years; outside them it silently knows no holidays, so we refuse.
FIRST_YEAR: int = holidays.JP.start_year
LAST_YEAR: int = holidays.JP.end_year


@lru_cache(maxsize=256)
def _holidays_of(year: int) -> dict[date, str]:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput("calendar.out_of_range", year=year, first=FIRST_YEAR, last=LAST_YEAR)
    # Public holidays only (not the BANK category), with 振替休日 and 国民の休日 as given.
    return dict(holidays.country_holidays("JP", years=year, language="ja").items())


def holiday_name(d: date) -> str | None:
    """The Japanese name of the public holiday on d ("振替休日", "国民の休日" included)."""
    return _holidays_of(d.year).get(d)


def parse_month_days(values: Iterable[str]) -> frozenset[tuple[int, int]]:
    """Recurring closed days as "MM-DD" strings ("12-29"); "02-29" applies in leap years."""
    days: set[tuple[int, int]] = set()
    for value in values:
        if not settings.is_month_day(value):
            raise InvalidInput("calendar.bad_closed_day", value=str(value)[:10])
        days.add((int(value[:2]), int(value[3:])))
    return frozenset(days)


@dataclass(frozen=True)
class Calendar:
    """Which days are open. Build with Calendar.office(...) or Calendar.government()."""

    kind: Literal["office", "government"]
    closed_days: frozenset[tuple[int, int]]  # (month, day), recurring every year

    @classmethod
    def office(cls, closed_days: Iterable[str] = YEAR_END) -> Calendar:
        """Saturdays, Sundays, public holidays and the office's own "MM-DD" closed days."""
        return cls("office", parse_month_days(closed_days))

    @classmethod
    def government(cls) -> Calendar:
        """Saturdays, Sundays, public holidays and 12/29–1/3: for deadlines to the Commission."""
        return cls("government", _YEAR_END_DAYS)

    def closed_reason(self, d: date) -> str | None:
        """A message code saying why d is closed, or None when it is open.

        The holiday's name is holiday_name(d); closed_reason_text renders both.
        """
        if holiday_name(d) is not None:
            return "calendar.holiday"
        if d.weekday() == 5:
            return "calendar.saturday"
        if d.weekday() == 6:
            return "calendar.sunday"
        if (d.month, d.day) in self.closed_days:
            if (d.month, d.day) in _YEAR_END_DAYS:
                return "calendar.year_end"
            return "calendar.office_closed"
        return None

    def closed_reason_text(self, d: date, lang: str = "ja") -> str | None:
        code = self.closed_reason(d)
        if code is None:
            return None
        return render(code, lang, name=holiday_name(d) or "")

    def is_open(self, d: date) -> bool:
        return self.closed_reason(d) is None

    def next_open(self, d: date) -> date:
        """d itself when open, else the first open day after it."""
        while not self.is_open(d):
            d += _ONE
        return d

    def add_business_days(self, start: date, n: int, *, first_day_counts: bool = False) -> date:
        """The target n business days after start.

        Day 0 is the start. By default the n-th open day strictly after start is the result
        ("10 business days after receipt": receipt day not counted). With first_day_counts,
        an open start day is business day 1, so the result is the n-th open day on or after
        start (one open day earlier). A closed start day never counts. n = 0 gives
        next_open(start) either way.
        """
        if n < 0:
            raise ValueError("n must be 0 or more")
        if n == 0:
            return self.next_open(start)
        d = start
        left = n
        if first_day_counts and self.is_open(start):
            left -= 1
        while left > 0:
            d += _ONE
            if self.is_open(d):
                left -= 1
        return d


def period_end(
    start: date, days: int, cal: Calendar, *, first_day_counts: bool, roll_forward: bool
) -> date:
    """The last day of a period of calendar days (closed days included).

    Civil Code 140: the first day is not counted, so the raw end is start + days; with
    first_day_counts the start is day 1 and the raw end is start + days - 1. Civil Code 142:
    with roll_forward, a raw end on a day cal is closed moves to cal's next open day.
    Leak final report: period_end(knew_on, 30 or 60, Calendar.government(),
    first_day_counts=<setting calendar.first_day_counts_leak>, roll_forward=True).
    """
    if days < 1:
        raise ValueError("a period has at least one day")
    raw = start + timedelta(days=days - 1 if first_day_counts else days)
    return cal.next_open(raw) if roll_forward else raw


def business_days_between(a: date, b: date, cal: Calendar) -> int:
    """Open days d with a < d <= b: the "days taken" from a to b, a itself not counted.

    add_business_days(a, n) == b implies business_days_between(a, b, cal) == n for n >= 1.
    Negative when b is before a.
    """
    if b < a:
        return -business_days_between(b, a, cal)
    count = 0
    d = a + _ONE
    while d <= b:
        if cal.is_open(d):
            count += 1
        d += _ONE
    return count


def office_calendar(session: Session) -> Calendar:
    """The office calendar with the closed days of setting calendar.office_closed_days."""
    return Calendar.office(settings.get(session, "calendar.office_closed_days"))
