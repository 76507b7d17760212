"""組織情報. The organisation profile that letters, notices and the board workbook read."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields

from sqlalchemy.orm import Session

from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Profile

PAYMENT_METHODS = ("postal_stamps", "money_order", "cash")  # 郵便切手, 定額小為替, 現金
_POSTAL = re.compile(r"^\d{3}-?\d{4}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\- ]{0,20}$")
TEXT_LIMITS = {"address": 500}


@dataclass
class ProfileData:
    name: str = ""
    postal_code: str = ""
    address: str = ""
    representative: str = ""
    manager_title: str = ""
    manager_name: str = ""
    desk_department: str = ""
    desk_phone: str = ""
    desk_fax: str = ""
    desk_email: str = ""
    fee_yen: int = 0
    payment_methods: list[str] = field(default_factory=list)
    retention_years: int = 5


def _clean(value: str) -> str:
    # Width folding for codes and numbers only; names are kept exactly as typed.
    return unicodedata.normalize("NFKC", value).strip()


def validate(data: ProfileData) -> ProfileData:
    problems: list[tuple[str, str, dict[str, object]]] = []
    for f in fields(ProfileData):
        value = getattr(data, f.name)
        if isinstance(value, str):
            if "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value):
                problems.append((f.name, "input.bad_characters", {}))
            limit = TEXT_LIMITS.get(f.name, 200)
            if len(value) > limit:
                problems.append((f.name, "input.too_long", {"max": limit}))
    postal = _clean(data.postal_code)
    if postal and not _POSTAL.match(postal):
        problems.append(("postal_code", "profile.bad_postal_code", {}))
    elif postal and "-" not in postal:
        postal = postal[:3] + "-" + postal[3:]
    for name in ("desk_phone", "desk_fax"):
        if not _PHONE.match(_clean(getattr(data, name))):
            problems.append((name, "profile.bad_phone", {}))
    if data.desk_email and not _EMAIL.match(_clean(data.desk_email)):
        problems.append(("desk_email", "profile.bad_email", {}))
    if not isinstance(data.fee_yen, int) or not 0 <= data.fee_yen <= 100_000:
        problems.append(("fee_yen", "profile.bad_fee", {}))
    unknown = [m for m in data.payment_methods if m not in PAYMENT_METHODS]
    if unknown:
        problems.append(("payment_methods", "profile.bad_payment_method", {}))
    if not isinstance(data.retention_years, int) or not 1 <= data.retention_years <= 50:
        problems.append(("retention_years", "profile.bad_retention", {}))
    if problems:
        raise InvalidInput("input.problems", problems=problems, count=len(problems))
    return ProfileData(
        **{
            **asdict(data),
            "postal_code": postal,
            "desk_phone": _clean(data.desk_phone),
            "desk_fax": _clean(data.desk_fax),
            "desk_email": _clean(data.desk_email),
        }
    )


def load(session: Session) -> ProfileData:
    row = session.get(Profile, 1)
    if row is None:
        return ProfileData()
    values = {f.name: getattr(row, f.name) for f in fields(ProfileData)}
    values["payment_methods"] = json.loads(row.payment_methods or "[]")
    return ProfileData(**values)


def save(session: Session, data: ProfileData, when: object) -> list[str]:
    """Store the profile; returns the names of the fields that changed (for the audit log)."""
    clean = validate(data)
    row = session.get(Profile, 1)
    if row is None:
        row = Profile(id=1)
        session.add(row)
    before = load(session) if row.name is not None else ProfileData()
    changed = [
        f.name for f in fields(ProfileData) if getattr(before, f.name) != getattr(clean, f.name)
    ]
    for f in fields(ProfileData):
        value = getattr(clean, f.name)
        setattr(row, f.name, json.dumps(value) if f.name == "payment_methods" else value)
    row.updated_at = when  # type: ignore[assignment]
    return changed
