"""和暦: the formatter, its strict inverse, era boundaries, leap days and refusals."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacydesk.domain.wareki import (
    ERAS,
    FIRST_DATE,
    era_of,
    parse_date,
    to_wareki,
    wareki_year,
)
from privacydesk.errors import InvalidInput
from privacydesk.messages import MESSAGES, render

LAST_TESTED = date(2100, 12, 31)
supported_dates = st.dates(min_value=FIRST_DATE, max_value=LAST_TESTED)


def _code(text: str) -> str:
    with pytest.raises(InvalidInput) as info:
        parse_date(text)
    return info.value.code


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --- to_wareki --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "long", "year"),
    [
        (date(2026, 11, 24), "令和8年11月24日", "令和8年"),
        (date(2019, 5, 1), "令和元年5月1日", "令和元年"),
        # Era boundaries, exact to the day.
        (date(1989, 1, 7), "昭和64年1月7日", "昭和64年"),
        (date(1989, 1, 8), "平成元年1月8日", "平成元年"),
        (date(2019, 4, 30), "平成31年4月30日", "平成31年"),
        (date(1926, 12, 24), "大正15年12月24日", "大正15年"),
        (date(1926, 12, 25), "昭和元年12月25日", "昭和元年"),
        (date(1912, 7, 30), "大正元年7月30日", "大正元年"),
        (date(1990, 4, 1), "平成2年4月1日", "平成2年"),
        (date(2100, 12, 31), "令和82年12月31日", "令和82年"),
    ],
)
def test_to_wareki_examples(d: date, long: str, year: str) -> None:
    assert to_wareki(d) == long
    assert to_wareki(d, style="long") == long
    assert to_wareki(d, style="year") == year


def test_wareki_year_for_document_numbers() -> None:
    assert wareki_year(date(2026, 11, 24)) == ("令和", 8)
    assert f"個保第{wareki_year(date(2026, 4, 1))[1]}-012号" == "個保第8-012号"
    assert wareki_year(date(2019, 5, 1)) == ("令和", 1)
    assert wareki_year(date(2019, 4, 30)) == ("平成", 31)


def test_before_taisho_is_refused() -> None:
    for d in (date(1912, 7, 29), date(1900, 1, 1), date(1, 1, 1)):
        with pytest.raises(InvalidInput) as info:
            to_wareki(d)
        assert info.value.code == "wareki.out_of_range"
        assert info.value.params["date"] == d.isoformat()


def test_unknown_style_is_a_bug() -> None:
    with pytest.raises(ValueError, match="style"):
        to_wareki(date(2026, 1, 1), style="short")


@given(supported_dates)
def test_era_years_follow_the_era_start(d: date) -> None:
    era = era_of(d)
    name, year = wareki_year(d)
    assert name == era.name
    assert year == d.year - era.first.year + 1 >= 1
    # 令和N年 = 2018 + N (APPI.md 9).
    if name == "令和":
        assert d.year == 2018 + year


def test_eras_meet_without_gap_or_overlap() -> None:
    for newer, older in itertools.pairwise(ERAS):
        assert older.last is not None
        assert older.last + timedelta(days=1) == newer.first


# --- round trip -------------------------------------------------------------------------------


def test_round_trip_every_supported_date() -> None:
    """Exhaustive: each of the ~69,000 days from 大正元年7月30日 to 2100-12-31."""
    d = FIRST_DATE
    while d <= LAST_TESTED:
        assert parse_date(to_wareki(d)) == d, d
        d += timedelta(days=1)


@given(supported_dates)
def test_round_trip_property(d: date) -> None:
    assert parse_date(to_wareki(d)) == d
    assert parse_date(d.isoformat()) == d
    assert parse_date(f"{d.year}/{d.month}/{d.day}") == d


@given(
    supported_dates,
    st.sampled_from([".", "/", "-"]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_short_and_variant_forms(
    d: date, sep: str, lower: bool, zero_pad: bool, full_width: bool, era_name: bool
) -> None:
    """R8.11.23 and its variants read back to the same date, whatever the typist's habits."""
    era = era_of(d)
    _, year = wareki_year(d)
    key = era.name if era_name else (era.letter.lower() if lower else era.letter)
    fmt = "{:02d}" if zero_pad else "{}"
    text = key + sep.join(fmt.format(n) for n in (year, d.month, d.day))
    if full_width:
        text = _full_width(text)
    assert parse_date(text) == d
    spaced = f" {era.name} {year} 年 {d.month} 月 {d.day} 日 "
    assert parse_date(_full_width(spaced) if full_width else spaced) == d


# --- parse_date examples ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-23", date(2026, 11, 23)),
        ("2026/11/23", date(2026, 11, 23)),
        ("2026/1/5", date(2026, 1, 5)),
        ("2026.1.5", date(2026, 1, 5)),
        ("２０２６－１１－２３", date(2026, 11, 23)),
        ("２０２６／１１／２３", date(2026, 11, 23)),
        ("2026ー11ー23", date(2026, 11, 23)),  # the IME's long-vowel mark typed for a dash
        ("2026年11月23日", date(2026, 11, 23)),
        ("令和8年11月23日", date(2026, 11, 23)),
        ("令和８年１１月２３日", date(2026, 11, 23)),
        ("令和 8 年 11 月 23 日", date(2026, 11, 23)),
        ("令和\u30008年11月23日", date(2026, 11, 23)),  # ideographic space
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和1年5月1日", date(2019, 5, 1)),
        ("平成2年4月1日", date(1990, 4, 1)),
        ("R8.11.23", date(2026, 11, 23)),
        ("r8.11.23", date(2026, 11, 23)),
        ("R8/11/23", date(2026, 11, 23)),
        ("R8-11-23", date(2026, 11, 23)),
        ("Ｒ８．１１．２３", date(2026, 11, 23)),
        ("R元.5.1", date(2019, 5, 1)),
        ("令和8.11.23", date(2026, 11, 23)),
        ("H2.4.1", date(1990, 4, 1)),
        ("h31.4.30", date(2019, 4, 30)),
        ("S50.1.1", date(1975, 1, 1)),
        ("S64.1.7", date(1989, 1, 7)),
        ("T15.12.24", date(1926, 12, 24)),
        ("T1.7.30", date(1912, 7, 30)),
        ("㋿8年11月23日", date(2026, 11, 23)),  # the one-character era sign, via NFKC
        ("㍻2年4月1日", date(1990, 4, 1)),
        ("  2026-11-23\n", date(2026, 11, 23)),
    ],
)
def test_parse_examples(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "era"),
    [
        ("平成31年5月1日", "平成"),  # 令和 had begun
        ("H31.5.1", "平成"),
        ("昭和64年1月8日", "昭和"),  # 平成 had begun
        ("令和1年4月30日", "令和"),  # 令和 had not begun
        ("令和元年4月30日", "令和"),
        ("大正元年7月29日", "大正"),
        ("大正16年1月1日", "大正"),
        ("平成0年4月1日", "平成"),
        ("S65.1.1", "昭和"),
    ],
)
def test_era_limits_are_enforced(text: str, era: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_date(text)
    assert info.value.code == "date.outside_era"
    assert info.value.params["era"] == era
    assert info.value.params["text"] == text
    assert "–" in info.value.params["span"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2026-02-30", "date.impossible"),
        ("2026/13/1", "date.impossible"),
        ("2026-00-10", "date.impossible"),
        ("令和8年2月30日", "date.impossible"),
        ("R7.2.29", "date.impossible"),
        ("01/02/2026", "date.ambiguous"),  # 1 February or January 2?
        ("1/2/2026", "date.ambiguous"),
        ("13/02/2026", "date.ambiguous"),  # only one reading works, but the habit is unknown
        ("26/11/23", "date.ambiguous"),  # which century or era?
        ("8.11.23", "date.ambiguous"),
        ("11/23", "date.ambiguous"),  # which year?
        ("8年11月23日", "date.ambiguous"),  # which era?
        ("", "date.empty"),
        ("   ", "date.empty"),
        ("tomorrow", "date.unreadable"),
        ("2026-11", "date.unreadable"),
        ("2026/11-23", "date.unreadable"),  # mixed separators
        ("R8.11/23", "date.unreadable"),
        ("X8.11.23", "date.unreadable"),
        ("令和8年11月", "date.unreadable"),
        ("2026-11-23 10:00", "date.unreadable"),
        ("明治45年7月29日", "wareki.out_of_range"),
        ("M45.7.29", "wareki.out_of_range"),
    ],
)
def test_refusals(text: str, code: str) -> None:
    assert _code(text) == code


def test_refusal_params_are_trimmed() -> None:
    long_text = "2026-11-23" + "x" * 100
    with pytest.raises(InvalidInput) as info:
        parse_date(long_text)
    assert info.value.code == "date.unreadable"
    assert info.value.params["text"] == long_text[:40]


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)), st.booleans())
def test_day_month_year_forms_are_never_guessed(d: date, pad: bool) -> None:
    fmt = "{:02d}" if pad else "{}"
    for first, second in ((d.day, d.month), (d.month, d.day)):
        text = f"{fmt.format(first)}/{fmt.format(second)}/{d.year}"
        assert _code(text) == "date.ambiguous"


@pytest.mark.parametrize("year", range(1913, 2101))
def test_leap_days(year: int) -> None:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    name, era_year = wareki_year(date(year, 2, 28))
    text = f"{name}{era_year}年2月29日"
    if leap:
        assert parse_date(text) == date(year, 2, 29)
    else:
        assert _code(text) == "date.impossible"


def test_leap_day_examples() -> None:
    assert parse_date("令和6年2月29日") == date(2024, 2, 29)
    assert to_wareki(date(2024, 2, 29)) == "令和6年2月29日"
    assert _code("令和7年2月29日") == "date.impossible"
    assert _code("2100-02-29") == "date.impossible"  # not a leap year
    assert parse_date("2000-02-29") == date(2000, 2, 29)  # a leap year


def test_messages_read_well_in_both_languages() -> None:
    for code in (
        "date.empty",
        "date.unreadable",
        "date.ambiguous",
        "date.impossible",
        "date.outside_era",
        "wareki.out_of_range",
    ):
        assert set(MESSAGES[code]) == {"ja", "en"}
    with pytest.raises(InvalidInput) as info:
        parse_date("平成31年5月1日")
    ja = render(info.value.code, "ja", **info.value.params)
    assert "平成31年5月1日" in ja and "平成" in ja and "1989-01-08" in ja
    assert "平成" in str(info.value)
