"""Documents: blank forms, template editing with preview, and issuing numbered letters.

Every document produced is recorded in the audit log (kind, record, number, who, when), never
its content; an issued letter's PDF is kept in the database until its record is disposed of.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from privacydesk.documents import forms, letter, templates
from privacydesk.documents.envelope import Calibration
from privacydesk.documents.letter import Addressee, LetterData, Sender
from privacydesk.documents.tables import Table
from privacydesk.documents.templates import Filled
from privacydesk.domain import documents as docs
from privacydesk.domain import profile as profile_domain
from privacydesk.domain import settings, wareki
from privacydesk.domain.accounts import Role
from privacydesk.domain.profile import ProfileData
from privacydesk.errors import InvalidInput, NotAllowed
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, STAFF_UP, allowed
from privacydesk.storage.files import write_atomic

FORMS = ("request", "power-of-attorney", "envelope-test")
ENCLOSURE_MAX = 200  # one line of a cover letter's list of what is enclosed
PAYMENT_LABELS = {"postal_stamps": "郵便切手", "money_order": "定額小為替", "cash": "現金"}
COMMON_FIELDS = frozenset(
    {
        "org_name",
        "org_address",
        "representative",
        "manager",
        "desk_department",
        "desk_phone",
        "desk_fax",
        "desk_email",
        "fee",
        "payment_methods",
        "retention_years",
        "today",
    }
)
# Placeholders each kind adds to the common ones (later areas add their kinds here).
KIND_FIELDS: dict[str, frozenset[str]] = {
    "form-cover": frozenset({"enclosures"}),
    "request-form": frozenset(),
    "power-of-attorney": frozenset(),
    "consent-form": frozenset(),  # services/consent.py draws its values
}
# Every letter about a data-subject request (services/requests.py fills these).
REQUEST_FIELDS = frozenset(
    {
        "request_number",  # the office's case reference, e.g. 請求2026-0012
        "received_date",  # 和暦
        "request_types",  # list: 開示（書面）, 利用停止・消去, …
        "request_types_text",  # the same, joined with 、
        "person_name",  # the person the request concerns
        "requester_name",  # who made it (the person or the agent)
        "target_date",  # the office's target reply date, 和暦
        "send_to",  # where to send documents: the desk's address and department
    }
)
REQUEST_KIND_FIELDS: dict[str, frozenset[str]] = {
    "acknowledgement": frozenset({"next_steps"}),
    "identity-check": frozenset({"missing", "masking", "accepted", "deadline"}),
    "fee-shortfall": frozenset({"fee_due", "fee_received", "shortfall", "deadline"}),
    "disclosure": frozenset({"decision", "method", "disclosed", "withheld"}),
    "non-disclosure": frozenset({"decision", "reasons"}),
    "correction-result": frozenset({"result", "changes", "reasons"}),
    "suspension-result": frozenset({"result", "measures", "reasons"}),
    "purpose-notice": frozenset({"purposes"}),
    "purpose-not-notified": frozenset({"reasons"}),
    "method-change": frozenset({"method_asked", "method_used", "reasons"}),
    "withdrawn": frozenset({"reasons"}),
    "password-notice": frozenset({"password", "delivery", "sent_date"}),
    # The explanatory enclosure in the person's language (English, やさしい日本語).
    "enclosure-en": frozenset({"letter_title", "explanation"}),
    "enclosure-easy-ja": frozenset({"letter_title", "explanation"}),
}
KIND_FIELDS.update({k: REQUEST_FIELDS | v for k, v in REQUEST_KIND_FIELDS.items()})
# お詫びとお知らせ to the persons of a leak incident (services/incidents.py fills these).
KIND_FIELDS["incident-notice"] = frozenset(
    {
        "incident_number",
        "incident_kind",
        "occurred_date",
        "known_date",
        "overview",
        "data_items",
        "cause",
        "secondary_harm",
        "prevention",
        "other_matters",
    }
)
SAMPLE_VALUES: dict[str, str | list[str]] = {
    "enclosures": ["保有個人データの開示等請求書　1部", "委任状　1部", "返信用封筒　1通"],
    # Data-subject requests (REQUEST_FIELDS and REQUEST_KIND_FIELDS). A name shared by several
    # kinds (reasons, decision, result, letter_title, explanation) has one sample for all.
    "request_number": "請求2026-0012",
    "received_date": "令和8年11月20日",
    "request_types": ["開示（書面）", "利用停止・消去"],
    "request_types_text": "開示（書面）、利用停止・消去",
    "person_name": "髙橋 花子",
    "requester_name": "髙橋 花子",
    "target_date": "令和8年12月4日",
    "send_to": "〒100-0001　東京都千代田区千代田1-1　個人情報相談窓口",
    "next_steps": [
        "手数料500円のお支払いが必要です（1,000円）。",
        "内容を確認のうえ、書面にてご回答いたします。",
    ],
    "missing": ["現住所を確認できる書類（住民票の写し等）の写し　1点"],
    "masking": [
        "本籍（記載がある場合）",
        "資格確認書・健康保険証の保険者番号、記号・番号、QRコード",
        "マイナンバー（個人番号）：マイナンバーカードは表面のみ、番号の記載された書類は送らないで"
        "ください",
    ],
    "accepted": ["運転免許証（両面）", "マイナンバーカード（表面のみ）", "住民票の写し"],
    "deadline": "令和8年12月18日",
    "fee_due": "1,000円",
    "fee_received": "500円",
    "shortfall": "500円",
    "decision": "一部開示",
    "method": "書面",
    "disclosed": [
        "別紙1　会員名簿に記録されている事項（氏名、住所、電話番号、入会年月日）",
        "別紙2　寄附の記録（令和6年度から令和8年度まで）",
    ],
    "withheld": [
        "相談記録：相談員の所見欄（業務の適正な実施に著しい支障を及ぼすおそれがあるため"
        "（個人情報の保護に関する法律第33条第2項第2号））",
    ],
    "reasons": [
        "ご請求の対象となる記録の一部は、保存期間の経過により既に廃棄しており、"
        "当法人は保有していません。",
    ],
    "result": "ご請求の一部について対応しました",
    "changes": [
        "住所を「東京都渋谷区神宮前一丁目2番3号」から「東京都渋谷区神宮前一丁目5番8号」に"
        "訂正しました。",
    ],
    "measures": [
        "会報の送付を停止しました。",
        "寄附のお願いの送付先名簿から削除しました（消去に代わる措置として、会計記録は法令上の"
        "保存期間が終わるまで保管します）。",
    ],
    "purposes": [
        "会員名簿の管理と会報の送付のため",
        "寄附の受領と領収書の発行のため",
        "相談事業における相談への対応のため",
    ],
    "method_asked": "電磁的記録",
    "method_used": "書面",
    "password": "Kx7mQ4tR9w",
    "delivery": "簡易書留",
    "sent_date": "令和8年12月2日",
    "letter_title": "受付のお知らせ / Acknowledgement of your request",
    "explanation": [
        "We received your request on 20 November 2026. / "
        "2026年11月20日に あなたの 請求を 受け取りました。",
        "We will answer by 4 December 2026. / 2026年12月4日までに 答えます。",
    ],
    # The incident notice (KIND_FIELDS["incident-notice"]).
    "incident_number": "事案2026-003",
    "incident_kind": "漏えい",
    "occurred_date": "令和8年11月18日",
    "known_date": "令和8年11月20日",
    "overview": "会報の発送の際、ご本人様あての封筒に、別の会員の方の会費納入状況を記載した書類を"
    "誤って同封し、送付いたしました。",
    "data_items": "氏名、会員番号、会費の納入状況",
    "cause": "封入作業の際に、宛名と書類の照合を行っていなかったため",
    "secondary_harm": "現時点で、二次被害は確認されておりません。",
    "prevention": "封入の際は二人で宛名と書類を照合し、照合の記録を残すことといたしました。",
    "other_matters": "誤って送付した書類は、受け取られた方のご協力により回収いたしました。",
}
SAMPLE_ADDRESSEE = Addressee(
    name="髙橋 花子",
    postal_code="150-0001",
    address="東京都渋谷区神宮前一丁目2番3号 みどりハイツ101",
)


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    version: int  # 0 = the default shipped with the app
    customised: bool


def fee_text(p: ProfileData) -> str:
    return f"{p.fee_yen:,}円" if p.fee_yen else "無料"


def common_values(p: ProfileData, today: date) -> dict[str, str | list[str]]:
    address = f"〒{p.postal_code}　{p.address}" if p.postal_code else p.address
    return {
        "org_name": p.name,
        "org_address": address,
        "representative": p.representative,
        "manager": f"{p.manager_title}　{p.manager_name}".strip("　"),
        "desk_department": p.desk_department,
        "desk_phone": p.desk_phone,
        "desk_fax": p.desk_fax,
        "desk_email": p.desk_email,
        "fee": fee_text(p),
        "payment_methods": "、".join(PAYMENT_LABELS.get(m, m) for m in p.payment_methods)
        or "窓口にお問い合わせください",
        "retention_years": str(p.retention_years),
        "today": wareki.to_wareki(today),
    }


def known_fields(kind: str) -> set[str]:
    if kind not in KIND_FIELDS:
        raise InvalidInput("template.unknown_kind", kind=kind[:60])
    return set(COMMON_FIELDS | KIND_FIELDS[kind])


def calibration(s: Session) -> Calibration:
    values = settings.get(s, "envelope.calibration")
    try:
        return Calibration(**{k: float(v) for k, v in dict(values).items()})
    except (TypeError, ValueError):
        return Calibration()


def identity_documents(s: Session) -> tuple[str, ...]:
    return tuple(settings.get(s, "documents.identity_documents"))


def sender(p: ProfileData) -> Sender:
    signatory = p.representative
    desk = tuple(
        x
        for x in (
            f"{p.desk_department}" if p.desk_department else "",
            f"電話 {p.desk_phone}" if p.desk_phone else "",
            f"メール {p.desk_email}" if p.desk_email else "",
        )
        if x
    )
    return Sender(
        organisation=p.name,
        postal_code=p.postal_code,
        address=p.address,
        signatory=signatory,
        desk=desk,
    )


def _template(s: Session, kind: str) -> tuple[templates.Template, int]:
    row = docs.active_template(s, kind, templates.default_text(kind))
    return templates.parse(kind, row.text, known_fields(kind)), row.version


def _values(
    s: Session, extra: Mapping[str, str | Sequence[str]], today: date
) -> dict[str, str | Sequence[str]]:
    return {**common_values(profile_domain.load(s), today), **extra}


def render_letter(
    s: Session,
    kind: str,
    addressee: Addressee,
    extra: Mapping[str, str | Sequence[str]],
    *,
    today: date,
    number: str | None,
    preview: bool,
    text: str | None = None,
    attachments: Sequence[Table] = (),
    enclosures: Sequence[Filled] = (),
) -> tuple[bytes, int]:
    """A letter of `kind` with the office's current wording (or `text`, when previewing);
    returns the PDF and the template version used (0 for the default)."""
    if text is None:
        template, version = _template(s, kind)
    else:
        template, version = templates.parse(kind, text, known_fields(kind)), -1
    filled = templates.fill(template, _values(s, extra, today))
    data = LetterData(
        addressee=addressee,
        sender=sender(profile_domain.load(s)),
        content=filled,
        date_text=wareki.to_wareki(today),
        number=number,
        preview=preview,
        seal=settings.get(s, "documents.seal"),
        attachments=tuple(attachments),
        enclosures=tuple(enclosures),
    )
    pdf, _layout = letter.render(data, calibration(s))
    return pdf, version


def render_form(s: Session, kind: str, today: date, text: str | None = None) -> bytes:
    if kind == "envelope-test":
        return forms.envelope_test_page(calibration(s), SAMPLE_ADDRESSEE)
    template_kind = {"request": "request-form", "power-of-attorney": "power-of-attorney"}[kind]
    if text is None:
        template, _ = _template(s, template_kind)
    else:
        template = templates.parse(template_kind, text, known_fields(template_kind))
    filled = templates.fill(template, _values(s, {}, today))
    p = profile_domain.load(s)
    data = forms.FormData(filled, identity_documents(s), fee_text(p) if p.fee_yen else "")
    return forms.request_form(data) if kind == "request" else forms.power_of_attorney(data)


@allowed(*EVERYONE)
def blank_form(desk: Desk, kind: str, out: Path | None = None, today: date | None = None) -> bytes:
    """A printable blank form: it carries the office's details only, no one's personal data."""
    if kind not in FORMS:
        raise InvalidInput("documents.unknown_form", kind=kind[:40])
    today = today or date.today()
    with desk.uow(write=True, bookkeeping=True) as s:
        pdf = render_form(s, kind, today)
        outbound.leaving(desk, s, outbound.Outbound(f"form.{kind}", 0, False, False, "file"), out)
        if out is not None:  # inside the unit of work: a failed write is not audited
            write_atomic(out, pdf)
    return pdf


@allowed(*EVERYONE)
def list_templates(desk: Desk) -> list[TemplateInfo]:
    with desk.uow() as s:
        out = []
        for kind in sorted(KIND_FIELDS):
            row = docs.active_template(s, kind, "")
            out.append(TemplateInfo(kind, row.version, row.version > 0))
        return out


@allowed(*EVERYONE)
def template_text(desk: Desk, kind: str) -> str:
    known_fields(kind)
    with desk.uow() as s:
        return docs.active_template(s, kind, templates.default_text(kind)).text


@allowed(*EVERYONE)
def preview(desk: Desk, kind: str, text: str | None = None, today: date | None = None) -> bytes:
    """The document with sample data and 見本, for the template editor."""
    today = today or date.today()
    if kind == "consent-form":  # a form of its own, drawn by the consent area
        from privacydesk.services import consent

        return consent.preview_consent_form(desk, text, today)
    with desk.uow() as s:
        if kind in ("request-form", "power-of-attorney"):
            form_kind = "request" if kind == "request-form" else "power-of-attorney"
            return render_form(s, form_kind, today, text)
        extra = {k: SAMPLE_VALUES[k] for k in KIND_FIELDS.get(kind, ()) if k in SAMPLE_VALUES}
        pdf, _version = render_letter(
            s, kind, SAMPLE_ADDRESSEE, extra, today=today, number=None, preview=True, text=text
        )
        return pdf


@allowed(*MANAGER)
def save_template(desk: Desk, kind: str, text: str) -> int:
    """A new version of the office's wording, refused if it would not print."""
    preview(desk, kind, text)  # refuses unknown placeholders, stray braces, undrawable text
    with desk.uow(write=True) as s:
        version = docs.save_template(s, kind, text, desk.context.account_id)
        desk.audit(s, "template.saved", "template", kind, {"version": version})
        return version


@allowed(*MANAGER)
def restore_default_template(desk: Desk, kind: str) -> None:
    known_fields(kind)
    with desk.uow(write=True) as s:
        count = docs.restore_default(s, kind)
        desk.audit(s, "template.restored_default", "template", kind, {"deactivated": count})


def issue_letter(
    desk: Desk,
    s: Session,
    kind: str,
    addressee: Addressee,
    extra: Mapping[str, str | Sequence[str]],
    *,
    record_type: str,
    record_id: str,
    today: date | None = None,
    prefix: str | None = None,
    substitution_note: str = "",
) -> tuple[str, bytes]:
    """Number, render, keep and audit a letter inside the caller's write unit of work.

    The number is allocated in the same transaction, so a failure never uses one up.
    """
    issued = issue_document(
        desk,
        s,
        kind,
        addressee,
        extra,
        record_type=record_type,
        record_id=record_id,
        today=today,
        prefix=prefix,
        substitution_note=substitution_note,
    )
    return issued.number, issued.pdf


@dataclass(frozen=True)
class Issued:
    number: str
    pdf: bytes
    document_id: int


def issue_document(
    desk: Desk,
    s: Session,
    kind: str,
    addressee: Addressee,
    extra: Mapping[str, str | Sequence[str]],
    *,
    record_type: str,
    record_id: str,
    today: date | None = None,
    prefix: str | None = None,
    substitution_note: str = "",
    attachments: Sequence[Table] = (),
    enclosures: Sequence[Filled] = (),
) -> Issued:
    """issue_letter with attached tables (別紙) and enclosure pages, returning the record's id."""
    if desk.context.role == Role.VIEWER:
        raise NotAllowed("auth.role_not_allowed", action="documents.issue_letter", role="viewer")
    today = today or date.today()
    start = settings.get(s, "org.fiscal_year_start_month")
    fy = docs.fiscal_year(today, start)
    prefix = prefix or settings.get(s, "documents.number_prefix")
    sequence = docs.allocate(s, prefix, fy)
    _era, era_year = wareki.wareki_year(date(fy, start, 1))
    number = docs.number_text(prefix, era_year, sequence)
    pdf, version = render_letter(
        s,
        kind,
        addressee,
        extra,
        today=today,
        number=number,
        preview=False,
        attachments=attachments,
        enclosures=enclosures,
    )
    doc = docs.record_issued(
        s,
        kind=kind,
        actor=desk.context.account_id,
        pdf=pdf,
        number=number,
        prefix=prefix,
        fy=fy,
        sequence=sequence,
        record_type=record_type,
        record_id=record_id,
        template_version=version,
        substitution_note=substitution_note,
    )
    desk.audit(
        s,
        "document.issued",
        record_type,
        record_id,
        {"kind": kind, "document": doc.id, "sequence": sequence, "fiscal_year": fy},
    )
    return Issued(number, pdf, doc.id)


def fill(s: Session, kind: str, extra: Mapping[str, str | Sequence[str]], today: date) -> Filled:
    """The office's current wording of `kind` filled with the common and given values."""
    template, _version = _template(s, kind)
    return templates.fill(template, _values(s, extra, today))


@allowed(*STAFF_UP)
def issue_cover_letter(
    desk: Desk,
    addressee: Addressee,
    enclosures: Sequence[str],
    out: Path | None = None,
    today: date | None = None,
) -> tuple[str, bytes]:
    """送付状 sent with the blank forms: the first numbered letter, kept and audited."""
    if any(len(str(x)) > ENCLOSURE_MAX for x in enclosures):
        # A pasted megabyte would print hundreds of pages after seconds of glyph checks.
        problem = ("enclosures", "input.too_long", {"max": ENCLOSURE_MAX})
        raise InvalidInput("input.problems", problems=[problem], count=1)
    with desk.uow(write=True) as s:
        number, pdf = issue_letter(
            desk,
            s,
            "form-cover",
            addressee,
            {"enclosures": list(enclosures)},
            record_type="enquiry",
            record_id="",
            today=today,
        )
        outbound.leaving(
            desk, s, outbound.Outbound("letter.form-cover", 1, True, False, "file"), out
        )
    if out is not None:
        write_atomic(out, pdf)
    return number, pdf


@allowed(*EVERYONE)
def save_pdf(desk: Desk, kind: str, pdf: bytes, out: Path, personal: bool = False) -> None:
    """A previewed document saved where the user chose, under the outbound policy."""
    with desk.uow(write=True, bookkeeping=True) as s:
        outbound.leaving(
            desk, s, outbound.Outbound(kind, 1 if personal else 0, personal, False, "file"), out
        )
        write_atomic(out, pdf)  # inside the unit of work: a failed write is not audited


@allowed(*EVERYONE)
def record_printed(desk: Desk, kind: str, personal: bool = False) -> None:
    """The system print dialog sent a document to the printer: audited like any export."""
    with desk.uow(write=True, bookkeeping=True) as s:
        outbound.leaving(
            desk, s, outbound.Outbound(kind, 1 if personal else 0, personal, False, "print")
        )


@allowed(*EVERYONE)
def envelope_settings(desk: Desk) -> tuple[Calibration, str]:
    with desk.uow() as s:
        return calibration(s), settings.get(s, "documents.seal")


@allowed(*EVERYONE)
def accepted_identity_documents(desk: Desk) -> list[str]:
    with desk.uow() as s:
        return list(identity_documents(s))


@allowed(*MANAGER)
def save_envelope_settings(
    desk: Desk, cal: Calibration, seal: str, identity: Sequence[str] | None = None
) -> None:
    """The envelope window, the seal, and the identity documents the forms list."""
    problems = cal.problems()
    if problems:
        raise InvalidInput(problems[0])
    with desk.uow(write=True) as s:
        settings.set_value(s, "envelope.calibration", dict(cal.__dict__))
        settings.set_value(s, "documents.seal", seal)
        if identity is not None:
            settings.set_value(s, "documents.identity_documents", list(identity))
        desk.audit(s, "settings.changed", "setting", "envelope.calibration")


def substitute(text: str, agreed: Mapping[str, str]) -> tuple[str, str]:
    """The conventional substitute the person agreed to (吉 for 𠮷), for printing only.

    Returns the text to print and the note kept on the issued document's record; the name in
    the database stays as written. Only agreed characters are replaced.
    """
    printed = []
    notes = []
    for ch in text:
        if ch in agreed:
            printed.append(agreed[ch])
            notes.append(f"{ch}(U+{ord(ch):04X})→{agreed[ch]}")
        else:
            printed.append(ch)
    return "".join(printed), "、".join(dict.fromkeys(notes))
