"""委託先 driven with qtbot on a real database: the list with its flags and reasons, the
contractor dialog (creation, refusals next to the fields, the other tabs), the review form
answered from the keyboard and saved answer by answer, finishing and the read-only finished
review, viewers, likely duplicates, and the checklist versions (a draft saved and published)."""

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
from privacydesk.services import auth, profile, register
from privacydesk.services import contractors as cs
from privacydesk.services.contractors import ContractorData
from privacydesk.services.desk import Desk
from privacydesk.services.profile import ProfileData
from privacydesk.services.register import EntryData, ItemData, PurposeData
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.checklist import ChecklistDialog
from privacydesk.ui.dialogs.checklist_editor import ChecklistEditorDialog
from privacydesk.ui.dialogs.contractor import ContractorDialog
from privacydesk.ui.dialogs.contractor_duplicates import ContractorDuplicatesDialog
from privacydesk.ui.dialogs.contractor_review import (
    ContractorFinishDialog,
    ContractorReviewDialog,
)
from privacydesk.ui.dialogs.request_common import MARK
from privacydesk.ui.pages.contractors import ContractorsPage

TODAY = date.today()


class Office:
    """A manager's desk on an office with a register entry holding sensitive data."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        profile.save_profile(desk, ProfileData(name="特定非営利活動法人 みどりの会"))
        purpose = register.create_purpose(
            desk, PurposeData(code="a", text="相談への対応のため", subject_group="consultees")
        )
        self.entry = register.create_entry(
            desk,
            EntryData(
                name="相談記録",
                items=[ItemData("氏名"), ItemData("病歴", True, "medical_history")],
                purpose_ids=[purpose.id],
            ),
        ).id

    def contractor(self, name: str = "株式会社発送代行", **kw: object) -> int:
        data = ContractorData(
            name=name,
            services=str(kw.pop("services", "会報の封入・発送")),
            status=str(kw.pop("status", "active")),
            clauses=list(kw.pop("clauses", cs.CLAUSES)),  # type: ignore[call-overload]
            **kw,  # type: ignore[arg-type]
        )
        return cs.create(self.desk, data)

    def answer_all(self, rid: int, value: str = "yes") -> None:
        _row, template, _answers = cs.review(self.desk, rid)
        for q in template.questions:
            cs.answer(self.desk, rid, q.id, value)


@pytest.fixture
def office(office_db: Path) -> Iterator[Office]:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        yield Office(desk)
    finally:
        desk.close()


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> ContractorsPage:
    page = ContractorsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    return page


def accept(dialog: QDialog) -> QDialog:
    dialog.exec = lambda: dialog.save() and QDialog.DialogCode.Accepted  # type: ignore[method-assign,attr-defined]
    return dialog


def _texts(page: ContractorsPage, row: int) -> list[str]:
    model = page.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _row_of(page: ContractorsPage, cid: int) -> int:
    return next(i for i in range(page.model.rowCount()) if page.model.row_at(i).id == cid)  # type: ignore[union-attr]


def _answers(office: Office, rid: int) -> dict[int, str]:
    return {qid: a.answer for qid, a in cs.review(office.desk, rid)[2].items()}


def test_page_lists_contractors_with_their_flags(
    page: ContractorsPage, office: Office, qtmodeltester: ModelTester
) -> None:
    late = office.contractor("株式会社発送代行", contract_end=TODAY - timedelta(days=3))
    fine = office.contractor("みどり印刷", status="selecting", abroad=True, country="ベトナム")
    page.refresh()
    assert page.model.rowCount() == 2
    row = _texts(page, _row_of(page, late))
    assert row[0] == "株式会社発送代行" and row[1] == "契約中" and row[2] == "会報の封入・発送"
    assert row[3] == (TODAY - timedelta(days=3)).isoformat()
    assert row[6] == "選定評価なし、契約期限切れ"
    index = page.model.index(_row_of(page, late), 0)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert render("contractor.no_selection", "ja") in tip
    assert render("contractor.contract_expired", "ja", date=row[3]) in tip
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    other = page.model.index(_row_of(page, fine), 0)
    assert other.data(Qt.ItemDataRole.BackgroundRole) is None
    assert _texts(page, _row_of(page, fine))[5] == "ベトナム"
    assert "2" in page.ui.countLabel.text() and "1" in page.ui.countLabel.text()
    page.ui.flaggedCheck.setChecked(True)
    assert [page.model.row_at(i).id for i in range(page.model.rowCount())] == [late]  # type: ignore[union-attr]
    page.ui.flaggedCheck.setChecked(False)
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("selecting"))
    assert [page.model.row_at(i).id for i in range(page.model.rowCount())] == [fine]  # type: ignore[union-attr]
    page.ui.statusCombo.setCurrentIndex(0)
    i18n.set_language("en", remember=False)
    page.retranslate()
    assert _texts(page, _row_of(page, late))[6] == "No selection, Contract expired"
    assert "No selection evaluation" in page.model.index(_row_of(page, late), 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    qtmodeltester.check(page.model, force_py=True)


def test_a_contractor_is_created_through_the_dialog(page: ContractorsPage, office: Office) -> None:
    dialog = ContractorDialog(office.desk, None, page)
    u = dialog.ui
    assert not u.tabs.isTabEnabled(u.tabs.indexOf(u.reviewsTab))  # until it is saved
    u.nameEdit.setText("Mailer Inc.")
    u.servicesEdit.setPlainText("会報メールの配信")
    u.statusCombo.setCurrentIndex(u.statusCombo.findData("active"))
    u.endEdit.setText("令和20年3月31日")
    dialog.clauses["confidentiality"].setChecked(True)
    dialog.clauses["incident_report"].setChecked(True)
    u.abroadCheck.setChecked(True)
    u.countryEdit.setText("アメリカ合衆国")
    u.basisCombo.setCurrentIndex(u.basisCombo.findData("equivalent"))
    u.reviewMonthsSpin.setValue(6)
    cid = page.new_contractor(accept(dialog))  # type: ignore[arg-type]
    assert cid is not None and cid == dialog.saved_id == dialog.contractor_id
    data = cs.get(office.desk, cid).data
    assert data.name == "Mailer Inc." and data.status == "active"
    assert data.clauses == ["confidentiality", "incident_report"]
    assert data.contract_end == date(2038, 3, 31)
    assert data.abroad and data.country == "アメリカ合衆国" and data.abroad_basis == "equivalent"
    assert data.review_months == 6
    assert u.tabs.isTabEnabled(u.tabs.indexOf(u.reviewsTab))
    assert u.startEquivalenceButton.isEnabled()
    assert render("contractor.no_selection", "ja") in u.flagsLabel.text()
    assert page.selected_id() == cid


def test_a_refused_contractor_says_why_and_saves_nothing(
    page: ContractorsPage, office: Office
) -> None:
    dialog = ContractorDialog(office.desk, None, page)
    u = dialog.ui
    u.abroadCheck.setChecked(True)
    u.startEdit.setText("令和8年13月1日")
    assert page.new_contractor(accept(dialog)) is None  # type: ignore[arg-type]
    message = u.messageLabel.text()
    assert render("contractors.name_required", "ja") in message
    assert render("contractors.country_required", "ja") in message
    assert u.nameEdit.styleSheet() == MARK and u.countryEdit.styleSheet() == MARK
    assert u.startEdit.styleSheet() == MARK
    assert cs.list_contractors(office.desk) == []
    i18n.set_language("en", remember=False)
    assert not dialog.save()
    assert render("contractors.name_required", "en") in u.messageLabel.text()


def test_the_other_tabs_record_through_the_services(
    qtbot: QtBot, office: Office, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    principal = office.contractor("株式会社みどりシステム")
    cid = office.contractor("下請け印刷", clauses=["confidentiality"], principal_id=principal)
    dialog = ContractorDialog(office.desk, cid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert u.principalCombo.currentData() == principal
    assert render("contractor.subcontractor_unapproved", "ja") in u.flagsLabel.text()
    u.approvedEdit.setText(TODAY.isoformat())
    assert dialog.save()
    assert render("contractor.subcontractor_unapproved", "ja") not in u.flagsLabel.text()
    # 取扱う台帳: ticking an entry starts with its items, which can be trimmed
    model = dialog.entries.model
    names = [model.index(i, 0).data() for i in range(model.rowCount())]
    row = names.index("相談記録")
    model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.index(row, 1).data() == "氏名、病歴"
    assert model.index(row, 2).data() == "●"
    model.setData(model.index(row, 1), "病歴")
    assert dialog.entries.save()
    detail = cs.get(office.desk, cid)
    assert [(e.entry_id, e.items) for e in detail.entries] == [(office.entry, "病歴")]
    assert render("contractor.sensitive_without_clauses", "ja", count=6) in u.flagsLabel.text()
    qtmodeltester.check(model, force_py=True)
    # 是正措置: added, refused without an action, closed with a note
    assert not dialog.reviews.add_followup()
    assert u.actionEdit.styleSheet() == MARK and u.dueEdit.styleSheet() == MARK
    u.actionEdit.setText("再委託先一覧の提出")
    u.ownerEdit.setText("事務局長")
    u.dueEdit.setText((TODAY + timedelta(days=30)).isoformat())
    assert dialog.reviews.add_followup()
    assert dialog.reviews.followups.rowCount() == 1
    u.followupsView.selectRow(0)
    u.closingNoteEdit.setText("一覧を受領した")
    assert dialog.reviews.close_followup()
    assert cs.get(office.desk, cid).followups[0].closed_on == TODAY
    # 認証・終了
    u.certKindCombo.setCurrentIndex(u.certKindCombo.findData("pmark"))
    u.certNameEdit.setText("第12345678号")
    u.certExpiryEdit.setText((TODAY + timedelta(days=20)).isoformat())
    assert dialog.records.add_certification()
    assert dialog.records.certs.index(0, 0).data() == "プライバシーマーク"
    assert "認証（プライバシーマーク）" in u.flagsLabel.text()
    u.certsView.selectRow(0)
    assert dialog.records.remove_certification()
    assert cs.get(office.desk, cid).certifications == ()
    u.disposalCombo.setCurrentIndex(u.disposalCombo.findData("deleted"))
    assert dialog.records.end_contract(confirmed=True)
    assert u.statusCombo.currentData() == "ended"
    assert render("contractor.ended_without_certificate", "ja") in u.flagsLabel.text()
    u.coversEdit.setText("相談記録の全データ")
    u.keptWhereEdit.setText("事務局書庫 A-3")
    assert dialog.records.add_deletion_certificate()
    assert render("contractor.ended_without_certificate", "ja") not in u.flagsLabel.text()
    assert dialog.changed
    # チェックリストを印刷…: previewed, then saved through the service
    preview = dialog.reviews.print_checklist(show=False)
    assert preview is not None and preview.pdf.startswith(b"%PDF")
    out = tmp_path / "checklist.pdf"
    preview.save_as(out)
    assert out.read_bytes().startswith(b"%PDF")


def _review_form(qtbot: QtBot, office: Office, cid: int) -> tuple[ContractorDialog, int]:
    dialog = ContractorDialog(office.desk, cid)
    qtbot.addWidget(dialog)
    rid = dialog.reviews.start("selection", show=False)
    assert rid is not None and dialog.reviews.review_dialog is not None
    return dialog, rid


def test_the_review_form_is_answered_from_the_keyboard(qtbot: QtBot, office: Office) -> None:
    cid = office.contractor()
    dialog, rid = _review_form(qtbot, office, cid)
    form = dialog.reviews.review_dialog
    assert form is not None
    qtbot.addWidget(form)
    form.show()
    u = form.ui
    view = u.questionsView
    total = len(form.categories)
    assert u.progressLabel.text() == f"1 / {total}"
    assert u.categoryLabel.text() == "基本方針"
    first = [form.model.row_at(i) for i in range(form.model.rowCount())]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3]
    for i in range(len(first)):
        qtbot.keyClick(view, keys[i % 3])  # answers and moves down
    expected = {q.id: ("yes", "no", "na")[i % 3] for i, q in enumerate(first) if q}
    assert _answers(office, rid) == expected  # saved at once, through services.review
    assert "保存しました" in u.savedLabel.text()
    assert "適合 1" in u.scoreLabel.text() and "未回答 0" in u.scoreLabel.text()
    assert form.model.index(1, 2).data() == "不適合"
    assert form.model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    # Tab to the comment, Enter saves it with the answer and goes back to the questions
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert form.focusWidget() is u.commentEdit
    u.commentEdit.insert("現地で確認")  # as an input method commits it (keyClicks is ASCII only)
    qtbot.keyClick(u.commentEdit, Qt.Key.Key_Return)
    last = first[-1]
    assert last is not None
    saved = cs.review(office.desk, rid)[2][last.id]
    assert saved.comment == "現地で確認" and saved.answer == expected[last.id]
    # PageDown and Ctrl+arrows between categories
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert u.progressLabel.text() == f"2 / {total}"
    assert u.categoryLabel.text() == "個人データの取扱いに係る規律の整備"
    qtbot.keyClick(view, Qt.Key.Key_Y)
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_A)  # the second question changes its mind
    second = [form.model.row_at(i) for i in range(2)]
    answers = _answers(office, rid)
    assert [answers[q.id] for q in second if q] == ["yes", "na"]
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the third question: nothing to clear yet
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert u.progressLabel.text() == f"1 / {total}"
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert u.progressLabel.text() == f"1 / {total}"
    assert str(len(first) + 2) in u.totalLabel.text()
    form.accept()
    dialog.reviews.review_closed()
    assert dialog.reviews.reviews.index(0, 5).data() == f"{len(first) + 2} / 35"


def test_finishing_with_unanswered_questions_is_refused(qtbot: QtBot, office: Office) -> None:
    cid = office.contractor()
    _dialog, rid = _review_form(qtbot, office, cid)
    form = ContractorReviewDialog(office.desk, rid)
    qtbot.addWidget(form)
    qtbot.keyClick(form.ui.questionsView, Qt.Key.Key_1)
    questions = len(form.template.questions)
    finish = ContractorFinishDialog(office.desk, rid, form)
    finish.ui.resultCombo.setCurrentIndex(finish.ui.resultCombo.findData("conditional"))
    assert not form.finish(accept(finish))  # type: ignore[arg-type]
    message = finish.ui.messageLabel.text()
    assert render("contractors.unanswered", "ja", count=questions - 1) in message
    assert render("contractors.summary_required", "ja") in message
    assert finish.ui.summaryEdit.styleSheet() == MARK
    assert cs.review(office.desk, rid)[0].finished_on is None
    assert form.ui.questionsView.currentIndex().row() == 1  # back at the first open question
    i18n.set_language("en", remember=False)
    assert not finish.save()
    assert render("contractors.unanswered", "en", count=questions - 1) in (
        finish.ui.messageLabel.text()
    )


def test_a_finished_review_opens_read_only(qtbot: QtBot, office: Office) -> None:
    cid = office.contractor()
    rid = cs.start_review(office.desk, cid, "periodic")
    office.answer_all(rid, "yes")
    form = ContractorReviewDialog(office.desk, rid)
    qtbot.addWidget(form)
    finish = ContractorFinishDialog(office.desk, rid, form)
    assert form.finish(accept(finish))  # type: ignore[arg-type]
    assert cs.review(office.desk, rid)[0].result == "fit"
    assert form.read_only and not form.ui.finishButton.isVisibleTo(form)
    reopened = ContractorReviewDialog(office.desk, rid)
    qtbot.addWidget(reopened)
    u = reopened.ui
    assert reopened.read_only
    assert "適" in u.statusLabel.text() and "変更できません" in u.statusLabel.text()
    assert u.commentEdit.isReadOnly() and u.evidenceEdit.isReadOnly()
    assert not u.finishButton.isVisibleTo(reopened)
    before = _answers(office, rid)
    qtbot.keyClick(u.questionsView, Qt.Key.Key_2)
    assert _answers(office, rid) == before
    assert render("contractors.review_finished", "ja") in u.savedLabel.text()
    qtbot.keyClick(u.questionsView, Qt.Key.Key_PageDown)  # still browsable
    assert u.progressLabel.text().startswith("2 / ")


def test_a_viewer_reads_with_every_button_disabled(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    cid = office.contractor()
    rid = cs.start_review(office.desk, cid, "selection")
    viewer = auth.sign_in(office_db, VIEWER, STAFF_PASSWORD)
    try:
        page = ContractorsPage()
        qtbot.addWidget(page)
        page.set_desk(viewer)
        assert page.model.rowCount() == 1
        assert not page.ui.newButton.isEnabled() and not page.ui.duplicatesButton.isEnabled()
        dialog = ContractorDialog(viewer, cid)
        qtbot.addWidget(dialog)
        u = dialog.ui
        assert u.nameEdit.text() == "株式会社発送代行" and u.nameEdit.isReadOnly()
        for button in (
            u.saveButton,
            u.saveEntriesButton,
            u.startSelectionButton,
            u.startPeriodicButton,
            u.startEquivalenceButton,
            u.enterAnswersButton,
            u.deleteReviewButton,
            u.addFollowupButton,
            u.closeFollowupButton,
            u.addCertButton,
            u.removeCertButton,
            u.addDeletionButton,
            u.endButton,
            dialog.clauses["confidentiality"],
            u.statusCombo,
        ):
            assert not button.isEnabled(), button.objectName()
        assert u.openReviewButton.isEnabled() and u.printChecklistButton.isEnabled()
        assert not dialog.save()  # the service refuses too: said in words
        assert "役割" in u.messageLabel.text()
        form = ContractorReviewDialog(viewer, rid)
        qtbot.addWidget(form)
        assert form.read_only and not form.ui.finishButton.isEnabled()
        qtbot.keyClick(form.ui.questionsView, Qt.Key.Key_1)
        assert _answers(office, rid) == {}
        checklists = ChecklistDialog(viewer)
        qtbot.addWidget(checklists)
        assert checklists.versions.rowCount() >= 1
        assert not checklists.ui.editButton.isEnabled()
        assert not checklists.ui.publishButton.isEnabled()
    finally:
        viewer.close()


def test_staff_record_but_do_not_merge(qtbot: QtBot, office: Office, office_db: Path) -> None:
    office.contractor()
    staff = auth.sign_in(office_db, STAFF, STAFF_PASSWORD)
    try:
        page = ContractorsPage()
        qtbot.addWidget(page)
        page.set_desk(staff)
        assert page.ui.newButton.isEnabled() and not page.ui.duplicatesButton.isEnabled()
    finally:
        staff.close()


def test_likely_duplicates_are_merged_after_confirmation(
    page: ContractorsPage, office: Office, qtmodeltester: ModelTester
) -> None:
    a = office.contractor("株式会社 発送代行")
    b = office.contractor("（株）発送代行")
    office.contractor("みどり印刷")
    dialog = ContractorDuplicatesDialog(office.desk, page)
    dialog.exec = lambda: 0  # type: ignore[method-assign]
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "株式会社 発送代行"
    dialog.swap()
    assert dialog.model.index(0, 0).data() == "（株）発送代行"
    qtmodeltester.check(dialog.model, force_py=True)
    assert dialog.merge(confirmed=True)
    assert {r.id for r in cs.list_contractors(office.desk)} == {b} | {
        r.id for r in cs.list_contractors(office.desk) if r.name == "みどり印刷"
    }
    assert a not in {r.id for r in cs.list_contractors(office.desk)}
    assert "統合しました" in dialog.ui.messageLabel.text()
    assert dialog.model.rowCount() == 0
    page.duplicates(dialog)
    assert page.model.rowCount() == 2


def test_checklist_dialog_saves_a_draft_and_publishes_it(
    qtbot: QtBot, office: Office, qtmodeltester: ModelTester
) -> None:
    dialog = ChecklistDialog(office.desk, "self_check")
    qtbot.addWidget(dialog)
    assert dialog.versions.rowCount() == 1
    current = dialog.selected()
    assert current is not None and current.status == "published"
    assert dialog.versions.index(0, 1).data() == "公開中"
    assert not dialog.ui.publishButton.isEnabled()  # a version in use is never edited in place
    editor = ChecklistEditorDialog(office.desk, "self_check", current, dialog)
    model = editor.model
    assert model.rowCount() == len(current.questions)
    editor.ui.questionsView.setCurrentIndex(model.index(0, 2))
    new = editor.add()
    assert new == 1 and model.index(1, 0).data() == "基本方針"
    assert not editor.save()  # the new question has no text yet
    assert render("checklists.text_required", "ja", row=2) in editor.ui.messageLabel.text()
    assert editor.ui.questionsView.styleSheet() == MARK
    model.setData(model.index(1, 2), "個人情報保護方針を職員に周知しているか。")
    assert editor.move(1) == 2  # moved down below the next one
    assert model.questions()[2][2] == "個人情報保護方針を職員に周知しているか。"
    assert editor.move(-1) == 1
    editor.ui.questionsView.setCurrentIndex(model.index(0, 2))
    assert editor.remove()
    qtmodeltester.check(model, force_py=True)
    questions = model.questions()
    draft = dialog.edit(accept(editor))  # type: ignore[arg-type]
    assert draft is not None
    assert dialog.versions.rowCount() == 2
    selected = dialog.selected()
    assert selected is not None and selected.id == draft and selected.status == "draft"
    assert [(q.category, q.code, q.text) for q in selected.questions] == questions
    assert dialog.ui.publishButton.isEnabled()
    assert dialog.publish(confirmed=True)
    statuses = {t.id: t.status for t in cs.checklist_templates(office.desk, "self_check")}
    assert statuses == {draft: "published", current.id: "retired"}
    assert dialog.versions.index(0, 1).data() == "公開中"
    assert not dialog.ui.publishButton.isEnabled()


def test_checklist_dialog_discards_a_draft_and_keeps_the_version_in_use(
    qtbot: QtBot, office: Office
) -> None:
    dialog = ChecklistDialog(office.desk, "self_check")
    qtbot.addWidget(dialog)
    current = dialog.selected()
    assert current is not None and current.status == "published"
    assert not dialog.ui.discardButton.isEnabled()
    assert not dialog.discard(confirmed=True)  # the version in use is never discarded
    assert "下書き" in dialog.ui.messageLabel.text()
    editor = ChecklistEditorDialog(office.desk, "self_check", current, dialog)
    draft = dialog.edit(accept(editor))  # type: ignore[arg-type]
    assert draft is not None and dialog.ui.discardButton.isEnabled()
    assert dialog.discard(confirmed=True)
    assert "破棄" in dialog.ui.messageLabel.text()
    rows = cs.checklist_templates(office.desk, "self_check")
    assert [(t.id, t.status) for t in rows] == [(current.id, "published")]
    selected = dialog.selected()
    assert selected is not None and selected.id == current.id
    assert not dialog.ui.discardButton.isEnabled()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshots_of_contractors(qtbot: QtBot, office: Office, lang: str) -> None:
    i18n.set_language(lang, remember=False)
    late = office.contractor("株式会社発送代行", contract_end=TODAY + timedelta(days=20))
    office.contractor("みどり印刷", status="selecting")
    foreign = office.contractor(
        "Mailer Inc.", abroad=True, country="アメリカ合衆国", abroad_basis="equivalent"
    )
    done = cs.start_review(office.desk, foreign, "selection", today=TODAY - timedelta(days=400))
    office.answer_all(done)
    cs.finish_review(office.desk, done, "fit", "", TODAY - timedelta(days=400))
    cs.add_followup(office.desk, late, "アクセスログの提出", "事務局長", TODAY - timedelta(days=5))
    page = ContractorsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    page.resize(1200, 600)
    page.show()
    _save(qtbot, page, f"{lang}_contractors_page")
    dialog = ContractorDialog(office.desk, late, page)
    qtbot.addWidget(dialog)
    dialog.show()
    rid = dialog.reviews.start("periodic", show=False)
    assert rid is not None
    for tab in ("basicTab", "entriesTab", "reviewsTab", "followupsTab", "certsTab"):
        dialog.ui.tabs.setCurrentWidget(getattr(dialog.ui, tab))
        _save(qtbot, dialog, f"{lang}_contractor_dialog_{tab.removesuffix('Tab')}")
    form = ContractorReviewDialog(office.desk, rid, dialog)
    qtbot.addWidget(form)
    form.show()
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(form.ui.questionsView, key)
    _save(qtbot, form, f"{lang}_contractor_review_form")
    checklists = ChecklistDialog(office.desk, parent=page)
    qtbot.addWidget(checklists)
    checklists.show()
    _save(qtbot, checklists, f"{lang}_checklist_dialog")
