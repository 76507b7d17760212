"""The checklist form (チェックリスト回答票) read back with pypdf: title, addressee, every
question with its answer boxes, page numbers and the repeated header, fonts, glyph check."""

from __future__ import annotations

import itertools
import re

import pytest
from tests.documents.readback import (
    A4_H_PT,
    MM,
    TextObject,
    assert_fonts_embedded,
    page_texts,
    text_objects,
)

from privacydesk.documents.checklist_form import (
    ANSWER_LABELS,
    SIGNATURE_ROWS,
    ChecklistFormData,
    checklist_form,
)
from privacydesk.domain import checklists
from privacydesk.domain.checklists import Shipped
from privacydesk.errors import InvalidInput

ORG = "特定非営利活動法人 みどりの会"
CONTRACTOR = "株式会社さくら印刷"
INTRO = (
    "当法人は、個人情報の保護に関する法律第25条に基づき、個人データの取扱いを委託する"
    "事業者の安全管理の状況を確認しています。各項目について該当する欄に✓を付け、"
    "必要に応じて補足をご記入のうえご返送ください。"
)
NOTE = "ご回答いただいた内容は、委託先の選定及び監督の目的にのみ利用します。"


def data_for(
    shipped: Shipped, contractor: str = CONTRACTOR, **changes: object
) -> ChecklistFormData:
    groups: dict[str, list[tuple[int | str, str]]] = {}
    for number, (category, _, text) in enumerate(shipped.questions, start=1):
        groups.setdefault(category, []).append((number, text))
    data = ChecklistFormData(
        title=shipped.title,
        organisation=ORG,
        contractor=contractor,
        date_text="令和8年11月24日",
        intro=INTRO,
        categories=[
            (checklists.CATEGORY_TEXT[c], groups[c]) for c in checklists.CATEGORIES if c in groups
        ],
        note=NOTE,
    )
    return ChecklistFormData(**{**data.__dict__, **changes})  # type: ignore[arg-type]


def selection() -> Shipped:
    return checklists.shipped()[0]


def read(pdf: bytes) -> list[TextObject]:
    """The text objects, without the space pypdf puts before a second object on a line."""
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


def test_the_form_reads_back() -> None:
    shipped = selection()
    pdf = checklist_form(data_for(shipped))
    text = lines(pdf)
    whole = "".join(text)
    big = [o for o in read(pdf) if o.size >= 15]
    assert [o.text for o in big] == [shipped.title]
    assert f"{CONTRACTOR}\u3000御中" in text
    assert ORG in text and "令和8年11月24日" in text
    assert INTRO[:20] in whole.replace(" ", "")
    for number, (_, _, question) in enumerate(shipped.questions, start=1):
        assert f"{number}." in text, number
        assert any(t.startswith(question[:12]) for t in text), question
    # □適合 □不適合 □該当なし for every question, and a comment line.
    for label in ANSWER_LABELS:
        assert text.count(label) == len(shipped.questions), label
    assert text.count("補足") == len(shipped.questions)
    for category in {c for c, _, _ in shipped.questions}:
        assert "■ " + checklists.CATEGORY_TEXT[category] in text
    assert "※ " + NOTE in text
    assert "■ ご回答者" in text
    for label in SIGNATURE_ROWS:
        assert label in text
    assert_fonts_embedded(pdf)
    assert_tidy(pdf)


def test_every_page_has_its_number_and_the_contractor_in_the_header() -> None:
    pdf = checklist_form(data_for(selection()))
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 2
    objects = read(pdf)
    for number in range(total):
        on_page = [o for o in objects if o.page == number]
        assert sum(o.text == f"{number + 1} / {total}" for o in on_page) == 1, number
        header = min(on_page, key=lambda o: o.top_mm())  # the topmost line
        assert header.top_mm() < 15
        assert CONTRACTOR in header.text and selection().title in header.text
    assert [f"{n} / {total}" in p for n, p in enumerate(pages, start=1)] == [True] * total


def forty() -> Shipped:
    categories = list(checklists.CATEGORIES)
    questions = tuple(
        (
            categories[i * len(categories) // 40],
            f"x.q{i}",
            f"質問{i + 1:02d}番：個人データの取扱いに関する確認事項であり、回答欄に記入するか。",
        )
        for i in range(40)
    )
    return Shipped("self_check", 1, "四十問の自己点検", questions)


def test_forty_questions_span_pages_and_every_one_appears_in_order() -> None:
    shipped = forty()
    pdf = checklist_form(data_for(shipped))
    objects = read(pdf)
    pages = {o.page for o in objects}
    assert len(pages) >= 3
    found = [
        (o.page, -o.y, int(m.group(1))) for o in objects if (m := re.match(r"質問(\d\d)番", o.text))
    ]
    assert [n for _, _, n in found] == list(range(1, 41))
    assert found == sorted(found)  # in reading order, page after page
    numbers = [o.text for o in objects if re.fullmatch(r"\d+\.", o.text)]
    assert numbers == [f"{n}." for n in range(1, 41)]
    for page in pages:
        assert sum(o.page == page and o.text == "適合" for o in objects) >= 1
        assert sum(o.text == f"{page + 1} / {len(pages)}" for o in objects) == 1
    assert_fonts_embedded(pdf)
    assert_tidy(pdf)


def test_a_long_question_wraps_and_puts_its_boxes_below() -> None:
    long_text = (
        "委託先が" + "個人データを安全に管理するための措置を講じ、" * 12 + "記録しているか。"
    )
    short_text = "責任者を定めているか。"
    data = data_for(
        selection(),
        categories=[("組織的安全管理措置", [(1, long_text), (2, short_text)])],
    )
    pdf = checklist_form(data)
    objects = read(pdf)
    body = "".join(o.text for o in objects if o.text not in ANSWER_LABELS)
    assert long_text in body
    first = next(o for o in objects if o.text.startswith("委託先が個人データ"))
    long_lines = [o for o in objects if o.page == first.page and abs(o.x0 - first.x0) < 0.5]
    long_lines = [o for o in long_lines if first.y - 40 * MM < o.y <= first.y]
    assert len(long_lines) > 3
    boxes = [o for o in objects if o.text == "適合"]
    assert len(boxes) == 2
    last_line_y = min(o.y for o in long_lines if o.text != "補足")
    # Below the question's last line (PDF y grows upwards), then beside the short one.
    assert boxes[0].y < last_line_y - 0.5
    second = next(o for o in objects if o.text == short_text)
    assert abs(boxes[1].y - second.y) < 3
    assert_tidy(pdf)


def test_a_blank_contractor_prints_a_line_to_fill_in() -> None:
    pdf = checklist_form(data_for(selection(), contractor="", date_text=""))
    text = lines(pdf)
    assert "御中" in text
    assert not any("委託先：" in t for t in text)
    assert "令和\u3000\u3000年\u3000\u3000月\u3000\u3000日" in text
    assert_fonts_embedded(pdf)


def test_markup_characters_print_as_written() -> None:
    name = "A&B <事務> 株式会社"
    pdf = checklist_form(data_for(selection(), contractor=name))
    assert f"{name}\u3000御中" in lines(pdf)


def test_a_long_contractor_name_wraps_in_the_signature_block() -> None:
    name = "特定非営利活動法人" + "とても長い名前の協力団体" * 10
    pdf = checklist_form(data_for(selection(), contractor=name))
    whole = "".join(o.text for o in read(pdf) if o.size == 10.0)
    assert whole.count(name) >= 1
    assert_tidy(pdf)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"contractor": "𠮷野家株式会社"}, "contractor"),
        ({"organisation": "NPO\ue000"}, "organisation"),
        ({"title": "点検\u200b票"}, "title"),
        (
            {"categories": [("区分", [(1, "𠮷田さんは誓約したか。")])]},
            "categories.0.questions.0.text",
        ),
        ({"categories": [("区分𠮷", [(1, "誓約したか。")])]}, "categories.0.label"),
        ({"note": "注𠮷"}, "note"),
    ],
)
def test_undrawable_text_is_refused_naming_the_field(
    changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as info:
        checklist_form(data_for(selection(), **changes))
    assert info.value.code == "glyph.problems"
    assert info.value.problems[0][0] == field


@pytest.mark.parametrize("kind", checklists.KINDS)
def test_every_shipped_checklist_prints(kind: str) -> None:
    shipped = {f.kind: f for f in checklists.shipped()}[kind]
    pdf = checklist_form(data_for(shipped))
    text = lines(pdf)
    for _, _, question in shipped.questions:
        assert any(t.startswith(question[:12]) for t in text), question
    assert_tidy(pdf)
