"""開示等請求 driven with qtbot on a real database: the status table (overdue in red, the
clock's stops), receipt with its refusals, the request dialog from identity to the letters
and their mailing, a manager's approval, read-only viewers, and the mailing log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
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
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.services.register import EntryData, ItemData, PurposeData
from privacydesk.services.requests import Decision, RequestInput, TypeInput
from privacydesk.services.subjects import SubjectData
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.dialogs.request import RequestDialog
from privacydesk.ui.dialogs.request_common import MARK
from privacydesk.ui.dialogs.request_mailing_log import RequestMailingLogDialog
from privacydesk.ui.dialogs.request_receive import RequestReceiveDialog
from privacydesk.ui.dialogs.subject import SubjectDialog
from privacydesk.ui.pages.requests import RequestsPage

TODAY = date.today()
ADDRESS = "東京都渋谷区神宮前一丁目2番3号 みどりハイツ101"
PROFILE = ProfileData(
    name="特定非営利活動法人 みどりの会",
    postal_code="100-0001",
    address="東京都千代田区千代田1-1",
    representative="理事長 山田 太郎",
    manager_title="個人情報保護管理者",
    manager_name="渡邉 德子",
    desk_department="個人情報相談窓口",
    desk_phone="03-1234-5678",
    desk_email="privacy@example.jp",
    fee_yen=1000,
    payment_methods=["postal_stamps", "cash"],
    retention_years=5,
)


class Office:
    """A manager's desk on an office with a register entry, a person and a protected one."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        profile.save_profile(desk, PROFILE)
        purpose = register.create_purpose(
            desk, PurposeData(code="a", text="会員への連絡と会報の送付のため")
        )
        self.entry = register.create_entry(
            desk,
            EntryData(
                name="会員名簿",
                department="事務局",
                items=[ItemData("氏名"), ItemData("住所")],
                purpose_ids=[purpose.id],
            ),
        ).id
        self.person = subjects.create_subject(
            desk,
            SubjectData(
                legal_name="髙橋 花子",
                reading="タカハシ ハナコ",
                birth_date=date(1990, 4, 1),
                postal_code="150-0001",
                address=ADDRESS,
                language="en",
            ),
        ).id
        self.hidden = subjects.create_subject(
            desk,
            SubjectData(
                legal_name="佐藤 みどり",
                postal_code="530-0001",
                address="大阪府大阪市北区梅田1-1-1 秘匿マンション202",
                protected=True,
            ),
        ).id

    def receive(self, subject_id: int, *types: str, received: date = TODAY, **kw: object) -> int:
        data = RequestInput(
            received_on=received,
            subject_id=subject_id,
            types=[TypeInput(t) for t in types],
            entry_ids=[self.entry],
            **kw,  # type: ignore[arg-type]
        )
        return rq.receive(self.desk, data)

    def confirm(self, rid: int, paid: bool = True) -> None:
        rq.record_identity(
            self.desk,
            rid,
            confirmed=True,
            confirmed_postal_code="150-0001",
            confirmed_address=ADDRESS,
        )
        fee = rq.get(self.desk, rid).fee_due
        if fee and paid:
            rq.record_fee(self.desk, rid, amount=fee, received_on=TODAY, method="cash")


@pytest.fixture
def office(office_db: Path) -> Iterator[Office]:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        yield Office(desk)
    finally:
        desk.close()


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> RequestsPage:
    page = RequestsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    return page


def accept(dialog: QDialog) -> QDialog:
    dialog.exec = lambda: dialog.save() and QDialog.DialogCode.Accepted  # type: ignore[method-assign,attr-defined]
    return dialog


def _texts(page: RequestsPage, row: int) -> list[str]:
    model = page.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _row_of(page: RequestsPage, rid: int) -> int:
    return next(i for i in range(page.model.rowCount()) if page.model.row_at(i).id == rid)


def test_page_lists_requests_with_their_state_and_clock(
    page: RequestsPage, office: Office, qtmodeltester: ModelTester
) -> None:
    late = office.receive(office.person, "correction", received=TODAY - timedelta(days=60))
    office.confirm(late)
    waiting = office.receive(office.person, "disclosure")
    rq.record_identity(office.desk, waiting, confirmed=False, missing=["person_id"])
    hidden = office.receive(office.hidden, "purpose")
    page.refresh()
    assert page.model.rowCount() == 3
    row = _texts(page, _row_of(page, late))
    assert row[5] == "検討中" and row[4] == "本人" and row[3] == "訂正・追加・削除"
    assert row[7] == render("requests.next.decide", "ja")
    overdue = page.model.index(_row_of(page, late), 0)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    stopped = _texts(page, _row_of(page, waiting))
    assert stopped[5] == "本人確認待ち"
    assert stopped[6].startswith("停止中") and "本人確認書類待ち" in stopped[6]
    assert page.model.index(_row_of(page, waiting), 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert _texts(page, _row_of(page, hidden))[2] == "● 佐藤 みどり"
    rq.withdraw(office.desk, hidden, "withdrawn_by_requester")
    page.refresh()
    assert page.model.rowCount() == 2  # open ones only
    page.ui.filterCombo.setCurrentIndex(1)
    assert page.model.rowCount() == 3
    assert _texts(page, _row_of(page, hidden))[5] == "取下げ"
    qtmodeltester.check(page.model, force_py=True)


def test_receive_dialog_creates_a_request(qtbot: QtBot, page: RequestsPage, office: Office) -> None:
    dialog = RequestReceiveDialog(office.desk, page)
    u = dialog.ui
    assert u.receivedEdit.text() == TODAY.isoformat()
    u.receivedEdit.setText(dates.display(TODAY).split("（")[0])  # typed in 和暦
    u.personSearchEdit.setText("タカハシ")
    dialog.search()
    assert dialog.persons.rowCount() == 1
    u.personView.selectRow(0)
    assert dialog.subject_id == office.person
    assert u.languageCombo.currentData() == "en"  # the person's language by default
    check, method, _detail = dialog.types["disclosure"]
    check.setChecked(True)
    assert method is not None
    method.setCurrentIndex(method.findData("electronic"))
    dialog.types["correction"][0].setChecked(True)
    dialog.types["correction"][2].setText("住所の訂正")
    u.requesterCombo.setCurrentIndex(u.requesterCombo.findData("appointed_agent"))
    u.agentNameEdit.setText("山本 一郎")
    u.honorificCombo.setCurrentIndex(u.honorificCombo.findData("先生"))
    u.addressEdit.setPlainText("東京都港区虎ノ門1-1 山本法律事務所")
    names = [dialog.entries.index(i, 0).data() for i in range(dialog.entries.rowCount())]
    dialog.entries.setData(
        dialog.entries.index(names.index("会員名簿"), 0),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    rid = page.receive(accept(dialog))  # type: ignore[arg-type]
    assert rid is not None and rid == dialog.saved_id
    v = rq.get(office.desk, rid)
    assert [(t.type, t.method_asked, t.detail) for t in v.types] == [
        ("disclosure", "electronic", ""),
        ("correction", "", "住所の訂正"),
    ]
    assert v.agent_name == "山本 一郎" and v.agent_honorific == "先生"
    assert [e.entry_id for e in v.entries] == [office.entry]
    assert v.language == "en" and v.received_on == TODAY
    assert page.model.rowCount() == 1 and page.selected_id() == rid
    assert _texts(page, 0)[4] == "任意代理人"


def test_receive_without_a_type_explains_and_saves_nothing(
    page: RequestsPage, office: Office
) -> None:
    dialog = RequestReceiveDialog(office.desk, page)
    dialog.ui.personSearchEdit.setText("タカハシ")
    dialog.search()
    dialog.ui.personView.selectRow(0)
    dialog.ui.receivedEdit.setText("令和2年13月1日")
    assert not dialog.save()
    message = dialog.ui.messageLabel.text()
    assert render("requests.type_required", "ja") in message
    assert dialog.ui.typesBox.styleSheet() == MARK  # shown next to the field too
    assert dialog.ui.receivedEdit.styleSheet() == MARK
    assert rq.list_requests(office.desk) == []
    i18n.set_language("en", remember=False)
    assert not dialog.save()
    assert render("requests.type_required", "en") in dialog.ui.messageLabel.text()


def test_a_new_person_is_registered_from_the_receipt(page: RequestsPage, office: Office) -> None:
    dialog = RequestReceiveDialog(office.desk, page)
    person = SubjectDialog(office.desk, None, dialog)
    person.ui.nameEdit.setText("Nguyễn Văn Đức")
    dialog.new_person(accept(person))  # type: ignore[arg-type]
    assert person.saved_id is not None and dialog.subject_id == person.saved_id
    assert "Nguyễn Văn Đức" in dialog.ui.personLabel.text()


def test_identity_missing_then_the_letters_say_why_and_issue(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = office.receive(office.person, "disclosure")
    dialog = RequestDialog(office.desk, rid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    u.whoseCombo.setCurrentIndex(u.whoseCombo.findData("person"))
    u.docKindCombo.setCurrentIndex(u.docKindCombo.findData("passport"))
    u.docIssuedEdit.setText("2021-05-01")
    assert dialog.identity.add_document()
    assert dialog.identity.documents.rowCount() == 1
    assert "現住所の確認書類" in u.gapsLabel.text()  # a post-2020 passport shows no address
    u.missingRadio.setChecked(True)
    dialog.identity.missing["person_address"].setChecked(True)
    assert u.deadlineEdit.text() == (TODAY + timedelta(days=14)).isoformat()
    assert dialog.identity.record_identity()
    v = rq.get(office.desk, rid)
    assert v.identity_status == "missing" and v.identity_missing == ("person_address",)
    assert v.identity_deadline == TODAY + timedelta(days=14)
    assert "本人確認待ち" in u.statusLabel.text()
    # 文書: disclosure cannot be printed yet, and the tab says why
    u.tabs.setCurrentWidget(u.lettersTab)
    u.letterCombo.setCurrentIndex(u.letterCombo.findData("disclosure"))
    assert u.problemLabel.text() == render("requests.letter_no_disclosure_decision", "ja")
    assert not u.issueButton.isEnabled()
    u.letterCombo.setCurrentIndex(u.letterCombo.findData("identity-check"))
    assert u.issueButton.isEnabled()
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    assert dialog.letters.letters.rowCount() == 0
    preview = dialog.letters.issue()
    assert preview is not None and shown == [preview]
    assert preview.pdf.startswith(b"%PDF")
    assert dialog.letters.letters.rowCount() == 1
    assert dialog.letters.letters.index(0, 1).data() == "本人確認書類の提出依頼"
    assert dialog.changed
    # 発送: the letter went by ordinary post
    u.mailMethodCombo.setCurrentIndex(u.mailMethodCombo.findData("ordinary"))
    assert dialog.letters.record_mailing()
    assert dialog.letters.mailings.rowCount() == 1
    assert rq.get(office.desk, rid).mailings[0].kind == "identity-check"


def test_disclosure_from_extract_to_decision(qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    rid = office.receive(office.person, "disclosure")
    office.confirm(rid, paid=False)
    dialog = RequestDialog(office.desk, rid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert u.feeDueLabel.text() == "1,000円"
    u.feeAmountSpin.setValue(1000)
    u.feeMethodCombo.setCurrentIndex(u.feeMethodCombo.findData("postal_stamps"))
    assert dialog.identity.record_fee()
    assert rq.get(office.desk, rid).state == "in_review"
    u.decisionCombo.setCurrentIndex(u.decisionCombo.findData("full"))
    assert not dialog.content.decide()  # nothing to disclose for the entry yet
    assert render("requests.entry_without_content", "ja", count=1) in u.messageLabel.text()
    extract = tmp_path / "extract.csv"
    extract.write_text("会員番号,氏名\nM-0001,髙橋 花子\n", encoding="utf-8")
    assert dialog.content.import_extract(extract)
    assert "1" in dialog.content.entries.index(0, 1).data()
    u.decisionCombo.setCurrentIndex(u.decisionCombo.findData("full"))
    assert dialog.content.decide()
    assert dialog.content.types.index(0, 2).data() == "全部開示"
    u.letterCombo.setCurrentIndex(u.letterCombo.findData("disclosure"))
    assert dialog.letters.update_problem() is None
    assert u.issueButton.isEnabled()


def test_manager_approves_a_protected_persons_request(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    rid = office.receive(office.hidden, "disclosure")
    staff = auth.sign_in(office_db, STAFF, STAFF_PASSWORD)
    try:
        seen = RequestDialog(staff, rid)
        qtbot.addWidget(seen)
        assert not seen.ui.approveButton.isEnabled()
        assert not seen.ui.deliveryButton.isEnabled()
        assert seen.ui.addDocButton.isEnabled()
    finally:
        staff.close()
    dialog = RequestDialog(office.desk, rid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert u.protectedBox.isVisibleTo(dialog)
    assert u.approveButton.isEnabled()
    assert "承認" in u.approvalLabel.text()
    assert dialog.approve()
    assert rq.get(office.desk, rid).approved
    assert u.approvalLabel.text() == "管理者が承認しました。"
    assert not u.approveButton.isEnabled()  # nothing left to approve
    u.deliveryCombo.setCurrentIndex(u.deliveryCombo.findData("restricted_delivery"))
    assert not dialog.save_delivery()  # an address is needed for the post
    assert u.deliveryAddressEdit.styleSheet() == MARK
    u.deliveryAddressEdit.setText("大阪府大阪市北区曽根崎2-2")
    assert dialog.save_delivery()
    assert rq.get(office.desk, rid).delivery_method == "restricted_delivery"


def test_the_request_dialog_follows_a_language_switch(qtbot: QtBot, office: Office) -> None:
    rid = office.receive(office.person, "disclosure")
    dialog = RequestDialog(office.desk, rid)
    qtbot.addWidget(dialog)
    assert "本人確認待ち" in dialog.ui.statusLabel.text()
    i18n.set_language("en", remember=False)
    qtbot.waitUntil(lambda: "Awaiting identity check" in dialog.ui.statusLabel.text())
    assert dialog.ui.tabs.tabText(0) == "Overview"
    assert dialog.ui.letterCombo.currentText() == "Acknowledgement of receipt"
    assert "Identity" in dialog.ui.summaryView.toPlainText()


def test_a_viewer_reads_but_every_button_is_disabled(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    rid = office.receive(office.person, "disclosure")
    viewer = auth.sign_in(office_db, VIEWER, STAFF_PASSWORD)
    try:
        page = RequestsPage()
        qtbot.addWidget(page)
        page.set_desk(viewer)
        assert page.model.rowCount() == 1
        assert page.ui.newButton.isHidden()
        dialog = RequestDialog(viewer, rid)
        qtbot.addWidget(dialog)
        u = dialog.ui
        assert "髙橋 花子" in u.summaryView.toPlainText()
        for button in (
            u.addDocButton,
            u.removeDocButton,
            u.recordIdentityButton,
            u.recordFeeButton,
            u.importButton,
            u.decideButton,
            u.issueButton,
            u.electronicButton,
            u.recordMailingButton,
            u.markButton,
            u.routeButton,
            u.approveButton,
            u.withdrawButton,
            u.closeRequestButton,
        ):
            assert not button.isEnabled(), button.objectName()
        assert u.routeReasonEdit.isReadOnly()
        assert "閲覧" in u.problemLabel.text() or "役割" in u.problemLabel.text()
        assert not dialog.identity.add_document()  # the service refuses: said nicely
        assert "役割" in u.messageLabel.text()
    finally:
        viewer.close()


def test_mailing_log_lists_a_recorded_mailing(
    page: RequestsPage, office: Office, qtmodeltester: ModelTester
) -> None:
    rid = office.receive(office.person, "correction")
    office.confirm(rid)
    rq.decide(office.desk, rid, Decision("correction", "done", changes="住所を訂正"))
    rq.letter(office.desk, rid, "correction-result")
    rq.record_mailing(office.desk, rid, "correction-result", "specified_record", TODAY, "111-222")
    dialog = RequestMailingLogDialog(office.desk, page)
    dialog.exec = lambda: 0  # type: ignore[method-assign]
    page.mailing_log(dialog)
    assert dialog.model.rowCount() == 1
    texts = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert texts[1] == "訂正等の結果通知"
    assert texts[4] == "特定記録郵便" and texts[5] == "111-222" and texts[6] == "発送済み"
    qtmodeltester.check(dialog.model, force_py=True)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshots_of_requests(qtbot: QtBot, office: Office, lang: str) -> None:
    i18n.set_language(lang, remember=False)
    late = office.receive(office.person, "correction", received=TODAY - timedelta(days=40))
    office.confirm(late)
    rid = office.receive(
        office.person,
        "disclosure",
        "correction",
        requester_kind="legal_rep",
        agent_name="髙橋 美和",
        agent_relation="親権者",
    )
    rq.record_identity(office.desk, rid, confirmed=False, missing=["legal_authority"])
    office.receive(office.hidden, "purpose")
    page = RequestsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    page.resize(1200, 600)
    page.show()
    _save(qtbot, page, f"{lang}_requests_page")
    receive = RequestReceiveDialog(office.desk, page)
    qtbot.addWidget(receive)
    receive.show()
    _save(qtbot, receive, f"{lang}_request_receive_dialog")
    dialog = RequestDialog(office.desk, rid, page)
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in ("summaryTab", "identityTab", "decisionTab", "lettersTab"):
        dialog.ui.tabs.setCurrentWidget(getattr(dialog.ui, tab))
        _save(qtbot, dialog, f"{lang}_request_dialog_{tab.removesuffix('Tab')}")
