"""チェックリスト回答票: a checklist as an A4 Japanese form to send to a contractor (or to fill
in for the office's own self-check): each question numbered, with boxes for 適合 / 不適合 /
該当なし and a line for a comment, grouped under the guideline's categories, and the
respondent's signature block at the end.

Pages are laid out first and drawn afterwards, so that each can carry "n / N" and the
header with the contractor's name."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts
from privacydesk.documents.envelope import A4_H
from privacydesk.documents.text import wrap

MINCHO = fonts.FontFamily.MINCHO
GOTHIC = fonts.FontFamily.GOTHIC
LEFT, RIGHT = 18.0, 192.0
HEADER_TOP = 9.0  # the first header line's top, mm from the top of the sheet
BOTTOM = 279.0  # nothing of the body below this
FOOTER = 289.0  # the baseline of "n / N"

SIZE = 9.5  # question text
STEP = SIZE * 1.5 / mm  # from one line of a question to the next
NUMBER_W = 9.0  # the column of question numbers
BOX = 3.4  # an answer box's side
BOX_GAP = 1.2  # between a box and its label
GROUP_GAP = 3.5  # between one answer and the next
LABEL_SIZE = 9.0
BESIDE_MAX_LINES = 3  # a question longer than this (beside the boxes) puts the boxes below
ANSWER_LABELS = ("適合", "不適合", "該当なし")
BLANK_DATE = "令和　　年　　月　　日"
SIGNATURE_HEADING = "ご回答者"
SIGNATURE_ROWS = ("回答日", "事業者名", "所属", "氏名")


@dataclass(frozen=True)
class ChecklistFormData:
    title: str
    organisation: str  # the office's name (差出人)
    contractor: str  # the addressee; "" prints a blank to fill in
    date_text: str  # 和暦, e.g. 令和8年11月24日; "" prints a blank date
    intro: str  # a paragraph (line breaks start new paragraphs)
    # (category label, [(number, question text) ...]) in the order printed
    categories: Sequence[tuple[str, Sequence[tuple[int | str, str]]]] = field(default_factory=list)
    note: str = ""  # small print after the questions


Op = Callable[[Canvas], None]


def _y(top: float) -> float:
    return (A4_H - top) * mm


def _width(text: str, family: fonts.FontFamily, size: float) -> float:
    """Width in mm."""
    return fonts.string_width(text, family, size) / mm


def _lines(text: str, width: float, size: float, family: fonts.FontFamily = MINCHO) -> list[str]:
    return wrap(text, width * mm, lambda t: fonts.string_width(t, family, size))


def _number_text(number: int | str) -> str:
    return f"{number}." if isinstance(number, int) else number


def _fields(data: ChecklistFormData) -> Iterator[tuple[str, str, bool]]:
    """(field, text, drawn in Gothic too) for every text the form prints."""
    yield "title", data.title, True
    yield "organisation", data.organisation, False
    yield "contractor", data.contractor, True
    yield "date_text", data.date_text, False
    yield "intro", data.intro, False
    yield "note", data.note, False
    for i, (label, questions) in enumerate(data.categories):
        yield f"categories.{i}.label", label, True
        for j, (number, text) in enumerate(questions):
            if isinstance(number, str):
                yield f"categories.{i}.questions.{j}.number", number, False
            yield f"categories.{i}.questions.{j}.text", text, False


def _require_drawable(data: ChecklistFormData) -> None:
    items = list(_fields(data))
    fonts.require_drawable([(f, t) for f, t, _ in items], MINCHO)
    fonts.require_drawable([(f, t) for f, t, gothic in items if gothic], GOTHIC)


class _Pages:
    """Top-down layout in millimetres: each page a list of drawing steps, drawn at the end."""

    def __init__(self, body_top: float) -> None:
        self.body_top = body_top
        self.pages: list[list[Op]] = [[]]
        self.top = body_top

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def need(self, height: float) -> None:
        if self.top + height > BOTTOM and self.top > self.body_top:
            self.pages.append([])
            self.top = self.body_top

    def draw_line(
        self, x: float, top: float, text: str, family: fonts.FontFamily, size: float
    ) -> None:
        """One line of text whose baseline sits at `top` + size (mm from the page's top)."""
        self.add(lambda c: fonts.draw_text(c, x * mm, _y(top + size / mm), text, family, size))

    def text(
        self,
        text: str,
        size: float = 10.0,
        family: fonts.FontFamily = MINCHO,
        align: str = "left",
        x0: float = LEFT,
        x1: float = RIGHT,
        leading: float = 1.55,
    ) -> None:
        for line in _lines(text, x1 - x0, size, family):
            h = size * leading / mm
            self.need(h)
            w = _width(line, family, size)
            x = {"left": x0, "right": x1 - w, "center": (x0 + x1 - w) / 2}[align]
            self.draw_line(x, self.top, line, family, size)
            self.top += h

    def rect(self, x: float, top: float, w: float, h: float) -> None:
        self.add(lambda c: c.rect(x * mm, _y(top + h), w * mm, h * mm))

    def rule(self, x0: float, top: float, x1: float, width: float = 0.4) -> None:
        def op(c: Canvas) -> None:
            c.saveState()
            c.setLineWidth(width)
            c.line(x0 * mm, _y(top), x1 * mm, _y(top))
            c.restoreState()

        self.add(op)


def _answer_width() -> float:
    w = sum(BOX + BOX_GAP + _width(t, MINCHO, LABEL_SIZE) for t in ANSWER_LABELS)
    return w + GROUP_GAP * (len(ANSWER_LABELS) - 1)


def _answer_boxes(p: _Pages, x: float, top: float) -> None:
    """□適合 □不適合 □該当なし from x, the boxes' tops at `top`."""
    for label in ANSWER_LABELS:
        p.rect(x, top, BOX, BOX)
        p.draw_line(x + BOX + BOX_GAP, top + 0.15, label, MINCHO, LABEL_SIZE)
        x += BOX + BOX_GAP + _width(label, MINCHO, LABEL_SIZE) + GROUP_GAP


def _question_plan(text: str) -> tuple[list[str], bool]:
    """The question's lines, and whether the boxes sit beside them (else below)."""
    x0 = LEFT + NUMBER_W
    beside = _lines(text, RIGHT - _answer_width() - 3 - x0, SIZE)
    if len(beside) <= BESIDE_MAX_LINES:
        return beside, True
    return _lines(text, RIGHT - x0, SIZE), False


COMMENT_H = 8.0  # the ruled comment line under each question


def _question_height(lines: list[str], beside: bool) -> float:
    text_h = max(len(lines) * STEP, BOX + 1.5)
    return text_h + (0 if beside else STEP) + COMMENT_H + 1.5


def _question(p: _Pages, number: int | str, text: str) -> None:
    lines, beside = _question_plan(text)
    p.need(_question_height(lines, beside))
    top = p.top
    x0 = LEFT + NUMBER_W
    p.draw_line(LEFT + 1, top, _number_text(number), GOTHIC, SIZE)
    for k, line in enumerate(lines):
        p.draw_line(x0, top + k * STEP, line, MINCHO, SIZE)
    text_h = max(len(lines) * STEP, BOX + 1.5)
    answers_w = _answer_width()
    if beside:
        _answer_boxes(p, RIGHT - answers_w, top + 0.6)
        below = top + text_h
    else:
        _answer_boxes(p, RIGHT - answers_w, top + text_h + 0.3)
        below = top + text_h + STEP
    # A labelled, ruled line for the respondent's comment.
    label = "補足"
    p.draw_line(x0, below + 2.2, label, GOTHIC, 7.5)
    line_x = x0 + _width(label, GOTHIC, 7.5) + 1.5
    p.rule(line_x, below + COMMENT_H - 2.0, RIGHT, 0.3)
    p.top = below + COMMENT_H + 1.5


def _heading(p: _Pages, label: str, first_question: str | None) -> None:
    lines = _lines(label, RIGHT - LEFT - 6, 10.5, GOTHIC)
    height = 2.5 + len(lines) * 10.5 * 1.5 / mm + 2.0
    if first_question is not None:  # never a heading alone at the foot of a page
        height += _question_height(*_question_plan(first_question))
    p.need(height)
    p.top += 2.5
    for k, line in enumerate(lines):
        prefix = "■ " if k == 0 else "　"
        p.draw_line(LEFT, p.top, prefix + line, GOTHIC, 10.5)
        p.top += 10.5 * 1.5 / mm
    p.rule(LEFT, p.top - 0.6, RIGHT, 0.6)
    p.top += 2.0


def _addressee(p: _Pages, contractor: str) -> None:
    size = 11.0
    if contractor:
        p.text(f"{contractor}　御中", size)
        return
    p.need(size * 1.6 / mm)
    p.rule(LEFT, p.top + size / mm + 1.2, LEFT + 80, 0.4)
    p.draw_line(LEFT + 82, p.top, "御中", MINCHO, size)
    p.top += size * 1.6 / mm


def _signature(p: _Pages, contractor: str) -> None:
    """回答日, 事業者名 (the contractor's, when known), 所属 and 氏名, kept on one page."""
    min_h, label_w, size = 10.0, 32.0, 10.0
    step = size * 1.35 / mm
    values = {"回答日": BLANK_DATE, "事業者名": contractor}
    rows = []
    for label in SIGNATURE_ROWS:
        value = values.get(label, "")
        lines = _lines(value, RIGHT - LEFT - label_w - 4, size) if value else []
        rows.append((label, lines, max(min_h, 3.0 + len(lines) * step)))
    heading_h = 2.5 + 10.5 * 1.5 / mm + 2.0
    p.need(heading_h + sum(h for _, _, h in rows) + 2)
    p.top += 2.5
    p.draw_line(LEFT, p.top, "■ " + SIGNATURE_HEADING, GOTHIC, 10.5)
    p.top += 10.5 * 1.5 / mm + 2.0
    for label, lines, row_h in rows:
        top = p.top
        p.rect(LEFT, top, label_w, row_h)
        p.rect(LEFT + label_w, top, RIGHT - LEFT - label_w, row_h)
        p.draw_line(LEFT + 2, top + (min(row_h, min_h) - 9.0 / mm) / 2 - 0.3, label, GOTHIC, 9.0)
        first = top + (row_h - len(lines) * step) / 2 + 0.3
        for k, line in enumerate(lines):
            p.draw_line(LEFT + label_w + 2, first + k * step, line, MINCHO, size)
        p.top += row_h
    p.top += 2


def _header_lines(data: ChecklistFormData) -> list[str]:
    text = data.title + (f"　｜　委託先：{data.contractor}" if data.contractor else "")
    return _lines(text, RIGHT - LEFT, 8.0, GOTHIC)


def checklist_form(data: ChecklistFormData) -> bytes:
    """The form as PDF bytes. Every text is glyph-checked first: a character the embedded
    fonts would print wrong or blank is refused (InvalidInput "glyph.problems", naming the
    field: title, organisation, contractor, date_text, intro, note, categories.{i}.label,
    categories.{i}.questions.{j}.text)."""
    _require_drawable(data)
    fonts.register_fonts()
    header = _header_lines(data)
    header_step = 8.0 * 1.4 / mm
    body_top = HEADER_TOP + len(header) * header_step + 5.0
    p = _Pages(body_top)

    p.top += 1
    p.text(data.title, 15.0, GOTHIC, align="center", leading=1.5)
    p.top += 3
    p.text(data.date_text or BLANK_DATE, 10.0, align="right")
    p.top += 1
    _addressee(p, data.contractor)
    p.top += 1
    if data.organisation:
        p.text(data.organisation, 10.5, align="right")
    p.top += 4
    for paragraph in data.intro.split("\n"):
        if paragraph.strip():
            p.text("　" + paragraph.strip(), 10.0, leading=1.6)
    p.top += 2

    for label, questions in data.categories:
        if not questions:
            continue
        _heading(p, label, questions[0][1])
        for number, text in questions:
            _question(p, number, text)

    if data.note:
        p.top += 2
        for paragraph in data.note.split("\n"):
            if paragraph.strip():
                p.text("※ " + paragraph.strip(), 8.5, x0=LEFT + 2)
    _signature(p, data.contractor)

    buffer = io.BytesIO()
    canvas = fonts.new_canvas(buffer, pagesize=A4)
    canvas.setTitle(data.title)
    total = len(p.pages)
    for number, ops in enumerate(p.pages, start=1):
        for k, line in enumerate(header):
            top = HEADER_TOP + k * header_step
            fonts.draw_text(canvas, LEFT * mm, _y(top + 8.0 / mm), line, GOTHIC, 8.0)
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
