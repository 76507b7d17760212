"""職員アカウント. Staff accounts and roles: the rules, no key handling (services join the two)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Account

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024
MAX_USERNAME_LENGTH = 64
MAX_DISPLAY_NAME_LENGTH = 200


class Role(StrEnum):
    MANAGER = "manager"  # 管理者
    STAFF = "staff"  # 担当者
    VIEWER = "viewer"  # 閲覧者


ALL_ROLES = frozenset(Role)


@dataclass(frozen=True)
class AccountRow:
    """A plain row for lists in the UI and CLI."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    disabled_at: datetime | None


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def is_encodable(text: str) -> bool:
    """False for text with lone surrogates (undecodable bytes from argv or a bad file)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def credential_text(text: str) -> str:
    """A user name or password as typed, or, if it cannot be encoded, one that never matches.

    No account name or password may contain NUL (validate_username and validate_password
    refuse it), so the sign-in fails as a wrong user name or password, after the same work.
    """
    return text if is_encodable(text) else "\x00"


def username_key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


def validate_username(name: str) -> str:
    cleaned = unicodedata.normalize("NFKC", name).strip()
    if not cleaned:
        raise InvalidInput("accounts.username_empty")
    if len(cleaned) > MAX_USERNAME_LENGTH:
        raise InvalidInput("accounts.username_too_long", max=MAX_USERNAME_LENGTH)
    if any(unicodedata.category(c).startswith(("C", "Z")) and c != " " for c in cleaned):
        raise InvalidInput("accounts.username_bad_chars")
    return cleaned


def validate_display_name(name: str) -> str:
    """The name shown in lists, kept as typed (no NFKC: 髙 and 﨑 stay as they are)."""
    cleaned = name.strip()
    if len(cleaned) > MAX_DISPLAY_NAME_LENGTH:
        raise InvalidInput("accounts.display_name_too_long", max=MAX_DISPLAY_NAME_LENGTH)
    if any(unicodedata.category(c) in ("Cc", "Cs") for c in cleaned):
        raise InvalidInput("accounts.display_name_bad_chars")
    return cleaned


def validate_password(password: str) -> None:
    normalised = unicodedata.normalize("NFKC", password)
    if len(normalised) < MIN_PASSWORD_LENGTH:
        raise InvalidInput("accounts.password_too_short", min=MIN_PASSWORD_LENGTH)
    if len(normalised) > MAX_PASSWORD_LENGTH:
        raise InvalidInput("accounts.password_too_long", max=MAX_PASSWORD_LENGTH)
    if any(c in normalised for c in "\x00\ud800") or any(
        0xD800 <= ord(c) <= 0xDFFF for c in normalised
    ):
        raise InvalidInput("accounts.password_bad_chars")


def password_strength(password: str) -> int:
    """0 (weak) to 4 (strong): length and variety, shown beside the password field."""
    p = unicodedata.normalize("NFKC", password)
    kinds = sum(
        [
            any(c.islower() for c in p),
            any(c.isupper() for c in p),
            any(c.isdigit() for c in p),
            any(not c.isalnum() for c in p),
            any(ord(c) > 0x2E80 for c in p),  # kana and kanji add a lot of variety
        ]
    )
    score = 0
    if len(p) >= MIN_PASSWORD_LENGTH:
        score = 1 + (kinds >= 2) + (len(p) >= 16) + (kinds >= 3 and len(p) >= 14)
    return min(score, 4)


def role_of(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput("accounts.unknown_role", role=value[:20]) from None


def to_row(a: Account) -> AccountRow:
    return AccountRow(
        a.id, a.username, a.display_name, Role(a.role), a.active, a.created_at, a.disabled_at
    )


def by_username(session: Session, name: str) -> Account | None:
    if not is_encodable(name):
        return None
    return session.execute(
        select(Account).where(Account.username_key == username_key(name))
    ).scalar_one_or_none()


def create(session: Session, name: str, role: Role, display_name: str = "") -> Account:
    cleaned = validate_username(name)
    display_name = validate_display_name(display_name)
    if by_username(session, cleaned) is not None:
        raise InvalidInput("accounts.username_taken")
    account = Account(
        username=cleaned,
        username_key=username_key(cleaned),
        display_name=display_name,
        role=role.value,
        active=True,
        created_at=now(),
        password_changed_at=now(),
    )
    session.add(account)
    session.flush()
    return account


def list_all(session: Session) -> list[AccountRow]:
    rows = session.execute(select(Account).order_by(Account.id)).scalars()
    return [to_row(a) for a in rows]


def active_managers(session: Session) -> int:
    return len(
        session.execute(
            select(Account.id).where(Account.role == Role.MANAGER.value, Account.active)
        ).all()
    )
