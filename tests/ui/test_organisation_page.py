"""組織 driven with qtbot on a real database: the privacy notice tab (versions, differences,
importing, a passage selected in the text and tagged, a register item linked, the consistency
line changing), the self-check answered from the keyboard with the app's pre-answers marked,
staff with a refused entry, pledges, trainings and their printed forms, an internal audit from
plan to report, what a viewer may not do, and screenshots of every tab in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD
from tests.ui.conftest import STAFF_PASSWORD, VIEWER
from tests.ui.test_screenshots import _save

from privacydesk.messages import render
from privacydesk.services import auth, profile, register
from privacydesk.services import internal_audits as ia
from privacydesk.services import notice_check as nc
from privacydesk.services import self_check as sc
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.internal_audits import AuditPlan
from privacydesk.services.profile import ProfileData
from privacydesk.services.register import EntryData, ItemData, NoticeData, PurposeData
from privacydesk.services.staff import StaffData, TrainingData
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.internal_audit import InternalAuditDialog
from privacydesk.ui.dialogs.notice_import import NoticeImportDialog
from privacydesk.ui.dialogs.request_common import MARK
from privacydesk.ui.dialogs.self_check import SelfCheckDialog, SelfCheckFinishDialog
from privacydesk.ui.dialogs.staff_member import StaffMemberDialog
from privacydesk.ui.dialogs.staff_training import StaffTrainingDialog
from privacydesk.ui.pages.organisation import OrganisationPage

TODAY = date.today()
NAME = "特定非営利活動法人 みどりの会"
PURPOSE = "会員への連絡と会報の送付のため"
PROCEDURE = "開示等の請求の手続は、当会所定の請求書を郵送してください。"
SECURITY = "当会は安全管理措置として、職員に研修を行います。"
OLD_TEXT = f"""個人情報保護方針

{NAME}（以下「当会」）は、個人情報を次のとおり取り扱います。

1. 利用目的
{PURPOSE}

2. 開示等の請求
{PROCEDURE}
"""
NEW_TEXT = (
    OLD_TEXT
    + f"""
3. 安全管理措置
{SECURITY}
"""
)


class Office:
    """A manager's desk on an office with a purpose in use and two versions of its notice."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        profile.save_profile(desk, ProfileData(name=NAME))
        purpose = register.create_purpose(desk, PurposeData(code="a", text=PURPOSE))
        register.create_entry(
            desk, EntryData(name="会員名簿", items=[ItemData("氏名")], purpose_ids=[purpose.id])
        )
        self.old = register.create_notice(
            desk, NoticeData("個人情報保護方針（旧）", OLD_TEXT, TODAY - timedelta(days=400), "")
        ).id
        self.notice = register.create_notice(
            desk, NoticeData("個人情報保護方針", NEW_TEXT, TODAY - timedelta(days=30), "HP")
        ).id

    def member(self, name: str = "佐藤 花子", **kw: object) -> int:
        return st.create(self.desk, StaffData(name=name, **kw))  # type: ignore[arg-type]

    def answer_open(self, cid: int, value: str = "yes") -> None:
        detail = sc.get(self.desk, cid)
        for q in detail.template.questions:
            given = detail.answers.get(q.id)
            if given is None or not given.answer:
                sc.answer(self.desk, cid, q.id, value)


@pytest.fixture
def office(office_db: Path) -> Iterator[Office]:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        yield Office(desk)
    finally:
        desk.close()


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> OrganisationPage:
    page = OrganisationPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    return page


def accept(dialog: QDialog) -> QDialog:
    dialog.exec = lambda: dialog.save() and QDialog.DialogCode.Accepted  # type: ignore[method-assign,attr-defined]
    return dialog


def texts(model: QAbstractItemModel, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def column(model: QAbstractItemModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


# -- プライバシーポリシー -------------------------------------------------------------------------


def test_the_notice_tab_lists_versions_and_what_the_check_found(
    page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    tab = page.notice
    assert column(tab.versions, 0) == ["個人情報保護方針", "個人情報保護方針（旧）"]
    assert column(tab.versions, 2) == ["●", ""]  # the version in force
    assert tab.ui.textView.toPlainText() == NEW_TEXT.strip()
    assert "下の確認の対象" in tab.ui.versionLabel.text()
    # Nothing tagged yet: every item of the register is missing from the notice.
    labels = column(tab.items, 0)
    assert NAME in labels and PURPOSE in labels
    assert "開示等の請求の手続" in labels and "安全管理措置" in labels
    row = labels.index(NAME)
    assert texts(tab.items, row)[1:3] == ["名称", "組織情報"]
    assert tab.unlinked.rowCount() == 0
    assert tab.state_text().startswith(f"食い違い {len(labels)} 件")
    assert tab.ui.stateLabel.styleSheet().startswith("color: #b00020")
    # The older version is shown on request, with the tag combo in the office's words.
    tab.ui.versionsView.selectRow(1)
    assert tab.ui.textView.toPlainText() == OLD_TEXT.strip()
    assert "確認の対象ではありません" in tab.ui.versionLabel.text()
    assert [tab.ui.tagCombo.itemText(i) for i in range(tab.ui.tagCombo.count())] == [
        "名称",
        "住所",
        "代表者",
        "利用目的",
        "提供先",
        "外国",
        "委託の内容",
        "安全管理措置",
        "開示等の手続",
        "手数料",
        "苦情の窓口",
        "認定個人情報保護団体",
    ]
    qtmodeltester.check(tab.versions, force_py=True)


def test_tagging_a_selected_passage_and_linking_an_item_changes_the_consistency_line(
    page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    tab = page.notice
    u = tab.ui
    assert not u.tagButton.isEnabled()  # nothing selected yet
    before = len(tab.result.items_unlinked)  # type: ignore[union-attr]
    assert tab.select_text(NAME)
    assert u.tagButton.isEnabled()
    u.tagCombo.setCurrentIndex(u.tagCombo.findData("org_name"))
    u.tagButton.click()
    assert "「名称」" in u.messageLabel.text()
    assert texts(tab.passages, 0) == ["名称", NAME]
    # The new passage is in the notice but not yet linked: one more discrepancy.
    assert column(tab.unlinked, 1) == [NAME]
    assert tab.state_text().startswith(f"食い違い {before + 1} 件")
    # The item and its best suggestion, then 対応づける.
    row = column(tab.items, 0).index(NAME)
    u.itemsView.selectRow(row)
    assert tab.items.index(row, 3).data() == f"{NAME}（100%）"
    assert u.linkCombo.currentData() == tab.passages.row_at(0).id  # type: ignore[union-attr]
    assert u.linkButton.isEnabled()
    u.linkButton.click()
    assert NAME not in column(tab.items, 0) and tab.unlinked.rowCount() == 0
    assert tab.state_text().startswith(f"食い違い {before - 1} 件")
    # Tag the rest; the strong suggestions are accepted together.
    for tag, text in (("purpose", PURPOSE), ("request_procedure", PROCEDURE)):
        assert tab.select_text(text)
        assert tab.tag(tag)
    assert tab.select_text(SECURITY)
    u.tagCombo.setCurrentIndex(u.tagCombo.findData("security"))
    assert tab.tag()
    assert u.acceptButton.isEnabled()
    assert tab.accept_suggestions() == 3
    assert "3 件" in u.messageLabel.text()
    assert tab.items.rowCount() == 0 and tab.unlinked.rowCount() == 0
    assert tab.state_text().startswith("整合しています")
    assert u.stateLabel.styleSheet().startswith("color: #0b5d1e")
    assert nc.check(office.desk).consistent
    # 削除 gives the passage back to the notice side... and the item to the register side.
    u.passagesView.selectRow(0)
    assert tab.remove_passage()
    assert NAME in column(tab.items, 0)
    assert tab.state_text().startswith("食い違い 1 件")
    i18n.set_language("en", remember=False)
    tab.retranslate()
    assert tab.state_text().startswith("1 discrepancies")
    qtmodeltester.check(tab.passages, force_py=True)


def test_a_passage_not_selected_from_the_text_is_refused_in_words(
    page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    tab = page.notice
    cursor = tab.ui.textView.textCursor()
    cursor.clearSelection()
    tab.ui.textView.setTextCursor(cursor)
    assert not tab.tag("purpose")
    assert render("notice_check.passage_required", "ja") in tab.ui.messageLabel.text()
    assert tab.passages.rowCount() == 0
    qtmodeltester.check(tab.items, force_py=True)


def test_differences_and_a_new_version_imported_from_a_file(
    page: OrganisationPage, office: Office, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    tab = page.notice
    tab.ui.versionsView.selectRow(0)
    diff = tab.differences(show=False)
    assert diff is not None
    rows = [diff.model.row_at(i) for i in range(diff.model.rowCount())]
    added = [r.text for r in rows if r and r.op == "+"]
    assert SECURITY in added and not [r for r in rows if r and r.op == "-"]
    line = next(i for i, r in enumerate(rows) if r and r.text == SECURITY)
    assert diff.model.index(line, 0).data() == "+"
    assert diff.model.index(line, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert diff.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert diff.ui.countLabel.text() == "追加 3 行、削除 0 行"  # a blank line, a heading, a passage
    qtmodeltester.check(diff.model, force_py=True)
    # A tagged passage of the version in force carries over to the imported one.
    assert tab.select_text(PURPOSE) and tab.tag("purpose")
    missing = NoticeImportDialog(office.desk, tab, today=TODAY)
    missing.ui.fileEdit.setText(str(tmp_path / "none.txt"))
    missing.ui.titleEdit.setText("新方針")
    assert tab.import_version(accept(missing)) is None  # type: ignore[arg-type]
    assert missing.ui.fileEdit.styleSheet() == MARK
    assert "ファイルが見つかりません" in missing.ui.messageLabel.text()
    policy = tmp_path / "policy.txt"
    policy.write_text(NEW_TEXT.replace("研修を行います", "年1回研修を行います"), encoding="cp932")
    dialog = NoticeImportDialog(office.desk, tab, today=TODAY)
    dialog.ui.fileEdit.setText(str(policy))
    dialog.ui.titleEdit.setText("個人情報保護方針（改定）")
    dialog.ui.effectiveEdit.setText("令和8年13月1日")
    assert tab.import_version(accept(dialog)) is None  # type: ignore[arg-type]
    assert dialog.ui.effectiveEdit.styleSheet() == MARK
    dialog.ui.effectiveEdit.setText(TODAY.isoformat())
    row = tab.import_version(accept(dialog))  # type: ignore[arg-type]
    assert row is not None and tab.selected_version().id == row.id  # type: ignore[union-attr]
    assert column(tab.versions, 2)[0] == "●"
    assert column(tab.passages, 1) == [PURPOSE]  # carried over
    assert "取り込みました" in tab.ui.messageLabel.text()


# -- 自己点検 -----------------------------------------------------------------------------------


def test_the_self_check_tab_shows_the_status_and_why_light_measures_are_not_open(
    page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    tab = page.self_check
    u = tab.ui
    assert render("self_check.never_done", "ja") in u.statusLabel.text()
    assert render("self_check.light_staff_unknown", "ja") in u.lightLabel.text()
    assert u.startButton.isEnabled() and not u.startLightButton.isEnabled()
    profile.set_setting(office.desk, "org.staff_count", 12)
    tab.refresh()
    assert u.startLightButton.isEnabled()
    assert "軽易な措置を選択できます" in u.lightLabel.text()
    done = sc.start(office.desk, today=TODAY - timedelta(days=400))
    office.answer_open(done)
    sc.finish(office.desk, done, "conditional", "鍵の管理に改善点", TODAY - timedelta(days=399))
    sc.add_action(office.desk, done, "鍵の管理簿を作る", "事務局長", TODAY - timedelta(days=5))
    tab.refresh()
    assert render("self_check.overdue", "ja", date="").split("（")[0] in u.statusLabel.text()
    assert texts(tab.checks, 0)[1:4] == [
        (TODAY - timedelta(days=399)).isoformat(),
        "全体",
        "一部不適合（改善予定）",
    ]
    assert texts(tab.actions, 0)[:3] == [
        "鍵の管理簿を作る",
        "事務局長",
        (TODAY - timedelta(days=5)).isoformat(),
    ]
    assert tab.actions.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue
    # Corrective actions: refused without an action, added, closed with a note.
    u.checksView.selectRow(0)
    assert not tab.add_action()
    assert u.actionEdit.styleSheet() == MARK
    u.actionEdit.setText("持出し記録簿の見直し")
    u.ownerEdit.setText("山田")
    u.dueEdit.setText((TODAY + timedelta(days=30)).isoformat())
    assert tab.add_action()
    assert tab.actions.rowCount() == 2
    u.actionsView.selectRow(0)
    u.closingNoteEdit.setText("管理簿を作成した")
    assert tab.close_action()
    assert [a.closed_on for a in sc.actions(office.desk) if a.action == "鍵の管理簿を作る"] == [
        TODAY
    ]
    qtmodeltester.check(tab.checks, force_py=True)


def test_a_self_check_answered_with_keys_saves_through_the_services(
    qtbot: QtBot, page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    tab = page.self_check
    cid = tab.start(show=False)
    assert cid is not None and tab.check_dialog is not None
    assert not tab.ui.startButton.isEnabled()  # one open at a time
    form = tab.check_dialog
    qtbot.addWidget(form)
    form.show()
    view = form.ui.questionsView
    assert form.ui.categoryLabel.text() == "基本方針"
    first = [form.model.row_at(i) for i in range(form.model.rowCount())]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]
    for i in range(len(first)):
        qtbot.keyClick(view, keys[i % 3])
    answers = sc.get(office.desk, cid).answers
    assert {q.id: answers[q.id].answer for q in first if q} == {
        q.id: ("yes", "no", "na")[i % 3] for i, q in enumerate(first) if q
    }
    assert "保存しました" in form.ui.savedLabel.text()
    # The technical measures come pre-answered by the app, with the evidence shown.
    form.show_category(form.categories.index("technical"))
    codes = [form.model.row_at(i).code for i in range(form.model.rowCount())]  # type: ignore[union-attr]
    row = codes.index("tec.accounts")
    assert form.model.index(row, 2).data() == "適合"
    assert form.model.index(row, 3).data() == "アプリから"
    view.selectRow(row)
    assert form.ui.appLabel.text().startswith("アプリから：本アプリの有効なアカウントは")
    assert "共有アカウントはなく" in form.ui.evidenceEdit.text()
    # The officer may change what the app answered: the answer is then the office's.
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert sc.get(office.desk, cid).answers[form.model.row_at(row).id].answer == "no"  # type: ignore[union-attr]
    assert form.model.index(row, 3).data() == ""
    assert form.ui.appLabel.isHidden() or not form.ui.appLabel.text()
    qtmodeltester.check(form.model, force_py=True)
    # Finish: refused while open; then finished with a result and a summary.
    finish = SelfCheckFinishDialog(office.desk, cid, form, TODAY)
    assert not form.finish(accept(finish))  # type: ignore[arg-type]
    assert "未回答の項目" in finish.ui.messageLabel.text()
    office.answer_open(cid)
    finish = SelfCheckFinishDialog(office.desk, cid, form, TODAY)
    finish.ui.resultCombo.setCurrentIndex(finish.ui.resultCombo.findData("conditional"))
    finish.ui.summaryEdit.setPlainText("バックアップの検証を行う")
    assert form.finish(accept(finish))  # type: ignore[arg-type]
    assert form.read_only and "一部不適合" in form.ui.statusLabel.text()
    form.accept()
    tab.refresh()
    assert texts(tab.checks, 0)[1] == TODAY.isoformat()
    assert render("self_check.never_done", "ja") not in tab.ui.statusLabel.text()
    assert tab.ui.startButton.isEnabled()


def test_a_light_check_marks_the_questions_it_leaves_out(
    qtbot: QtBot, page: OrganisationPage, office: Office
) -> None:
    profile.set_setting(office.desk, "org.staff_count", 12)
    tab = page.self_check
    tab.refresh()
    cid = tab.start(light=True, show=False)
    assert cid is not None
    form = tab.check_dialog
    assert isinstance(form, SelfCheckDialog)
    qtbot.addWidget(form)
    assert "軽易な措置" in form.ui.headerLabel.text()
    sources = set()
    for i in range(len(form.categories)):
        form.show_category(i)
        sources |= set(column(form.model, 3))
    assert {"対象外（軽易な措置）", "アプリから"} <= sources
    assert tab.checks.index(0, 2).data() == "軽易"


def test_a_viewer_may_read_and_no_more(
    qtbot: QtBot, office: Office, office_db: Path, qtmodeltester: ModelTester
) -> None:
    office.member()
    audit = ia.plan(office.desk, AuditPlan(TODAY, "総務部", "other_department", "会員名簿"))
    cid = sc.start(office.desk)
    viewer = auth.sign_in(office_db, VIEWER, STAFF_PASSWORD)
    try:
        page = OrganisationPage()
        qtbot.addWidget(page)
        page.set_desk(viewer)
        n, s, f, a = page.notice.ui, page.self_check.ui, page.staff.ui, page.audits.ui
        assert page.notice.versions.rowCount() == 2 and page.staff.model.rowCount() == 1
        assert page.audits.model.rowCount() == 1 and page.self_check.checks.rowCount() == 1
        page.notice.select_text(NAME)
        for button in (
            n.importButton,
            n.tagButton,
            n.removePassageButton,
            n.linkButton,
            n.acceptButton,
            s.startButton,
            s.startLightButton,
            s.discardButton,
            s.addActionButton,
            s.closeActionButton,
            f.addButton,
            f.pledgeFormButton,  # a named pledge is personal data
            f.addTrainingButton,
            f.sheetButton,
            a.planButton,
            a.deleteButton,
        ):
            assert not button.isEnabled(), button.objectName()
        assert n.diffButton.isEnabled() and s.openButton.isEnabled()
        assert f.editButton.isEnabled() and f.blankPledgeButton.isEnabled()
        assert a.openButton.isEnabled()
        # The services refuse anyway, and the refusal reads as words.
        assert not page.notice.tag("org_name")
        assert n.messageLabel.text() == (
            "あなたの役割（閲覧者）では、この操作はできません。管理者に依頼してください。"
        )
        form = SelfCheckDialog(viewer, cid)
        qtbot.addWidget(form)
        assert form.read_only and not form.ui.finishButton.isEnabled()
        qtbot.keyClick(form.ui.questionsView, Qt.Key.Key_1)
        assert "閲覧" in form.ui.savedLabel.text() or "役割" in form.ui.savedLabel.text()
        member = StaffMemberDialog(viewer, page.staff.selected_member().id)  # type: ignore[union-attr]
        qtbot.addWidget(member)
        assert member.ui.nameEdit.isReadOnly() and not member.ui.saveButton.isEnabled()
        assert not member.ui.addPledgeButton.isEnabled()
        assert not member.save() and "管理者に依頼してください" in member.ui.messageLabel.text()
        dialog = InternalAuditDialog(viewer, audit)
        qtbot.addWidget(dialog)
        d = dialog.ui
        for button in (d.savePlanButton, d.recordDoneButton, d.addFindingButton, d.reportButton):
            assert not button.isEnabled(), button.objectName()
        assert d.auditorEdit.isReadOnly()
        blank = page.staff.print_pledge(named=False, show=False)
        assert blank is not None and blank.pdf.startswith(b"%PDF")
        qtmodeltester.check(page.audits.model, force_py=True)
    finally:
        viewer.close()


# -- 職員 ---------------------------------------------------------------------------------------


def test_adding_a_staff_member_without_a_name_shows_the_message(
    page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    tab = page.staff
    dialog = StaffMemberDialog(office.desk, None, tab, today=TODAY)
    u = dialog.ui
    u.roleEdit.setText("会員名簿の管理")
    u.startEdit.setText("令和8年13月1日")
    assert tab.add(accept(dialog)) is None  # type: ignore[arg-type]
    assert render("staff.name_required", "ja") in u.messageLabel.text()
    assert u.nameEdit.styleSheet() == MARK and u.startEdit.styleSheet() == MARK
    assert not u.pledgesBox.isEnabled()
    assert st.list_staff(office.desk) == []
    i18n.set_language("en", remember=False)
    assert not dialog.save()
    assert render("staff.name_required", "en") in u.messageLabel.text()
    i18n.set_language("ja", remember=False)
    u.nameEdit.setText("佐藤 花子")
    u.kindCombo.setCurrentIndex(u.kindCombo.findData("volunteer"))
    u.startEdit.setText("2026-04-01")
    u.accountCombo.setCurrentIndex(u.accountCombo.findText(MANAGER, Qt.MatchFlag.MatchStartsWith))
    sid = tab.add(accept(dialog))  # type: ignore[arg-type]
    assert sid is not None and dialog.staff_id == sid
    data = st.get(office.desk, sid).data
    assert data.name == "佐藤 花子" and data.kind == "volunteer" and data.account_id is not None
    assert u.pledgesBox.isEnabled()
    assert render("staff.no_pledge", "ja") in u.flagsLabel.text()
    row = texts(tab.model, 0)
    assert row[:4] == ["佐藤 花子", "ボランティア", "会員名簿の管理", MANAGER]
    assert row[8] == "誓約書なし、研修未受講"
    assert render("staff.no_pledge", "ja") in tab.model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    # A pledge recorded in the dialog clears its flag.
    u.keptEdit.setText("事務局書庫")
    assert dialog.add_pledge()
    assert dialog.pledges.rowCount() == 1 and "誓約書がありません" not in u.flagsLabel.text()
    u.pledgesView.selectRow(0)
    assert u.removePledgeButton.isEnabled()
    tab.refresh()
    assert texts(tab.model, 0)[8] == "研修未受講"
    assert "1 人" in tab.ui.countLabel.text()
    qtmodeltester.check(tab.model, force_py=True)


def test_trainings_with_attendance_and_the_printed_forms(
    page: OrganisationPage, office: Office, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    tab = page.staff
    a = office.member("佐藤 花子")
    b = office.member("鈴木 一郎", kind="board")
    office.member("田中 退職", end_on=TODAY - timedelta(days=100))
    dialog = StaffTrainingDialog(office.desk, None, tab, today=TODAY)
    assert not dialog.ui.attendanceBox.isEnabled()
    assert not dialog.save()  # no topic
    assert dialog.ui.topicEdit.styleSheet() == MARK
    dialog.ui.topicEdit.setText("個人情報の取扱い研修")
    dialog.ui.materialEdit.setText("研修資料 2026")
    assert dialog.save()
    tid = dialog.training_id
    assert tid is not None and dialog.ui.attendanceBox.isEnabled()
    assert column(dialog.model, 0) == ["佐藤 花子", "鈴木 一郎"]  # the one who left is not offered
    assert dialog.set_attended(a, True, understood=True)
    assert dialog.set_attended(b, True)
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.save_attendance()
    assert "2 人" in dialog.ui.messageLabel.text()
    detail = st.get_training(office.desk, tid)
    assert {(x.staff_id, x.understanding_checked) for x in detail.attendees} == {
        (a, True),
        (b, False),
    }
    qtmodeltester.check(dialog.model, force_py=True)
    # 出席簿 through the preview, saved by the service.
    sheet = dialog.print_sheet(show=False)
    assert sheet is not None and sheet.pdf.startswith(b"%PDF")
    out = tmp_path / "sheet.pdf"
    sheet.save_as(out)
    assert out.read_bytes().startswith(b"%PDF")
    tab.refresh()
    assert texts(tab.trainings, 0)[1:4] == ["個人情報の取扱い研修", "2", "1"]
    assert (
        texts(tab.model, 0)[7] == TODAY.isoformat() or texts(tab.model, 1)[7] == TODAY.isoformat()
    )
    # The pledge: named for the selected member, or blank.
    tab.select(a)
    named = tab.print_pledge(named=True, show=False)
    assert named is not None and named.pdf.startswith(b"%PDF")
    assert "佐藤 花子" in named.windowTitle()
    pledge = tmp_path / "pledge.pdf"
    named.save_as(pledge)
    assert pledge.read_bytes().startswith(b"%PDF")
    blank = tab.print_pledge(named=False, show=False)
    assert blank is not None and blank.windowTitle() == "誓約書（白紙）"
    assert tab.print_sheet(show=False) is not None


# -- 内部監査 -----------------------------------------------------------------------------------


def test_an_audit_planned_then_done_reported_with_findings_and_actions(
    page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    tab = page.audits
    assert tab.model.rowCount() == 0
    assert render("internal_audit.due", "ja") in tab.ui.cycleLabel.text()
    dialog = InternalAuditDialog(office.desk, None, tab, today=TODAY)
    u = dialog.ui
    assert not u.tabs.isTabEnabled(u.tabs.indexOf(u.doneTab))
    assert not dialog.save_plan()  # no auditor, no scope
    assert u.auditorEdit.styleSheet() == MARK and u.scopeEdit.styleSheet() == MARK
    u.plannedEdit.setText((TODAY - timedelta(days=10)).isoformat())
    u.auditorEdit.setText("総務部 高橋")
    u.kindCombo.setCurrentIndex(u.kindCombo.findData("other_department"))
    u.scopeEdit.setPlainText("会員名簿と委託先の管理")
    dialog.exec = lambda: 0  # type: ignore[method-assign]
    assert dialog.save_plan()
    aid = dialog.audit_id
    assert aid is not None and u.tabs.isTabEnabled(u.tabs.indexOf(u.doneTab))
    assert render("internal_audit.plan_passed", "ja", date="X").split("（")[0] in (
        u.flagsLabel.text()
    )
    assert not u.reportButton.isEnabled()  # not done yet
    # Done, with a summary.
    u.summaryEdit.setPlainText("")
    assert not dialog.record_done()
    assert u.summaryEdit.styleSheet() == MARK
    u.summaryEdit.setPlainText("名簿の持出し記録に不備あり")
    assert dialog.record_done()
    assert ia.get(office.desk, aid).row.state == "done"
    assert u.reportButton.isEnabled()
    # Findings and corrective actions.
    u.findingEdit.setText("持出し記録簿の記入漏れ")
    u.severityCombo.setCurrentIndex(u.severityCombo.findData("major"))
    assert dialog.add_finding()
    assert texts(dialog.findings, 0) == ["重大な指摘", "持出し記録簿の記入漏れ"]
    u.actionEdit.setText("記録簿の様式を改める")
    u.ownerEdit.setText("事務局長")
    u.dueEdit.setText((TODAY + timedelta(days=30)).isoformat())
    u.findingCombo.setCurrentIndex(1)
    assert dialog.add_action()
    assert texts(dialog.actions, 0)[3] == "持出し記録簿の記入漏れ"
    u.actionsView.selectRow(0)
    assert not dialog.close_action()  # no note
    assert u.closingNoteEdit.styleSheet() == MARK
    u.closingNoteEdit.setText("新様式を配布した")
    assert dialog.close_action()
    assert texts(dialog.actions, 0)[4] == TODAY.isoformat()
    # Reported to the board: the audit is then closed to edits.
    assert dialog.report(confirmed=True)
    assert ia.get(office.desk, aid).row.state == "reported"
    assert not u.savePlanButton.isEnabled() and not u.recordDoneButton.isEnabled()
    assert not u.addFindingButton.isEnabled() and not u.reportButton.isEnabled()
    assert u.addActionButton.isEnabled()  # corrective actions go on
    assert "理事会報告済" in u.headerLabel.text()
    assert tab.plan(dialog) == aid
    row = texts(tab.model, 0)
    assert row[:6] == [
        (TODAY - timedelta(days=10)).isoformat(),
        TODAY.isoformat(),
        TODAY.isoformat(),
        "理事会報告済",
        "総務部 高橋",
        "他部門の職員",
    ]
    assert row[6:8] == ["1", "0"]
    assert "理事会報告済" in tab.ui.cycleLabel.text()
    assert render("internal_audit.due", "ja") not in tab.ui.cycleLabel.text()
    qtmodeltester.check(dialog.findings, force_py=True)


def test_the_audits_tab_lists_open_actions_of_audits_and_self_checks(
    page: OrganisationPage, office: Office, qtmodeltester: ModelTester
) -> None:
    aid = ia.plan(office.desk, AuditPlan(TODAY, "監事 伊藤", "statutory_auditor", "全体"))
    ia.add_action(office.desk, aid, "規程の改定", "理事長", TODAY - timedelta(days=1))
    cid = sc.start(office.desk)
    sc.add_action(office.desk, cid, "鍵の管理", "事務局", TODAY + timedelta(days=10))
    spare = ia.plan(office.desk, AuditPlan(TODAY + timedelta(days=60), "外部", "outside", "委託先"))
    page.audits.refresh()
    tab = page.audits
    assert column(tab.actions, 3) == ["内部監査", "自己点検"]
    assert tab.actions.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert render("internal_audit.action_overdue", "ja", count=1) in tab.ui.cycleLabel.text()
    assert column(tab.model, 5) == ["外部監査人", "監事"]
    tab.select(spare)
    assert tab.ui.deleteButton.isEnabled()
    assert tab.delete(confirmed=True)
    assert [r.id for r in ia.list_audits(office.desk)] == [aid]
    qtmodeltester.check(tab.actions, force_py=True)


# -- screenshots ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshots_of_the_organisation_tabs(qtbot: QtBot, office: Office, lang: str) -> None:
    i18n.set_language(lang, remember=False)
    desk = office.desk
    passage = nc.tag_passage(desk, office.notice, "org_name", NAME)
    nc.link(desk, "org_name:", passage)
    nc.tag_passage(desk, office.notice, "purpose", PURPOSE)
    nc.tag_passage(desk, office.notice, "security", SECURITY)
    a = office.member("佐藤 花子", role="会員名簿")
    office.member("鈴木 一郎", kind="board")
    st.add_pledge(desk, a, TODAY - timedelta(days=20), "2026年版", "事務局書庫")
    tid = st.create_training(desk, TrainingData(TODAY - timedelta(days=3), "個人情報研修", ""))
    st.set_attendance(desk, tid, [(a, True)])
    done = sc.start(desk, today=TODAY - timedelta(days=400))
    office.answer_open(done)
    sc.finish(desk, done, "conditional", "鍵の管理に改善点", TODAY - timedelta(days=399))
    sc.add_action(desk, done, "鍵の管理簿を作る", "事務局長", TODAY - timedelta(days=5))
    aid = ia.plan(desk, AuditPlan(TODAY - timedelta(days=40), "総務部", "other_department", "名簿"))
    ia.record_done(desk, aid, TODAY - timedelta(days=30), "持出し記録に不備")
    ia.add_finding(desk, aid, "持出し記録簿の記入漏れ", "minor")
    ia.add_action(desk, aid, "記録簿の様式を改める", "事務局長", TODAY + timedelta(days=20))
    page = OrganisationPage()
    qtbot.addWidget(page)
    page.set_desk(desk)
    page.resize(1200, 760)
    page.show()
    page.notice.select_text(SECURITY)
    for key in ("notice", "self_check", "staff", "audits"):
        page.show_tab(key)
        _save(qtbot, page, f"{lang}_organisation_{key}")
    form = SelfCheckDialog(desk, sc.start(desk), page)
    qtbot.addWidget(form)
    form.show()
    form.show_category(form.categories.index("technical"))
    _save(qtbot, form, f"{lang}_self_check_form")
    audit = InternalAuditDialog(desk, aid, page)
    qtbot.addWidget(audit)
    audit.show()
    audit.ui.tabs.setCurrentWidget(audit.ui.actionsTab)
    _save(qtbot, audit, f"{lang}_internal_audit_dialog")
