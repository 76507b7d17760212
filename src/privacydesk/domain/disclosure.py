"""What a disclosure discloses: the retained data about the person, as tables (別紙).

The register holds references, not every source system's data: the person's fields, the
register entries the request covers (items, purposes, retention), consents, records of
provision and receipt, and each entry's extract imported from its source system. Sensitive
data only when the decision includes it. Printed in Japanese whatever the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from privacydesk.domain import consent, provisions, register, subjects, wareki
from privacydesk.domain.requests import GROUND_TEXT, RequestView
from privacydesk.messages import render

WITHHELD_MARK = "（不開示）"
HIDDEN = "（所在秘匿の措置により記載していません）"
SCOPE_TEXT = {
    "purpose": "利用目的",
    "third_party": "第三者提供",
    "abroad": "外国にある第三者への提供",
    "sensitive": "要配慮個人情報の取得",
}
METHOD_TEXT = {"paper": "書面", "web": "Web", "oral": "口頭", "email": "メール"}
DIRECTION_TEXT = {"provided": "提供", "received": "受領"}


@dataclass(frozen=True)
class DisclosedTable:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


def _date(d: object) -> str:
    return wareki.to_wareki(d) if d else ""  # type: ignore[arg-type]


def _person(session: Session, v: RequestView, hide_whereabouts: bool) -> DisclosedTable:
    rows: list[tuple[str, str]] = [("氏名", v.person_name)]
    if v.subject_id is not None:
        s = subjects.data_of(subjects.get(session, v.subject_id))
        where = (
            ("郵便番号", s.postal_code),
            ("住所", s.address),
            ("国", s.country),
            ("電話番号", s.phone),
            ("メールアドレス", s.email),
        )
        rows += [
            ("フリガナ", s.reading),
            ("通称名", s.alias),
            ("生年月日", _date(s.birth_date)),
            *((k, HIDDEN if hide_whereabouts and val else val) for k, val in where),
            ("区分", s.category),
            ("会員番号等", s.member_number),
            ("法定代理人", s.representative_name),
        ]
    return DisclosedTable("ご本人の登録情報", ("項目", "内容"), tuple((k, x) for k, x in rows if x))


def _entries(session: Session, v: RequestView) -> DisclosedTable:
    rows = []
    for cover in v.entries:
        detail = register.get(session, cover.entry_id)
        items = "、".join(i.name for i in detail.items if not i.sensitive)
        purposes = "／".join(p.text for p in detail.purposes)
        rows.append((cover.entry_name, items, purposes, detail.data.retention_text))
    return DisclosedTable(
        "当法人での取扱い（個人情報取扱台帳より）",
        ("台帳", "取り扱う項目", "利用目的", "保存期間"),
        tuple(rows),
    )


def _consents(session: Session, v: RequestView) -> DisclosedTable:
    rows = []
    if v.subject_id is not None:
        for c in consent.of_subject(session, v.subject_id):
            if c.scope == "sensitive":
                continue  # its own table, only when the decision includes sensitive data
            target = c.purpose_text or c.recipient or c.country
            rows.append(
                (
                    SCOPE_TEXT.get(c.scope, c.scope),
                    target,
                    _date(c.given_on),
                    METHOD_TEXT.get(c.method, c.method),
                    _date(c.withdrawn_on),
                )
            )
    return DisclosedTable("同意の記録", ("区分", "内容", "同意日", "方法", "撤回日"), tuple(rows))


def _records(session: Session, v: RequestView) -> DisclosedTable:
    rows = []
    if v.subject_id is not None:
        for r in provisions.of_subject(session, v.subject_id):
            rows.append(
                (
                    DIRECTION_TEXT.get(r.direction, r.direction),
                    _date(r.provided_on),
                    r.counterparty,
                    r.items,
                    render(register.BASIS_LABELS.get(r.basis, r.basis), "ja"),
                    r.country if r.abroad else "",
                )
            )
    return DisclosedTable(
        "第三者提供・受領の記録",
        ("区分", "年月日", "相手方", "項目", "根拠", "外国"),
        tuple(rows),
    )


def _sensitive(session: Session, v: RequestView) -> DisclosedTable:
    rows = []
    if v.subject_id is not None:
        for item in subjects.sensitive_items(session, v.subject_id):
            kind = render(subjects.SENSITIVE_KINDS.get(item.kind, item.kind), "ja")
            rows.append((kind, item.note, _date(item.recorded_at.date())))
    return DisclosedTable("要配慮個人情報", ("区分", "内容", "記録日"), tuple(rows))


def _extracts(v: RequestView) -> list[DisclosedTable]:
    out = []
    for c in v.entries:
        if not c.extract_columns:
            continue
        withheld = {item: ground for item, ground in c.withheld}
        hide = [col in withheld for col in c.extract_columns]
        rows = tuple(
            tuple(WITHHELD_MARK if h else cell for cell, h in zip(row, hide, strict=False))
            for row in c.extract_rows
        )
        note = "、".join(f"「{i}」は{GROUND_TEXT.get(g, g)}開示しません" for i, g in c.withheld)
        title = f"{c.entry_name}（{c.extract_name}）" if c.extract_name else c.entry_name
        out.append(DisclosedTable(title, c.extract_columns, rows, note))
    return out


def _enclosures(v: RequestView) -> DisclosedTable | None:
    rows = tuple((c.entry_name, c.enclosure) for c in v.entries if c.enclosure)
    if not rows:
        return None
    return DisclosedTable("同封する資料（写し）", ("台帳", "資料"), rows)


def tables(session: Session, v: RequestView, to_person: bool) -> list[DisclosedTable]:
    """The attached tables of a disclosure decision, in the order the letter lists them."""
    decided = {t.type: t for t in v.types if t.decision in ("full", "partial")}
    hide = v.protected and not to_person
    out: list[DisclosedTable] = []
    if "disclosure" in decided:
        out += [_person(session, v, hide), _entries(session, v), _consents(session, v)]
        if decided["disclosure"].include_sensitive:
            out.append(_sensitive(session, v))
        out += _extracts(v)
        enclosed = _enclosures(v)
        if enclosed:
            out.append(enclosed)
    if "provision_records" in decided:
        out.append(_records(session, v))
    return out
