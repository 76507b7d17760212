"""The staff page: disabling an account offers to renew the database key; the button does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD
from tests.ui.conftest import STAFF, STAFF_PASSWORD, VIEWER

from privacydesk.errors import WrongCredentials
from privacydesk.services import auth
from privacydesk.services.desk import Desk
from privacydesk.storage import keys
from privacydesk.ui.pages.staff import StaffPage


def _page(qtbot: QtBot, desk: Desk) -> StaffPage:
    page = StaffPage()
    qtbot.addWidget(page)
    page.set_desk(desk)
    page.show()
    return page


def _select(page: StaffPage, name: str) -> None:
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).username == name)
    page.ui.accountsView.selectRow(row)


def test_disabling_then_renewing_the_key_locks_the_leaver_out(
    qtbot: QtBot, office_db: Path
) -> None:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    old_id = keys.key_id(desk.db_key)
    page = _page(qtbot, desk)
    _select(page, STAFF)
    page.disable_account(confirmed=True, rekey=True)
    assert keys.key_id(desk.db_key) != old_id
    assert "privacydesk-backup-" in page.ui.messageLabel.text()  # names the new backup
    assert page.ui.rotateKeyButton.isVisible()
    page.refresh()  # the page goes on working with the new key
    assert page.model.rowCount() == 3
    with pytest.raises(WrongCredentials):
        auth.sign_in(office_db, STAFF, STAFF_PASSWORD)
    auth.sign_in(office_db, VIEWER, STAFF_PASSWORD).close()
    desk.close()


def test_declining_the_renewal_keeps_the_key(qtbot: QtBot, office_db: Path) -> None:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    old_id = keys.key_id(desk.db_key)
    page = _page(qtbot, desk)
    _select(page, VIEWER)
    page.disable_account(confirmed=True, rekey=False)
    assert keys.key_id(desk.db_key) == old_id
    assert page.rotate_key(confirmed=True)  # the button, later
    assert keys.key_id(desk.db_key) != old_id
    desk.close()
