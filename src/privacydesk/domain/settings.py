"""One registry of per-database settings with typed defaults (read by every area)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    kind: type
    # Normalises a value of the right kind, or raises InvalidInput; None accepts any.
    check: Callable[[str, Any], Any] | None = field(default=None, compare=False)


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
MAX_TEXT = 1000  # a folder path; longer than any the OS accepts
_MONTH_DAY = re.compile(r"[0-9]{2}-[0-9]{2}")
YEAR_END_DAYS = ["12-29", "12-30", "12-31", "01-01", "01-02", "01-03"]
# The identity documents the office accepts (APPI.md section 8); the request form lists them.
IDENTITY_DOCUMENTS = [
    "運転免許証（両面）",
    "在留カード・特別永住者証明書（両面）",
    "マイナンバーカード（表面のみ）",
    "パスポート（2020年2月以降発行のものは住所を確認できる書類をもう1点）",
    "資格確認書（保険者番号・記号番号・QRコードを隠したもの）",
    "住民票の写し（本籍・マイナンバーの記載のないもの、発行から3か月以内）",
]
CALIBRATION_KEYS = (
    "window_left",
    "window_top",
    "window_width",
    "window_height",
    "play_x",
    "play_y",
)
CALIBRATION = {
    "window_left": 23.0,
    "window_top": 13.0,
    "window_width": 90.0,
    "window_height": 45.0,
    "play_x": 22.0,
    "play_y": 18.0,
}


def _month_days(key: str, value: Any) -> list[str]:
    # Text may list the days with commas.
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list | tuple) or not all(is_month_day(v) for v in value):
        raise InvalidInput("settings.wrong_type", key=key)
    return sorted(set(value))


def _text_list(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [part.strip() for part in value.splitlines() if part.strip()]
    if (
        not isinstance(value, list | tuple)
        or not value
        or len(value) > 40
        or not all(isinstance(v, str) and 0 < len(v.strip()) <= 200 for v in value)
    ):
        raise InvalidInput("settings.wrong_type", key=key)
    return [v.strip() for v in value]


def _calibration(key: str, value: Any) -> dict[str, float]:
    if not isinstance(value, dict) or set(value) != set(CALIBRATION_KEYS):
        raise InvalidInput("settings.wrong_type", key=key)
    try:
        out = {k: float(value[k]) for k in CALIBRATION_KEYS}
    except (TypeError, ValueError):
        raise InvalidInput("settings.wrong_type", key=key) from None
    if not all(0.0 <= v <= 200.0 for v in out.values()):
        raise InvalidInput("settings.out_of_range", key=key)
    return out


def _one_of(*choices: str) -> Callable[[str, Any], Any]:
    def check(key: str, value: Any) -> Any:
        if value not in choices:
            raise InvalidInput("settings.wrong_type", key=key)
        return value

    return check


def _month(key: str, value: Any) -> int:
    if not 1 <= value <= 12:
        raise InvalidInput("settings.out_of_range", key=key)
    return int(value)


def _month_count(key: str, value: Any) -> int:
    if not 1 <= value <= 24:
        raise InvalidInput("settings.out_of_range", key=key)
    return int(value)


def _minor_age(key: str, value: Any) -> int:
    # The Commission's Q&A speaks of about 12 to 15; the civil age of majority is 18.
    if not 6 <= value <= 20:
        raise InvalidInput("settings.out_of_range", key=key)
    return int(value)


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
        # Recurring "MM-DD" days the office is closed besides weekends and public holidays.
        SettingDef("calendar.office_closed_days", YEAR_END_DAYS, list, _month_days),
        # Leak final report: the day of knowing is day 1 (the earlier, safer reading).
        SettingDef("calendar.first_day_counts_leak", True, bool),
        SettingDef("requests.target_business_days", 10, int),
        # Certificates (住民票, 戸籍謄本, 印鑑登録証明書 …) must be this recent (APPI.md 8).
        SettingDef("requests.certificate_months", 3, int, _month_count),
        # Calendar days given in a letter to send identity documents or the missing fee.
        SettingDef("requests.identity_wait_days", 14, int),
        SettingDef("requests.fee_wait_days", 14, int),
        # Decisions go to a legal representative who made the request (seed 002's practice).
        SettingDef("requests.legal_rep_gets_decisions", True, bool),
        SettingDef("complaints.target_days", 14, int),
        # 速報 "promptly": shown as a target this many days after knowing (guideline: 3 to 5).
        SettingDef("incidents.preliminary_days", 3, int),
        SettingDef("org.fiscal_year_start_month", 4, int, _month),
        # The accredited personal information protection body the office belongs to, if any
        # (a notice must name it: Cabinet Order Art. 10).
        SettingDef("org.protection_body", "", str),
        # For the lighter security measures small organisations may take (GL 10 別添):
        # staff count (0 = not entered) and whether the office processes data for others.
        SettingDef("org.staff_count", 0, int),
        SettingDef("org.processes_for_others", False, bool),
        SettingDef("documents.identity_documents", IDENTITY_DOCUMENTS, list, _text_list),
        SettingDef("documents.number_prefix", "個保", str),
        SettingDef("documents.seal", "omitted", str, _one_of("omitted", "place")),
        SettingDef("envelope.calibration", CALIBRATION, dict, _calibration),
        # The register's yearly review: an entry not signed off for this many months is flagged.
        SettingDef("register.review_months", 12, int, _month),
        # Below this age a legal representative consents for the person (APPI.md 5b).
        SettingDef("subjects.minor_age", 16, int, _minor_age),
    ]
}


def is_month_day(value: object) -> bool:
    """A recurring day as "MM-DD" ("12-29"); "02-29" counts, as it exists in leap years."""
    if not isinstance(value, str) or not _MONTH_DAY.fullmatch(value):
        return False
    try:
        date(2000, int(value[:2]), int(value[3:]))
    except ValueError:
        return False
    return True


def get(session: Session, key: str) -> Any:
    definition = REGISTRY[key]
    # A copy of a list or dict default, so a caller changing it cannot change the registry.
    default = definition.default.copy() if definition.kind in (list, dict) else definition.default
    row = session.get(Setting, key)
    if row is None:
        return default
    value = json.loads(row.value)
    return value if isinstance(value, definition.kind) else default


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
    if definition.check is not None and (
        definition.kind in (list, dict) or isinstance(value, definition.kind)
    ):
        value = definition.check(key, value)
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
