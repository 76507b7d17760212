"""台帳 and 本人・同意 pages driven with qtbot on a demo database: search as you type, SQL
paging, the edit forms, consents, the audited sensitive section; models pass qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.test_main_window import sign_in

from privacydesk.services import audit, demo, register, subjects
from privacydesk.services.desk import Desk
from privacydesk.storage import keys
from privacydesk.ui.app import Controller
from privacydesk.ui.dialogs.consent import ConsentDialog
from privacydesk.ui.dialogs.entry import EntryDialog
from privacydesk.ui.dialogs.subject import SubjectDialog
from privacydesk.ui.paged_model import PAGE
from privacydesk.ui.pages.register import RegisterPage
from privacydesk.ui.pages.subjects import SubjectsPage

SCALE = 450  # more than two pages of PAGE rows


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    desk = demo.create_demo(folder / "demo", scale=SCALE, kdf=keys.KdfParams(16, 8, 1))
    path = desk.path
    desk.close()
    return path


@pytest.fixture
def controller(qtbot: QtBot, demo_folder: Path, tmp_path: Path) -> Controller:
    # Each test works on its own copy, so no test sees another's changes.
    db = tmp_path / "privacydesk.db"
    db.write_bytes(demo_folder.read_bytes())
    db.with_name(db.name + ".keys").write_bytes(
        demo_folder.with_name(demo_folder.name + ".keys").read_bytes()
    )
    c = Controller(db)
    qtbot.addWidget(c.window)
    sign_in(qtbot, c.start(), demo.DEMO_USER, demo.DEMO_PASSWORD)
    yield c
    c.shutdown()


def _subjects_page(c: Controller) -> SubjectsPage:
    c.window.show_area("subjects")
    page = c.window.page("subjects")
    assert isinstance(page, SubjectsPage)
    return page


def accept(dialog: QDialog) -> QDialog:
    dialog.exec = lambda: dialog.save() and QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    return dialog


def test_persons_table_pages_in_sql(controller: Controller, qtmodeltester: ModelTester) -> None:
    page = _subjects_page(controller)
    model = page.model
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    assert f"{PAGE}+" in page.ui.countLabel.text()  # while typing: no second scan
    page.update_count()  # once typing pauses
    assert "450" in page.ui.countLabel.text()
    qtmodeltester.check(model, force_py=True)


def test_search_as_you_type_folds_and_keeps_names(qtbot: QtBot, controller: Controller) -> None:
    page = _subjects_page(controller)
    desk = controller.desk
    assert isinstance(desk, Desk)
    # Whoever the demo made first with a kanji name: search by its katakana reading.
    person = next(r for r in subjects.search(desk, "", limit=200) if r.reading)
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        qtbot.keyClicks(page.ui.searchEdit, "")  # ASCII only through keyClicks
        page.ui.searchEdit.setText(person.reading.replace("　", "")[:3])
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    names = {page.model.row_at(i).legal_name for i in range(page.model.rowCount())}
    assert person.legal_name in names  # stored exactly as written
    page.ui.searchEdit.setText("zzzzzz-nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.ui.detailView.toPlainText() == ""


def test_create_a_person_and_record_a_consent(qtbot: QtBot, controller: Controller) -> None:
    page = _subjects_page(controller)
    desk = controller.desk
    assert isinstance(desk, Desk)
    dialog = SubjectDialog(desk, None, page)
    dialog.ui.nameEdit.setText("Nguyễn Văn Đức")
    dialog.ui.birthEdit.setText("平成2年4月1日")
    dialog.ui.emailEdit.setText("duc@example.com")
    page.edit(None, accept(dialog))  # type: ignore[arg-type]
    assert dialog.saved_id is not None
    page.ui.searchEdit.setText("nguyen van duc")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=3000)
    row = next(
        i for i in range(page.model.rowCount()) if page.model.row_at(i).id == dialog.saved_id
    )
    page.ui.subjectsView.selectRow(row)
    assert "Nguyễn Văn Đức" in page.ui.detailView.toPlainText()
    assert "平成2年4月1日" in page.ui.detailView.toPlainText()
    consent_dialog = ConsentDialog(desk, dialog.saved_id, page)
    consent_dialog.ui.purposeCombo.setCurrentIndex(1)
    consent_dialog.ui.givenEdit.setText("2026-04-01")
    page.add_consent(accept(consent_dialog))  # type: ignore[arg-type]
    assert page.consents.rowCount() == 1
    assert page.consents.row_at(0).status == "active"


def test_bad_date_is_explained_and_nothing_saved(controller: Controller) -> None:
    page = _subjects_page(controller)
    desk = controller.desk
    assert isinstance(desk, Desk)
    before = subjects.count_page(desk)
    dialog = SubjectDialog(desk, None, page)
    dialog.ui.nameEdit.setText("山田 花子")
    dialog.ui.birthEdit.setText("2026-02-30")
    assert not dialog.save()
    assert dialog.ui.messageLabel.text()
    assert subjects.count_page(desk) == before


def test_sensitive_section_is_audited(controller: Controller) -> None:
    page = _subjects_page(controller)
    desk = controller.desk
    assert isinstance(desk, Desk)
    page.ui.subjectsView.selectRow(0)  # the detail follows the user's choice of row
    assert page.ui.detailView.toPlainText()
    page.ui.sensitiveButton.click()
    entries = audit.list_entries(desk, action_prefix="subject.sensitive_viewed")
    assert len(entries) == 1
    assert entries[0].record_id == str(page.selected_id())


def test_register_page_lists_and_edits(
    qtbot: QtBot, controller: Controller, qtmodeltester: ModelTester
) -> None:
    controller.window.show_area("register")
    page = controller.window.page("register")
    assert isinstance(page, RegisterPage)
    desk = controller.desk
    assert isinstance(desk, Desk)
    total = register.list_entries(desk).total
    assert page.model.rowCount() == total > 10
    qtmodeltester.check(page.model, force_py=True)
    dialog = EntryDialog(desk, None, page)
    dialog.ui.nameEdit.setText("相談者情報（テスト）")
    dialog.ui.itemsEdit.setPlainText("氏名\n連絡先\n＊相談内容（病歴）")
    dialog.purposes.setData(dialog.purposes.index(0, 0), 2, 10)  # tick the first purpose
    dialog.ui.provisionsEdit.setPlainText("社会福祉法人 つばさ / 氏名、相談内容 / 本人の同意")
    page.edit(None, accept(dialog))  # type: ignore[arg-type]
    assert dialog.saved_id is not None
    detail = register.get_entry(desk, dialog.saved_id)
    assert [i.name for i in detail.items] == ["氏名", "連絡先", "相談内容"]
    assert detail.items[2].sensitive and detail.items[2].sensitive_kind == "medical_history"
    assert detail.provisions[0].basis == "consent"
    page.ui.searchEdit.setText("テスト")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert "相談者情報（テスト）" in page.ui.detailView.toPlainText()


def test_a_sensitive_entry_without_purpose_is_refused(controller: Controller) -> None:
    desk = controller.desk
    assert isinstance(desk, Desk)
    dialog = EntryDialog(desk, None, controller.window)
    dialog.ui.nameEdit.setText("健康情報")
    dialog.ui.itemsEdit.setPlainText("＊健康診断の結果（健康診断等の結果）")
    assert not dialog.save()
    assert dialog.ui.messageLabel.text()


def test_person_detail_lists_provision_records(controller: Controller) -> None:
    page = _subjects_page(controller)
    desk = controller.desk
    assert isinstance(desk, Desk)
    from privacydesk.services import provisions

    record = provisions.list_records(desk)[0]
    person = provisions.subjects_of_record(desk, record.id)[0]
    page.ui.searchEdit.setText("")
    page.refresh()
    row = next((i for i in range(page.model.rowCount()) if page.model.row_at(i).id == person), None)
    while row is None and page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
        row = next(
            (i for i in range(page.model.rowCount()) if page.model.row_at(i).id == person), None
        )
    assert row is not None
    page.ui.subjectsView.selectRow(row)
    assert record.counterparty in page.ui.detailView.toPlainText()


def test_persons_past_retention_are_disposed_of_after_confirmation(
    controller: Controller,
) -> None:
    from datetime import datetime

    from privacydesk.storage.models import RegisterEntry, Subject, SubjectEntry

    page = _subjects_page(controller)
    desk = controller.desk
    assert isinstance(desk, Desk)
    old = datetime(2015, 4, 1)
    with desk.uow(write=True) as s:
        entry = RegisterEntry(
            name="旧イベント申込者", retention_months=12, created_at=old, updated_at=old
        )
        person = Subject(legal_name="保存期間 経過", created_at=old, updated_at=old)
        s.add_all([entry, person])
        s.flush()
        s.add(SubjectEntry(subject_id=person.id, entry_id=entry.id))
        person_id = person.id
    before = subjects.count_page(desk)
    page.dispose_past(confirmed=True)
    assert subjects.count_page(desk) < before
    assert all(r.id != person_id for r in subjects.search(desk, "保存期間"))
    assert audit.list_entries(desk, action_prefix="retention.disposed")
