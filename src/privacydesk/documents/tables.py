"""別紙. Attached tables: the data a disclosure shows, printed after the letter as ruled tables,
one table per attachment, its header row repeated at the top of every page it runs onto.

The table is planned first (widths, wrapped cells, pages) and drawn second, so each page's
footer can say "page 2 of 5". Every cell is wrapped to its column: nothing runs past a rule.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from privacydesk.documents import fonts
from privacydesk.documents.envelope import A4_H, Rect
from privacydesk.documents.text import wrap
from privacydesk.errors import InvalidInput

MINCHO = fonts.FontFamily.MINCHO
GOTHIC = fonts.FontFamily.GOTHIC

LEFT, RIGHT = 25.0, 185.0  # the letter's text column, in mm
TOP, BOTTOM = 20.0, 278.0  # where a page's content starts and must end
FOOTER = 288.0  # the footer's baseline
SIZE = 9.0  # cells, notes and the footer
LEADING = 1.4  # line height as a multiple of the size
HEADING_SIZE = 12.0
PAD_X, PAD_Y = 1.2, 0.8  # inside each cell, mm
MIN_COLUMN = 14.0  # a column narrower than its content gets at least this (mm)
MAX_COLUMNS = 16  # 10 mm each: two characters and the padding
HEADER_GREY = 0.88
EMPTY = "該当するデータはありません。"

Decorate = Callable[[], None]
Record = Callable[[str, Rect], None]


@dataclass(frozen=True)
class Table:
    """別紙. One attached table: a title, header cells and rows of plain text."""

    title: str  # e.g. "ご本人の登録情報"
    columns: tuple[str, ...]  # header cells
    rows: tuple[tuple[str, ...], ...]
    note: str = ""  # a line under the title (e.g. what is withheld and why)


def check_shape(table: Table) -> None:
    """Refuse a table without columns, or a row with fewer or more cells than columns."""
    n = len(table.columns)
    for index, row in enumerate(table.rows, start=1):
        if len(row) != n:
            raise InvalidInput(
                "letter.table_shape", table=table.title[:40], row=index, cells=len(row), columns=n
            )
    if n == 0:
        raise InvalidInput("letter.table_shape", table=table.title[:40], row=0, cells=0, columns=0)
    if n > MAX_COLUMNS:
        raise InvalidInput(
            "letter.table_does_not_fit", table=table.title[:40], columns=n, limit=MAX_COLUMNS
        )


def texts(table: Table, prefix: str) -> Iterator[tuple[str, str]]:
    """(field, text) drawn in Mincho, for the glyph check: the note and the cells, a cell
    named like "attachment1.r3c2" (row 3, column 2, from 1; the header row is not counted)."""
    yield f"{prefix}.note", table.note
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row, start=1):
            yield f"{prefix}.r{r}c{c}", cell


def header_texts(table: Table, prefix: str) -> Iterator[tuple[str, str]]:
    """(field, text) drawn in Gothic: the title (in the heading) and the header cells,
    named like "attachment1.h2"."""
    yield f"{prefix}.title", table.title
    for c, cell in enumerate(table.columns, start=1):
        yield f"{prefix}.h{c}", cell


def _cell(text: str) -> str:
    # A cell pasted from a spreadsheet may carry CR LF or tabs: print them as a line break
    # and a space rather than refuse them as invisible controls.
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return fonts.compose_marks(text)


def composed(table: Table) -> Table:
    """Marks composed (as the letter does) and line ends unified, in every text."""
    return replace(
        table,
        title=fonts.compose_marks(table.title),
        note=fonts.compose_marks(table.note),
        columns=tuple(_cell(x) for x in table.columns),
        rows=tuple(tuple(_cell(x) for x in row) for row in table.rows),
    )


# --- Planning ----------------------------------------------------------------------------------


def _measure(text: str, family: fonts.FontFamily) -> float:
    """The widest line of a cell, unwrapped, in mm."""
    return max(fonts.string_width(line, family, SIZE) for line in text.split("\n")) / mm


def column_widths(table: Table) -> list[float]:
    """Widths in mm across LEFT..RIGHT, after the content. Columns whose longest cell fits
    within a fair share of the width get exactly that (a number, a date, a name stays on one
    line); the long columns share the rest in proportion to their average cell, each at
    least MIN_COLUMN (or its fair share, with very many columns), none wider than it needs."""
    total = RIGHT - LEFT
    pad = 2 * PAD_X
    header = [_measure(h, GOTHIC) + pad for h in table.columns]
    natural = list(header)
    sums = [0.0] * len(header)
    for row in table.rows:
        for c, cell in enumerate(row):
            w = _measure(cell, MINCHO) + pad
            natural[c] = max(natural[c], w)
            sums[c] += w
    natural = [min(w, total) for w in natural]
    if sum(natural) <= total:  # everything fits on one line: spread the spare width
        return [w * total / sum(natural) for w in natural]
    widths: dict[int, float] = {}
    free = list(range(len(natural)))
    while free:  # fix every column that fits its share of what is left, until none does
        share = (total - sum(widths.values())) / len(free)
        fits = [c for c in free if natural[c] <= share]
        if not fits:
            break
        widths.update((c, natural[c]) for c in fits)
        free = [c for c in free if c not in widths]
    while free:  # the rest in proportion to content, capped at what each needs
        rest = total - sum(widths.values())
        floor = min(MIN_COLUMN, rest / len(free))
        weight = {c: max(sums[c] / max(len(table.rows), 1), header[c]) for c in free}
        spare = rest - floor * len(free)
        given = {c: floor + spare * weight[c] / sum(weight.values()) for c in free}
        over = [c for c in free if given[c] > natural[c]]
        if not over:
            widths.update(given)
            break
        widths.update((c, natural[c]) for c in over)
        free = [c for c in free if c not in widths]
    return [widths[c] for c in range(len(natural))]


Cells = tuple[tuple[str, ...], ...]  # each cell's wrapped lines


def _wrap_cells(cells: tuple[str, ...], widths: list[float], family: fonts.FontFamily) -> Cells:
    def measure(t: str) -> float:
        return fonts.string_width(t, family, SIZE)

    return tuple(
        tuple(wrap(text, (w - 2 * PAD_X) * mm, measure))
        for text, w in zip(cells, widths, strict=True)
    )


def _line_h() -> float:
    return SIZE * LEADING / mm


def _height(cells: Cells) -> float:
    return max((len(c) for c in cells), default=0) * _line_h() + 2 * PAD_Y


@dataclass(frozen=True)
class _Piece:
    """A row, or the part of a row that falls on one page."""

    cells: Cells
    header: bool = False


@dataclass
class _Page:
    heading: list[str]
    note: list[str] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)
    empty: bool = False


@dataclass(frozen=True)
class _Plan:
    widths: list[float]
    pages: list[_Page]


def _heading_lines(text: str) -> list[str]:
    return wrap(text, (RIGHT - LEFT) * mm, lambda t: fonts.string_width(t, GOTHIC, HEADING_SIZE))


def _heading_h(lines: list[str]) -> float:
    return len(lines) * HEADING_SIZE * 1.5 / mm + 3


def _plan(table: Table, number: int) -> _Plan:
    """Where every line goes: rows fill a page and move whole to the next when they do not
    fit; a row taller than a page is split between lines, the rest continuing overleaf."""
    check_shape(table)
    name = f"別紙{number}"
    first = _heading_lines(f"{name}\u3000{table.title}" if table.title else name)
    more = _heading_lines(
        f"{name}\u3000{table.title}（続き）" if table.title else f"{name}（続き）"
    )
    pages = [_Page(first)]
    top = TOP + _heading_h(first)
    lh = _line_h()

    def new_page() -> float:
        pages.append(_Page(more))
        return TOP + _heading_h(more)

    note = wrap(table.note, (RIGHT - LEFT) * mm, lambda t: fonts.string_width(t, MINCHO, SIZE))
    for line in note if table.note else []:
        if top + lh > BOTTOM:
            top = new_page()
        pages[-1].note.append(line)
        top += lh
    top += 2 if table.note else 0
    if not table.rows:
        if top + lh > BOTTOM:
            new_page()
        pages[-1].empty = True
        return _Plan(column_widths(table), pages)

    widths = column_widths(table)
    header = _Piece(_wrap_cells(table.columns, widths, GOTHIC), header=True)
    header_h = _height(header.cells)
    one_line = lh + 2 * PAD_Y
    room = BOTTOM - TOP - _heading_h(more) - header_h  # for rows, on a continuation page
    if room < max(one_line, (BOTTOM - TOP) / 2):
        # So many columns, or so long a header, that the rows would have no room.
        raise InvalidInput(
            "letter.table_does_not_fit",
            table=table.title[:40],
            columns=len(table.columns),
            limit=MAX_COLUMNS,
        )
    for row in table.rows:
        rest: Cells | None = _wrap_cells(row, widths, MINCHO)
        while rest is not None:
            h = _height(rest)
            if not pages[-1].pieces:
                # The header goes with at least the row's start, never alone at a page's foot.
                if top + header_h + (h if h <= room else one_line) > BOTTOM:
                    top = new_page()
                pages[-1].pieces.append(header)
                top += header_h
            if top + h <= BOTTOM:
                pages[-1].pieces.append(_Piece(rest))
                top += h
                rest = None
                continue
            fit = math.floor((BOTTOM - top - 2 * PAD_Y) / lh + 1e-9)
            if h <= room or fit < 1:
                top = new_page()
                continue
            pages[-1].pieces.append(_Piece(tuple(c[:fit] for c in rest)))
            rest = tuple(c[fit:] for c in rest)
            top = new_page()
    return _Plan(widths, pages)


# --- Drawing -----------------------------------------------------------------------------------


def _y(top_mm: float) -> float:
    return (A4_H - top_mm) * mm


def _baseline(line_top: float, size: float, leading: float) -> float:
    """The baseline of a line whose box starts at line_top (mm): glyphs centred in the box."""
    return line_top + (size * leading + 0.76 * size) / 2 / mm


def draw(
    canvas: Canvas,
    table: Table,
    number: int,
    decorate: Decorate | None = None,
    record: Record | None = None,
) -> int:
    """Draw 別紙{number} on new pages (each ended with showPage); returns how many.

    `table` is as composed() returns it (letter.render composes and glyph-checks first; a
    character that would print wrong is refused here too, by fonts.draw_text). `decorate`
    runs at the start of each page (the preview's watermark); `record` is told where each
    cell ("attachment"), each cell's text line ("attachment_text") and every other line
    ("attachment_heading") was drawn, in mm from the page's top-left."""
    p = _plan(table, number)
    xs = [LEFT]
    for w in p.widths:
        xs.append(xs[-1] + w)
    xs[-1] = RIGHT  # no rounding drift at the right rule
    log = record or _ignore
    for index, page in enumerate(p.pages, start=1):
        if decorate is not None:
            decorate()
        top = TOP
        for text in page.heading:
            top = _text_line(canvas, text, GOTHIC, HEADING_SIZE, 1.5, LEFT, top, log)
        top += 3
        for text in page.note:
            top = _text_line(canvas, text, MINCHO, SIZE, LEADING, LEFT, top, log)
        top += 2 if page.note else 0
        if page.empty:
            _text_line(canvas, EMPTY, MINCHO, 10.5, 1.6, LEFT, top, log)
        for piece in page.pieces:
            top = _draw_piece(canvas, piece, xs, top, log)
        footer = f"別紙{number}（{index}/{len(p.pages)}）"
        width = fonts.string_width(footer, MINCHO, SIZE) / mm
        x = (LEFT + RIGHT - width) / 2
        fonts.draw_text(canvas, x * mm, _y(FOOTER), footer, MINCHO, SIZE)
        log("attachment_heading", Rect(x, FOOTER - SIZE / mm, width, SIZE * 1.2 / mm))
        canvas.showPage()
    return len(p.pages)


def _text_line(
    canvas: Canvas,
    text: str,
    family: fonts.FontFamily,
    size: float,
    leading: float,
    x: float,
    top: float,
    record: Record,
) -> float:
    end = fonts.draw_text(canvas, x * mm, _y(_baseline(top, size, leading)), text, family, size)
    h = size * leading / mm
    record("attachment_heading", Rect(x, top, end / mm - x, h))
    return top + h


def _ignore(_name: str, _rect: Rect) -> None:
    pass


def _draw_piece(
    canvas: Canvas, piece: _Piece, xs: list[float], top: float, record: Record
) -> float:
    h = _height(piece.cells)
    canvas.saveState()
    canvas.setLineWidth(0.5)
    if piece.header:
        canvas.setFillGray(HEADER_GREY)
    canvas.rect(
        xs[0] * mm, _y(top + h), (xs[-1] - xs[0]) * mm, h * mm, stroke=1, fill=int(piece.header)
    )
    for x in xs[1:-1]:
        canvas.line(x * mm, _y(top), x * mm, _y(top + h))
    canvas.restoreState()
    family = GOTHIC if piece.header else MINCHO
    lh = _line_h()
    for c, lines in enumerate(piece.cells):
        x0 = xs[c] + PAD_X
        record("attachment", Rect(xs[c], top, xs[c + 1] - xs[c], h))
        for i, text in enumerate(lines):
            if not text:
                continue
            line_top = top + PAD_Y + i * lh
            end = fonts.draw_text(
                canvas, x0 * mm, _y(_baseline(line_top, SIZE, LEADING)), text, family, SIZE
            )
            record("attachment_text", Rect(x0, line_top, end / mm - x0, lh))
    return top + h
