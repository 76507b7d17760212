"""本人確認. Which identity and authority documents prove what (APPI.md section 8), and what
a request's documents still leave missing. A suggestion for the officer, who decides.

Documents are recorded by kind and date only: never a number, least of all a My Number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


# Identity and authority documents: what each proves (APPI.md section 8).
@dataclass(frozen=True)
class DocKind:
    photo: bool = False
    address: bool = False
    certificate: bool = False  # must be issued within the setting's months
    role: str = "id"  # id | legal_authority | power_of_attorney | seal


DOC_KINDS: dict[str, DocKind] = {
    "driver_licence": DocKind(photo=True, address=True),
    "residence_card": DocKind(photo=True, address=True),
    "mynumber_card": DocKind(photo=True, address=True),  # front only; never the number
    "passport": DocKind(photo=True),  # the address only on passports issued before 2020-02
    "qualification_cert": DocKind(address=True),  # 資格確認書, numbers masked
    "resident_record": DocKind(address=True, certificate=True),  # 住民票の写し
    "koseki": DocKind(certificate=True, role="legal_authority"),  # 戸籍謄本
    "registry_cert": DocKind(certificate=True, role="legal_authority"),  # 登記事項証明書
    "power_of_attorney": DocKind(role="power_of_attorney"),  # 委任状
    "seal_cert": DocKind(certificate=True, role="seal"),  # 印鑑登録証明書
    "signature_cert": DocKind(role="seal"),  # サイン証明
    "person_id_copy": DocKind(role="seal"),  # a copy of the person's ID (no seal registered)
    "other": DocKind(),
}
PASSPORT_NO_ADDRESS_FROM = date(2020, 2, 4)
WHOSE = ("person", "agent", "authority")
MISSING_CODES = (
    "person_id",
    "person_address",
    "agent_id",
    "legal_authority",
    "power_of_attorney",
    "seal_or_signature",
    "certificate_too_old",
)

# What to send, as the identity-check letter words it (Japanese, whatever the UI language).
MISSING_TEXT = {
    "person_id": "ご本人の本人確認書類（顔写真付きのもの1点、または顔写真のないもの2点）の写し",
    "person_address": "現住所を確認できる書類（2020年2月以降に発行されたパスポートには住所の記載が"
    "ないため、住民票の写し等をもう1点）",
    "agent_id": "代理人ご本人の本人確認書類の写し",
    "legal_authority": "法定代理権を確認できる書類（戸籍謄本または登記事項証明書）",
    "power_of_attorney": "ご本人が署名した委任状",
    "seal_or_signature": "ご本人の印鑑登録証明書、署名証明書（サイン証明）、"
    "またはご本人の本人確認書類の写しのいずれか",
    "certificate_too_old": "発行から{months}か月以内の証明書（お送りいただいた証明書は発行から"
    "{months}か月を過ぎていました）",
}
MASKING_TEXT = (
    "本籍（記載がある場合）",
    "資格確認書・健康保険証の保険者番号、記号・番号、QRコード",
    "マイナンバー（個人番号）：マイナンバーカードは表面のみ、通知カードや番号の記載された"
    "住民票は送らないでください",
)


@dataclass(frozen=True)
class DocumentRow:
    id: int
    whose: str
    kind: str
    received_on: date
    issued_on: date | None
    note: str


def identity_gaps(
    requester_kind: str, docs: Sequence[DocumentRow], today: date, certificate_months: int
) -> list[str]:
    """What the documents received still leave missing, as MISSING_CODES (a suggestion the
    officer confirms; the decision to accept is theirs)."""
    gaps: list[str] = []
    oldest = _months_before(today, certificate_months)

    def fresh(d: DocumentRow) -> bool:
        kind = DOC_KINDS.get(d.kind, DocKind())
        return not kind.certificate or (d.issued_on is not None and d.issued_on >= oldest)

    def proves_identity(ds: list[DocumentRow]) -> tuple[bool, bool]:
        photo = [d for d in ds if DOC_KINDS.get(d.kind, DocKind()).photo and fresh(d)]
        other = [
            d
            for d in ds
            if d.kind in DOC_KINDS
            and DOC_KINDS[d.kind].role == "id"
            and not DOC_KINDS[d.kind].photo
            and d.kind != "other"
            and fresh(d)
        ]
        ok = bool(photo) or len(other) >= 2
        with_address = [
            d
            for d in photo + other
            if DOC_KINDS[d.kind].address
            or (d.kind == "passport" and d.issued_on and d.issued_on < PASSPORT_NO_ADDRESS_FROM)
        ]
        return ok, bool(with_address)

    if any(not fresh(d) for d in docs if DOC_KINDS.get(d.kind, DocKind()).certificate):
        gaps.append("certificate_too_old")
    person = [d for d in docs if d.whose == "person"]
    agent = [d for d in docs if d.whose == "agent"]
    authority = [d for d in docs if d.whose == "authority" and fresh(d)]
    roles = {DOC_KINDS.get(d.kind, DocKind()).role for d in authority}
    if requester_kind == "person":
        ok, address = proves_identity(person)
        if not ok:
            gaps.append("person_id")
        elif not address:
            gaps.append("person_address")
    else:
        ok, _address = proves_identity(agent)
        if not ok:
            gaps.append("agent_id")
        if requester_kind == "legal_rep" and "legal_authority" not in roles:
            gaps.append("legal_authority")
        if requester_kind == "appointed_agent":
            if "power_of_attorney" not in roles:
                gaps.append("power_of_attorney")
            if "seal" not in roles and not proves_identity(person)[0]:
                gaps.append("seal_or_signature")
    return gaps


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in range(day.day, 0, -1):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 1)
