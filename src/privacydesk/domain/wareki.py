"""和暦 (Japanese era dates): one formatter used everywhere and its inverse, a strict reader.

The reader accepts the forms offices type and refuses anything it would have to guess at.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from privacydesk.errors import InvalidInput


@dataclass(frozen=True)
class Era:
    name: str
    letter: str  # the initial used in short forms: R8.11.23
    first: date
    last: date | None  # inclusive; None while the era lasts

    def contains(self, d: date) -> bool:
        return self.first <= d and (self.last is None or d <= self.last)

    def span(self) -> str:
        """The era's dates in ISO form, for messages in either language."""
        return f"{self.first.isoformat()} – {self.last.isoformat() if self.last else ''}".strip()


# Newest first, so the first era that contains a date is the right one.
ERAS: tuple[Era, ...] = (
    Era("令和", "R", date(2019, 5, 1), None),
    Era("平成", "H", date(1989, 1, 8), date(2019, 4, 30)),
    Era("昭和", "S", date(1926, 12, 25), date(1989, 1, 7)),
    Era("大正", "T", date(1912, 7, 30), date(1926, 12, 24)),
)
FIRST_DATE = ERAS[-1].first
_BY_KEY: dict[str, Era] = {e.name: e for e in ERAS} | {e.letter: e for e in ERAS}
_UNSUPPORTED_ERAS = frozenset({"明治", "M"})  # recognised only to refuse them clearly
STYLES = ("long", "year")
MAX_TEXT = 40


def era_of(d: date) -> Era:
    for era in ERAS:
        if era.contains(d):
            return era
    raise InvalidInput("wareki.out_of_range", date=d.isoformat(), first=FIRST_DATE.isoformat())


def wareki_year(d: date) -> tuple[str, int]:
    """(era name, era year) of a date, e.g. ("令和", 8) for 2026-11-24; for document numbers."""
    era = era_of(d)
    return era.name, d.year - era.first.year + 1


def _year_text(year: int) -> str:
    return "元" if year == 1 else str(year)


def to_wareki(d: date, *, style: str = "long") -> str:
    """The date in 和暦: "long" gives 令和8年11月24日, "year" gives 令和8年; year 1 is 元年."""
    name, year = wareki_year(d)
    if style == "long":
        return f"{name}{_year_text(year)}年{d.month}月{d.day}日"
    if style == "year":
        return f"{name}{_year_text(year)}年"
    raise ValueError(f"unknown wareki style {style!r}; use one of {STYLES}")


# Dash look-alikes an IME produces between digits (ー, −, ‐ ...); NFKC leaves them alone.
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−ー", "-"))
_SEP = r"\s*([./-])\s*"
_N = r"(\d{1,2})"
_ERA_KEY = r"(令和|平成|昭和|大正|明治|[RHSTM])"
_WESTERN = re.compile(r"(\d{4})" + _SEP + _N + r"\s*\2\s*" + _N)
_WESTERN_KANJI = re.compile(r"(\d{4})\s*年\s*" + _N + r"\s*月\s*" + _N + r"\s*日?")
_ERA_KANJI = re.compile(_ERA_KEY + r"\s*(\d{1,4}|元)\s*年\s*" + _N + r"\s*月\s*" + _N + r"\s*日?")
_ERA_SEP = re.compile(_ERA_KEY + r"\s*(\d{1,4}|元)" + _SEP + _N + r"\s*\3\s*" + _N)
# Day-first or month-first, or a year without its century or era: the reader cannot tell.
_AMBIGUOUS = (
    re.compile(r"\d{1,2}\s*[./-]\s*\d{1,2}(\s*[./-]\s*(\d{1,2}|\d{4}))?"),
    re.compile(r"\d{1,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?"),
)


def parse_date(text: str) -> date:
    """Read a date typed by a person: ISO or slashes (2026-11-23, 2026/1/5), 2026年11月23日,
    or 和暦 (令和8年11月23日, 令和元年5月1日, R8.11.23, r8/11/23, H2-4-1). Full-width digits
    and letters are read as half-width. Raises InvalidInput: date.empty, date.unreadable,
    date.ambiguous, date.impossible, date.outside_era or wareki.out_of_range.
    """
    shown = text.strip()[:MAX_TEXT]
    norm = unicodedata.normalize("NFKC", text).translate(_DASHES).strip().upper()
    if not norm:
        raise InvalidInput("date.empty")
    if len(norm) > MAX_TEXT:
        raise InvalidInput("date.unreadable", text=shown)
    if m := _WESTERN.fullmatch(norm):
        return _make(int(m[1]), int(m[3]), int(m[4]), shown)
    if m := _WESTERN_KANJI.fullmatch(norm):
        return _make(int(m[1]), int(m[2]), int(m[3]), shown)
    if m := _ERA_KANJI.fullmatch(norm):
        return _from_era(m[1], m[2], int(m[3]), int(m[4]), shown)
    if m := _ERA_SEP.fullmatch(norm):
        return _from_era(m[1], m[2], int(m[4]), int(m[5]), shown)
    if any(p.fullmatch(norm) for p in _AMBIGUOUS):
        raise InvalidInput("date.ambiguous", text=shown)
    raise InvalidInput("date.unreadable", text=shown)


def _make(year: int, month: int, day: int, shown: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput("date.impossible", text=shown) from None


def _from_era(key: str, year_text: str, month: int, day: int, shown: str) -> date:
    if key in _UNSUPPORTED_ERAS:
        raise InvalidInput("wareki.out_of_range", date=shown, first=FIRST_DATE.isoformat())
    era = _BY_KEY[key]
    year = 1 if year_text == "元" else int(year_text)
    if year < 1:
        raise InvalidInput("date.outside_era", text=shown, era=era.name, span=era.span())
    d = _make(era.first.year + year - 1, month, day, shown)
    if not era.contains(d):
        raise InvalidInput("date.outside_era", text=shown, era=era.name, span=era.span())
    return d
