"""Changes to a request after receipt, driven with qtbot: the register entries it covers, the
fee asked (refused where the Act allows none), and a manager disposing of requests kept past
the retention years."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD
from tests.ui.conftest import STAFF, STAFF_PASSWORD, VIEWER
from tests.ui.test_requests_page import TODAY, Office, accept

from privacydesk.messages import render
from privacydesk.services import auth, register
from privacydesk.services import requests as rq
from privacydesk.services.register import EntryData, ItemData, PurposeData
from privacydesk.ui.dialogs.request import RequestDialog
from privacydesk.ui.dialogs.request_entries import RequestEntriesDialog
from privacydesk.ui.pages.requests import RequestsPage


@pytest.fixture
def office(office_db: Path) -> Iterator[Office]:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        yield Office(desk)
    finally:
        desk.close()


def test_the_register_entries_change_after_receipt(qtbot: QtBot, office: Office) -> None:
    purpose = register.create_purpose(office.desk, PurposeData(code="b", text="寄付の受領のため"))
    donors = register.create_entry(
        office.desk,
        EntryData(name="寄付者名簿", items=[ItemData("氏名")], purpose_ids=[purpose.id]),
    ).id
    rid = office.receive(office.person, "disclosure")
    dialog = RequestDialog(office.desk, rid)
    qtbot.addWidget(dialog)
    assert dialog.ui.entriesButton.isEnabled()
    entries = RequestEntriesDialog(office.desk, rid, [office.entry], dialog)
    model = entries.entries
    names = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert model.checked_ids() == [office.entry]
    model.setData(
        model.index(names.index("寄付者名簿"), 0),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    model.setData(
        model.index(names.index("会員名簿"), 0),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert dialog.content.change_entries(accept(entries))  # type: ignore[arg-type]
    assert [e.entry_id for e in rq.get(office.desk, rid).entries] == [donors]
    assert dialog.content.entries.index(0, 0).data() == "寄付者名簿"
    assert dialog.changed and "台帳" in dialog.ui.messageLabel.text()


def test_the_fee_asked_changes_where_the_act_allows_one(qtbot: QtBot, office: Office) -> None:
    rid = office.receive(office.person, "disclosure")
    dialog = RequestDialog(office.desk, rid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert u.feeDueSpin.value() == 1000
    u.feeDueSpin.setValue(500)
    assert dialog.identity.set_fee_due()
    assert rq.get(office.desk, rid).fee_due == 500
    assert u.feeDueLabel.text() == "500円"
    correction = office.receive(office.person, "correction")
    other = RequestDialog(office.desk, correction)
    qtbot.addWidget(other)
    other.ui.feeDueSpin.setValue(300)
    assert not other.identity.set_fee_due()
    assert render("requests.fee_not_allowed", "ja") in other.ui.messageLabel.text()
    assert rq.get(office.desk, correction).fee_due == 0


def test_a_manager_disposes_of_requests_past_retention(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    rid = office.receive(office.person, "correction")
    kept = office.receive(office.person, "disclosure")
    rq.withdraw(office.desk, rid, "withdrawn_by_requester", on=TODAY)
    page = RequestsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    assert page.ui.disposeButton.isVisibleTo(page)
    assert page.dispose_old(confirmed=True) == 0  # kept for five years first
    assert page.ui.messageLabel.text() == "保存期間を過ぎた請求はありません。"
    later = date(TODAY.year + 6, 1, 1)
    assert page.dispose_old(confirmed=True, today=later) == 1
    assert "1" in page.ui.messageLabel.text()
    assert [r.id for r in rq.list_requests(office.desk)] == [kept]
    staff = auth.sign_in(office_db, STAFF, STAFF_PASSWORD)
    try:
        seen = RequestsPage()
        qtbot.addWidget(seen)
        seen.set_desk(staff)
        assert not seen.ui.disposeButton.isVisibleTo(seen)
    finally:
        staff.close()


def test_a_viewer_cannot_change_entries_or_the_fee(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    rid = office.receive(office.person, "disclosure")
    viewer = auth.sign_in(office_db, VIEWER, STAFF_PASSWORD)
    try:
        dialog = RequestDialog(viewer, rid)
        qtbot.addWidget(dialog)
        assert not dialog.ui.entriesButton.isEnabled()
        assert not dialog.ui.setFeeDueButton.isEnabled()
        assert not dialog.ui.feeDueSpin.isEnabled()
        assert not dialog.identity.set_fee_due()  # the service refuses too, in words
        assert "役割" in dialog.ui.messageLabel.text()
    finally:
        viewer.close()
