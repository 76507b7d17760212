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


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate(data: ProfileData) -> ProfileData:
    problems: list[tuple[str, str, dict[str, object]]] = []
    text_fields = [f.name for f in fields(ProfileData) if f.type in ("str", str)]
    for name in text_fields:
        value = getattr(data, name)
        if not isinstance(value, str):
            problems.append((name, "input.wrong_type", {}))
            continue
        if "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            problems.append((name, "input.bad_characters", {}))
        limit = TEXT_LIMITS.get(name, 200)
        if len(value) > limit:
            problems.append((name, "input.too_long", {"max": limit}))

    def text(name: str) -> str:  # a field of the wrong type is reported above; read as ""
        value = getattr(data, name)
        return value if isinstance(value, str) else ""

    postal = _clean(text("postal_code"))
    if postal and not _POSTAL.match(postal):
        problems.append(("postal_code", "profile.bad_postal_code", {}))
    elif postal and "-" not in postal:
        postal = postal[:3] + "-" + postal[3:]
    for name in ("desk_phone", "desk_fax"):
        if not _PHONE.match(_clean(text(name))):
            problems.append((name, "profile.bad_phone", {}))
    if text("desk_email") and not _EMAIL.match(_clean(text("desk_email"))):
        problems.append(("desk_email", "profile.bad_email", {}))
    if not _is_int(data.fee_yen) or not 0 <= data.fee_yen <= 100_000:
        problems.append(("fee_yen", "profile.bad_fee", {}))
    methods = data.payment_methods
    if (
        not isinstance(methods, list)
        or any(m not in PAYMENT_METHODS for m in methods)
        or len(set(methods)) != len(methods)
    ):
        problems.append(("payment_methods", "profile.bad_payment_method", {}))
    if not _is_int(data.retention_years) or not 1 <= data.retention_years <= 50:
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
