"""Sign-in throttling: after 5 failures in a row a growing wait (15 s, doubling, at most 5
minutes), refused early and not counted; a success clears it; the recovery sheet is never
throttled; the counts and the longest wait reach the audit log. Time is injected."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.conftest import MANAGER, PASSWORD

from privacydesk import cli
from privacydesk.errors import ExitCode, SignInThrottled, WrongCredentials
from privacydesk.services import auth
from privacydesk.services.desk import Desk
from privacydesk.storage import keys
from privacydesk.storage.models import AuditEntry

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
WRONG = "not the password"


@pytest.fixture
def office(created: tuple[Desk, auth.RecoverySheet], db_path: Path) -> auth.RecoverySheet:
    desk, sheet = created
    desk.close()
    return sheet


def _fail(db_path: Path, at: datetime, user: str = MANAGER) -> WrongCredentials:
    with pytest.raises(WrongCredentials) as caught:
        auth.sign_in(db_path, user, WRONG, now=at)
    return caught.value


def _count(db_path: Path, account_id: int | None = 1) -> int:
    return keys.failure_count(keys.load(keys.keyfile_path(db_path)), account_id)


def test_the_delay_grows_and_is_capped() -> None:
    assert [keys.throttle_delay(n) for n in range(12)] == [
        0,
        0,
        0,
        0,
        0,
        15,
        30,
        60,
        120,
        240,
        300,
        300,
    ]
    assert keys.throttle_delay(10_000) == keys.THROTTLE_MAX_SECONDS == 300


def test_five_failures_then_a_wait_that_is_not_counted(
    office: auth.RecoverySheet, db_path: Path
) -> None:
    for i in range(4):
        exc = _fail(db_path, T0 + timedelta(seconds=i))
        assert exc.code == "auth.wrong_credentials" and not isinstance(exc, SignInThrottled)
    fifth = _fail(db_path, T0 + timedelta(seconds=4))
    assert fifth.code == "auth.wrong_credentials_wait" and fifth.params == {"seconds": 15}
    assert _count(db_path) == 5

    # Within the wait, even the right password is refused early, and nothing is counted.
    for at, left in ((5, 14), (18, 1)):
        with pytest.raises(SignInThrottled) as caught:
            auth.sign_in(db_path, MANAGER, PASSWORD, now=T0 + timedelta(seconds=at))
        assert caught.value.seconds == left and caught.value.params == {"seconds": left}
        assert caught.value.exit_code == ExitCode.WRONG_CREDENTIALS == 3
    assert _count(db_path) == 5

    # After it, a wrong try counts and doubles the wait.
    sixth = _fail(db_path, T0 + timedelta(seconds=20))
    assert sixth.params == {"seconds": 30} and _count(db_path) == 6
    with pytest.raises(SignInThrottled):
        auth.sign_in(db_path, MANAGER, PASSWORD, now=T0 + timedelta(seconds=49))

    # The right password after the wait signs in; the count moves into the audit log with
    # the longest wait it caused, and starts again from zero.
    desk = auth.sign_in(db_path, MANAGER, PASSWORD, now=T0 + timedelta(seconds=51))
    assert desk.failed_attempts_shown == 6
    with desk.uow() as s:
        summary = s.execute(
            select(AuditEntry.summary).where(AuditEntry.action == "auth.failed_attempts")
        ).scalar_one()
    assert json.loads(summary) == {"count": 6, "unknown_user_count": 0, "longest_delay_s": 30}
    desk.close()
    assert _count(db_path) == 0
    assert _fail(db_path, T0 + timedelta(seconds=60)).code == "auth.wrong_credentials"


def test_the_wait_never_exceeds_five_minutes_even_with_the_clock_set_back(
    office: auth.RecoverySheet, db_path: Path
) -> None:
    for i in range(30):
        with contextlib.suppress(WrongCredentials):
            auth.sign_in(db_path, MANAGER, WRONG, now=T0 + timedelta(hours=i))
    kf = keys.load(keys.keyfile_path(db_path))
    assert keys.seconds_to_wait(kf, 1, T0 + timedelta(hours=29)) == 300
    assert keys.seconds_to_wait(kf, 1, T0 - timedelta(days=365)) == 300  # clock set back
    assert keys.seconds_to_wait(kf, 1, T0 + timedelta(hours=29, minutes=5)) == 0
    auth.sign_in(db_path, MANAGER, PASSWORD, now=T0 + timedelta(hours=29, minutes=5)).close()


def test_unknown_names_share_one_count(office: auth.RecoverySheet, db_path: Path) -> None:
    for i in range(5):
        _fail(db_path, T0 + timedelta(seconds=i), user=f"nobody{i}")
    assert _count(db_path, None) == 5
    with pytest.raises(SignInThrottled):
        auth.sign_in(db_path, "someone-else", WRONG, now=T0 + timedelta(seconds=6))
    # A real account is not held back by strangers' failures.
    desk = auth.sign_in(db_path, MANAGER, PASSWORD, now=T0 + timedelta(seconds=6))
    with desk.uow() as s:
        summary = s.execute(
            select(AuditEntry.summary).where(AuditEntry.action == "auth.failed_attempts")
        ).scalar_one()
    assert json.loads(summary)["unknown_user_count"] == 5
    desk.close()


def test_the_recovery_sheet_is_never_throttled(office: auth.RecoverySheet, db_path: Path) -> None:
    now = datetime.now(UTC)
    for i in range(12):
        with contextlib.suppress(WrongCredentials):
            auth.sign_in(db_path, MANAGER, WRONG, now=now - timedelta(seconds=12 - i))
    with pytest.raises(SignInThrottled):
        auth.sign_in(db_path, MANAGER, PASSWORD)
    desk = auth.recover(db_path, office.secret, MANAGER, "a brand new pass phrase")
    assert desk.context.username == MANAGER
    desk.close()
    assert _count(db_path) == 0  # the recovery counts as the success that ends the run


def test_cli_says_how_long_to_wait_and_exits_3(
    office: auth.RecoverySheet, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)
    for _i in range(5):
        with contextlib.suppress(WrongCredentials):
            auth.sign_in(db_path, MANAGER, WRONG, now=now - timedelta(seconds=1))
    monkeypatch.setenv("PRIVACYDESK_USER", MANAGER)
    monkeypatch.setenv("PRIVACYDESK_PASSWORD", PASSWORD)
    for lang, words in (("en", ("wait", "seconds", "data is safe")), ("ja", ("秒", "安全"))):
        err = io.StringIO()
        code = cli.main(["--lang", lang, "check", "--db", str(db_path)], io.StringIO(), err)
        assert code == 3, err.getvalue()
        assert all(w in err.getvalue() for w in words), err.getvalue()
    assert _count(db_path) == 5  # refused tries are not counted
