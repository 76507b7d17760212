"""漏えい等 driven with qtbot on a real database: the incident list (reportable or not, the next
deadline in red when due), the incident dialog judging as the officer ticks (報告対象 with the
reason, 報告対象外 under encryption), the deadline strip with its dates and rules and steps
marked done, closing, the summary and the notice previewed, and read-only viewers."""

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
from tests.ui.conftest import STAFF_PASSWORD, VIEWER
from tests.ui.test_screenshots import _save

from privacydesk.messages import render
from privacydesk.services import auth, contractors, dates, profile, register, subjects
from privacydesk.services import incidents as inc
from privacydesk.services.contractors import ContractorData
from privacydesk.services.desk import Desk
from privacydesk.services.incidents import IncidentData
from privacydesk.services.profile import ProfileData
from privacydesk.services.register import EntryData, ItemData, PurposeData
from privacydesk.services.subjects import SubjectData
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.incident import IncidentDialog
from privacydesk.ui.dialogs.incident_notice import IncidentNoticeDialog
from privacydesk.ui.dialogs.incident_step import IncidentStepDialog
from privacydesk.ui.dialogs.request_common import MARK
from privacydesk.ui.pages.incidents import NEXT_COLUMN, REPORT_COLUMN, IncidentsPage

TODAY = date.today()


class Office:
    """A manager's desk on an office with a register entry, a contractor and a person."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        profile.save_profile(
            desk,
            ProfileData(
                name="特定非営利活動法人 みどりの会",
                postal_code="160-0023",
                address="東京都新宿区西新宿2-8-1",
                desk_department="個人情報相談窓口",
                desk_phone="03-1234-5678",
            ),
        )
        purpose = register.create_purpose(
            desk, PurposeData(code="a", text="会員への連絡と会報の送付のため")
        )
        self.entry = register.create_entry(
            desk,
            EntryData(name="会員名簿", items=[ItemData("氏名")], purpose_ids=[purpose.id]),
        ).id
        self.contractor = contractors.create(
            desk, ContractorData(name="株式会社発送代行", services="会報の発送")
        )
        self.person = subjects.create_subject(
            desk,
            SubjectData(
                legal_name="髙橋 花子",
                reading="タカハシ ハナコ",
                postal_code="150-0001",
                address="東京都渋谷区神宮前一丁目2番3号",
            ),
        ).id

    def incident(self, known: date = TODAY, **kw: object) -> int:
        data = IncidentData(
            known_on=known,
            description=str(kw.pop("description", "会報の封入誤りにより他の会員の書類を同封した")),
            items=str(kw.pop("items", "氏名、会員番号")),
            **kw,  # type: ignore[arg-type]
        )
        return inc.create(self.desk, data)


@pytest.fixture
def office(office_db: Path) -> Iterator[Office]:
    desk = auth.sign_in(office_db, MANAGER, PASSWORD)
    try:
        yield Office(desk)
    finally:
        desk.close()


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> IncidentsPage:
    page = IncidentsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    return page


def accept(dialog: QDialog) -> QDialog:
    dialog.exec = lambda: dialog.save() and QDialog.DialogCode.Accepted  # type: ignore[method-assign,attr-defined]
    return dialog


def _texts(page: IncidentsPage, row: int) -> list[str]:
    model = page.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _ids(page: IncidentsPage) -> list[int]:
    return [page.model.row_at(i).id for i in range(page.model.rowCount())]  # type: ignore[union-attr]


def _judgement(dialog: IncidentDialog) -> str:
    return dialog.ui.judgementLabel.text()


def test_page_lists_incidents_with_their_next_deadline(
    page: IncidentsPage, office: Office, qtmodeltester: ModelTester
) -> None:
    known = TODAY - timedelta(days=5)
    urgent = office.incident(known, persons=1200, persons_estimated=True)
    quiet = office.incident(kind="loss", possible=True, persons=3)
    unknown = office.incident(TODAY - timedelta(days=1), sensitive=True)
    inc.record_step(office.desk, unknown, "preliminary", TODAY)
    page.refresh()
    assert set(_ids(page)) == {urgent, quiet, unknown}
    row = _texts(page, _ids(page).index(urgent))
    v = inc.get(office.desk, urgent)
    assert v.next is not None
    assert row[0] == v.number and row[1] == "漏えい"
    assert row[2] == dates.display(known)
    assert row[3] == "1,200人" and row[4] == "報告対象"
    assert row[5] == f"{dates.display(v.next.due)}　本人への通知"
    assert row[6] == "対応中"
    cell = page.model.index(_ids(page).index(urgent), NEXT_COLUMN)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    tip = page.model.index(_ids(page).index(urgent), REPORT_COLUMN).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert render("incident.reason_many", "ja") in tip
    other = _texts(page, _ids(page).index(quiet))
    assert other[1] == "滅失（おそれ）" and other[3] == "3人"
    assert other[4] == "報告対象外" and other[5] == "—"
    quiet_tip = page.model.index(_ids(page).index(quiet), REPORT_COLUMN).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert render("incident.not_reportable", "ja") in quiet_tip
    assert (
        page.model.index(_ids(page).index(quiet), NEXT_COLUMN).data(Qt.ItemDataRole.ForegroundRole)
        is None
    )
    assert _texts(page, _ids(page).index(unknown))[3] == "不明"
    inc.close(office.desk, quiet)
    page.ui.openOnlyCheck.setChecked(True)
    assert quiet not in _ids(page) and len(_ids(page)) == 2
    page.ui.openOnlyCheck.setChecked(False)
    assert _texts(page, _ids(page).index(quiet))[6] == "完了"
    i18n.set_language("en", remember=False)
    page.retranslate()
    row = _texts(page, _ids(page).index(urgent))
    assert row[1] == "Leak" and row[3] == "1,200" and row[4] == "Reportable"
    assert row[5].endswith("Notice to the persons")
    qtmodeltester.check(page.model, force_py=True)


def test_the_judgement_follows_what_is_ticked(
    qtbot: QtBot, page: IncidentsPage, office: Office
) -> None:
    dialog = IncidentDialog(office.desk, None, page)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert u.knownEdit.text() == TODAY.isoformat()
    assert "報告対象外" in _judgement(dialog)
    assert render("incident.not_reportable", "ja") in _judgement(dialog)
    wording = "要配慮個人情報が含まれる個人データの漏えい等（規則第7条第1号）"
    assert u.sensitiveLabel.text() == wording and u.sensitiveCheck.toolTip() == wording
    assert u.sensitiveCheck.text() == "第1号　要配慮個人情報"
    u.sensitiveCheck.setChecked(True)
    text = _judgement(dialog)
    assert "報告対象" in text and "報告対象外" not in text
    assert render("incident.reason_sensitive", "ja") in text
    u.encryptedCheck.setChecked(True)
    text = _judgement(dialog)
    assert "報告対象外" in text and render("incident.exempt_encrypted", "ja") in text
    assert render("incident.reason_sensitive", "ja") not in text
    u.encryptedCheck.setChecked(False)
    u.sensitiveCheck.setChecked(False)
    assert not u.manyCheck.isEnabled() and not u.manyCheck.isChecked()
    u.personsEdit.setText("1,000")
    assert not u.manyCheck.isChecked() and "報告対象外" in _judgement(dialog)
    u.personsEdit.setText("１００１")  # full-width digits, as an input method types them
    assert u.manyCheck.isChecked()
    assert render("incident.reason_many", "ja") in _judgement(dialog)
    u.encryptedCheck.setChecked(True)
    assert u.manyCheck.isChecked() and "報告対象外" in _judgement(dialog)
    u.encryptedCheck.setChecked(False)
    # nothing is saved until Save; the deadlines wait for it
    assert inc.list_incidents(office.desk) == []
    assert dialog.strip == {} and "保存すると" in u.deadlineHint.text()
    u.personsEdit.setText("多数")
    u.occurredEdit.setText((TODAY + timedelta(days=3)).isoformat())
    assert not dialog.save()
    assert u.personsEdit.styleSheet() == MARK and u.occurredEdit.styleSheet() == MARK
    assert render("incidents.bad_persons", "ja") in u.messageLabel.text()
    u.personsEdit.setText("1001")
    u.occurredEdit.setText((TODAY - timedelta(days=2)).isoformat())
    u.descriptionEdit.setPlainText("USBメモリの紛失")
    u.contractorCombo.setCurrentIndex(u.contractorCombo.findData(office.contractor))
    names = [dialog.entries.index(i, 0).data() for i in range(dialog.entries.rowCount())]
    dialog.entries.setData(
        dialog.entries.index(names.index("会員名簿"), 0),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    iid = page.new_incident(accept(dialog))  # type: ignore[arg-type]
    assert iid is not None and iid == dialog.incident_id
    v = inc.get(office.desk, iid)
    assert v.data.persons == 1001 and v.data.contractor_id == office.contractor
    assert v.data.entry_ids == [office.entry] and v.judgement.reportable
    assert set(dialog.strip) == {"preliminary", "notice", "final"}
    assert page.selected_id() == iid
    assert u.summaryButton.isEnabled() and u.noticeButton.isEnabled()


def test_the_deadline_strip_shows_dates_rules_and_steps_done(qtbot: QtBot, office: Office) -> None:
    known = TODAY - timedelta(days=2)
    iid = office.incident(known, wrongful=True)
    dialog = IncidentDialog(office.desk, iid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    v = inc.get(office.desk, iid)
    assert [d.step for d in v.deadlines] == ["preliminary", "notice", "final"]
    for d in v.deadlines:
        row = dialog.strip[d.step]
        assert row.due.text() == dates.display(d.due)  # 和暦 and ISO
        assert row.rule.text() == render(d.rule, "ja", **d.rule_params)
        assert row.button is not None and row.button.isEnabled()
    assert dialog.strip["preliminary"].name.text() == "速報"
    assert "60" in dialog.strip["final"].rule.text()  # a wrongful purpose: 60 days
    # due tomorrow: red; the next one marked
    assert dialog.strip["preliminary"].urgent and dialog.strip["notice"].urgent
    assert "#b00020" in dialog.strip["preliminary"].due.styleSheet()
    assert not dialog.strip["final"].urgent
    assert dialog.strip["notice"].is_next and dialog.strip["notice"].marker.text() == "次の期限"
    assert dialog.strip["final"].marker.text() == ""
    # the final report before the preliminary one: refused in words, nothing recorded
    step = IncidentStepDialog(office.desk, iid, "final", dialog)
    assert not step.ui.methodCombo.isVisibleTo(step)
    assert not dialog.mark_done("final", accept(step))  # type: ignore[arg-type]
    assert render("incidents.final_before_preliminary", "ja") in step.ui.messageLabel.text()
    step = IncidentStepDialog(office.desk, iid, "preliminary", dialog)
    step.ui.doneEdit.setText((known - timedelta(days=1)).isoformat())
    assert not step.save()
    assert step.ui.doneEdit.styleSheet() == MARK
    step.ui.doneEdit.setText(dates.display(TODAY).split("（")[0])  # 和暦
    assert dialog.mark_done("preliminary", accept(step))  # type: ignore[arg-type]
    done = dialog.strip["preliminary"]
    assert done.button is None and done.done.text() == f"済 {dates.display(TODAY)}"
    assert not done.urgent
    notice = IncidentStepDialog(office.desk, iid, "notice", dialog)
    assert notice.ui.methodCombo.isVisibleTo(notice)
    notice.ui.methodCombo.setCurrentIndex(notice.ui.methodCombo.findData("public"))
    assert dialog.mark_done("notice", accept(notice))  # type: ignore[arg-type]
    assert dialog.strip["notice"].done.text().endswith("（公表）")
    assert dialog.strip["final"].is_next
    # closing with a step still owed is refused; with all done it closes and may reopen
    assert not dialog.close_incident()
    assert render("incidents.steps_open", "ja") in u.messageLabel.text()
    final = IncidentStepDialog(office.desk, iid, "final", dialog)
    assert dialog.mark_done("final", accept(final))  # type: ignore[arg-type]
    assert dialog.close_incident()
    assert inc.get(office.desk, iid).status == "closed"
    assert "完了" in u.headerLabel.text()
    assert u.reopenButton.isVisibleTo(dialog) and not u.closeIncidentButton.isVisibleTo(dialog)
    assert all(not r.is_next and not r.urgent for r in dialog.strip.values())
    assert dialog.reopen()
    assert inc.get(office.desk, iid).status == "open"
    assert dialog.changed
    i18n.set_language("en", remember=False)
    dialog.show_strip(dialog.view)
    assert dialog.strip["preliminary"].name.text() == "Preliminary report"
    assert dialog.strip["final"].rule.text() == render(
        v.deadlines[2].rule, "en", **v.deadlines[2].rule_params
    )


def test_an_update_recomputes_the_judgement_and_deadlines(qtbot: QtBot, office: Office) -> None:
    iid = office.incident(persons=5)
    dialog = IncidentDialog(office.desk, iid)
    qtbot.addWidget(dialog)
    u = dialog.ui
    assert dialog.strip == {} and "報告対象外" in u.deadlineHint.text()
    u.financialCheck.setChecked(True)
    assert "計算し直します" in u.deadlineHint.text()  # judged live, not yet saved
    assert dialog.save()
    assert set(dialog.strip) == {"preliminary", "notice", "final"}
    assert u.deadlineHint.text() == ""
    assert inc.get(office.desk, iid).judgement.reasons == ("incident.reason_financial",)


def test_the_summary_and_the_notice_are_previewed(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    iid = office.incident(sensitive=True, persons=1, cause="宛名と書類の照合漏れ")
    dialog = IncidentDialog(office.desk, iid)
    qtbot.addWidget(dialog)
    preview = dialog.print_summary(show=False)
    assert preview is not None and preview.pdf.startswith(b"%PDF")
    assert inc.get(office.desk, iid).number in preview.windowTitle()
    out = tmp_path / "summary.pdf"
    preview.save_as(out)
    assert out.read_bytes().startswith(b"%PDF")
    chooser = IncidentNoticeDialog(office.desk, dialog)
    assert not chooser.choose()  # nobody chosen yet
    assert chooser.ui.personSearchEdit.styleSheet() == MARK
    chooser.ui.personSearchEdit.setText("タカハシ")
    chooser.search.search()
    chooser.ui.personView.selectRow(0)
    assert chooser.subject_id == office.person
    assert "髙橋 花子" in chooser.ui.personLabel.text()
    chooser.exec = lambda: chooser.choose() and QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    letter = dialog.print_notice(show=False, chooser=chooser)
    assert letter is not None and letter.pdf.startswith(b"%PDF")
    assert "通知を発行しました" in dialog.ui.messageLabel.text()
    saved = tmp_path / "notice.pdf"
    letter.save_as(saved)
    assert saved.read_bytes() == letter.pdf


def test_a_viewer_reads_with_every_button_disabled(
    qtbot: QtBot, office: Office, office_db: Path
) -> None:
    iid = office.incident(sensitive=True)
    viewer = auth.sign_in(office_db, VIEWER, STAFF_PASSWORD)
    try:
        page = IncidentsPage()
        qtbot.addWidget(page)
        page.set_desk(viewer)
        assert _ids(page) == [iid]
        assert not page.ui.newButton.isEnabled() and page.ui.openButton.isEnabled()
        dialog = IncidentDialog(viewer, iid)
        qtbot.addWidget(dialog)
        u = dialog.ui
        assert u.descriptionEdit.toPlainText().startswith("会報の封入誤り")
        assert u.descriptionEdit.isReadOnly() and u.knownEdit.isReadOnly()
        assert "報告対象" in _judgement(dialog)
        for widget in (
            u.saveButton,
            u.summaryButton,
            u.noticeButton,
            u.closeIncidentButton,
            u.sensitiveCheck,
            u.encryptedCheck,
            u.kindCombo,
            u.entriesView,
            *(r.button for r in dialog.strip.values() if r.button is not None),
        ):
            assert not widget.isEnabled(), widget.objectName()
        assert len(dialog.strip) == 3
        assert not dialog.save()  # the service refuses too: said in words
        assert "役割" in u.messageLabel.text()
    finally:
        viewer.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshots_of_incidents(qtbot: QtBot, office: Office, lang: str) -> None:
    i18n.set_language(lang, remember=False)
    urgent = office.incident(
        TODAY - timedelta(days=2),
        sensitive=True,
        persons=1,
        found_by="会員からの電話",
        cause="封入作業の際に宛名と書類の照合を行っていなかった",
        containment="誤送付先に連絡し、書類を回収した",
        contractor_id=office.contractor,
        entry_ids=[office.entry],
    )
    inc.record_step(office.desk, urgent, "preliminary", TODAY)
    office.incident(TODAY - timedelta(days=20), persons=1500, persons_estimated=True)
    office.incident(kind="loss", possible=True, persons=2, encrypted=True, sensitive=True)
    page = IncidentsPage()
    qtbot.addWidget(page)
    page.set_desk(office.desk)
    page.resize(1200, 600)
    page.show()
    _save(qtbot, page, f"{lang}_incidents_page")
    dialog = IncidentDialog(office.desk, urgent, page)
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in ("basicTab", "reportTab", "entriesTab"):
        dialog.ui.tabs.setCurrentWidget(getattr(dialog.ui, tab))
        _save(qtbot, dialog, f"{lang}_incident_dialog_{tab.removesuffix('Tab')}")
    dialog.hide()
    new = IncidentDialog(office.desk, None, page)
    qtbot.addWidget(new)
    new.show()
    new.ui.encryptedCheck.setChecked(True)
    new.ui.sensitiveCheck.setChecked(True)
    _save(qtbot, new, f"{lang}_incident_dialog_new")
    new.ui.encryptedCheck.setChecked(False)
    new.ui.sensitiveCheck.setChecked(False)
    new.hide()
    step = IncidentStepDialog(office.desk, urgent, "notice", page)
    qtbot.addWidget(step)
    step.show()
    _save(qtbot, step, f"{lang}_incident_step_dialog")
    step.hide()
