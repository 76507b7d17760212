"""The sign-in dialog after repeated failures: the wait with its seconds, counted down."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD

from privacydesk.errors import WrongCredentials
from privacydesk.services import auth
from privacydesk.storage import keys
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.sign_in import SignInDialog


def _dialog(qtbot: QtBot, path: Path) -> SignInDialog:
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fail_times(path: Path, n: int, at: datetime) -> None:
    for _ in range(n):
        with contextlib.suppress(WrongCredentials):
            auth.sign_in(path, MANAGER, "not the password", now=at)


def test_the_fifth_failure_announces_the_wait(qtbot: QtBot, office_db: Path) -> None:
    _fail_times(office_db, 4, datetime.now(UTC))
    dialog = _dialog(qtbot, office_db)
    dialog.ui.userEdit.setText(MANAGER)
    dialog.ui.passwordEdit.setText("still not the password")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        dialog.ui.signInButton.click()
    assert blocker.args == [i18n.text("auth.wrong_credentials_wait", seconds=15)]
    assert dialog.wait_left == 15 and dialog.ui.signInButton.isEnabled()


def test_a_try_during_the_wait_shows_the_seconds_and_counts_down(
    qtbot: QtBot, office_db: Path
) -> None:
    _fail_times(office_db, 6, datetime.now(UTC) - timedelta(seconds=2))  # the 6th is refused
    dialog = _dialog(qtbot, office_db)
    dialog.ui.userEdit.setText(MANAGER)
    dialog.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        dialog.ui.signInButton.click()
    (message,) = blocker.args
    left = dialog.wait_left
    assert 12 <= left <= 13, left
    assert message == i18n.text("auth.throttled", seconds=left)
    assert str(left) in dialog.ui.messageLabel.text() and "安全" in message
    assert dialog.desk is None and dialog.ui.signInButton.isEnabled()
    dialog._tick()  # one second of the countdown, without waiting for it
    assert dialog.ui.messageLabel.text() == i18n.text("auth.throttled", seconds=left - 1)
    for _ in range(left):
        dialog._tick()
    assert dialog.wait_left == 0
    assert dialog.ui.messageLabel.text() == "もう一度お試しいただけます。"
    # The refused try was not counted.
    assert keys.failure_count(keys.load(keys.keyfile_path(office_db)), 1) == 5
