"""What the board workbook holds, as plain data: the services gather it from every area, the
writer (reports/board.py) lays it out. No personal data unless `personal` sheets are added."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Cell kinds a column may hold: how the writer formats them.
KINDS = ("text", "int", "date", "days", "bool", "yen")


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    label: str  # e.g. 2026年度（令和8年度） or 2026-04-01〜2026-09-30


@dataclass(frozen=True)
class Figure:
    """One line of 概要: a figure beside the previous period's."""

    section: str  # the group it is shown under (登録簿, 同意, 開示等請求 …)
    label: str
    value: int | str | date | None
    previous: int | str | date | None = None
    note: str = ""


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"  # one of KINDS
    width: float = 14.0  # in characters; Japanese text counts double


@dataclass(frozen=True)
class Sheet:
    """A list sheet, written as a defined Excel table (its own filter buttons)."""

    name: str  # the sheet's tab (31 characters at most)
    title: str  # the heading row above the table
    columns: tuple[Column, ...]
    rows: tuple[tuple[object, ...], ...]
    personal: bool = False  # holds names or contacts: only in the protected workbook


@dataclass(frozen=True)
class Monthly:
    """Counts per month of the period, for the charts."""

    months: tuple[date, ...]  # the first day of each month
    series: dict[str, tuple[int, ...]] = field(default_factory=dict)  # name -> one per month


@dataclass(frozen=True)
class BoardData:
    organisation: str
    period: Period
    previous: Period
    produced_at: datetime
    produced_by: str
    figures: tuple[Figure, ...]
    sheets: tuple[Sheet, ...]
    monthly: Monthly
    review_status: dict[str, int]  # contractors by review state, for a chart
    anchor: tuple[int, str]  # the audit chain's head: count and hash, for the board to keep
