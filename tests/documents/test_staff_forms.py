"""The staff forms read back with pypdf: the pledge (誓約書) with its clauses, date and
signature rows and the member's name when given; the training attendance sheet with a row per
name, the understanding box, pages with the table head repeated; embedded fonts, nothing
overlapping, and the glyph check naming the field."""

from __future__ import annotations

import itertools

import pytest
from tests.documents.readback import (
    A4_H_PT,
    MM,
    TextObject,
    all_text,
    assert_fonts_embedded,
    page_texts,
    text_objects,
)

from privacydesk.documents.staff_forms import (
    PLEDGE_CLAUSES,
    PLEDGE_ROWS,
    PLEDGE_TITLE,
    SHEET_CHECK_LABEL,
    SHEET_COLUMNS,
    SHEET_TITLE,
    PledgeFormData,
    TrainingSheetData,
    pledge_form,
    training_sheet,
)
from privacydesk.errors import InvalidInput

ORG = "特定非営利活動法人 みどりの会"
REP = "理事長 山田太郎"
NAME = "髙橋﨑子"
TOPIC = "個人情報の取扱いと漏えい時の報告"


def read(pdf: bytes) -> list[TextObject]:
    found = text_objects(pdf)
    for o in found:
        o.text = o.text.strip(" ")
    return found


def lines(pdf: bytes) -> list[str]:
    return [o.text for o in read(pdf)]


def assert_tidy(pdf: bytes) -> None:
    """No two text objects on a page overlap, and all stay inside the margins."""
    objects = read(pdf)
    for o in objects:
        assert o.x0 >= 15 * MM and o.x1 <= 195 * MM, o
        assert 5 * MM <= o.y <= A4_H_PT - 5 * MM, o

    def box(o: TextObject) -> tuple[float, float, float, float]:
        return (o.x0, o.y - 0.2 * o.size, o.x1, o.y + 0.85 * o.size)

    for a, b in itertools.combinations(objects, 2):
        if a.page != b.page:
            continue
        ba, bb = box(a), box(b)
        apart = ba[2] <= bb[0] or bb[2] <= ba[0] or ba[3] <= bb[1] or bb[3] <= ba[1]
        assert apart, (a.text, b.text)


def flat(pdf: bytes) -> str:
    return "".join(lines(pdf)).replace(" ", "")


def test_the_pledge_reads_back_with_the_members_name() -> None:
    data = PledgeFormData(ORG, REP, NAME, "職員", "令和8年11月23日", "2026年版")
    pdf = pledge_form(data)
    text = lines(pdf)
    assert len(page_texts(pdf)) == 1
    big = [o.text for o in read(pdf) if o.size >= 15]
    assert big == [PLEDGE_TITLE]
    assert f"{ORG}\u3000{REP}\u3000殿" in text
    assert "令和8年11月23日" in text
    whole = flat(pdf)
    assert f"私は、{ORG}".replace(" ", "") in whole
    for number, (heading, clause) in enumerate(PLEDGE_CLAUSES, start=1):
        assert f"{number}．{heading}" in text
        assert clause.replace(" ", "") in whole
    # The four promises: confidentiality during and after, use only for the work, return of
    # materials, reporting incidents.
    for words in ("退職、退任又は活動の終了後も", "業務の遂行に必要な範囲でのみ", "返還", "直ちに"):
        assert words in whole, words
    for label in PLEDGE_ROWS:
        assert label in text
    assert NAME in text and "職員" in text and "印" in text
    assert "（様式：2026年版）" in text
    assert_fonts_embedded(pdf)
    assert_tidy(pdf)


def test_a_blank_pledge_leaves_the_name_and_date_to_fill_in() -> None:
    pdf = pledge_form(PledgeFormData(ORG))
    text = lines(pdf)
    assert f"{ORG}\u3000御中" in text
    assert "令和\u3000\u3000年\u3000\u3000月\u3000\u3000日" in text
    assert NAME not in all_text(pdf)
    assert not any(t.startswith("（様式") for t in text)
    assert_tidy(pdf)


def test_a_long_name_wraps_inside_its_row() -> None:
    long_name = "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末" * 3
    pdf = pledge_form(PledgeFormData(ORG, REP, long_name))
    assert long_name in flat(pdf)
    assert_tidy(pdf)


def test_the_attendance_sheet_reads_back() -> None:
    names = [NAME, "佐藤 健", "Maria Santos"]
    data = TrainingSheetData(ORG, TOPIC, "令和8年11月20日", "研修資料 第2版", names)
    pdf = training_sheet(data)
    text = lines(pdf)
    assert [o.text for o in read(pdf) if o.size >= 15] == [SHEET_TITLE]
    for expected in (ORG, "令和8年11月20日", TOPIC, "研修資料 第2版", *SHEET_COLUMNS, *names):
        assert expected in text, expected
    rows = len(names) + data.blank_rows
    assert [str(n) for n in range(1, rows + 1)] == [t for t in text if t.isdigit()]
    assert text.count(SHEET_CHECK_LABEL) == rows
    assert "理解度確認：" in flat(pdf)
    assert_fonts_embedded(pdf)
    assert_tidy(pdf)


def test_a_long_list_spans_pages_with_the_head_repeated() -> None:
    names = [f"職員{n:02d}" for n in range(1, 41)]
    pdf = training_sheet(TrainingSheetData(ORG, TOPIC, "令和8年11月20日", "", names))
    objects = read(pdf)
    pages = sorted({o.page for o in objects})
    assert len(pages) >= 2
    found = [(o.page, -o.y, o.text) for o in objects if o.text.startswith("職員")]
    assert [t for _, _, t in found] == names
    assert found == sorted(found)  # in reading order, page after page
    for page in pages:
        on_page = [o for o in objects if o.page == page]
        assert sum(o.text == "理解度確認" for o in on_page) == 1  # the table's head
        assert sum(o.text == f"{page + 1} / {len(pages)}" for o in on_page) == 1
        if page:
            header = min(on_page, key=lambda o: o.top_mm())
            assert SHEET_TITLE in header.text and TOPIC in header.text
    assert_fonts_embedded(pdf)
    assert_tidy(pdf)


def test_undrawable_text_is_refused_naming_the_field() -> None:
    with pytest.raises(InvalidInput) as info:
        pledge_form(PledgeFormData(ORG, REP, "山田\U0002000b子"))
    assert info.value.code == "glyph.problems"
    assert {p[0] for p in info.value.problems} == {"member_name"}
    with pytest.raises(InvalidInput) as info:
        training_sheet(TrainingSheetData(ORG, TOPIC, "令和8年11月20日", "", ["甲", "\x07乙"]))
    assert {p[0] for p in info.value.problems} == {"names.1"}
