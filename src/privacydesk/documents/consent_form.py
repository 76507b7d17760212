"""同意書: the consent form. The wording comes from the consent-form template; the purposes,
the third party named, the information a transfer abroad needs (Enforcement Rules Art. 17:
the country, its system for the protection of personal information, the recipient's
measures), the signature and date boxes and the representative's box for minors are drawn
here, with the documents engine's fonts and glyph check."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts
from privacydesk.documents.envelope import A4_H
from privacydesk.documents.templates import Filled
from privacydesk.documents.text import wrap

MINCHO = fonts.FontFamily.MINCHO
GOTHIC = fonts.FontFamily.GOTHIC
LEFT, RIGHT = 18.0, 192.0
BOTTOM = 285.0
SIZE = 10.0
LABEL_W = 46.0

ABROAD_HEADING = "外国にある第三者への提供"
ABROAD_BASIS = "（個人情報の保護に関する法律第28条第2項、同法施行規則第17条第2項による情報提供）"
COUNTRY_LABEL = "提供先の外国の名称"
SYSTEM_LABEL = "当該外国における個人情報の保護に関する制度"
MEASURES_LABEL = "提供先が講ずる個人情報の保護のための措置"


@dataclass(frozen=True)
class ConsentFormData:
    content: Filled  # the template, filled (title, body paragraphs, notes)
    purposes: tuple[str, ...] = ()  # each purpose as published, e.g. "a. 会員への連絡"
    recipient: str = ""  # the third party named for provision
    country: str = ""  # a transfer abroad: the country ...
    country_system: str = ""  # ... its data-protection system ...
    recipient_measures: str = ""  # ... and the recipient's measures
    minor_age: int = 16  # below it a legal representative signs too


def _y(top: float) -> float:
    return (A4_H - top) * mm


class _Layout:
    """Top-down layout in millimetres, with page breaks."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.top = 15.0

    def need(self, height: float) -> None:
        if self.top + height > BOTTOM:
            self.c.showPage()
            self.top = 15.0

    def lines(self, text: str, width: float, size: float, family: fonts.FontFamily) -> list[str]:
        return wrap(text, width * mm, lambda t: fonts.string_width(t, family, size))

    def text(
        self,
        text: str,
        size: float = SIZE,
        family: fonts.FontFamily = MINCHO,
        align: str = "left",
        x0: float = LEFT,
        x1: float = RIGHT,
    ) -> None:
        for line in self.lines(text, x1 - x0, size, family):
            h = size * 1.55 / mm
            self.need(h)
            width = fonts.string_width(line, family, size) / mm
            x = {"left": x0, "right": x1 - width, "center": (x0 + x1 - width) / 2}[align]
            fonts.draw_text(self.c, x * mm, _y(self.top + size / mm), line, family, size)
            self.top += h

    def heading(self, text: str) -> None:
        self.top += 2.0
        self.need(14)
        self.text("■ " + text, 10.5, GOTHIC)
        self.top += 0.5

    def checkbox(self, text: str, size: float = 9.5) -> None:
        """A box to tick and its text, wrapped beside it."""
        x_text = LEFT + 8.0
        lines = self.lines(text, RIGHT - x_text, size, MINCHO)
        step = size * 1.45 / mm
        height = 2.5 + len(lines) * step
        self.need(height)
        self.c.rect((LEFT + 2) * mm, _y(self.top + 5.0), 3.8 * mm, 3.8 * mm)
        for k, line in enumerate(lines):
            fonts.draw_text(self.c, x_text * mm, _y(self.top + 4.6 + k * step), line, MINCHO, size)
        self.top += height

    def filled_rows(self, rows: Sequence[tuple[str, str]], min_height: float = 9.0) -> None:
        """A two-column table: a label and its value (wrapped; the row grows to fit)."""
        size, label_size = 9.5, 8.5
        step = size * 1.45 / mm
        for label, value in rows:
            label_lines = self.lines(label, LABEL_W - 4, label_size, GOTHIC)
            value_lines = (
                self.lines(value, RIGHT - LEFT - LABEL_W - 4, size, MINCHO) if value else []
            )
            height = max(
                min_height,
                3.0 + len(value_lines) * step,
                3.0 + len(label_lines) * label_size * 1.4 / mm,
            )
            if height > BOTTOM - 15.0:  # a value longer than a page: split it over pages
                per_page = int((BOTTOM - 15.0 - 3.0) / step)
                for i in range(0, len(value_lines), per_page):
                    self.filled_rows([(label, "\n".join(value_lines[i : i + per_page]))])
                continue
            self.need(height)
            c = self.c
            c.rect(LEFT * mm, _y(self.top + height), LABEL_W * mm, height * mm)
            c.rect(
                (LEFT + LABEL_W) * mm,
                _y(self.top + height),
                (RIGHT - LEFT - LABEL_W) * mm,
                height * mm,
            )
            for k, line in enumerate(label_lines):
                top = self.top + 4.5 + k * label_size * 1.4 / mm
                fonts.draw_text(c, (LEFT + 2) * mm, _y(top), line, GOTHIC, label_size)
            for k, line in enumerate(value_lines):
                top = self.top + 4.8 + k * step
                fonts.draw_text(c, (LEFT + LABEL_W + 2) * mm, _y(top), line, MINCHO, size)
            self.top += height


def _all_text(data: ConsentFormData) -> list[tuple[str, str]]:
    c = data.content
    fields: list[tuple[str, str]] = [("title", c.title)]
    fields += [(f"body{i + 1}", t) for i, t in enumerate(c.body)]
    fields += [(f"note{i + 1}", t) for i, t in enumerate(c.note)]
    fields += [(f"purposes{i + 1}", t) for i, t in enumerate(data.purposes)]
    fields += [
        ("recipient", data.recipient),
        ("country", data.country),
        ("country_system", data.country_system),
        ("recipient_measures", data.recipient_measures),
    ]
    return fields


def consent_form(data: ConsentFormData) -> bytes:
    """The printable 同意書. Refuses (InvalidInput "glyph.problems") any character the fonts
    would print wrong, naming the field, before anything is drawn."""
    fonts.require_drawable(_all_text(data), MINCHO)
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(buffer, pagesize=A4)
    canvas.setTitle(data.content.title)
    form = _Layout(canvas)
    form.text(data.content.title, 16, GOTHIC, align="center")
    form.top += 3
    for paragraph in data.content.body:
        form.text(paragraph)
        form.top += 1

    section = 0

    def heading(text: str) -> None:
        nonlocal section
        section += 1
        form.heading(f"{section}. {text}")

    if data.purposes:
        heading("個人情報の利用目的")
        form.text("次の目的のために利用することに同意します。", 9.5)
        for purpose in data.purposes:
            form.checkbox(purpose)
    if data.recipient and not data.country:  # abroad, the recipient is named below
        heading("第三者への提供")
        form.filled_rows([("提供先", data.recipient)])
        form.top += 1
        form.checkbox("上記の提供先に、私の個人情報を提供することに同意します。")
    if data.country:
        heading(ABROAD_HEADING)
        form.text(ABROAD_BASIS, 8.5)
        rows = [(COUNTRY_LABEL, data.country)]
        if data.recipient:
            rows.append(("提供先", data.recipient))
        rows += [(SYSTEM_LABEL, data.country_system), (MEASURES_LABEL, data.recipient_measures)]
        form.filled_rows(rows)
        form.top += 1
        form.checkbox(
            "上記の情報の提供を受けたうえで、外国にある第三者に私の個人情報を提供することに"
            "同意します。"
        )

    heading("署名")
    form.filled_rows(
        [
            ("同意日", "令和　　年　　月　　日"),
            ("氏名（自署）", ""),
            ("生年月日", "　　　　年　　月　　日"),
            ("住所", ""),
        ],
        min_height=9.5,
    )
    heading(
        f"法定代理人（本人が{data.minor_age}歳未満の場合は、親権者等の法定代理人も署名してください）"
    )
    form.filled_rows(
        [("法定代理人氏名（自署）", ""), ("本人との関係", ""), ("連絡先", "")], min_height=8.5
    )

    form.top += 3
    for paragraph in data.content.note:
        form.text(paragraph, 8.5, x0=LEFT + 2)
    form.top += 2
    form.need(12)
    form.filled_rows(
        [("事務局記入欄", "受付日　　　　　受付者　　　　　同意記録番号")], min_height=9.0
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
