"""役職員等. Everyone who handles personal data for the office (employees, volunteers, board
members; not only the app's accounts): their non-disclosure pledges (誓約書), the trainings
held and who attended with their understanding checked (人的安全管理措置, GL 10-4).

Flags are derived, never stored, each with a message code and its parameters: an active
member (no end date, or one still to come) without a pledge, or without a training attended
in the past twelve months.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from privacydesk.domain.accounts import now
from privacydesk.domain.consent import Problem, raise_problems, read_date
from privacydesk.domain.contractors import add_months
from privacydesk.domain.mynumber import checked_text
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Account, Pledge, StaffMember, Training, TrainingAttendance

KINDS = ("employee", "volunteer", "board", "other")  # 職員 / ボランティア / 役員 / その他
KIND_TEXT = {"employee": "職員", "volunteer": "ボランティア", "board": "役員", "other": "その他"}
TRAINING_MONTHS = 12  # a member with no training attended within this many months is flagged
FLAG_CODES = ("staff.no_pledge", "staff.training_overdue")
FAR = date(2200, 1, 1)  # start and end dates may lie ahead (a volunteer starting next month)
LIMITS = {
    "name": 300,
    "role": 2000,
    "notes": 4000,
    "version": 60,
    "kept_where": 1000,
    "topic": 300,
    "material": 2000,
}


def _text(problems: list[Problem], name: str, value: object) -> str:
    return checked_text(problems, name, value, LIMITS.get(name, 4000))


def _has(problems: list[Problem], name: str) -> bool:
    return any(p[0] == name for p in problems)


def _id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_active(end_on: date | None, today: date) -> bool:
    """Active: no end date, or an end date still in the future (on the last day they count as
    left). Someone starting soon counts as active: the pledge and the training come first."""
    return end_on is None or end_on > today


# -- members --------------------------------------------------------------------------------------


@dataclass
class StaffData:
    name: str = ""
    kind: str = "employee"
    role: str = ""  # their part in handling personal data
    account_id: int | None = None  # the app account, when they have one
    start_on: date | str | None = None
    end_on: date | str | None = None
    notes: str = ""


def validate(session: Session, data: StaffData, staff_id: int | None) -> dict[str, Any]:
    problems: list[Problem] = []
    out: dict[str, Any] = {
        k: _text(problems, k, getattr(data, k)) for k in ("name", "role", "notes")
    }
    if not out["name"] and not _has(problems, "name"):
        problems.append(("name", "staff.name_required", {}))
    if data.kind not in KINDS:
        problems.append(("kind", "input.unknown_choice", {"value": str(data.kind)[:40]}))
    out["kind"] = data.kind if data.kind in KINDS else KINDS[0]
    out["start_on"] = read_date(problems, "start_on", data.start_on, FAR, required=False)
    out["end_on"] = read_date(problems, "end_on", data.end_on, FAR, required=False)
    if out["start_on"] and out["end_on"] and out["end_on"] < out["start_on"]:
        problems.append(("end_on", "staff.end_before_start", {}))
    account = data.account_id
    if account is not None:
        if not _id(account) or session.get(Account, account) is None:
            problems.append(("account_id", "staff.account_not_found", {"id": str(account)[:20]}))
        else:
            other = session.scalar(
                select(StaffMember.id).where(
                    StaffMember.account_id == account,
                    StaffMember.id != (staff_id or 0),
                )
            )
            if other is not None:
                problems.append(("account_id", "staff.account_linked", {"id": other}))
    out["account_id"] = account
    raise_problems(problems)
    return out


def _load(session: Session, staff_id: object) -> StaffMember:
    row = session.get(StaffMember, staff_id) if _id(staff_id) else None
    if row is None:
        raise InvalidInput("staff.not_found", id=str(staff_id)[:20])
    return row


def create(session: Session, data: StaffData) -> int:
    row = StaffMember(**validate(session, data, None), created_at=now())
    session.add(row)
    session.flush()
    return row.id


def update_member(session: Session, staff_id: int, data: StaffData) -> list[str]:
    row = _load(session, staff_id)
    values = validate(session, data, row.id)
    changed = [k for k, v in values.items() if getattr(row, k) != v]
    for k in changed:
        setattr(row, k, values[k])
    session.flush()
    return changed


def delete_member(session: Session, staff_id: int) -> None:
    """Only a member with no pledge and no attendance (a slip): anyone else is a record that
    stays, with an end date when they leave (their pledge goes on after leaving)."""
    row = _load(session, staff_id)
    pledges = session.scalar(select(func.count()).where(Pledge.staff_id == row.id))
    attended = session.scalar(select(func.count()).where(TrainingAttendance.staff_id == row.id))
    if pledges or attended:
        raise InvalidInput("staff.has_records")
    session.delete(row)
    session.flush()


def data_of(row: StaffMember) -> StaffData:
    return StaffData(
        name=row.name,
        kind=row.kind,
        role=row.role,
        account_id=row.account_id,
        start_on=row.start_on,
        end_on=row.end_on,
        notes=row.notes,
    )


# -- pledges --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PledgeRow:
    id: int
    staff_id: int
    signed_on: date
    version: str
    kept_where: str
    continues_after_leaving: bool


def add_pledge(
    session: Session,
    staff_id: int,
    signed_on: date | str,
    version: str,
    kept_where: str,
    continues_after_leaving: bool,
    today: date,
) -> int:
    row = _load(session, staff_id)
    problems: list[Problem] = []
    signed = read_date(problems, "signed_on", signed_on, today, future_code="requests.future_date")
    version = _text(problems, "version", version)
    kept = _text(problems, "kept_where", kept_where)
    if not isinstance(continues_after_leaving, bool):
        problems.append(("continues_after_leaving", "input.wrong_type", {}))
    raise_problems(problems)
    assert signed is not None
    pledge = Pledge(
        staff_id=row.id,
        signed_on=signed,
        version=version,
        kept_where=kept,
        continues_after_leaving=continues_after_leaving,
    )
    session.add(pledge)
    session.flush()
    return pledge.id


def remove_pledge(session: Session, pledge_id: int) -> int:
    """A pledge entered by mistake; returns its member's id."""
    pledge = session.get(Pledge, pledge_id) if _id(pledge_id) else None
    if pledge is None:
        raise InvalidInput("staff.pledge_not_found")
    staff_id = pledge.staff_id
    session.delete(pledge)
    session.flush()
    return staff_id


def pledges_of(session: Session, staff_id: int) -> list[PledgeRow]:
    return [
        PledgeRow(p.id, p.staff_id, p.signed_on, p.version, p.kept_where, p.continues_after_leaving)
        for p in session.scalars(
            select(Pledge)
            .where(Pledge.staff_id == staff_id)
            .order_by(Pledge.signed_on.desc(), Pledge.id.desc())
        )
    ]


# -- trainings ------------------------------------------------------------------------------------


@dataclass
class TrainingData:
    held_on: date | str | None = None  # may lie ahead: a training planned, its sheet printed
    topic: str = ""
    material: str = ""


@dataclass(frozen=True)
class TrainingRow:
    id: int
    held_on: date
    topic: str
    material: str
    attendees: int
    understood: int  # attendees whose understanding was checked


@dataclass(frozen=True)
class AttendeeRow:
    staff_id: int
    name: str
    kind: str
    understanding_checked: bool


@dataclass(frozen=True)
class TrainingDetail:
    id: int
    data: TrainingData
    attendees: tuple[AttendeeRow, ...]


def _training_values(data: TrainingData) -> dict[str, Any]:
    problems: list[Problem] = []
    held = read_date(problems, "held_on", data.held_on, FAR)
    topic = _text(problems, "topic", data.topic)
    material = _text(problems, "material", data.material)
    if not topic and not _has(problems, "topic"):
        problems.append(("topic", "staff.topic_required", {}))
    raise_problems(problems)
    return {"held_on": held, "topic": topic, "material": material}


def _training(session: Session, training_id: object) -> Training:
    row = session.get(Training, training_id) if _id(training_id) else None
    if row is None:
        raise InvalidInput("staff.training_not_found", id=str(training_id)[:20])
    return row


def create_training(session: Session, data: TrainingData) -> int:
    row = Training(**_training_values(data), created_at=now())
    session.add(row)
    session.flush()
    return row.id


def update_training(session: Session, training_id: int, data: TrainingData, today: date) -> None:
    row = _training(session, training_id)
    values = _training_values(data)
    attended = session.scalar(select(func.count()).where(TrainingAttendance.training_id == row.id))
    if attended and values["held_on"] > today:
        raise InvalidInput(
            "input.problems",
            problems=[("held_on", "staff.training_not_held", {})],
            count=1,
        )
    for k, v in values.items():
        setattr(row, k, v)
    session.flush()


def delete_training(session: Session, training_id: int) -> None:
    session.delete(_training(session, training_id))
    session.flush()


def set_attendance(
    session: Session,
    training_id: int,
    attendees: Sequence[tuple[int, bool]],
    today: date,
) -> int:
    """Who attended, each with whether their understanding was checked (理解度確認), replacing
    the list; returns how many. Only for a training already held."""
    row = _training(session, training_id)
    if row.held_on > today:
        raise InvalidInput(
            "input.problems", problems=[("held_on", "staff.training_not_held", {})], count=1
        )
    problems: list[Problem] = []
    clean: dict[int, bool] = {}
    for staff_id, checked in attendees:
        if not _id(staff_id) or session.get(StaffMember, staff_id) is None:
            problems.append(("attendees", "staff.not_found", {"id": str(staff_id)[:20]}))
            continue
        clean[staff_id] = bool(checked)
    raise_problems(problems)
    session.execute(delete(TrainingAttendance).where(TrainingAttendance.training_id == row.id))
    session.add_all(
        TrainingAttendance(training_id=row.id, staff_id=sid, understanding_checked=checked)
        for sid, checked in clean.items()
    )
    session.flush()
    return len(clean)


def _training_rows(session: Session, trainings: Sequence[Training]) -> list[TrainingRow]:
    ids = [t.id for t in trainings]
    counts: dict[int, tuple[int, int]] = {}
    if ids:
        for tid, total, understood in session.execute(
            select(
                TrainingAttendance.training_id,
                func.count(),
                func.sum(TrainingAttendance.understanding_checked),
            )
            .where(TrainingAttendance.training_id.in_(ids))
            .group_by(TrainingAttendance.training_id)
        ):
            counts[tid] = (int(total), int(understood or 0))
    return [
        TrainingRow(t.id, t.held_on, t.topic, t.material, *counts.get(t.id, (0, 0)))
        for t in trainings
    ]


def list_trainings(session: Session) -> list[TrainingRow]:
    return _training_rows(
        session,
        list(session.scalars(select(Training).order_by(Training.held_on.desc(), Training.id))),
    )


def training_detail(session: Session, training_id: int) -> TrainingDetail:
    row = _training(session, training_id)
    return TrainingDetail(
        id=row.id,
        data=TrainingData(row.held_on, row.topic, row.material),
        attendees=tuple(
            AttendeeRow(m.id, m.name, m.kind, a.understanding_checked)
            for a, m in session.execute(
                select(TrainingAttendance, StaffMember)
                .join(StaffMember, StaffMember.id == TrainingAttendance.staff_id)
                .where(TrainingAttendance.training_id == row.id)
                .order_by(StaffMember.name, StaffMember.id)
            )
        ),
    )


def sheet_names(session: Session, training_id: int) -> tuple[TrainingRow, list[str]]:
    """The training and the names its attendance sheet lists: those recorded as attending,
    or, before attendance is recorded, every member active on the training's day."""
    row = _training(session, training_id)
    detail = training_detail(session, row.id)
    names = [a.name for a in detail.attendees]
    if not names:
        members = session.scalars(select(StaffMember).order_by(StaffMember.name, StaffMember.id))
        names = [m.name for m in members if is_active(m.end_on, row.held_on)]
    return _training_rows(session, [row])[0], names


# -- flags, the list, the detail --------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Facts:
    last_pledge: date | None = None
    last_training: date | None = None  # the last training attended (held on or before today)


def flags(row: StaffMember, facts: Facts, today: date) -> list[Flag]:
    if not is_active(row.end_on, today):
        return []  # someone who left: the pledge goes on, nothing is asked of them any more
    out: list[Flag] = []
    if facts.last_pledge is None:
        out.append(Flag("staff.no_pledge"))
    cutoff = add_months(today, -TRAINING_MONTHS)
    if facts.last_training is None or facts.last_training < cutoff:
        last = facts.last_training.isoformat() if facts.last_training else ""
        out.append(Flag("staff.training_overdue", {"date": last}))
    return out


def _facts(session: Session, ids: Sequence[int], today: date) -> dict[int, Facts]:
    if not ids:
        return {}
    pledges = dict(
        session.execute(
            select(Pledge.staff_id, func.max(Pledge.signed_on))
            .where(Pledge.staff_id.in_(ids))
            .group_by(Pledge.staff_id)
        ).all()
    )
    trainings = dict(
        session.execute(
            select(TrainingAttendance.staff_id, func.max(Training.held_on))
            .join(Training, Training.id == TrainingAttendance.training_id)
            .where(TrainingAttendance.staff_id.in_(ids), Training.held_on <= today)
            .group_by(TrainingAttendance.staff_id)
        ).all()
    )
    return {i: Facts(pledges.get(i), trainings.get(i)) for i in ids}


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    kind: str
    role: str
    account_id: int | None
    account_name: str  # the account's username, "" without one
    start_on: date | None
    end_on: date | None
    active: bool
    last_pledge_on: date | None
    last_training_on: date | None
    flags: tuple[Flag, ...]


def _account_names(session: Session, rows: Sequence[StaffMember]) -> dict[int, str]:
    ids = [r.account_id for r in rows if r.account_id is not None]
    if not ids:
        return {}
    return dict(
        session.execute(select(Account.id, Account.username).where(Account.id.in_(ids))).all()
    )


def list_staff(
    session: Session, today: date, active_only: bool = False, flagged_only: bool = False
) -> list[StaffRow]:
    rows = list(session.scalars(select(StaffMember).order_by(StaffMember.name, StaffMember.id)))
    facts = _facts(session, [r.id for r in rows], today)
    accounts = _account_names(session, rows)
    out = []
    for r in rows:
        active = is_active(r.end_on, today)
        found = tuple(flags(r, facts[r.id], today))
        if (active_only and not active) or (flagged_only and not found):
            continue
        out.append(
            StaffRow(
                r.id,
                r.name,
                r.kind,
                r.role,
                r.account_id,
                accounts.get(r.account_id, "") if r.account_id is not None else "",
                r.start_on,
                r.end_on,
                active,
                facts[r.id].last_pledge,
                facts[r.id].last_training,
                found,
            )
        )
    return out


@dataclass(frozen=True)
class AttendedRow:
    training_id: int
    held_on: date
    topic: str
    understanding_checked: bool


@dataclass(frozen=True)
class StaffDetail:
    id: int
    data: StaffData
    account_name: str
    active: bool
    pledges: tuple[PledgeRow, ...]
    trainings: tuple[AttendedRow, ...]
    flags: tuple[Flag, ...]


def detail(session: Session, staff_id: int, today: date) -> StaffDetail:
    row = _load(session, staff_id)
    facts = _facts(session, [row.id], today)[row.id]
    return StaffDetail(
        id=row.id,
        data=data_of(row),
        account_name=_account_names(session, [row]).get(row.account_id or 0, ""),
        active=is_active(row.end_on, today),
        pledges=tuple(pledges_of(session, row.id)),
        trainings=tuple(
            AttendedRow(t.id, t.held_on, t.topic, a.understanding_checked)
            for a, t in session.execute(
                select(TrainingAttendance, Training)
                .join(Training, Training.id == TrainingAttendance.training_id)
                .where(TrainingAttendance.staff_id == row.id)
                .order_by(Training.held_on.desc(), Training.id.desc())
            )
        ),
        flags=tuple(flags(row, facts, today)),
    )


def member_name(session: Session, staff_id: int) -> tuple[str, str]:
    """(name, kind) of a member, for the pledge form."""
    row = _load(session, staff_id)
    return row.name, row.kind


def attention(session: Session, today: date) -> dict[str, int]:
    """Counts for the home page: active members without a pledge, and without a training
    attended in the past twelve months."""
    codes = [{f.code for f in r.flags} for r in list_staff(session, today, active_only=True)]
    return {
        "no_pledge": sum("staff.no_pledge" in c for c in codes),
        "training_overdue": sum("staff.training_overdue" in c for c in codes),
    }
