"""Blank forms read back with pypdf: the request form (開示等請求書), the power of attorney
(委任状) and the window-envelope test page."""

from __future__ import annotations

import itertools

import pytest
from tests.documents.readback import (
    A4_H_PT,
    MM,
    TextObject,
    all_text,
    assert_fonts_embedded,
    text_objects,
)

from privacydesk.documents import forms, templates
from privacydesk.documents.envelope import Calibration
from privacydesk.documents.letter import Addressee
from privacydesk.domain import settings as settings_domain
from privacydesk.errors import InvalidInput
from privacydesk.services.documents import SAMPLE_ADDRESSEE, known_fields

ORG = "特定非営利活動法人 みどりの会"
VALUES: dict[str, str | list[str]] = {
    "org_name": ORG,
    "org_address": "〒100-0001　東京都千代田区千代田1-1",
    "representative": "理事長 山田 太郎",
    "manager": "個人情報保護管理者　渡邉 德子",
    "desk_department": "個人情報相談窓口",
    "desk_phone": "03-1234-5678",
    "desk_fax": "",
    "desk_email": "privacy@example.jp",
    "fee": "1,000円",
    "payment_methods": "郵便切手、定額小為替",
    "retention_years": "5",
    "today": "令和8年11月24日",
}
REQUEST_TYPES = (
    "利用目的の通知",
    "開示",
    "第三者提供記録の開示",
    "訂正・追加・削除",
    "利用停止・消去",
    "第三者提供の停止",
)
IDENTITY = tuple(settings_domain.IDENTITY_DOCUMENTS)


def form_data(kind: str, identity: tuple[str, ...] = IDENTITY, fee: str = "1,000円"):
    template = templates.parse(kind, templates.default_text(kind), known_fields(kind))
    return forms.FormData(templates.fill(template, VALUES), identity, fee)


def lines(pdf: bytes) -> list[str]:
    return [o.text.strip() for o in text_objects(pdf)]


def box(o: TextObject) -> tuple[float, float, float, float]:
    return (o.x0, o.y - 0.2 * o.size, o.x1, o.y + 0.85 * o.size)


def assert_tidy(pdf: bytes, left: float = 10, right: float = 200) -> None:
    """No two text objects on a page overlap, and all stay inside the page's margins."""
    objects = text_objects(pdf)
    for o in objects:
        assert left * MM <= o.x0 and o.x1 <= right * MM, o
        assert 5 * MM <= o.y <= A4_H_PT - 5 * MM, o
    for a, b in itertools.combinations(objects, 2):
        if a.page != b.page:
            continue
        ba, bb = box(a), box(b)
        apart = ba[2] <= bb[0] or bb[2] <= ba[0] or ba[3] <= bb[1] or bb[3] <= ba[1]
        assert apart, (a.text, b.text)


def test_request_form_reads_back() -> None:
    pdf = forms.request_form(form_data("request-form"))
    text = lines(pdf)
    whole = "".join(text)
    assert text[0] == "保有個人データの開示等請求書"
    assert f"{ORG}\u3000御中" in text
    for request_type in REQUEST_TYPES:
        assert any(t.startswith(request_type + "（法第3") for t in text), request_type
    for article in ("法第32条", "法第33条", "法第34条", "法第35条"):
        assert article in whole
    for document in IDENTITY:
        assert document in whole.replace(" ", ""), document
    assert "同封しました（1,000円）" in whole
    assert "1件につき1,000円（郵便切手、定額小為替）" in whole
    for heading in ("■ 請求者", "■ 請求の種類（該当するものすべて）", "■ 同封した本人確認書類"):
        assert heading in text
    for kind in forms.REQUESTER_KINDS:
        assert kind in text
    # Each note item starts its own line.
    for item in ("・本人確認書類", "・代理人による請求", "・手数料", "・請求書類は", "・送付先"):
        assert any(t.startswith(item) for t in text), item
    assert_fonts_embedded(pdf)


def test_request_form_text_does_not_overlap_or_leave_the_page() -> None:
    assert_tidy(forms.request_form(form_data("request-form")))


def test_request_form_with_the_identity_documents_passed_in() -> None:
    own = ("運転免許証（両面）", "健康保険の資格確認書 & 年金手帳 <写し>")
    pdf = forms.request_form(form_data("request-form", identity=own, fee=""))
    whole = all_text(pdf)
    for document in own:
        assert document in whole
    assert "マイナンバーカード" not in whole.split("■ 同封した本人確認書類")[1].split("・")[0]
    assert "同封しました" not in whole  # no fee line when no fee is charged
    assert_tidy(pdf)


def test_power_of_attorney_reads_back() -> None:
    pdf = forms.power_of_attorney(form_data("power-of-attorney"))
    text = lines(pdf)
    whole = "".join(text)
    assert text[0] == "委任状"
    assert f"{ORG}\u3000御中" in text
    assert f"私は、下記の者を代理人と定め、{ORG}が保有する" in whole
    for request_type in REQUEST_TYPES:
        assert any(t.startswith(request_type) and t.endswith("の請求") for t in text), request_type
    for heading in ("■ 代理人（受任者）", "■ 委任事項", "■ 委任者（本人）"):
        assert heading in text
    assert "印" in text
    assert "印鑑登録証明書" in whole and "署名証明書（サイン証明）" in whole
    assert any(t.startswith("・委任者（本人）が自署し") for t in text)
    assert any(t.startswith("・代理人の本人確認書類") for t in text)
    assert_fonts_embedded(pdf)
    assert_tidy(pdf)


def test_form_refuses_undrawable_text() -> None:
    with pytest.raises(InvalidInput) as info:
        forms.request_form(form_data("request-form", identity=("在留カード\ue000",)))
    assert info.value.code == "glyph.problems"
    assert info.value.problems[0][0] == "identity_documents1"


def test_envelope_test_page_has_the_legend_and_the_sample_address_in_the_safe_area() -> None:
    cal = Calibration()
    pdf = forms.envelope_test_page(cal, SAMPLE_ADDRESSEE)
    text = lines(pdf)
    whole = "".join(text)
    assert "窓付き封筒（長形3号）の位置確認ページ" in text
    assert "窓：左 23 mm、上 13 mm、幅 90 mm、高さ 45 mm" in whole
    assert "（用紙の遊び：横 22 mm、縦 18 mm）" in whole
    assert "灰色の枠：あて名を印刷する範囲（68 × 27 mm）。" in whole
    assert_fonts_embedded(pdf)
    safe = cal.safe_area()
    x0, x1 = safe.x * MM, safe.right * MM
    y0, y1 = A4_H_PT - safe.bottom * MM, A4_H_PT - safe.y * MM
    expected = [
        "〒" + SAMPLE_ADDRESSEE.postal_code,
        SAMPLE_ADDRESSEE.address,
        f"{SAMPLE_ADDRESSEE.name}\u3000様",
    ]
    address = [o for o in text_objects(pdf) if abs(o.x0 - x0) < 0.5 and o.size > 6]
    assert "".join(o.text for o in address) == "".join(expected)
    for o in address:
        assert x0 - 0.5 <= o.x0 and o.x1 <= x1 + 0.5, o
        assert y0 - 0.5 <= o.y - 0.12 * o.size and o.y + 0.88 * o.size <= y1 + 0.5, o


def test_envelope_test_page_follows_the_calibration() -> None:
    cal = Calibration(window_left=30, window_top=20, window_width=100, window_height=50)
    pdf = forms.envelope_test_page(cal, SAMPLE_ADDRESSEE)
    whole = all_text(pdf).replace("\n", "")
    assert "窓：左 30 mm、上 20 mm、幅 100 mm、高さ 50 mm" in whole
    assert "（78 × 32 mm）" in whole
    address = [o for o in text_objects(pdf) if o.text.startswith("〒")]
    assert len(address) == 1 and abs(address[0].x0 - 30 * MM) < 0.5


def test_envelope_test_page_refuses_an_address_that_does_not_fit() -> None:
    huge = Addressee(name="山田 太郎", postal_code="150-0001", address="東京都渋谷区" * 40)
    with pytest.raises(InvalidInput) as info:
        forms.envelope_test_page(Calibration(), huge)
    assert info.value.code == "letter.address_does_not_fit"
