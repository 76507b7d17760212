"""Staff forms on A4: the non-disclosure pledge (誓約書) a member signs, with the member's name
filled in when known, and a training attendance sheet (研修出席簿) with a row per person to
sign and a box for the check of their understanding (理解度確認).

Every text is glyph-checked before anything is drawn; the fonts are the embedded ones."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts
from privacydesk.documents.envelope import A4_H
from privacydesk.documents.text import wrap

MINCHO = fonts.FontFamily.MINCHO
GOTHIC = fonts.FontFamily.GOTHIC
LEFT, RIGHT = 20.0, 190.0
TOP = 18.0  # the body's top on a page without a header
BOTTOM = 279.0
FOOTER = 289.0
BLANK_DATE = "令和　　年　　月　　日"

PLEDGE_TITLE = "個人情報の取扱いに関する誓約書"
PLEDGE_INTRO = (
    "私は、{organisation}（以下「当法人」といいます。）の業務（職員、ボランティア又は役員としての"
    "活動を含みます。）に従事するにあたり、個人情報の保護に関する法律その他の関係法令及び当法人の"
    "定める個人情報の取扱いに関する規程を遵守し、次の事項を誓約します。"
)
# (heading, text): confidentiality during and after the engagement, use only for the work,
# return of materials, reporting incidents; then the acknowledgement of the consequences.
PLEDGE_CLAUSES: tuple[tuple[str, str], ...] = (
    (
        "秘密の保持",
        "業務上知り得た個人情報その他の秘密を、在職中・活動中はもとより、退職、退任又は活動の"
        "終了後も、第三者に開示し、又は漏えいしません。",
    ),
    (
        "目的外利用の禁止",
        "個人情報は、当法人の業務の遂行に必要な範囲でのみ取り扱い、自己又は第三者のために"
        "利用せず、業務に必要な範囲を超えて複製し、又は持ち出しません。",
    ),
    (
        "資料の返還",
        "業務のために貸与され、又は取得した書類、電子媒体、データその他の資料（複製物を含み"
        "ます。）は、業務の終了時又は当法人の求めがあったときは、速やかに当法人に返還し、"
        "又は当法人の指示に従って消去し、手元に残しません。",
    ),
    (
        "事故の報告",
        "個人情報の漏えい、滅失若しくは毀損又はそのおそれのある事態を知ったときは、直ちに"
        "個人情報保護管理者に報告し、その指示に従います。",
    ),
    (
        "違反した場合",
        "本誓約に違反した場合には、関係法令及び当法人の規程に基づく責任を負うことを承知して"
        "います。",
    ),
)
PLEDGE_NOTE = "本誓約は、退職、退任又は活動の終了後も効力を有します。"
PLEDGE_ROWS = ("住所", "所属・立場", "氏名", "署名（自署）")

SHEET_TITLE = "個人情報保護研修　出席簿"
SHEET_COLUMNS = ("No.", "氏名", "署名", "理解度確認")
SHEET_WIDTHS = (12.0, 55.0, 58.0, 45.0)  # mm, LEFT to RIGHT
SHEET_ROW_H = 11.0
SHEET_CHECK_LABEL = "確認済"
SHEET_NOTE = (
    "理解度確認：確認テスト又は口頭での確認により研修内容の理解を確かめた方について、"
    "確認した者が□に✓を付けてください。"
)
SHEET_BLANK_ROWS = 3  # for people not on the list


@dataclass(frozen=True)
class PledgeFormData:
    organisation: str  # the office's name
    representative: str = ""  # the addressee (理事長 山田太郎); "" addresses the office
    member_name: str = ""  # filled in the 氏名 row when given
    member_kind: str = ""  # 職員 / ボランティア / 役員, filled in the 所属・立場 row
    date_text: str = ""  # 和暦; "" prints a blank date to fill in
    version: str = ""  # the pledge's version, printed small at the foot


@dataclass(frozen=True)
class TrainingSheetData:
    organisation: str
    topic: str
    date_text: str  # the training's date in 和暦
    material: str = ""
    names: Sequence[str] = ()
    blank_rows: int = SHEET_BLANK_ROWS


Op = Callable[[Canvas], None]


def _y(top: float) -> float:
    return (A4_H - top) * mm


def _width(text: str, family: fonts.FontFamily, size: float) -> float:
    return fonts.string_width(text, family, size) / mm


def _lines(text: str, width: float, size: float, family: fonts.FontFamily = MINCHO) -> list[str]:
    return wrap(text, width * mm, lambda t: fonts.string_width(t, family, size))


class _Pages:
    """Top-down layout in millimetres: each page a list of drawing steps, drawn at the end,
    so that each page can carry "n / N" and a repeated header."""

    def __init__(self, body_top: float) -> None:
        self.body_top = body_top
        self.pages: list[list[Op]] = [[]]
        self.top = body_top
        self.on_new_page: Callable[[], None] | None = None

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def need(self, height: float) -> bool:
        """Start a new page unless `height` fits; True when a page was started."""
        if self.top + height > BOTTOM and self.top > self.body_top:
            self.pages.append([])
            self.top = self.body_top
            if self.on_new_page is not None:
                self.on_new_page()
            return True
        return False

    def line(self, x: float, top: float, text: str, family: fonts.FontFamily, size: float) -> None:
        """One line of text whose baseline sits at `top` + size (mm from the page's top)."""
        self.add(lambda c: fonts.draw_text(c, x * mm, _y(top + size / mm), text, family, size))

    def text(
        self,
        text: str,
        size: float = 10.5,
        family: fonts.FontFamily = MINCHO,
        align: str = "left",
        x0: float = LEFT,
        x1: float = RIGHT,
        leading: float = 1.6,
    ) -> None:
        for line in _lines(text, x1 - x0, size, family):
            h = size * leading / mm
            self.need(h)
            w = _width(line, family, size)
            x = {"left": x0, "right": x1 - w, "center": (x0 + x1 - w) / 2}[align]
            self.line(x, self.top, line, family, size)
            self.top += h

    def rect(self, x: float, top: float, w: float, h: float, width: float = 0.5) -> None:
        def op(c: Canvas) -> None:
            c.saveState()
            c.setLineWidth(width)
            c.rect(x * mm, _y(top + h), w * mm, h * mm)
            c.restoreState()

        self.add(op)


def _render(p: _Pages, title: str, header: list[str]) -> bytes:
    header_step = 8.0 * 1.4 / mm
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(buffer, pagesize=A4)
    canvas.setTitle(title)
    total = len(p.pages)
    for number, ops in enumerate(p.pages, start=1):
        if number > 1:
            for k, line in enumerate(header):
                top = 9.0 + k * header_step
                fonts.draw_text(canvas, LEFT * mm, _y(top + 8.0 / mm), line, GOTHIC, 8.0)
        for op in ops:
            op(canvas)
        if total > 1:
            footer = f"{number} / {total}"
            x = (LEFT + RIGHT - _width(footer, MINCHO, 9.0)) / 2
            fonts.draw_text(canvas, x * mm, _y(FOOTER), footer, MINCHO, 9.0)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _one_line(text: str) -> str:
    """A single-line field (a name, a topic): line breaks and tabs become spaces."""
    return " ".join(text.replace("\t", " ").splitlines()).strip()


# -- the pledge ------------------------------------------------------------------------------------


def _addressee(data: PledgeFormData) -> str:
    organisation = _one_line(data.organisation)
    if data.representative.strip():
        return f"{organisation}　{_one_line(data.representative)}　殿"
    return f"{organisation}　御中" if organisation else ""


def _pledge_fields(data: PledgeFormData) -> Iterator[tuple[str, str, bool]]:
    """(field, text, drawn in Gothic too) for every text the pledge prints."""
    yield "organisation", data.organisation, False
    yield "representative", data.representative, False
    yield "member_name", data.member_name, False
    yield "member_kind", data.member_kind, False
    yield "date_text", data.date_text, False
    yield "version", data.version, False


def pledge_form(data: PledgeFormData) -> bytes:
    """The pledge as PDF bytes (one page for the usual names). Texts that the embedded fonts
    cannot draw are refused first (InvalidInput "glyph.problems", naming the field:
    organisation, representative, member_name, member_kind, date_text, version)."""
    items = list(_pledge_fields(data))
    fonts.require_drawable([(f, t) for f, t, _ in items], MINCHO)
    fonts.register_fonts()
    p = _Pages(TOP)
    p.text(PLEDGE_TITLE, 16.0, GOTHIC, align="center", leading=1.5)
    p.top += 6
    p.text(data.date_text or BLANK_DATE, 10.5, align="right")
    p.top += 3
    addressee = _addressee(data)
    if addressee:
        p.text(addressee, 11.5)
    else:  # a line to write the addressee on
        p.top += 11.5 * 1.6 / mm
    p.top += 5
    organisation = _one_line(data.organisation) or "当法人"
    p.text("　" + PLEDGE_INTRO.format(organisation=organisation), 10.5, leading=1.75)
    p.top += 3
    p.text("記", 10.5, align="center")
    p.top += 2
    for number, (heading, text) in enumerate(PLEDGE_CLAUSES, start=1):
        label = f"{number}．{heading}"
        p.need(10.5 * 1.7 / mm * 3)
        p.text(label, 10.5, GOTHIC, leading=1.6)
        p.text(text, 10.5, x0=LEFT + 5, leading=1.7)
        p.top += 1.5
    p.top += 1
    p.text("以上", 10.5, align="right")
    p.top += 4
    _pledge_signature(p, data)
    p.top += 3
    p.text("※ " + PLEDGE_NOTE, 8.5, x0=LEFT + 2)
    if data.version.strip():
        p.text(f"（様式：{_one_line(data.version)}）", 8.0, align="right")
    header = _lines(PLEDGE_TITLE, RIGHT - LEFT, 8.0, GOTHIC)
    return _render(p, PLEDGE_TITLE, header)


def _pledge_signature(p: _Pages, data: PledgeFormData) -> None:
    """住所, 所属・立場, 氏名 (filled when known) and 署名 with a place for a seal, on one page.
    A long name wraps inside its row, which grows."""
    label_w, min_h, size = 34.0, 13.0, 10.5
    step = size * 1.4 / mm
    values = {"所属・立場": _one_line(data.member_kind), "氏名": _one_line(data.member_name)}
    rows = []
    for label in PLEDGE_ROWS:
        value = values.get(label, "")
        lines = _lines(value, RIGHT - LEFT - label_w - 6, size) if value else []
        rows.append((label, lines, max(min_h, 4.0 + len(lines) * step)))
    p.need(sum(h for _, _, h in rows) + 2)
    for label, lines, row_h in rows:
        top = p.top
        p.rect(LEFT, top, label_w, row_h)
        p.rect(LEFT + label_w, top, RIGHT - LEFT - label_w, row_h)
        p.line(LEFT + 2, top + (min_h - 9.5 / mm) / 2 - 0.5, label, GOTHIC, 9.5)
        first = top + (row_h - len(lines) * step) / 2 + 0.2
        for k, line in enumerate(lines):
            p.line(LEFT + label_w + 3, first + k * step, line, MINCHO, size)
        if label == "署名（自署）":
            # A place for the seal, for offices that still ask for one.
            seal = 10.0
            x = RIGHT - seal - 2
            p.rect(x, top + (row_h - seal) / 2, seal, seal, 0.3)
            mark_x = x + (seal - _width("印", MINCHO, 8.0)) / 2
            p.line(mark_x, top + row_h / 2 - 1.6, "印", MINCHO, 8.0)
        p.top += row_h


# -- the training attendance sheet -----------------------------------------------------------------


def _sheet_fields(data: TrainingSheetData) -> Iterator[tuple[str, str, bool]]:
    yield "organisation", data.organisation, False
    yield "topic", data.topic, True
    yield "date_text", data.date_text, True
    yield "material", data.material, False
    for i, name in enumerate(data.names):
        yield f"names.{i}", name, False


def _sheet_header_row(p: _Pages) -> None:
    x = LEFT
    h = 8.0
    for label, w in zip(SHEET_COLUMNS, SHEET_WIDTHS, strict=True):
        p.rect(x, p.top, w, h)
        p.line(
            x + (w - _width(label, GOTHIC, 9.0)) / 2,
            p.top + (h - 9.0 / mm) / 2 - 0.4,
            label,
            GOTHIC,
            9.0,
        )
        x += w
    p.top += h


NAME_SIZE = 10.0
NAME_STEP = NAME_SIZE * 1.35 / mm


def _name_lines(name: str) -> list[str]:
    return _lines(_one_line(name), SHEET_WIDTHS[1] - 4, NAME_SIZE) if name else []


def _row_height(lines: list[str]) -> float:
    return max(SHEET_ROW_H, 4.0 + len(lines) * NAME_STEP)


def _sheet_row(p: _Pages, number: int, lines: list[str]) -> None:
    """One person's row; a long name wraps inside its cell, which grows."""
    top, h = p.top, _row_height(lines)
    x = LEFT
    for w in SHEET_WIDTHS:
        p.rect(x, top, w, h)
        x += w
    middle = top + (SHEET_ROW_H - 9.0 / mm) / 2 - 0.2  # the number and the box: first line
    no = str(number)
    p.line(LEFT + (SHEET_WIDTHS[0] - _width(no, MINCHO, 9.0)) / 2, middle, no, MINCHO, 9.0)
    first = top + (h - len(lines) * NAME_STEP) / 2 + 0.2
    for k, line in enumerate(lines):
        p.line(LEFT + SHEET_WIDTHS[0] + 2, first + k * NAME_STEP, line, MINCHO, NAME_SIZE)
    # □ 確認済 in the last column.
    box = 3.6
    cx = LEFT + sum(SHEET_WIDTHS[:3]) + 5
    p.rect(cx, top + (SHEET_ROW_H - box) / 2, box, box, 0.4)
    p.line(cx + box + 1.5, middle, SHEET_CHECK_LABEL, MINCHO, 9.0)
    p.top += h


def training_sheet(data: TrainingSheetData) -> bytes:
    """The attendance sheet as PDF bytes: the training's date, topic and material, then a
    table (No., 氏名, 署名, 理解度確認) with one row per name and a few blank rows, its head
    repeated on every page. Refuses undrawable text first (InvalidInput "glyph.problems",
    naming the field: organisation, topic, date_text, material, names.{i})."""
    items = list(_sheet_fields(data))
    fonts.require_drawable([(f, t) for f, t, _ in items], MINCHO)
    fonts.require_drawable([(f, t) for f, t, gothic in items if gothic], GOTHIC)
    fonts.register_fonts()
    header = _lines(
        f"{SHEET_TITLE}　｜　{_one_line(data.date_text)}　{_one_line(data.topic)}",
        RIGHT - LEFT,
        8.0,
        GOTHIC,
    )
    continued_top = 9.0 + len(header) * 8.0 * 1.4 / mm + 5.0
    p = _Pages(TOP)
    p.text(SHEET_TITLE, 16.0, GOTHIC, align="center", leading=1.5)
    p.top += 3
    if data.organisation.strip():
        p.text(_one_line(data.organisation), 10.5, align="right")
    p.top += 3
    label_w = 26.0
    for label, value in (
        ("実施日", data.date_text or BLANK_DATE),
        ("研修テーマ", data.topic),
        ("教材・資料", data.material),
    ):
        if label == "教材・資料" and not value.strip():
            continue
        start = p.top
        p.line(LEFT, start, label, GOTHIC, 10.0)
        p.text(value, 10.5, x0=LEFT + label_w, leading=1.55)
        p.top = max(p.top, start + 10.0 * 1.55 / mm) + 1
    p.top += 4

    # Pages after the first start below the repeated header, with the table's head again.
    def new_page() -> None:
        p.top = continued_top
        _sheet_header_row(p)

    _sheet_header_row(p)
    p.body_top = continued_top
    p.on_new_page = new_page
    rows = [*data.names, *([""] * max(0, data.blank_rows))]
    for number, name in enumerate(rows, start=1):
        lines = _name_lines(name)
        p.need(_row_height(lines))
        _sheet_row(p, number, lines)
    p.on_new_page = None
    p.top += 3
    p.text("※ " + SHEET_NOTE, 8.5, x0=LEFT + 2)
    p.top += 4
    p.need(10)
    p.text("実施責任者　　　　　　　　　　　　　　　　　印", 10.0, align="right")
    return _render(p, SHEET_TITLE, header)
