"""One registry of per-database settings with typed defaults (read by every area)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    kind: type


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
MAX_TEXT = 1000  # a folder path; longer than any the OS accepts

REGISTRY: dict[str, SettingDef] = {
    d.key: d
    for d in [
        SettingDef("backup.folder", "", str),  # "" means the app's own backups folder
        SettingDef("backup.generations", 10, int),
        SettingDef("backup.max_age_days", 7, int),
        SettingDef("backup.on_close", True, bool),
        SettingDef("ui.auto_lock_minutes", 10, int),
        SettingDef("storage.shared_folder_opt_in", False, bool),
        SettingDef("storage.synced_warning_shown", False, bool),
    ]
}


def get(session: Session, key: str) -> Any:
    definition = REGISTRY[key]
    row = session.get(Setting, key)
    if row is None:
        return definition.default
    value = json.loads(row.value)
    return value if isinstance(value, definition.kind) else definition.default


def set_value(session: Session, key: str, value: Any) -> None:
    definition = REGISTRY.get(key)
    if definition is None:
        raise InvalidInput("settings.unknown", key=key[:80])
    if definition.kind is int and isinstance(value, str):
        try:
            value = int(value)
        except ValueError:
            raise InvalidInput("settings.not_a_number", key=key) from None
    if definition.kind is bool and isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            value = True
        elif word in _FALSE:
            value = False
        else:
            raise InvalidInput("settings.wrong_type", key=key)
    if not isinstance(value, definition.kind) or (
        definition.kind is int and isinstance(value, bool)
    ):
        raise InvalidInput("settings.wrong_type", key=key)
    if definition.kind is int and not 0 <= value <= 10_000:
        raise InvalidInput("settings.out_of_range", key=key)
    if definition.kind is str and (
        len(value) > MAX_TEXT or "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    ):
        raise InvalidInput("settings.bad_text", key=key, max=MAX_TEXT)
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def all_values(session: Session) -> dict[str, Any]:
    return {key: get(session, key) for key in REGISTRY}
