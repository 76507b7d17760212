"""Attached tables (別紙) and enclosure pages after the letter: read back with pypdf, and their
cells checked against the columns both from the engine's layout and from the PDF itself."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.documents.readback import (
    MM,
    TextObject,
    assert_fonts_embedded,
    page_texts,
    text_objects,
)
from tests.documents.test_letter import HOME, RARE_NAME, data

from privacydesk.documents import letter, tables, templates
from privacydesk.documents.envelope import Rect
from privacydesk.documents.letter import LetterData
from privacydesk.documents.tables import Table
from privacydesk.errors import InvalidInput

COLUMNS = ("番号", "氏名", "住所", "登録日", "備考", "連絡先")
NOTE = "第三者の情報を含む欄は開示しません（法第33条第2項第2号）。"
URL = "https://example.jp/" + "x" * 120  # one token far wider than any column


def row(i: int) -> tuple[str, ...]:
    return (
        f"R{i:04d}",
        f"山田 太郎{i}",
        "東京都渋谷区神宮前一丁目2番3号 みどりハイツ101号室",
        "2026-11-24",
        "個人情報の取扱いに関する相談" * (1 + i % 3),
        URL if i % 50 == 0 else f"taro{i}@example.jp",
    )


BIG = Table("ご本人の登録情報", COLUMNS, tuple(row(i) for i in range(200)), note=NOTE)
SMALL = dataclasses.replace(BIG, rows=BIG.rows[:20])  # two pages

ENGLISH = templates.Filled(
    style="notice",
    subject="About the disclosure of your personal data",
    title="Explanation in English",
    body=[
        "We have decided to disclose the personal data we hold about you, as listed in the "
        "attached tables. This page explains the letter in English; the Japanese letter is "
        "the official notice.",
        "If anything is unclear, please contact the desk below within three months.",
    ],
    ki=["Attachment 1: your registered details", "Attachment 2: records of consultations"],
    contact=["Privacy desk, Midori NPO", "Phone +81-3-1234-5678"],
    note=["Personal data of other people has been withheld."],
)


@dataclass
class Read:
    """A rendered letter and its text objects, read back once (reading is the slow part)."""

    pdf: bytes
    layout: letter.Layout
    objects: list[TextObject]

    @property
    def pages(self) -> dict[int, list[TextObject]]:
        by_page: dict[int, list[TextObject]] = defaultdict(list)
        for o in self.objects:
            by_page[o.page].append(o)
        return by_page

    def lines(self, page: int | None = None) -> list[str]:
        return [o.text.strip() for o in self.objects if page is None or o.page == page]

    def attachment_pages(self, number: int = 1) -> list[int]:
        """The pages with 別紙{number}'s footer."""
        return sorted({o.page for o in self.objects if o.text.startswith(f"別紙{number}（")})

    def whole(self) -> str:
        return "".join(page_texts(self.pdf)).replace("\n", "")


def read(d: LetterData) -> Read:
    pdf, layout = letter.render(d)
    return Read(pdf, layout, text_objects(pdf))


@functools.cache
def big() -> Read:
    return read(data(attachments=(BIG,)))


def is_watermark(o: TextObject) -> bool:
    return o.text.strip() == "見本"


# --- A long table --------------------------------------------------------------------------


def test_two_hundred_rows_read_back_over_pages_with_the_header_repeated() -> None:
    r = big()
    assert_fonts_embedded(r.pdf)
    pages = r.attachment_pages()
    assert pages[0] == 1  # the letter is page 0; 別紙 starts on a page of its own
    assert pages == list(range(1, len(pages) + 1)) and len(pages) > 5
    assert r.lines(1)[:2] == ["別紙1\u3000ご本人の登録情報", NOTE]
    for i, page in enumerate(pages, start=1):
        on_page = r.lines(page)
        assert on_page[-1] == f"別紙1（{i}/{len(pages)}）"
        if i > 1:
            assert on_page[0] == "別紙1\u3000ご本人の登録情報（続き）"
        # The header row is repeated, in order, on every page.
        assert [t for t in on_page if t in COLUMNS] == list(COLUMNS), page
    whole = r.whole()
    for i in (0, 1, 99, 100, 150, 199):
        assert f"R{i:04d}" in whole
        assert f"taro{i}@example.jp" in whole or i % 50 == 0
    firsts = [t for t in r.lines() if re.fullmatch(r"R\d{4}", t)]
    assert firsts == [f"R{i:04d}" for i in range(200)]  # every row, once, in order
    assert len(r.layout.blocks["attachment"]) >= 201 * len(COLUMNS)


def test_cells_wrap_inside_their_columns_never_past_the_margin() -> None:
    r = big()
    cells = r.layout.blocks["attachment"]
    for c in cells:
        assert c.x >= letter.LEFT - 0.01 and c.right <= letter.RIGHT + 0.01, c
        assert c.y >= tables.TOP and c.bottom <= tables.BOTTOM + 0.01, c
    for t in r.layout.blocks["attachment_text"]:
        assert any(c.contains(t) for c in cells), t
    # Independently, from the PDF: nothing on an attachment page passes the text column.
    pages = set(r.attachment_pages())
    for o in r.objects:
        if o.page in pages and not is_watermark(o):
            assert o.x0 >= letter.LEFT * MM - 0.5 and o.x1 <= letter.RIGHT * MM + 0.5, o
    # The long URL was split across lines by character, and reads back whole.
    assert URL in r.whole()


def test_short_columns_keep_their_content_on_one_line() -> None:
    widths = tables.column_widths(BIG)
    assert sum(widths) == pytest.approx(letter.RIGHT - letter.LEFT)
    assert min(widths) >= 5
    lines = big().lines()
    assert "2026-11-24" in lines and "山田 太郎199" in lines and "R0199" in lines


def test_a_cell_longer_than_a_page_is_split_across_pages() -> None:
    huge = "開示請求に関する経過記録。" * 400  # about 5,200 characters
    table = Table("相談記録", ("日付", "内容"), (("2026-01-05", "短い"), ("2026-02-01", huge)))
    r = read(data(attachments=(table,)))
    pages = r.attachment_pages()
    assert len(pages) >= 3
    # The date heads the split row once; the text continues under the repeated header.
    assert r.lines().count("2026-02-01") == 1
    for page in pages:
        assert r.lines(page).count("内容") == 1
    skip = {"日付", "内容", "2026-01-05", "2026-02-01", "短い"}
    content = "".join(
        t for page in pages for t in r.lines(page) if not t.startswith("別紙") and t not in skip
    )
    assert content == huge  # whole, in order, nothing lost at the breaks
    for c in r.layout.blocks["attachment"]:
        assert c.bottom <= tables.BOTTOM + 0.01


def test_empty_table_says_there_is_no_data() -> None:
    empty = Table("第三者提供の記録", ("提供日", "提供先"), (), note="")
    r = read(data(attachments=(empty,)))
    assert r.lines(1) == ["別紙1\u3000第三者提供の記録", tables.EMPTY, "別紙1（1/1）"]


def test_two_attachments_numbered_each_from_a_new_page() -> None:
    second = Table("相談の記録", ("日付", "内容"), (("2026-01-05", "電話で相談"),))
    r = read(data(attachments=(SMALL, second)))
    first, other = r.attachment_pages(1), r.attachment_pages(2)
    assert first == [1, 2] and other == [3]
    assert r.lines(3)[0] == "別紙2\u3000相談の記録"


@pytest.mark.parametrize("cells", [("1", "2"), ("1", "2", "3", "4")])
def test_rows_of_the_wrong_shape_are_refused(cells: tuple[str, ...]) -> None:
    bad = Table("ご本人の登録情報", ("a", "b", "c"), (("x", "y", "z"), cells))
    with pytest.raises(InvalidInput) as info:
        letter.render(data(attachments=(bad,)))
    assert info.value.code == "letter.table_shape"
    assert info.value.params == {
        "table": "ご本人の登録情報",
        "row": 2,
        "cells": len(cells),
        "columns": 3,
    }


def test_a_table_without_columns_or_with_too_many_is_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        letter.render(data(attachments=(Table("t", (), ()),)))
    assert info.value.code == "letter.table_shape"
    wide = Table("t" * 60, tuple(f"c{i}" for i in range(17)), ())
    with pytest.raises(InvalidInput) as info:
        letter.render(data(attachments=(wide,)))
    assert info.value.code == "letter.table_does_not_fit"
    assert info.value.params == {"table": "t" * 40, "columns": 17, "limit": 16}


def test_header_too_long_for_the_page_is_refused() -> None:
    # Sixteen columns of 10 mm, each header 80 characters: 40 lines, taller than half a page.
    long_header = Table("t", tuple("説明" * 40 for _ in range(16)), (tuple("x" * 16),))
    with pytest.raises(InvalidInput) as info:
        letter.render(data(attachments=(long_header,)))
    assert info.value.code == "letter.table_does_not_fit"


# --- The glyph check and text as written ---------------------------------------------------


def test_glyph_check_names_the_cell() -> None:
    rows = (("1", "山田", "東京"), ("2", "佐藤", "大阪"), ("3", "𠮷田", "京都"))
    table = Table("登録情報", ("番号", "氏名", "住所"), rows)
    with pytest.raises(InvalidInput) as info:
        letter.render(data(attachments=(table,)))
    assert info.value.code == "glyph.problems"
    assert info.value.problems == [
        (
            "attachment1.r3c2",
            "glyph.outside_bmp",
            {"position": 1, "char": "𠮷", "codepoint": "U+20BB7"},
        )
    ]
    header = Table("登録情報", ("番号", "\ue000名"), (("1", "x"),))
    with pytest.raises(InvalidInput) as info:
        letter.render(data(attachments=(header,)))
    assert info.value.problems[0][:2] == ("attachment1.h2", "glyph.private_use")
    enclosure = dataclasses.replace(ENGLISH, body=["Fine.", "Bad \ue000 here."])
    with pytest.raises(InvalidInput) as info:
        letter.render(data(enclosures=(enclosure,)))
    assert info.value.problems[0][:2] == ("enclosure1.body2", "glyph.private_use")


def test_cells_print_as_written_marks_composed_line_ends_unified() -> None:
    decomposed = "Nguye\u0302\u0303n Va\u0306n"  # typed with combining marks
    table = Table(
        "登録情報",
        ("氏名", "備考"),
        ((decomposed, "一行目\r\n二行目\tタブ"), (f"{RARE_NAME} <b>&amp;", "=1+1")),
    )
    lines = read(data(attachments=(table,))).lines()
    assert "Nguyễn Văn" in lines
    assert "一行目" in lines and "二行目 タブ" in lines
    assert f"{RARE_NAME} <b>&amp;" in lines
    assert "=1+1" in lines  # printed as data; only the CSV needs guarding


# --- Enclosures and the preview ------------------------------------------------------------


def test_english_enclosure_on_its_own_page_without_an_address() -> None:
    r = read(data(attachments=(SMALL,), enclosures=(ENGLISH,)))
    last = max(r.pages)
    assert last == r.attachment_pages()[-1] + 1  # after the attachments
    lines = r.lines(last)
    assert lines[:2] == ["Explanation in English", "About the disclosure of your personal data"]
    page_text = " ".join(lines)
    assert RARE_NAME not in page_text and HOME.address not in page_text
    assert "〒" not in page_text
    assert "1." in lines and "2." in lines
    assert "Privacy desk, Midori NPO" in lines
    # Wrapped at word boundaries: the words read back are the words written.
    body = [o for o in r.pages[last] if o.size == letter.BODY_SIZE and o.text.strip()]
    assert len(body) > len(ENGLISH.body)  # the first paragraph did wrap
    words = " ".join(o.text.strip() for o in body)
    for paragraph in ENGLISH.body:
        assert paragraph in words
    assert r.layout.address is not None and r.layout.address.y < 99  # the letter's, page 1
    for o in r.pages[last]:
        assert o.x0 >= letter.LEFT * MM - 0.5 and o.x1 <= letter.RIGHT * MM + 0.5, o


def test_plain_japanese_enclosure_and_the_letter_unchanged_without_extras() -> None:
    plain = templates.Filled(
        style="notice",
        subject="",
        title="やさしい にほんごの せつめい",
        body=["あなたの じょうほうを おくります。"],
        ki=[],
        contact=["まどぐち　でんわ 03-1234-5678"],
        note=[],
    )
    r = read(data(enclosures=(plain,)))
    assert sorted(r.pages) == [0, 1]
    assert r.lines(1)[0] == "やさしい にほんごの せつめい"
    assert len(page_texts(letter.render(data())[0])) == 1


def test_preview_watermark_on_attachment_and_enclosure_pages() -> None:
    r = read(data(preview=True, attachments=(SMALL,), enclosures=(ENGLISH,)))
    assert len(r.pages) == 4
    for page, objects in r.pages.items():
        assert any(is_watermark(o) for o in objects), page
    r = read(data(attachments=(SMALL,)))
    assert not any(is_watermark(o) for o in r.objects)


# --- Any table -----------------------------------------------------------------------------

ALPHABET = (
    "あいうえおかきくけこさしすせそアイウエオンー山田太郎東京都髙﨑德濵①㈱、。「」（）・"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-@/:'&<>"
)
cell_text = st.text(alphabet=ALPHABET, max_size=60) | st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=30, max_size=150
)


@st.composite
def any_table(draw: st.DrawFn) -> Table:
    n = draw(st.integers(1, 6))
    columns = tuple(draw(st.lists(st.text(alphabet=ALPHABET, max_size=20), min_size=n, max_size=n)))
    rows = draw(
        st.lists(st.lists(cell_text, min_size=n, max_size=n).map(tuple), max_size=12).map(tuple)
    )
    return Table(draw(st.text(alphabet=ALPHABET, max_size=30)), columns, rows)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=25, deadline=None)
@given(table=any_table())
def test_any_table_renders_with_every_cell_inside_its_column(table: Table) -> None:
    r = read(data(attachments=(table,)))
    cells: list[Rect] = r.layout.blocks.get("attachment", [])
    for t in r.layout.blocks.get("attachment_text", []):
        assert any(c.contains(t) for c in cells), t
    columns = sorted({(round(c.x, 3), round(c.right, 3)) for c in cells})
    pages = set(r.attachment_pages())
    by_column: dict[int, list[TextObject]] = defaultdict(list)
    for o in r.objects:
        if o.page not in pages or o.size != tables.SIZE or o.text.startswith("別紙"):
            continue  # the heading (12 pt), the footer, the watermark
        index = next(
            i
            for i, (x0, _) in enumerate(columns)
            if o.x0 >= x0 * MM - 0.5
            and (i + 1 == len(columns) or o.x0 < columns[i + 1][0] * MM - 0.5)
        )
        x0, x1 = columns[index]
        assert x0 * MM - 0.5 <= o.x0 and o.x1 <= x1 * MM + 0.5, (o, columns[index])
        by_column[index].append(o)
    # Each cell reads back within its own column, the rows in order.
    rows = tables.composed(table).rows
    for index in range(len(columns)):
        ordered = sorted(by_column[index], key=lambda o: (o.page, -o.y))
        text = _squash("".join(o.text for o in ordered))
        at = 0
        for cells_of_row in rows:
            cell = _squash(cells_of_row[index])
            found = text.find(cell, at)
            assert found >= 0, (cell, text[at:])
            at = found + len(cell)


def test_glyph_problems_in_cells_and_the_letter_are_reported_together() -> None:
    table = Table("登録情報", ("番号", "氏名\ue001"), (("1", "𠮷田"),))
    d = data(dataclasses.replace(HOME, name="山田\ue000子"), attachments=(table,))
    with pytest.raises(InvalidInput) as info:
        letter.render(d)
    fields = [p[0] for p in info.value.problems]
    assert fields == ["addressee.name", "attachment1.r1c2", "attachment1.h2"]
    assert info.value.params["count"] == 3
