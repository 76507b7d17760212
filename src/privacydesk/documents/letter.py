"""The letter engine: Japanese business letters and notices on A4, addressed for a window
envelope. Conventions are data (see templates.py and the style table below), not scattered.

Input is plain data; output is PDF bytes: the letter, then its attached tables (別紙,
tables.py) and any explanatory enclosure pages. Before anything is drawn, every text passes
the glyph check (fonts.check_text), so a name never prints with a silent blank.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts, tables
from privacydesk.documents.envelope import A4_H, A4_W, Calibration, Rect
from privacydesk.documents.tables import Table
from privacydesk.documents.templates import Filled
from privacydesk.documents.text import wrap
from privacydesk.errors import InvalidInput

MINCHO = fonts.FontFamily.MINCHO
GOTHIC = fonts.FontFamily.GOTHIC

LEFT, RIGHT = 25.0, 185.0  # text column in mm
BODY_SIZE = 10.5
ADDRESS_MAX_SIZE, ADDRESS_MIN_SIZE = 10.5, 7.5
NAME_SCALE = 1.25  # the addressee's name is set larger than the address
SEASONAL = "時下ますますご清栄のこととお慶び申し上げます。"

# Each style's greeting and closing, as Japanese offices write them.
STYLE = {
    "letter": {"opening": "拝啓", "closing": "敬具", "greeting": True},
    "reply": {"opening": "拝復", "closing": "敬具", "greeting": True},
    "notice": {"opening": "", "closing": "", "greeting": False},
}
HONORIFICS = ("様", "御中", "先生", "")


@dataclass(frozen=True)
class Addressee:
    name: str
    honorific: str = "様"  # 様 to a person, 御中 to an organisation, 先生 to a lawyer
    postal_code: str = ""
    address: str = ""  # in Japan: one string, wrapped by width
    country: str = ""  # abroad: the country, and `lines` in that country's order (Latin)
    lines: tuple[str, ...] = ()  # an address abroad, line by line, as the person writes it
    department: str = ""  # for 御中: the department line above the organisation's name


@dataclass(frozen=True)
class Sender:
    organisation: str
    postal_code: str = ""
    address: str = ""
    signatory: str = ""  # e.g. 理事長 山田 太郎
    desk: tuple[str, ...] = ()  # the contact desk lines at the end


@dataclass(frozen=True)
class LetterData:
    addressee: Addressee
    sender: Sender
    content: Filled
    date_text: str  # 和暦, e.g. 令和8年11月24日
    number: str | None = None  # None on a preview: 見本 and no number
    seal: str = "omitted"  # omitted -> 公印省略; place -> a box for the seal
    preview: bool = False
    attachments: tuple[Table, ...] = ()  # 別紙: tables printed after the letter
    enclosures: tuple[Filled, ...] = ()  # explanatory pages after those (English, やさしい日本語)


@dataclass
class Layout:
    """Where each block was drawn (mm, from the top-left of its page), for tests and the
    envelope check. `address` is on the first page; the attachments' blocks ("attachment",
    "attachment_text", "attachment_heading") and "enclosure" are on the pages after the
    letter."""

    address: Rect | None = None
    blocks: dict[str, list[Rect]] = field(default_factory=dict)

    def add(self, name: str, rect: Rect) -> None:
        self.blocks.setdefault(name, []).append(rect)


def _y(top_mm: float) -> float:
    return (A4_H - top_mm) * mm


def address_lines(a: Addressee) -> list[str]:
    if a.country:
        return [x for x in (*a.lines, a.country.upper()) if x.strip()]
    lines = []
    if a.postal_code:
        lines.append("〒" + a.postal_code)
    if a.address:
        lines.append(a.address)
    return lines


def name_line(a: Addressee) -> list[str]:
    lines = [a.department] if a.department else []
    honorific = a.honorific if a.honorific in HONORIFICS else "様"
    lines.append(f"{a.name}　{honorific}".rstrip("　"))
    return lines


def _wrapped(texts: list[str], width: float, size: float) -> list[tuple[str, float]]:
    return [
        (x, size)
        for t in texts
        for x in wrap(t, width, lambda u: fonts.string_width(u, MINCHO, size))
    ]


def _refuse_overlong(a: Addressee, area: Rect) -> None:
    """More characters than the area could hold even at the smallest size, each a tenth of an
    em wide, cannot fit: refused at once (a pasted megabyte took half a minute to wrap and
    seconds to check glyph by glyph)."""
    most = (area.w * mm / (ADDRESS_MIN_SIZE * 0.1)) * (area.h * mm / (ADDRESS_MIN_SIZE * 1.3))
    if sum(len(t) for t in (*address_lines(a), *name_line(a))) > most:
        raise InvalidInput("letter.address_does_not_fit", lines=len(address_lines(a)))


def fit_address(a: Addressee, area: Rect) -> tuple[float, list[tuple[str, float]]]:
    """Lines and their sizes that fit the safe area, shrinking to the minimum; else refuse.

    In Japan the name comes last (〒, address, name 様); abroad it comes first, then the
    address in that country's order and the country, as the post there reads it.
    """
    _refuse_overlong(a, area)
    size = ADDRESS_MAX_SIZE
    while size >= ADDRESS_MIN_SIZE - 1e-9:
        width = area.w * mm
        name_size = size * NAME_SCALE

        address = _wrapped(address_lines(a), width, size)
        name = _wrapped(name_line(a), width, name_size)
        out = name + address if a.country else address + name
        height = sum(s * 1.3 for _, s in out) / mm
        if height <= area.h:
            return height, out
        size -= 0.5
    raise InvalidInput("letter.address_does_not_fit", lines=len(address_lines(a)))


def _watermark(canvas: Canvas) -> None:
    """見本 across the page, drawn first so that the text lies over it."""
    canvas.saveState()
    canvas.setFillGray(0.85)
    canvas.translate(A4_W / 2 * mm, A4_H / 2 * mm)
    canvas.rotate(35)
    fonts.draw_text(canvas, -40 * mm, 0, "見本", GOTHIC, 110)
    canvas.restoreState()


class _Writer:
    """A cursor down the page that starts a new page when the column is full."""

    def __init__(self, canvas: Canvas, layout: Layout, preview: bool) -> None:
        self.c = canvas
        self.layout = layout
        self.preview = preview
        self.top = 0.0
        self.page = 1
        self._watermark()

    def _watermark(self) -> None:
        if self.preview:
            _watermark(self.c)

    def need(self, height_mm: float) -> None:
        if self.top + height_mm > 280:
            self.c.showPage()
            self.page += 1
            self.top = 20.0
            self._watermark()

    def line(
        self,
        text: str,
        size: float,
        family: fonts.FontFamily = MINCHO,
        align: str = "left",
        x0: float = LEFT,
        x1: float = RIGHT,
        block: str = "body",
    ) -> None:
        height = size * 1.6 / mm
        self.need(height)
        if align == "left":  # the width is known once drawn: no need to measure first
            x = x0
            end = fonts.draw_text(self.c, x * mm, _y(self.top + size / mm), text, family, size)
            width = end / mm - x
        else:
            width = fonts.string_width(text, family, size) / mm
            x = {"right": x1 - width, "center": (x0 + x1 - width) / 2}[align]
            fonts.draw_text(self.c, x * mm, _y(self.top + size / mm), text, family, size)
        self.layout.add(block, Rect(x, self.top, width, height))
        self.top += height

    def lines(
        self,
        text: str,
        size: float,
        family: fonts.FontFamily = MINCHO,
        align: str = "left",
        x0: float = LEFT,
        x1: float = RIGHT,
        block: str = "body",
    ) -> None:
        """`text` wrapped to the column x0..x1 (and at its line breaks), each line aligned."""
        for ln in wrap(text, (x1 - x0) * mm, lambda t: fonts.string_width(t, family, size)):
            self.line(ln, size, family, align, x0=x0, x1=x1, block=block)

    def paragraph(
        self,
        text: str,
        size: float = BODY_SIZE,
        indent: bool = True,
        x0: float = LEFT,
        x1: float = RIGHT,
        block: str = "body",
    ) -> None:
        first = "　" + text if indent and text and not text.startswith("　") else text
        for ln in wrap(first, (x1 - x0) * mm, lambda t: fonts.string_width(t, MINCHO, size)):
            self.line(ln, size, x0=x0, x1=x1, block=block)

    def gap(self, mm_: float) -> None:
        self.top += mm_


def _content_text(prefix: str, c: Filled) -> Iterator[tuple[str, str]]:
    yield f"{prefix}subject", c.subject
    yield f"{prefix}title", c.title
    for name, items in (("body", c.body), ("ki", c.ki), ("contact", c.contact), ("note", c.note)):
        for i, text in enumerate(items):
            yield f"{prefix}{name}{i + 1}", text


def _all_text(data: LetterData) -> Iterator[tuple[str, str]]:
    a, s = data.addressee, data.sender
    yield "addressee.name", a.name
    yield "addressee.department", a.department
    yield "addressee.address", a.address
    yield "addressee.postal_code", a.postal_code
    for i, line in enumerate(a.lines):
        yield f"addressee.line{i + 1}", line
    yield "addressee.country", a.country
    yield "sender.organisation", s.organisation
    yield "sender.address", s.address
    yield "sender.signatory", s.signatory
    for i, line in enumerate(s.desk):
        yield f"sender.desk{i + 1}", line
    yield from _content_text("", data.content)
    yield "date", data.date_text
    yield "number", data.number or ""
    for n, table in enumerate(data.attachments, start=1):
        yield from tables.texts(table, f"attachment{n}")
    for n, page in enumerate(data.enclosures, start=1):
        yield from _content_text(f"enclosure{n}.", page)


def _gothic_text(data: LetterData) -> Iterator[tuple[str, str]]:
    """The texts drawn in Gothic (titles, subjects, table headers): its Latin fallback is
    DejaVu Sans, not Serif, so they are checked against that chain too."""
    pages = [("", data.content)]
    pages += [(f"enclosure{n}.", f) for n, f in enumerate(data.enclosures, start=1)]
    for prefix, c in pages:
        yield f"{prefix}subject", c.subject
        yield f"{prefix}title", c.title
    for n, table in enumerate(data.attachments, start=1):
        yield from tables.header_texts(table, f"attachment{n}")


def _composed_content(f: Filled) -> Filled:
    c = fonts.compose_marks
    return replace(
        f,
        subject=c(f.subject),
        title=c(f.title),
        body=[c(x) for x in f.body],
        ki=[c(x) for x in f.ki],
        contact=[c(x) for x in f.contact],
        note=[c(x) for x in f.note],
    )


def _composed(data: LetterData) -> LetterData:
    """Base letters and their combining marks composed (only those), before wrapping, so a
    line break never separates a mark from its letter. Nothing else is normalised."""
    c = fonts.compose_marks
    a, s = data.addressee, data.sender
    return replace(
        data,
        addressee=replace(
            a,
            name=c(a.name),
            address=c(a.address),
            department=c(a.department),
            country=c(a.country),
            lines=tuple(c(x) for x in a.lines),
        ),
        sender=replace(
            s,
            organisation=c(s.organisation),
            address=c(s.address),
            signatory=c(s.signatory),
            desk=tuple(c(x) for x in s.desk),
        ),
        content=_composed_content(data.content),
        attachments=tuple(tables.composed(t) for t in data.attachments),
        enclosures=tuple(_composed_content(f) for f in data.enclosures),
    )


def _require_drawable(data: LetterData) -> None:
    """The glyph check of fonts.require_drawable over every text, each against the family it
    is drawn in, refusing once with every problem found (titles are checked twice: once)."""
    found = [p for f, t in _all_text(data) for p in fonts.check_text(f, t, MINCHO)]
    found += [p for f, t in _gothic_text(data) for p in fonts.check_text(f, t, GOTHIC)]
    problems = list(dict.fromkeys(found))  # GlyphProblem is frozen: duplicates drop out
    if problems:
        raise InvalidInput(
            "glyph.problems", problems=[p.as_problem() for p in problems], count=len(problems)
        )


def _numbered(w: _Writer, items: list[str], label: str, block: str) -> None:
    """Numbered items with a hanging indent: `label` is formatted with the item's number."""
    for i, item in enumerate(items, start=1):
        lines = wrap(
            item, (RIGHT - LEFT - 12) * mm, lambda t: fonts.string_width(t, MINCHO, BODY_SIZE)
        )
        for j, ln in enumerate(lines):
            w.need(BODY_SIZE * 1.6 / mm)
            if j == 0:
                fonts.draw_text(
                    w.c,
                    (LEFT + 2) * mm,
                    _y(w.top + BODY_SIZE / mm),
                    label.format(i),
                    MINCHO,
                    BODY_SIZE,
                )
            w.line(ln, BODY_SIZE, x0=LEFT + 12, block=block)


def _contact_box(w: _Writer, box_lines: list[str], block: str) -> None:
    """The contact desk's lines in a ruled box on the right half of the column."""
    w.gap(6)
    x0 = 97.0
    wrapped = [
        ln
        for text in box_lines
        for ln in wrap(text, (RIGHT - x0 - 4) * mm, lambda t: fonts.string_width(t, MINCHO, 9))
    ]
    w.need(len(wrapped) * 9 * 1.6 / mm + 6)
    start = w.top
    w.gap(2)
    for text in wrapped:
        w.line(text, 9, x0=x0 + 3, block=block)
    w.c.rect(x0 * mm, _y(w.top + 2), (RIGHT - x0) * mm, (w.top - start + 2) * mm)


def _letter(w: _Writer, data: LetterData, calibration: Calibration) -> None:
    """The letter itself, from the number and date to the contact box."""
    canvas, layout = w.c, w.layout
    safe, may_show = calibration.safe_area(), calibration.may_show()

    # Number and date, top right; below everything the window could show when a window
    # reaching far to the right would show them there.
    number = "（見本：番号は発行時に付きます）" if data.preview else (data.number or "")
    header = _wrapped([t for t in (number, data.date_text) if t], (RIGHT - LEFT) * mm, BODY_SIZE)
    header_w = max((fonts.string_width(t, MINCHO, BODY_SIZE) / mm for t, _ in header), default=0)
    w.top = 12.0
    if may_show.overlaps(
        Rect(RIGHT - header_w, w.top, header_w, len(header) * BODY_SIZE * 1.6 / mm)
    ):
        w.top = may_show.bottom + 3
    for text, _size in header:
        w.line(text, BODY_SIZE, align="right", block="header")

    # The address block, alone in the window's safe area.
    height, lines = fit_address(data.addressee, safe)
    top = safe.y + (safe.h - height) / 2
    used = Rect(safe.x, top, 0, height)
    for text, size in lines:
        fonts.draw_text(canvas, safe.x * mm, _y(top + size / mm), text, MINCHO, size)
        width = fonts.string_width(text, MINCHO, size) / mm
        used = Rect(used.x, used.y, max(used.w, width), used.h)
        top += size * 1.3 / mm
    layout.address = used

    # The sender, right-aligned, below anything the window could show.
    w.top = max(may_show.bottom + 3, w.top + 4)
    s = data.sender
    for text in (
        s.organisation,
        s.address if not s.postal_code else f"〒{s.postal_code}　{s.address}",
        s.signatory,
    ):
        if text:
            w.lines(text, BODY_SIZE, align="right", x0=110, block="sender")
    if data.seal == "place":
        w.need(18)
        canvas.rect((RIGHT - 16) * mm, _y(w.top + 16), 16 * mm, 16 * mm)
        layout.add("sender", Rect(RIGHT - 16, w.top, 16, 16))
        w.gap(17)
    else:
        w.line("（公印省略）", 9, align="right", x0=110, block="sender")

    # Title (a notice's 通知書 line) and subject, centred.
    c = data.content
    w.gap(6)
    if c.title:
        w.lines(c.title, 14, GOTHIC, align="center", block="subject")
    if c.subject:
        w.lines(c.subject, 12, GOTHIC, align="center", block="subject")
    w.gap(5)

    style = STYLE.get(c.style, STYLE["letter"])
    if style["opening"]:
        w.paragraph(f"{style['opening']}　{SEASONAL}", indent=False)
    for text in c.body:
        w.paragraph(text)
    if style["closing"]:
        w.line(style["closing"], BODY_SIZE, align="right")
    if c.ki:
        w.gap(3)
        w.line("記", BODY_SIZE, align="center", block="ki")
        w.gap(2)
        _numbered(w, c.ki, "{}．", block="ki")
        w.gap(2)
        w.line("以上", BODY_SIZE, align="right", block="ki")
    for text in c.note:
        w.gap(2)
        w.paragraph(text, size=9, block="note")
    box_lines = list(c.contact) or list(s.desk)  # the template's desk wording wins
    if box_lines:
        _contact_box(w, box_lines, block="contact")


def _enclosure(w: _Writer, f: Filled) -> None:
    """An explanatory page (in English, or in plain Japanese) for the same reader: no address,
    no greeting; paragraphs are not indented, since English is not."""
    block = "enclosure"
    w.top = 20.0
    if f.title:
        w.lines(f.title, 14, GOTHIC, align="center", block=block)
    if f.subject:
        w.lines(f.subject, 12, GOTHIC, align="center", block=block)
    w.gap(5)
    for text in f.body:
        w.paragraph(text, indent=False, block=block)
        w.gap(2)
    if f.ki:
        w.gap(1)
        _numbered(w, f.ki, "{}.", block=block)
    for text in f.note:
        w.gap(2)
        w.paragraph(text, size=9, indent=False, block=block)
    if f.contact:
        _contact_box(w, list(f.contact), block=block)


def render(data: LetterData, calibration: Calibration | None = None) -> tuple[bytes, Layout]:
    """The letter as PDF bytes, and where its blocks were drawn: the letter, then each
    attachment (別紙) from a new page, then each enclosure on pages of its own."""
    calibration = calibration or Calibration()
    for table in data.attachments:
        tables.check_shape(table)
    # The window's largest area (no play): an address longer than that is refused before the
    # glyph check reads it.
    window = calibration.window_on_sheet(0.0, 0.0)
    _refuse_overlong(data.addressee, window)
    data = _composed(data)
    _require_drawable(data)
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(buffer, pagesize=A4)
    canvas.setTitle(data.content.subject or data.content.title)
    layout = Layout()
    _letter(_Writer(canvas, layout, data.preview), data, calibration)
    canvas.showPage()
    decorate = (lambda: _watermark(canvas)) if data.preview else None
    for n, table in enumerate(data.attachments, start=1):
        tables.draw(canvas, table, n, decorate=decorate, record=layout.add)
    for page in data.enclosures:
        _enclosure(_Writer(canvas, layout, data.preview), page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), layout
