"""苦情 driven with qtbot on a real database: the complaint log with its filters (overdue rows
in red), the entry dialog typed from the keyboard, the complaint dialog (only the allowed
moves offered, a reply without content refused beside its field, an impossible move refused
in words), the timeline naming each change in Japanese, read-only viewers and staff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD
from tests.ui.conftest import STAFF, STAFF_PASSWORD, VIEWER
from tests.ui.test_screenshots import _save

from privacydesk.messages import render
from privacydesk.services import auth, dates, profile, register, subjects
from privacydesk.services import complaints as cp
from privacydesk.services.complaints import ComplaintInput
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.services.register import EntryData, ItemData, PurposeData
from privacydesk.services.subjects import SubjectData
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.complaint import ComplaintDialog
from privacydesk.ui.dialogs.complaint_receive import ComplaintReceiveDialog
from privacydesk.ui.dialogs.request_common import MARK
from privacydesk.ui.pages.complaints import ComplaintsPage

TODAY = date.today()
NOW = datetime.now().replace(second=0, microsecond=0)


class Office:
    """A manager's desk on an office with a register entry and a person."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        profile.save_profile(desk, ProfileData(name="特定非営利活動法人 みどりの会"))
        purpose = register.create_purpose(
            desk, PurposeData(code="a", text="会員への連絡と会報の送付のため")
        )
        self.entry = register.create_entry(
            desk,
            EntryData(name="会員名簿", items=[ItemData("氏名")], purpose_ids=[purpose.id]),
        ).id
        self.person = subjects.create_subject(
            desk,
            SubjectData(
                legal_name="Nguyễn Văn An",
                postal_code="160-0023",
                address="東京都新宿区西新宿1-1-1",
            ),
        ).id

    def complaint(
        self, received: datetime | None = None, category: str = "handling", **kw: object
    ) -> int:
        data = ComplaintInput(
            received_at=received or NOW - timedelta(hours=1),
            channel=str(kw.pop("channel", "phone")),
            category=category,
            content=str(kw.pop("content", "退会したのに会報が届いた")),
            **kw,  # type: ignore[arg-type]
        )
        return cp.receive(self.desk, data)


@pytest.fixture
def office(office_db: Path) -> Iterator[Office]:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        yield Office(desk)
    finally:
        desk.close()


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> ComplaintsPage:
    page = ComplaintsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    return page


def _texts(page: ComplaintsPage, row: int) -> list[str]:
    model = page.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _ids(page: ComplaintsPage) -> list[int]:
    return [page.model.row_at(i).id for i in range(page.model.rowCount())]  # type: ignore[union-attr]


def _row_of(page: ComplaintsPage, cid: int) -> int:
    return _ids(page).index(cid)


def _timeline(dialog: ComplaintDialog) -> list[list[str]]:
    model = dialog.timeline
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_page_lists_complaints_with_filters(
    page: ComplaintsPage, office: Office, qtmodeltester: ModelTester
) -> None:
    manager_id = office.desk.context.account_id
    late_at = NOW - timedelta(days=60)
    late = office.complaint(late_at, subject_id=office.person, handler_id=manager_id)
    anonymous = office.complaint(category="security", channel="visit")
    page.refresh()
    assert set(_ids(page)) == {late, anonymous}
    row = _texts(page, _row_of(page, late))
    detail = cp.get(office.desk, late)
    assert row[0] == detail.row.number
    assert row[1] == late_at.strftime("%Y-%m-%d %H:%M")
    assert row[2:6] == ["電話", "取扱い", "Nguyễn Văn An", MANAGER]
    assert row[6] == dates.display(detail.row.target_on)
    assert row[7] == "受付"
    other = _texts(page, _row_of(page, anonymous))
    assert other[2:6] == ["来所", "安全管理", "匿名", ""]
    overdue = page.model.index(_row_of(page, late), 0)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == "回答目標日を過ぎています"
    assert (
        page.model.index(_row_of(page, anonymous), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    )
    assert "2" in page.ui.countLabel.text() and "1" in page.ui.countLabel.text()
    u = page.ui
    u.overdueCheck.setChecked(True)
    assert _ids(page) == [late]
    u.overdueCheck.setChecked(False)
    u.categoryCombo.setCurrentIndex(u.categoryCombo.findData("security"))
    assert _ids(page) == [anonymous]
    u.categoryCombo.setCurrentIndex(0)
    u.startEdit.setText((TODAY - timedelta(days=7)).isoformat())
    u.startEdit.editingFinished.emit()
    assert _ids(page) == [anonymous]
    u.startEdit.clear()
    u.endEdit.setText(dates.display(TODAY - timedelta(days=30)).split("（")[0])  # 和暦
    u.endEdit.editingFinished.emit()
    assert _ids(page) == [late]
    u.endEdit.setText("令和8年13月1日")
    u.endEdit.editingFinished.emit()
    assert u.endEdit.styleSheet() == MARK and u.messageLabel.text()
    assert _ids(page) == [late]  # the table stays as it was
    u.endEdit.clear()
    u.endEdit.editingFinished.emit()
    assert u.endEdit.styleSheet() == ""
    cp.move(office.desk, anonymous, "withdrawn")
    u.statusCombo.setCurrentIndex(u.statusCombo.findData("withdrawn"))
    assert _ids(page) == [anonymous]
    assert _texts(page, 0)[7] == "取下げ"
    u.statusCombo.setCurrentIndex(0)
    i18n.set_language("en", remember=False)
    page.retranslate()
    assert _texts(page, _row_of(page, anonymous))[2:5] == ["In person", "Security", "Anonymous"]
    assert page.model.headerData(7, Qt.Orientation.Horizontal) == "Status"
    qtmodeltester.check(page.model, force_py=True)


def test_the_entry_dialog_is_driven_from_the_keyboard(
    qtbot: QtBot, page: ComplaintsPage, office: Office
) -> None:
    dialog = ComplaintReceiveDialog(office.desk, page)
    qtbot.addWidget(dialog, before_close_func=lambda w: w.hide())  # no "discard?" question
    dialog.show()
    qtbot.waitExposed(dialog)
    u = dialog.ui

    def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(dialog.focusWidget(), k, modifier)

    assert dialog.focusWidget() is u.receivedEdit
    assert u.receivedEdit.text().startswith(TODAY.isoformat())  # now, to the minute
    u.receivedEdit.selectAll()
    at = (NOW - timedelta(minutes=30)).strftime("%Y-%m-%d %H:%M")
    qtbot.keyClicks(u.receivedEdit, at)
    key(Qt.Key.Key_Tab)
    assert dialog.focusWidget() is u.channelCombo
    key(Qt.Key.Key_Down)  # phone → post
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)  # handling → requests → staff
    key(Qt.Key.Key_Tab)
    assert dialog.focusWidget() is u.personRadio and u.personRadio.isChecked()
    for _ in range(3):
        key(Qt.Key.Key_Tab)
    assert dialog.focusWidget() is u.personSearchEdit
    qtbot.keyClicks(u.personSearchEdit, "nguyen")
    key(Qt.Key.Key_Return)  # searches at once (it does not save the dialog)
    assert dialog.result() == 0 and dialog.search.model.rowCount() == 1
    key(Qt.Key.Key_Down)  # into the results: the first is chosen
    assert dialog.focusWidget() is u.personView
    assert dialog.search.chosen_id == office.person
    assert "Nguyễn Văn An" in u.personLabel.text()
    key(Qt.Key.Key_Tab)  # the name field is off for a registered person
    assert dialog.focusWidget() is u.handlerCombo
    assert u.handlerCombo.currentData() == office.desk.context.account_id
    key(Qt.Key.Key_Tab)
    assert dialog.focusWidget() is u.contentEdit
    qtbot.keyClicks(u.contentEdit, "The newsletter kept coming after I left.")
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    assert dialog.focusWidget() is u.entriesView
    entries = dialog.links["entry"]
    names = [entries.index(i, 0).data() for i in range(entries.rowCount())]
    for _ in range(names.index("会員名簿") + 1):
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)  # ticks the register entry
    assert dialog.links["entry"].checked_ids() == [office.entry]
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved_id is not None
    cid = dialog.saved_id
    detail = cp.get(office.desk, cid)
    assert detail.row.received_at.strftime("%Y-%m-%d %H:%M") == at
    assert (detail.row.channel, detail.row.category) == ("post", "staff")
    assert detail.subject_id == office.person and detail.row.complainant == "Nguyễn Văn An"
    assert detail.row.handler_id == office.desk.context.account_id
    assert detail.content == "The newsletter kept coming after I left."
    assert detail.links == (("entry", office.entry),)
    dialog.exec = lambda: dialog.result()  # type: ignore[method-assign]
    assert page.receive(dialog) == cid
    assert page.selected_id() == cid
    assert "受け付けました" in page.ui.messageLabel.text()


def test_the_entry_dialog_refuses_beside_the_fields(
    qtbot: QtBot, page: ComplaintsPage, office: Office
) -> None:
    dialog = ComplaintReceiveDialog(office.desk, page)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert not dialog.save()  # the registered person was not chosen
    assert render("requests.unknown_subject", "ja") in u.messageLabel.text()
    assert u.personSearchEdit.styleSheet() == MARK
    u.anonymousRadio.setChecked(True)
    assert not u.personSearchEdit.isEnabled() and not u.complainantEdit.isEnabled()
    u.receivedEdit.setText((NOW + timedelta(days=2)).strftime("%Y-%m-%d %H:%M"))
    assert not dialog.save()
    message = u.messageLabel.text()
    assert render("complaints.content_required", "ja") in message
    assert u.contentEdit.styleSheet() == MARK and u.receivedEdit.styleSheet() == MARK
    assert u.personSearchEdit.styleSheet() == ""
    assert cp.list_complaints(office.desk) == []
    u.receivedEdit.setText(NOW.strftime("%Y-%m-%d %H:%M"))
    u.nameRadio.setChecked(True)
    u.complainantEdit.setText("匿名希望の会員")
    u.contentEdit.setPlainText("窓口で名前を大きな声で呼ばれた")
    u.handlerCombo.setCurrentIndex(0)  # not decided yet
    assert dialog.save()
    (row,) = cp.list_complaints(office.desk)
    assert row.complainant == "匿名希望の会員" and row.handler_id is None


def test_moves_offer_only_what_is_allowed_and_say_why_not(qtbot: QtBot, office: Office) -> None:
    cid = office.complaint()
    dialog = ComplaintDialog(office.desk, cid)
    qtbot.addWidget(dialog)
    u = dialog.ui

    def offered() -> set[str]:
        return {to for to, b in dialog.move_buttons.items() if b.isVisibleTo(dialog)}

    assert offered() == {"investigating", "withdrawn"}
    assert not u.replyFields.isVisibleTo(dialog) and u.summaryFields.isVisibleTo(dialog)
    assert dialog.move("investigating")
    assert cp.get(office.desk, cid).row.status == "investigating"
    assert offered() == {"answered", "withdrawn"} and u.replyFields.isVisibleTo(dialog)
    assert u.statusLabel.text().startswith("調査中（回答目標日")
    # 回答済 without what was said: refused beside the field, nothing changes
    u.replyMethodCombo.setCurrentIndex(u.replyMethodCombo.findData("post"))
    assert not dialog.move("answered")
    assert render("complaints.reply_required", "ja") in u.messageLabel.text()
    assert u.replyContentEdit.styleSheet() == MARK
    assert cp.get(office.desk, cid).row.status == "investigating"
    # a move that is not offered, forced: the message names both statuses in words
    assert not dialog.move("closed")
    assert (
        render("complaints.bad_move", "ja", **{"from": "調査中", "to": "完了"})
        in u.messageLabel.text()
    )
    u.replyContentEdit.setPlainText("送付を停止し、お詫びした")
    assert dialog.move("answered")
    detail = cp.get(office.desk, cid)
    assert detail.row.status == "answered" and detail.reply_method == "post"
    assert detail.reply_on == TODAY
    assert offered() == {"closed", "investigating", "withdrawn"}
    assert u.investigatingButton.text() == "調査中に戻す"  # a reply may reopen the inquiry
    assert "送付を停止し、お詫びした" in u.replyLabel.text()
    assert not dialog.move("closed")  # a closing needs its summary
    assert u.summaryEdit.styleSheet() == MARK
    assert render("complaints.summary_required", "ja") in u.messageLabel.text()
    u.summaryEdit.setPlainText("名簿の更新漏れ。手順を改めた")
    assert dialog.move("closed")
    assert offered() == set() and u.noMoveLabel.isVisibleTo(dialog)
    assert not u.saveButton.isEnabled() and not u.addActionButton.isEnabled()
    assert u.contentEdit.isReadOnly()
    assert "名簿の更新漏れ" in u.replyLabel.text()
    assert dialog.changed
    i18n.set_language("en", remember=False)
    assert not dialog.move("investigating")
    assert "'Closed'" in u.messageLabel.text() and "'Investigating'" in u.messageLabel.text()


def test_the_timeline_shows_each_change_in_words(
    qtbot: QtBot, office: Office, qtmodeltester: ModelTester
) -> None:
    cid = office.complaint(content="窓口の対応が不適切だった")
    dialog = ComplaintDialog(office.desk, cid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert _timeline(dialog)[0][1] == "受付：窓口の対応が不適切だった"
    assert not dialog.has_changes()
    u.categoryCombo.setCurrentIndex(u.categoryCombo.findData("staff"))
    u.handlerCombo.setCurrentIndex(u.handlerCombo.findData(office.desk.context.account_id))
    assert dialog.save()
    lines = _timeline(dialog)
    whats = [line[1] for line in lines]
    assert "区分：取扱い → 職員の対応" in whats
    assert f"担当：（なし） → {MANAGER}" in whats
    change = next(line for line in lines if line[1] == "区分：取扱い → 職員の対応")
    assert change[2] == MANAGER
    assert change[0][:10] == TODAY.isoformat()
    assert dialog.save()  # nothing changed: nothing recorded
    assert len(_timeline(dialog)) == len(lines)
    u.targetEdit.setText("令和8年13月1日")
    assert not dialog.save()
    assert u.targetEdit.styleSheet() == MARK
    u.targetEdit.setText(cp.get(office.desk, cid).row.target_on.isoformat())
    u.actionTextEdit.setText("担当者から事情を聴取")
    qtbot.keyClick(u.actionTextEdit, Qt.Key.Key_Return)
    assert "対応：担当者から事情を聴取" in [line[1] for line in _timeline(dialog)]
    assert u.actionTextEdit.text() == ""
    assert not dialog.add_action()  # nothing typed
    assert u.actionTextEdit.styleSheet() == MARK
    long_text = "あ" * 80
    u.contentEdit.setPlainText(long_text)
    assert dialog.save()
    last = dialog.timeline.index(dialog.timeline.rowCount() - 1, 1)
    assert last.data().startswith("内容：窓口の対応が不適切だった → ") and last.data().endswith("…")
    assert long_text in last.data(Qt.ItemDataRole.ToolTipRole)
    i18n.set_language("en", remember=False)
    dialog.timeline.retranslate()
    assert "Category: Handling of data → Staff conduct" in [line[1] for line in _timeline(dialog)]
    qtmodeltester.check(dialog.timeline, force_py=True)


def test_a_viewer_reads_with_every_button_disabled(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    cid = office.complaint()
    viewer = auth.sign_in(office_db, VIEWER, STAFF_PASSWORD)
    try:
        page = ComplaintsPage()
        qtbot.addWidget(page)
        page.set_desk(viewer)
        assert _ids(page) == [cid]
        assert not page.ui.newButton.isEnabled() and page.ui.openButton.isEnabled()
        dialog = ComplaintDialog(viewer, cid)
        qtbot.addWidget(dialog)
        u = dialog.ui
        assert u.contentEdit.toPlainText() == "退会したのに会報が届いた"
        assert u.contentEdit.isReadOnly() and u.targetEdit.isReadOnly()
        for widget in (
            u.saveButton,
            u.addActionButton,
            u.actionTextEdit,
            u.channelCombo,
            u.handlerCombo,
            *dialog.move_buttons.values(),
        ):
            assert not widget.isEnabled(), widget.objectName()
        assert dialog.move_buttons["investigating"].isVisibleTo(dialog)  # seen, not pressed
        assert len(_timeline(dialog)) == 1
        assert not dialog.move("investigating")  # the service refuses too: said in words
        assert "役割" in u.messageLabel.text()
        assert cp.get(office.desk, cid).row.status == "received"
    finally:
        viewer.close()


def test_staff_choose_only_themselves_as_handler(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    cid = office.complaint(handler_id=office.desk.context.account_id)
    staff = auth.sign_in(office_db, STAFF, STAFF_PASSWORD)
    try:
        dialog = ComplaintReceiveDialog(staff)
        qtbot.addWidget(dialog)
        combo = dialog.ui.handlerCombo
        assert [combo.itemData(i) for i in range(combo.count())] == [
            None,
            staff.context.account_id,
        ]
        opened = ComplaintDialog(staff, cid)
        qtbot.addWidget(opened)
        combo = opened.ui.handlerCombo
        assert combo.currentData() == office.desk.context.account_id  # someone else's stays
        assert combo.currentText() == MANAGER
        assert opened.ui.saveButton.isEnabled()
    finally:
        staff.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshots_of_complaints(qtbot: QtBot, office: Office, lang: str) -> None:
    i18n.set_language(lang, remember=False)
    manager_id = office.desk.context.account_id
    late = office.complaint(
        NOW - timedelta(days=40), subject_id=office.person, handler_id=manager_id
    )
    cp.update(office.desk, late, {"category": "staff"})
    cp.add_action(office.desk, late, TODAY - timedelta(days=35), "担当者から事情を聴取")
    cp.move(office.desk, late, "investigating")
    office.complaint(category="security", channel="email", content="メールの誤送信があった")
    answered = office.complaint(NOW - timedelta(days=3), complainant="山田 一郎")
    cp.move(office.desk, answered, "investigating")
    cp.move(
        office.desk,
        answered,
        "answered",
        reply_content="事実関係を確認し、電話でお詫びした",
        reply_on=TODAY,
        reply_method="phone",
    )
    page = ComplaintsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    page.resize(1200, 600)
    page.show()
    _save(qtbot, page, f"{lang}_complaints_page")
    entry = ComplaintReceiveDialog(office.desk, page)
    qtbot.addWidget(entry)
    entry.show()
    _save(qtbot, entry, f"{lang}_complaint_receive_dialog")
    entry.hide()
    dialog = ComplaintDialog(office.desk, late, page)
    qtbot.addWidget(dialog)
    dialog.show()
    _save(qtbot, dialog, f"{lang}_complaint_dialog")
    dialog.hide()
    done = ComplaintDialog(office.desk, answered, page)
    qtbot.addWidget(done)
    done.show()
    _save(qtbot, done, f"{lang}_complaint_dialog_answered")
    done.hide()


def test_a_manager_disposes_of_complaints_past_retention(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    from privacydesk.services import audit, dashboard

    kept = office.complaint()
    old = office.complaint(content="古い苦情")
    cp.move(office.desk, old, "withdrawn", today=TODAY)
    page = ComplaintsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    assert page.ui.disposeButton.isVisibleTo(page)
    assert page.dispose_old(confirmed=True) == 0  # nothing is old enough yet
    assert "保存期間" in page.ui.messageLabel.text()
    later = TODAY.replace(year=TODAY.year + 6)
    page.today = later
    assert dashboard.area_of("dashboard.complaints_past_retention") == "complaints"
    assert page.dispose_old(confirmed=True) == 1
    assert "1" in page.ui.messageLabel.text()
    left = [r.id for r in cp.list_complaints(office.desk, today=later)]
    assert left == [kept]  # the open complaint stays, whatever its age
    assert audit.list_entries(office.desk, limit=1)[0].action == "complaint.disposed"
    viewer = auth.sign_in(office_db, VIEWER, STAFF_PASSWORD)
    try:
        other = ComplaintsPage()
        qtbot.addWidget(other)
        other.set_desk(viewer)
        assert not other.ui.disposeButton.isVisibleTo(other)
    finally:
        viewer.close()


def test_the_home_page_counts_complaints_past_retention(office: Office) -> None:
    from privacydesk.services import dashboard

    old = office.complaint()
    cp.move(office.desk, old, "withdrawn", today=TODAY)
    later = datetime.now().replace(year=TODAY.year + 6)
    found = {i.code: i for i in dashboard.items(office.desk, now=later)}
    assert found["dashboard.complaints_past_retention"].params == {"count": 1}


def test_what_a_complaint_concerns_is_changed_from_its_dialog(qtbot: QtBot, office: Office) -> None:
    from privacydesk.ui.dialogs.complaint_links import ComplaintLinksDialog

    cid = office.complaint()
    dialog = ComplaintDialog(office.desk, cid, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.linksButton.isEnabled()
    assert "会員名簿" not in dialog.ui.linksLabel.text()
    links = ComplaintLinksDialog(dialog.link_choices, dialog.detail.links, dialog)  # type: ignore[union-attr]
    qtbot.addWidget(links)
    model = links.models["entry"]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "会員名簿")
    assert model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.change_links(links)
    assert "会員名簿" in dialog.ui.linksLabel.text()
    assert "変更しました" in dialog.ui.messageLabel.text()
    lines = [cell for row in _timeline(dialog) for cell in row]
    assert any("関係する台帳" in cell and "会員名簿" in cell for cell in lines)
    assert dialog.changed
