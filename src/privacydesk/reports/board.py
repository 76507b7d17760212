"""理事会報告. The board workbook: 概要 (figures beside the previous period's and the audit chain's
anchor), one defined table per list sheet, and native charts, written in memory to xlsx bytes.

xlsxwriter with {"in_memory": True} builds the zip in memory: no sheet is ever spilled to a
temporary file (openpyxl does that, and a killed export would leave plaintext behind).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from privacydesk.reports.model import KINDS, BoardData, Column, Figure, Sheet

SUMMARY_SHEET = "概要"
CHARTS_SHEET = "グラフ"

# 和暦 that Excel and LibreOffice both show (the [$-ja-JP-x-gannen] form shows raw serial
# numbers in LibreOffice: traps.md).
WAREKI_DATE = '[$-411]ggge"年"m"月"d"日"'
WAREKI_MONTH = '[$-411]ggge"年"m"月"'
NUMBER_FORMATS = {
    "int": "#,##0",
    "yen": '#,##0"円"',
    "days": '#,##0"日"',
    "date": WAREKI_DATE,
}
YES, NO = "はい", "いいえ"
NOTHING = "—"  # a figure with no value (no previous period yet)
ANCHOR_NOTE = "件数とハッシュ値を議事録に記録してください"

MAX_SHEET_NAME = 31
# Characters Excel refuses in a tab name, swapped for their full-width forms so that the
# Japanese name still reads the same.
_SHEET_NAME_SWAPS = str.maketrans(
    {
        "[": "［",
        "]": "］",
        ":": "：",
        "*": "＊",
        "?": "？",
        "/": "／",
        "\\": "＼",
    }
)
MAX_COLUMN_WIDTH = 60  # wider text wraps inside the cell
DATE_WIDTH = 17  # 令和10年12月31日 is 16 half-width columns
FILTER_BUTTON = 3  # room for the table's filter arrow beside a header

HEADER_FILL = "#305496"
SECTION_FILL = "#DDEBF7"
PERSONAL_TAB = "#C00000"


def display_width(text: str) -> int:
    """Columns `text` takes in a spreadsheet cell: East Asian wide, full-width and ambiguous
    characters (漢字, かな, ○, ※) count as 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """A tab name Excel accepts: no []:*?/\\ (swapped for full-width forms), no apostrophe at
    either end, at most 31 characters, and unique (ignoring case) among `taken`, which is
    updated."""
    clean = name.translate(_SHEET_NAME_SWAPS).strip().strip("'") or "一覧"
    candidate = clean[:MAX_SHEET_NAME]
    n = 2
    while candidate.casefold() in taken:
        suffix = f"({n})"
        candidate = clean[: MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def write_workbook(data: BoardData, include_personal: bool = False) -> bytes:
    """The board workbook as xlsx bytes. Sheets marked `personal` (names, contacts) are left
    out unless `include_personal`: such a workbook must then be encrypted (xlsx_crypto)."""
    return _BoardWriter(data, include_personal).write()


def _header_footer_text(text: str, limit: int = 60) -> str:
    # "&" starts a control code in Excel's header and footer; the whole string has a limit
    # of 255 characters.
    return text[:limit].replace("&", "&&")


def _date_label(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


class _BoardWriter:
    def __init__(self, data: BoardData, include_personal: bool) -> None:
        self.data = data
        self.include_personal = include_personal
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {"in_memory": True})
        self.taken: set[str] = {"history"}  # Excel reserves History
        self._formats()

    # -- formats ------------------------------------------------------------------------

    def _formats(self) -> None:
        add = self.book.add_format
        self.f_title = add({"bold": True, "font_size": 14})
        self.f_subtitle = add({"font_size": 10})
        self.f_warning = add({"bold": True, "font_color": PERSONAL_TAB})
        self.f_header = add(
            {
                "bold": True,
                "font_color": "#FFFFFF",
                "bg_color": HEADER_FILL,
                "border": 1,
                "text_wrap": True,
                "valign": "vcenter",
                "align": "center",
            }
        )
        self.f_section = add({"bold": True, "bg_color": SECTION_FILL, "border": 1})
        self.f_hash = add({"font_size": 9, "border": 1, "valign": "top"})
        base = {"border": 1, "valign": "top"}
        self.cell: dict[str, Format] = {
            "text": add({**base, "text_wrap": True}),
            "bool": add({**base, "align": "center"}),
            "nothing": add({**base, "align": "center"}),
        }
        for kind, num_format in NUMBER_FORMATS.items():
            self.cell[kind] = add({**base, "num_format": num_format})
        self.f_month = add({**base, "num_format": WAREKI_MONTH})

    # -- the workbook -------------------------------------------------------------------

    def write(self) -> bytes:
        data = self.data
        self.book.set_properties(
            {
                "title": f"{data.organisation} 理事会報告（{data.period.label}）",
                "company": data.organisation,
                "author": data.produced_by,
                "comments": "privacydesk",
                # xlsxwriter stamps docProps with this (as UTC) instead of the clock, so the same
                # data gives the same bytes.
                "created": data.produced_at.astimezone(UTC).replace(tzinfo=None),
            }
        )
        self._summary()
        for sheet in data.sheets:
            if sheet.personal and not self.include_personal:
                continue
            self._list_sheet(sheet)
        self._charts()
        self.book.close()
        return self.buffer.getvalue()

    def _page_setup(
        self, ws: Worksheet, title: str, repeat_row: int | None, pages_tall: int = 0
    ) -> None:
        """A4 landscape, one page wide, the header row on every page, page numbers."""
        ws.set_paper(9)  # A4
        ws.set_landscape()
        ws.fit_to_pages(1, pages_tall)  # one page wide; 0: as many tall as needed
        ws.center_horizontally()
        if repeat_row is not None:
            ws.repeat_rows(repeat_row)
        org = _header_footer_text(self.data.organisation)
        ws.set_header(f"&L{org}&R{_header_footer_text(title)}")
        ws.set_footer(
            f"&L{_header_footer_text(self.data.period.label)}&C&P / &N ページ"
            f"&R{_date_label(self.data.produced_at.date())} 作成"
        )

    # -- 概要 ---------------------------------------------------------------------------

    def _summary(self) -> None:
        data = self.data
        name = safe_sheet_name(SUMMARY_SHEET, self.taken)
        ws = self.book.add_worksheet(name)
        produced = data.produced_at
        ws.set_row(0, 24)
        ws.write_string(
            0, 0, f"{data.organisation}　個人情報の取扱状況（理事会報告）", self.f_title
        )
        ws.write_string(
            1, 0, f"対象期間：{data.period.label}　（前期：{data.previous.label}）", self.f_subtitle
        )
        ws.write_string(
            2,
            0,
            f"作成：{_date_label(produced.date())} {produced:%H:%M}　{data.produced_by}",
            self.f_subtitle,
        )
        header_row = 4
        for col, text in enumerate(("項目", "今期", "前期", "備考")):
            ws.write_string(header_row, col, text, self.f_header)

        row = header_row + 1
        for section, figures in _by_section(data.figures):
            ws.merge_range(row, 0, row, 3, section, self.f_section)
            row += 1
            for figure in figures:
                ws.write_string(row, 0, figure.label, self.cell["text"])
                self._write_figure_value(ws, row, 1, figure.value)
                self._write_figure_value(ws, row, 2, figure.previous)
                ws.write_string(row, 3, figure.note, self.cell["text"])
                row += 1

        # The audit chain's head: the board keeps it in its minutes, so that a later check
        # can show the log was not rewritten after the meeting.
        count, digest = data.anchor
        row += 1
        ws.merge_range(row, 0, row, 3, "監査ログ（改ざん検知の基準値）", self.f_section)
        ws.write_string(row + 1, 0, "記録件数", self.cell["text"])
        ws.write_number(row + 1, 1, count, self.cell["int"])
        ws.write_string(row + 1, 2, "", self.cell["text"])
        ws.write_string(row + 1, 3, ANCHOR_NOTE, self.cell["text"])
        ws.write_string(row + 2, 0, "最新のハッシュ値", self.cell["text"])
        ws.merge_range(row + 2, 1, row + 2, 3, digest, self.f_hash)

        labels = [f.label for f in data.figures] + ["最新のハッシュ値", "項目"]
        values = [v for f in data.figures for v in (f.value, f.previous)]
        value_width = min(max([14, *(self._value_width(v) for v in values)]), 30)
        notes = [f.note for f in data.figures] + [ANCHOR_NOTE]
        # The hash is merged over 今期:備考 and must fit on one line there.
        hash_room = display_width(digest) + 4 - 2 * value_width
        ws.set_column(0, 0, _fit(labels, minimum=16, maximum=40))
        ws.set_column(1, 2, value_width)
        ws.set_column(3, 3, max(_fit(notes, minimum=30, maximum=50), hash_room))
        ws.freeze_panes(header_row + 1, 0)
        self._page_setup(ws, name, header_row)

    def _write_figure_value(self, ws: Worksheet, row: int, col: int, value: object) -> None:
        if value is None:
            ws.write_string(row, col, NOTHING, self.cell["nothing"])
        elif isinstance(value, bool):
            ws.write_string(row, col, YES if value else NO, self.cell["bool"])
        elif isinstance(value, int | float):
            ws.write_number(row, col, value, self.cell["int"])
        elif isinstance(value, date):
            self._write_date(ws, row, col, value)
        else:
            ws.write_string(row, col, str(value), self.cell["text"])

    def _value_width(self, value: object) -> int:
        if isinstance(value, date):
            return DATE_WIDTH
        if isinstance(value, int) and not isinstance(value, bool):
            return len(f"{value:,}") + 2
        return display_width("" if value is None else str(value)) + 2

    def _write_date(self, ws: Worksheet, row: int, col: int, value: date) -> None:
        # A date cell, not text: it sorts and filters as a date, and the number format shows
        # it in 和暦. A datetime keeps only its day (and its own wall-clock date).
        day = value.date() if isinstance(value, datetime) else value
        ws.write_datetime(row, col, day, self.cell["date"])

    # -- list sheets --------------------------------------------------------------------

    def _list_sheet(self, sheet: Sheet) -> None:
        for column in sheet.columns:
            if column.kind not in KINDS:
                raise ValueError(f"unknown column kind {column.kind!r} in sheet {sheet.name!r}")
        if not sheet.columns:
            raise ValueError(f"sheet {sheet.name!r} has no columns")
        for n, values in enumerate(sheet.rows):
            if len(values) != len(sheet.columns):
                raise ValueError(
                    f"row {n} of sheet {sheet.name!r} has {len(values)} cells"
                    f" for {len(sheet.columns)} columns"
                )

        name = safe_sheet_name(sheet.name, self.taken)
        ws = self.book.add_worksheet(name)
        if sheet.personal:
            ws.set_tab_color(PERSONAL_TAB)
        count = f"{len(sheet.rows):,} 件" if sheet.rows else "該当なし"
        ws.set_row(0, 24)
        ws.write_string(0, 0, sheet.title, self.f_title)
        ws.write_string(
            1,
            0,
            f"{self.data.organisation}　対象期間：{self.data.period.label}　{count}",
            self.f_subtitle,
        )
        header_row = 2
        if sheet.personal:
            ws.write_string(2, 0, "個人情報を含みます。取扱いに注意してください。", self.f_warning)
            header_row = 3

        first = header_row + 1
        for r, values in enumerate(sheet.rows, start=first):
            for c, (column, value) in enumerate(zip(sheet.columns, values, strict=True)):
                self._write_cell(ws, r, c, column.kind, value)
        # A table needs at least one data row (xlsxwriter refuses a header-only range, as
        # Excel does): an empty list keeps one blank row, as Excel does when every row of a
        # table is deleted, and its subtitle says 該当なし.
        last = first + max(len(sheet.rows), 1) - 1
        if not sheet.rows:
            for c, column in enumerate(sheet.columns):
                ws.write_blank(first, c, None, self.cell[column.kind])

        headers = _unique_headers([c.title for c in sheet.columns])
        ws.add_table(
            header_row,
            0,
            last,
            len(sheet.columns) - 1,
            {
                "style": "Table Style Light 9",
                "columns": [
                    {"header": h, "header_format": self.f_header, "format": self.cell[c.kind]}
                    for h, c in zip(headers, sheet.columns, strict=True)
                ],
            },
        )
        ws.set_row(header_row, 30)
        for c, column in enumerate(sheet.columns):
            ws.set_column(c, c, self._column_width(column, headers[c], (r[c] for r in sheet.rows)))
        ws.freeze_panes(header_row + 1, 0)
        self._page_setup(ws, sheet.title, header_row)

    def _write_cell(self, ws: Worksheet, row: int, col: int, kind: str, value: object) -> None:
        fmt = self.cell[kind]
        if value is None or value == "":
            ws.write_blank(row, col, None, fmt)
        elif kind == "bool":
            ws.write_string(row, col, YES if value else NO, fmt)
        elif kind == "date":
            if not isinstance(value, date):
                raise ValueError(f"a date column holds {value!r}")
            self._write_date(ws, row, col, value)
        elif kind in ("int", "yen", "days"):
            number = value.days if isinstance(value, timedelta) else value
            if isinstance(number, bool) or not isinstance(number, int | float):
                raise ValueError(f"a {kind} column holds {value!r}")
            ws.write_number(row, col, number, fmt)
        else:
            # write_string, not write(): a name starting with "=" stays text, never a formula.
            ws.write_string(row, col, str(value), fmt)

    def _column_width(self, column: Column, header: str, values: Iterable[object]) -> float:
        widths = [column.width, display_width(header) + FILTER_BUTTON]
        if column.kind == "date":
            widths.append(DATE_WIDTH)
        elif column.kind == "bool":
            widths.append(display_width(NO) + 1)
        else:
            suffix = 2 if column.kind in ("yen", "days") else 0
            for value in values:
                if value is None:
                    continue
                if column.kind == "text":
                    text = str(value)
                    longest = max((display_width(line) for line in text.splitlines()), default=0)
                    widths.append(longest + 1)
                else:
                    number = value.days if isinstance(value, timedelta) else value
                    widths.append(len(f"{number:,}") + suffix + 1)
        return min(max(widths), MAX_COLUMN_WIDTH)

    # -- グラフ --------------------------------------------------------------------------

    def _charts(self) -> None:
        data = self.data
        name = safe_sheet_name(CHARTS_SHEET, self.taken)
        ws = self.book.add_worksheet(name)
        ws.set_row(0, 24)
        ws.write_string(0, 0, "月別の件数と委託先の点検状況", self.f_title)
        ws.write_string(
            1, 0, f"{data.organisation}　対象期間：{data.period.label}", self.f_subtitle
        )

        # The charts' source data, as small tables beside them.
        months = data.monthly.months
        series = list(data.monthly.series.items())
        header_row = 3
        first = header_row + 1
        last = first + max(len(months), 1) - 1
        headers = _unique_headers(["月", *(s for s, _ in series)])
        for r, month in enumerate(months, start=first):
            ws.write_datetime(r, 0, month, self.f_month)
            for c, (_, counts) in enumerate(series, start=1):
                value = counts[r - first] if r - first < len(counts) else 0
                ws.write_number(r, c, value, self.cell["int"])
        if not months:
            for c in range(len(headers)):
                ws.write_blank(first, c, None, self.cell["int"])
        ws.add_table(
            header_row,
            0,
            last,
            len(headers) - 1,
            {
                "style": "Table Style Light 9",
                "columns": [{"header": h, "header_format": self.f_header} for h in headers],
            },
        )
        ws.set_column(0, 0, 14)
        for c, h in enumerate(headers[1:], start=1):
            ws.set_column(c, c, max(display_width(h) + FILTER_BUTTON, 8))

        review_header = last + 3
        statuses = list(data.review_status.items())
        review_first = review_header + 1
        review_last = review_first + max(len(statuses), 1) - 1
        for r, (status, n) in enumerate(statuses, start=review_first):
            ws.write_string(r, 0, status, self.cell["text"])
            ws.write_number(r, 1, n, self.cell["int"])
        if not statuses:
            ws.write_blank(review_first, 0, None, self.cell["text"])
            ws.write_blank(review_first, 1, None, self.cell["int"])
        ws.add_table(
            review_header,
            0,
            review_last,
            1,
            {
                "style": "Table Style Light 9",
                "columns": [
                    {"header": "委託先の点検状況", "header_format": self.f_header},
                    {"header": "委託先数", "header_format": self.f_header},
                ],
            },
        )
        ws.set_column(
            0, 0, _fit([s for s, _ in statuses] + ["委託先の点検状況"], minimum=14, maximum=40)
        )

        chart_col = max(len(headers), 2) + 1
        if months and series:
            chart = self.book.add_chart({"type": "column"})
            for c in range(1, len(headers)):
                chart.add_series(
                    {
                        "name": [name, header_row, c],
                        "categories": [name, first, 0, last, 0],
                        "values": [name, first, c, last, c],
                        "data_labels": {"value": True},
                    }
                )
            chart.set_title({"name": "月別の件数"})
            # Text axis: one bar group per month, not a time scale of days. Within a year
            # "4月" is enough (the table beside it has the era and year) and does not wrap.
            x_axis: dict[str, Any] = {"text_axis": True, "num_format": WAREKI_MONTH}
            if len(months) <= 12:
                x_axis["num_format"] = 'm"月"'
            else:
                x_axis["num_font"] = {"rotation": -45}
            chart.set_x_axis(x_axis)
            peak = max((max(counts, default=0) for _, counts in series), default=0)
            y_axis: dict[str, Any] = {"min": 0, "num_format": "0", "name": "件数"}
            if peak <= 10:
                y_axis["major_unit"] = 1
            chart.set_y_axis(y_axis)
            chart.set_legend({"position": "bottom"})
            chart.set_size({"width": 640, "height": 320})
            ws.insert_chart(header_row, chart_col, chart)
        if statuses:
            bar = self.book.add_chart({"type": "bar"})
            bar.add_series(
                {
                    "name": [name, review_header, 1],
                    "categories": [name, review_first, 0, review_last, 0],
                    "values": [name, review_first, 1, review_last, 1],
                    "data_labels": {"value": True},
                }
            )
            bar.set_title({"name": "委託先の点検状況"})
            total = sum(n for _, n in statuses)
            value_axis: dict[str, Any] = {"min": 0, "num_format": "0"}
            if total <= 10:
                value_axis["major_unit"] = 1
            bar.set_x_axis(value_axis)
            # The first state at the top, as in the table, with the values still below.
            bar.set_y_axis({"reverse": True, "crossing": "max"})
            bar.set_legend({"none": True})
            bar.set_size({"width": 640, "height": 320})
            ws.insert_chart(header_row + 17, chart_col, bar)

        self._page_setup(ws, name, None, pages_tall=1)  # charts and tables on one page


def _by_section(figures: Sequence[Figure]) -> list[tuple[str, list[Figure]]]:
    """Figures grouped by section, sections in the order they first appear."""
    groups: dict[str, list[Figure]] = {}
    for figure in figures:
        groups.setdefault(figure.section, []).append(figure)
    return list(groups.items())


def _unique_headers(titles: Sequence[str]) -> list[str]:
    """Table headers must be distinct and not empty, or Excel repairs the file."""
    seen: set[str] = set()
    out: list[str] = []
    for n, title in enumerate(titles, start=1):
        base = title.strip().replace("\n", " ") or f"列{n}"
        candidate, k = base, 2
        while candidate.casefold() in seen:
            candidate = f"{base}{k}"
            k += 1
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


def _fit(texts: Iterable[str], minimum: float, maximum: float) -> float:
    widest = max((display_width(t) for t in texts), default=0) + 2
    return min(max(widest, minimum), maximum)
