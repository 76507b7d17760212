"""The letter engine: real PDFs read back with pypdf, and the address placed for a window
envelope, checked both from the engine's layout and independently from the PDF."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.documents.readback import (
    A4_H_PT,
    MM,
    TextObject,
    all_text,
    assert_fonts_embedded,
    text_objects,
)

from privacydesk.documents import letter, templates
from privacydesk.documents.envelope import Calibration, Rect
from privacydesk.documents.letter import Addressee, LetterData, Sender
from privacydesk.domain import documents as docs
from privacydesk.domain import wareki
from privacydesk.errors import InvalidInput
from privacydesk.services.documents import known_fields

FA19 = "\ufa19"  # 神, a CJK compatibility ideograph: NFC would make it U+795E
RARE_NAME = f"髙﨑 德濵{FA19}子"
VIETNAMESE = "Nguyễn Văn Đức"
TODAY = date(2026, 11, 24)
DATE_TEXT = "令和8年11月24日"
NUMBER = "個保第8-012号"
VALUES: dict[str, str | list[str]] = {
    "org_name": "特定非営利活動法人 みどりの会",
    "org_address": "〒100-0001　東京都千代田区千代田1-1",
    "representative": "理事長 山田 太郎",
    "manager": "個人情報保護管理者　渡邉 德子",
    "desk_department": "個人情報相談窓口",
    "desk_phone": "03-1234-5678",
    "desk_fax": "03-1234-5679",
    "desk_email": "privacy@example.jp",
    "fee": "1,000円",
    "payment_methods": "郵便切手、定額小為替",
    "retention_years": "5",
    "today": DATE_TEXT,
    "enclosures": ["保有個人データの開示等請求書　1部", "委任状　1部", "返信用封筒　1通"],
}
SENDER = Sender(
    organisation="特定非営利活動法人 みどりの会",
    postal_code="100-0001",
    address="東京都千代田区千代田1-1",
    signatory="理事長 山田 太郎",
    desk=("個人情報相談窓口", "電話 03-1234-5678"),
)
HOME = Addressee(name=RARE_NAME, postal_code="150-0001", address="東京都渋谷区神宮前一丁目2番3号")
ABROAD = Addressee(
    name=VIETNAMESE,
    country="Việt Nam",
    lines=("12 Đường Lê Lợi", "Phường Bến Nghé, Quận 1", "Thành phố Hồ Chí Minh 700000"),
)


def filled(text: str | None = None, **values: str | list[str]) -> templates.Filled:
    source = templates.default_text("form-cover") if text is None else text
    template = templates.parse("form-cover", source, known_fields("form-cover"))
    return templates.fill(template, {**VALUES, **values})


def data(addressee: Addressee = HOME, **changes: object) -> LetterData:
    base = LetterData(
        addressee=addressee,
        sender=SENDER,
        content=filled(),
        date_text=wareki.to_wareki(TODAY),
        number=docs.number_text("個保", 8, 12),
    )
    return dataclasses.replace(base, **changes)


def render(d: LetterData, cal: Calibration | None = None) -> tuple[bytes, letter.Layout]:
    return letter.render(d, cal)


def texts(pdf: bytes) -> list[str]:
    return [o.text.strip() for o in text_objects(pdf)]


# --- Geometry helpers (PDF points, from the bottom-left) -------------------------------------


def points(r: Rect) -> tuple[float, float, float, float]:
    """A rectangle in mm from the sheet's top-left as (x0, y0, x1, y1) in PDF points."""
    return (r.x * MM, A4_H_PT - r.bottom * MM, r.right * MM, A4_H_PT - r.y * MM)


def glyph_box(o: TextObject) -> tuple[float, float, float, float]:
    """A generous box around the glyphs: baseline ends, the ascent above and descent below.
    A rotated object (the 見本 watermark) gets its size added on every side."""
    if abs(o.origin[1] - o.end[1]) > 0.01:
        pad = o.size
        return (
            o.x0 - pad,
            min(o.origin[1], o.end[1]) - pad,
            o.x1 + pad,
            max(o.origin[1], o.end[1]) + pad,
        )
    return (o.x0, o.y - 0.25 * o.size, o.x1, o.y + o.size)


def overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return not (a[2] <= b[0] or a[0] >= b[2] or a[3] <= b[1] or a[1] >= b[3])


def inside_points(o: TextObject, area: Rect, tol: float = 0.5) -> bool:
    """The object's glyph origin and the end of its last advance lie in the area (points),
    and so does the line's height above the baseline (ascent, taken as the font size) and
    its descent."""
    x0, y0, x1, y1 = points(area)
    return (
        x0 - tol <= o.x0
        and o.x1 <= x1 + tol
        and y0 - tol <= o.y - 0.12 * o.size
        and o.y + 0.88 * o.size <= y1 + tol
    )


def window_objects(pdf: bytes, cal: Calibration) -> tuple[list[TextObject], list[TextObject]]:
    """(text objects whose glyphs reach into what the window may show, the others)."""
    area = points(cal.may_show())
    objects = [o for o in text_objects(pdf) if o.page == 0]
    shown = [o for o in objects if overlaps(glyph_box(o), area)]
    return shown, [o for o in objects if o not in shown]


def check_envelope(pdf: bytes, layout: letter.Layout, cal: Calibration, expected: list[str]):
    """The address block, alone in the window, inside the safe area, reading `expected`
    (lines may be wrapped: their concatenation must match)."""
    safe = cal.safe_area()
    assert layout.address is not None
    assert safe.contains(layout.address), (layout.address, safe)
    for name, rects in layout.blocks.items():
        for r in rects:
            assert not cal.may_show().overlaps(r), (name, r, cal.may_show())
    shown, others = window_objects(pdf, cal)
    shown.sort(key=lambda o: -o.y)
    assert "".join(o.text.strip() for o in shown).replace(" ", "") == "".join(expected).replace(
        " ", ""
    ), [o.text for o in shown]
    for o in shown:
        assert inside_points(o, safe), (o, safe)
        assert abs(o.x0 - safe.x * MM) < 0.5  # left-aligned at the safe area's left edge
    area = points(cal.may_show())
    for o in others:
        assert not overlaps(glyph_box(o), area), o
    return shown


# --- What the letter says ---------------------------------------------------------------------


def test_letter_reads_back_date_number_names_and_structure() -> None:
    assert wareki.to_wareki(TODAY) == DATE_TEXT
    assert docs.number_text("個保", 8, 12) == NUMBER
    pdf, _layout = render(data())
    assert pdf.startswith(b"%PDF")
    lines = texts(pdf)
    assert lines[:2] == [NUMBER, DATE_TEXT]  # top right, number above the date
    assert f"{RARE_NAME}\u3000様" in lines
    whole = all_text(pdf)
    assert FA19 in whole and "\u795e子" not in whole  # the compatibility ideograph, kept
    assert "保有個人データの開示等の請求手続について" in lines
    assert lines.index("拝啓\u3000時下ますますご清栄のこととお慶び申し上げます。") < lines.index(
        "敬具"
    )
    assert "（公印省略）" in lines
    ki = lines.index("記")
    assert lines.index("以上") > ki
    between = lines[ki + 1 : lines.index("以上")]
    assert between[:2] == ["1．", "保有個人データの開示等請求書\u30001部"]
    labels = [t for t in between if t.endswith("．") and t[:-1].isdigit()]
    assert labels == ["1．", "2．", "3．", "4．", "5．"]
    assert "手数料：1,000円（郵便切手、定額小為替でお支払いください。" in whole.replace("\n", "")
    assert "お問い合わせ先\u3000特定非営利活動法人 みどりの会\u3000個人情報相談窓口" in "".join(
        lines
    )
    assert "見本" not in whole


def test_every_font_is_embedded_and_no_base14_font() -> None:
    for d in (data(), data(ABROAD), data(preview=True)):
        pdf, _ = render(d)
        assert_fonts_embedded(pdf)


def test_vietnamese_name_reads_back_as_written() -> None:
    pdf, _ = render(data(dataclasses.replace(HOME, name=VIETNAMESE)))
    assert f"{VIETNAMESE}\u3000様" in texts(pdf)
    # Typed with combining marks, it prints (and reads back) composed, never blank.
    decomposed = unicodedata.normalize("NFD", VIETNAMESE)
    pdf, _ = render(data(dataclasses.replace(HOME, name=decomposed)))
    assert f"{VIETNAMESE}\u3000様" in texts(pdf)


def test_markup_characters_print_as_written() -> None:
    name = "山田 <b>太郎</b> & 花子"
    org = "A&B <NPO> 支援の会"
    d = data(dataclasses.replace(HOME, name=name), content=filled(org_name=org))
    pdf, _ = render(d)
    lines = texts(pdf)
    assert f"{name}\u3000様" in lines
    assert f"お問い合わせ先\u3000{org}\u3000個人情報相談窓口" in "".join(lines)
    assert "&amp;" not in all_text(pdf) and "&lt;" not in all_text(pdf)


def test_undrawable_name_is_refused_before_anything_is_drawn() -> None:
    with pytest.raises(InvalidInput) as info:
        render(data(dataclasses.replace(HOME, name="山田\ue000子")))
    assert info.value.code == "glyph.problems"
    assert info.value.problems[0][:2] == ("addressee.name", "glyph.private_use")


# --- The address and the window ---------------------------------------------------------------


def test_three_line_address_sits_in_the_safe_area_alone() -> None:
    cal = Calibration()
    pdf, layout = render(data(), cal)
    shown = check_envelope(pdf, layout, cal, ["〒150-0001", HOME.address, f"{RARE_NAME}\u3000様"])
    assert len(shown) == 3
    assert shown[-1].text.strip() == f"{RARE_NAME}\u3000様"  # in Japan the name comes last
    assert shown[-1].size > shown[0].size  # and larger


def test_six_line_address_sits_in_the_safe_area() -> None:
    cal = Calibration()
    six = Addressee(
        name="佐藤 一郎",
        honorific="御中",
        department="総務部 個人情報担当",
        postal_code="150-0001",
        address="東京都渋谷区神宮前一丁目2番3号 みどりハイツ101号室（管理人室気付）"
        "　渋谷区役所前バス停より徒歩五分の建物",
    )
    pdf, layout = render(data(six), cal)
    expected = ["〒150-0001", six.address, "総務部 個人情報担当", "佐藤 一郎\u3000御中"]
    shown = check_envelope(pdf, layout, cal, expected)
    assert len(shown) == 6


def test_address_abroad_name_first_then_lines_then_country_in_capitals() -> None:
    cal = Calibration()
    pdf, layout = render(data(ABROAD), cal)
    expected = [f"{VIETNAMESE}\u3000様", *ABROAD.lines, "VIỆT NAM"]
    shown = check_envelope(pdf, layout, cal, expected)
    assert [o.text.strip() for o in shown] == expected


def test_address_too_long_is_refused_and_nothing_produced() -> None:
    huge = Addressee(name="山田 太郎", postal_code="150-0001", address="東京都渋谷区神宮前" * 20)
    with pytest.raises(InvalidInput) as info:
        render(data(huge))
    assert info.value.code == "letter.address_does_not_fit"
    assert info.value.params["lines"] == 2
    many = dataclasses.replace(ABROAD, lines=tuple(f"Line {i}" for i in range(12)))
    with pytest.raises(InvalidInput) as info:
        render(data(many))
    assert info.value.code == "letter.address_does_not_fit"


def test_address_shrinks_before_it_is_refused() -> None:
    cal = Calibration()
    safe = cal.safe_area()
    height, lines = letter.fit_address(ABROAD, safe)
    assert height <= safe.h and {size for _, size in lines} >= {letter.ADDRESS_MAX_SIZE}
    longer = dataclasses.replace(ABROAD, lines=(*ABROAD.lines, "Block C", "Floor 3"))
    height, lines = letter.fit_address(longer, safe)
    assert height <= safe.h
    assert min(size for _, size in lines) < letter.ADDRESS_MAX_SIZE
    assert min(size for _, size in lines) >= letter.ADDRESS_MIN_SIZE


@st.composite
def calibrations(draw: st.DrawFn) -> Calibration:
    """Calibrations the settings accept (Calibration.problems() is empty), built to be valid
    rather than filtered."""
    width = draw(st.floats(45, 150))
    height = draw(st.floats(16, 60))
    # Half a millimetre inside the limits: at the limit itself, float rounding decides.
    play_x = draw(st.floats(0, width - 40.5))
    play_y = draw(st.floats(0, height - 15.5))
    left = draw(st.floats(0, 210 - width))
    top = draw(st.floats(0, 98 - height))
    return Calibration(left, top, width, height, play_x, play_y)


@settings(max_examples=30, deadline=None)
@given(cal=calibrations())
def test_any_valid_calibration_keeps_the_window_for_the_address(cal: Calibration) -> None:
    assert not cal.problems()
    pdf, layout = render(data(), cal)
    check_envelope(pdf, layout, cal, ["〒150-0001", HOME.address, f"{RARE_NAME}\u3000様"])


# --- Styles, previews, the 記 block --------------------------------------------------------


def test_preview_shows_mihon_and_no_number() -> None:
    cal = Calibration()
    pdf, layout = render(data(preview=True), cal)
    lines = texts(pdf)
    assert "見本" in lines
    assert NUMBER not in all_text(pdf)
    assert not any(t.startswith("個保第") for t in lines)
    check_envelope(pdf, layout, cal, ["〒150-0001", HOME.address, f"{RARE_NAME}\u3000様"])


NOTICE = """\
style = notice
title = 保有個人データ開示決定通知書
subject = 保有個人データの開示について（通知）
required = org_name
[body]
{today}付けでご請求のありました保有個人データの開示について、下記のとおり決定しましたので通知します。
[ki]
{*enclosures}
[contact]
{org_name}　{desk_department}
"""


def test_notice_has_title_and_no_greeting_or_closing() -> None:
    d = data(content=filled(NOTICE, enclosures=["開示する", "理由：なし"]))
    pdf, _ = render(d)
    lines = texts(pdf)
    whole = all_text(pdf)
    assert "保有個人データ開示決定通知書" in lines
    assert lines.index("保有個人データ開示決定通知書") < lines.index(
        "保有個人データの開示について（通知）"
    )
    for word in ("拝啓", "拝復", "敬具", "時下"):
        assert word not in whole
    assert lines[lines.index("記") + 1 : lines.index("以上")] == [
        "1．",
        "開示する",
        "2．",
        "理由：なし",
    ]


def test_reply_opens_with_haifuku() -> None:
    reply = templates.default_text("form-cover").replace("style = letter", "style = reply")
    pdf, _ = render(data(content=filled(reply)))
    lines = texts(pdf)
    subject = lines.index("保有個人データの開示等の請求手続について")
    assert lines[subject + 1].startswith("拝復\u3000")
    assert "拝啓" not in all_text(pdf)
    assert "敬具" in lines


def test_no_ki_block_without_items() -> None:
    plain = NOTICE.split("[ki]")[0] + "[contact]\n{org_name}\n"
    pdf, _ = render(data(content=filled(plain)))
    lines = texts(pdf)
    assert "記" not in lines and "以上" not in lines


def test_seal_box_instead_of_koin_shoryaku() -> None:
    pdf, layout = render(data(seal="place"))
    assert "（公印省略）" not in texts(pdf)
    assert len(layout.blocks["sender"]) == 4  # three lines and the box


def test_long_letter_flows_onto_a_second_page() -> None:
    items = [f"同封書類その{i}" for i in range(1, 41)]
    pdf, _ = render(data(content=filled(enclosures=items)))
    objects = text_objects(pdf)
    assert max(o.page for o in objects) == 1
    labels = [o.text.strip() for o in objects if o.text.strip().endswith("．")]
    assert labels == [f"{i}．" for i in range(1, 43)]
    assert [o.text.strip() for o in objects].count("以上") == 1
    for o in objects:
        assert o.x0 >= 15 * MM and o.x1 <= 195 * MM, o
        assert 10 * MM <= o.y <= A4_H_PT - 10 * MM, o


def test_all_text_stays_inside_the_margins() -> None:
    long_org = "特定非営利活動法人 とても長い名前の個人情報保護と地域の見守りを支援する会"
    sender = dataclasses.replace(SENDER, organisation=long_org)
    long_subject = "保有個人データの開示等の請求手続と本人確認書類の送付方法について" * 2
    content = filled(
        templates.default_text("form-cover").replace(
            "subject = 保有個人データの開示等の請求手続について", f"subject = {long_subject}"
        )
    )
    pdf, _ = render(data(sender=sender, content=content))
    whole = all_text(pdf).replace("\n", "")
    assert long_subject in whole and long_org in whole
    for o in text_objects(pdf):
        assert o.x0 >= 20 * MM - 0.5 and o.x1 <= 190 * MM + 0.5, o


def test_values_with_line_breaks_do_not_break_the_layout() -> None:
    d = data(
        sender=dataclasses.replace(SENDER, organisation="みどりの会\n相談室"),
        content=filled(org_name="みどりの会\n相談室"),
    )
    pdf, _ = render(d)
    assert "相談室" in all_text(pdf)
