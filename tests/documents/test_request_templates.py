"""The default wording of the letters of data-subject requests (resources/letters/*.txt):
each parses with the placeholders its kind allows, prints with sample data, and refuses a
required value left empty."""

from __future__ import annotations

from datetime import date

import pytest
from tests.documents.readback import all_text

from privacydesk.documents import templates
from privacydesk.documents.letter import Addressee
from privacydesk.errors import InvalidInput
from privacydesk.services import documents, profile
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData

KINDS = sorted(documents.REQUEST_KIND_FIELDS)
NOV = date(2026, 11, 24)
PROFILE = ProfileData(
    name="特定非営利活動法人 みどりの会",
    postal_code="100-0001",
    address="東京都千代田区千代田1-1",
    representative="理事長 山田 太郎",
    manager_title="個人情報保護管理者",
    manager_name="渡邉 德子",
    desk_department="個人情報相談窓口",
    desk_phone="03-1234-5678",
    desk_email="privacy@example.jp",
    fee_yen=1000,
    payment_methods=["postal_stamps", "money_order"],
    retention_years=5,
)
PERSON = Addressee(
    name="髙橋 花子",
    postal_code="150-0001",
    address="東京都渋谷区神宮前一丁目2番3号 みどりハイツ101",
)
# The title (notices) or subject each letter prints, and its style.
HEADINGS = {
    "acknowledgement": ("reply", "保有個人データの開示等の請求の受付について"),
    "identity-check": ("letter", "本人確認書類のご提出のお願い"),
    "fee-shortfall": ("letter", "手数料不足のお知らせ"),
    "disclosure": ("notice", "保有個人データ開示決定通知書"),
    "non-disclosure": ("notice", "保有個人データ不開示決定通知書"),
    "correction-result": ("notice", "訂正等の請求に対する結果について（通知）"),
    "suspension-result": ("notice", "利用停止等の請求に対する結果について（通知）"),
    "purpose-notice": ("notice", "利用目的の通知書"),
    "purpose-not-notified": ("notice", "利用目的を通知しない旨の通知書"),
    "method-change": ("letter", "開示方法の変更について"),
    "withdrawn": ("letter", "請求の取扱いについて"),
    "password-notice": ("letter", "開示データのパスワードのお知らせ"),
    "enclosure-en": ("notice", "About the enclosed letter"),
    "enclosure-easy-ja": ("notice", "いっしょに 送った 手紙の 説明"),
}
# A value of each kind, unlike the samples, that must appear in the printed letter.
KEY_VALUES: dict[str, tuple[str, str | list[str]]] = {
    "acknowledgement": ("target_date", "令和8年12月11日"),
    "identity-check": ("deadline", "令和8年12月25日"),
    "fee-shortfall": ("shortfall", "325円"),
    "disclosure": ("disclosed", ["別紙1　ボランティア登録票の記載事項"]),
    "non-disclosure": ("decision", "保有個人データが存在しない旨"),
    "correction-result": ("changes", ["電話番号を訂正しました。"]),
    "suspension-result": ("measures", ["第三者への提供を停止しました。"]),
    "purpose-notice": ("purposes", ["研修会の案内の送付のため"]),
    "purpose-not-notified": ("reasons", ["利用目的は取得の状況から明らかであるためです。"]),
    "method-change": ("method_used", "書面の交付（窓口での手渡し）"),
    "withdrawn": ("reasons", ["期限までに手数料のお支払いを確認できませんでした。"]),
    "password-notice": ("password", "Zq4wP8nVt3"),
    "enclosure-en": ("letter_title", "Notice of the decision to disclose"),
    "enclosure-easy-ja": ("letter_title", "開示を 決めた ことの お知らせ"),
}


@pytest.fixture
def office(desk: Desk) -> Desk:
    profile.save_profile(desk, PROFILE)
    return desk


def allowed(kind: str) -> set[str]:
    return set(
        documents.COMMON_FIELDS | documents.REQUEST_FIELDS | documents.REQUEST_KIND_FIELDS[kind]
    )


def template(kind: str) -> templates.Template:
    return templates.parse(kind, templates.default_text(kind), documents.known_fields(kind))


def values(kind: str, **changes: str | list[str]) -> dict[str, str | list[str]]:
    sample = {k: documents.SAMPLE_VALUES[k] for k in documents.KIND_FIELDS[kind]}
    return {**documents.common_values(PROFILE, NOV), **sample, **changes}


def text_of(pdf: bytes) -> str:
    return all_text(pdf).replace("\n", "")


def render(office: Desk, kind: str, extra: dict[str, str | list[str]]) -> bytes:
    with office.uow() as s:
        pdf, version = documents.render_letter(
            s, kind, PERSON, extra, today=NOV, number="個保8第12号", preview=False
        )
    assert version == 0
    return pdf


def test_every_request_kind_has_a_default_and_a_heading() -> None:
    assert set(KINDS) == set(HEADINGS) == set(KEY_VALUES)
    assert set(KINDS) <= set(templates.default_kinds())


@pytest.mark.parametrize("kind", KINDS)
def test_default_parses_with_the_kinds_placeholders_only(kind: str) -> None:
    text = templates.default_text(kind)
    assert text.lstrip().startswith("#")  # what the letter is and when it is sent
    t = template(kind)
    assert t.placeholders() <= allowed(kind)
    assert set(t.required) <= t.placeholders()
    style, heading = HEADINGS[kind]
    assert t.style == style
    assert heading in (t.title, t.subject)
    contact = t.sections["contact"]
    for name in ("org_name", "desk_department", "desk_phone", "desk_email"):
        assert f"{{{name}}}" in contact


@pytest.mark.parametrize("kind", KINDS)
def test_every_placeholder_has_a_sample(kind: str) -> None:
    missing = template(kind).placeholders() - documents.COMMON_FIELDS - set(documents.SAMPLE_VALUES)
    assert not missing
    assert set(documents.KIND_FIELDS[kind]) <= set(documents.SAMPLE_VALUES)


@pytest.mark.parametrize("kind", KINDS)
def test_preview_prints_the_heading_and_samples(office: Desk, kind: str) -> None:
    text = text_of(documents.preview(office, kind, today=NOV))
    assert HEADINGS[kind][1] in text
    assert "見本" in text
    assert documents.SAMPLE_VALUES["request_number"] in text
    assert PROFILE.desk_phone in text and PROFILE.desk_email in text
    assert "{" not in text and "}" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_issued_letter_prints_its_key_value(office: Desk, kind: str) -> None:
    name, value = KEY_VALUES[kind]
    text = text_of(render(office, kind, values(kind, **{name: value})))
    assert HEADINGS[kind][1] in text
    assert "個保8第12号" in text
    squashed = "".join(text.split())  # a line may break at a space in English
    for item in [value] if isinstance(value, str) else value:
        assert "".join(item.split()) in squashed


def test_password_notice_and_fee_shortfall_print_their_values(office: Desk) -> None:
    text = text_of(render(office, "password-notice", values("password-notice")))
    assert "パスワード：Kx7mQ4tR9w" in text
    assert "お送りした方法：簡易書留" in text and "お送りした日：令和8年12月2日" in text
    text = text_of(render(office, "fee-shortfall", values("fee-shortfall")))
    for label in ("手数料の額：1,000円", "お受けした額：500円", "不足額：500円"):
        assert label in text
    assert "取り下げたものとして取り扱います" in text


def test_identity_check_asks_for_no_my_number(office: Desk) -> None:
    text = text_of(render(office, "identity-check", values("identity-check")))
    assert "マイナンバー（個人番号）を必要とすることはありません" in text
    assert "裏面は決して写しを取らないでください" in text
    assert "本人確認ができないため不開示" in text


@pytest.mark.parametrize("kind", KINDS)
def test_lists_not_required_may_be_empty(office: Desk, kind: str) -> None:
    t = template(kind)
    lists = {
        name
        for name, sample in documents.SAMPLE_VALUES.items()
        if isinstance(sample, list) and name in t.placeholders() and name not in t.required
    }
    empty: dict[str, str | list[str]] = {name: [] for name in lists}
    full = templates.fill(t, values(kind))
    filled = templates.fill(t, values(kind, **empty))
    dropped = sum(
        len(documents.SAMPLE_VALUES[n]) for n in lists if f"{{*{n}}}" in t.sections.get("ki", "")
    )
    assert len(filled.ki) == len(full.ki) - dropped
    render(office, kind, values(kind, **empty))


def test_full_disclosure_prints_no_withheld_part(office: Desk) -> None:
    text = text_of(
        render(office, "disclosure", values("disclosure", decision="全部開示", withheld=[]))
    )
    assert "決定の内容：全部開示" in text
    assert "相談員の所見欄" not in text  # the sample's withheld item


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (kind, name)
        for kind in KINDS
        for name in template(kind).required
        if name not in documents.COMMON_FIELDS
    ],
)
def test_a_required_value_left_empty_is_refused(kind: str, name: str) -> None:
    blank: str | list[str] = [] if isinstance(documents.SAMPLE_VALUES[name], list) else "　"
    with pytest.raises(InvalidInput) as info:
        templates.fill(template(kind), values(kind, **{name: blank}))
    assert info.value.code == "template.missing_value"
    assert info.value.params["name"] == name


def test_the_service_refuses_an_identity_check_without_a_deadline(office: Desk) -> None:
    with pytest.raises(InvalidInput) as info:
        render(office, "identity-check", values("identity-check", deadline=""))
    assert info.value.params["name"] == "deadline"


@pytest.mark.parametrize("kind", KINDS)
def test_the_organisation_name_is_required(kind: str) -> None:
    assert "org_name" in template(kind).required
    with pytest.raises(InvalidInput):
        templates.fill(template(kind), values(kind, org_name=""))
