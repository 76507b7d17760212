"""漏えい等事案の概要: one incident on A4 for the report to the Personal Information Protection
Commission: whether it is reportable and why, the deadlines with the rule behind each, and the
nine items of Enforcement Rules Article 8(1) in order, each 「（調査中）」 while unknown.

The Commission takes reports through its own online form; this sheet is what the office
prepares, checks and keeps. Pages are laid out first and drawn afterwards, so each carries
"n / N" and a header with the incident's number.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts
from privacydesk.documents.envelope import A4_H
from privacydesk.documents.text import wrap
from privacydesk.domain import wareki
from privacydesk.errors import InvalidInput

MINCHO = fonts.FontFamily.MINCHO
GOTHIC = fonts.FontFamily.GOTHIC

TITLE = "漏えい等事案の概要（個人情報保護委員会への報告用）"
UNKNOWN = "（調査中）"
NOT_DONE = "未実施"
KIND_TEXT = {"leak": "漏えい", "loss": "滅失", "damage": "毀損"}
NOTICE_METHOD_TEXT = {
    "individual": "本人への通知",
    "public": "公表（本人への通知が困難なため）",
    "desk": "問合せ窓口の設置（本人への通知が困難なため）",
}
# The nine items of Enforcement Rules Article 8(1), in the order the Commission asks for them.
ITEMS: tuple[str, ...] = (
    "概要",
    "漏えい等が発生し、又は発生したおそれがある個人データの項目",
    "個人データに係る本人の数",
    "原因",
    "二次被害又はそのおそれの有無及びその内容",
    "本人への対応の実施状況",
    "公表の実施状況",
    "再発防止のための措置",
    "その他参考となる事項",
)
DEADLINE_COLUMNS = ("手続", "期限", "期限の根拠", "実施日")
ITEM_COLUMNS = ("項目", "内容")

LEFT, RIGHT = 18.0, 192.0
HEADER_TOP = 9.0  # the header line's top, mm from the top of the sheet
HEADER_SIZE = 8.0
BOTTOM = 279.0  # nothing of the body below this
FOOTER = 289.0  # the baseline of "n / N"
SIZE = 9.5  # cells and body text
LABEL_SIZE = 9.0  # header cells and the items' labels (Gothic)
LEADING = 1.45
PAD_X, PAD_Y = 1.5, 1.0
HEADING_SIZE = 10.5
HEADER_GREY = 0.88
MIN_SPLIT = 2  # a row split across pages leaves at least this many lines on the first
DEADLINE_WIDTHS = (26.0, 33.0, 82.0, 33.0)
ITEM_WIDTHS = (50.0, 124.0)
INFO_WIDTHS = (36.0, 138.0)


@dataclass(frozen=True)
class DeadlineLine:
    """One step owed: 速報, 本人への通知 or 確報, with its due date and the rule as text."""

    step: str
    due: date
    rule: str
    done_on: date | None = None


@dataclass(frozen=True)
class IncidentSummaryData:
    """What the sheet prints. Texts are as recorded (the incident's fields keep their names,
    so a refusal names the field); `reasons` and the deadlines' rules are already text."""

    organisation: str
    number: str  # e.g. 事案2026-001
    made_on: date  # the date the sheet is made (和暦 on the sheet)
    kind: str  # leak | loss | damage
    possible: bool  # happened, or possibly happened (おそれ)
    known_on: date
    reportable: bool
    reasons: Sequence[str] = ()
    deadlines: Sequence[DeadlineLine] = ()
    occurred_on: date | None = None
    office_told_on: date | None = None
    found_by: str = ""
    description: str = ""
    items: str = ""
    persons: int | None = None
    persons_estimated: bool = False
    cause: str = ""
    secondary_harm: str = ""
    response_to_persons: str = ""
    notice_on: date | None = None
    notice_method: str = ""
    public_announcement: str = ""
    prevention: str = ""
    containment: str = ""
    other: str = ""
    contractor: str = ""  # the contractor involved (委託先), "" when none


# --- Texts ------------------------------------------------------------------------------------


def kind_text(kind: str, possible: bool) -> str:
    """漏えい, 滅失, 毀損; with のおそれ when it only possibly happened."""
    text = KIND_TEXT.get(kind, kind)
    return f"{text}のおそれ" if possible else text


def _date(d: date | None) -> str:
    return wareki.to_wareki(d) if d is not None else UNKNOWN


def _or_unknown(text: str) -> str:
    return text if text.strip() else UNKNOWN


def _clean(text: str) -> str:
    """Line ends unified and tabs made spaces (text pasted from elsewhere), marks composed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return fonts.compose_marks(text.strip())


def persons_text(persons: int | None, estimated: bool) -> str:
    if persons is None:
        return UNKNOWN
    return f"{persons:,}人" + ("（概数）" if estimated else "")


def item_contents(data: IncidentSummaryData) -> list[str]:
    """The nine items' contents, in ITEMS order, 「（調査中）」 where nothing is known yet."""
    overview = [
        f"事案の種別：{kind_text(data.kind, data.possible)}",
        f"発生日：{_date(data.occurred_on)}",
        f"発覚日（組織内で最初に把握した日）：{_date(data.known_on)}",
    ]
    if data.office_told_on is not None:
        overview.append(f"事務局が報告を受けた日：{_date(data.office_told_on)}")
    overview += [
        f"発見者：{_or_unknown(_clean(data.found_by))}",
        f"発生事案：{_or_unknown(_clean(data.description))}",
    ]
    response = [_clean(data.response_to_persons)] if data.response_to_persons.strip() else []
    if data.notice_on is not None:
        method = NOTICE_METHOD_TEXT.get(data.notice_method, "本人への通知等")
        response.append(f"{method}：{_date(data.notice_on)}実施")
    other = [_clean(data.other)] if data.other.strip() else []
    if data.containment.strip():
        other.append(f"被害の拡大防止のための措置：{_clean(data.containment)}")
    if data.contractor.strip():
        other.append(f"関係する委託先：{_clean(data.contractor)}")
    return [
        "\n".join(overview),
        _or_unknown(_clean(data.items)),
        persons_text(data.persons, data.persons_estimated),
        _or_unknown(_clean(data.cause)),
        _or_unknown(_clean(data.secondary_harm)),
        _or_unknown("\n".join(response)),
        _or_unknown(_clean(data.public_announcement)),
        _or_unknown(_clean(data.prevention)),
        _or_unknown("\n".join(other)),
    ]


TEXT_FIELDS = (
    "found_by",
    "description",
    "items",
    "cause",
    "secondary_harm",
    "response_to_persons",
    "public_announcement",
    "prevention",
    "containment",
    "other",
    "contractor",
)


def _fields(data: IncidentSummaryData) -> Iterator[tuple[str, str, bool]]:
    """(field, text, drawn in Gothic too) for every text the sheet prints from its data."""
    yield "organisation", data.organisation, True  # in the page header too
    yield "number", data.number, True
    for i, reason in enumerate(data.reasons):
        yield f"reasons.{i}", reason, False
    for i, d in enumerate(data.deadlines):
        yield f"deadlines.{i}.step", d.step, False
        yield f"deadlines.{i}.rule", d.rule, False
    for name in TEXT_FIELDS:
        text = getattr(data, name)
        yield name, text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "), False


def require_drawable(data: IncidentSummaryData) -> None:
    """Refuse (InvalidInput "glyph.problems", naming each field as IncidentSummaryData does)
    any text the embedded fonts would print wrong or blank."""
    items = list(_fields(data))
    found = [p for f, t, _ in items for p in fonts.check_text(f, t, MINCHO)]
    found += [p for f, t, gothic in items if gothic for p in fonts.check_text(f, t, GOTHIC)]
    if found:
        problems = list(dict.fromkeys(found))
        raise InvalidInput(
            "glyph.problems", problems=[p.as_problem() for p in problems], count=len(problems)
        )


# --- Layout -----------------------------------------------------------------------------------

Op = Callable[[Canvas], None]


def _y(top: float) -> float:
    return (A4_H - top) * mm


def _width(text: str, family: fonts.FontFamily, size: float) -> float:
    """Width in mm."""
    return fonts.string_width(text, family, size) / mm


def _lines(text: str, width: float, size: float, family: fonts.FontFamily) -> list[str]:
    return wrap(text, width * mm, lambda t: fonts.string_width(t, family, size))


def _baseline(line_top: float, size: float, leading: float) -> float:
    """The baseline of a line whose box starts at line_top (mm): glyphs centred in the box."""
    return line_top + (size * leading + 0.76 * size) / 2 / mm


@dataclass(frozen=True)
class _Column:
    width: float
    family: fonts.FontFamily = MINCHO
    size: float = SIZE


class _Pages:
    """Top-down layout in millimetres: each page a list of drawing steps, drawn at the end."""

    def __init__(self, body_top: float) -> None:
        self.body_top = body_top
        self.pages: list[list[Op]] = [[]]
        self.top = body_top

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def room(self) -> float:
        return BOTTOM - self.top

    def new_page(self) -> None:
        self.pages.append([])
        self.top = self.body_top

    def need(self, height: float) -> None:
        if height > self.room() and self.top > self.body_top:
            self.new_page()

    def draw_line(
        self, x: float, top: float, text: str, family: fonts.FontFamily, size: float, leading: float
    ) -> None:
        """One line of text in a box of size × leading whose top is at `top`."""
        base = _baseline(top, size, leading)
        self.add(lambda c: fonts.draw_text(c, x * mm, _y(base), text, family, size))

    def text(
        self,
        text: str,
        size: float = SIZE,
        family: fonts.FontFamily = MINCHO,
        align: str = "left",
        x0: float = LEFT,
        leading: float = 1.6,
    ) -> None:
        h = size * leading / mm
        for line in _lines(text, RIGHT - x0, size, family):
            self.need(h)
            w = _width(line, family, size)
            x = {"left": x0, "right": RIGHT - w, "center": (x0 + RIGHT - w) / 2}[align]
            self.draw_line(x, self.top, line, family, size, leading)
            self.top += h

    def heading(self, text: str, keep: float) -> None:
        """■ and a section heading, kept on a page with `keep` mm of what follows it."""
        h = HEADING_SIZE * 1.5 / mm
        self.need(3 + h + 1.5 + keep)
        self.top += 3
        self.draw_line(LEFT, self.top, "■ " + text, GOTHIC, HEADING_SIZE, 1.5)
        self.top += h + 1.5


Cells = list[list[str]]  # each cell's wrapped lines


def _line_h(size: float = SIZE) -> float:
    return size * LEADING / mm


def _wrap_row(cells: Sequence[str], columns: Sequence[_Column]) -> Cells:
    return [
        _lines(text, col.width - 2 * PAD_X, col.size, col.family)
        for text, col in zip(cells, columns, strict=True)
    ]


def _row_h(cells: Cells) -> float:
    return max(len(c) for c in cells) * _line_h() + 2 * PAD_Y


def _piece(p: _Pages, cells: Cells, columns: Sequence[_Column], header: bool) -> None:
    """A ruled row (or the part of one that falls on this page) at p.top."""
    top, h = p.top, _row_h(cells)
    xs = [LEFT]
    for col in columns:
        xs.append(xs[-1] + col.width)
    xs[-1] = RIGHT

    def frame(c: Canvas) -> None:
        c.saveState()
        c.setLineWidth(0.5)
        if header:
            c.setFillGray(HEADER_GREY)
        c.rect(LEFT * mm, _y(top + h), (RIGHT - LEFT) * mm, h * mm, stroke=1, fill=int(header))
        for x in xs[1:-1]:
            c.line(x * mm, _y(top), x * mm, _y(top + h))
        c.restoreState()

    p.add(frame)
    for k, (lines, col) in enumerate(zip(cells, columns, strict=True)):
        family = GOTHIC if header else col.family
        size = LABEL_SIZE if header else col.size
        for i, line in enumerate(lines):
            if line:
                p.draw_line(xs[k] + PAD_X, top + PAD_Y + i * _line_h(), line, family, size, LEADING)
    p.top += h


def _table(
    p: _Pages,
    columns: Sequence[_Column],
    rows: Sequence[Sequence[str]],
    header: Sequence[str] | None = None,
) -> None:
    """A ruled table. A row that does not fit moves to the next page whole, unless it is
    taller than a page: then it is split between lines, the label cell of the part overleaf
    reading （続き）. The header row is repeated at the top of every page the table uses."""
    head = _wrap_row(header, columns) if header else None
    head_h = _row_h(head) if head else 0.0
    lh = _line_h()
    header_on = -1  # the page the header row was last drawn on

    def start_piece(h: float) -> None:
        nonlocal header_on
        if head is not None and header_on != len(p.pages):
            if head_h + h > p.room() and p.top > p.body_top:
                p.new_page()
            _piece(p, head, columns, header=True)
            header_on = len(p.pages)

    for row in rows:
        rest: Cells | None = _wrap_row(row, columns)
        while rest is not None:
            h = _row_h(rest)
            header_needed = head is not None and header_on != len(p.pages)
            extra = head_h if header_needed else 0.0
            if extra + h <= p.room():
                start_piece(h)
                _piece(p, rest, columns, header=False)
                rest = None
                continue
            fit = math.floor((p.room() - extra - 2 * PAD_Y) / lh + 1e-9)
            full = BOTTOM - p.body_top - head_h
            if h <= full or fit < MIN_SPLIT:
                p.new_page()
                continue
            start_piece(fit * lh + 2 * PAD_Y)
            _piece(p, [c[:fit] for c in rest], columns, header=False)
            rest = [c[fit:] for c in rest]
            if not rest[0]:
                rest[0] = ["（続き）"]
            p.new_page()


def _min_row_h(texts: Sequence[str], columns: Sequence[_Column]) -> float:
    """The height a section needs after its heading: the first row, or 3 lines of it."""
    return min(_row_h(_wrap_row(texts, columns)), 3 * _line_h() + 2 * PAD_Y)


def _header_lines(data: IncidentSummaryData) -> list[str]:
    parts = ["漏えい等事案の概要", data.number, data.organisation]
    text = "　｜　".join(fonts.compose_marks(x) for x in parts if x.strip())
    return _lines(text, RIGHT - LEFT, HEADER_SIZE, GOTHIC)


def _judgement(p: _Pages, data: IncidentSummaryData) -> None:
    verdict = "報告対象" if data.reportable else "報告対象外"
    p.heading("報告対象の判断（個人情報の保護に関する法律施行規則第7条）", 3 * _line_h())
    p.text(f"判断：{verdict}", 11.0, GOTHIC, x0=LEFT + 2)
    p.top += 0.5
    for reason in data.reasons:
        p.text(f"・{fonts.compose_marks(reason)}", SIZE, x0=LEFT + 4)


def _deadlines(p: _Pages, data: IncidentSummaryData) -> None:
    columns = [_Column(w) for w in DEADLINE_WIDTHS]
    rows = [
        (
            fonts.compose_marks(d.step),
            wareki.to_wareki(d.due),
            fonts.compose_marks(d.rule),
            wareki.to_wareki(d.done_on) if d.done_on else NOT_DONE,
        )
        for d in data.deadlines
    ]
    head_h = _row_h(_wrap_row(DEADLINE_COLUMNS, columns))
    keep = head_h + (_min_row_h(rows[0], columns) if rows else 0)
    p.heading("報告・通知の期限", keep)
    if not rows:
        p.text("報告対象外のため、個人情報保護委員会への報告の期限はありません。", x0=LEFT + 2)
        return
    _table(p, columns, rows, DEADLINE_COLUMNS)


def _items(p: _Pages, data: IncidentSummaryData) -> None:
    columns = [_Column(ITEM_WIDTHS[0], GOTHIC, LABEL_SIZE), _Column(ITEM_WIDTHS[1])]
    rows = [
        (f"{n}．{label}", content)
        for n, (label, content) in enumerate(zip(ITEMS, item_contents(data), strict=True), 1)
    ]
    intro = "把握している範囲で記載しています。「（調査中）」の事項は、判明しだい追って報告します。"
    head_h = _row_h(_wrap_row(ITEM_COLUMNS, columns))
    keep = 2 * _line_h() + head_h + _min_row_h(rows[0], columns)
    p.heading("報告事項（個人情報の保護に関する法律施行規則第8条第1項）", keep)
    p.text(intro, 8.5, x0=LEFT + 2)
    p.top += 1
    _table(p, columns, rows, ITEM_COLUMNS)


def incident_summary(data: IncidentSummaryData) -> bytes:
    """The sheet as PDF bytes. Every text is glyph-checked first: a character the embedded
    fonts would print wrong or blank is refused (InvalidInput "glyph.problems", naming the
    field: organisation, number, description, items, cause, …, reasons.{i},
    deadlines.{i}.rule)."""
    require_drawable(data)
    fonts.register_fonts()
    header = _header_lines(data)
    header_step = HEADER_SIZE * 1.4 / mm
    body_top = HEADER_TOP + len(header) * header_step + 5.0
    p = _Pages(body_top)

    p.top += 1
    p.text(TITLE, 14.0, GOTHIC, align="center", leading=1.5)
    p.top += 3
    p.text(f"作成日　{wareki.to_wareki(data.made_on)}", 10.0, align="right")
    p.top += 2
    info = [_Column(INFO_WIDTHS[0], GOTHIC, LABEL_SIZE), _Column(INFO_WIDTHS[1])]
    _table(
        p,
        info,
        [
            ("事業者の名称", _or_unknown(fonts.compose_marks(data.organisation))),
            ("事案番号", fonts.compose_marks(data.number)),
        ],
    )
    _judgement(p, data)
    _deadlines(p, data)
    _items(p, data)
    p.top += 3
    p.text(
        "※ 個人情報保護委員会への報告は、同委員会のウェブサイトの報告フォーム等により行います。"
        "本書は、その内容の準備と記録のために作成したものです。",
        8.5,
        x0=LEFT + 2,
    )

    buffer = io.BytesIO()
    canvas = fonts.new_canvas(buffer, pagesize=A4)
    canvas.setTitle(TITLE)
    total = len(p.pages)
    for number, ops in enumerate(p.pages, start=1):
        for k, line in enumerate(header):
            top = HEADER_TOP + k * header_step
            fonts.draw_text(canvas, LEFT * mm, _y(top + HEADER_SIZE / mm), line, GOTHIC, 8.0)
        canvas.saveState()
        canvas.setLineWidth(0.5)
        rule = body_top - 3.0
        canvas.line(LEFT * mm, _y(rule), RIGHT * mm, _y(rule))
        canvas.restoreState()
        for op in ops:
            op(canvas)
        footer = f"{number} / {total}"
        x = (LEFT + RIGHT - _width(footer, MINCHO, 9.0)) / 2
        fonts.draw_text(canvas, x * mm, _y(FOOTER), footer, MINCHO, 9.0)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
