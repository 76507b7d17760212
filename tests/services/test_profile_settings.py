"""The organisation profile (組織情報) and settings through the services."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from privacydesk.errors import ExitCode, InvalidInput, NotAllowed
from privacydesk.services import accounts, audit, auth, profile
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData

VALID = ProfileData(
    name="特定非営利活動法人 髙橋﨑子ネット",
    postal_code="100-0001",
    address="東京都千代田区千代田1-1 ①ビル",
    representative="髙橋 \ufa19子",  # U+FA19 (神), a compatibility ideograph: kept as is
    manager_title="個人情報保護管理者",
    manager_name="渡邉 德子",
    desk_department="個人情報相談窓口",
    desk_phone="03-1234-5678",
    desk_fax="03-1234-5679",
    desk_email="privacy@example.jp",
    fee_yen=1000,
    payment_methods=["postal_stamps", "cash"],
    retention_years=5,
)


def _with(**changes: Any) -> ProfileData:
    return dataclasses.replace(VALID, **changes)


def _problems(desk: Desk, data: ProfileData) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        profile.save_profile(desk, data)
    assert info.value.exit_code == ExitCode.INVALID_INPUT == 6
    assert info.value.code == "input.problems"
    assert info.value.params["count"] == len(info.value.problems)
    return {field: code for field, code, _params in info.value.problems}


def test_valid_profile_round_trips_exactly(desk: Desk) -> None:
    assert "\ufa19" in VALID.representative
    changed = profile.save_profile(desk, VALID)
    assert set(changed) == {f.name for f in dataclasses.fields(ProfileData)} - {"retention_years"}
    loaded = profile.get_profile(desk)
    assert loaded == VALID
    assert loaded.representative == "髙橋 \ufa19子"  # not folded to U+795E
    assert "髙橋" in loaded.name and "﨑" in loaded.name
    assert profile.save_profile(desk, VALID) == []  # nothing changed the second time


def test_codes_are_width_folded_but_names_are_not(desk: Desk) -> None:
    profile.save_profile(
        desk,
        _with(
            postal_code="１０００００１",
            desk_phone="０３－１２３４－５６７８",
            name="ＮＰＯ法人　ｱｲｳ",
        ),
    )
    loaded = profile.get_profile(desk)
    assert loaded.postal_code == "100-0001"
    assert loaded.desk_phone == "03-1234-5678"
    assert loaded.name == "ＮＰＯ法人　ｱｲｳ"


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"postal_code": "12-34567"}, "postal_code", "profile.bad_postal_code"),
        ({"postal_code": "abc"}, "postal_code", "profile.bad_postal_code"),
        ({"desk_email": "not an email"}, "desk_email", "profile.bad_email"),
        ({"desk_email": "a@b"}, "desk_email", "profile.bad_email"),
        ({"desk_phone": "call me"}, "desk_phone", "profile.bad_phone"),
        ({"fee_yen": -1}, "fee_yen", "profile.bad_fee"),
        ({"fee_yen": 100_001}, "fee_yen", "profile.bad_fee"),
        ({"fee_yen": True}, "fee_yen", "profile.bad_fee"),
        ({"fee_yen": "1000"}, "fee_yen", "profile.bad_fee"),
        ({"retention_years": 0}, "retention_years", "profile.bad_retention"),
        ({"retention_years": 51}, "retention_years", "profile.bad_retention"),
        ({"payment_methods": ["bitcoin"]}, "payment_methods", "profile.bad_payment_method"),
        ({"payment_methods": "cash"}, "payment_methods", "profile.bad_payment_method"),
        ({"name": "NPO\x00法人"}, "name", "input.bad_characters"),
        ({"representative": "髙橋\ud800"}, "representative", "input.bad_characters"),
        ({"address": "x" * 1_000_000}, "address", "input.too_long"),
        ({"name": "名" * 1_000_000}, "name", "input.too_long"),
        ({"manager_name": None}, "manager_name", "input.wrong_type"),
    ],
)
def test_invalid_values_are_reported_per_field(
    desk: Desk, changes: dict[str, Any], field: str, code: str
) -> None:
    problems = _problems(desk, _with(**changes))
    assert problems == {field: code}
    assert profile.get_profile(desk) == ProfileData()  # nothing was saved


def test_several_problems_at_once(desk: Desk) -> None:
    problems = _problems(
        desk,
        _with(postal_code="x", desk_email="y", fee_yen=-5, retention_years=99, name="\x00"),
    )
    assert problems == {
        "postal_code": "profile.bad_postal_code",
        "desk_email": "profile.bad_email",
        "fee_yen": "profile.bad_fee",
        "retention_years": "profile.bad_retention",
        "name": "input.bad_characters",
    }


def test_profile_audit_has_counts_not_values(desk: Desk) -> None:
    profile.save_profile(desk, VALID)
    entries = audit.list_entries(desk, action_prefix="profile.saved")
    assert len(entries) == 1
    summary = json.loads(entries[0].summary)
    assert summary == {"fields": 12}
    text = json.dumps(dataclasses.asdict(entries[0]), ensure_ascii=False)
    for value in dataclasses.asdict(VALID).values():
        for part in value if isinstance(value, list) else [value]:
            if isinstance(part, str) and len(part) > 3:
                assert part not in text


def test_staff_and_viewer_may_read_but_not_save(
    desk: Desk, created: tuple[Desk, auth.RecoverySheet]
) -> None:
    profile.save_profile(desk, VALID)
    accounts.add_user(desk, "tantou", "staff", "staff pass phrase 1")
    accounts.add_user(desk, "etsuran", "viewer", "viewer pass phrase 1")
    for name, password in (("tantou", "staff pass phrase 1"), ("etsuran", "viewer pass phrase 1")):
        other = auth.sign_in(desk.path, name, password)
        try:
            assert profile.get_profile(other) == VALID
            with pytest.raises(NotAllowed):
                profile.save_profile(other, _with(name="乗っ取り"))
            with pytest.raises(NotAllowed):
                profile.set_setting(other, "backup.generations", 3)
            assert profile.get_settings(other)["backup.generations"] == 10
        finally:
            other.close()
    assert profile.get_profile(desk).name == VALID.name


def test_settings_defaults_and_changes(desk: Desk) -> None:
    values = profile.get_settings(desk)
    assert values["backup.generations"] == 10
    assert values["backup.max_age_days"] == 7
    assert values["backup.on_close"] is True
    profile.set_setting(desk, "backup.generations", 3)
    profile.set_setting(desk, "backup.max_age_days", "14")
    profile.set_setting(desk, "backup.on_close", "false")
    profile.set_setting(desk, "storage.synced_warning_shown", "yes")
    values = profile.get_settings(desk)
    assert values["backup.generations"] == 3
    assert values["backup.max_age_days"] == 14
    assert values["backup.on_close"] is False
    assert values["storage.synced_warning_shown"] is True
    entries = audit.list_entries(desk, action_prefix="settings.changed")
    assert {e.record_id for e in entries} == {
        "backup.generations",
        "backup.max_age_days",
        "backup.on_close",
        "storage.synced_warning_shown",
    }


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("no.such_setting", 1, "settings.unknown"),
        ("backup.generations", "many", "settings.not_a_number"),
        ("backup.generations", 2.5, "settings.wrong_type"),
        ("backup.generations", True, "settings.wrong_type"),
        ("backup.generations", -1, "settings.out_of_range"),
        ("backup.on_close", 1, "settings.wrong_type"),
        ("backup.on_close", "perhaps", "settings.wrong_type"),
        ("backup.folder", 5, "settings.wrong_type"),
        ("backup.folder", "/tmp/a\x00b", "settings.bad_text"),
        ("backup.folder", "/tmp/\udcff", "settings.bad_text"),
        ("backup.folder", "x" * 5000, "settings.bad_text"),
    ],
)
def test_bad_settings_are_refused(desk: Desk, key: str, value: Any, code: str) -> None:
    before = profile.get_settings(desk)
    with pytest.raises(InvalidInput) as info:
        profile.set_setting(desk, key, value)
    assert info.value.code == code
    assert info.value.exit_code == 6
    assert profile.get_settings(desk) == before
