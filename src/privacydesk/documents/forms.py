"""Printable blank forms: the request form (開示等請求書), the power of attorney (委任状), and
the window-envelope test page. Wording comes from templates; the boxes are drawn here."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts
from privacydesk.documents.envelope import A4_H, A4_W, PANEL_H, Calibration, Rect
from privacydesk.documents.letter import Addressee, fit_address
from privacydesk.documents.templates import Filled
from privacydesk.documents.text import wrap

MINCHO = fonts.FontFamily.MINCHO
GOTHIC = fonts.FontFamily.GOTHIC
LEFT, RIGHT = 18.0, 192.0
SIZE = 10.0

REQUEST_TYPES = (
    "利用目的の通知（法第32条第2項）",
    "開示（法第33条第1項）",
    "第三者提供記録の開示（法第33条第5項）",
    "訂正・追加・削除（法第34条第1項）",
    "利用停止・消去（法第35条第1項・第5項）",
    "第三者提供の停止（法第35条第3項・第5項）",
)
DISCLOSURE_METHODS = ("電磁的記録（PDF 等）", "書面（郵送）", "その他（　　　　　　　　）")
REQUESTER_KINDS = ("本人", "法定代理人（親権者・成年後見人等）", "任意代理人（委任による代理人）")


@dataclass(frozen=True)
class FormData:
    content: Filled
    identity_documents: tuple[str, ...] = ()
    fee_text: str = ""


def _y(top: float) -> float:
    return (A4_H - top) * mm


class _Form:
    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.top = 15.0

    def need(self, height: float) -> None:
        if self.top + height > 285:
            self.c.showPage()
            self.top = 15.0

    def text(
        self,
        text: str,
        size: float = SIZE,
        family: fonts.FontFamily = MINCHO,
        align: str = "left",
        x0: float = LEFT,
        x1: float = RIGHT,
    ) -> None:
        for line in wrap(text, (x1 - x0) * mm, lambda t: fonts.string_width(t, family, size)):
            h = size * 1.55 / mm
            self.need(h)
            width = fonts.string_width(line, family, size) / mm
            x = {"left": x0, "right": x1 - width, "center": (x0 + x1 - width) / 2}[align]
            fonts.draw_text(self.c, x * mm, _y(self.top + size / mm), line, family, size)
            self.top += h

    def heading(self, text: str) -> None:
        self.top += 2
        self.text("■ " + text, 10.5, GOTHIC)
        self.top += 0.5

    def rows(self, rows: Sequence[tuple[str, float]], label_w: float = 38.0) -> None:
        """A two-column table: a label and an empty box to write in, per row."""
        for label, height in rows:
            self.need(height)
            c = self.c
            c.rect(LEFT * mm, _y(self.top + height), label_w * mm, height * mm)
            c.rect(
                (LEFT + label_w) * mm,
                _y(self.top + height),
                (RIGHT - LEFT - label_w) * mm,
                height * mm,
            )
            fonts.draw_text(
                c, (LEFT + 2) * mm, _y(self.top + min(height, 9) / 2 + 1.5), label, GOTHIC, 9
            )
            self.top += height

    def checkboxes(self, items: Sequence[str], columns: int = 1) -> None:
        """A box to tick per item, in columns; an item longer than its column wraps inside
        it (the identity documents are a setting, and some are long)."""
        col_w = (RIGHT - LEFT) / columns
        text_w = (col_w - 2 - 5.5 - 2) * mm  # margin, box, gutter before the next column
        step = 9.5 * 1.4 / mm  # from one wrapped line to the next

        def measure(t: str) -> float:
            return fonts.string_width(t, MINCHO, 9.5)

        for i in range(0, len(items), columns):
            row = [wrap(item, text_w, measure) for item in items[i : i + columns]]
            height = 6.5 + (max(len(r) for r in row) - 1) * step
            self.need(height + 0.5)
            for j, item_lines in enumerate(row):
                x = LEFT + 2 + j * col_w
                self.c.rect(x * mm, _y(self.top + 4.5), 3.6 * mm, 3.6 * mm)
                for k, line in enumerate(item_lines):
                    top = self.top + 4.2 + k * step
                    fonts.draw_text(self.c, (x + 5.5) * mm, _y(top), line, MINCHO, 9.5)
            self.top += height

    def box(self, height: float) -> None:
        self.need(height)
        self.c.rect(LEFT * mm, _y(self.top + height), (RIGHT - LEFT) * mm, height * mm)
        self.top += height + 1


def _all_text(data: FormData) -> dict[str, str]:
    c = data.content
    fields = {"title": c.title, "fee": data.fee_text}
    for name, items in (("body", c.body), ("note", c.note)):
        for i, text in enumerate(items):
            fields[f"{name}{i + 1}"] = text
    for i, doc in enumerate(data.identity_documents):
        fields[f"identity_documents{i + 1}"] = doc
    return fields


def _start(data: FormData) -> tuple[io.BytesIO, Canvas, _Form]:
    fonts.require_drawable(_all_text(data), MINCHO)
    buffer = io.BytesIO()
    canvas = fonts.new_canvas(buffer, pagesize=A4)
    canvas.setTitle(data.content.title)
    form = _Form(canvas)
    form.text(data.content.title, 16, GOTHIC, align="center")
    form.top += 2
    form.text("令和　　年　　月　　日", SIZE, align="right")
    for paragraph in data.content.body:
        form.text(paragraph)
        form.top += 1
    return buffer, canvas, form


def _finish(buffer: io.BytesIO, canvas: Canvas, form: _Form, data: FormData) -> bytes:
    form.top += 3
    for paragraph in data.content.note:
        form.text(paragraph, 8.5, x0=LEFT + 2)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def request_form(data: FormData) -> bytes:
    """開示等請求書, printable blank."""
    buffer, canvas, form = _start(data)
    form.heading("請求者")
    form.rows([("ふりがな", 7), ("氏名", 11), ("住所", 16), ("電話番号", 8), ("メールアドレス", 8)])
    form.heading("請求者の区分")
    form.checkboxes(REQUESTER_KINDS, columns=1)
    form.heading("本人（代理人による請求の場合）")
    form.rows([("氏名", 10), ("住所", 14), ("生年月日", 8)])
    form.heading("請求の種類（該当するものすべて）")
    form.checkboxes(REQUEST_TYPES, columns=2)
    form.heading("請求する保有個人データ・請求の内容（訂正等の場合は正しい内容も）")
    form.box(30)
    form.heading("開示の方法（開示の請求の場合）")
    form.checkboxes(DISCLOSURE_METHODS, columns=3)
    form.heading("同封した本人確認書類")
    form.checkboxes(data.identity_documents, columns=2)
    if data.fee_text:
        form.heading("手数料")
        form.checkboxes([f"同封しました（{data.fee_text}）"])
    return _finish(buffer, canvas, form, data)


def power_of_attorney(data: FormData) -> bytes:
    """委任状, printable blank."""
    buffer, canvas, form = _start(data)
    form.heading("代理人（受任者）")
    form.rows([("氏名", 11), ("住所", 16), ("電話番号", 8)])
    form.heading("委任事項")
    form.checkboxes([f"{t}の請求" for t in REQUEST_TYPES], columns=1)
    form.checkboxes(["上記請求に関する通知書等の受領", "その他（　　　　　　　　　　　　）"])
    form.heading("委任者（本人）")
    form.rows([("氏名（自署）", 13), ("住所", 16), ("生年月日", 8), ("電話番号", 8)])
    form.need(22)
    canvas.rect((RIGHT - 20) * mm, _y(form.top + 20), 20 * mm, 20 * mm)
    fonts.draw_text(canvas, (RIGHT - 13) * mm, _y(form.top + 11), "印", MINCHO, 11)
    form.top += 22
    return _finish(buffer, canvas, form, data)


def envelope_test_page(calibration: Calibration, sample: Addressee) -> bytes:
    """The window outline at its extremes, the safe area, rulers and fold marks, to hold a
    printed sheet in the office's own envelope and check where the address lands."""
    fonts.require_drawable({"name": sample.name, "address": sample.address}, MINCHO)
    buffer = io.BytesIO()
    c = fonts.new_canvas(buffer, pagesize=A4)
    c.setTitle("窓付き封筒の位置確認")
    safe, may_show = calibration.safe_area(), calibration.may_show()

    def rect(r: Rect) -> None:
        c.rect(r.x * mm, _y(r.bottom), r.w * mm, r.h * mm)

    c.saveState()
    c.setFillGray(0.88)
    c.rect(safe.x * mm, _y(safe.bottom), safe.w * mm, safe.h * mm, stroke=0, fill=1)
    c.restoreState()
    c.setDash(3, 2)
    for dx in (0.0, calibration.play_x):
        for dy in (0.0, calibration.play_y):
            rect(calibration.window_on_sheet(dx, dy))
    c.setDash(1, 2)
    rect(may_show)
    c.setDash()
    rect(safe)
    # Rulers along the top and the left edge, in millimetres.
    for i in range(0, int(A4_W) + 1):
        length = 4 if i % 10 == 0 else (2.5 if i % 5 == 0 else 1.2)
        c.line(i * mm, _y(0), i * mm, _y(length))
        if i % 10 == 0 and 0 < i < A4_W:
            fonts.draw_text(c, (i + 0.5) * mm, _y(7), str(i), GOTHIC, 5.5)
    for i in range(0, int(PANEL_H) + 10):
        length = 4 if i % 10 == 0 else (2.5 if i % 5 == 0 else 1.2)
        c.line(0, _y(i), length * mm, _y(i))
        if i % 10 == 0 and i:
            fonts.draw_text(c, 5 * mm, _y(i + 1), str(i), GOTHIC, 5.5)
    # Fold marks at one and two thirds.
    for fold in (PANEL_H, 2 * PANEL_H):
        c.line(0, _y(fold), 8 * mm, _y(fold))
        c.line((A4_W - 8) * mm, _y(fold), A4_W * mm, _y(fold))
    height, lines = fit_address(sample, safe)
    top = safe.y + (safe.h - height) / 2
    for text, size in lines:
        fonts.draw_text(c, safe.x * mm, _y(top + size / mm), text, MINCHO, size)
        top += size * 1.3 / mm
    legend = [
        "窓付き封筒（長形3号）の位置確認ページ",
        f"窓：左 {calibration.window_left:g} mm、上 {calibration.window_top:g} mm、"
        f"幅 {calibration.window_width:g} mm、高さ {calibration.window_height:g} mm"
        f"（用紙の遊び：横 {calibration.play_x:g} mm、縦 {calibration.play_y:g} mm）",
        f"灰色の枠：あて名を印刷する範囲（{safe.w:g} × {safe.h:g} mm）。"
        "点線：用紙が封筒の中で動いたときの窓の位置。",
        "このページを100%（実際のサイズ）で印刷し、三つ折りにして封筒に入れ、灰色の枠が"
        "窓から見えることを確かめてください。ずれる場合は「設定」で窓の位置を調整します。",
    ]
    y = PANEL_H + 12
    for line in legend:
        for part in wrap(line, 170 * mm, lambda t: fonts.string_width(t, MINCHO, 9.5)):
            fonts.draw_text(c, 20 * mm, _y(y), part, MINCHO, 9.5)
            y += 6
    c.showPage()
    c.save()
    return buffer.getvalue()
