"""Reading our PDFs back with pypdf, independently of reportlab and of the documents package:
the text of each text object with where it starts and ends on the page, and the fonts.

Positions come from the content stream itself (the text and graphics matrices, and each
font's /Widths for the advance); the text comes from pypdf's own decoding, through a
visitor (page.extract_text(visitor_text=...)), matched to the text object by its origin.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

MM = 72 / 25.4
A4_H_PT = 297 * MM
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _mul(a: Matrix, b: Matrix) -> Matrix:
    """a then b, in PDF's row-vector convention."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])


@dataclass
class TextObject:
    """One BT … ET block: the letter engine draws one line per block."""

    page: int
    origin: tuple[float, float]  # device space, points from the bottom-left
    end: tuple[float, float]  # where the last glyph's advance ends, on the baseline
    size: float  # the largest font size used
    starts: list[tuple[float, float]] = field(default_factory=list)  # each show op's start
    text: str = ""

    @property
    def x0(self) -> float:
        return min(self.origin[0], self.end[0])

    @property
    def x1(self) -> float:
        return max(self.origin[0], self.end[0])

    @property
    def y(self) -> float:
        return self.origin[1]

    def top_mm(self) -> float:
        """The baseline, in millimetres from the top of an A4 sheet."""
        return (A4_H_PT - self.y) / MM


def _widths(font: Any) -> tuple[int, list[float], float]:
    first = int(font.get("/FirstChar", 0))
    widths = [float(w) for w in font.get("/Widths", [])]
    missing = float(font.get("/FontDescriptor", {}).get("/MissingWidth", 0))
    return first, widths, missing


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return bytes(value)
    getter = getattr(value, "get_original_bytes", None)
    if getter is not None:
        return bytes(getter())
    return str(value).encode("latin-1")


def text_objects(pdf: bytes) -> list[TextObject]:
    """Every text object on every page, with its decoded text."""
    reader = PdfReader(io.BytesIO(pdf))
    found: list[TextObject] = []
    for number, page in enumerate(reader.pages):
        resources = page["/Resources"].get_object()
        fonts = {name: ref.get_object() for name, ref in resources.get("/Font", {}).items()}
        objects = _geometry(number, page, reader, fonts)
        _attach_text(page, objects)
        found += objects
    return found


def _geometry(number: int, page: Any, reader: PdfReader, fonts: dict[str, Any]) -> list[Any]:
    content = ContentStream(page.get_contents(), reader)
    ctm: Matrix = IDENTITY
    stack: list[Matrix] = []
    objects: list[TextObject] = []
    tm: Matrix = IDENTITY
    tlm: Matrix = IDENTITY
    font: Any = None
    size = 0.0
    leading = 0.0
    current: TextObject | None = None

    def show(data: bytes) -> None:
        nonlocal tm
        assert current is not None and font is not None
        first, widths, missing = _widths(font)
        advance = 0.0
        for code in data:
            i = code - first
            advance += widths[i] if 0 <= i < len(widths) else missing
        advance = advance / 1000 * size
        m = _mul(tm, ctm)
        start = _apply(m, 0, 0)
        if not current.starts:
            current.origin = start
        current.starts.append(start)
        current.end = _apply(m, advance, 0)
        current.size = max(current.size, size)
        tm = _mul((1, 0, 0, 1, advance, 0), tm)

    for operands, op in content.operations:
        op = op.decode("latin-1") if isinstance(op, bytes) else op
        args = [float(x) if isinstance(x, int | float) else x for x in operands]
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = _mul(tuple(float(x) for x in args), ctm)  # type: ignore[arg-type]
        elif op == "BT":
            tm = tlm = IDENTITY
            current = TextObject(number, (0.0, 0.0), (0.0, 0.0), 0.0)
        elif op == "ET":
            if current is not None and current.starts:
                objects.append(current)
            current = None
        elif op == "Tm":
            tm = tlm = tuple(float(x) for x in args)  # type: ignore[assignment]
        elif op in ("Td", "TD"):
            tm = tlm = _mul((1, 0, 0, 1, float(args[0]), float(args[1])), tlm)
            if op == "TD":
                leading = -float(args[1])
        elif op == "TL":
            leading = float(args[0])
        elif op == "T*":
            tm = tlm = _mul((1, 0, 0, 1, 0, -leading), tlm)
        elif op == "Tf":
            font = fonts[str(args[0])]
            size = float(args[1])
        elif op == "Tj":
            show(_as_bytes(args[0]))
        elif op == "'":
            tm = tlm = _mul((1, 0, 0, 1, 0, -leading), tlm)
            show(_as_bytes(args[0]))
        elif op == "TJ":
            for item in args[0]:
                if isinstance(item, int | float):
                    tm = _mul((1, 0, 0, 1, -float(item) / 1000 * size, 0), tm)
                else:
                    show(_as_bytes(item))
    return objects


def _attach_text(page: Any, objects: list[TextObject]) -> None:
    def close(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return abs(a[0] - b[0]) < 0.05 and abs(a[1] - b[1]) < 0.05

    def visitor(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if not text:
            return
        m = _mul(tuple(float(x) for x in tm), tuple(float(x) for x in cm))  # type: ignore[arg-type]
        where = _apply(m, 0, 0)
        for obj in objects:
            if any(close(where, start) for start in obj.starts):
                obj.text += text
                return
        # pypdf's own separators between lines carry no position of ours.
        assert not text.strip(), f"text {text!r} at {where} matches no text object"

    page.extract_text(visitor_text=visitor)


def fonts_in(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary on every page (with a Type0 font's descendants)."""
    found: list[dict[str, Any]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            found.append(font)
            for child in font.get("/DescendantFonts", []):
                found.append(child.get_object())
    return found


def assert_fonts_embedded(pdf: bytes) -> None:
    """Each font is embedded TrueType (/FontFile2), and no base-14 font is named anywhere."""
    found = fonts_in(pdf)
    assert found
    for font in found:
        if font.get("/Subtype") == "/Type0":
            continue  # its descendant carries the descriptor
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, font
        assert "/FontFile2" in descriptor.get_object(), font
        assert not any(b in str(font.get("/BaseFont", "")) for b in BASE14), font
    for name in BASE14:
        assert f"/{name}".encode() not in pdf


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))
