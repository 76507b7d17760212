"""同意: recording consents and their withdrawal, a person's consents with their derived
status, counts for the board report, and the printable consent form (同意書).

Viewing is for everyone; recording and withdrawing for staff and managers. Every change is
audited with ids and codes only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.documents import consent_form as consent_form_doc
from privacydesk.documents import templates
from privacydesk.domain import consent as consent_domain
from privacydesk.domain import documents as docs
from privacydesk.domain import profile as profile_domain
from privacydesk.domain.consent import (
    ConsentCounts,
    ConsentInput,
    ConsentRow,
    Problem,
    Withdrawal,
    check_text,
    raise_problems,
)
from privacydesk.errors import InvalidInput
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.documents import common_values, known_fields
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed
from privacydesk.storage.files import write_atomic
from privacydesk.storage.models import Purpose

__all__ = [
    "ConsentCounts",
    "ConsentInput",
    "ConsentRow",
    "Withdrawal",
    "consent_counts",
    "consent_form",
    "consent_status_counts",
    "consents_of",
    "get_consent",
    "preview_consent_form",
    "record_consent",
    "withdraw_consent",
]

FORM_KIND = "consent-form"
FORM_LIMITS = {"recipient": 300, "country": 100, "country_system": 3000, "recipient_measures": 3000}


@allowed(*STAFF_UP)
def record_consent(desk: Desk, data: ConsentInput, today: date | None = None) -> ConsentRow:
    with desk.uow(write=True) as s:
        row = consent_domain.record(s, data, today)
        desk.audit(
            s,
            "consent.recorded",
            "consent",
            row.id,
            {
                "subject": row.subject_id,
                "scope": row.scope,
                "method": row.method,
                "given_by": row.given_by,
                "purpose": row.purpose_id,
                "provision": row.provision_id,
            },
        )
        return row


@allowed(*STAFF_UP)
def withdraw_consent(
    desk: Desk, consent_id: int, withdrawal: Withdrawal, today: date | None = None
) -> ConsentRow:
    with desk.uow(write=True) as s:
        row = consent_domain.withdraw(s, consent_id, withdrawal, today)
        desk.audit(
            s,
            "consent.withdrawn",
            "consent",
            row.id,
            {"subject": row.subject_id, "scope": row.scope, "method": row.withdrawal_method},
        )
        return row


@allowed(*EVERYONE)
def get_consent(desk: Desk, consent_id: int) -> ConsentRow:
    with desk.uow() as s:
        return consent_domain.get(s, consent_id)


@allowed(*EVERYONE)
def consents_of(desk: Desk, subject_id: int, status: str | None = None) -> list[ConsentRow]:
    """A person's consents, newest first, each with its derived status."""
    with desk.uow() as s:
        return consent_domain.of_subject(s, subject_id, status)


@allowed(*EVERYONE)
def consent_counts(desk: Desk, start: date, end: date) -> ConsentCounts:
    """Consents given and withdrawn in a period (both days included)."""
    with desk.uow() as s:
        return consent_domain.counts(s, start, end)


@allowed(*EVERYONE)
def consent_status_counts(desk: Desk) -> dict[str, int]:
    with desk.uow() as s:
        return consent_domain.status_counts(s)


# -- The consent form ------------------------------------------------------------------------


def _purpose_texts(s: Session, purpose_ids: Sequence[int]) -> list[str]:
    ids = list(dict.fromkeys(purpose_ids))
    found = {
        p.id: p
        for p in s.execute(select(Purpose).where(Purpose.id.in_(ids))).scalars()
        if isinstance(p.id, int)
    }
    missing = [i for i in ids if i not in found]
    if missing:
        raise InvalidInput(
            "input.problems",
            problems=[("purpose_ids", "consent.unknown_purpose", {"id": str(i)}) for i in missing],
            count=len(missing),
        )
    return [f"{found[i].code}　{found[i].text}".strip("　") for i in ids]


def render_consent_form(
    s: Session,
    purpose_ids: Sequence[int],
    recipient: str = "",
    country: str = "",
    country_system: str = "",
    recipient_measures: str = "",
    *,
    today: date | None = None,
    text: str | None = None,
) -> bytes:
    """The 同意書 with the office's current wording (or `text`, for the template editor's
    preview). Refused without anything to consent to, and for a country without the
    information Enforcement Rules Art. 17 requires."""
    today = today or date.today()
    problems: list[Problem] = []
    values = {
        name: check_text(problems, name, value, FORM_LIMITS[name])
        for name, value in (
            ("recipient", recipient),
            ("country", country),
            ("country_system", country_system),
            ("recipient_measures", recipient_measures),
        )
    }
    if not purpose_ids and not values["recipient"] and not values["country"]:
        problems.append(("purpose_ids", "consent.form_empty", {}))
    if values["country"]:
        if not values["country_system"]:
            problems.append(("country_system", "consent.form_country_system_required", {}))
        if not values["recipient_measures"]:
            problems.append(("recipient_measures", "consent.form_measures_required", {}))
    elif values["country_system"] or values["recipient_measures"]:
        problems.append(("country", "consent.country_required", {}))
    raise_problems(problems)
    purposes = _purpose_texts(s, purpose_ids) if purpose_ids else []
    return _render(s, purposes, values, today, text)


def _render(
    s: Session, purposes: Sequence[str], values: dict[str, str], today: date, text: str | None
) -> bytes:
    if text is None:
        text = docs.active_template(s, FORM_KIND, templates.default_text(FORM_KIND)).text
    template = templates.parse(FORM_KIND, text, known_fields(FORM_KIND))
    filled = templates.fill(template, common_values(profile_domain.load(s), today))
    data = consent_form_doc.ConsentFormData(
        content=filled,
        purposes=tuple(purposes),
        minor_age=consent_domain.minor_age(s),
        **values,
    )
    return consent_form_doc.consent_form(data)


@allowed(*EVERYONE)
def consent_form(
    desk: Desk,
    purpose_ids: Sequence[int],
    recipient: str = "",
    country: str = "",
    country_system: str = "",
    recipient_measures: str = "",
    out: Path | None = None,
    today: date | None = None,
) -> bytes:
    """The printable 同意書: the organisation's wording, the purposes, the third party named
    and, for a transfer abroad, the country, its system and the recipient's measures. It
    carries no one's personal data until it is filled in by hand, so it leaves under the
    outbound policy like a blank form (audited)."""
    with desk.uow(write=True, bookkeeping=True) as s:
        pdf = render_consent_form(
            s,
            purpose_ids,
            recipient,
            country,
            country_system,
            recipient_measures,
            today=today,
        )
        outbound.leaving(desk, s, outbound.Outbound("form.consent", 0, False, False, "file"), out)
        if out is not None:  # inside the unit of work: a failed write is not audited
            write_atomic(out, pdf)
    return pdf


SAMPLE_PURPOSES = ("a.　会報の送付と行事のご案内", "b.　相談内容の記録と支援の提供")
SAMPLE_ABROAD = {
    "recipient": "Example Cloud Inc.（見本）",
    "country": "アメリカ合衆国（見本）",
    "country_system": "（見本）提供先の国の個人情報の保護に関する制度についての情報を記載します。",
    "recipient_measures": "（見本）提供先が講ずる個人情報の保護のための措置を記載します。",
}


@allowed(*EVERYONE)
def preview_consent_form(desk: Desk, text: str | None = None, today: date | None = None) -> bytes:
    """The 同意書 with sample purposes and a sample transfer abroad, for the template
    editor: the office's current wording, or `text` being edited."""
    with desk.uow() as s:
        return _render(s, SAMPLE_PURPOSES, dict(SAMPLE_ABROAD), today or date.today(), text)
