"""漏えい等事案. Leaks, loss and damage of personal data (Article 26; Enforcement Rules 7–10;
APPI.md sections 2 and 9): whether the Commission must be told, and by when.

Reportable when any circumstance of Enforcement Rules Article 7 applies: (1) sensitive data,
(2) data whose misuse could cause financial damage, (3) possibly a wrongful purpose
(including data being collected), (4) more than 1,000 persons; data under advanced
encryption is exempt. Deadlines run from the day anyone in the organisation first knew:
- 速報 (preliminary): "promptly", shown as a target of a setting's days (default 3);
- 確報 (final): 30 days, or 60 where a wrongful purpose is possible, holidays included; a last
  day on which administrative bodies are closed (the government calendar, never the office's
  own closures) moves to the next open day; the day of knowing is day 1 by default (setting);
- notice to the persons: promptly, with the preliminary report's target.
Each date is returned with the rule that made it, for the page to show beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from privacydesk.domain import settings
from privacydesk.domain.accounts import now
from privacydesk.domain.calendar import Calendar, period_end
from privacydesk.domain.consent import Problem, raise_problems, read_date
from privacydesk.domain.mynumber import checked_text
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Contractor, Incident, IncidentEntry, RegisterEntry

RECORD_TYPE = "incident"
KINDS = ("leak", "loss", "damage")  # 漏えい, 滅失, 毀損
NOTICE_METHODS = ("individual", "public", "desk")  # 本人への通知, 公表, 問合せ窓口
PERSONS_THRESHOLD = 1000  # "more than 1,000": 1,001 is reportable, 1,000 alone is not
REASONS = (
    "incident.reason_sensitive",
    "incident.reason_financial",
    "incident.reason_wrongful",
    "incident.reason_many",
)
TEXT_FIELDS = (
    "found_by",
    "description",
    "items",
    "containment",
    "cause",
    "secondary_harm",
    "prevention",
    "response_to_persons",
    "public_announcement",
    "other",
)
FLAGS = ("possible", "persons_estimated", "sensitive", "financial", "wrongful", "encrypted")


# -- the rules -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    reportable: bool
    reasons: tuple[str, ...]  # message codes: why it is (or why it is not) reportable


def judge(
    *, sensitive: bool, financial: bool, wrongful: bool, persons: int | None, encrypted: bool
) -> Judgement:
    reasons = []
    if sensitive:
        reasons.append("incident.reason_sensitive")
    if financial:
        reasons.append("incident.reason_financial")
    if wrongful:
        reasons.append("incident.reason_wrongful")
    if persons is not None and persons > PERSONS_THRESHOLD:
        reasons.append("incident.reason_many")
    if encrypted:
        return Judgement(False, ("incident.exempt_encrypted",))
    if not reasons:
        return Judgement(False, ("incident.not_reportable",))
    return Judgement(True, tuple(reasons))


@dataclass(frozen=True)
class Deadline:
    step: str  # preliminary | final | notice
    due: date
    rule: str  # a message code naming the rule used
    rule_params: dict[str, Any]
    done_on: date | None


def preliminary_due(known: date, days: int) -> date:
    return known + timedelta(days=days)


def final_due(known: date, wrongful: bool, first_day_counts: bool) -> date:
    return period_end(
        known,
        60 if wrongful else 30,
        Calendar.government(),
        first_day_counts=first_day_counts,
        roll_forward=True,
    )


def deadlines(
    *,
    known: date,
    wrongful: bool,
    reportable: bool,
    preliminary_days: int,
    first_day_counts: bool,
    done: dict[str, date | None],
) -> list[Deadline]:
    """The steps still owed (and those done), each with its due date and rule."""
    if not reportable:
        return []
    days = 60 if wrongful else 30
    prelim = preliminary_due(known, preliminary_days)
    return [
        Deadline(
            "preliminary",
            prelim,
            "incident.rule_preliminary",
            {"days": preliminary_days},
            done.get("preliminary"),
        ),
        Deadline(
            "notice", prelim, "incident.rule_notice", {"days": preliminary_days}, done.get("notice")
        ),
        Deadline(
            "final",
            final_due(known, wrongful, first_day_counts),
            "incident.rule_final_day1" if first_day_counts else "incident.rule_final_civil",
            {"days": days},
            done.get("final"),
        ),
    ]


def next_deadline(items: Sequence[Deadline]) -> Deadline | None:
    open_ = [d for d in items if d.done_on is None]
    return min(open_, key=lambda d: (d.due, d.step)) if open_ else None


# -- input --------------------------------------------------------------------------------------


@dataclass
class IncidentData:
    kind: str = "leak"
    possible: bool = False
    occurred_on: date | str | None = None
    known_on: date | str | None = None
    office_told_on: date | str | None = None
    found_by: str = ""
    description: str = ""
    items: str = ""
    persons: int | None = None
    persons_estimated: bool = False
    sensitive: bool = False
    financial: bool = False
    wrongful: bool = False
    encrypted: bool = False
    containment: str = ""
    cause: str = ""
    secondary_harm: str = ""
    prevention: str = ""
    response_to_persons: str = ""
    public_announcement: str = ""
    other: str = ""
    contractor_id: int | None = None
    entry_ids: list[int] | None = None


def validate(session: Session, data: IncidentData, today: date) -> dict[str, Any]:
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    if data.kind not in KINDS:
        problems.append(("kind", "input.unknown_choice", {"value": str(data.kind)[:20]}))
    out["kind"] = data.kind
    for name in TEXT_FIELDS:
        out[name] = checked_text(problems, name, getattr(data, name), 8000)
    for name in FLAGS:
        out[name] = bool(getattr(data, name))
    known = read_date(
        problems, "known_on", data.known_on, today, future_code="requests.future_date"
    )
    occurred = read_date(
        problems,
        "occurred_on",
        data.occurred_on,
        today,
        required=False,
        future_code="requests.future_date",
    )
    told = read_date(
        problems,
        "office_told_on",
        data.office_told_on,
        today,
        required=False,
        future_code="requests.future_date",
    )
    if known and occurred and occurred > known:
        problems.append(("occurred_on", "incidents.occurred_after_known", {}))
    if known and told and told < known:
        problems.append(("office_told_on", "incidents.told_before_known", {}))
    out.update(known_on=known, occurred_on=occurred, office_told_on=told)
    persons = data.persons
    if persons is not None and (
        not isinstance(persons, int) or isinstance(persons, bool) or not 0 <= persons <= 10**9
    ):
        problems.append(("persons", "incidents.bad_persons", {}))
        persons = None
    out["persons"] = persons
    if data.contractor_id is not None and (
        not isinstance(data.contractor_id, int)
        or session.get(Contractor, data.contractor_id) is None
    ):
        problems.append(
            ("contractor_id", "contractors.not_found", {"id": str(data.contractor_id)[:20]})
        )
    out["contractor_id"] = data.contractor_id
    entries = []
    for i in data.entry_ids or []:
        if not isinstance(i, int) or session.get(RegisterEntry, i) is None:
            problems.append(("entry_ids", "requests.unknown_entry", {"id": str(i)[:20]}))
        elif i not in entries:
            entries.append(i)
    raise_problems(problems)
    out["_entries"] = entries
    return out


def _load(session: Session, incident_id: int) -> Incident:
    row = (
        session.get(Incident, incident_id)
        if isinstance(incident_id, int) and not isinstance(incident_id, bool)
        else None
    )
    if row is None:
        raise InvalidInput("incidents.not_found", id=str(incident_id)[:20])
    return row


def _set_entries(session: Session, incident_id: int, ids: Sequence[int]) -> None:
    session.execute(delete(IncidentEntry).where(IncidentEntry.incident_id == incident_id))
    for i in ids:
        session.add(IncidentEntry(incident_id=incident_id, entry_id=i))


def create(
    session: Session,
    data: IncidentData,
    actor: int | None,
    today: date,
    mailing_id: int | None = None,
) -> int:
    values = validate(session, data, today)
    entries = values.pop("_entries")
    row = Incident(
        **values, mailing_id=mailing_id, status="open", created_at=now(), created_by=actor
    )
    session.add(row)
    session.flush()
    _set_entries(session, row.id, entries)
    session.flush()
    return row.id


def update(
    session: Session, incident_id: int, data: IncidentData, actor: int | None, today: date
) -> list[str]:
    from privacydesk.domain import history

    row = _load(session, incident_id)
    values = validate(session, data, today)
    entries = values.pop("_entries")
    changed = history.apply(session, row, RECORD_TYPE, values, actor)
    if data.entry_ids is not None:
        _set_entries(session, row.id, entries)
    session.flush()
    return changed


def record_step(
    session: Session,
    incident_id: int,
    step: str,
    done_on: date | str,
    today: date,
    notice_method: str = "",
) -> None:
    """A step done: the preliminary or final report, or the notice to the persons."""
    row = _load(session, incident_id)
    problems: list[Problem] = []
    if step not in ("preliminary", "final", "notice"):
        problems.append(("step", "input.unknown_choice", {"value": str(step)[:20]}))
    day = read_date(problems, "done_on", done_on, today, future_code="requests.future_date")
    if day and day < row.known_on:
        problems.append(("done_on", "incidents.before_known", {}))
    if step == "notice" and notice_method not in NOTICE_METHODS:
        problems.append(
            ("notice_method", "input.unknown_choice", {"value": str(notice_method)[:20]})
        )
    if step == "final" and row.preliminary_on is None:
        problems.append(("step", "incidents.final_before_preliminary", {}))
    raise_problems(problems)
    if step == "preliminary":
        row.preliminary_on = day
    elif step == "final":
        row.final_on = day
    else:
        row.notice_on, row.notice_method = day, notice_method
    session.flush()


def close(session: Session, incident_id: int, today: date) -> None:
    row = _load(session, incident_id)
    view_ = view(session, incident_id, today)
    if any(d.done_on is None for d in view_.deadlines):
        raise InvalidInput("incidents.steps_open")
    row.status, row.closed_on = "closed", today
    session.flush()


def reopen(session: Session, incident_id: int) -> None:
    row = _load(session, incident_id)
    row.status, row.closed_on = "open", None
    session.flush()


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentView:
    id: int
    number: str
    data: IncidentData
    mailing_id: int | None
    status: str
    closed_on: date | None
    judgement: Judgement
    deadlines: tuple[Deadline, ...]
    next: Deadline | None
    notice_method: str


def number_of(incident_id: int, known: date) -> str:
    return f"事案{known.year}-{incident_id:03d}"


def view(session: Session, incident_id: int, today: date) -> IncidentView:
    row = _load(session, incident_id)
    entries = list(
        session.scalars(select(IncidentEntry.entry_id).where(IncidentEntry.incident_id == row.id))
    )
    data = IncidentData(
        **{n: getattr(row, n) for n in ("kind", *TEXT_FIELDS, *FLAGS)},
        occurred_on=row.occurred_on,
        known_on=row.known_on,
        office_told_on=row.office_told_on,
        persons=row.persons,
        contractor_id=row.contractor_id,
        entry_ids=entries,
    )
    j = judge(
        sensitive=row.sensitive,
        financial=row.financial,
        wrongful=row.wrongful,
        persons=row.persons,
        encrypted=row.encrypted,
    )
    items = deadlines(
        known=row.known_on,
        wrongful=row.wrongful,
        reportable=j.reportable,
        preliminary_days=settings.get(session, "incidents.preliminary_days"),
        first_day_counts=settings.get(session, "calendar.first_day_counts_leak"),
        done={"preliminary": row.preliminary_on, "final": row.final_on, "notice": row.notice_on},
    )
    return IncidentView(
        row.id,
        number_of(row.id, row.known_on),
        data,
        row.mailing_id,
        row.status,
        row.closed_on,
        j,
        tuple(items),
        next_deadline(items),
        row.notice_method,
    )


def incident_ids(session: Session, open_only: bool = False) -> list[int]:
    q = select(Incident.id).order_by(Incident.known_on.desc(), Incident.id.desc())
    if open_only:
        q = q.where(Incident.status == "open")
    return list(session.scalars(q))
