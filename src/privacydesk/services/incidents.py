"""漏えい等事案. Use cases for leak incidents: recording one (or opening one from a misdelivered
letter), whether it is reportable and why, every deadline with its rule, the steps done,
closing, the home page's list of open incidents with their next deadline, the summary sheet
for the Commission's report and the notice to each person (お詫びとお知らせ).

Viewing is for everyone; recording and both documents for staff and managers (a protected
person's notice for managers only). Audited with ids and codes only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from privacydesk.documents import fonts
from privacydesk.documents.incident_summary import (
    DeadlineLine,
    IncidentSummaryData,
    incident_summary,
    kind_text,
)
from privacydesk.documents.letter import Addressee
from privacydesk.domain import incidents as domain
from privacydesk.domain import profile as profile_domain
from privacydesk.domain import subjects as subjects_domain
from privacydesk.domain import wareki
from privacydesk.domain.accounts import Role
from privacydesk.domain.incidents import (
    KINDS,
    NOTICE_METHODS,
    Deadline,
    IncidentData,
    IncidentView,
    Judgement,
)
from privacydesk.errors import InvalidInput
from privacydesk.messages import render
from privacydesk.services import documents, outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed
from privacydesk.storage.files import write_atomic
from privacydesk.storage.models import Contractor

__all__ = [
    "KINDS",
    "NOTICE_METHODS",
    "Deadline",
    "IncidentData",
    "IncidentRow",
    "IncidentView",
    "Judgement",
]


@dataclass(frozen=True)
class IncidentRow:
    id: int
    number: str
    kind: str
    possible: bool
    known_on: date
    persons: int | None
    reportable: bool
    reasons: tuple[str, ...]
    status: str
    next: Deadline | None
    urgent: bool  # the next deadline is within one day or past


def _today(today: date | None) -> date:
    return today or date.today()


def _row(v: IncidentView, today: date) -> IncidentRow:
    urgent = v.next is not None and (v.next.due - today).days <= 1
    return IncidentRow(
        v.id,
        v.number,
        v.data.kind,
        v.data.possible,
        v.data.known_on,  # type: ignore[arg-type]
        v.data.persons,
        v.judgement.reportable,
        v.judgement.reasons,
        v.status,
        v.next,
        urgent and v.status == "open",
    )


@allowed(*EVERYONE)
def list_incidents(
    desk: Desk, today: date | None = None, open_only: bool = False
) -> list[IncidentRow]:
    today = _today(today)
    with desk.uow() as s:
        return [_row(domain.view(s, i, today), today) for i in domain.incident_ids(s, open_only)]


@allowed(*EVERYONE)
def get(desk: Desk, incident_id: int, today: date | None = None) -> IncidentView:
    with desk.uow() as s:
        return domain.view(s, incident_id, _today(today))


@allowed(*EVERYONE)
def judge(desk: Desk, data: IncidentData) -> Judgement:
    """Whether an incident as entered would be reportable, and why (before saving)."""
    return domain.judge(
        sensitive=data.sensitive,
        financial=data.financial,
        wrongful=data.wrongful,
        persons=data.persons,
        encrypted=data.encrypted,
    )


@allowed(*STAFF_UP)
def create(desk: Desk, data: IncidentData, today: date | None = None) -> int:
    with desk.uow(write=True) as s:
        iid = domain.create(s, data, desk.context.account_id, _today(today))
        _audit(desk, s, "incident.recorded", iid)
        return iid


@allowed(*STAFF_UP)
def update(
    desk: Desk, incident_id: int, data: IncidentData, today: date | None = None
) -> list[str]:
    with desk.uow(write=True) as s:
        changed = domain.update(s, incident_id, data, desk.context.account_id, _today(today))
        _audit(desk, s, "incident.updated", incident_id, {"fields": len(changed)})
        return changed


@allowed(*STAFF_UP)
def record_step(
    desk: Desk,
    incident_id: int,
    step: str,
    done_on: date | str,
    notice_method: str = "",
    today: date | None = None,
) -> None:
    with desk.uow(write=True) as s:
        domain.record_step(s, incident_id, step, done_on, _today(today), notice_method)
        _audit(
            desk,
            s,
            "incident.step_done",
            incident_id,
            {"step": step if step in ("preliminary", "final", "notice") else ""},
        )


@allowed(*STAFF_UP)
def close(desk: Desk, incident_id: int, today: date | None = None) -> None:
    with desk.uow(write=True) as s:
        domain.close(s, incident_id, _today(today))
        _audit(desk, s, "incident.closed", incident_id)


@allowed(*STAFF_UP)
def reopen(desk: Desk, incident_id: int) -> None:
    with desk.uow(write=True) as s:
        domain.reopen(s, incident_id)
        _audit(desk, s, "incident.reopened", incident_id)


@allowed(*EVERYONE)
def attention(desk: Desk, today: date | None = None) -> list[IncidentRow]:
    """Every open incident with its next deadline, soonest first (the home page)."""
    rows = list_incidents(desk, today, open_only=True)
    return sorted(rows, key=lambda r: (r.next is None, r.next.due if r.next else r.known_on))


def _audit(
    desk: Desk, s: Session, action: str, incident_id: int, summary: dict[str, object] | None = None
) -> None:
    desk.audit(s, action, domain.RECORD_TYPE, incident_id, summary or {})


def open_from_mailing(
    desk: Desk, s: Session, mailing_id: int, known_on: date, data: IncidentData
) -> int:
    """Inside the caller's unit of work: a misdelivered letter opens an incident."""
    iid = domain.create(s, data, desk.context.account_id, known_on, mailing_id=mailing_id)
    _audit(desk, s, "incident.recorded", iid, {"mailing": mailing_id})
    return iid


# -- documents --------------------------------------------------------------------------------

NOTICE_KIND = "incident-notice"
STEP_CODES = {
    "preliminary": "incident.step.preliminary",
    "notice": "incident.step.notice",
    "final": "incident.step.final",
}
NOT_YET_KNOWN = "現在調査中です。"


def _contractor_name(s: Session, contractor_id: int | None) -> str:
    row = s.get(Contractor, contractor_id) if contractor_id is not None else None
    return row.name if row is not None else ""


def _summary_data(s: Session, v: IncidentView, today: date) -> IncidentSummaryData:
    d = v.data
    return IncidentSummaryData(
        organisation=profile_domain.load(s).name,
        number=v.number,
        made_on=today,
        kind=d.kind,
        possible=d.possible,
        known_on=d.known_on,  # type: ignore[arg-type]
        reportable=v.judgement.reportable,
        reasons=[render(code, "ja") for code in v.judgement.reasons],
        deadlines=[
            DeadlineLine(
                render(STEP_CODES[x.step], "ja"),
                x.due,
                render(x.rule, "ja", **x.rule_params),
                x.done_on,
            )
            for x in v.deadlines
        ],
        occurred_on=d.occurred_on,  # type: ignore[arg-type]
        office_told_on=d.office_told_on,  # type: ignore[arg-type]
        found_by=d.found_by,
        description=d.description,
        items=d.items,
        persons=d.persons,
        persons_estimated=d.persons_estimated,
        cause=d.cause,
        secondary_harm=d.secondary_harm,
        response_to_persons=d.response_to_persons,
        notice_on=next((x.done_on for x in v.deadlines if x.step == "notice"), None),
        notice_method=v.notice_method,
        public_announcement=d.public_announcement,
        prevention=d.prevention,
        containment=d.containment,
        other=d.other,
        contractor=_contractor_name(s, d.contractor_id),
    )


@allowed(*STAFF_UP)
def summary_pdf(
    desk: Desk, incident_id: int, out: Path | None = None, today: date | None = None
) -> bytes:
    """漏えい等事案の概要: the sheet for the report to the Commission (the judgement, the
    deadlines, the nine items). It holds the details of a leak but names no person."""
    today = _today(today)
    with desk.uow(write=True, bookkeeping=True) as s:
        v = domain.view(s, incident_id, today)
        pdf = incident_summary(_summary_data(s, v, today))
        outbound.leaving(
            desk, s, outbound.Outbound("form.incident-summary", 1, False, False, "file"), out
        )
        if out is not None:  # inside the unit of work: a failed write is not audited
            write_atomic(out, pdf)
    return pdf


def _known(text: str, empty: str = NOT_YET_KNOWN) -> str:
    return text.strip() or empty


def notice_values(v: IncidentView) -> dict[str, str]:
    """The incident-notice template's values, from the incident as recorded."""
    d = v.data
    other = [d.other.strip()] if d.other.strip() else []
    if d.containment.strip():
        other.append(d.containment.strip())
    return {
        "incident_number": v.number,
        "incident_kind": kind_text(d.kind, d.possible),
        "occurred_date": wareki.to_wareki(d.occurred_on) if d.occurred_on else "調査中",  # type: ignore[arg-type]
        "known_date": wareki.to_wareki(d.known_on),  # type: ignore[arg-type]
        "overview": _known(d.description),
        "data_items": _known(d.items),
        "cause": _known(d.cause),
        "secondary_harm": _known(d.secondary_harm),
        "prevention": _known(d.prevention, "現在検討中です。"),
        "other_matters": "\n".join(other) or "特にありません。",
    }


def _require_drawable(v: IncidentView) -> None:
    """Refuse, naming the incident's own field, a text the letter could not print (the
    letter engine would name only its 記 item)."""
    d = v.data
    names = ("description", "items", "cause", "secondary_harm", "prevention", "other")
    fonts.require_drawable(
        [(n, getattr(d, n)) for n in (*names, "containment")], fonts.FontFamily.MINCHO
    )


def _person_addressee(desk: Desk, s: Session, subject_id: int) -> Addressee:
    person = subjects_domain.get(s, subject_id)
    if person.protected and desk.context.role != Role.MANAGER:
        raise InvalidInput("incidents.notice_protected", id=subject_id)
    if not person.legal_name.strip() or not person.address.strip():
        raise InvalidInput("incidents.notice_no_address", id=subject_id)
    if person.country:
        lines = [x.strip() for x in person.address.splitlines() if x.strip()]
        if person.postal_code and person.postal_code not in person.address:
            lines.append(person.postal_code)
        return Addressee(name=person.legal_name, country=person.country, lines=tuple(lines))
    return Addressee(name=person.legal_name, postal_code=person.postal_code, address=person.address)


@allowed(*STAFF_UP)
def notice_letter(
    desk: Desk,
    incident_id: int,
    subject_id: int,
    out: Path | None = None,
    today: date | None = None,
) -> tuple[str, bytes]:
    """お詫びとお知らせ to one person (Article 26(2), Enforcement Rules Article 10): numbered,
    kept on the incident and audited. A protected person's (所在秘匿) notice is for a manager
    to issue. Issuing does not record the notice step: that is done when it is sent."""
    today = _today(today)
    with desk.uow(write=True) as s:
        v = domain.view(s, incident_id, today)
        addressee = _person_addressee(desk, s, subject_id)
        _require_drawable(v)
        issued = documents.issue_document(
            desk,
            s,
            NOTICE_KIND,
            addressee,
            notice_values(v),
            record_type=domain.RECORD_TYPE,
            record_id=str(v.id),
            today=today,
        )
        outbound.leaving(
            desk, s, outbound.Outbound(f"letter.{NOTICE_KIND}", 1, True, False, "file"), out
        )
    if out is not None:
        write_atomic(out, issued.pdf)
    return issued.number, issued.pdf
