"""The organisation profile (組織情報) and per-database settings (設定)."""

from __future__ import annotations

from typing import Any

from privacydesk.domain import profile, settings
from privacydesk.domain.accounts import now
from privacydesk.domain.profile import PAYMENT_METHODS, ProfileData
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, allowed

__all__ = ["PAYMENT_METHODS", "ProfileData"]


@allowed(*EVERYONE)
def get_profile(desk: Desk) -> ProfileData:
    with desk.uow() as s:
        return profile.load(s)


@allowed(*MANAGER)
def save_profile(desk: Desk, data: ProfileData) -> list[str]:
    with desk.uow(write=True) as s:
        changed = profile.save(s, data, now())
        # Field names only: the values may be a person's name (the representative).
        desk.audit(s, "profile.saved", "profile", 1, {"fields": len(changed)})
        return changed


@allowed(*EVERYONE)
def get_settings(desk: Desk) -> dict[str, Any]:
    with desk.uow() as s:
        return settings.all_values(s)


@allowed(*MANAGER)
def set_setting(desk: Desk, key: str, value: Any) -> None:
    with desk.uow(write=True) as s:
        settings.set_value(s, key, value)
        desk.audit(s, "settings.changed", "setting", key)
