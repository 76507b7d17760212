"""漏えい等事案の概要, read back with pypdf: the judgement and its reasons, the deadlines with
和暦 dates and rules, the nine items in the Commission's order, （調査中） for what is not yet
known, embedded fonts only, page numbers, and undrawable text refused naming its field."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from tests.documents.readback import all_text, assert_fonts_embedded, page_texts

from privacydesk.documents import fonts
from privacydesk.documents.incident_summary import (
    ITEMS,
    TITLE,
    UNKNOWN,
    DeadlineLine,
    IncidentSummaryData,
    incident_summary,
)
from privacydesk.errors import InvalidInput

RULE_PRELIMINARY = "速報：把握から速やかに（目安 3 日）"
RULE_FINAL = "確報：把握した日を1日目として 60 日以内（行政機関の休日に当たるときは翌開庁日）"
REASONS = (
    "要配慮個人情報を含む（規則第7条第1号）",
    "不正の目的によるおそれがある（同条第3号、収集目的を含む）",
)
DATA = IncidentSummaryData(
    organisation="特定非営利活動法人 みどりの会",
    number="事案2026-007",
    made_on=date(2026, 11, 24),
    kind="leak",
    possible=True,
    known_on=date(2026, 11, 20),
    reportable=True,
    reasons=REASONS,
    deadlines=(
        DeadlineLine("速報", date(2026, 11, 23), RULE_PRELIMINARY, date(2026, 11, 22)),
        DeadlineLine("本人への通知", date(2026, 11, 23), "本人への通知：速やかに（目安 3 日）"),
        DeadlineLine("確報", date(2027, 1, 19), RULE_FINAL),
    ),
    occurred_on=date(2026, 11, 18),
    found_by="事務局職員",
    description="会員名簿を保存したUSBメモリを紛失し、第三者に拾得されたおそれがある。",
    items="氏名、住所、病歴",
    persons=1200,
    persons_estimated=True,
    cause="持出し手順の不徹底",
    secondary_harm="",
    response_to_persons="対象の会員へ個別に連絡中",
    public_announcement="",
    prevention="",
    containment="警察に遺失届を提出",
    other="",
    contractor="株式会社 青空印刷",
)


def flat(text: str) -> str:
    """Text as read back, without the line breaks the table's wrapping puts in."""
    return re.sub(r"\s+", "", text)


def test_the_sheet_reads_back_with_every_part() -> None:
    pdf = incident_summary(DATA)
    assert_fonts_embedded(pdf)
    text = all_text(pdf)
    f = flat(text)
    assert flat(TITLE) in f
    assert "特定非営利活動法人みどりの会" in f
    assert "事案2026-007" in f
    assert "作成日令和8年11月24日" in f
    # The judgement, with each reason as text.
    assert "判断：報告対象" in f and "報告対象外" not in f
    for reason in REASONS:
        assert flat(reason) in f
    # The deadlines: step, due date (和暦), the rule, done date or 未実施.
    assert "速報令和8年11月23日" + flat(RULE_PRELIMINARY) + "令和8年11月22日" in f
    assert "確報令和9年1月19日" + flat(RULE_FINAL) + "未実施" in f
    # The nine items, in the Commission's order.
    positions = [f.index(flat(label)) for label in ITEMS]
    assert positions == sorted(positions)
    # What is known; （調査中） for what is not.
    assert "事案の種別：漏えいのおそれ" in f
    assert "発生日：令和8年11月18日" in f
    assert "発覚日（組織内で最初に把握した日）：令和8年11月20日" in f
    assert "発見者：事務局職員" in f
    assert flat(DATA.description) in f
    assert "1,200人（概数）" in f
    assert "持出し手順の不徹底" in f
    assert "二次被害又はそのおそれの有無及びその内容" + UNKNOWN in f
    assert "公表の実施状況" + UNKNOWN in f
    assert "再発防止のための措置" + UNKNOWN in f
    assert "対象の会員へ個別に連絡中" in f
    assert "被害の拡大防止のための措置：警察に遺失届を提出" in f
    assert "関係する委託先：株式会社青空印刷" in f
    assert "1 / 1" in text


def test_an_incident_not_yet_investigated_prints_under_investigation() -> None:
    bare = IncidentSummaryData(
        organisation="みどりの会",
        number="事案2026-008",
        made_on=date(2026, 11, 24),
        kind="loss",
        possible=False,
        known_on=date(2026, 11, 24),
        reportable=False,
        reasons=("規則第7条のいずれにも当たらないため、報告対象外",),
    )
    f = flat(all_text(incident_summary(bare)))
    assert "判断：報告対象外" in f
    assert "報告対象外のため、個人情報保護委員会への報告の期限はありません。" in f
    assert "事案の種別：滅失" in f
    assert "発生日：" + UNKNOWN in f and "発見者：" + UNKNOWN in f
    # Items 2 to 9 are all under investigation.
    for label in ITEMS[1:]:
        assert flat(label) + UNKNOWN in f, label


def test_a_long_description_runs_onto_more_pages_with_numbers_and_header() -> None:
    long = replace(DATA, description="誤って別の会員に送付した。" * 300)
    pages = page_texts(incident_summary(long))
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert f"{n} / {len(pages)}" in page
        assert "事案2026-007" in page  # the header on every page
    rest = flat("".join(pages[1:]))
    assert "項目内容（続き）" in rest  # the table's header row, then the row's continuation
    # Nothing is lost: without each page's header, footer and table header, every sentence
    # is there, in one piece.
    furniture = re.compile(r"^(漏えい等事案の概要　｜.*|\d+ / \d+|項目 内容)$")
    body = [
        ln.removeprefix("（続き）")
        for page in pages
        for ln in page.split("\n")
        if not furniture.match(ln.strip())
    ]
    assert flat("".join(body)).count("誤って別の会員に送付した。") == 300


def test_an_undrawable_character_is_refused_naming_the_field() -> None:
    with pytest.raises(InvalidInput) as info:
        incident_summary(replace(DATA, description="𠮷田さんの記録を誤送付"))
    assert info.value.code == "glyph.problems"
    (problem,) = info.value.problems
    field, code, params = problem
    assert field == "description"
    assert code == fonts.OUTSIDE_BMP
    assert params["position"] == 1 and params["codepoint"] == "U+20BB7"


def test_the_organisation_is_checked_for_the_gothic_header_too() -> None:
    # ễ is drawn by DejaVu in both families: accepted in the header and the body.
    pdf = incident_summary(replace(DATA, organisation="Hội Nguyễn みどり"))
    assert "Hội Nguyễn みどり" in all_text(pdf)
    with pytest.raises(InvalidInput) as info:
        incident_summary(replace(DATA, organisation="みどり\u200bの会", cause="a\ue000"))
    fields = [p[0] for p in info.value.problems]
    assert "organisation" in fields and "cause" in fields
